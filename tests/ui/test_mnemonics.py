"""Every window and dialog, in Indonesian and English: no two Alt letters in one window.

A clash is not cosmetic: Alt+J once went to "Majikan" and the typed text replaced the
employer's name. tests/ui/mnemonic_audit.py says what counts as a clash.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout

from desktop.domain import casework as cw
from desktop.ui.i18n import install_translators
from tests.ui.case_helpers import record
from tests.ui.mnemonic_audit import letter_of, mnemonic_problems

LANGS = ("id", "en")


class Env:
    """What the window builders need: contexts in one language, a recorded case."""

    def __init__(self, qtbot, make_ctx, supervisor, admin_core, lang: str) -> None:
        self.qtbot, self.lang = qtbot, lang
        self.ctx = make_ctx(supervisor, lang)
        self.admin = make_ctx(admin_core, lang)
        self.bare = make_ctx(None, lang)  # nobody logged in: login and first-run
        app = QCoreApplication.instance()
        self.ctx.translators = install_translators(app, lang)
        self.number = record(self.ctx)

    def case_window(self):
        from desktop.ui.case_view.case_window import CaseWindow

        window = self.shown(CaseWindow(self.ctx, self.number))
        self.qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
        return window

    @property
    def detail(self):
        return self.ctx.core.cases.get(self.number)

    def settle(self) -> None:
        """Wait until the window's background loads have come back (buttons shown, etc.)."""
        contexts = (self.ctx, self.admin, self.bare)
        self.qtbot.waitUntil(lambda: not any(c.tasks.busy for c in contexts), timeout=5000)
        QCoreApplication.processEvents()

    def shown(self, widget):
        # Not qtbot.addWidget: the test deletes its window itself, before the contexts close.
        widget.show()
        self.qtbot.waitExposed(widget)
        return widget

    def referral(self) -> dict:
        core = self.ctx.core
        core.referrals.refer(self.number, cw.ReferralInput(
            legal_basis="vital_interest",
            addressee="KBRI Kuala Lumpur", kind="perwakilan", method="surat",
            letter_no="B.1/2026", sent_on=core.cases.today().isoformat(),
            request="Mohon bantuan pemulangan."))
        return core.referrals.of_case(self.number)[0]

    def summons(self) -> dict:
        core = self.ctx.core
        day = core.cases.today() + timedelta(days=3)
        core.referrals.summon(self.number, cw.SummonsInput(
            agency="PT Maju Jaya", letter_no="S.1/2026", meeting_on=day.strftime("%d/%m/%Y"),
            meeting_time="09.30", place="Kantor UPT"))
        return core.referrals.summons_of_case(self.number)[0]


def _main(env):
    from desktop.ui.main_window import MainWindow
    return MainWindow(env.ctx)


def _intake(env):
    from desktop.ui.intake.intake_dialog import IntakeDialog
    return IntakeDialog(env.ctx)


def _event(env, family=False):
    from desktop.ui.case_view.event_dialog import EventDialog
    return EventDialog(env.ctx, env.number, family=family)


def _status(env):
    from desktop.ui.case_view.status_dialog import StatusDialog
    return StatusDialog(env.ctx, env.detail)


def _assign(env):
    from desktop.ui.case_view.assign_officer_dialog import AssignOfficerDialog
    return AssignOfficerDialog(env.ctx, env.detail)


def _people(env):
    from desktop.ui.case_view.edit_people_dialog import EditPeopleDialog
    return EditPeopleDialog(env.ctx, env.detail)


def _urgent(env, clear=False):
    from desktop.ui.case_view.urgent_dialog import UrgentDialog
    return UrgentDialog(env.ctx, env.detail, clear=clear)


def _proposal(env):
    from desktop.ui.case_view.proposal_dialog import ProposalDialog
    env.ctx.core.cases.change_status(env.number, "proses")
    return ProposalDialog(env.ctx, env.detail)


def _approval(env):
    from desktop.ui.case_view.approval_dialog import ApprovalDialog
    core = env.ctx.core
    core.cases.change_status(env.number, "proses")
    core.handling.propose_closure(env.number, cw.ProposalInput(
        "selesai", "dipulangkan", "", "TKI sudah pulang."))
    return ApprovalDialog(env.ctx, env.detail)


