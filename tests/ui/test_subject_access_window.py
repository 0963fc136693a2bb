"""The subject-access window (UU PDP): find a person, see what is held, hand it over as PDF
or JSON, restrict its processing and lift it; who is offered what."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from desktop.services import audit
from desktop.settings import WindowGeometry
from desktop.ui import file_dialogs
from desktop.ui.subject_access import export as export_module
from desktop.ui.subject_access.subject_window import SubjectAccessWindow
from tests.ui.case_helpers import record
from tests.ui.mnemonic_audit import mnemonic_problems

DEWI_NIK = "3578015203950002"  # a woman born 12 March 1995 (day + 40)
NOBODY_NIK = "3171010101010001"


@pytest.fixture
def dewi(ctx) -> str:
    """Dewi's own case, recorded by the supervisor; her NIK is the worker's."""
    return record(ctx, worker__nik=DEWI_NIK, worker__phone="0813-3312-4455")


@pytest.fixture
def open_subject(qtbot):
    def _open(context) -> SubjectAccessWindow:
        window = SubjectAccessWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window
    return _open


@pytest.fixture
def saved_to(monkeypatch, tmp_path):
    """The file dialog answers with a file in tmp_path (its name set by the test); the
    "saved" message is recorded, not shown. Yields (choice, asked, told)."""
    choice = {"path": tmp_path / "out.pdf"}
    asked: list[tuple[str, Path]] = []
    told: list[str] = []

    def save_file(_parent, title, suggested, _filters):
        asked.append((title, Path(suggested)))
        return str(choice["path"]) if choice["path"] else ""

    def ask_open_folder(_parent, _title, text, _open_text):
        told.append(text)
        return False

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    monkeypatch.setattr(export_module, "ask_open_folder", ask_open_folder)
    return choice, asked, told


def search_nik(qtbot, window: SubjectAccessWindow, nik: str):
    """Type the NIK and press Enter; the record shown (None after a refusal)."""
    window.form.nik.setText(nik)
    with qtbot.waitSignal(window.searched, timeout=5000) as got:
        qtbot.keyClick(window.form.nik, Qt.Key.Key_Return)
    return got.args[0]


def case_cells(window: SubjectAccessWindow, row: int = 0) -> list[str]:
    table = window.results.cases
    return [table.item(row, c).text() for c in range(table.columnCount())]


def audit_count(core, action: str) -> int:
    return core.store.query_one("SELECT count(*) FROM audit_log WHERE action = ?",
                                (action,))[0]


def wait_export(qtbot, window: SubjectAccessWindow) -> Path | None:
    with qtbot.waitSignal(window.export.finished, timeout=10000) as got:
        pass
    return got.args[0]


# -- searching ------------------------------------------------------------------------------
def test_enter_in_the_nik_field_finds_her_case_as_the_worker(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    assert window.results.message.text() == \
        "Type one of the person's identifiers above and press Enter."
    found = search_nik(qtbot, window, "3578-0152-0395-0002")
    assert [c.case["case_number"] for c in found.cases] == [dewi]
    cells = case_cells(window)
    assert cells[0] == dewi and cells[4] == "Worker (TKI)" and cells[5] == "0"
    assert cells[2] == "Unpaid wages" and cells[6] == ""  # not restricted
    assert window.results.summary.text().startswith(
        "Held on this computer — cases: 1, information requests: 0, attachments: 0.")
    assert window.pdf_button.isEnabled() and window.json_button.isEnabled()
    assert window.restrict_button.isEnabled() and not window.lift_button.isEnabled()
    assert audit_count(ctx.core, audit.SUBJECT_ACCESS_SEARCHED) == 1


def test_the_complainant_is_found_by_phone_with_her_role(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    window.form.phone.setText("0812 3456 7890")  # make_intake's complainant
    with qtbot.waitSignal(window.searched, timeout=5000):
        window.search_button.click()
    assert case_cells(window)[4] == "Complainant"


@pytest.mark.parametrize("typed, missing, words", [
    ({"name": "Dewi Lestari"}, "birth_date", "Give the date of birth too"),
    ({"birth_date": "12/03/1995"}, "name", "Give the name too"),
])
def test_a_name_or_birth_date_alone_says_what_is_missing_and_searches_nothing(
        qtbot, ctx, dewi, open_subject, typed, missing, words):
    window = open_subject(ctx)
    for field, text in typed.items():
        window.form.edits[field].setText(text)
    qtbot.keyClick(window.form.edits[next(iter(typed))], Qt.Key.Key_Return)
    assert window.form.errors.text(missing).startswith(words)
    assert window.focusWidget() is window.form.edits[missing]
    assert not ctx.tasks.busy and window.record is None
    assert audit_count(ctx.core, audit.SUBJECT_ACCESS_SEARCHED) == 0


def test_name_with_birth_date_finds_her(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    window.form.name.setText("dewi  LESTARI")
    window.form.birth_date.setText("12/03/1995")
    with qtbot.waitSignal(window.searched, timeout=5000) as got:
        qtbot.keyClick(window.form.birth_date, Qt.Key.Key_Return)
    assert [c.case["case_number"] for c in got.args[0].cases] == [dewi]


def test_nobody_found_says_so_plainly(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    found = search_nik(qtbot, window, NOBODY_NIK)
    assert found.cases == () and found.inquiries == ()
    assert window.results.pages.currentWidget() is window.results.message
    assert window.results.message.text() == "No data about this person on this computer."
    # "Nothing is held" is an answer to hand over too; there is nothing to restrict.
    assert window.pdf_button.isEnabled()
    assert not window.restrict_button.isEnabled() and not window.lift_button.isEnabled()


def test_an_empty_form_and_a_malformed_nik_are_explained_at_the_field(qtbot, ctx,
                                                                      open_subject):
    window = open_subject(ctx)
    with qtbot.waitSignal(window.searched, timeout=5000):
        window.search_button.click()
    assert window.form.errors.text("nik").startswith("Give the NIK, passport number")
    assert search_nik(qtbot, window, "12345") is None
    assert window.form.errors.text("nik") != ""
    assert window.record is None and not window.pdf_button.isEnabled()


def test_clear_empties_the_form_and_the_results(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    window.clear_button.click()
    assert window.form.nik.text() == "" and window.record is None
    assert not window.pdf_button.isEnabled() and not window.restrict_button.isEnabled()


# -- exporting ------------------------------------------------------------------------------
def test_save_pdf_for_the_person_writes_a_pdf_and_says_where(qtbot, ctx, dewi, open_subject,
                                                              saved_to, tmp_path):
    choice, asked, told = saved_to
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    choice["path"] = tmp_path / "untuk Dewi"  # the suffix is added
    window.pdf_button.click()
    saved = wait_export(qtbot, window)
    assert saved == tmp_path / "untuk Dewi.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    title, suggested = asked[0]
    # In Indonesian unless chosen otherwise (it is for the person); no name in the file name.
    assert title == "Save the PDF for the person"
    assert suggested.name == f"Data pribadi SBY {ctx.core.cases.today().isoformat()}.pdf"
    assert told and str(saved) in told[0]
    assert audit_count(ctx.core, audit.SUBJECT_ACCESS_EXPORTED) == 1
    assert window.pdf_button.isEnabled()  # ready again


def test_save_json_writes_her_cases(qtbot, ctx, dewi, open_subject, saved_to, tmp_path):
    choice, asked, _told = saved_to
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    choice["path"] = tmp_path / "dewi.json"
    window.json_button.click()
    saved = wait_export(qtbot, window)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["format"] == "halotki.subject_access/1"
    assert [c["case_number"] for c in data["cases"]] == [dewi]
    assert data["person"] == {"nik": DEWI_NIK}
    assert asked[0][1].name.startswith("Personal data SBY ")  # the window's language


def test_cancelling_the_file_dialog_writes_nothing(qtbot, ctx, dewi, open_subject, saved_to,
                                                   tmp_path):
    choice, asked, _told = saved_to
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    choice["path"] = None
    window.pdf_button.click()
    assert asked and not window.export.busy and list(tmp_path.glob("*.pdf")) == []
    assert audit_count(ctx.core, audit.SUBJECT_ACCESS_EXPORTED) == 0


def test_a_failed_write_is_explained_and_leaves_no_file(qtbot, ctx, dewi, open_subject,
                                                        saved_to, tmp_path, message_boxes):
    choice, _asked, told = saved_to
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    choice["path"] = tmp_path / "no such folder" / "dewi.pdf"
    window.pdf_button.click()
    assert wait_export(qtbot, window) is None
    assert told == [] and len(message_boxes) == 1
    kind, _title, text = message_boxes[0]
    assert kind == "warning" and "Something went wrong" not in text
    assert not (tmp_path / "no such folder").exists()
    assert window.pdf_button.isEnabled()


# -- restricting ----------------------------------------------------------------------------
def restriction_dialog(window: SubjectAccessWindow, lift: bool):
    (window.lift_button if lift else window.restrict_button).click()
    dialog = window.restriction_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def case_id(core, number: str) -> str:
    return core.store.query_one("SELECT id FROM cases WHERE case_number = ?", (number,))[0]


def test_restrict_asks_why_then_restricts_and_shows_it(qtbot, ctx, dewi, open_subject,
                                                       message_boxes):
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    dialog = restriction_dialog(window, lift=False)
    assert dialog.covers.text().startswith(
        "This restricts this person's records — cases: 1, information requests: 0.")
    dialog.save_button.click()  # no reason yet
    assert dialog.errors.text("reason").startswith("Give the reason")
    assert dialog.isVisible() and not ctx.core.restriction.is_restricted(
        "case", case_id(ctx.core, dewi))
    dialog.reason.setPlainText("Ia meminta\npembatasan secara tertulis.")
    with qtbot.waitSignal(window.searched, timeout=5000):  # searched again after
        dialog.save_button.click()
    assert ctx.core.restriction.is_restricted("case", case_id(ctx.core, dewi))
    assert ("information", "Personal data of a person", "Records restricted: 1.") in message_boxes
    assert case_cells(window)[6].startswith("Yes, since ")
    assert window.results.cases.item(0, 6).toolTip() == \
        "Reason: Ia meminta pembatasan secara tertulis."
    assert "Restricted — cases: 1, requests: 0." in window.results.summary.text()
    assert not window.restrict_button.isEnabled() and window.lift_button.isEnabled()

    lifting = restriction_dialog(window, lift=True)
    assert lifting.covers.text().startswith(
        "This lifts the restriction from this person's records — cases: 1,")
    lifting.reason.setPlainText("Permintaannya dicabut.")
    with qtbot.waitSignal(window.searched, timeout=5000):
        lifting.save_button.click()
    assert not ctx.core.restriction.is_restricted("case", case_id(ctx.core, dewi))
    assert ("information", "Personal data of a person",
            "Records no longer restricted: 1.") in message_boxes
    assert case_cells(window)[6] == ""
    assert window.restrict_button.isEnabled() and not window.lift_button.isEnabled()


def test_a_reason_over_500_characters_is_refused_and_nothing_restricted(
        qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    dialog = restriction_dialog(window, lift=False)
    dialog.reason.setPlainText("x" * 501)
    dialog.save_button.click()
    assert dialog.errors.text("reason") == \
        "The reason is 501 characters long; at most 500 are kept. Shorten it."
    assert not ctx.tasks.busy
    assert not ctx.core.restriction.is_restricted("case", case_id(ctx.core, dewi))
    dialog.reject()


def test_a_reason_the_core_refuses_is_shown_at_the_field(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    dialog = restriction_dialog(window, lift=False)
    dialog.reason.setPlainText("Alasan\x07 tersembunyi")  # a hidden character
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)
    qtbot.waitUntil(lambda: dialog.errors.text("reason") != "", timeout=5000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert not ctx.core.restriction.is_restricted("case", case_id(ctx.core, dewi))
    dialog.reject()


def test_the_count_offered_is_what_is_not_restricted_yet(qtbot, ctx, dewi, open_subject):
    from desktop.services.restriction import RestrictionTarget

    other = record(ctx, worker__name="Rina", worker__passport="C7654321",
                   complainant__nik=DEWI_NIK)
    ctx.core.restriction.restrict([RestrictionTarget("case", case_id(ctx.core, other))],
                                  "Diminta tertulis.")
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    assert window.restrict_button.isEnabled() and window.lift_button.isEnabled()
    restricting = restriction_dialog(window, lift=False)
    assert "cases: 1, information requests: 0." in restricting.covers.text()
    restricting.reject()
    lifting = restriction_dialog(window, lift=True)
    assert "cases: 1, information requests: 0." in lifting.covers.text()
    lifting.reject()


def test_a_newer_search_wins_over_an_older_answer(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    with qtbot.waitSignal(window.searched, timeout=5000) as got:
        window.run_search({"nik": NOBODY_NIK})
        window.run_search({"nik": DEWI_NIK})
    assert [c.case["case_number"] for c in got.args[0].cases] == [dewi]
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)
    assert window.record is got.args[0] and window.last_query == {"nik": DEWI_NIK}


def test_cancelling_the_restriction_changes_nothing(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    dialog = restriction_dialog(window, lift=False)
    dialog.reason.setPlainText("Salah klik.")
    dialog.reject()
    assert not ctx.core.restriction.is_restricted("case", case_id(ctx.core, dewi))
    assert audit_count(ctx.core, audit.DATA_RESTRICTED) == 0


# -- who sees what --------------------------------------------------------------------------
def test_the_administrator_searches_but_is_not_offered_restriction(qtbot, ctx, dewi,
                                                                   admin_ctx, open_subject):
    window = open_subject(admin_ctx)
    assert window.restrict_button.isHidden() and window.lift_button.isHidden()
    found = search_nik(qtbot, window, DEWI_NIK)
    assert [c.case["case_number"] for c in found.cases] == [dewi]
    window.ask_restriction(lift=False)  # even asked directly: no dialog
    assert window.restriction_dialog is None


def test_a_case_officer_opening_it_anyway_is_told_and_offered_nothing(qtbot, login, make_ctx,
                                                                      open_subject):
    window = open_subject(make_ctx(login("budi", "case_officer")))
    assert "kepala seksi" in window.status.text()
    assert not window.form.isEnabled() and not window.search_button.isEnabled()
    assert window.restrict_button.isHidden()


@pytest.fixture
def open_main(qtbot):
    from desktop.ui.main_window import MainWindow

    def _open(context) -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window._loading and not window.home.loading)
        return window
    return _open


def test_the_menu_entry_is_for_supervisors_and_administrators_only(
        qtbot, ctx, officer_ctx, admin_ctx, login, make_ctx, open_main):
    from desktop.ui.help.dialogs import window_shortcuts

    supervisor = open_main(ctx)
    assert ("View", "Personal data of a person", "Ctrl+Shift+P") in window_shortcuts(supervisor)
    supervisor.act_subject.trigger()
    window = supervisor.windows["subject_access"]
    assert isinstance(window, SubjectAccessWindow) and window.isVisible()
    window.close()
    assert open_main(admin_ctx).act_subject.isVisible()
    for context in (officer_ctx, make_ctx(login("budi", "case_officer"))):
        main = open_main(context)
        assert not main.act_subject.isVisible()
        main.show_subject_access()  # asked anyway (the key): nothing opens
        assert "subject_access" not in main.windows


def test_double_clicking_a_case_asks_to_open_it(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    table = window.results.cases
    with qtbot.waitSignal(window.openCaseRequested, timeout=2000) as got:
        table.doubleClicked.emit(table.model().index(0, 0))
    assert got.args == [dewi]


def test_the_window_remembers_its_geometry(qtbot, ctx, open_subject):
    first = open_subject(ctx)
    kept = first.geometry()
    first.close()
    saved = ctx.settings.geometry("kasi", "subject_access")
    assert QRect(saved.x, saved.y, saved.width, saved.height) == kept
    ctx.settings.set_geometry("kasi", "subject_access", WindowGeometry(0, 6, 780, 560))
    again = SubjectAccessWindow(ctx)  # not shown: the test screen is narrower than it
    qtbot.addWidget(again)
    assert again.geometry() == QRect(0, 6, 780, 560)


def test_no_two_alt_letters_clash(qtbot, ctx, dewi, open_subject):
    window = open_subject(ctx)
    search_nik(qtbot, window, DEWI_NIK)
    assert mnemonic_problems(window) == []
    dialog = restriction_dialog(window, lift=False)
    assert mnemonic_problems(dialog) == []
    dialog.reject()
