"""What an office records after intake, checked before it is stored: referrals to partners,
PPTKIS summons, directory entries, closure proposals and family contacts; and what is
derived from them (a referral's state, a run of failed contacts, missed summons, urgency).

Pure: the services pass the office's `today`/`now` and the reference data; every input
error is collected (all at once, each at its field) in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.deadlines import add_working_days
from desktop.domain.intake import MSG_REQUIRED, MSG_UNKNOWN_CODE
from desktop.domain.reference import Reference
from desktop.formatting import iso_utc
from desktop.messages import Msg

SENT, ANSWERED, OVERDUE, WITHDRAWN = "terkirim", "dijawab", "terlambat", "ditarik"
ATTENDED, MISSED = "hadir", "tidak_hadir"
DEFAULT_REPLY_DAYS = 14

MSG_REPLY_BEFORE_SENT = Msg(
    "referral_reply_before_sent",
    "Tanggal jawaban tidak boleh sebelum rujukan dikirim ({sent}).",
    "The reply cannot be dated before the referral was sent ({sent}).")
MSG_DUE_PAST = Msg(
    "referral_due_past",
    "Batas jawaban sudah lewat; pilih tanggal mulai hari ini.",
    "The reply due date has passed; choose a date from today on.")
MSG_DUE_BEFORE_SENT = Msg(
    "referral_due_before_sent",
    "Batas jawaban tidak boleh sebelum tanggal kirim.",
    "The reply due date cannot be before the date it was sent.")
MSG_MEETING_PAST = Msg(
    "summons_meeting_past",
    "Waktu pertemuan sudah lewat; panggilan dibuat untuk pertemuan yang akan datang.",
    "The meeting time has passed; a summons is for a meeting still to come.")
MSG_TIME_FORMAT = Msg(
    "time_format",
    "Jam tidak dikenali; tulis seperti 09.30 atau 14:00.",
    "Time not recognised; write it like 09:30 or 14:00.")
MSG_NOT_CLOSING = Msg(
    "proposal_status_invalid",
    "Usulan hanya untuk menyelesaikan atau menutup kasus.",
    "A proposal is only to resolve or to close a case.")
MSG_ALREADY_ANSWERED = Msg(
    "referral_already_closed",
    "Rujukan ini sudah dijawab atau ditarik.",
    "This referral has already been answered or withdrawn.")

# What sharing a referral's data with its addressee rests on (UU PDP, issue 14 §1.4).
MSG_BASIS_MISSING = Msg(
    "referral_basis_missing",
    "Pilih dasar berbagi data pribadi dengan penerima rujukan: persetujuan pengadu (lisan "
    "atau tertulis), kepentingan vital, atau kewajiban menurut undang-undang.",
    "Choose what sharing the personal data with the addressee rests on: the complainant's "
    "consent (oral or written), vital interest, or a legal obligation.")
MSG_CONSENT_DATE_MISSING = Msg(
    "referral_consent_date_missing",
    "Isi tanggal pengadu memberikan persetujuan.",
    "Enter the date the complainant gave consent.")
MSG_CONSENT_BEFORE_CASE = Msg(
    "referral_consent_before_case",
    "Tanggal persetujuan tidak boleh sebelum pengaduan diterima ({received}).",
    "Consent cannot be dated before the complaint was received ({received}).")
MSG_OBLIGATION_NOTE = Msg(
    "referral_obligation_note_missing",
    "Tulis kewajiban hukum yang menjadi dasarnya, misalnya pasal undang-undang yang "
    "mewajibkan.",
    "Say which legal duty it rests on, for example the article of the law that requires it.")
BASIS_NOTE_MAX = 500

_TIME = re.compile(r"([01]?[0-9]|2[0-3])[.:]([0-5][0-9])")


# -- inputs ------------------------------------------------------------------------------

@dataclass
class ReferralInput:
    stakeholder_id: str = ""
    addressee: str = ""  # the directory entry's name, or a name typed for a one-off
    kind: str = ""  # the addressee's stakeholder_kind (its default reply time)
    method: str = "surat"
    letter_no: str = ""
    sent_on: str = ""  # as typed; '' = today
    request: str = ""
    reply_due: str = ""  # as typed; '' = the kind's default after sent_on
    # What sharing with the addressee rests on (see BasisInput).
    legal_basis: str = ""
    consent_on: str = ""
    basis_note: str = ""

    def basis(self) -> BasisInput:
        return BasisInput(self.legal_basis, self.consent_on, self.basis_note)


@dataclass
class BasisInput:
    """What sharing a referral's data rests on: one of data_protection.LEGAL_BASES; for
    consent the day it was given (as typed); a note (which duty, for a legal obligation;
    how consent was given, for instance a signed form scanned). Who recorded it is never
    typed: the service sets the logged-in user."""

    legal_basis: str = ""
    consent_on: str = ""
    basis_note: str = ""


@dataclass
class ReplyInput:
    reply_on: str = ""  # as typed; '' = today
    reply_summary: str = ""


@dataclass
class SummonsInput:
    stakeholder_id: str = ""
    agency: str = ""
    letter_no: str = ""
    meeting_on: str = ""  # date as typed
    meeting_time: str = ""  # "09.30"
    place: str = ""


@dataclass
class SummonsOutcomeInput:
    attendance: str = ""
    result: str = ""


@dataclass
class StakeholderInput:
    kind: str = ""
    name: str = ""
    country: str = ""
    licence_no: str = ""
    licence_status: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class ProposalInput:
    status: str = st.SELESAI
    outcome: str = ""
    duplicate_of: str = ""
    summary: str = ""


# -- checks: each returns the fields as stored, or raises ValidationErrors -------------------

def normalize_referral(inp: ReferralInput, ref: Reference, today: date,
                       received_on: date | None = None) -> dict[str, str]:
    """The referral as stored, with its basis (without `consent_by`: see with_recorder);
    `received_on`: the complaint's date in the office's zone, before which no consent."""
    c = v.Collector()
    addressee = c.check(v.normalize_name, inp.addressee, "addressee", True) or ""
    method = _code(c, ref, "referral_method", inp.method, "method", True)
    sent = _date(c, inp.sent_on, "sent_on", today) or today
    c.check(v.validate_not_future, sent, "sent_on", today=today)
    request = c.check(v.normalize_text, inp.request, "request", 4000, True) or ""
    letter_no = c.check(_short_text, inp.letter_no, "letter_no") or ""
    if inp.reply_due.strip():
        due = _date(c, inp.reply_due, "reply_due", today)
    else:
        due = add_working_days(sent, reply_days(ref, inp.kind))
    if due is not None:
        if due < sent:
            c.add(v.ValidationError(MSG_DUE_BEFORE_SENT, "reply_due"))
        elif due < today:
            c.add(v.ValidationError(MSG_DUE_PAST, "reply_due"))
    basis = _basis(c, inp.basis(), today, received_on)
    c.raise_if_any()
    return {"stakeholder_id": inp.stakeholder_id.strip(), "addressee": addressee,
            "method": method, "letter_no": letter_no, "sent_on": sent.isoformat(),
            "request": request, "reply_due": due.isoformat() if due else "", **basis}


def normalize_basis(inp: BasisInput, today: date,
                    received_on: date | None = None) -> dict[str, str]:
    """A basis recorded (or changed) after the referral was made, as stored (without
    `consent_by`: see with_recorder)."""
    c = v.Collector()
    basis = _basis(c, inp, today, received_on)
    c.raise_if_any()
    return basis


def with_recorder(basis: Mapping[str, str], username: str) -> dict[str, str]:
    """The basis with who recorded it: the consent's recorder is the person logged in; the
    other bases record nobody's consent."""
    return {**basis, "consent_by": username if basis["legal_basis"] in pdp.CONSENTS else ""}


