"""The office's letters about a case, on its letterhead like the receipt: the referral letter
(surat rujukan) to a partner, and the summons (surat panggilan klarifikasi) of a placement
agency. Indonesian is what the office prints; English reads the same, for a colleague who
does not read Indonesian.

Pure rendering: everything arrives in the data (labels already translated); the bytes stay
in memory (they carry personal data) and the caller decides where they go.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
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

from desktop.formatting import format_date, weekday_name, zone_info
from desktop.messages import Msg
from desktop.receipt.layout import (
    AGENCY_NAME,
    CONTENT_W,
    FRAME_PAD,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_W,
    RULE,
    field,
    letterhead,
    paragraphs,
    plain,
    styles,
)

TEXT_MAX_CHARS = 1500  # a summary or request longer than this belongs in an attachment
ADDRESS_MAX_CHARS = 300
NUMBER_BLANK = "." * 40
LABEL_W = 50 * mm  # the widest label ("Perusahaan penempatan") on one line  # a letter without its number yet: the office writes it by hand


@dataclass(frozen=True)
class LetterOffice:
    name: str  # "BP3TKI Surabaya"
    address: str  # may be ""
    phone: str  # may be ""
    tz: str  # "WIB" | "WITA" | "WIT"
    city: str = ""  # where the letter is written: "Surabaya"


@dataclass(frozen=True)
class WorkerIdentity:
    """Who the case is about, as much as a partner needs to act: labels already translated."""

    name: str
    passport: str = ""
    destination: str = ""  # country label
    employer: str = ""
    agency: str = ""  # the placement agency (PPTKIS) as recorded on the case
    category: str = ""  # the complaint's category label


@dataclass(frozen=True)
class LetterBasis:
    """What sharing the letter's personal data rests on (data_protection.LEGAL_BASES)."""

    legal_basis: str
    consent_on: date | None = None  # consent: the day it was given
    recorded_by: str = ""  # consent: who recorded it (full name)
    note: str = ""  # a legal obligation: which duty


@dataclass(frozen=True)
class ReferralLetterData:
    office: LetterOffice
    letter_no: str  # "" = written by hand
    dated: date  # the day it is sent
    addressee: str
    addressee_address: str  # "" when the directory has none
    case_number: str
    received_on: date  # the complaint's date
    worker: WorkerIdentity
    summary: str  # the complaint
    request: str  # what the partner is asked to do
    reply_due: date | None
    officer_name: str
    urgent: bool = False
    basis: LetterBasis | None = None  # the service never makes a letter without one
    lang: str = "id"


@dataclass(frozen=True)
class SummonsLetterData:
    office: LetterOffice
    letter_no: str
    dated: date
    agency: str
    agency_address: str
    case_number: str
    worker: WorkerIdentity
    meeting_at: datetime  # aware; shown in the office's zone
    place: str
    officer_name: str
    lang: str = "id"


