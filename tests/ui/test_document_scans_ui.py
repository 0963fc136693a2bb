"""A document's scan from the checklist (issue 12 §4): marking a document present offers to
attach its scan; the checklist item then shows it, and the Attachments tab lists scans
grouped by item, before the other attachments."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import make_intake
from tests.ui.test_attachments_panel import chosen, rows  # noqa: F401
from tests.unit.test_attachments import png_bytes


@pytest.fixture
def scan_file(tmp_path):
    path = tmp_path / "paspor-dewi.png"
    path.write_bytes(png_bytes())
    return path


def test_marking_present_offers_the_scan_and_files_it_under_the_item(
        qtbot, officer_ctx, open_case, chosen, scan_file, monkeypatch):  # noqa: F811
    answers, _calls = chosen
    answers["open"] = str(scan_file)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes))
    core = officer_ctx.core
    number = core.cases.record_intake(make_intake())
    core.attachments.attach(number, png_bytes(3, 3), "foto-rumah.png")
    window = open_case(officer_ctx, number)
    window.set_document("paspor", "ada")
    qtbot.waitUntil(lambda: window.documents.scan_count("paspor") == 1, timeout=5000)
    assert asked and "Passport copy is present" in asked[0]
    assert "paspor-dewi.png" in window.documents.scans["paspor"].text()
    table = rows(window.attachments)
    assert [r[0] for r in table] == ["paspor-dewi.png", "foto-rumah.png"]  # scans first
    assert table[0][6] == "Passport copy" and table[1][6] == ""


def test_a_document_with_a_scan_is_not_asked_again(qtbot, officer_ctx, open_case, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No))
    core = officer_ctx.core
    number = core.cases.record_intake(make_intake())
    core.attachments.attach(number, png_bytes(), "paspor.png", doc_type="paspor")
    window = open_case(officer_ctx, number)
    assert window.documents.scan_count("paspor") == 1
    window.set_document("paspor", "ada")
    qtbot.waitUntil(lambda: window.documents.state("paspor") == "ada", timeout=5000)
    qtbot.wait(100)
    assert asked == []


def test_a_role_that_cannot_attach_gets_no_scan_button(qtbot, admin_ctx, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    window = open_case(admin_ctx, number)
    assert not window.documents.scan_buttons["paspor"].isEnabled()
