"""The receipt dialog: an in-memory preview, printing, and saving where the officer chooses."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from desktop.ui import file_dialogs
from desktop.ui import receipt_dialog as rd
from desktop.ui.receipt_dialog import ReceiptDialog
from tests.conftest import make_intake


@pytest.fixture
def case_number(officer_ctx) -> str:
    return officer_ctx.core.cases.record_intake(make_intake())


@pytest.fixture
def open_receipt(qtbot, officer_ctx, case_number):
    def _open() -> ReceiptDialog:
        dialog = ReceiptDialog(officer_ctx, case_number)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.page_count() >= 1, timeout=5000)
        return dialog

    yield _open
    tasks = officer_ctx.tasks
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)


@pytest.fixture
def opened_urls(monkeypatch):
    urls = []
    monkeypatch.setattr(rd.QDesktopServices, "openUrl", staticmethod(urls.append))
    return urls


def audit_actions(core) -> list[tuple[str, str]]:
    return [(row["action"], row["target"]) for row in core.audit.recent()]


def all_files(*roots: Path) -> set[Path]:
    found = set()
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            found.update(Path(folder) / f for f in files)
    return found


def test_preview_shows_the_receipt_from_memory(open_receipt, case_number):
    dialog = open_receipt()
    assert dialog.windowTitle() == f"Complaint receipt — {case_number}"
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count() >= 1
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.focusWidget() is dialog.print_button  # Enter prints


def test_save_as_pdf_writes_only_the_chosen_file_and_audits_it(
        qtbot, officer_ctx, open_receipt, case_number, tmp_path, monkeypatch, message_boxes,
        opened_urls):
    target_dir = tmp_path / "chosen"
    target_dir.mkdir()
    data_root = officer_ctx.paths.root
    system_tmp = Path(tempfile.gettempdir())
    outside_before = all_files(tmp_path) - all_files(data_root)
    tmp_pdfs_before = set(system_tmp.glob("*.pdf"))

    dialog = open_receipt()
    asked = []

    def choose(parent, caption, default, filters):
        asked.append((caption, default, filters))
        return str(target_dir / "tanda-terima")

    monkeypatch.setattr(file_dialogs, "save_file", choose)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=5000)

    saved = target_dir / "tanda-terima.pdf"  # the .pdf suffix is added
    assert dialog.saved_path == saved
    assert saved.read_bytes().startswith(b"%PDF")
    assert asked and asked[0][1].endswith(f"{case_number}.pdf")
    assert ("receipt_exported", case_number) in audit_actions(officer_ctx.core)
    # Offered to open it; the answer was yes.
    assert message_boxes[-1][0] == "question"
    assert [u.toLocalFile() for u in opened_urls] == [str(saved)]
    # Nothing else was written: not next to it, not in the temp folder, not as a preview file.
    outside_after = all_files(tmp_path) - all_files(data_root)
    assert outside_after - outside_before == {saved}
    assert set(system_tmp.glob("*.pdf")) == tmp_pdfs_before
    assert not list(data_root.rglob("*.pdf"))


def test_save_cancelled_writes_nothing(qtbot, officer_ctx, open_receipt, case_number,
                                       monkeypatch):
    dialog = open_receipt()
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: "")
    dialog.save_button.click()
    QCoreApplication.processEvents()
    assert dialog.saved_path is None
    assert ("receipt_exported", case_number) not in audit_actions(officer_ctx.core)


def test_export_failure_is_shown_and_the_dialog_stays_usable(
        qtbot, officer_ctx, open_receipt, tmp_path, monkeypatch, message_boxes):
    dialog = open_receipt()
    missing = tmp_path / "no-such-folder" / "receipt.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: str(missing))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    kind, _title, text = message_boxes[-1]
    assert kind == "warning"
    assert "could not be saved" in text and "Choose another folder" in text
    assert dialog.save_button.isEnabled()
    assert not missing.exists()


class FakePrintDialog:
    """Stands in for the system print dialog: the officer picks a printer and presses Print.

    The "printer" is a PDF file so the test can look at what would come out on paper.
    """

    output: Path | None = None

    def __init__(self, printer: QPrinter, parent=None) -> None:
        self.printer = printer

    def setOption(self, *args) -> None:
        pass

    def setWindowTitle(self, title: str) -> None:
        pass

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakePrintDialog.output))
        return QDialog.DialogCode.Accepted


def test_print_renders_every_page_and_records_it(qtbot, officer_ctx, open_receipt, case_number,
                                                 tmp_path, monkeypatch):
    FakePrintDialog.output = tmp_path / "printer-output.pdf"
    monkeypatch.setattr(rd, "QPrintDialog", FakePrintDialog)
    dialog = open_receipt()
    pages = dialog.page_count()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    tasks = officer_ctx.tasks
    qtbot.waitUntil(lambda: ("receipt_printed", case_number) in audit_actions(officer_ctx.core)
                    and not tasks.busy, timeout=5000)

    printed = QPdfDocument()
    printed.load(str(FakePrintDialog.output))
    assert printed.pageCount() == pages
    assert dialog.status.text() == "Sent to the printer."


def test_receipt_is_rendered_in_the_officers_language(qtbot, login, make_ctx, case_number,
                                                     monkeypatch):
    core = login("petugas", "front_office")
    ctx = make_ctx(core, lang="id")
    rendered = []
    real_render = core.receipts.render

    def render(key, lang="id"):
        rendered.append(lang)
        return real_render(key, lang)

    monkeypatch.setattr(core.receipts, "render", render)
    dialog = ReceiptDialog(ctx, case_number)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() >= 1, timeout=5000)
    assert rendered == ["id"]
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)


def test_closing_lets_go_of_the_receipt(qtbot, open_receipt):
    dialog = open_receipt()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # The personal data in the preview is not kept in memory after the officer is done.
    assert dialog.page_count() == 0
    assert dialog.document.status() != QPdfDocument.Status.Ready
    assert not dialog.print_button.isEnabled()