# Templates are trusted Paragraph markup; parameters are escaped before formatting.
_M = {m.code: m for m in (
    Msg("letter.number", "Nomor", "Number"),
    Msg("letter.nature", "Sifat", "Priority"),
    Msg("letter.enclosure", "Lampiran", "Enclosures"),
    Msg("letter.subject", "Perihal", "Subject"),
    Msg("letter.urgent", "Segera", "Urgent"),
    Msg("letter.ordinary", "Biasa", "Ordinary"),
    Msg("letter.important", "Penting", "Important"),
    Msg("letter.to", "Yth.", "To:"),
    Msg("letter.to_agency", "Yth. Pimpinan", "To the management of"),
    Msg("letter.at_place", "di tempat", ""),
    Msg("letter.greeting", "Dengan hormat,", "Dear Sir or Madam,"),
    Msg("letter.page", "Halaman {n}", "Page {n}"),
    Msg("letter.on_behalf", "a.n. Kepala {office}", "For the Head of {office}"),
    Msg("letter.officer", "Petugas Penanganan Kasus,", "Case officer,"),
    Msg("id.worker", "Nama TKI", "Migrant worker (TKI)"),
    Msg("id.passport", "Nomor paspor", "Passport number"),
    Msg("id.destination", "Negara tujuan", "Destination country"),
    Msg("id.employer", "Pengguna/majikan", "Employer"),
    Msg("id.agency", "Perusahaan penempatan", "Placement agency"),
    Msg("id.category", "Jenis pengaduan", "Type of complaint"),
    Msg("id.received", "Tanggal pengaduan", "Complaint received"),
    # -- the referral letter
    Msg("referral.subject", "Rujukan penanganan kasus {case}",
        "Referral for handling of case {case}"),
    Msg("referral.opening",
        "Bersama ini kami sampaikan rujukan penanganan pengaduan tenaga kerja Indonesia "
        "(TKI) yang kami terima dengan nomor pengaduan <b>{case}</b>, dengan data sebagai "
        "berikut:",
        "We refer to you the complaint concerning an Indonesian migrant worker that we "
        "received under case number <b>{case}</b>, with the following details:"),
    Msg("referral.summary", "Ringkasan pengaduan:", "Summary of the complaint:"),
    Msg("referral.request",
        "Sehubungan dengan hal tersebut, kami mohon bantuan Bapak/Ibu untuk:",
        "In this regard, we kindly ask for your help to:"),
    Msg("referral.reply_by",
        "Kami mohon jawaban atau informasi tindak lanjut dapat disampaikan kepada kami paling "
        "lambat tanggal <b>{due}</b>, dengan menyebutkan nomor pengaduan <b>{case}</b>.",
        "Please send us your reply or the follow-up taken no later than <b>{due}</b>, "
        "quoting case number <b>{case}</b>."),
    Msg("referral.reply",
        "Kami mohon jawaban atau informasi tindak lanjut dapat disampaikan kepada kami dengan "
        "menyebutkan nomor pengaduan <b>{case}</b>.",
        "Please send us your reply or the follow-up taken, quoting case number "
        "<b>{case}</b>."),
    Msg("referral.contact_phone",
        "Untuk koordinasi lebih lanjut, Bapak/Ibu dapat menghubungi {officer} di {office}, "
        "telepon {phone}.",
        "For further coordination, please contact {officer} at {office}, phone {phone}."),
    Msg("referral.contact",
        "Untuk koordinasi lebih lanjut, Bapak/Ibu dapat menghubungi {officer} di {office}.",
        "For further coordination, please contact {officer} at {office}."),
    # What sharing the personal data rests on (UU PDP), and what it may be used for.
    Msg("referral.basis.consent_oral",
        "Data pribadi dalam surat ini kami sampaikan atas persetujuan lisan pengadu yang "
        "diberikan pada tanggal {date} (dicatat oleh {officer}).",
        "The personal data in this letter is shared with the complainant's oral consent, "
        "given on {date} (recorded by {officer})."),
    Msg("referral.basis.consent_written",
        "Data pribadi dalam surat ini kami sampaikan atas persetujuan tertulis pengadu "
        "tertanggal {date} (dicatat oleh {officer}).",
        "The personal data in this letter is shared with the complainant's written consent "
        "dated {date} (recorded by {officer})."),
    Msg("referral.basis.vital_interest",
        "Data pribadi dalam surat ini kami sampaikan untuk melindungi kepentingan vital TKI "
        "yang bersangkutan.",
        "The personal data in this letter is shared to protect the vital interests of the "
        "worker concerned."),
    Msg("referral.basis.legal_obligation",
        "Data pribadi dalam surat ini kami sampaikan untuk memenuhi kewajiban menurut "
        "peraturan perundang-undangan: {note}.",
        "The personal data in this letter is shared to fulfil a legal obligation: {note}."),
    Msg("referral.basis.use",
        "Mohon data tersebut dijaga kerahasiaannya dan hanya digunakan untuk penanganan "
        "pengaduan ini (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).",
        "Please keep it confidential and use it only to handle this complaint (Indonesia's "
        "Personal Data Protection Law No. 27 of 2022)."),
    Msg("referral.closing",
        "Demikian surat ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami "
        "ucapkan terima kasih.",
        "Thank you for your attention and cooperation."),
    # -- the summons
    Msg("summons.subject", "Panggilan klarifikasi pengaduan {case}",
        "Summons to a clarification meeting on complaint {case}"),
    Msg("summons.opening",
        "Sehubungan dengan pengaduan yang kami terima dengan nomor pengaduan <b>{case}</b> "
        "mengenai tenaga kerja Indonesia (TKI) berikut:",
        "Concerning the complaint we received under case number <b>{case}</b> about the "
        "following Indonesian migrant worker:"),
    Msg("summons.invite",
        "dengan ini kami mengundang Saudara untuk hadir dalam pertemuan klarifikasi pada:",
        "we ask you to attend a clarification meeting on:"),
    Msg("summons.day", "Hari, tanggal", "Day, date"),
    Msg("summons.time", "Waktu", "Time"),
    Msg("summons.until", "{time} {tz} s.d. selesai", "{time} {tz} until finished"),
    Msg("summons.place", "Tempat", "Place"),
    Msg("summons.agenda", "Acara", "Agenda"),
    Msg("summons.agenda_text", "Klarifikasi pengaduan {case}", "Clarification of complaint {case}"),
    Msg("summons.bring", "Mohon membawa:", "Please bring:"),
    Msg("summons.bring.mandate",
        "surat tugas dari pimpinan perusahaan bagi yang mewakili;",
        "a letter of assignment from the management, if someone attends on its behalf;"),
    Msg("summons.bring.licence",
        "salinan Surat Izin Perusahaan Penempatan Pekerja Migran Indonesia (SIP3MI);",
        "a copy of the company's placement licence (SIP3MI);"),
    Msg("summons.bring.placement",
        "dokumen penempatan TKI tersebut (perjanjian penempatan, perjanjian kerja, dan "
        "dokumen keberangkatan);",
        "the worker's placement documents (placement agreement, work agreement and "
        "departure documents);"),
    Msg("summons.bring.other",
        "dokumen lain yang berkaitan dengan pengaduan (bukti pembayaran gaji atau biaya "
        "penempatan, surat-menyurat dengan pengguna).",
        "any other document about the complaint (proof of wage or placement fee payments, "
        "correspondence with the employer)."),
    Msg("summons.absent_phone",
        "Apabila berhalangan hadir, mohon memberi tahu kami sebelum tanggal pertemuan melalui "
        "telepon {phone}. Ketidakhadiran tanpa keterangan kami catat dalam penanganan kasus "
        "ini.",
        "If you cannot attend, please let us know before the meeting by phone on {phone}. "
        "Absence without notice is recorded in the handling of this case."),
    Msg("summons.absent",
        "Apabila berhalangan hadir, mohon memberi tahu kami sebelum tanggal pertemuan. "
        "Ketidakhadiran tanpa keterangan kami catat dalam penanganan kasus ini.",
        "If you cannot attend, please let us know before the meeting. Absence without notice "
        "is recorded in the handling of this case."),
    Msg("summons.closing",
        "Demikian, atas perhatian dan kehadiran Saudara kami ucapkan terima kasih.",
        "Thank you for your attention and attendance."),
)}


