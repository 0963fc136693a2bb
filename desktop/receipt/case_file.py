"""The full case file (berkas kasus) as PDF: everything the office holds about one case,
on the office's letterhead, with "Halaman N dari M" on every page.

The renderer takes only a `CaseFileData` the service built (labels already in the reader's
language, dates already formatted): no store, no reference data here. It returns bytes in
memory, like the receipt: the file holds personal data, so the caller decides where it goes.

Speed: a case with 200 timeline steps must render well under a second, so each step is one
Paragraph (its lines joined with <br/>) with a bullet for its number, not a Table row: a
table cell cannot split across pages, and hundreds of one-row tables are slow.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.flowables import Flowable

from desktop.receipt.case_file_text import t
from desktop.receipt.layout import (
    AGENCY_NAME,
    CONTENT_W,
    FRAME_PAD,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    SHADE,
    letterhead,
    number_box_style,
    paragraphs,
    plain,
    styles,
)
from desktop.receipt.layout import field as _field
from desktop.receipt.page_count import page_count_canvas

# What a person types is capped by the services (a step at 4,000 characters); these only
# stop junk from running to hundreds of pages.
TEXT_MAX_CHARS = 20000
VALUE_MAX_CHARS = 600

ARROW = '<font face="Symbol">\u2192</font>'  # not in Helvetica's WinAnsi set
ALERT = "#b26a00"
DETAIL = "#1f4f7a"


@dataclass(frozen=True)
class Pair:
    """A label and its value, both plain text in the reader's language."""

    label: str
    value: str


@dataclass(frozen=True)
class Step:
    """One timeline entry, ready to print."""

    when: str
    title: str  # the type label, and what it is about ("Status: Baru → Proses")
    who: str
    summary: str = ""  # what was typed; its line breaks are kept
    details: tuple[str, ...] = ()  # channel, next contact, letter number, who approved…
    alert: bool = False  # a failed contact, an urgent flag, a returned proposal


