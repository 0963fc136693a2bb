"""The basis for sharing a referral's data in the case view (issue 14 §1.4, UU PDP): chosen in
the referral form, recorded afterwards for an old referral (BasisDialog), and the letter
held back until there is one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain import data_protection as pdp
from desktop.ui.case_view.referral_dialog import BasisDialog, ReferralDialog
from desktop.ui.letter_dialog import REFERRAL_LETTER, LetterDialog
from desktop.ui.referrals_window import PendingReferralsWindow
from tests import casework_rows as rows
from tests.ui.case_helpers import record
from tests.ui.test_referrals_ui import KL, field_marked, opened, pick, save, short
from tests.ui.test_referrals_ui import host as host  # noqa: F401 - the fixture, shared
from tests.ui.test_referrals_ui import refer as refer_with_basis

NO_BASIS = "The basis for sharing the data has not been recorded"


def codes(combo) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


def choose(rows_, code: str) -> None:
    rows_.basis.setCurrentIndex(rows_.basis.findData(code))


def new_referral(qtbot, ctx, host, **overrides) -> tuple[str, ReferralDialog]:  # noqa: F811
    number = record(ctx, **overrides)
    panel = host(ctx, number).panel
    panel.refer()
    dialog = opened(qtbot, panel, ReferralDialog)
    return number, dialog


# -- the referral form --------------------------------------------------------------------------

def test_the_form_asks_for_a_basis_and_offers_vital_interest_first_where_expected(
        qtbot, ctx, host):  # noqa: F811
    _number, dialog = new_referral(qtbot, ctx, host, complaint__category="meninggal_dunia")
    basis = dialog.basis
    assert codes(basis.basis) == ["", pdp.VITAL_INTEREST, pdp.CONSENT_ORAL,
                                  pdp.CONSENT_WRITTEN, pdp.LEGAL_OBLIGATION]
    assert basis.code() == ""  # a basis is chosen, never preset
    assert "vital interest is the usual one" in basis.hint.text()
    assert not basis.consent_on.isEnabled()
    choose(basis, pdp.CONSENT_ORAL)
    assert basis.consent_on.isEnabled()
    assert basis.consent_on.text() == short(ctx.core.cases.today())
    assert "Recorded by Kasi." in basis.hint.text()  # the person logged in, never typed
    choose(basis, pdp.LEGAL_OBLIGATION)
    assert not basis.consent_on.isEnabled()
    assert basis.note.placeholderText() == "Which legal duty, e.g. the article of the law"
    dialog.reject()
    _other, plain = new_referral(qtbot, ctx, host)
    assert codes(plain.basis.basis)[1:] == list(pdp.LEGAL_BASES)
    assert "ask the complainant's consent" in plain.basis.hint.text()
    plain.reject()


def test_saving_without_a_basis_marks_it_and_writes_nothing(qtbot, ctx, host):  # noqa: F811
    number, dialog = new_referral(qtbot, ctx, host)
    pick(qtbot, dialog.addressee, "Kuala Lumpur")
    dialog.request.setPlainText("Mohon bantuan pemulangan.")
    save(qtbot, dialog, closes=False)
    assert "Choose what sharing the personal data" in dialog.errors.text("legal_basis")
    assert field_marked(dialog, "legal_basis")
    choose(dialog.basis, pdp.LEGAL_OBLIGATION)
    save(qtbot, dialog, closes=False)
    assert "which legal duty" in dialog.errors.text("basis_note")
    assert field_marked(dialog, "basis_note") and not field_marked(dialog, "legal_basis")
    assert ctx.core.referrals.of_case(number) == []
    dialog.reject()


def test_a_referral_saved_with_oral_consent_records_who_recorded_it(
        qtbot, ctx, host, message_boxes):  # noqa: F811
    number, dialog = new_referral(qtbot, ctx, host)
    pick(qtbot, dialog.addressee, "Kuala Lumpur")
    dialog.method.set_code("email")
    dialog.request.setPlainText("Mohon bantuan pemulangan.")
    choose(dialog.basis, pdp.CONSENT_ORAL)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(ctx.core.referrals.of_case(number)) == 1, timeout=5000)
    [row] = ctx.core.referrals.of_case(number)
    assert (row["legal_basis"], row["consent_on"], row["consent_by"]) == (
        "consent_oral", ctx.core.cases.today().isoformat(), "kasi")


# -- a referral made before: recorded afterwards --------------------------------------------------

@pytest.fixture
def old(qtbot, ctx, host):  # noqa: F811
    """A case with a referral made before this release (no basis), shown in its panel."""
    number = record(ctx)
    rid = rows.add_referral(ctx.core, number, sent_on=ctx.core.cases.today())
    return number, rid, host(ctx, number)


def test_the_panel_says_the_basis_is_missing_and_holds_the_letter_back(ctx, old):
    _number, _rid, h = old
    panel = h.panel
    item = panel.referrals_table.topLevelItem(0)
    assert item.text(0) == f"⚠ {KL}" and item.toolTip(0) == NO_BASIS + "."
    assert NO_BASIS + ": record the complainant's consent" in panel.referral_details.text()
    assert not panel.referral_letter_action.isEnabled()
    assert not panel.referral_letter_button.isEnabled()
    assert "Record the basis for sharing the data first" in panel.referral_letter_button.toolTip()
    assert panel.basis_button.isEnabled() and panel.basis_button.text() == "&Basis for sharing…"
    panel.print_referral_letter()
    assert panel.dialog is None  # no letter dialog either


def test_recording_the_basis_afterwards_frees_the_letter(qtbot, ctx, old):
    number, rid, h = old
    panel = h.panel
    panel.record_basis()
    dialog = opened(qtbot, panel, BasisDialog)
    assert dialog.windowTitle() == f"Basis for sharing with {KL}"
    assert dialog.focusWidget() is dialog.basis.basis
    choose(dialog.basis, pdp.CONSENT_WRITTEN)
    dialog.basis.consent_on.setText("01/01/2001")  # before the complaint: refused
    save(qtbot, dialog, closes=False)
    assert "before the complaint was received" in dialog.errors.text("consent_on")
    dialog.basis.consent_on.setText(short(ctx.core.cases.today()))
    dialog.basis.note.setText("Surat persetujuan dipindai.")
    before = h.loads
    save(qtbot, dialog)
    h.reloaded_after(qtbot, before)
    [row] = ctx.core.referrals.of_case(number)
    assert (row["id"], row["legal_basis"], row["consent_by"]) == (rid, "consent_written", "kasi")
    assert panel.referral_letter_action.isEnabled()
    assert panel.referrals_table.topLevelItem(0).text(0) == KL
    assert panel.referral_details.text().endswith(
        f"Basis for sharing: The complainant's written consent, given "
        f"{short(ctx.core.cases.today())}, recorded by Kasi\n"
        "About the basis: Surat persetujuan dipindai.")
    # Changing it is the same dialog, filled with what is recorded.
    panel.record_basis()
    again = opened(qtbot, panel, BasisDialog)
    assert again.basis.code() == pdp.CONSENT_WRITTEN
    assert again.basis.note.text() == "Surat persetujuan dipindai."
    again.reject()


def test_enter_on_a_settled_referral_without_basis_explains_and_offers_to_record_it(
        qtbot, ctx, host, message_boxes):  # noqa: F811
    number = record(ctx)
    rid = rows.add_referral(ctx.core, number, sent_on=ctx.core.cases.today())
    rows.answer_referral(ctx.core, rid, "Sudah dijawab.", on=ctx.core.cases.today().isoformat())
    panel = host(ctx, number).panel
    panel.referrals_table.setFocus()
    qtbot.keyClick(panel.referrals_table, Qt.Key.Key_Return)
    [(kind, title, text)] = message_boxes
    assert (kind, title) == ("question", "Basis for sharing not recorded")
    assert f"The letter to {KL} shares the complainant's and the worker's personal" in text
    assert isinstance(panel.dialog, BasisDialog)  # answered Yes: the form to record it
    panel.dialog.reject()


def test_a_letter_refused_by_the_service_says_what_to_record(qtbot, ctx, old):
    number, rid, h = old
    letter = LetterDialog(ctx, REFERRAL_LETTER, rid, number, h.panel)
    qtbot.addWidget(letter)
    letter.open()
    qtbot.waitUntil(lambda: "cannot be printed or saved" in letter.status.text(), timeout=5000)
    assert "Record it on the referral first" in letter.status.text()
    assert not letter.print_button.isEnabled() and not letter.save_button.isEnabled()
    letter.reject()


def test_front_office_sees_why_it_cannot_record_a_basis(qtbot, officer_ctx, host):  # noqa: F811
    number = record(officer_ctx)
    rows.add_referral(officer_ctx.core, number)
    panel = host(officer_ctx, number).panel
    assert not panel.basis_action.isEnabled()
    assert "Your role cannot refer cases" in panel.basis_button.toolTip()
    panel.record_basis()
    assert panel.dialog is None


# -- the waiting list ------------------------------------------------------------------------------

def test_the_waiting_list_points_at_referrals_without_basis(qtbot, ctx):
    today = ctx.core.cases.today()
    a, b = record(ctx), record(ctx, worker__name="Sri Wahyuni")
    refer_with_basis(ctx, a)
    rows.add_referral(ctx.core, b, addressee="Polda Jawa Timur", sent_on=today)
    window = PendingReferralsWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded_once, timeout=5000)
    tips = {window.table.topLevelItem(i).text(0): window.table.topLevelItem(i).toolTip(3)
            for i in range(window.table.topLevelItemCount())}
    assert tips == {a: "", b: "Polda Jawa Timur: the basis for sharing the data has not been "
                          "recorded."}
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)