def _t(code: str, lang: str, **params: object) -> str:
    return _M[code].text(lang, **params)


def _nobreak(markup: str) -> str:
    """A date or phone number is read as one: it never wraps across lines."""
    return markup.replace(" ", "&nbsp;")


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "id"


def _letter_styles() -> dict[str, ParagraphStyle]:
    s = styles()
    body = ParagraphStyle("letter", parent=s["body"], fontSize=10, leading=13.5,
                          alignment=TA_JUSTIFY, spaceAfter=2 * mm)
    return {**s, "letter": body,
            "cell": ParagraphStyle("cell", parent=body, alignment=0, spaceAfter=0),
            "cell_bold": ParagraphStyle("cell_bold", parent=body, alignment=0, spaceAfter=0,
                                        fontName="Helvetica-Bold"),
            "dateline": ParagraphStyle("dateline", parent=body, alignment=TA_RIGHT,
                                       spaceAfter=2 * mm),
            "quote": ParagraphStyle("quote", parent=body, leftIndent=7 * mm),
            "sign": ParagraphStyle("sign_letter", parent=body, alignment=0, spaceAfter=0)}


# -- parts ------------------------------------------------------------------------------------

def _dateline(office: LetterOffice, dated: date, lang: str, s) -> Paragraph:
    when = format_date(dated, lang)
    city = field(office.city)
    return Paragraph(f"{city}, {escape(when)}" if city else escape(when), s["dateline"])


