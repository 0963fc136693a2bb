"""The attachments tab of the case window: attach, open in the app, save a copy."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from desktop.formatting import format_size
from desktop.ui import file_dialogs
from desktop.ui.case_view.case_window import CaseWindow
from tests.conftest import make_intake


def image_bytes(fmt: str = "PNG", width: int = 1200, height: int = 1600) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(buffer.data())


@pytest.fixture
def open_case(qtbot):
    def _open(context, key):
        window = CaseWindow(context, key)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
        window.tabs.setCurrentWidget(window.attachments)
        return window

    return _open


@pytest.fixture
def chosen(monkeypatch):
    """What the file dialogs answer; each call is recorded as (kind, folder or default path)."""
    answers: dict[str, str] = {"open": "", "save": ""}
    calls: list[tuple[str, str]] = []

    def get_open(_parent, _title, folder, _filter):
        calls.append(("open", folder))
        return answers["open"]

    def get_save(_parent, _title, default, _filter):
        calls.append(("save", default))
        return answers["save"]

    monkeypatch.setattr(file_dialogs, "open_file", get_open)
    monkeypatch.setattr(file_dialogs, "save_file", get_save)
    return answers, calls


def record(context) -> str:
    return context.core.cases.record_intake(make_intake())


def rows(panel) -> list[list[str]]:
    table = panel.table
    return [[table.topLevelItem(i).text(c) for c in range(table.columnCount())]
            for i in range(table.topLevelItemCount())]


def test_attach_through_the_panel_adds_a_row_and_a_timeline_entry(qtbot, officer_ctx, open_case,
                                                                  chosen, tmp_path):
    answers, calls = chosen
    scans = tmp_path / "Scans"
    scans.mkdir()
    (scans / "ktp ibu.png").write_bytes(image_bytes())
    window = open_case(officer_ctx, record(officer_ctx))
    panel = window.attachments
    assert panel.empty.isVisibleTo(panel) and not panel.table.isVisibleTo(panel)
    answers["open"] = str(scans / "ktp ibu.png")
    panel.attach_button.click()
    qtbot.waitUntil(lambda: panel.table.topLevelItemCount() == 1, timeout=5000)
    [row] = rows(panel)
    assert row[0] == "ktp ibu.png" and row[1] == "PNG" and row[2].endswith("KB")
    assert "WIB" in row[3] and row[4] == "petugas" and row[5] == ""
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "&Attachments (1)"
    assert "Attachment added" in window.timeline.text() and "ktp ibu.png" in window.timeline.text()
    assert panel.status.text() == "Attached “ktp ibu.png”."
    # The next dialog opens in the folder the scan came from.
    answers["open"] = ""
    panel.attach_button.click()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    assert calls[1] == ("open", str(scans))


def test_a_refused_file_is_explained_in_words(qtbot, officer_ctx, open_case, chosen, tmp_path):
    answers, _calls = chosen
    program = tmp_path / "setup.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    window = open_case(officer_ctx, record(officer_ctx))
    panel = window.attachments
    answers["open"] = str(program)
    panel.attach_button.click()
    qtbot.waitUntil(lambda: "cannot be attached" in panel.status.text(), timeout=5000)
    assert "PDF, JPEG, PNG, TIFF" in panel.status.text()
    assert panel.table.topLevelItemCount() == 0
    assert panel.attach_button.isEnabled()


def test_open_an_image_shows_it_in_the_app(qtbot, ctx, open_case, tmp_path):
    number = record(ctx)
    data = image_bytes("JPEG")
    ctx.core.attachments.attach(number, data, "foto paspor.jpg")
    window = open_case(ctx, number)
    panel = window.attachments
    panel.open_button.click()
    qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible(), timeout=5000)
    viewer = panel.viewer
    assert viewer.has_image()
    shown = viewer.image.pixmap()
    assert not shown.isNull()
    # Fitted into the window, then at its real size.
    assert shown.height() <= viewer.scroll.viewport().height()
    viewer.fit.setChecked(False)
    assert viewer.image.pixmap().size().toTuple() == (1200, 1600)
    assert "foto paspor.jpg" in viewer.windowTitle()
    viewer.close_button.click()
    assert not viewer.has_image()  # nothing of the content is kept
    assert panel.viewer is None


def test_open_a_pdf_shows_its_pages(qtbot, ctx, open_case):
    number = record(ctx)
    pdf = ctx.core.receipts.render(number)
    ctx.core.attachments.attach(number, pdf, "surat.pdf")
    window = open_case(ctx, number)
    panel = window.attachments
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.page_count() > 0, timeout=5000)
    assert panel.viewer.status.text() == "Pages: 1"
    panel.viewer.close_button.click()


def test_an_image_that_cannot_be_decoded_says_so(qtbot, ctx, open_case):
    number = record(ctx)
    ctx.core.attachments.attach(number, b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64, "IMG_0001.HEIC")
    window = open_case(ctx, number)
    panel = window.attachments
    panel.open_button.click()
    qtbot.waitUntil(lambda: panel.viewer is not None, timeout=5000)
    assert not panel.viewer.has_image()
    assert "cannot be shown here" in panel.viewer.status.text()
    assert "Save a copy" in panel.viewer.status.text()
    panel.viewer.close()


def test_a_not_downloaded_attachment_is_shown_but_cannot_be_opened(qtbot, ctx, open_case):
    number = record(ctx)
    case_id = ctx.core.cases.resolve(number)["id"]
    with ctx.core.write() as tx:  # as sync delivers it: the row before the content
        tx.insert("attachment", {"id": "remote-1", "case_id": case_id, "sha256": "ab" * 32,
                                 "filename": "dari pusat.pdf", "mime": "application/pdf",
                                 "size": 2_500_000, "note": "", "created_at": tx.now,
                                 "created_by": "pusat"})
    window = open_case(ctx, number)
    panel = window.attachments
    [row] = rows(panel)
    assert row[2] == "2.4 MB" and row[5] == "not downloaded yet"
    assert not panel.open_button.isEnabled() and not panel.save_button.isEnabled()
    assert "has not been downloaded" in panel.status.text()
    panel.open_selected()  # the keyboard path is refused the same way
    assert panel.viewer is None


def test_save_a_copy_writes_where_the_person_chose(qtbot, ctx, open_case, chosen, tmp_path):
    answers, calls = chosen
    number = record(ctx)
    data = image_bytes()
    ctx.core.attachments.attach(number, data, "kk.png")
    window = open_case(ctx, number)
    panel = window.attachments
    answers["save"] = str(tmp_path / "salinan")  # the extension is added
    panel.save_button.click()
    target = tmp_path / "salinan.png"
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()
    assert Path(calls[0][1]).name == "kk.png"
    qtbot.waitUntil(lambda: "A copy was saved" in panel.status.text(), timeout=5000)
    assert ctx.core.audit.recent(1)[0]["action"] == "exported"


def test_roles_decide_the_buttons(qtbot, ctx, admin_ctx, officer_ctx, open_case):
    number = record(ctx)
    ctx.core.attachments.attach(number, image_bytes(), "kk.png")
    admin_window = open_case(admin_ctx, number)
    admin = admin_window.attachments
    assert not admin.attach_button.isEnabled()
    assert "cannot attach" in admin.attach_button.toolTip()
    assert admin.open_button.isEnabled() and admin.save_button.isEnabled()
    front_window = open_case(officer_ctx, number)
    front = front_window.attachments
    assert front.attach_button.isEnabled() and front.open_button.isEnabled()
    assert not front.save_button.isEnabled()
    assert "cannot save copies" in front.save_button.toolTip()


def test_buttons_and_the_tab_have_mnemonics(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    panel = window.attachments
    assert "&" in window.tabs.tabText(window.tabs.indexOf(panel))
    letters = [b.text()[b.text().index("&") + 1].lower()
               for b in (panel.attach_button, panel.open_button, panel.save_button)]
    assert len(set(letters)) == 3


@pytest.mark.parametrize(("size", "lang", "text"), [
    (512, "id", "512 B"), (350 * 1024, "id", "350 KB"), (4_718_592, "id", "4,5 MB"),
    (4_718_592, "en", "4.5 MB"),
])
def test_sizes_read_in_human_units(size, lang, text):
    assert format_size(size, lang) == text


def test_the_tab_and_the_buttons_work_from_the_keyboard(qtbot, ctx, open_case, chosen):
    _answers, calls = chosen
    window = open_case(ctx, record(ctx))
    window.tabs.setCurrentIndex(0)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.attachments
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: [kind for kind, _folder in calls] == ["open"], timeout=5000)
