"""A report as a PDF in the receipt's letterhead style (kop surat): every table with its
chart, and "Halaman N dari M" on every page.

The fonts, colours, letterhead and text cleaning are the receipt's own
(desktop/receipt/layout.py); the charts are in pdf_charts.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.flowables import Flowable

from desktop.domain.reports.tables import PIE, Report, Table
from desktop.receipt.layout import (
    AGENCY_NAME,
    CONTENT_W,
    FRAME_PAD,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_W,
    RULE,
    SHADE,
    field,
    letterhead,
    plain,
    styles,
)
from desktop.receipt.page_count import page_count_canvas
from desktop.reports.files import Cancelled, Progress, atomic_output, check_cancel
from desktop.reports.pdf_charts import table_chart
from desktop.reports.report_labels import (
    MSG_CHART,
    MSG_NO_DATA,
    MSG_PAGE,
    MSG_TITLE,
    MSG_TOTAL,
    lang_of,
    number_text,
    office_label,
    title_lines,
)

SIDE_BY_SIDE_MAX_ROWS = 14  # a short, narrow table sits beside its chart
KEEP_TOGETHER_MAX_ROWS = 30  # a longer table may start on one page and go on to the next


@dataclass(frozen=True)
class Letterhead:
    """The issuing office as its letterhead prints it."""
    office_name: str
    address: str = ""
    phone: str = ""


def write_report_pdf(report: Report, path: Path, lang: str = "id",
                     letterhead: Letterhead | None = None, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> Path:
    """Writes the PDF to `path` (replacing it); nothing is left on cancel or error."""
    path = Path(path)
    with atomic_output(path) as temp:
        temp.write_bytes(render_report_pdf(report, lang, letterhead, progress=progress,
                                           cancelled=cancelled))
    return path


def render_report_pdf(report: Report, lang: str = "id", letterhead: Letterhead | None = None,
                      *, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> bytes:
    """The report as PDF bytes (A4 portrait); identical bytes for identical input."""
    lang = lang_of(lang)
    head = letterhead or Letterhead(report.office_name or office_label(report, lang))
    s = _styles()
    story: list[Flowable] = _front(report, head, lang, s)
    total = len(report.tables)
    for i, table in enumerate(report.tables, start=1):
        story += _table_block(table, i, lang, s)
        story.append(_TableDone(i, total))
    title = f"{MSG_TITLE.text(lang)} {plain(report.period.label(lang))}"
    buf = io.BytesIO()
    doc = _ReportDoc(
        buf, progress=progress, cancelled=cancelled, pagesize=A4, leftMargin=MARGIN_X,
        rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
        author=AGENCY_NAME, creator="Halo TKI Desk", subject=MSG_TITLE.text(lang),
        lang="en" if lang == "en" else "id-ID",
        invariant=1)  # fixed timestamps and document id: same report, same bytes
    footer = f"{MSG_TITLE.text(lang)} · {plain(office_label(report, lang))} · " \
             f"{plain(report.period.label(lang))}"
    doc.build(story, canvasmaker=_numbered_canvas(footer, lang))
    return buf.getvalue()


# -- the document: progress, cancel, page numbers ------------------------------------------


class _TableDone(Flowable):
    """An invisible marker after each table: laid out means that table is on its page."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _ReportDoc(SimpleDocTemplate):
    def __init__(self, filename, *, progress: Progress | None, cancelled: Cancelled | None,
                 **kw) -> None:
        super().__init__(filename, **kw)
        self._progress, self._cancelled = progress, cancelled

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, _TableDone):
            if self._progress is not None:
                self._progress(flowable.done, flowable.total)
            check_cancel(self._cancelled)


def _numbered_canvas(footer: str, lang: str) -> type[Canvas]:
    """Pages held until the end, so each footer can say how many there are ("Halaman 2
    dari 7")."""
    return page_count_canvas(lambda canvas, n, m: _paint_footer(
        canvas, footer, MSG_PAGE.text(lang, n=n, m=m)))


def _paint_footer(canvas: Canvas, left_text: str, page: str) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 7.5 * mm
    left, right = MARGIN_X + FRAME_PAD, PAGE_W - MARGIN_X - FRAME_PAD
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, y + 3.8 * mm, right, y + 3.8 * mm)
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, y, left_text)
    canvas.setFillColor(INK)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawRightString(right, y, page)
    canvas.restoreState()


