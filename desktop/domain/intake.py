"""Turning what the officer typed into validated column values, all problems at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from desktop.domain import validation as v
from desktop.domain.models import DOC_MISSING, DOC_NOT_APPLICABLE, DOC_STATES, IntakeInput
from desktop.domain.reference import Reference
from desktop.formatting import zone_info
from desktop.messages import Msg

MSG_REQUIRED = Msg("required", "Wajib diisi.", "Required.")
MSG_UNKNOWN_CODE = Msg("unknown_choice", "Pilihan tidak dikenal.", "Unknown choice.")
MSG_WORKER_IDENTITY = Msg(
    "worker_identity_required",
    "Isi minimal nama TKI, nomor paspor atau NIK.",
    "Enter at least the worker's name, passport number or NIK.",
)
MSG_CONTACT_REQUIRED = Msg(
    "contact_required",
    "Isi nomor telepon, alamat atau email pengadu agar kantor dapat menghubunginya.",
    "Enter the complainant's phone, address or email so the office can reach them.",
)
MSG_CHANNEL_NEEDS = Msg(
    "channel_requires_field",
    "Untuk saluran pengaduan ini, isian ini wajib.",
    "This field is required for this complaint channel.",
)
# Complaints go back no further than the agency's records (issue 12 §4).
EARLIEST_RECEIVED = date(2000, 1, 1)
MSG_RECEIVED_TOO_OLD = Msg("received_before_2000",
                           "Tanggal diterima tidak boleh sebelum tahun 2000.",
                           "The date received cannot be before 2000.")
MSG_RECEIVED_FUTURE = Msg("received_in_future",
                          "Tanggal diterima tidak boleh di masa depan.",
                          "The date received cannot be in the future.")
MSG_SEX = Msg("sex_invalid", "Jenis kelamin harus L atau P.", "Sex must be L or P.")

WORKER_TEXT_FIELDS = (
    "address", "province", "regency", "destination_city", "employer_name", "employer_address",
    "first_employer", "pptkis", "work_agreement", "ktkln",
)


@dataclass
class NormalizedIntake:
    case: dict
    worker: dict
    complainant: dict
    documents: dict[str, str]


def check_code(c: v.Collector, ref: Reference, kind: str, value: str, field: str, required: bool) -> str:
    value = (value or "").strip()
    if not value:
        if required:
            c.add(v.ValidationError(MSG_REQUIRED, field=field))
        return ""
    if not ref.has(kind, value):
        c.add(v.ValidationError(MSG_UNKNOWN_CODE, field=field))
        return ""
    return value


def _date_iso(c: v.Collector, value: str, field: str, today: date, birth: bool = False) -> str:
    parsed = c.check(v.parse_date, value, field)
    if parsed is None:
        return ""
    check = v.validate_birth_date if birth else v.validate_not_future
    c.check(check, parsed, field, today=today)
    return parsed.isoformat()


def normalize_worker(c: v.Collector, w, ref: Reference, today: date) -> dict:
    out = {
        "name": c.check(v.normalize_name, w.name, "worker.name") or "",
        "nik": c.check(v.normalize_nik, w.nik, "worker.nik") or "",
        "passport": c.check(v.normalize_passport, w.passport, "worker.passport") or "",
        "phone": c.check(v.normalize_phone, w.phone, "worker.phone") or "",
        "employer_phone": c.check(v.normalize_phone, w.employer_phone, "worker.employer_phone") or "",
        "birth_date": _date_iso(c, w.birth_date, "worker.birth_date", today, birth=True),
        "departure_date": _date_iso(c, w.departure_date, "worker.departure_date", today),
        "destination_country": check_code(c, ref, "country", w.destination_country,
                                     "worker.destination_country", False),
        "job": check_code(c, ref, "job", w.job, "worker.job", False),
    }
    sex = (w.sex or "").strip().upper()
    if sex not in ("", "L", "P"):
        c.add(v.ValidationError(MSG_SEX, field="worker.sex"))
        sex = ""
    out["sex"] = sex
    for name in WORKER_TEXT_FIELDS:
        out[name] = c.check(v.normalize_text, getattr(w, name), f"worker.{name}", max_len=500) or ""
    return out


def normalize_complainant(c: v.Collector, p, ref: Reference) -> dict:
    phones = c.check(v.normalize_phones, p.phones, "complainant.phones")
    return {
        "name": c.check(v.normalize_name, p.name, "complainant.name") or "",
        "relation": check_code(c, ref, "relation", p.relation, "complainant.relation", True),
        "nik": c.check(v.normalize_nik, p.nik, "complainant.nik") or "",
        "phones": ", ".join(phones or []),
        "email": c.check(v.normalize_email, p.email, "complainant.email") or "",
        "address": c.check(v.normalize_text, p.address, "complainant.address", max_len=500) or "",
        "preferred_contact": check_code(c, ref, "channel", p.preferred_contact,
                                   "complainant.preferred_contact", False),
    }


def _received_on(c: v.Collector, typed: str, now: datetime, today: date,
                 office_tz: str) -> datetime | None:
    """The day typed for a complaint that arrived earlier (a letter opened today): the
    start of that day in the office's zone; today's date means now."""
    if not (typed or "").strip():
        return None
    day = c.check(v.parse_date, typed, "complaint.received_on")
    if day is None:
        return None
    if day > today:
        c.add(v.ValidationError(MSG_RECEIVED_FUTURE, field="complaint.received_on"))
        return None
    if day == today:
        return now
    return datetime.combine(day, time(0), tzinfo=zone_info(office_tz))


def normalize_intake(inp: IntakeInput, ref: Reference, now: datetime,
                     today: date | None = None, office_tz: str = "WIB") -> NormalizedIntake:
    """`today` is the office's local date (dates typed at the desk are local dates, in
    `office_tz`)."""
    c = v.Collector()
    today = today or now.date()
    worker = normalize_worker(c, inp.worker, ref, today)
    complainant = normalize_complainant(c, inp.complainant, ref)
    if complainant["relation"] == "diri_sendiri":
        # The worker complains in person: the complainant is the worker.
        complainant["name"] = complainant["name"] or worker["name"]
        complainant["nik"] = complainant["nik"] or worker["nik"]
        if not complainant["phones"] and worker["phone"]:
            complainant["phones"] = worker["phone"]
    if not (worker["name"] or worker["passport"] or worker["nik"]):
        c.add(v.ValidationError(MSG_WORKER_IDENTITY, field="worker.name"))

    k = inp.complaint
    channel = check_code(c, ref, "channel", k.channel, "complaint.channel", True)
    case = {
        "category": check_code(c, ref, "category", k.category, "complaint.category", True),
        "channel": channel,
        "complainant_type": check_code(c, ref, "complainant_type", k.complainant_type,
                                  "complaint.complainant_type", False),
        "description": c.check(v.normalize_text, k.description, "complaint.description",
                               max_len=4000, required=True) or "",
    }
    received = k.received_at or _received_on(c, k.received_on, now, today, office_tz) or now
    if received.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    c.check(v.validate_not_future, received, "complaint.received_at", today=now)
    if received.astimezone(zone_info(office_tz)).date() < EARLIEST_RECEIVED:
        c.add(v.ValidationError(MSG_RECEIVED_TOO_OLD, field="complaint.received_on"))
    # One timestamp format everywhere, so text order is time order.
    case["received_at"] = received.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    for need in ref.extra("channel", channel).get("requires", []) if channel else []:
        _check_channel_requirement(c, need, complainant)

    documents = {}
    for item in ref.items("document_type"):
        state = inp.documents.get(item.code) or _default_doc_state(item.extra, complainant, ref)
        if state not in DOC_STATES:
            c.add(v.ValidationError(MSG_UNKNOWN_CODE, field=f"documents.{item.code}"))
            continue
        documents[item.code] = state
    c.raise_if_any()
    return NormalizedIntake(case, worker, complainant, documents)


def _check_channel_requirement(c: v.Collector, need: str, p: dict) -> None:
    contact_fields = {"complainant.phones", "complainant.email", "complainant.address"}
    if any(e.field in contact_fields for e in c.errors):
        return  # the typed contact data is already flagged; "required" would mislead
    if need == "complainant.contact":
        if not (p["phones"] or p["address"] or p["email"]):
            c.add(v.ValidationError(MSG_CONTACT_REQUIRED, field="complainant.phones"))
        return
    column = {"complainant.phone": "phones"}.get(need, need.split(".", 1)[1])
    if not p.get(column):
        c.add(v.ValidationError(MSG_CHANNEL_NEEDS, field=f"complainant.{column}"))


def _default_doc_state(extra: dict, complainant: dict, ref: Reference) -> str:
    relation = ref.extra("relation", complainant["relation"])
    when = extra.get("when")
    if when == "family" and not relation.get("family"):
        return DOC_NOT_APPLICABLE
    if when == "kuasa" and not relation.get("kuasa"):
        return DOC_NOT_APPLICABLE
    return DOC_MISSING