def has_basis(row: Mapping[str, Any]) -> bool:
    """Whether a referral row records a complete basis (its letter may be printed)."""
    return pdp.basis_complete(row.get("legal_basis") or "", row.get("consent_on") or "",
                              row.get("consent_by") or "")


def basis_order(category: str) -> tuple[str, ...]:
    """The bases in the order a form offers them: vital interest first where it is the
    expected one (death, trafficking, detention), consent first otherwise."""
    if category in pdp.VITAL_CATEGORIES:
        return (pdp.VITAL_INTEREST, *(b for b in pdp.LEGAL_BASES if b != pdp.VITAL_INTEREST))
    return pdp.LEGAL_BASES


def _basis(c: v.Collector, inp: BasisInput, today: date,
           received_on: date | None) -> dict[str, str]:
    basis = (inp.legal_basis or "").strip()
    if basis not in pdp.LEGAL_BASES:
        c.add(v.ValidationError(MSG_BASIS_MISSING, "legal_basis"))
    note = c.check(v.normalize_text, inp.basis_note, "basis_note", BASIS_NOTE_MAX)
    if basis == pdp.LEGAL_OBLIGATION and note == "":
        c.add(v.ValidationError(MSG_OBLIGATION_NOTE, "basis_note"))
    consent = None
    if basis in pdp.CONSENTS:
        if not (inp.consent_on or "").strip():
            c.add(v.ValidationError(MSG_CONSENT_DATE_MISSING, "consent_on"))
        else:
            consent = c.check(v.parse_date, inp.consent_on, "consent_on")
        if consent is not None:
            if c.check(v.validate_not_future, consent, "consent_on", today=today) is None:
                consent = None
            elif received_on is not None and consent < received_on:
                c.add(v.ValidationError(MSG_CONSENT_BEFORE_CASE, "consent_on",
                                        received=received_on))
    return {"legal_basis": basis if basis in pdp.LEGAL_BASES else "",
            "consent_on": consent.isoformat() if consent else "", "basis_note": note or ""}


