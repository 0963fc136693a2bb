"""Shows one attachment inside the application, from memory.

The content is personal data (passports, ID cards, medical letters): it is never written to
a temporary file for another program to open. Images are decoded with QPixmap.loadFromData,
PDFs are read by QPdfDocument from a QBuffer, and both are dropped when the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Attachment

PDF = "application/pdf"


class AttachmentViewer(QDialog):
    saveRequested = Signal()

    def __init__(self, ctx, attachment: Attachment, data: bytes, can_save: bool,
                 why_not: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attachment = attachment
        self.setWindowTitle(self.tr("{name} — Attachment").format(name=attachment.filename))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.fit = QCheckBox(self.tr("&Fit to window"))
        self.fit.setChecked(True)
        self.fit.toggled.connect(self._apply_fit)
        self.save_button = QPushButton(self.tr("Save a cop&y…"))
        self.save_button.setEnabled(can_save)
        self.save_button.setToolTip(why_not)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.saveRequested)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self._can_save = can_save
        self._pixmap = QPixmap()
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.document: QPdfDocument | None = None
        self.pdf_view: QPdfView | None = None
        self.image: QLabel | None = None
        self.scroll: QScrollArea | None = None

        body = self._pdf_body(data) if attachment.mime == PDF else self._image_body(data)
        bar = QHBoxLayout()
        bar.addWidget(self.fit)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(body, 1)
        layout.addLayout(bar)
        self._fit_screen()

    def _fit_screen(self) -> None:
        width, height = 900, 760
        screen = self.screen()
        if screen is not None and screen.availableGeometry().height() > 0:
            available = screen.availableGeometry()
            width, height = min(width, available.width() - 40), min(height, available.height() - 40)
        self.resize(max(width, 480), max(height, 400))

    def _cannot_show(self) -> str:
        text = self.tr("This file cannot be shown here: its format is not supported on this PC, "
                       "or it is damaged.")
        if self._can_save:
            text += " " + self.tr("Use “Save a copy…” to open it in another program.")
        return text

    # -- images ----------------------------------------------------------------------------
    def _image_body(self, data: bytes) -> QWidget:
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.attachment.filename)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.image)
        if not self._pixmap.loadFromData(data):
            self.fit.setEnabled(False)
            self.status.setText(self._cannot_show())
        return self.scroll

    def _show_image(self) -> None:
        if self.image is None or self._pixmap.isNull():
            return
        shown = self._pixmap
        area = self.scroll.viewport().size()
        too_big = shown.width() > area.width() or shown.height() > area.height()
        # Fitting only shrinks: a small photo blown up to the window looks worse, not clearer.
        if self.fit.isChecked() and too_big and area.width() > 0 and area.height() > 0:
            shown = shown.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(shown)
        self.image.resize(shown.size())

    def has_image(self) -> bool:
        return self.image is not None and not self._pixmap.isNull()

    # -- PDFs ------------------------------------------------------------------------------
    def _pdf_body(self, data: bytes) -> QWidget:
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._pdf_status)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.status.setText(self.tr("Opening the PDF…"))
        self._bytes = QByteArray(data)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._pdf_status(self.document.status())
        self._apply_fit()
        return self.pdf_view

    def _pdf_status(self, status: QPdfDocument.Status) -> None:
        # Loading from a buffer may finish at once or later; act only on the outcome.
        if status == QPdfDocument.Status.Ready and self.document.pageCount() > 0:
            self.status.setText(self.tr("Pages: {count}").format(count=self.document.pageCount()))
        elif status in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error):
            self.fit.setEnabled(False)
            self.status.setText(self._cannot_show())

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    # -- both ------------------------------------------------------------------------------
    def _apply_fit(self, _checked: bool = True) -> None:
        if self.pdf_view is not None:
            if self.fit.isChecked():
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            else:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.pdf_view.setZoomFactor(1.0)
        self._show_image()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_image()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._show_image()

    def done(self, result: int) -> None:
        # The content is personal data: keep no copy once the person is finished with it.
        if self.document is not None:
            self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._bytes = QByteArray()
        self._pixmap = QPixmap()
        if self.image is not None:
            self.image.clear()
        super().done(result)
