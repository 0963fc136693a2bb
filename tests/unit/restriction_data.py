"""The data the restriction tests share: a person whose data a supervisor restricts (a case
and an information request), and an ordinary case beside it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.inquiries import InquiryInput
from tests.conftest import make_intake

# Wati: a woman born 15 May 1990 (NIK digits 7-12: day + 40), her husband Budi complains.
WATI_NAME, WATI_NIK, WATI_PASSPORT = "Rahasia Wati", "3578015505900003", "C7654321"
WATI_PHONE, WATI_PHONE_E164 = "0813-1111-2222", "+6281311112222"
REASON = "Permintaan TKI: data korban kekerasan, hanya untuk kepala seksi."
NON_SUPERVISORS = (("loket", "front_office"), ("penangan", "case_officer"),
                   ("admin2", "admin"))


@dataclass(frozen=True)
class Held:
    hidden: str  # Wati's case number (restricted)
    hidden_seq: int
    hidden_id: str
    shown: str  # an ordinary case's number
    shown_seq: int
    inquiry: str  # Wati's information request (restricted)
    other_inquiry: str  # someone else's (not restricted)


def wati_intake():
    return make_intake(
        worker__name=WATI_NAME, worker__nik=WATI_NIK, worker__passport=WATI_PASSPORT,
        worker__birth_date="15/05/1990", worker__phone=WATI_PHONE,
        complainant__name="Budi Santoso", complainant__relation="suami", complainant__nik="",
        complainant__phones=WATI_PHONE, complaint__category="sakit")


def record_people(core) -> Held:
    """Wati's case and request, an ordinary case and request; nothing restricted yet."""
    hidden = core.cases.record_intake(wati_intake())
    shown = core.cases.record_intake(make_intake())
    ask = core.inquiries.record
    inquiry = ask(InquiryInput(topic="prosedur_resmi", question="Bagaimana melapor kekerasan?",
                               name=WATI_NAME, phone=WATI_PHONE))
    other = ask(InquiryInput(topic="prosedur_resmi", question="Lowongan Taiwan?",
                             name="Orang Lain", phone="0811-2222-333"))
    case = core.cases.resolve(hidden)
    return Held(hidden, case["seq"], case["id"], shown, core.cases.resolve(shown)["seq"],
                inquiry, other)


def restrict_wati(supervisor) -> int:
    """Restrict everything the supervisor's subject access finds for Wati's NIK."""
    record = supervisor.subject_access.find(nik=WATI_NIK)
    return supervisor.restriction.restrict(supervisor.restriction.targets_of(record), REASON)


def audit_rows(core, action: str) -> list[dict]:
    return core.store.query_dicts(
        "SELECT user, target, detail FROM audit_log WHERE action = ? ORDER BY at, rowid",
        (action,))