def normalize_reply(inp: ReplyInput, referral: Mapping[str, Any], today: date) -> dict[str, str]:
    c = v.Collector()
    if referral.get("reply_on") or referral.get("withdrawn_on"):
        c.add(v.ValidationError(MSG_ALREADY_ANSWERED, "reply_on"))
    on = _date(c, inp.reply_on, "reply_on", today) or today
    c.check(v.validate_not_future, on, "reply_on", today=today)
    sent = date.fromisoformat(referral["sent_on"])
    if on < sent:
        c.add(v.ValidationError(MSG_REPLY_BEFORE_SENT, "reply_on", sent=sent))
    summary = c.check(v.normalize_text, inp.reply_summary, "reply_summary", 4000, True) or ""
    c.raise_if_any()
    return {"reply_on": on.isoformat(), "reply_summary": summary}


def normalize_summons(inp: SummonsInput, now: datetime, zone: ZoneInfo) -> dict[str, str]:
    """The meeting is in the office's zone; stored as a UTC timestamp."""
    c = v.Collector()
    agency = c.check(v.normalize_name, inp.agency, "agency", True) or ""
    place = c.check(v.normalize_text, inp.place, "place", 500, True) or ""
    letter_no = c.check(_short_text, inp.letter_no, "letter_no") or ""
    day = _date(c, inp.meeting_on, "meeting_on", now.astimezone(zone).date(), required=True)
    at = c.check(parse_time, inp.meeting_time, "meeting_time")
    meeting = None
    if day is not None and at is not None:
        meeting = datetime.combine(day, at, tzinfo=zone)
        if meeting <= now:
            c.add(v.ValidationError(MSG_MEETING_PAST, "meeting_on"))
    c.raise_if_any()
    assert meeting is not None
    return {"stakeholder_id": inp.stakeholder_id.strip(), "agency": agency,
            "letter_no": letter_no, "meeting_at": iso_utc(meeting), "place": place}


def normalize_summons_outcome(inp: SummonsOutcomeInput, ref: Reference) -> dict[str, str]:
    c = v.Collector()
    attendance = _code(c, ref, "attendance", inp.attendance, "attendance", True)
    result = c.check(v.normalize_text, inp.result, "result", 4000) or ""
    c.raise_if_any()
    return {"attendance": attendance, "result": result}


def normalize_stakeholder(inp: StakeholderInput, ref: Reference) -> dict[str, str]:
    c = v.Collector()
    out = {
        "kind": _code(c, ref, "stakeholder_kind", inp.kind, "kind", True),
        "name": c.check(v.normalize_name, inp.name, "name", True) or "",
        "country": _code(c, ref, "country", inp.country, "country", False),
        "licence_no": c.check(_short_text, inp.licence_no, "licence_no") or "",
        "licence_status": _code(c, ref, "licence_status", inp.licence_status,
                                "licence_status", False),
        "address": c.check(v.normalize_text, inp.address, "address", 500) or "",
        "phone": c.check(v.normalize_phone, inp.phone, "phone") or "",
        "email": c.check(v.normalize_email, inp.email, "email") or "",
    }
    c.raise_if_any()
    return out


