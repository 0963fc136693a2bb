"""The PDF handed to a person who asked what the office holds about them (UU PDP 27/2022):
on the receipt's letterhead, their rights in plain words and how to use them, then every
case and information request with its fields, "Halaman N dari M" on every page.

The renderer takes only a `SubjectAccessData` the service built (labels in the reader's
language, dates formatted): no store here. Bytes in memory: the caller decides where they go.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
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
from reportlab.platypus.flowables import Flowable

from desktop.messages import Msg
from desktop.receipt.case_file import AttachmentLine, DocumentLine, Pair, Step
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
    number_box_style,
    paragraphs,
    plain,
    styles,
)
from desktop.receipt.page_count import page_count_canvas

TEXT_MAX_CHARS = 20000
VALUE_MAX_CHARS = 600

_ALL = (
    Msg("sa.title", "DATA PRIBADI YANG KAMI SIMPAN", "PERSONAL DATA WE HOLD"),
    Msg("sa.box.for", "UNTUK", "FOR"),
    Msg("sa.box.found", "DITEMUKAN", "FOUND"),
    Msg("sa.found", "Pengaduan: {cases} · permintaan informasi: {requests}",
        "Complaints: {cases} · information requests: {requests}"),
    Msg("sa.printed", "Dicetak {when} oleh {who}. Isi dokumen ini sesuai data di komputer "
        "kantor pada saat itu.", "Printed {when} by {who}. This document shows the data on "
        "the office's computer at that time."),
    Msg("sa.confidential", "RAHASIA: berisi data pribadi. Simpan baik-baik dan jangan "
        "berikan kepada orang lain.", "CONFIDENTIAL: contains personal data. Keep it safe "
        "and do not give it to anyone else."),
    Msg("sa.h.rights", "Hak Anda atas data pribadi Anda", "Your rights over your personal data"),
    Msg("sa.rights.intro",
        "Kantor ini menyimpan data Anda untuk menangani pengaduan dan permintaan informasi "
        "tentang pekerja migran. Menurut Undang-Undang Nomor 27 Tahun 2022 tentang "
        "Pelindungan Data Pribadi, Anda berhak:",
        "This office keeps your data to handle complaints and information requests about "
        "migrant workers. Under Law No. 27 of 2022 on Personal Data Protection you have the "
        "right:"),
    Msg("sa.rights.access", "melihat data Anda dan mendapat salinannya, seperti dokumen ini;",
        "to see your data and get a copy of it, like this document;"),
    Msg("sa.rights.correct",
        "meminta data yang salah atau kurang lengkap diperbaiki atau dilengkapi;",
        "to have data that is wrong or incomplete corrected or completed;"),
    Msg("sa.rights.restrict",
        "meminta pemakaian data Anda dibatasi, misalnya selama data yang Anda anggap salah "
        "sedang diperiksa;",
        "to have the use of your data restricted, for example while data you think is wrong "
        "is being checked;"),
    Msg("sa.rights.delete",
        "meminta data Anda dihapus bila tidak diperlukan lagi. Setelah masa simpan pengaduan "
        "berakhir, nama, NIK, nomor paspor, nomor telepon, alamat, dan cerita Anda dihapus; "
        "yang tersisa hanya angka untuk statistik, tanpa nama.",
        "to have your data deleted when it is no longer needed. When a complaint's retention "
        "period ends, your name, NIK, passport number, phone numbers, address and story are "
        "deleted; only figures for statistics remain, without names."),
    Msg("sa.rights.how",
        "Cara meminta: datang ke kantor ini dengan membawa KTP atau paspor Anda, atau hubungi "
        "kami di alamat dan nomor telepon pada kop surat di atas. Sebutkan nomor pengaduan "
        "bila ada dan apa yang Anda minta. Permintaan Anda dicatat dan dijawab secara "
        "tertulis. Layanan ini gratis.",
        "How to ask: come to this office with your identity card or passport, or contact us "
        "at the address and phone number in the letterhead above. Give the case number if "
        "you have one and say what you are asking for. Your request is recorded and answered "
        "in writing. This service is free of charge."),
    Msg("sa.h.searched", "Data yang dipakai untuk mencari", "What the search used"),
    Msg("sa.id.nik", "NIK", "NIK"),
    Msg("sa.id.passport", "Nomor paspor", "Passport number"),
    Msg("sa.id.phone", "Nomor telepon", "Phone number"),
    Msg("sa.id.name", "Nama", "Name"),
    Msg("sa.id.birth_date", "Tanggal lahir", "Date of birth"),
    Msg("sa.h.cases", "Pengaduan ({n})", "Complaints ({n})"),
    Msg("sa.h.case", "Pengaduan {number}: Anda sebagai {roles}",
        "Complaint {number}: you as {roles}"),
    Msg("sa.role.worker", "TKI", "the worker (TKI)"),
    Msg("sa.role.complainant", "pengadu", "the complainant"),
    Msg("sa.role.and", " dan ", " and "),
    Msg("sa.h.complaint", "Pengaduan", "The complaint"),
    Msg("sa.h.worker", "Data TKI", "The worker (TKI)"),
    Msg("sa.h.complainant", "Data pengadu", "The complainant"),
    Msg("sa.h.description", "Uraian pengaduan", "Description of the complaint"),
    Msg("sa.h.timeline", "Langkah penanganan ({n})", "Steps taken ({n})"),
    Msg("sa.h.documents", "Dokumen", "Documents"),
    Msg("sa.h.attachments", "Lampiran ({n}; hanya keterangannya)",
        "Attachments ({n}; their details only)"),
    Msg("sa.h.inquiries", "Permintaan informasi ({n})", "Information requests ({n})"),
    Msg("sa.h.inquiry", "Permintaan informasi {when}", "Information request of {when}"),
    Msg("sa.none", "Tidak ada.", "None."),
    Msg("sa.nothing", "Tidak ada data tentang Anda yang tersimpan di komputer ini.",
        "No data about you is held on this computer."),
    Msg("sa.page", "Halaman {n} dari {m}", "Page {n} of {m}"),
    Msg("sa.footer", "Data pribadi yang kami simpan · Rahasia",
        "Personal data we hold · Confidential"),
    Msg("sa.doc.document", "Dokumen", "Document"),
    Msg("sa.doc.state", "Keadaan", "State"),
    Msg("sa.doc.note", "Catatan", "Note"),
    Msg("sa.att.name", "Nama berkas", "File name"),
    Msg("sa.att.type", "Jenis", "Type"),
    Msg("sa.att.size", "Ukuran", "Size"),
    Msg("sa.att.added", "Ditambahkan", "Added"),
    Msg("sa.f.topic", "Topik", "Topic"),
    Msg("sa.f.channel", "Saluran", "Channel"),
    Msg("sa.f.question", "Pertanyaan", "Question"),
    Msg("sa.f.answer", "Jawaban", "Answer"),
    Msg("sa.f.name", "Nama", "Name"),
    Msg("sa.f.phone", "Telepon", "Phone"),
    Msg("sa.f.complaint", "Menjadi pengaduan", "Became complaint"),
)
MESSAGES: dict[str, Msg] = {m.code: m for m in _ALL}
RIGHTS = ("sa.rights.access", "sa.rights.correct", "sa.rights.restrict", "sa.rights.delete")


def t(code: str, lang: str, **params: object) -> str:
    return MESSAGES[code].text(lang, **params)


@dataclass(frozen=True)
class CaseBlock:
    case_number: str
    roles: tuple[str, ...]  # "worker", "complainant"
    complaint: tuple[Pair, ...]
    worker: tuple[Pair, ...]
    complainant: tuple[Pair, ...]
    description: str
    steps: tuple[Step, ...]  # oldest first
    documents: tuple[DocumentLine, ...]
    attachments: tuple[AttachmentLine, ...]


@dataclass(frozen=True)
class InquiryBlock:
    when: str
    pairs: tuple[Pair, ...]


@dataclass(frozen=True)
class SubjectAccessData:
    office_name: str
    office_address: str
    office_phone: str
    person: str  # the name shown in the box: the name asked for or the one found
    printed_at: str
    printed_by: str
    identifiers: tuple[Pair, ...]
    cases: tuple[CaseBlock, ...]
    inquiries: tuple[InquiryBlock, ...]
    lang: str = "id"


def _text(text: str, limit: int = VALUE_MAX_CHARS) -> str:
    return field(text, limit)


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    base = s["body"]
    s.update({
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_label": ParagraphStyle("cell_label", parent=base, fontSize=8, leading=10,
                                     textColor=MUTED),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName="Helvetica-Bold",
                                    fontSize=8, leading=10),
        "printed": ParagraphStyle("printed", parent=base, fontSize=8.5, leading=11,
                                  textColor=MUTED),
        "confidential": ParagraphStyle("confidential", parent=base, fontName="Helvetica-Bold",
                                       fontSize=8, leading=10),
        "section": ParagraphStyle("section", parent=s["heading"], fontSize=12, leading=15,
                                  spaceBefore=5 * mm, spaceAfter=1.5 * mm),
        "case": ParagraphStyle("case", parent=s["heading"], fontSize=11, leading=14,
                               spaceBefore=5 * mm, spaceAfter=1 * mm),
        "sub": ParagraphStyle("sub", parent=s["heading"], fontSize=9.5, leading=12,
                              spaceBefore=3 * mm, spaceAfter=1 * mm),
        "step": ParagraphStyle("step", parent=base, fontSize=8.5, leading=11, leftIndent=7 * mm,
                               bulletIndent=0, bulletFontName="Helvetica-Bold",
                               bulletFontSize=8.5, spaceBefore=1.2 * mm),
    })  # fmt: skip
    return s


def _pairs_table(pairs: tuple[Pair, ...], s) -> Table:
    """Label/value pairs, two side by side, filled row by row."""
    cells = [(Paragraph(_text(p.label), s["cell_label"]),
              Paragraph(_text(p.value) or "-", s["cell"])) for p in pairs]
    rows = []
    for i in range(0, len(cells), 2):
        rows.append([*cells[i], *(cells[i + 1] if i + 1 < len(cells) else ("", ""))])
    half = CONTENT_W / 2
    table = Table(rows, colWidths=[half * 0.36, half * 0.64] * 2)
    table.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (2, 0), (2, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.9 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0 * mm),
    ]))
    return table


def _grid(head: list[str], rows: list[list[str]], widths: list[float], s) -> Table:
    data = [[Paragraph(escape(h), s["cell_head"]) for h in head]]
    data += [[Paragraph(_text(c), s["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=[CONTENT_W * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0 * mm),
    ]))
    return table


def _part(title: str, body: list[Flowable], style: ParagraphStyle) -> list[Flowable]:
    # A heading never stays alone at a page's foot.
    head = Paragraph(escape(title), style)
    return [KeepTogether([head, body[0]]), *body[1:]] if body else [head]


# -- the parts ---------------------------------------------------------------------------------


def _title_block(data: SubjectAccessData, lang: str, s) -> list[Flowable]:
    found = t("sa.found", lang, cases=len(data.cases), requests=len(data.inquiries))
    box = Table(
        [[Paragraph(t("sa.box.for", lang), s["box_label"]),
          Paragraph(t("sa.box.found", lang), s["box_label"])],
         [Paragraph(_text(data.person or "-", 80), s["received"]),
          Paragraph(_text(found), s["value"])]],
        colWidths=[CONTENT_W * 0.45, CONTENT_W * 0.55])
    box.setStyle(number_box_style(top=2.5 * mm, bottom=3 * mm))
    return [
        *letterhead(data.office_name, data.office_address, data.office_phone, lang, s),
        Paragraph(t("sa.title", lang), s["title"]),
        Spacer(1, 2.5 * mm),
        box,
        Spacer(1, 1.5 * mm),
        Paragraph(_text(t("sa.printed", lang, when=data.printed_at, who=data.printed_by)),
                  s["printed"]),
        Paragraph(escape(t("sa.confidential", lang)), s["confidential"]),
    ]


def _rights(lang: str, s) -> list[Flowable]:
    items = ListFlowable(
        [ListItem(Paragraph(escape(t(code, lang)), s["body"]), leftIndent=7 * mm,
                  bulletColor=INK) for code in RIGHTS],
        bulletType="bullet", start="\u2022", leftIndent=7 * mm, bulletFontSize=8)
    return _part(t("sa.h.rights", lang), [
        Paragraph(escape(t("sa.rights.intro", lang)), s["body"]), Spacer(1, 1 * mm), items,
        Spacer(1, 1.5 * mm), Paragraph(escape(t("sa.rights.how", lang)), s["body"])],
        s["section"])


def _roles(roles: tuple[str, ...], lang: str) -> str:
    return t("sa.role.and", lang).join(t(f"sa.role.{r}", lang) for r in roles)


def _steps(steps: tuple[Step, ...], s) -> list[Flowable]:
    out = []
    for n, step in enumerate(steps, 1):
        meta = " · ".join(_text(part) for part in (step.when, step.who) if part)
        lines = [f"<b>{_text(step.title)}</b> "
                 f'<font size="7.5" color="#555555">{meta}</font>']
        if step.summary:
            lines.append(paragraphs(step.summary, TEXT_MAX_CHARS))
        out.append(Paragraph("<br/>".join(lines), s["step"], bulletText=f"{n}."))
    return out


def _case(block: CaseBlock, lang: str, s) -> list[Flowable]:
    none = [Paragraph(escape(t("sa.none", lang)), s["body"])]
    title = t("sa.h.case", lang, number=block.case_number, roles=_roles(block.roles, lang))
    out = _part(title, [_pairs_table(block.complaint, s)], s["case"])
    out += _part(t("sa.h.worker", lang), [_pairs_table(block.worker, s)], s["sub"])
    out += _part(t("sa.h.complainant", lang), [_pairs_table(block.complainant, s)], s["sub"])
    out += _part(t("sa.h.description", lang),
                 [Paragraph(paragraphs(block.description, TEXT_MAX_CHARS) or "-", s["body"])],
                 s["sub"])
    out += _part(t("sa.h.timeline", lang, n=len(block.steps)),
                 _steps(block.steps, s) or none, s["sub"])
    docs = [_grid([t("sa.doc.document", lang), t("sa.doc.state", lang), t("sa.doc.note", lang)],
                  [[d.name, d.state, d.note] for d in block.documents], [0.4, 0.2, 0.4], s)]
    out += _part(t("sa.h.documents", lang), docs if block.documents else none, s["sub"])
    atts = [_grid([t("sa.att.name", lang), t("sa.att.type", lang), t("sa.att.size", lang),
                   t("sa.att.added", lang)],
                  [[a.name, a.kind, a.size, a.added] for a in block.attachments],
                  [0.42, 0.12, 0.12, 0.34], s)]
    out += _part(t("sa.h.attachments", lang, n=len(block.attachments)),
                 atts if block.attachments else none, s["sub"])
    return out


def story(data: SubjectAccessData) -> list[Flowable]:
    lang = "en" if data.lang == "en" else "id"
    s = _styles()
    out = _title_block(data, lang, s)
    out += _rights(lang, s)
    out += _part(t("sa.h.searched", lang), [_pairs_table(data.identifiers, s)], s["section"])
    if not data.cases and not data.inquiries:
        out.append(Paragraph(escape(t("sa.nothing", lang)), s["value"]))
        return out
    out.append(Paragraph(escape(t("sa.h.cases", lang, n=len(data.cases))), s["section"]))
    if not data.cases:
        out.append(Paragraph(escape(t("sa.none", lang)), s["body"]))
    for block in data.cases:
        out += _case(block, lang, s)
    out.append(Paragraph(escape(t("sa.h.inquiries", lang, n=len(data.inquiries))),
                         s["section"]))
    if not data.inquiries:
        out.append(Paragraph(escape(t("sa.none", lang)), s["body"]))
    for inquiry in data.inquiries:
        out += _part(t("sa.h.inquiry", lang, when=inquiry.when), [_pairs_table(inquiry.pairs, s)],
                     s["sub"])
    return out


# -- pages -------------------------------------------------------------------------------------


def _footer(lang: str):
    text = t("sa.footer", lang)

    def paint(canvas: Canvas, doc) -> None:
        canvas.saveState()
        left, right = MARGIN_X + FRAME_PAD, PAGE_W - MARGIN_X - FRAME_PAD
        y = MARGIN_BOTTOM - 7.5 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 3.8 * mm, right, y + 3.8 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(left, y - 3.6 * mm, plain(text))
        canvas.restoreState()

    return paint


def _stamp(lang: str):
    def stamp(canvas: Canvas, n: int, m: int) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_W - MARGIN_X - FRAME_PAD, MARGIN_BOTTOM - 11.1 * mm,
                               t("sa.page", lang, n=n, m=m))
        canvas.restoreState()

    return stamp


def render_subject_access(data: SubjectAccessData) -> bytes:
    """The person's data as PDF bytes (A4 portrait)."""
    lang = "en" if data.lang == "en" else "id"
    buf = io.BytesIO()
    title = t("sa.title", lang).capitalize()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # No personal data in the metadata (viewers and desktop search show it).
        title=title, author=AGENCY_NAME, creator="Halo TKI Desk", subject=title,
        lang="en" if lang == "en" else "id-ID", invariant=1)
    paint = _footer(lang)
    doc.build(story(data), onFirstPage=paint, onLaterPages=paint,
              canvasmaker=page_count_canvas(_stamp(lang)))
    return buf.getvalue()