def _referral(env):
    from desktop.ui.case_view.referral_dialog import ReferralDialog
    return ReferralDialog(env.ctx, env.detail)


def _reply(env):
    from desktop.ui.case_view.reply_dialog import ReplyDialog
    return ReplyDialog(env.ctx, env.referral())


def _withdraw(env):
    from desktop.ui.case_view.reply_dialog import WithdrawDialog
    return WithdrawDialog(env.ctx, env.referral())


def _summons(env):
    from desktop.ui.case_view.summons_dialog import SummonsDialog
    return SummonsDialog(env.ctx, env.detail)


def _summons_outcome(env):
    from desktop.ui.case_view.summons_outcome_dialog import SummonsOutcomeDialog
    return SummonsOutcomeDialog(env.ctx, env.summons())


def _central_move(env, mode):
    from desktop.ui.case_view.transfer_dialog import CentralMoveDialog
    return CentralMoveDialog(env.ctx, env.detail, mode)


def _viewer(env):
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QColor, QImage

    from desktop.ui.case_view.attachment_viewer import AttachmentViewer

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    attachment = env.ctx.core.attachments.attach(env.number, bytes(data), "scan.png")
    return AttachmentViewer(env.ctx, attachment, bytes(data), can_save=True)


def _directory(env):
    from desktop.ui.directory_window import DirectoryWindow
    return DirectoryWindow(env.ctx)


def _directory_entry(env):
    from desktop.ui.directory_entry_dialog import DirectoryEntryDialog
    return DirectoryEntryDialog(env.ctx)


def _picker(env):
    from desktop.ui.directory_picker import DirectoryPicker

    # The picker lives in other forms; on its own it must not bring letters of its own twice.
    host = QDialog()
    QVBoxLayout(host).addWidget(DirectoryPicker(env.ctx))
    return host


def _referrals(env):
    from desktop.ui.referrals_window import PendingReferralsWindow
    return PendingReferralsWindow(env.ctx)


def _accounts(env):
    from desktop.ui.accounts_dialog import AccountsDialog
    return AccountsDialog(env.admin)


def _add_user(env):
    from desktop.ui.accounts_dialog import AddUserDialog
    return AddUserDialog(env.admin)


def _settings(env):
    from desktop.ui.settings_dialog import SettingsDialog
    return SettingsDialog(env.ctx)


def _change_password(env):
    from desktop.ui.password_dialog import ChangePasswordDialog
    return ChangePasswordDialog(env.ctx)


def _reset_password(env):
    from desktop.ui.password_dialog import ResetPasswordDialog
    return ResetPasswordDialog(env.admin, "kasi", "Kasi")


def _login(env):
    from desktop.ui.login import LoginDialog
    return LoginDialog(env.bare)


def _first_run(env, enrol=False):
    from desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(env.bare)
    if enrol:
        dialog.choice.enrol.setChecked(True)
    return dialog


def _receipt(env):
    from desktop.ui.receipt_dialog import ReceiptDialog
    return ReceiptDialog(env.ctx, env.number)


def _letter(env):
    from desktop.ui.letter_dialog import REFERRAL_LETTER, LetterDialog
    return LetterDialog(env.ctx, REFERRAL_LETTER, env.referral()["id"], env.number)


def _sync_log(env):
    from desktop.ui.sync.log_dialog import SyncLogDialog
    return SyncLogDialog(env.ctx)


def _rejected(env):
    from desktop.ui.sync.rejected_dialog import RejectedChangesDialog
    return RejectedChangesDialog(env.ctx)


WINDOWS = {
    "main window": _main,
    "intake": _intake,
    "case window": lambda env: env.case_window(),
    "event": _event,
    "family contact": lambda env: _event(env, family=True),
    "status": _status,
    "assign officer": _assign,
    "edit people": _people,
    "urgent": _urgent,
    "not urgent": lambda env: _urgent(env, clear=True),
    "proposal": _proposal,
    "approval": _approval,
    "referral": _referral,
    "reply": _reply,
    "withdraw": _withdraw,
    "summons": _summons,
    "summons outcome": _summons_outcome,
    "assign office": lambda env: _central_move(env, "assign"),
    "transfer office": lambda env: _central_move(env, "transfer"),
    "attachment viewer": _viewer,
    "directory": _directory,
    "directory entry": _directory_entry,
    "directory picker": _picker,
    "referrals awaiting reply": _referrals,
    "accounts": _accounts,
    "add user": _add_user,
    "settings": _settings,
    "change password": _change_password,
    "reset password": _reset_password,
    "login": _login,
    "first run": _first_run,
    "first run, enrolling": lambda env: _first_run(env, enrol=True),
    "receipt": _receipt,
    "letter": _letter,
    "sync history": _sync_log,
    "rejected changes": _rejected,
}