def _pairs(rows: Sequence[tuple[str, str]], s, label_w: float, bold_values: bool = False,
           indent: float = 0) -> Table:
    """"Label : value" lines, the colons aligned, as official letters set them."""
    value_style = s["cell_bold"] if bold_values else s["cell"]
    data = [[Paragraph(escape(label), s["cell"]), Paragraph(":", s["cell"]),
             Paragraph(value or "-", value_style)] for label, value in rows]
    table = Table(data, colWidths=[label_w, 4 * mm, CONTENT_W - indent - label_w - 4 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (0, -1), indent),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.2 * mm),
    ]))
    table.hAlign = "LEFT"
    return table


def _heading(letter_no: str, nature: str, subject: str, lang: str, s) -> Table:
    return _pairs([(_t("letter.number", lang), field(letter_no) or NUMBER_BLANK),
                   (_t("letter.nature", lang), escape(nature)),
                   (_t("letter.enclosure", lang), "-"),
                   (_t("letter.subject", lang), f"<b>{escape(subject)}</b>")], s, 24 * mm)


def _addressee(lines: Sequence[str], address: str, lang: str, s) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 2 * mm)]
    out += [Paragraph(line, s["cell"]) for line in lines]
    if address.strip():
        out.append(Paragraph(paragraphs(address, ADDRESS_MAX_CHARS), s["cell"]))
    elif _t("letter.at_place", lang):
        out.append(Paragraph(escape(_t("letter.at_place", lang)), s["cell"]))
    out.append(Spacer(1, 4 * mm))
    return out


def _identity(worker: WorkerIdentity, lang: str, s, extra: Sequence[tuple[str, str]] = ()) -> Table:
    rows = [(_t("id.worker", lang), field(worker.name)),
            (_t("id.passport", lang), field(worker.passport)),
            (_t("id.destination", lang), field(worker.destination)),
            (_t("id.employer", lang), field(worker.employer))]
    if worker.agency:
        rows.append((_t("id.agency", lang), field(worker.agency)))
    rows.append((_t("id.category", lang), field(worker.category)))
    rows += list(extra)
    table = _pairs(rows, s, LABEL_W, bold_values=True, indent=7 * mm)
    table.spaceAfter = 2.5 * mm
    return table