# -- the story -----------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    body = s["body"]
    s["subtitle"] = ParagraphStyle("subtitle", parent=body, fontName="Helvetica-Bold",
                                   fontSize=11, leading=14, alignment=TA_CENTER)
    s["table_title"] = ParagraphStyle("table_title", parent=s["heading"], fontSize=11,
                                      leading=14, spaceBefore=9, spaceAfter=2, keepWithNext=1)
    s["note"] = ParagraphStyle("note", parent=body, fontName="Helvetica-Oblique", fontSize=8,
                               leading=10, textColor=MUTED, spaceAfter=2.5, keepWithNext=1)
    s["caption"] = ParagraphStyle("caption", parent=body, fontName="Helvetica-Oblique",
                                  fontSize=8, leading=10, textColor=MUTED, spaceAfter=1.5)
    s["cell"] = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    s["cell_bold"] = ParagraphStyle("cell_bold", parent=s["cell"], fontName="Helvetica-Bold")
    s["head"] = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=8,
                               leading=9.5)
    s["head_num"] = ParagraphStyle("head_num", parent=s["head"], alignment=TA_RIGHT)
    return s


def _front(report: Report, head: Letterhead, lang: str,
           s: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = letterhead(head.office_name, head.address, head.phone, lang, s)
    out.append(Paragraph(escape(MSG_TITLE.text(lang).upper()), s["title"]))
    out.append(Paragraph(field(report.period.label(lang)), s["subtitle"]))
    out.append(Spacer(1, 4 * mm))
    rows = [[Paragraph(escape(label), s["label"]), Paragraph(field(value) or "-", s["value"])]
            for label, value in title_lines(report, lang)]
    info = PdfTable(rows, colWidths=[CONTENT_W * 0.25, CONTENT_W * 0.75])
    info.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.1 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ]))
    out += [info, Spacer(1, 2 * mm)]
    return out


def _table_block(table: Table, number: int, lang: str,
                 s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The table's title, note, figures and chart: side by side when the table is short
    and narrow (or its chart a pie), else the chart under the table."""
    top: list[Flowable] = [Paragraph(f"{number}. {field(table.title(lang))}", s["table_title"])]
    if table.note(lang):
        top.append(Paragraph(field(table.note(lang), 400), s["note"]))
    if not table.rows:
        return [KeepTogether([*top, Paragraph(escape(MSG_NO_DATA.text(lang)), s["body"])])]
    beside = len(table.rows) <= SIDE_BY_SIDE_MAX_ROWS and (
        len(table.columns) <= 2 or table.chart == PIE)
    if beside:
        chart = table_chart(table, lang, CONTENT_W * 0.42)
        if chart is not None:
            grid = PdfTable([[_data_table(table, lang, s, CONTENT_W * 0.56), chart]],
                            colWidths=[CONTENT_W * 0.58, CONTENT_W * 0.42])
            grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            return [KeepTogether([*top, grid])]
    data = _data_table(table, lang, s, CONTENT_W)
    out: list[Flowable] = ([KeepTogether([*top, data])]
                           if len(table.rows) <= KEEP_TOGETHER_MAX_ROWS
                           else [*top, data])  # the title stays with the first rows
    chart = table_chart(table, lang, CONTENT_W)
    if chart is not None:
        # A chart that does not fit under its table goes on the next page with a caption
        # naming its table, rather than push the whole table over and leave a blank half.
        caption = Paragraph(escape(MSG_CHART.text(lang, title=table.title(lang))), s["caption"])
        out.append(KeepTogether([Spacer(1, 3 * mm), caption, chart]))
    return out


def _data_table(table: Table, lang: str, s: dict[str, ParagraphStyle],
                width: float) -> PdfTable:
    n = len(table.columns)
    value_w = min(26 * mm, width * 0.6 / max(n, 1))
    header = [Paragraph(field(table.label_heading(lang)), s["head"]),
              *(Paragraph(field(c.label(lang)), s["head_num"]) for c in table.columns)]
    rows: list[list] = [header]
    for row in table.rows:
        rows.append([Paragraph(field(row.label(lang)), s["cell"]),
                     *(number_text(v, c.kind, lang)
                       for v, c in zip(row.values, table.columns, strict=True))])
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.9 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.1 * mm),
    ]
    if table.total:
        rows.append([Paragraph(escape(MSG_TOTAL.text(lang)), s["cell_bold"]),
                     *(number_text(v, c.kind, lang) if v is not None else ""
                       for v, c in zip(table.totals(), table.columns, strict=True))])
        style += [("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8.5),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                  ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK)]
    else:
        style.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, INK))
    out = PdfTable(rows, colWidths=[width - n * value_w, *([value_w] * n)], repeatRows=1)
    out.setStyle(TableStyle(style))
    return out
