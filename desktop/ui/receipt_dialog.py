"""The complaint receipt (tanda terima): preview, print, or save as PDF where the officer says.

The PDF is rendered by the core into memory and shown from a QBuffer: it carries
personal data, so it never lands in a temporary file. Only "Save as PDF…" writes a file,
to the place the officer chose, and the core records that in the audit trail.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import file_dialogs
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text, show_error
from desktop.ui.pdf_printing import print_pdf
from desktop.ui.widgets import set_busy_cursor
from desktop.ui.window_geometry import remember_geometry

log = logging.getLogger(__name__)


class ReceiptDialog(QDialog):
    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.require_core()
        self.tasks = ctx.tasks
        self.case_number = case_number
        self.lang = ctx.lang  # the receipt is printed in the language the officer works in
        self.saved_path: Path | None = None
        self._pdf = QByteArray()
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._document_status)
        self._closed = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.print_button.setDefault(True)  # handing the paper over is the usual next step
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_receipt)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_receipt)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as_pdf)
        self._set_ready(False)
        self.retranslate()
        self._fit_screen()
        self.load()

    def _fit_screen(self) -> None:
        screen = self.screen()
        height = 720
        if screen is not None and screen.availableGeometry().height() > 0:
            height = min(height, screen.availableGeometry().height() - 30)
        # Receipts and letters share one remembered size: the same A4 preview.
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        remember_geometry(self, self.ctx, "document_preview", QSize(780, max(height, 480)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint receipt — {number}").format(number=self.case_number))
        self.intro.setText(self.tr(
            "Print this receipt and give it to the complainant: it has the case number to quote "
            "when they call, and lists the documents still missing."))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        self.save_button.setToolTip(self.tr("Save as PDF (Ctrl+S)"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.status.setText(self.tr("Preparing the receipt…"))
        core, number, lang = self.core, self.case_number, self.lang
        self.tasks.run_db(lambda: core.receipts.render(number, lang), self._loaded,
                          self._load_failed)

    def _loaded(self, pdf: bytes) -> None:
        if self._closed:
            return  # closed while rendering: keep no personal data around
        self._pdf = QByteArray(pdf)
        self._buffer.close()
        self._buffer.setData(self._pdf)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._document_status(self.document.status())

    def _document_status(self, status: QPdfDocument.Status) -> None:
        # Loading from a buffer may finish at once or later; act only on the outcome.
        if self._closed or status not in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            return
        ok = status == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        self.status.setText("" if ok else self.tr("The receipt could not be shown."))
        self._set_ready(ok)
        if ok:
            self.print_button.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, self.ctx.lang))
        self.status.setStyleSheet("color: #c0392b;")

    def page_count(self) -> int:
        return self.document.pageCount()

    def done(self, result: int) -> None:
        # The receipt holds personal data: free it once the officer is finished with it.
        self._closed = True
        self._set_ready(False)
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._pdf = QByteArray()
        super().done(result)

    # -- printing --------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        # The receipt PDF carries its own margins: print the page as laid out.
        printer.setFullPage(True)
        printer.setDocName(self.case_number)
        return printer

    def print_receipt(self) -> None:
        if not self.print_button.isEnabled():
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        # Printing to a file would skip the audited "Save as PDF…" path.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setWindowTitle(self.print_title())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        set_busy_cursor(self, True)
        try:
            printed = print_pdf(self.document, printer)
        except OSError:
            log.exception("printing failed")
            printed = 0
        finally:
            set_busy_cursor(self, False)
        if not printed:
            QMessageBox.warning(self, self.print_title(), self.print_failed_text())
            return
        self.status.setText(self.tr("Sent to the printer."))
        self.tasks.run_db(self.printed_recorder(), None,
                          lambda exc: show_error(self, exc, self.ctx.lang))

    # What a subclass showing another document (a letter) says and records.
    def print_title(self) -> str:
        return self.tr("Print receipt")

    def print_failed_text(self) -> str:
        return self.tr("The receipt could not be printed. Check that the printer is on and has "
                       "paper, then try again.")

    def printed_recorder(self):
        """What to run on the database thread once the document went to the printer."""
        core, number = self.core, self.case_number
        return lambda: core.receipts.record_printed(number)

    # -- saving ----------------------------------------------------------------------------
    def default_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder or Path.home()) / f"{self.case_number}.pdf")

    def save_as_pdf(self) -> None:
        if not self.save_button.isEnabled():
            return
        path = file_dialogs.save_file(
            self, self.tr("Save receipt as PDF"), self.default_path(), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        core, number, lang = self.core, self.case_number, self.lang
        self._set_ready(False)
        self.tasks.run_db(lambda: core.receipts.export(number, target, lang), self._exported,
                          self._export_failed)

    def _exported(self, target: Path) -> None:
        self._set_ready(True)
        self.saved_path = Path(target)
        self.status.setText(self.tr("Saved to {path}").format(path=str(target)))
        answer = QMessageBox.question(
            self, self.tr("Receipt saved"),
            self.tr("The receipt was saved to:\n{path}\n\nOpen it now?").format(path=str(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _export_failed(self, exc: BaseException) -> None:
        self._set_ready(True)
        show_error(self, exc, self.ctx.lang)