def _signature(office: LetterOffice, officer: str, lang: str, s) -> Table:
    block = [Paragraph(_t("letter.on_behalf", lang, office=field(office.name)), s["sign"]),
             Paragraph(_t("letter.officer", lang), s["sign"]),
             Spacer(1, 18 * mm),  # room for the signature and the office's stamp
             Paragraph(f"<u><b>{field(officer) or '&nbsp;' * 40}</b></u>", s["sign"])]
    table = Table([["", block]], colWidths=[CONTENT_W * 0.5, CONTENT_W * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _closing(text: str, office: LetterOffice, officer: str, lang: str, s) -> KeepTogether:
    """The last sentence stays with the signature: a page never starts with a lone one."""
    return KeepTogether([Paragraph(text, s["letter"]), Spacer(1, 2 * mm),
                         _signature(office, officer, lang, s)])


def _numbered(items: Sequence[str], s) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(escape(text), s["cell"]), spaceAfter=1.5) for text in items],
        bulletType="1", bulletFormat="%s.", bulletFontName="Helvetica", bulletFontSize=10,
        leftIndent=7 * mm, bulletDedent=5 * mm, spaceAfter=3 * mm)


def _footer(case_number: str, lang: str):
    case = plain(case_number)

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = MARGIN_BOTTOM - 9 * mm
        left, right = MARGIN_X + FRAME_PAD, PAGE_W - MARGIN_X - FRAME_PAD
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 3.8 * mm, right, y + 3.8 * mm)
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(right, y, f"{case} · {_t('letter.page', lang, n=doc.page)}")
        canvas.restoreState()

    return paint


def _build(story: list[Flowable], title: str, case_number: str, lang: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # No personal data in the metadata: viewers show it and desktop search indexes it.
        title=f"{title} {plain(case_number)}", author=AGENCY_NAME, creator="Halo TKI Desk",
        subject=title, lang="en" if lang == "en" else "id-ID",
        invariant=1)  # same input, same bytes (reprints, tests)
    paint = _footer(case_number, lang)
    doc.build(story, onFirstPage=paint, onLaterPages=paint)
    return buf.getvalue()


# -- the letters ----------------------------------------------------------------------------

def render_referral_letter(data: ReferralLetterData) -> bytes:
    """The surat rujukan as PDF bytes (A4)."""
    lang = _lang(data.lang)
    s = _letter_styles()
    case = field(data.case_number, 60)
    nature = _t("letter.urgent" if data.urgent else "letter.ordinary", lang)
    subject = _t("referral.subject", lang, case=plain(data.case_number))
    story: list[Flowable] = [
        *letterhead(data.office.name, data.office.address, data.office.phone, lang, s),
        _dateline(data.office, data.dated, lang, s),
        _heading(data.letter_no, nature, subject, lang, s),
        *_addressee([f"{_t('letter.to', lang)} <b>{field(data.addressee)}</b>"],
                    data.addressee_address, lang, s),
        Paragraph(_t("letter.greeting", lang), s["letter"]),
        Paragraph(_t("referral.opening", lang, case=case), s["letter"]),
        _identity(data.worker, lang, s,
                  [(_t("id.received", lang), escape(format_date(data.received_on, lang)))]),
        Paragraph(_t("referral.summary", lang), s["letter"]),
        Paragraph(paragraphs(data.summary, TEXT_MAX_CHARS) or "-", s["quote"]),
        Paragraph(_t("referral.request", lang), s["letter"]),
        Paragraph(paragraphs(data.request, TEXT_MAX_CHARS) or "-", s["quote"]),
    ]
    if data.reply_due is not None:
        due = _nobreak(escape(format_date(data.reply_due, lang)))
        story.append(Paragraph(_t("referral.reply_by", lang, case=case, due=due), s["letter"]))
    else:
        story.append(Paragraph(_t("referral.reply", lang, case=case), s["letter"]))
    story.append(Paragraph(_contact(data, lang), s["letter"]))
    basis = basis_sentence(data.basis, lang) if data.basis is not None else ""
    if basis:
        story.append(Paragraph(basis, s["letter"]))
    story.append(_closing(_t("referral.closing", lang), data.office, data.officer_name,
                          lang, s))
    return _build(story, _t("referral.subject", lang, case="").strip(), data.case_number, lang)


