"""Printing a PDF held in memory: each page rendered as an image at the printer's resolution.

The receipt never exists as a file (it carries personal data), so there is no path to hand
to a system print command; Qt renders the pages and paints them onto the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

# Enough for sharp text; 600 dpi A4 would be a 140 MB image per page for no visible gain.
MAX_DPI = 300


def page_range(printer: QPrinter, page_count: int) -> range:
    """The pages the person chose in the print dialog (0-based), or all of them."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(page_count)
    return range(max(first, 1) - 1, min(last, page_count))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages onto `printer`; returns how many pages were printed."""
    pages = page_range(printer, document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        scale = printer.resolution() / dpi
        layout = printer.pageLayout()
        # A full-page printer puts the PDF's own margins where they were designed to be;
        # otherwise the page is placed inside the printer's margins.
        target = (layout.fullRectPixels(printer.resolution()) if printer.fullPage()
                  else layout.paintRectPixels(printer.resolution()))
        for i, page in enumerate(pages):
            if i and not printer.newPage():
                break
            points = document.pagePointSize(page)  # 1/72 inch
            image_size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, image_size, QPdfDocumentRenderOptions())
            # The page at its real size, shrunk only if it does not fit the printable area.
            size = QSize(round(image_size.width() * scale), round(image_size.height() * scale))
            if size.width() > target.width() or size.height() > target.height():
                size = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # The painter's origin is the top-left of the paper (full page) or printable area.
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed

