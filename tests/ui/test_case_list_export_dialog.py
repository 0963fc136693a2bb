"""Exporting the case list: the personal-data warning with its counts, the supervisor-only
rule, and the file written through the same progress flow as the reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.services.cases import CaseFilter, CaseSort
from desktop.ui.reports import case_list_export
from desktop.ui.reports.case_list_export import CaseListExportDialog, export_case_list
from tests.ui.test_report_window import FakeReports, choose_file, record_saved

FILTER = CaseFilter(status="proses", open_only=True)
SORT = CaseSort("received", descending=True)


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def install(context, folder: Path, monkeypatch) -> FakeReports:
    folder.mkdir(exist_ok=True)
    reports = FakeReports(folder)
    monkeypatch.setattr(context.core, "reports", reports)
    return reports


@pytest.fixture
def saved_box(monkeypatch):
    return record_saved(monkeypatch)


@pytest.fixture
def warned(monkeypatch):
    """The warning dialog answered: records the counts it was shown, picks the format."""
    shown: list[tuple[int, int]] = []
    answer = {"fmt": "csv"}

    def confirm(_parent, cases, persons):
        shown.append((cases, persons))
        return answer["fmt"]
    monkeypatch.setattr(case_list_export, "confirm_case_list", confirm)
    return shown, answer


def test_the_dialog_says_how_many_cases_and_persons_and_that_it_is_audited(qtbot):
    dialog = CaseListExportDialog(1234, 2051)
    qtbot.addWidget(dialog)
    assert "2051 persons" in dialog.holds.text() and "1234 cases" in dialog.holds.text()
    assert "personal data" in dialog.holds.text()
    assert "audit trail" in dialog.audited.text()
    assert "delete it" in dialog.keep_safe.text()
    assert dialog.fmt() == "xlsx"
    dialog.csv.setChecked(True)
    assert dialog.fmt() == "csv"


@pytest.mark.parametrize("role", ["front_office", "case_officer", "admin"])
def test_only_the_supervisor_may_export(login, make_ctx, admin_core, role, host, tmp_path,
                                        monkeypatch, message_boxes, warned):
    core = admin_core if role == "admin" else login("someone", role)
    context = make_ctx(core)
    reports = install(context, tmp_path / "docs", monkeypatch)
    assert export_case_list(host, context, FILTER, "", None) is None
    assert message_boxes and message_boxes[-1][0] == "information"
    assert "Only the kepala seksi" in message_boxes[-1][2]
    assert reports.previews == [] and reports.exported == [] and warned[0] == []


def test_the_supervisor_exports_after_the_warning(ctx, host, tmp_path, monkeypatch, qtbot,
                                                  warned, saved_box):
    reports = install(ctx, tmp_path / "docs", monkeypatch)
    shown, _answer = warned
    said, opened = saved_box
    asked = choose_file(monkeypatch, reports.folder / "daftar kasus")
    export = export_case_list(host, ctx, FILTER, "dewi", SORT)
    qtbot.waitUntil(lambda: export.flow.saved_path is not None, timeout=5000)
    target = reports.folder / "daftar kasus.csv"
    assert shown == [(3, 5)]
    assert reports.previews == [(FILTER, "dewi", SORT)]
    assert reports.exported == [(FILTER, "dewi", SORT, "csv", target, "en")]
    assert asked[0][1] == reports.folder / "case_list now en.csv"
    assert target.read_bytes() == b"number;name\n"
    assert "3 cases (5 persons)" in said[0][1] and "keep it safe" in said[0][1]
    assert opened == [str(reports.folder)]


def test_stepping_back_at_the_warning_writes_nothing(ctx, host, tmp_path, monkeypatch, qtbot,
                                                     warned):
    reports = install(ctx, tmp_path / "docs", monkeypatch)
    warned[1]["fmt"] = None
    asked = choose_file(monkeypatch, reports.folder / "x.csv")
    export_case_list(host, ctx, FILTER, "", None)
    qtbot.waitUntil(lambda: bool(warned[0]), timeout=5000)
    assert asked == [] and reports.exported == []
    assert list(reports.folder.iterdir()) == []


def test_nothing_to_export_is_said_without_a_warning(ctx, host, tmp_path, monkeypatch, qtbot,
                                                     warned, message_boxes):
    reports = install(ctx, tmp_path / "docs", monkeypatch)
    reports.counts = (0, 0)
    export_case_list(host, ctx, FILTER, "zzz", None)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    assert "nothing to export" in message_boxes[-1][2]
    assert warned[0] == [] and reports.exported == []


def test_a_cancelled_case_list_leaves_no_file(ctx, host, tmp_path, monkeypatch, qtbot, warned,
                                              saved_box, message_boxes):
    from PySide6.QtWidgets import QPushButton

    reports = install(ctx, tmp_path / "docs", monkeypatch)
    reports.wait_for_cancel = True
    choose_file(monkeypatch, reports.folder / "daftar.xlsx")
    warned[1]["fmt"] = "xlsx"
    export = export_case_list(host, ctx, FILTER, "", None)
    qtbot.waitUntil(lambda: export.flow.busy and reports.started.is_set(), timeout=5000)
    export.flow.progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: not export.flow.busy, timeout=5000)
    assert list(reports.folder.iterdir()) == []
    assert saved_box[0] == [] and message_boxes == []


def test_the_real_export_writes_the_list_and_audits_it(ctx, host, tmp_path, monkeypatch,
                                                      qtbot, warned, saved_box):
    """No stand-in: the core counts, writes the CSV and records who exported what."""
    from tests.conftest import make_intake

    ctx.core.cases.record_intake(make_intake())
    target = tmp_path / "daftar.csv"
    choose_file(monkeypatch, target)
    export = export_case_list(host, ctx, CaseFilter(), "", None)
    qtbot.waitUntil(lambda: export.flow.saved_path is not None, timeout=10000)
    assert warned[0] == [(1, 2)]  # one case: its worker and its complainant
    text = target.read_text("utf-8-sig")
    assert "Dewi Lestari" in text
    assert ("case_list_exported", "daftar.csv") in [
        (row["action"], row["target"]) for row in ctx.core.audit.recent()]
    assert "1 cases (2 persons)" in saved_box[0][0][1]


def test_the_dialogs_alt_letters_are_unique(qtbot):
    from tests.ui.mnemonic_audit import mnemonic_problems

    dialog = CaseListExportDialog(2, 3)
    qtbot.addWidget(dialog)
    assert mnemonic_problems(dialog) == []
