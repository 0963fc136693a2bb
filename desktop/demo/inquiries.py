"""The demo office's information requests: about a third as many as its complaints.

Each planned case brings the requests asked around its own receipt, so requests are spread
over the years like the complaints, and the same seed gives the same requests (they are
drawn from the case's index and receipt moment, which the seed fixes). A few cases began as
a request the same day and were made a complaint from it (`made_from`): that request names
its complaint, as when the front office turns one into a case.

Both writers record them the way the office does: the services writer through
InquiryService.record and CaseService.record_intake(inquiry_id=...), the bulk writer with
the same rows and change records in its own transaction (`write_bulk`, `mark_bulk_made`).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from desktop.demo import names as N
from desktop.demo.plan import SERVICE_DELAY, CasePlan
from desktop.domain import case_events as ce
from desktop.domain import validation as v
from desktop.domain.inquiries import InquiryInput, normalize_inquiry
from desktop.formatting import zone_info

# Chance that a case was asked about as a request first, and of one more request asked
# around a case's receipt: 0.05 + 0.28 ≈ a third as many requests as complaints, about one
# in seven of them made a complaint.
MADE_FROM_SHARE = 0.05
STANDALONE_SHARE = 0.28
# The complaints' channel weights (desktop/demo/generator.py CHANNEL_WEIGHTS) with phone
# and letter swapped: a question is asked in person or rung in, seldom written.
CHANNEL_WEIGHTS = {
    "datang_langsung": 1390, "telepon": 667, "surat": 209, "email": 49, "media_sosial": 49,
    "sms": 7, "faksimili": 5, "lainnya": 156,
}
OFFICE_HOURS_CHANNELS = {"datang_langsung", "telepon", "surat", "faksimili"}
# What is asked most at a BP3TKI desk: fees, procedures and papers.
TOPIC_WEIGHTS = {
    "biaya_penempatan": 18, "prosedur_resmi": 20, "dokumen_persyaratan": 16,
    "pelatihan_sertifikasi": 8, "lowongan_negara_tujuan": 10, "legalitas_pptkis": 10,
    "asuransi_jaminan": 6, "pengiriman_uang": 3, "status_pengaduan": 5, "lainnya": 4,
}
TYPE_WEIGHTS = {"calon_tki": 45, "keluarga_tki": 25, "tki": 10, "": 20}
QUESTIONS = {
    "biaya_penempatan": ["Berapa biaya resmi penempatan ke {country}?",
                         "Apakah sponsor boleh meminta uang muka sebelum berangkat?"],
    "prosedur_resmi": ["Bagaimana cara mendaftar kerja ke {country} secara resmi?",
                       "Apa saja tahapan sebelum berangkat bekerja ke luar negeri?"],
    "dokumen_persyaratan": ["Dokumen apa yang perlu disiapkan untuk membuat paspor TKI?",
                            "Bagaimana cara mengurus e-KTKLN?"],
    "pelatihan_sertifikasi": ["Di mana tempat pelatihan resmi bagi calon TKI?"],
    "lowongan_negara_tujuan": ["Apakah ada lowongan resmi ke {country} tahun ini?"],
    "legalitas_pptkis": ["Apakah PPTKIS yang menawarkan kerja ke {country} ini resmi?"],
    "asuransi_jaminan": ["Bagaimana cara mendaftar BPJS Ketenagakerjaan untuk TKI?"],
    "pengiriman_uang": ["Bagaimana cara aman mengirim uang dari {country} ke keluarga?"],
    "status_pengaduan": ["Pengadu menanyakan perkembangan pengaduan yang sudah disampaikan."],
    "lainnya": ["Pengadu menanyakan alamat kantor perwakilan RI di {country}."],
}
ANSWERS = {
    "status_pengaduan": "Dijelaskan bahwa pengaduan masih ditangani; pengadu akan dihubungi.",
    "legalitas_pptkis": "Dijelaskan cara memeriksa izin PPTKIS dan diberi daftar yang resmi.",
}
DEFAULT_ANSWER = "Dijelaskan ketentuan yang berlaku dan diberi brosur informasi."
COUNTRIES = ("Malaysia", "Taiwan", "Hong Kong", "Arab Saudi", "Singapura", "Korea Selatan")


@dataclass(frozen=True)
class PlannedInquiry:
    input: InquiryInput
    made_from: bool  # the case of this plan was made from it


def plan_inquiries(plan: CasePlan, reference, office_tz: str) -> list[PlannedInquiry]:
    """The requests asked around this case's receipt, oldest first; the one the case was
    made from comes last. Topics and channels the reference data lacks are never drawn."""
    topics = {i.code for i in reference.items("inquiry_topic")}
    channels = {i.code for i in reference.items("channel")}
    rng = random.Random(f"inquiry:{plan.index}:{plan.received_at.isoformat()}")
    zone = zone_info(office_tz)
    out = []
    if rng.random() < STANDALONE_SHARE:
        channel = _pick(rng, CHANNEL_WEIGHTS, channels)
        # The same hour of day some days before the case, on a working day when the desk
        # or the phone took it.
        at = plan.received_at - timedelta(days=int(rng.random() * 4),
                                          minutes=5 + int(rng.random() * 55))
        if channel in OFFICE_HOURS_CHANNELS:  # never after the case itself, nor in the future
            at = min(_office_hours(at, zone, rng), plan.received_at - timedelta(minutes=5))
        out.append(PlannedInquiry(_input(rng, channel, _pick(rng, TOPIC_WEIGHTS, topics), at,
                                         name="", phone=""), False))
    if rng.random() < MADE_FROM_SHARE:
        # Asked at the same visit or call, shortly before it was taken down as a complaint.
        complaint = plan.intake.complaint
        at = plan.received_at - timedelta(minutes=10 + int(rng.random() * 50))
        topic = _pick(rng, {"status_pengaduan": 1, "lainnya": 2, "legalitas_pptkis": 2,
                            "biaya_penempatan": 2}, topics)
        person = plan.intake.complainant
        out.append(PlannedInquiry(_input(rng, complaint.channel, topic, at, name=person.name,
                                         phone=_first_phone(person.phones)), True))
    return out


def _pick(rng: random.Random, weights: dict[str, float], known: set[str]) -> str:
    items = [(k, w) for k, w in weights.items() if k in known] or [(sorted(known)[0], 1)]
    x = rng.random() * sum(w for _k, w in items)
    for key, weight in items:
        x -= weight
        if x < 0:
            return key
    return items[-1][0]


def _office_hours(at: datetime, zone, rng: random.Random) -> datetime:
    local = at.astimezone(zone)
    day = local.date()
    while day.weekday() >= 5:  # the desk is shut at the weekend
        day -= timedelta(days=1)
    if not (time(8) <= local.time() < time(15)):
        local = datetime.combine(day, time(8), zone) + timedelta(minutes=int(rng.random() * 400))
    else:
        local = datetime.combine(day, local.time(), zone)
    return local.astimezone(UTC)


def _input(rng: random.Random, channel: str, topic: str, at: datetime, name: str,
           phone: str) -> InquiryInput:
    question = rng.choice(QUESTIONS.get(topic, QUESTIONS["lainnya"]))
    question = question.format(country=rng.choice(COUNTRIES))
    ctype = _pick(rng, TYPE_WEIGHTS, set(TYPE_WEIGHTS))
    if not name and rng.random() < 0.5:
        flavour = rng.choice(sorted(N.FEMALE))
        name = f"{rng.choice(N.FEMALE[flavour])} {rng.choice(N.SECOND[flavour])}"
    if not phone and channel in ("telepon", "sms") and rng.random() < 0.7:
        phone = _first_phone("0" + rng.choice(N.MOBILE_PREFIXES)
                             + "".join(str(int(rng.random() * 10)) for _ in range(8)))
    return InquiryInput(channel=channel, topic=topic, question=question,
                        answer=ANSWERS.get(topic, DEFAULT_ANSWER), name=name, phone=phone,
                        complainant_type=ctype, received_at=at)


def _first_phone(phones: str) -> str:
    """The first number typed, if the phone rules take it as a request's one phone."""
    for part in (phones or "").replace(";", ",").split(","):
        try:
            return v.normalize_phone(part.strip()) if part.strip() else ""
        except v.ValidationError:
            return ""
    return ""


