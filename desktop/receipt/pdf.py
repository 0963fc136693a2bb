"""The complaint receipt (tanda terima pengaduan) handed to a walk-in complainant.

Rendered in memory and returned as bytes: the receipt carries personal data, and
nothing personal may sit on disk in plaintext (DESIGN.md §4), so the caller decides
where the bytes go (printer, encrypted attachment store).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    HRFlowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.flowables import Flowable

from desktop.formatting import format_datetime
from desktop.messages import Msg

SUMMARY_MAX_CHARS = 600
# A single table row taller than the page makes reportlab raise LayoutError; no real
# name or label comes near this, so a longer value is junk and is cut rather than crash.
FIELD_MAX_CHARS = 200

HALO_TKI_TOLL_FREE = "0800 1000"
HALO_TKI_FROM_ABROAD = "+62 21 29244800"

AGENCY_NAME = "Badan Pelindungan Pekerja Migran Indonesia"


@dataclass(frozen=True)
class ReceiptData:
    case_number: str  # e.g. "SBY-2026-A-00042"
    received_at: datetime  # aware
    office_code: str  # "SBY"
    office_name: str  # "BP3TKI Surabaya"
    office_tz: str  # "WIB" | "WITA" | "WIT"
    office_address: str  # may be ""
    office_phone: str  # may be ""
    complainant_name: str
    complainant_relation: str  # label already translated, e.g. "Istri"
    complainant_phone: str  # may be ""
    worker_name: str
    worker_passport: str  # may be ""
    destination_country: str  # label, may be ""
    category: str  # label, e.g. "Gaji tidak dibayar"
    channel: str  # label, e.g. "Datang langsung"
    summary: str  # wrapped, capped at SUMMARY_MAX_CHARS with "…"
    missing_documents: list[str]  # labels of documents still missing
    officer_name: str  # who recorded it
    lang: str = "id"


# Templates are trusted Paragraph markup; parameters are escaped before formatting.
_M = {
    m.code: m
    for m in (
        Msg("receipt.agency_en", "", "Indonesian Migrant Workers Protection Agency"),
        Msg("receipt.title", "TANDA TERIMA PENGADUAN", "COMPLAINT RECEIPT"),
        Msg("receipt.case_number", "NOMOR PENGADUAN", "CASE NUMBER"),
        Msg("receipt.received_at", "DITERIMA", "RECEIVED"),
        Msg("receipt.complainant", "Nama pelapor", "Complainant"),
        Msg("receipt.relation", "Hubungan dengan pekerja migran", "Relation to the worker"),
        Msg("receipt.phone", "Nomor telepon pelapor", "Complainant's phone"),
        Msg("receipt.worker", "Nama pekerja migran", "Migrant worker"),
        Msg("receipt.passport", "Nomor paspor", "Passport number"),
        Msg("receipt.destination", "Negara tujuan", "Destination country"),
        Msg("receipt.category", "Jenis pengaduan", "Type of complaint"),
        Msg("receipt.channel", "Saluran pengaduan", "Channel"),
        Msg("receipt.officer", "Petugas penerima", "Received by"),
        Msg("receipt.summary", "Ringkasan pengaduan", "Summary of the complaint"),
        Msg("receipt.missing", "Dokumen yang masih diperlukan", "Documents still needed"),
        Msg(
            "receipt.complete",
            "Semua dokumen yang diperlukan sudah lengkap. Terima kasih.",
            "All required documents are complete. Thank you.",
        ),
        Msg("receipt.next", "Langkah selanjutnya", "What happens next"),
        Msg(
            "receipt.next.verify",
            "Petugas kami akan memverifikasi data dan dokumen pengaduan Anda.",
            "Our staff will verify the details and documents of your complaint.",
        ),
        Msg(
            "receipt.next.contact",
            "Petugas penanganan kasus akan menghubungi Anda; beri tahu kami bila nomor "
            "telepon Anda berubah.",
            "A case officer will contact you; let us know if your phone number changes.",
        ),
        Msg(
            "receipt.next.bring",
            "Bawa dokumen di atas ke {office} dan sebutkan nomor pengaduan <b>{case}</b>.",
            "Bring the documents listed above to {office}, quoting case number <b>{case}</b>.",
        ),
        Msg(
            "receipt.next.bring_more",
            "Jika diminta dokumen tambahan, bawa ke {office} dan sebutkan nomor pengaduan "
            "<b>{case}</b>.",
            "If asked for further documents, bring them to {office}, quoting case number "
            "<b>{case}</b>.",
        ),
        Msg(
            "receipt.next.progress",
            "Tanyakan perkembangan pengaduan kapan saja dengan menyebutkan nomor pengaduan "
            "<b>{case}</b>.",
            "Ask about the progress of your complaint at any time by quoting case number "
            "<b>{case}</b>.",
        ),
        Msg("receipt.contact", "Layanan Pengaduan Halo TKI", "Halo TKI Complaint Service"),
        Msg("receipt.toll_free", "Bebas pulsa (dari Indonesia)", "Toll-free (within Indonesia)"),
        Msg("receipt.abroad", "Dari luar negeri", "From abroad"),
        Msg("receipt.office_phone", "Telepon kantor", "Office phone"),
        Msg("receipt.office_address", "Alamat {office}", "{office} address"),
        Msg("receipt.sign_complainant", "Pelapor,", "Complainant,"),
        Msg("receipt.sign_officer", "Petugas penerima,", "Receiving officer,"),
        Msg(
            "receipt.footer",
            "Simpan tanda terima ini. Sebutkan nomor pengaduan setiap kali menghubungi kami.",
            "Keep this receipt. Quote the case number whenever you contact us.",
        ),
        Msg("receipt.page", "Halaman {n}", "Page {n}"),
    )
}


def _t(code: str, lang: str, **params: object) -> str:
    return _M[code].text(lang, **params)


# ---------------------------------------------------------------------------
# Text hygiene: everything user-typed goes through here before reaching reportlab.


def _winansi_ok(ch: str) -> bool:
    # The built-in Helvetica is WinAnsi-encoded (cp1252). Outside that set reportlab 5
    # prints a black box (older versions raised); a "?" at least reads as "unknown".
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _to_winansi(text: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\n\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc":
            out.append(" ")
            continue
        if cat == "Cf":  # zero-width and bidi marks: invisible, so dropping loses nothing
            continue
        if _winansi_ok(ch):
            out.append(ch)
            continue
        # Vietnamese and similar names lose only their accents ("Nguyễn" -> "Nguyen"),
        # as a passport's machine-readable line would spell them; the rest becomes "?".
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(_winansi_ok(c) for c in base) else "?")
    return "".join(out)


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    # Prefer a word boundary when one is near, so the receipt doesn't end mid-word.
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= limit - 60:
        cut = cut[:space]
    return cut.rstrip(" \n\t.,;:-") + "…"


def _field(text: str | None, limit: int = FIELD_MAX_CHARS) -> str:
    """A one-line value, cleaned and escaped for Paragraph markup."""
    clean = " ".join(_to_winansi(text or "").split())
    return escape(_truncate(clean, limit))


def _summary(text: str) -> str:
    clean = _to_winansi(text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in clean.split("\n")]
    # Keep the complainant's paragraphs but not runs of blank lines that waste paper.
    clean = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return escape(_truncate(clean, SUMMARY_MAX_CHARS)).replace("\n", "<br/>")


def _plain(text: str) -> str:
    """For strings drawn directly on the canvas (no markup involved)."""
    return " ".join(_to_winansi(text or "").split())


# ---------------------------------------------------------------------------
# Layout


PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 18 * mm  # room for the footer drawn on every page
FRAME_PAD = 6  # SimpleDocTemplate's default frame padding, in points
# Tables must use the frame's inner width, or they stick out past the rules and text.
CONTENT_W = PAGE_W - 2 * MARGIN_X - 2 * FRAME_PAD

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#f0f0f0")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "agency": ParagraphStyle(
            "agency", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13
        ),
        "agency_en": ParagraphStyle(
            "agency_en", parent=base, fontName="Helvetica-Oblique", fontSize=8.5,
            leading=10.5, textColor=MUTED,
        ),
        "office": ParagraphStyle(
            "office", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=17
        ),
        "office_sub": ParagraphStyle(
            "office_sub", parent=base, fontSize=8.5, leading=11, textColor=MUTED
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19,
            alignment=TA_CENTER, spaceBefore=2, spaceAfter=2,
        ),
        "box_label": ParagraphStyle(
            "box_label", parent=base, fontName="Helvetica-Bold", fontSize=7.5,
            leading=9, textColor=MUTED,
        ),
        "case_number": ParagraphStyle(
            "case_number", parent=base, fontName="Helvetica-Bold", fontSize=20, leading=24
        ),
        "received": ParagraphStyle(
            "received", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontSize=9, leading=12, textColor=MUTED
        ),
        "value": ParagraphStyle(
            "value", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12.5
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
            spaceBefore=7, spaceAfter=2.5,
        ),
        "box_title": ParagraphStyle(
            "box_title", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12
        ),
        "phone_number": ParagraphStyle(
            "phone_number", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=15
        ),
        "sign": ParagraphStyle(
            "sign", parent=base, alignment=TA_CENTER, leading=13
        ),
        "list": ParagraphStyle("list", parent=base, alignment=TA_LEFT),
        # Same geometry as the ListFlowable bullets: text at 7 mm, bullet 5 mm before it.
        "bullet_cell": ParagraphStyle(
            "bullet_cell", parent=base, leftIndent=7 * mm, bulletIndent=2 * mm,
            bulletFontName="Helvetica",
        ),
    }  # fmt: skip


def _header(data: ReceiptData, lang: str, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    rows: list[Flowable] = [Paragraph(escape(AGENCY_NAME.upper()), s["agency"])]
    if lang == "en":
        rows.append(Paragraph(_t("receipt.agency_en", lang), s["agency_en"]))
    rows.append(Paragraph(_field(data.office_name), s["office"]))
    contact = " · ".join(
        part for part in (_field(data.office_address), _field(data.office_phone)) if part
    )
    if contact:
        rows.append(Paragraph(contact, s["office_sub"]))
    # The double rule is the letterhead (kop surat) line of Indonesian official papers.
    rows += [
        Spacer(1, 2.5 * mm),
        HRFlowable(width="100%", thickness=1.6, color=INK, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.5, color=INK, spaceAfter=3.5 * mm),
        Paragraph(_t("receipt.title", lang), s["title"]),
        Spacer(1, 3 * mm),
    ]
    return rows


def _case_box(data: ReceiptData, lang: str, s: dict[str, ParagraphStyle]) -> Table:
    received = format_datetime(data.received_at, data.office_tz, lang)
    table = Table(
        [
            [
                Paragraph(_t("receipt.case_number", lang), s["box_label"]),
                Paragraph(_t("receipt.received_at", lang), s["box_label"]),
            ],
            [
                Paragraph(_field(data.case_number, 60), s["case_number"]),
                Paragraph(escape(received), s["received"]),
            ],
        ],
        colWidths=[CONTENT_W * 0.58, CONTENT_W * 0.42],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, INK),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (1, 0), (1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0.5 * mm),
                ("TOPPADDING", (0, 1), (-1, 1), 0.5 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 3.2 * mm),
            ]
        )
    )
    return table


def _details(data: ReceiptData, lang: str, s: dict[str, ParagraphStyle]) -> Table:
    fields = [
        ("receipt.complainant", data.complainant_name),
        ("receipt.relation", data.complainant_relation),
        ("receipt.phone", data.complainant_phone),
        ("receipt.worker", data.worker_name),
        ("receipt.passport", data.worker_passport),
        ("receipt.destination", data.destination_country),
        ("receipt.category", data.category),
        ("receipt.channel", data.channel),
    ]
    rows = [
        [Paragraph(_t(code, lang), s["label"]), Paragraph(_field(value) or "-", s["value"])]
        for code, value in fields
    ]
    table = Table(rows, colWidths=[CONTENT_W * 0.36, CONTENT_W * 0.64])
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Labels line up with the section headings above and below.
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ]
        )
    )
    return table


def _bullets(items: Iterable[str], s: dict[str, ParagraphStyle], numbered: bool) -> Flowable:
    kwargs: dict[str, object] = (
        {"bulletType": "1", "bulletFormat": "%s.", "bulletFontName": "Helvetica"}
        if numbered
        else {"bulletType": "bullet", "start": "•", "bulletFontName": "Helvetica"}
    )
    return ListFlowable(
        [ListItem(Paragraph(text, s["list"]), spaceAfter=1.5) for text in items],
        leftIndent=7 * mm,
        bulletFontSize=9.5,
        bulletDedent=5 * mm,
        **kwargs,
    )


def _two_column_bullets(items: list[str], s: dict[str, ParagraphStyle]) -> Table:
    # A fresh walk-in often lacks most of the checklist; two columns keep the
    # signatures on the first page. Filled down then across, the way one reads it.
    half = (len(items) + 1) // 2
    left, right = items[:half], items[half:]

    def cell(text: str | None) -> Flowable | str:
        if text is None:
            return ""
        return Paragraph(text, s["bullet_cell"], bulletText="•")

    rows = [[cell(left[i]), cell(right[i] if i < len(right) else None)] for i in range(half)]
    table = Table(rows, colWidths=[CONTENT_W / 2, CONTENT_W / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _contact(data: ReceiptData, lang: str, s: dict[str, ParagraphStyle]) -> Table:
    def number(label: str, value: str) -> list[Flowable]:
        # Some offices list two numbers; at full size those would wrap mid-number.
        style = s["phone_number"] if len(value) <= 18 else s["value"]
        return [Paragraph(label, s["label"]), Paragraph(value, style)]

    office = _field(data.office_name)
    phone = _field(data.office_phone)
    address = _field(data.office_address)
    cells = [
        number(_t("receipt.toll_free", lang), HALO_TKI_TOLL_FREE),
        number(_t("receipt.abroad", lang), HALO_TKI_FROM_ABROAD),
        number(_t("receipt.office_phone", lang), phone) if phone else "",
    ]
    rows: list[list[object]] = [
        [Paragraph(_t("receipt.contact", lang), s["box_title"]), "", ""],
        cells,
    ]
    if address:
        rows.append(
            [Paragraph(f"{_t('receipt.office_address', lang, office=office)}: {address}",
                       s["body"]), "", ""]
        )  # fmt: skip
    table = Table(rows, colWidths=[CONTENT_W * 0.3, CONTENT_W * 0.33, CONTENT_W * 0.37])
    style = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4 * mm),
        ("TOPPADDING", (0, 1), (-1, 1), 1.8 * mm),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 2.2 * mm),
    ]
    if address:
        style.append(("SPAN", (0, 2), (-1, 2)))
    table.setStyle(TableStyle(style))
    return table


def _signatures(data: ReceiptData, lang: str, s: dict[str, ParagraphStyle]) -> Table:
    def block(caption: str, name: str) -> list[Flowable]:
        return [
            Paragraph(caption, s["sign"]),
            Spacer(1, 15 * mm),  # room for a handwritten signature
            Paragraph(f"( {_field(name) or '&nbsp;' * 40} )", s["sign"]),
        ]

    table = Table(
        [
            [
                block(_t("receipt.sign_complainant", lang), data.complainant_name),
                block(_t("receipt.sign_officer", lang), data.officer_name),
            ]
        ],
        colWidths=[CONTENT_W / 2, CONTENT_W / 2],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
            ]
        )
    )
    return table


def _footer_painter(data: ReceiptData, lang: str):
    footer = _t("receipt.footer", lang)
    case = _plain(data.case_number)

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = MARGIN_BOTTOM - 7.5 * mm
        left, right = MARGIN_X + FRAME_PAD, PAGE_W - MARGIN_X - FRAME_PAD
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 3.8 * mm, right, y + 3.8 * mm)
        canvas.setFillColor(INK)
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawString(left, y, footer)
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(MUTED)
        page = _t("receipt.page", lang, n=canvas.getPageNumber())
        canvas.drawRightString(right, y - 3.6 * mm, f"{case} · {page}")
        canvas.restoreState()

    return paint


def render_receipt(data: ReceiptData) -> bytes:
    """The receipt as PDF bytes (A4 portrait), identical bytes for identical input."""
    lang = "en" if data.lang == "en" else "id"
    s = _styles()

    story: list[Flowable] = [*_header(data, lang, s), _case_box(data, lang, s)]
    story += [Spacer(1, 4 * mm), _details(data, lang, s)]

    story.append(Paragraph(_t("receipt.summary", lang), s["heading"]))
    story.append(Paragraph(_summary(data.summary) or "-", s["body"]))

    missing = [_field(doc) for doc in data.missing_documents]
    missing = [doc for doc in missing if doc]
    office = _field(data.office_name)
    case = _field(data.case_number, 60)
    docs_block: list[Flowable] = [Paragraph(_t("receipt.missing", lang), s["heading"])]
    if len(missing) > 3:
        docs_block.append(_two_column_bullets(missing, s))
    elif missing:
        docs_block.append(_bullets(missing, s, numbered=False))
    else:
        docs_block.append(Paragraph(_t("receipt.complete", lang), s["body"]))
    story.append(KeepTogether(docs_block))

    bring = "receipt.next.bring" if missing else "receipt.next.bring_more"
    steps = [
        _t("receipt.next.verify", lang),
        _t("receipt.next.contact", lang),
        _t(bring, lang, office=office, case=case),
        _t("receipt.next.progress", lang, case=case),
    ]
    story.append(
        KeepTogether(
            [Paragraph(_t("receipt.next", lang), s["heading"]), _bullets(steps, s, numbered=True)]
        )
    )

    story += [Spacer(1, 4 * mm), KeepTogether(_contact(data, lang, s))]
    story += [Spacer(1, 5 * mm), KeepTogether(_signatures(data, lang, s))]

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # No personal data in the metadata: file properties are shown by every viewer
        # and indexed by desktop search.
        title=f"{_t('receipt.title', lang).title()} {_plain(data.case_number)}",
        author=AGENCY_NAME,
        creator="Halo TKI Desk",
        subject=_t("receipt.title", lang).title(),
        lang="en" if lang == "en" else "id-ID",
        # Fixed timestamps and document id: same input, same bytes (reprints, tests).
        invariant=1,
    )
    paint = _footer_painter(data, lang)
    doc.build(story, onFirstPage=paint, onLaterPages=paint)
    return buf.getvalue()
