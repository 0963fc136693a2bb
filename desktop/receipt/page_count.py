"""A reportlab canvas that knows how many pages there are: every page is held until the
story has been laid out, then stamped ("Halaman 2 dari 7") and written. Shared by the
case file and the report."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

Stamp = Callable[[Canvas, int, int], None]  # (canvas, page number, page count)


def page_count_canvas(stamp: Stamp) -> type[Canvas]:
    """A Canvas class for SimpleDocTemplate.build(canvasmaker=...) that calls `stamp` on
    each page once the count is known."""

    class PageCountCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                stamp(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return PageCountCanvas
