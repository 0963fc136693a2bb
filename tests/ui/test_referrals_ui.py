"""Referrals and PPTKIS summons in the case view (ReferralsPanel and its dialogs), their
letters, and the "Rujukan menunggu jawaban" window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt

from desktop.domain import casework as cw
from desktop.domain.deadlines import add_working_days
from desktop.domain.roles import PermissionDenied, Role
from desktop.domain.validation import ValidationError
from desktop.formatting import format_date
from desktop.ui import file_dialogs
from desktop.ui.case_view import referrals_panel as rp
from desktop.ui.case_view.case_window import CaseWindow
from desktop.ui.case_view.referral_dialog import ReferralDialog
from desktop.ui.case_view.referrals_panel import ReferralsPanel, load_casework
from desktop.ui.case_view.reply_dialog import ReplyDialog, WithdrawDialog
from desktop.ui.case_view.summons_dialog import SummonsDialog
from desktop.ui.case_view.summons_outcome_dialog import SummonsOutcomeDialog
from desktop.ui.letter_dialog import LetterDialog
from desktop.ui.referrals_window import PendingReferralsWindow
from desktop.ui.widgets import ERROR_STYLE
from tests import casework_rows as rows
from tests.ui.case_helpers import record

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
KL = "KBRI Kuala Lumpur"  # in the directory's seed


class Host:
    """The panel as the case window holds it: loaded on the database thread, reloaded after
    every change it reports."""

    def __init__(self, qtbot, ctx, number: str) -> None:
        self.ctx, self.number, self.loads, self.closed = ctx, number, 0, False
        self.panel = ReferralsPanel(ctx)
        qtbot.addWidget(self.panel)
        self.panel.resize(900, 600)
        self.panel.show()
        qtbot.waitExposed(self.panel)
        self.panel.activateWindow()
        self.panel.changed.connect(self.load)
        self.load()
        qtbot.waitUntil(lambda: self.loads >= 1, timeout=5000)

    def load(self) -> None:
        core, key = self.ctx.core, self.number
        self.ctx.tasks.run_db(lambda: (core.cases.get(key), load_casework(core, key)),
                              self._loaded)

    def _loaded(self, result) -> None:
        if self.closed or not shiboken6.isValid(self.panel.referrals_table):
            return  # an answer that arrives after the test: the panel is (being) gone
        detail, (referrals, summons, offered) = result
        self.panel.set_case(detail, referrals, summons, offered)
        self.loads += 1

    def reloaded_after(self, qtbot, before: int) -> None:
        qtbot.waitUntil(lambda: self.loads > before, timeout=5000)


@pytest.fixture
def host(qtbot):
    made = []

    def _host(ctx, number: str) -> Host:
        made.append(Host(qtbot, ctx, number))
        return made[-1]

    yield _host
    for h in made:
        h.closed = True  # first: a reload still on its way finds the panel closing
        if h.panel.dialog is not None:
            h.panel.dialog.close()
        qtbot.waitUntil(lambda h=h: not h.ctx.tasks.busy, timeout=5000)



def refer(ctx, number: str, *, addressee: str = KL, kind: str = "perwakilan",
          sent_on: date | None = None) -> str:
    today = ctx.core.cases.today()
    return ctx.core.referrals.refer(number, cw.ReferralInput(
        addressee=addressee, kind=kind, method="surat", letter_no="B.1/2026",
        sent_on=(sent_on or today).isoformat(), request="Mohon bantuan pemulangan.",
        legal_basis="consent_oral", consent_on=today.isoformat()))


def opened(qtbot, panel, kind):
    dialog = panel.dialog
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def pick(qtbot, picker, text: str) -> None:
    """Type part of a name into a DirectoryPicker and choose the first match with Enter."""
    picker.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    qtbot.keyClicks(picker.edit, text)
    qtbot.waitUntil(lambda: picker.popup.isVisible() and bool(picker.popup.entries()),
                    timeout=5000)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.entry() is not None


def save(qtbot, dialog, closes: bool = True) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, CTRL)
    if closes:
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    else:
        # The save runs on the database thread: busy from the key press until it answers.
        qtbot.waitUntil(lambda: not dialog._busy, timeout=5000)
        assert dialog.isVisible()


def choose_basis(dialog, code: str) -> None:
    combo = dialog.basis.basis
    combo.setCurrentIndex(combo.findData(code))


def short(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def field_marked(dialog, field: str) -> bool:
    widget, _label = dialog.errors._fields[field]
    return widget.styleSheet() == ERROR_STYLE


def close_letter(qtbot, panel) -> LetterDialog:
    letter = panel.dialog
    assert isinstance(letter, LetterDialog)
    qtbot.waitUntil(lambda: letter.page_count() >= 1, timeout=10000)
    letter.accept()
    return letter


# -- referring -------------------------------------------------------------------------------

def test_refer_with_the_keyboard_prints_the_letter_and_marks_the_case_referred(
        qtbot, ctx, host, message_boxes):
    number = record(ctx)
    h = host(ctx, number)
    panel = h.panel
    assert panel.tab_title() == "&Referrals"
    qtbot.keyClick(panel, Qt.Key.Key_R, CTRL)
    dialog = opened(qtbot, panel, ReferralDialog)
    assert dialog.focusWidget() is dialog.addressee.edit
    today = ctx.core.cases.today()
    # Before an addressee: the general default of 14 working days.
    assert dialog.reply_due.text() == short(add_working_days(today, 14))
    pick(qtbot, dialog.addressee, "Kuala Lumpur")
    assert dialog.addressee.entry().name == KL
    assert dialog.reply_due.text() == short(add_working_days(today, 14))
    assert "Indonesian mission" in dialog.due_hint.text()
    qtbot.keyClick(dialog.addressee.edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.method
    assert dialog.method.code() == "surat"
    qtbot.keyClick(dialog.method, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "B.77/BP3TKI-SBY/XII/2026")
    assert dialog.letter_no.text() == "B.77/BP3TKI-SBY/XII/2026"
    qtbot.keyClick(dialog.letter_no, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.sent_on and dialog.sent_on.text() == short(today)
    qtbot.keyClick(dialog.sent_on, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.request
    qtbot.keyClicks(dialog.request, "Mohon bantuan pemulangan TKI dari penampungan KBRI.")
    choose_basis(dialog, "consent_oral")
    assert dialog.mark_referred.isChecked()
    before = h.loads
    save(qtbot, dialog)
    h.reloaded_after(qtbot, before)

    [row] = ctx.core.referrals.of_case(number)
    assert (row["addressee"], row["method"], row["letter_no"], row["state"]) == (
        KL, "surat", "B.77/BP3TKI-SBY/XII/2026", cw.SENT)
    assert row["stakeholder_id"] == dialog.addressee.entry().id
    assert row["reply_due"] == add_working_days(today, 14).isoformat()
    qtbot.waitUntil(lambda: ctx.core.cases.resolve(number)["status"] == "dirujuk")
    # Sent by letter: the letter is offered at once, and shown.
    assert [(k, t) for k, t, _text in message_boxes] == [("question", "Print the referral letter")]
    close_letter(qtbot, panel)
    qtbot.waitUntil(lambda: panel.tab_title() == "&Referrals (1 waiting)", timeout=5000)
    table = panel.referrals_table
    assert table.topLevelItem(0).text(0) == KL
    assert table.topLevelItem(0).text(1) == "Waiting for reply"


def test_a_status_that_can_no_longer_change_keeps_the_referral_and_says_so(
        qtbot, ctx, host, message_boxes):
    number = record(ctx)
    h = host(ctx, number)
    h.panel.refer()
    dialog = opened(qtbot, h.panel, ReferralDialog)
    assert dialog.mark_referred.isChecked()
    pick(qtbot, dialog.addressee, "Kuala Lumpur")
    dialog.method.set_code("telepon")
    dialog.request.setPlainText("Mohon kabar keberadaan TKI.")
    choose_basis(dialog, "vital_interest")
    # Meanwhile someone else puts the case on hold for documents: "referred" cannot follow.
    ctx.core.cases.change_status(number, "menunggu_dokumen")
    before = h.loads
    save(qtbot, dialog)
    h.reloaded_after(qtbot, before)
    assert [r["addressee"] for r in ctx.core.referrals.of_case(number)] == [KL]
    assert ctx.core.cases.resolve(number)["status"] == "menunggu_dokumen"
    # Only the warning: a referral by phone has no letter to offer.
    [(kind, title, text)] = message_boxes
    assert (kind, title) == ("warning", "Referral saved")
    assert "the case status was not changed" in text


def test_the_reply_due_follows_the_addressee_until_the_officer_types_one(qtbot, ctx, host):
    number = record(ctx)
    rows.add_stakeholder(ctx.core, "PT Maju Jaya Abadi", kind="pptkis")
    panel = host(ctx, number).panel
    panel.refer()
    dialog = opened(qtbot, panel, ReferralDialog)
    today = ctx.core.cases.today()
    pick(qtbot, dialog.addressee, "Maju Jaya")
    assert dialog.reply_due.text() == short(add_working_days(today, 7))  # an agency: 7 days
    dialog.reply_due.clear()
    qtbot.keyClicks(dialog.reply_due, short(today + timedelta(days=30)))
    dialog.addressee.clear()
    pick(qtbot, dialog.addressee, "Kuala Lumpur")
    assert dialog.reply_due.text() == short(today + timedelta(days=30))  # kept as typed
    dialog.reject()


def test_a_due_date_in_the_past_is_refused_at_its_field_and_nothing_is_written(
        qtbot, ctx, host):
    number = record(ctx)
    panel = host(ctx, number).panel
    panel.refer()
    dialog = opened(qtbot, panel, ReferralDialog)
    today = ctx.core.cases.today()
    pick(qtbot, dialog.addressee, "Kuala Lumpur")
    dialog.sent_on.set_date(today - timedelta(days=20))
    dialog.reply_due.setText(short(today - timedelta(days=2)))
    dialog.request.setPlainText("Mohon informasi keberadaan TKI.")
    save(qtbot, dialog, closes=False)
    assert dialog.isVisible()
    assert "reply due date has passed" in dialog.errors.text("reply_due")
    assert field_marked(dialog, "reply_due")
    assert dialog.focusWidget() is dialog.reply_due
    assert ctx.core.referrals.of_case(number) == []
    dialog.reject()


def test_a_referral_without_addressee_or_request_marks_both(qtbot, ctx, host):
    panel = host(ctx, record(ctx)).panel
    panel.refer()
    dialog = opened(qtbot, panel, ReferralDialog)
    save(qtbot, dialog, closes=False)
    assert dialog.errors.text("addressee") and dialog.errors.text("request")
    assert field_marked(dialog, "addressee") and field_marked(dialog, "request")
    dialog.reject()


# -- replies and withdrawals --------------------------------------------------------------

def test_a_reply_dated_before_the_referral_was_sent_is_refused_with_the_field_marked(
        qtbot, ctx, host):
    number = record(ctx)
    today = ctx.core.cases.today()
    rid = refer(ctx, number, sent_on=today - timedelta(days=3))
    h = host(ctx, number)
    qtbot.keyClick(h.panel, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = opened(qtbot, h.panel, ReplyDialog)
    assert dialog.referral_id == rid and dialog.focusWidget() is dialog.reply_on
    assert dialog.reply_on.text() == short(today)
    dialog.reply_on.setText(short(today - timedelta(days=5)))
    qtbot.keyClick(dialog.reply_on, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.summary, "KBRI sudah menjemput TKI.")
    save(qtbot, dialog, closes=False)
    sent = format_date(today - timedelta(days=3), "en")
    assert dialog.errors.text("reply_on") == (
        f"The reply cannot be dated before the referral was sent ({sent}).")
    assert field_marked(dialog, "reply_on") and dialog.focusWidget() is dialog.reply_on
    assert ctx.core.referrals.of_case(number)[0]["state"] == cw.SENT
    dialog.reject()


def test_the_last_reply_offers_to_move_the_case_back_to_proses(
        qtbot, ctx, host, message_boxes):
    number = record(ctx)
    first = refer(ctx, number)
    second = refer(ctx, number, addressee="Polda Jawa Timur", kind="polisi")
    ctx.core.cases.change_status(number, "dirujuk")
    h = host(ctx, number)
    panel = h.panel
    assert panel.tab_title() == "&Referrals (2 waiting)"
    assert panel.current_referral()["id"] == first
    panel.record_reply()
    dialog = opened(qtbot, panel, ReplyDialog)
    dialog.summary.setPlainText("Sedang diproses KBRI.")
    before = h.loads
    save(qtbot, dialog)
    h.reloaded_after(qtbot, before)
    assert message_boxes == []  # another referral still waits: nothing to ask
    assert panel.tab_title() == "&Referrals (1 waiting)"
    assert panel.open_referral()["id"] == second
    panel.record_reply()
    dialog = opened(qtbot, panel, ReplyDialog)
    assert dialog.referral_id == second
    dialog.summary.setPlainText("Polda sudah memeriksa PPTKIS.")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: ctx.core.cases.resolve(number)["status"] == "proses",
                    timeout=5000)
    [(kind, title, text)] = message_boxes
    assert kind == "question" and "back to status “In progress”" in text
    states = {r["id"]: r["state"] for r in ctx.core.referrals.of_case(number)}
    assert states == {first: cw.ANSWERED, second: cw.ANSWERED}
    qtbot.waitUntil(lambda: panel.tab_title() == "&Referrals", timeout=5000)
    assert panel.referrals_table.topLevelItem(1).text(1) == "Answered"
    # The chosen referral in full under the list: what was asked, what came back.
    panel.referrals_table.setCurrentItem(panel.referrals_table.topLevelItem(0))
    today = short(ctx.core.cases.today())
    assert panel.referral_details.text() == (
        f"Asked: Mohon bantuan pemulangan.\nReply of {today}: Sedang diproses KBRI.\n"
        f"Basis for sharing: The complainant's oral consent, given {today}, recorded by Kasi")


def test_withdrawing_a_referral(qtbot, ctx, host, message_boxes):
    number = record(ctx)
    rid = refer(ctx, number)
    h = host(ctx, number)
    panel = h.panel
    panel.withdraw()
    dialog = opened(qtbot, panel, WithdrawDialog)
    assert KL in dialog.windowTitle()
    qtbot.keyClicks(dialog.note, "Dikirim ke alamat yang salah.")
    before = h.loads
    save(qtbot, dialog)
    h.reloaded_after(qtbot, before)
    [row] = ctx.core.referrals.of_case(number)
    assert row["id"] == rid and row["state"] == cw.WITHDRAWN
    assert panel.referrals_table.topLevelItem(0).text(1) == "Withdrawn"
    # Nothing left to answer or withdraw; its letter can still be reprinted.
    assert not panel.reply_action.isEnabled() and not panel.withdraw_action.isEnabled()
    assert "still waiting for its reply" in panel.withdraw_button.toolTip()
    assert panel.referral_letter_action.isEnabled()
    assert message_boxes == []  # the case was not referred: no status to give back


def test_a_referral_answered_on_another_pc_meanwhile_is_not_answered_twice(
        qtbot, ctx, host):
    number = record(ctx)
    rid = refer(ctx, number)
    panel = host(ctx, number).panel
    panel.record_reply()
    dialog = opened(qtbot, panel, ReplyDialog)
    dialog.summary.setPlainText("Dijawab dengan surat.")
    # The other PC's answer arrives by sync while this form is open.
    rows.answer_referral(ctx.core, rid, "Dijawab lewat telepon.",
                         on=ctx.core.cases.today().isoformat())
    save(qtbot, dialog, closes=False)
    assert "already been answered or withdrawn" in dialog.errors.text("reply_on")
    assert ctx.core.referrals.of_case(number)[0]["reply_summary"] == "Dijawab lewat telepon."
    dialog.reject()


def test_the_case_window_refers_with_ctrl_r_whichever_tab_is_shown(qtbot, ctx):
    number = record(ctx)
    refer(ctx, number)
    window = CaseWindow(ctx, number)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    assert window.tabs.tabText(window.tabs.indexOf(window.referrals)) == (
        "&Referrals (1 waiting)")
    window.tabs.setCurrentWidget(window.details)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
    dialog = window.referrals.dialog
    assert isinstance(dialog, ReferralDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)


# -- what each person may do ------------------------------------------------------------------

def test_front_office_sees_why_it_cannot_refer(qtbot, officer_ctx, host):
    number = record(officer_ctx)
    panel = host(officer_ctx, number).panel
    for act in panel.actions():
        if not act.isSeparator():
            assert not act.isEnabled()
    assert "Your role cannot refer cases or summon agencies." in panel.refer_button.toolTip()
    panel.refer()
    assert panel.dialog is None


def test_a_closed_case_takes_no_new_referral_or_summons_but_a_reply_still(
        qtbot, ctx, host):
    number = record(ctx)
    refer(ctx, number)
    ctx.core.cases.change_status(number, "ditutup", outcome="dicabut")
    panel = host(ctx, number).panel
    assert not panel.refer_action.isEnabled() and not panel.summon_action.isEnabled()
    assert "reopen it first" in panel.refer_action.toolTip()
    assert panel.reply_action.isEnabled()  # a reply may still come in after closing


def test_the_panel_actions_carry_the_shortcuts_for_the_window_menu(ctx, host):
    panel = host(ctx, record(ctx)).panel
    keys = {a.text(): a.shortcut().toString() for a in panel.actions() if not a.isSeparator()}
    assert keys["&New referral…"] == "Ctrl+R" and keys["Summon PPT&KIS…"] == "Ctrl+Shift+P"
    assert keys["Record repl&y…"] == "Ctrl+Shift+R"
    assert len(panel.actions()) == 9
    panel.retranslate()  # a language switch redraws the rows too
    assert panel.tab_title() == "&Referrals"


# -- summons -----------------------------------------------------------------------------------

def test_summons_are_put_forward_when_the_case_points_at_the_agency(qtbot, ctx, host):
    wages = record(ctx)  # unpaid wages, and the KTKLN was brought
    ctx.core.cases.set_document(wages, "ktkln", "ada")
    plain = host(ctx, wages).panel
    assert plain.summon_button.isHidden() and not plain.summons_hint.isVisible()
    assert plain.summon_action.isEnabled()  # still in the window's menu
    fraud = record(ctx, complaint__category="penipuan_peluang_kerja")
    ctx.core.cases.set_document(fraud, "ktkln", "ada")
    panel = host(ctx, fraud).panel
    assert not panel.summon_button.isHidden() and not panel.summons_hint.isHidden()
    missing = record(ctx)  # the KTKLN is missing until someone says otherwise
    assert not host(ctx, missing).panel.summon_button.isHidden()


def test_summon_an_agency_print_the_letter_and_record_the_outcome(
        qtbot, ctx, host, message_boxes):
    number = record(ctx, complaint__category="biaya_berlebih")
    agency_id = rows.add_stakeholder(ctx.core, "PT Maju Jaya Abadi", kind="pptkis")
    h = host(ctx, number)
    panel = h.panel
    qtbot.keyClick(panel, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = opened(qtbot, panel, SummonsDialog)
    assert dialog.focusWidget() is dialog.agency.edit
    pick(qtbot, dialog.agency, "Maju")
    assert dialog.flag_warning.isHidden()
    dialog.letter_no.setText("B.45/BP3TKI-SBY/XII/2026")
    tomorrow = ctx.core.cases.today() + timedelta(days=1)
    dialog.meeting_on.setText(short(tomorrow))
    dialog.meeting_time.setText("10.30")
    assert dialog.place.text() == ctx.core.office.name
    before = h.loads
    save(qtbot, dialog)
    h.reloaded_after(qtbot, before)
    [summons] = ctx.core.referrals.summons_of_case(number)
    assert (summons["stakeholder_id"], summons["agency"], summons["attendance"]) == (
        agency_id, "PT Maju Jaya Abadi", "")
    assert [t for _k, t, _x in message_boxes] == ["Print the summons letter"]
    close_letter(qtbot, panel)
    qtbot.waitUntil(lambda: panel.summons_table.topLevelItemCount() == 1, timeout=5000)
    assert panel.summons_table.topLevelItem(0).text(2) == "Not recorded yet"
    assert "10:30" in panel.summons_table.topLevelItem(0).text(1)
    kinds = [e["event_type"] for e in ctx.core.cases.get(number).events]
    assert "panggilan_pptkis" in kinds

    panel.record_outcome()
    outcome = opened(qtbot, panel, SummonsOutcomeDialog)
    save(qtbot, outcome, closes=False)  # attendance is a choice, never preset
    assert outcome.errors.text("attendance") and field_marked(outcome, "attendance")
    outcome.attendance.set_code("hadir")
    outcome.result.setPlainText("PPTKIS berjanji mengembalikan paspor hari Jumat.")
    before = h.loads
    save(qtbot, outcome)
    h.reloaded_after(qtbot, before)
    assert ctx.core.referrals.summons_of_case(number)[0]["attendance"] == "hadir"
    assert panel.summons_table.topLevelItem(0).text(2) == "Attended"
    assert panel.summons_details.text() == (
        "Letter B.45/BP3TKI-SBY/XII/2026\n"
        "Result: PPTKIS berjanji mengembalikan paspor hari Jumat.")
    assert "hasil_panggilan" in [e["event_type"] for e in ctx.core.cases.get(number).events]


def test_a_summons_meeting_in_the_past_is_refused(qtbot, ctx, host):
    number = record(ctx)
    panel = host(ctx, number).panel
    panel.summon()
    dialog = opened(qtbot, panel, SummonsDialog)
    qtbot.keyClicks(dialog.agency.edit, "PT Sumber Rezeki")  # a one-off, not in the directory
    dialog.meeting_on.setText(short(ctx.core.cases.today() - timedelta(days=1)))
    save(qtbot, dialog, closes=False)
    assert "meeting time has passed" in dialog.errors.text("meeting_on")
    assert field_marked(dialog, "meeting_on")
    dialog.meeting_on.setText(short(ctx.core.cases.today() + timedelta(days=2)))
    dialog.meeting_time.setText("25.70")
    save(qtbot, dialog, closes=False)
    assert "Time not recognised" in dialog.errors.text("meeting_time")
    assert ctx.core.referrals.summons_of_case(number) == []
    dialog.reject()


def test_a_flagged_agency_is_pointed_out_before_it_is_summoned_again(
        qtbot, ctx, host, message_boxes):
    number = record(ctx, complaint__category="penahanan_dokumen")
    other = record(ctx)
    agency_id = rows.add_stakeholder(ctx.core, "PT Selalu Mangkir", kind="pptkis")
    first = rows.add_summons(ctx.core, other, agency="PT Selalu Mangkir",
                             stakeholder_id=agency_id)
    rows.record_attendance(ctx.core, first, "tidak_hadir")
    second = rows.add_summons(ctx.core, number, agency="PT Selalu Mangkir",
                              stakeholder_id=agency_id)
    h = host(ctx, number)
    panel = h.panel
    # The second time it stays away, the office is told it is now flagged.
    panel.record_outcome()
    outcome = opened(qtbot, panel, SummonsOutcomeDialog)
    outcome.attendance.set_code("tidak_hadir")
    save(qtbot, outcome)
    qtbot.waitUntil(lambda: message_boxes != [], timeout=5000)
    assert message_boxes[0][:2] == ("information", "Agency flagged")
    assert ctx.core.referrals.agency_flagged(agency_id)
    qtbot.waitUntil(lambda: panel.summons_table.topLevelItemCount() == 1
                    and "flagged" in panel.summons_table.topLevelItem(0).toolTip(0),
                    timeout=5000)
    assert ctx.core.referrals.summons_of_case(number)[0]["id"] == second

    panel.summon()
    dialog = opened(qtbot, panel, SummonsDialog)
    pick(qtbot, dialog.agency, "Mangkir")
    assert not dialog.flag_warning.isHidden()
    assert "did not attend 2 earlier summonses" in dialog.flag_warning.text()
    dialog.agency.edit.clear()
    qtbot.keyClicks(dialog.agency.edit, "PT Lain")
    assert dialog.flag_warning.isHidden()
    dialog.reject()


# -- letters ----------------------------------------------------------------------------------

def test_a_referral_letter_is_saved_as_pdf_where_the_officer_chooses(
        qtbot, ctx, host, tmp_path, monkeypatch):
    number = record(ctx)
    refer(ctx, number)
    panel = host(ctx, number).panel
    panel.print_referral_letter()
    letter = panel.dialog
    assert isinstance(letter, LetterDialog)
    assert letter.windowTitle() == f"Referral letter — {number}"
    qtbot.waitUntil(lambda: letter.page_count() >= 1, timeout=10000)
    target = tmp_path / "surat"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: str(target))
    letter.save_as_pdf()
    qtbot.waitUntil(lambda: letter.saved_path is not None, timeout=5000)
    assert letter.saved_path == tmp_path / "surat.pdf"
    assert (tmp_path / "surat.pdf").read_bytes().startswith(b"%PDF")
    assert ("letter_exported", number) in [
        (r["action"], r["target"]) for r in ctx.core.audit.recent()]
    letter.accept()


def test_a_letter_that_cannot_be_made_says_so(qtbot, ctx, host, monkeypatch):
    number = record(ctx)
    refer(ctx, number)
    panel = host(ctx, number).panel
    monkeypatch.setattr(rp.LetterDialog, "load", lambda self: self._load_failed(
        ValidationError(cw.MSG_DUE_PAST, "reply_due")))
    panel.print_referral_letter()
    letter = panel.dialog
    assert "reply due date has passed" in letter.status.text()
    assert not letter.print_button.isEnabled() and not letter.save_button.isEnabled()
    letter.accept()


# -- the pending referrals window --------------------------------------------------------------

@pytest.fixture
def pending(qtbot, ctx):
    """Three cases: one reply 10 days late, one 2 days late, one not yet due."""
    today = ctx.core.cases.today()
    a = record(ctx)
    b = record(ctx, worker__name="Sri Wahyuni", worker__passport="C7654321")
    c = record(ctx, worker__name="Ani Rahayu", worker__passport="D1112223")
    polda = rows.add_stakeholder(ctx.core, "Polda Jawa Timur", kind="polisi")
    rows.add_referral(ctx.core, a, addressee=KL, stakeholder_id="kl",
                      sent_on=today - timedelta(days=30), due_days=28)
    rows.add_referral(ctx.core, b, addressee="Polda Jawa Timur", stakeholder_id=polda,
                      sent_on=today - timedelta(days=20), due_days=10)
    rows.add_referral(ctx.core, c, addressee=KL, stakeholder_id="kl",
                      sent_on=today - timedelta(days=1), due_days=14)
    answered = rows.add_referral(ctx.core, c, addressee="RS Bhayangkara",
                                 sent_on=today - timedelta(days=3))
    rows.answer_referral(ctx.core, answered, "Sudah dirawat.", on=today.isoformat())
    window = PendingReferralsWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.loaded_once, timeout=5000)
    yield window, (a, b, c)
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)


def test_pending_referrals_longest_overdue_first_with_worker_and_days(pending):
    window, (a, b, c) = pending
    lines = [line.split("\t") for line in window.text().splitlines()]
    assert [(line[0], line[1], line[3], line[6]) for line in lines] == [
        (b, "Sri Wahyuni", "Polda Jawa Timur", "10"),
        (a, "Dewi Lestari", KL, "2"),
        (c, "Ani Rahayu", KL, "")]
    assert lines[0][2] == "unassigned"
    assert window.summary.text() == "3 waiting for a reply, 2 of them overdue."
    assert window.table.topLevelItem(0).foreground(6).color().name() == "#c0392b"


def test_pending_referrals_filter_by_addressee_and_overdue(qtbot, pending):
    window, (a, _b, c) = pending
    labels = [window.addressee.itemText(i) for i in range(window.addressee.count())]
    assert labels == ["All addressees", f"{KL} (2)", "Polda Jawa Timur (1)"]
    window.addressee.setCurrentIndex(1)
    assert [line.split("\t")[0] for line in window.text().splitlines()] == [a, c]
    qtbot.keyClick(window.overdue_only, Qt.Key.Key_Space)
    assert window.overdue_only.isChecked()
    assert [line.split("\t")[0] for line in window.text().splitlines()] == [a]
    # The choice survives a reload.
    window.reload()
    qtbot.waitUntil(lambda: not window._busy, timeout=5000)
    assert window.addressee.currentIndex() == 1 and window.overdue_only.isChecked()
    assert [line.split("\t")[0] for line in window.text().splitlines()] == [a]


def test_enter_in_the_pending_list_opens_the_case(qtbot, ctx, pending):
    window, (a, _b, _c) = pending
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.openCase, timeout=2000) as signal:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert signal.args == [ctx.core.cases.resolve(a)["seq"]]
    with qtbot.waitSignal(window.openCase, timeout=2000) as signal:
        window.open_button.click()
    assert signal.args == [ctx.core.cases.resolve(a)["seq"]]


def test_an_empty_pending_list_says_so(qtbot, ctx):
    window = PendingReferralsWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded_once, timeout=5000)
    assert window.empty.text() == "No referral is waiting for a reply."
    assert not window.open_button.isEnabled()


def test_a_pending_list_that_cannot_be_read_says_why(qtbot, ctx, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionDenied(Role.FRONT_OFFICE)

    monkeypatch.setattr(ctx.core.referrals, "pending", refuse)
    window = PendingReferralsWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window._busy, timeout=5000)
    assert window.empty.text() == "Your role (Front-office officer) is not allowed to do this."
    assert window.table.isHidden() and window.refresh_button.isEnabled()


def test_the_timeline_names_the_partner_of_each_referral_and_summons_step(qapp, officer_ctx):
    from desktop.ui.case_view.timeline_view import event_title

    ref = officer_ctx.core.reference
    sent = {"event_type": "rujukan_dikirim", "data": {"addressee": "KBRI Kuala Lumpur"}}
    outcome = {"event_type": "hasil_panggilan",
               "data": {"agency": "PT Maju Jaya", "attendance": "tidak_hadir"}}
    assert event_title(sent, ref, "id") == "Rujukan dikirim: KBRI Kuala Lumpur"
    assert event_title(outcome, ref, "en").startswith("Summons outcome: PT Maju Jaya: ")