@dataclass(frozen=True)
class Item:
    """A referral or a summons: a title and its lines."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentLine:
    name: str
    state: str
    note: str = ""
    scans: str = ""
    missing: bool = False


@dataclass(frozen=True)
class AttachmentLine:
    name: str
    kind: str
    size: str
    added: str
    item: str = ""


@dataclass(frozen=True)
class CaseFileData:
    case_number: str
    office_name: str
    office_address: str
    office_phone: str
    status: str  # label, with the outcome when closed
    received: str  # formatted
    printed_at: str  # formatted
    printed_by: str  # the person's full name
    worker: tuple[Pair, ...]
    complainant: tuple[Pair, ...]
    complaint: tuple[Pair, ...]
    description: str
    documents: tuple[DocumentLine, ...]
    partners: tuple[Item, ...]  # referrals and summons
    steps: tuple[Step, ...]  # oldest first
    attachments: tuple[AttachmentLine, ...]
    history: tuple[Pair, ...]  # the summary: how many, by whom, first/last, which fields
    links: tuple[Item, ...]
    urgent: bool = False
    lang: str = "id"
    history_note: str = ""  # said instead of the summary when nothing was corrected


def _text(text: str, limit: int = VALUE_MAX_CHARS) -> str:
    """One value as Paragraph markup: cleaned, escaped, its arrows drawn in Symbol."""
    return f" {ARROW} ".join(_field(part, limit) for part in (text or "").split("\u2192"))


def _long(text: str) -> str:
    """Free text keeping its paragraphs."""
    return f" {ARROW} ".join(paragraphs(part, TEXT_MAX_CHARS)
                             for part in (text or "").split("\u2192"))


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    base = s["body"]
    s.update({
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_label": ParagraphStyle("cell_label", parent=base, fontSize=8, leading=10,
                                     textColor=MUTED),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName="Helvetica-Bold",
                                    fontSize=8, leading=10),
        "step": ParagraphStyle("step", parent=base, fontSize=9, leading=11.5,
                               leftIndent=9 * mm, bulletIndent=0, bulletFontName="Helvetica-Bold",
                               bulletFontSize=9, spaceBefore=2.2 * mm, alignment=TA_LEFT),
        "item": ParagraphStyle("item", parent=base, fontSize=9, leading=11.5,
                               spaceBefore=1.6 * mm),
        "printed": ParagraphStyle("printed", parent=base, fontSize=8.5, leading=11,
                                  textColor=MUTED),
        "confidential": ParagraphStyle("confidential", parent=base, fontName="Helvetica-Bold",
                                       fontSize=8, leading=10, textColor=INK),
        "section": ParagraphStyle("section", parent=s["heading"], fontSize=11.5, leading=14,
                                  spaceBefore=5 * mm, spaceAfter=1.5 * mm),
    })  # fmt: skip
    return s


# -- the parts ---------------------------------------------------------------------------------


def _title_block(data: CaseFileData, lang: str, s) -> list[Flowable]:
    box = Table(
        [[Paragraph(t("cf.case_number", lang), s["box_label"]),
          Paragraph(t("cf.status_box", lang), s["box_label"])],
         [Paragraph(_text(data.case_number, 60), s["case_number"]),
          Paragraph(_text(data.status), s["received"])]],
        colWidths=[CONTENT_W * 0.55, CONTENT_W * 0.45])
    box.setStyle(number_box_style(top=2.5 * mm, bottom=3 * mm))
    printed = t("cf.printed", lang, when=data.printed_at, who=data.printed_by)
    return [
        *letterhead(data.office_name, data.office_address, data.office_phone, lang, s),
        Paragraph(t("cf.title", lang), s["title"]),
        Spacer(1, 2.5 * mm),
        box,
        Spacer(1, 1.5 * mm),
        Paragraph(_text(printed), s["printed"]),
        Paragraph(escape(t("cf.confidential", lang)), s["confidential"]),
    ]


def _pairs_table(pairs: tuple[Pair, ...], s, columns: int = 2) -> Table:
    """Label/value pairs, `columns` pairs side by side, filled row by row."""
    cells = [(Paragraph(_text(p.label), s["cell_label"]), Paragraph(_text(p.value) or "-",
                                                                      s["cell"]))
             for p in pairs]
    rows = []
    for i in range(0, len(cells), columns):
        row: list = []
        for j in range(columns):
            row += list(cells[i + j]) if i + j < len(cells) else ["", ""]
        rows.append(row)
    pair_w = CONTENT_W / columns
    widths = [pair_w * 0.36, pair_w * 0.64] * columns
    table = Table(rows, colWidths=widths)
    style = [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.9 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0 * mm),
    ]
    if columns > 1:
        style.append(("LEFTPADDING", (2, 0), (2, -1), 3 * mm))
    table.setStyle(TableStyle(style))
    return table


def _grid(head: list[str], rows: list[list[str]], widths: list[float], s,
          shade_rows: list[int] = ()) -> Table:
    """A table with a header repeated on every page it runs onto."""
    data = [[Paragraph(escape(h), s["cell_head"]) for h in head]]
    data += [[Paragraph(_text(c), s["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=[CONTENT_W * w for w in widths], repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0 * mm),
    ]
    for r in shade_rows:
        style.append(("TEXTCOLOR", (1, r + 1), (1, r + 1), ALERT))
    table.setStyle(TableStyle(style))
    return table


def _section(title: str, body: list[Flowable], s) -> list[Flowable]:
    # The heading stays with the first part of its section: never alone at a page's foot.
    head = Paragraph(escape(title), s["section"])
    if not body:
        return [head]
    return [KeepTogether([head, body[0]]), *body[1:]]


def _none(lang: str, s) -> list[Flowable]:
    return [Paragraph(escape(t("cf.none", lang)), s["body"])]


def _documents(data: CaseFileData, lang: str, s) -> list[Flowable]:
    if not data.documents:
        return _none(lang, s)
    head = [t("cf.doc.document", lang), t("cf.doc.state", lang), t("cf.doc.note", lang),
            t("cf.doc.scans", lang)]
    rows = [[d.name, d.state, d.note, d.scans] for d in data.documents]
    missing = [i for i, d in enumerate(data.documents) if d.missing]
    return [_grid(head, rows, [0.3, 0.16, 0.27, 0.27], s, missing)]


def _items(items: tuple[Item, ...], lang: str, s) -> list[Flowable]:
    if not items:
        return _none(lang, s)
    out: list[Flowable] = []
    for item in items:
        lines = [f"<b>{_text(item.title)}</b>"]
        lines += [f'<font color="{DETAIL}">{_text(line)}</font>' for line in item.lines]
        out.append(Paragraph("<br/>".join(lines), s["item"]))
    return out


def _step(number: int, step: Step, s) -> Paragraph:
    title = _text(step.title)
    if step.alert:
        title = f'<font color="{ALERT}">{title}</font>'
    meta = " · ".join(_text(part) for part in (step.when, step.who) if part)
    lines = [f"<b>{title}</b>", f'<font size="8" color="#555555">{meta}</font>']
    if step.summary:
        lines.append(_long(step.summary))
    lines += [f'<font color="{DETAIL}">{_text(d)}</font>' for d in step.details]
    return Paragraph("<br/>".join(lines), s["step"], bulletText=f"{number}.")


def _timeline(data: CaseFileData, lang: str, s) -> list[Flowable]:
    if not data.steps:
        return _none(lang, s)
    return [_step(n, step, s) for n, step in enumerate(data.steps, 1)]


def _attachments(data: CaseFileData, lang: str, s) -> list[Flowable]:
    if not data.attachments:
        return _none(lang, s)
    head = [t("cf.att.name", lang), t("cf.att.type", lang), t("cf.att.size", lang),
            t("cf.att.added", lang), t("cf.att.item", lang)]
    rows = [[a.name, a.kind, a.size, a.added, a.item] for a in data.attachments]
    return [_grid(head, rows, [0.34, 0.09, 0.1, 0.25, 0.22], s)]


def _history(data: CaseFileData, s) -> list[Flowable]:
    if not data.history:
        return [Paragraph(_text(data.history_note) or "-", s["body"])]
    return [_pairs_table(data.history, s, columns=1)]


def story(data: CaseFileData) -> list[Flowable]:
    """Every flowable of the case file, in reading order."""
    lang = "en" if data.lang == "en" else "id"
    s = _styles()
    out: list[Flowable] = _title_block(data, lang, s)
    out += _section(t("cf.h.worker", lang), [_pairs_table(data.worker, s)], s)
    out += _section(t("cf.h.complainant", lang), [_pairs_table(data.complainant, s)], s)
    out += _section(t("cf.h.complaint", lang), [_pairs_table(data.complaint, s)], s)
    out += [KeepTogether([Paragraph(escape(t("cf.h.description", lang)), s["heading"]),
                          Paragraph(_long(data.description) or "-", s["body"])])]
    out += _section(t("cf.h.documents", lang), _documents(data, lang, s), s)
    out += _section(t("cf.h.partners", lang), _items(data.partners, lang, s), s)
    out += _section(t("cf.h.timeline", lang, n=len(data.steps)), _timeline(data, lang, s), s)
    out += _section(t("cf.h.attachments", lang, n=len(data.attachments)),
                    _attachments(data, lang, s), s)
    out += _section(t("cf.h.history", lang), _history(data, s), s)
    out += _section(t("cf.h.links", lang), _items(data.links, lang, s), s)
    return out


# -- pages -------------------------------------------------------------------------------------


def _stamp_page(canvas: Canvas, text: str) -> None:
    """The page's "Halaman N dari M" at the foot, right."""
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(MUTED)
    y = MARGIN_BOTTOM - 7.5 * mm - 3.6 * mm
    canvas.drawRightString(PAGE_W - MARGIN_X - FRAME_PAD, y, text)
    canvas.restoreState()


