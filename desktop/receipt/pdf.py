"""The complaint receipt (tanda terima pengaduan) handed to a walk-in complainant.

Rendered in memory and returned as bytes: the receipt carries personal data, and
nothing personal may sit on disk in plaintext (DESIGN.md §4), so the caller decides
where the bytes go (printer, encrypted attachment store).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
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

from desktop.formatting import format_datetime, format_received, zone_info
from desktop.messages import Msg
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
)
from desktop.receipt.layout import field as _field
from desktop.receipt.layout import plain as _plain
from desktop.receipt.layout import styles as _styles

SUMMARY_MAX_CHARS = 600

HALO_TKI_TOLL_FREE = "0800 1000"
HALO_TKI_FROM_ABROAD = "+62 21 29244800"


@dataclass(frozen=True)
class ReceiptData:
    case_number: str  # e.g. "SBY-2026-A-00042"
    received_at: datetime  # aware
    office_code: str  # "SBY"
    office_name: str  # "BP3TKI Surabaya"
    office_tz: str  # "WIB" | "WITA" | "WIT"
    office_address: str  # may be ""
    office_phone: str  # as shown ("+62 31 8410040"); may be ""
    complainant_name: str
    complainant_relation: str  # label already translated, e.g. "Istri"
    complainant_phone: str  # as shown, grouped ("+62 813-3312-4455"); may be ""
    worker_name: str
    worker_passport: str  # may be ""
    destination_country: str  # label, may be ""
    category: str  # label, e.g. "Gaji tidak dibayar"
    channel: str  # label, e.g. "Datang langsung"
    summary: str  # wrapped, capped at SUMMARY_MAX_CHARS with "…"
    missing_documents: list[str]  # labels of documents still missing
    officer_name: str  # who recorded it
    lang: str = "id"
    # When it was typed in, if another day than it arrived (a letter): shown beside it.
    recorded_at: datetime | None = None


# Templates are trusted Paragraph markup; parameters are escaped before formatting.
_M = {
    m.code: m
    for m in (
        Msg("receipt.title", "TANDA TERIMA PENGADUAN", "COMPLAINT RECEIPT"),
        Msg("receipt.case_number", "NOMOR PENGADUAN", "CASE NUMBER"),
        Msg("receipt.received_at", "DITERIMA", "RECEIVED"),
        Msg("receipt.recorded_at", "dicatat {when}", "recorded {when}"),
        Msg("receipt.complainant", "Nama pengadu", "Complainant"),
        Msg("receipt.relation", "Hubungan dengan pekerja migran", "Relation to the worker"),
        Msg("receipt.phone", "Nomor telepon pengadu", "Complainant's phone"),
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
        Msg("receipt.sign_complainant", "Pengadu,", "Complainant,"),
        Msg("receipt.sign_officer", "Petugas penerima,", "Receiving officer,"),
        Msg(
            "receipt.footer",
            "Simpan tanda terima ini. Sebutkan nomor pengaduan setiap kali menghubungi kami.",
            "Keep this receipt. Quote the case number whenever you contact us.",
        ),
        Msg("receipt.page", "Halaman {n}", "Page {n}"),
        # UU PDP 27/2022: what the data is for, who sees it, how long, and the person's rights.
        Msg(
            "receipt.data_notice",
            "<b>Pelindungan data pribadi.</b> Kami menggunakan data Anda untuk menangani "
            "pengaduan ini dan untuk menghubungi Anda. Data hanya kami bagikan kepada pihak yang "
            "diperlukan untuk kasus ini (KBRI/KJRI, kepolisian, perusahaan asuransi, rumah sakit, "
            "dinas sosial, unit di kantor pusat) dengan persetujuan Anda atau bila diizinkan "
            "undang-undang. Data disimpan terenkripsi, lalu dihapus atau dianonimkan setelah masa "
            "penyimpanannya berakhir. Anda dapat meminta untuk melihat atau memperbaiki data Anda "
            "di kantor ini (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).",
            "<b>Your personal data.</b> We use your data to handle this complaint and to contact "
            "you. We share it only with the parties this case needs (embassy or consulate, "
            "police, insurer, hospital, social services, central units) with your consent or "
            "where the law allows. It is kept encrypted and is deleted or anonymised when its "
            "retention period ends. You may ask to see or correct your data at this office "
            "(Law No. 27 of 2022 on Personal Data Protection).",
        ),
    )
}

# The footer's baseline and its rule; the data-use notice sits just above the rule.
FOOTER_Y = MARGIN_BOTTOM - 7.5 * mm
FOOTER_RULE_Y = FOOTER_Y + 3.8 * mm
NOTICE_BELOW = 1.2 * mm  # from the footer rule up to the notice
NOTICE_ABOVE = 1.5 * mm  # from the notice up to the last line of the receipt


def _t(code: str, lang: str, **params: object) -> str:
    return _M[code].text(lang, **params)


def _summary(text: str) -> str:
    return paragraphs(text, SUMMARY_MAX_CHARS)


def _header(data: ReceiptData, lang: str, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [
        *letterhead(data.office_name, data.office_address, data.office_phone, lang, s),
        Paragraph(_t("receipt.title", lang), s["title"]),
        Spacer(1, 2 * mm),
    ]


def _case_box(data: ReceiptData, lang: str, s: dict[str, ParagraphStyle]) -> Table:
    received = escape(format_received(data.received_at, data.office_tz, lang))
    recorded = data.recorded_at
    zone = zone_info(data.office_tz)
    if recorded is not None and (recorded.astimezone(zone).date()
                                 != data.received_at.astimezone(zone).date()):
        # A letter or message that arrived before it was typed in: both dates.
        received += "<br/>" + escape(_t("receipt.recorded_at", lang, when=format_datetime(
            recorded, data.office_tz, lang)))
    table = Table(
        [
            [
                Paragraph(_t("receipt.case_number", lang), s["box_label"]),
                Paragraph(_t("receipt.received_at", lang), s["box_label"]),
            ],
            [
                Paragraph(_field(data.case_number, 60), s["case_number"]),
                Paragraph(received, s["received"]),
            ],
        ],
        colWidths=[CONTENT_W * 0.58, CONTENT_W * 0.42],
    )
    table.setStyle(number_box_style(top=3 * mm, bottom=3.2 * mm))
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
                ("TOPPADDING", (0, 0), (-1, -1), 0.95 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
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
            Spacer(1, 14 * mm),  # room for a handwritten signature
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


def _notice(lang: str, s: dict[str, ParagraphStyle]) -> tuple[Paragraph, float]:
    """The data-use notice, wrapped to the content width, and its height."""
    notice = Paragraph(_t("receipt.data_notice", lang), s["notice"])
    _width, height = notice.wrap(CONTENT_W, PAGE_H)
    return notice, height


def _bottom_margin(notice_height: float) -> float:
    """Room under the story for the footer and the notice above it (on every page)."""
    return FOOTER_RULE_Y + NOTICE_BELOW + notice_height + NOTICE_ABOVE - FRAME_PAD


def _footer_painter(data: ReceiptData, lang: str, notice: Paragraph):
    footer = _t("receipt.footer", lang)
    case = _plain(data.case_number)

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = FOOTER_Y
        left, right = MARGIN_X + FRAME_PAD, PAGE_W - MARGIN_X - FRAME_PAD
        notice.drawOn(canvas, left, FOOTER_RULE_Y + NOTICE_BELOW)
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
    story += [Spacer(1, 3 * mm), _details(data, lang, s)]

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

    story += [Spacer(1, 3 * mm), KeepTogether(_contact(data, lang, s))]
    story += [Spacer(1, 3 * mm), KeepTogether(_signatures(data, lang, s))]

    notice, notice_height = _notice(lang, s)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=_bottom_margin(notice_height),
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
    paint = _footer_painter(data, lang, notice)
    doc.build(story, onFirstPage=paint, onLaterPages=paint)
    return buf.getvalue()