def recorded_at(item: PlannedInquiry) -> datetime:
    """When the front office typed it in: just after it was asked."""
    return item.input.received_at + SERVICE_DELAY


# -- the services writer ------------------------------------------------------------------
def record_with_services(core, planned: list[PlannedInquiry]) -> str:
    """Record the requests through InquiryService (core.now moved to each one's moment by
    this function; the caller puts the clock back); returns the id of the one the case is
    to be made from, or ''."""
    made_from = ""
    for item in planned:
        moment = recorded_at(item)
        core.now = lambda moment=moment: moment
        inquiry_id = core.inquiries.record(item.input)
        if item.made_from:
            made_from = inquiry_id
    return made_from


# -- the bulk writer ----------------------------------------------------------------------
def write_bulk(tx, core, planned: list[PlannedInquiry]) -> tuple[str, dict] | None:
    """The rows InquiryService.record writes, in the bulk writer's transaction; returns
    (id, fields) of the request the case is made from, or None."""
    made = None
    for item in planned:
        fields = normalize_inquiry(item.input, core.reference, recorded_at(item))
        inquiry_id = str(uuid.uuid4())
        tx.insert("inquiry", {"id": inquiry_id, "office_code": core.office.code, **fields,
                              "complaint_id": "", "complaint_number": "",
                              "created_by": tx.user, "created_at": tx.now,
                              "updated_at": tx.now})
        if item.made_from:
            made = (inquiry_id, fields)
    return made


def mark_bulk_made(tx, core, made: tuple[str, dict], case_id: str, number: str,
                   occurred_at: str) -> None:
    """What InquiryService.mark_made writes: the request names its complaint, and the
    complaint's timeline the request (dated when the complaint was recorded)."""
    inquiry_id, fields = made
    tx.update("inquiry", inquiry_id, {"complaint_id": case_id, "complaint_number": number,
                                      "updated_at": tx.now})
    core.cases._event(tx, case_id, ce.FROM_INQUIRY, fields["question"][:500],
                      occurred_at=occurred_at,
                      data={"inquiry": inquiry_id, "received_at": fields["received_at"],
                            "topic": fields["topic"]})
