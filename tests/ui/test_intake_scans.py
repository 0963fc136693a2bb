"""Scans chosen on the intake checklist (issue 12 §4): an item marked present offers its scan;
on saving, the scans are checked first (a bad file stops the save at its item, nothing
written), then attached to the new case under their item."""

from __future__ import annotations

import pytest

from desktop.ui import file_dialogs
from desktop.ui.intake.documents_section import DOC_PRESENT
from tests.ui.test_intake_dialog import VALID, fill
from tests.unit.test_attachments import png_bytes


@pytest.fixture
def choose(monkeypatch):
    answer = {"path": ""}
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: answer["path"])
    return answer


def saved_number(qtbot, dialog) -> list[str]:
    saved: list[str] = []
    dialog.caseSaved.connect(saved.append)
    dialog.save()
    return saved


def test_a_present_item_offers_its_scan_and_it_is_attached_on_saving(
        qtbot, officer_ctx, open_intake, choose, tmp_path):
    scan = tmp_path / "paspor.png"
    scan.write_bytes(png_bytes())
    dialog = open_intake()
    fill(dialog, VALID)
    row = dialog.documents.rows["paspor"]
    assert not row.scan_button.isVisibleTo(dialog)  # missing: nothing to scan
    row.buttons[DOC_PRESENT].setChecked(True)
    assert row.scan_button.isVisibleTo(dialog)
    choose["path"] = str(scan)
    row.scan_button.click()
    assert "paspor.png" in row.scan_button.text()
    saved = saved_number(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    qtbot.waitUntil(lambda: not officer_ctx.tasks.busy, timeout=5000)
    core = officer_ctx.core
    (att,) = core.attachments.list(saved[0])
    assert (att.filename, att.doc_type) == ("paspor.png", "paspor")


def test_a_bad_scan_stops_the_save_at_its_item(qtbot, officer_ctx, open_intake, choose,
                                               tmp_path):
    bad = tmp_path / "paspor.png"
    bad.write_bytes(b"not an image at all")
    dialog = open_intake()
    fill(dialog, VALID)
    row = dialog.documents.rows["paspor"]
    row.buttons[DOC_PRESENT].setChecked(True)
    choose["path"] = str(bad)
    row.scan_button.click()
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.errors.text("documents.paspor")), timeout=5000)
    assert officer_ctx.core.cases.count() == 0  # nothing written


def test_a_scan_of_an_item_no_longer_present_is_not_attached(
        qtbot, officer_ctx, open_intake, choose, tmp_path):
    scan = tmp_path / "ktkln.png"
    scan.write_bytes(png_bytes())
    dialog = open_intake()
    fill(dialog, VALID)
    row = dialog.documents.rows["ktkln"]
    row.buttons[DOC_PRESENT].setChecked(True)
    choose["path"] = str(scan)
    row.scan_button.click()
    row.buttons["tidak_ada"].setChecked(True)
    assert dialog.documents.scans() == {}


def test_a_scan_failing_after_the_save_is_said_and_the_case_stands(
        qtbot, officer_ctx, open_intake, choose, tmp_path, monkeypatch, message_boxes):
    scan = tmp_path / "paspor.png"
    scan.write_bytes(png_bytes())
    core = officer_ctx.core

    def disk_full(*_a, **_k):
        raise OSError("No space left on device")

    monkeypatch.setattr(core.attachments, "attach", disk_full)
    dialog = open_intake()
    fill(dialog, VALID)
    row = dialog.documents.rows["paspor"]
    row.buttons[DOC_PRESENT].setChecked(True)
    choose["path"] = str(scan)
    row.scan_button.click()
    saved = saved_number(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    assert core.cases.count() == 1 and len(saved) == 1  # one case, not a second on retry
    assert message_boxes[-1][0] == "warning" and "Passport copy" in message_boxes[-1][2]