# Clashes whose fix is in a file this change does not own, or only in the Indonesian
# catalogue (/work/tr/keys.json, merged by `make lupdate`): remove a mark once applied.
_CATALOGUE = "Indonesian letters fixed in /work/tr/keys.json; passes once merged into halotki_id.ts/.qm"
PENDING: dict[tuple[str, str], str] = {}  # (window, language): why it still clashes


def _cases():
    for name in WINDOWS:
        for lang in LANGS:
            reason = PENDING.get((name, lang))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(name, lang, marks=marks, id=f"{name}-{lang}")


@pytest.mark.parametrize(("name", "lang"), list(_cases()))
def test_each_alt_letter_leads_to_one_place(qtbot, make_ctx, supervisor, admin_core, name, lang):
    env = Env(qtbot, make_ctx, supervisor, admin_core, lang)
    window = WINDOWS[name](env)
    try:
        if not window.isVisible():
            env.shown(window)
        env.settle()
        problems = mnemonic_problems(window)
    finally:
        # Gone before the contexts close: a case window would reload on the language change.
        window.close()
        env.settle()  # a list may still be fetching a page for the window
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not problems, f"{name} ({lang}):\n  " + "\n  ".join(problems)


def test_the_audit_sees_a_clash_and_a_label_without_buddy(qtbot):
    from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTabWidget, QWidget

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    name = QLabel("&Majikan:")
    name.setBuddy(QLineEdit())
    layout.addWidget(name)
    layout.addWidget(name.buddy())
    layout.addWidget(QPushButton("Si&mpan"))
    layout.addWidget(QLabel("&Tanpa teman:"))
    layout.addWidget(QLabel("A &&B"))  # a literal ampersand is not a mnemonic
    tabs = QTabWidget()
    for title in ("&Satu", "&Dua"):
        page = QWidget()
        QVBoxLayout(page).addWidget(QCheckBox("&Ya"))  # one page at a time: no clash
        tabs.addTab(page, title)
    layout.addWidget(tabs)
    qtbot.addWidget(dialog)
    dialog.show()
    problems = mnemonic_problems(dialog)
    assert problems == ["label '&Tanpa teman:' has a mnemonic but no buddy",
                        "Alt+M: QPushButton 'Si&mpan', label '&Majikan:'"]


def test_letters_are_read_as_qt_reads_them():
    assert letter_of("Si&mpan") == "m"
    assert letter_of("Tom && Jerry") == ""
    assert letter_of("&&Satu &Dua") == "d"


# -- buttons without an Alt letter still have a key -------------------------------------------

def test_ctrl_s_saves_a_case_dialog_and_its_tooltip_says_so(qtbot, ctx):
    from PySide6.QtCore import Qt

    from desktop.ui.case_view.event_dialog import EventDialog
    from desktop.ui.case_view.reply_dialog import ReplyDialog

    number = record(ctx)
    dialog = EventDialog(ctx, number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.save_button.toolTip() == "Save (Ctrl+S)"
    qtbot.keyClicks(dialog.summary, "Called the agency about the wages")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    events = ctx.core.cases.get(number).events
    assert any("about the wages" in str(e) for e in events)
    # A renamed Save button keeps the key, and the tooltip names the button's own action.
    ctx.core.referrals.refer(number, cw.ReferralInput(
        legal_basis="vital_interest",
        addressee="KBRI Kuala Lumpur", kind="perwakilan", method="surat", letter_no="B.1",
        sent_on=ctx.core.cases.today().isoformat(), request="Mohon bantuan."))
    reply = ReplyDialog(ctx, ctx.core.referrals.of_case(number)[0])
    qtbot.addWidget(reply)
    reply.show()
    assert reply.save_button.toolTip() == "Save reply (Ctrl+S)"