def _painter(data: CaseFileData, lang: str, first: bool):
    footer = t("cf.footer", lang, case=plain(data.case_number))
    running = f"{t('cf.title', lang)} {plain(data.case_number)}"

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        left, right = MARGIN_X + FRAME_PAD, PAGE_W - MARGIN_X - FRAME_PAD
        y = MARGIN_BOTTOM - 7.5 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 3.8 * mm, right, y + 3.8 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(left, y - 3.6 * mm, footer)
        if not first:  # the letterhead is on page 1; later pages name the case at the top
            top = PAGE_H - MARGIN_TOP + 2 * mm
            canvas.setFont("Helvetica-Bold", 8)
            canvas.drawRightString(right, top, running)
            canvas.line(left, top - 1.6 * mm, right, top - 1.6 * mm)
        canvas.restoreState()

    return paint


def render_case_file(data: CaseFileData) -> bytes:
    """The case file as PDF bytes (A4 portrait); identical bytes for identical input."""
    lang = "en" if data.lang == "en" else "id"
    buf = io.BytesIO()
    title = f"{t('cf.title', lang).title()} {plain(data.case_number)}"
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        # Later pages carry a running head in the top margin.
        topMargin=MARGIN_TOP + 4 * mm, bottomMargin=MARGIN_BOTTOM,
        # No personal data in the metadata (viewers and desktop search show it).
        title=title, author=AGENCY_NAME, creator="Halo TKI Desk", subject=title,
        lang="en" if lang == "en" else "id-ID", invariant=1,
    )

    canvasmaker = page_count_canvas(
        lambda canvas, n, m: _stamp_page(canvas, t("cf.page", lang, n=n, m=m)))
    doc.build(story(data), onFirstPage=_painter(data, lang, True),
              onLaterPages=_painter(data, lang, False), canvasmaker=canvasmaker)
    return buf.getvalue()