def _contact(data: ReferralLetterData, lang: str) -> str:
    officer = field(data.officer_name) or field(data.office.name)
    phone = _nobreak(field(data.office.phone))
    if phone:
        return _t("referral.contact_phone", lang, officer=officer,
                  office=field(data.office.name), phone=phone)
    return _t("referral.contact", lang, officer=officer, office=field(data.office.name))


def basis_sentence(basis: LetterBasis, lang: str) -> str:
    """The letter's one paragraph on what sharing its personal data rests on (markup)."""
    lang = _lang(lang)
    code = f"referral.basis.{basis.legal_basis}"
    if code not in _M:
        return ""
    when = _nobreak(escape(format_date(basis.consent_on, lang))) if basis.consent_on else "-"
    note = " ".join(basis.note.split()).rstrip(".")
    stated = _t(code, lang, date=when, officer=field(basis.recorded_by) or "-",
                note=field(note, ADDRESS_MAX_CHARS) or "-")
    return f"{stated} {_t('referral.basis.use', lang)}"


def render_summons_letter(data: SummonsLetterData) -> bytes:
    """The surat panggilan klarifikasi to a placement agency as PDF bytes (A4)."""
    lang = _lang(data.lang)
    s = _letter_styles()
    case = field(data.case_number, 60)
    local = data.meeting_at.astimezone(zone_info(data.office.tz))
    sep = ":" if lang == "en" else "."
    clock = f"{local.hour:02d}{sep}{local.minute:02d}"
    subject = _t("summons.subject", lang, case=plain(data.case_number))
    meeting = _pairs([
        (_t("summons.day", lang),
         escape(f"{weekday_name(local.date(), lang)}, {format_date(local.date(), lang)}")),
        (_t("summons.time", lang), escape(_t("summons.until", lang, time=clock,
                                             tz=data.office.tz))),
        (_t("summons.place", lang), paragraphs(data.place, ADDRESS_MAX_CHARS)),
        (_t("summons.agenda", lang), _t("summons.agenda_text", lang, case=case)),
    ], s, LABEL_W, bold_values=True, indent=7 * mm)
    meeting.spaceAfter = 2.5 * mm
    phone = _nobreak(field(data.office.phone))
    absent = (_t("summons.absent_phone", lang, phone=phone) if phone
              else _t("summons.absent", lang))
    bring = [_t(f"summons.bring.{k}", lang)
             for k in ("mandate", "licence", "placement", "other")]
    story: list[Flowable] = [
        *letterhead(data.office.name, data.office.address, data.office.phone, lang, s),
        _dateline(data.office, data.dated, lang, s),
        _heading(data.letter_no, _t("letter.important", lang), subject, lang, s),
        *_addressee([f"{_t('letter.to_agency', lang)} <b>{field(data.agency)}</b>"],
                    data.agency_address, lang, s),
        Paragraph(_t("letter.greeting", lang), s["letter"]),
        Paragraph(_t("summons.opening", lang, case=case), s["letter"]),
        _identity(data.worker, lang, s),
        Paragraph(_t("summons.invite", lang), s["letter"]),
        meeting,
        KeepTogether([Paragraph(_t("summons.bring", lang), s["letter"]), _numbered(bring, s)]),
        Paragraph(absent, s["letter"]),
        _closing(_t("summons.closing", lang), data.office, data.officer_name, lang, s),
    ]
    return _build(story, _t("summons.subject", lang, case="").strip(), data.case_number, lang)


def office_city(office_name: str) -> str:
    """Where a letter is written, from the office's name: "BP3TKI Surabaya" -> "Surabaya",
    "Kantor Pusat (Crisis Center) Jakarta" -> "Jakarta"."""
    name = " ".join((office_name or "").split())
    if ")" in name:
        name = name.rsplit(")", 1)[1]
    for prefix in ("BP3TKI", "BP2MI", "UPT BP2MI", "Kantor"):
        if name.upper().startswith(prefix.upper() + " "):
            name = name[len(prefix) + 1:]
    return name.strip()
