"""The case window's "Case file (PDF)…": asks where, saves on the database thread, says where."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtGui import QKeySequence

from desktop.services import audit
from desktop.ui import file_dialogs
from tests.conftest import make_intake


def audit_targets(core, action: str) -> list[str]:
    return [r["target"] for r in core.audit.recent() if r["action"] == action]


def choose(monkeypatch, path: Path | str) -> list[tuple]:
    """The save dialog answers `path` ("" = cancelled); returns what it was asked."""
    asked: list[tuple] = []

    def save_file(parent, title, suggested, filters):
        asked.append((title, Path(suggested), filters))
        return str(path)

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    return asked


def test_the_action_saves_the_case_file_where_chosen(qtbot, ctx, open_case, tmp_path,
                                                      monkeypatch, message_boxes):
    number = ctx.core.cases.record_intake(make_intake())
    window = open_case(ctx, number)
    act = window.case_file_action
    assert act.isEnabled()
    assert act.shortcut() == QKeySequence("Ctrl+Shift+B")
    assert act in window.print_menu.actions()
    target = tmp_path / "out" / "berkas"  # no extension typed: .pdf is added
    target.parent.mkdir()
    asked = choose(monkeypatch, target)
    act.trigger()
    saved = target.with_name("berkas.pdf")
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _t, _x in message_boxes),
                    timeout=5000)
    [(title, suggested, filters)] = asked
    assert suggested.name == f"Case file {number}.pdf"
    assert suggested.parent == Path(ctx.core.reports.default_folder())
    assert "*.pdf" in filters
    text = " ".join(pypdf.PdfReader(io.BytesIO(saved.read_bytes())).pages[0].extract_text()
                    .split())
    assert "CASE FILE" in text and number in text  # the window's language
    assert [kind for kind, _t, _x in message_boxes] == ["information"]
    assert str(saved) in message_boxes[0][2]
    assert str(saved) in window.statusBar().currentMessage()
    assert audit_targets(ctx.core, audit.CASE_FILE_EXPORTED) == [number]
    assert act.isEnabled()  # ready for another


def test_cancelling_the_dialog_saves_nothing(qtbot, ctx, open_case, tmp_path, monkeypatch,
                                            message_boxes):
    number = ctx.core.cases.record_intake(make_intake())
    window = open_case(ctx, number)
    choose(monkeypatch, "")
    window.case_file_action.trigger()
    qtbot.wait(50)
    assert not ctx.tasks.busy
    assert message_boxes == []
    assert audit_targets(ctx.core, audit.CASE_FILE_EXPORTED) == []


def test_a_failed_save_says_why(qtbot, ctx, open_case, tmp_path, monkeypatch, message_boxes):
    number = ctx.core.cases.record_intake(make_intake())
    window = open_case(ctx, number)
    choose(monkeypatch, tmp_path / "missing" / "berkas.pdf")
    window.case_file_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    [(kind, _title, text)] = message_boxes
    assert kind == "warning" and "could not be saved" in text
    assert window.case_file_action.isEnabled()


def test_front_office_sees_the_action_disabled_with_the_reason(qtbot, officer_ctx, open_case,
                                                               monkeypatch):
    number = officer_ctx.core.cases.record_intake(make_intake())
    window = open_case(officer_ctx, number)
    act = window.case_file_action
    assert not act.isEnabled()
    assert "cannot save the case file" in act.toolTip()
    asked = choose(monkeypatch, "/nowhere.pdf")
    window.save_case_file()
    assert asked == []