def normalize_proposal(inp: ProposalInput, ref: Reference, case_number: str) -> dict[str, str]:
    """A closure proposal holds what the supervisor's approval will apply: the same rules
    as closing directly (an outcome that fits; a duplicate names the case it keeps)."""
    c = v.Collector()
    if inp.status not in st.CLOSED:
        c.add(v.ValidationError(MSG_NOT_CLOSING, "status"))
    outcome = _code(c, ref, "outcome", inp.outcome, "outcome", True)
    if outcome and inp.status in st.CLOSED:
        fits = ref.extra("outcome", outcome).get("closes_as")
        if fits and fits != inp.status:
            c.add(v.ValidationError(st.MSG_OUTCOME_MISMATCH, "outcome"))
    duplicate = " ".join((inp.duplicate_of or "").split()).upper()
    if ref.extra("outcome", outcome).get("requires_duplicate_of"):
        if not duplicate:
            c.add(v.ValidationError(st.MSG_DUPLICATE_REQUIRED, "duplicate_of"))
        elif duplicate == case_number:
            c.add(v.ValidationError(st.MSG_DUPLICATE_SELF, "duplicate_of"))
    summary = c.check(v.normalize_text, inp.summary, "summary", 4000, True) or ""
    c.raise_if_any()
    return {"proposed_status": inp.status, "proposed_outcome": outcome,
            "proposed_duplicate_of": (duplicate if ref.extra("outcome", outcome).get(
                "requires_duplicate_of") else ""),
            "proposal_summary": summary}


def parse_time(value: str | None, field: str) -> time | None:
    text = (value or "").strip()
    if not text:
        raise v.ValidationError(MSG_REQUIRED, field)
    m = _TIME.fullmatch(text)
    if m is None:
        raise v.ValidationError(MSG_TIME_FORMAT, field)
    return time(int(m[1]), int(m[2]))


# -- derived -----------------------------------------------------------------------------

def reply_days(ref: Reference, kind: str) -> int:
    return int(ref.extra("stakeholder_kind", kind).get("reply_days", DEFAULT_REPLY_DAYS))


def referral_state(row: Mapping[str, Any], today: date) -> str:
    if row.get("withdrawn_on"):
        return WITHDRAWN
    if row.get("reply_on"):
        return ANSWERED
    due = row.get("reply_due")
    if due and date.fromisoformat(due) < today:
        return OVERDUE
    return SENT


def failed_contact_streak(results: Sequence[str], ref: Reference) -> int:
    """How many of the latest family contacts (oldest first in `results`) failed in a row."""
    streak = 0
    for result in reversed(results):
        if not ref.extra("contact_result", result).get("failed"):
            break
        streak += 1
    return streak


def contact_lost(results: Sequence[str], ref: Reference) -> bool:
    """Contact with the family must never be lost: a run of failed attempts raises a flag."""
    return failed_contact_streak(results, ref) >= policy(ref, "kontak_gagal_beruntun", 3)


def missed_summons(attendances: Iterable[str]) -> int:
    return sum(1 for a in attendances if a == MISSED)


def agency_flagged(attendances: Iterable[str], ref: Reference) -> bool:
    return missed_summons(attendances) >= policy(ref, "panggilan_mangkir", 2)


def is_urgent(case: Mapping[str, Any], ref: Reference) -> bool:
    """Urgent by its category (reference data) or flagged by a person."""
    return case.get("urgent") == "1" or bool(
        ref.extra("category", case.get("category", "")).get("urgent"))


def summons_suggested(case: Mapping[str, Any], ktkln_state: str, ref: Reference) -> bool:
    """"Panggil PPTKIS" is offered when the KTKLN is missing or the category points at the
    placement agency."""
    return ktkln_state == "tidak_ada" or bool(
        ref.extra("category", case.get("category", "")).get("summon_agency"))


def policy(ref: Reference, code: str, default: int) -> int:
    return int(ref.extra("policy", code).get("value", default))


# -- helpers -----------------------------------------------------------------------------

def _code(c: v.Collector, ref: Reference, kind: str, value: str, field: str,
          required: bool) -> str:
    value = (value or "").strip()
    if not value:
        if required:
            c.add(v.ValidationError(MSG_REQUIRED, field))
        return ""
    if not ref.has(kind, value):
        c.add(v.ValidationError(MSG_UNKNOWN_CODE, field))
        return ""
    return value


def _date(c: v.Collector, value: str, field: str, today: date,
          required: bool = False) -> date | None:
    if not (value or "").strip():
        if required:
            c.add(v.ValidationError(MSG_REQUIRED, field))
        return None
    return c.check(v.parse_date, value, field)


def _short_text(value: str | None, field: str, max_len: int = 120) -> str:
    """A letter or licence number: one line, any characters a person types."""
    return " ".join(v.normalize_text(value, field, max_len).split())
