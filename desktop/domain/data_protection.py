"""Personal data protection (UU No. 27 Tahun 2022, UU PDP): the rules both sides share.

One definition, read by the desktop and by the server: which fields of which records hold
personal data (what anonymisation replaces and what the server refuses to take back once a
case is anonymised), the legal bases a referral may rest on, what a restriction is, and
which complaint categories put a record in the law's specific categories (Pasal 4 ayat 2:
health, children, criminal records; sexual violence as the gravest of health and
private-life data).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

# What anonymisation writes in place of a person's data (one marker, the same on every
# replica, so the replicas' digests agree).
ANON_MARKER = "[dianonimkan]"

# Per synced entity: the fields that hold personal data or free text about a person. The
# fields the statistics need (category, country, dates, outcome, office, sex, province,
# regency, job, agency) stay.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "case": ("description", "urgent_reason", "proposal_summary", "restriction_reason"),
    "worker": ("name", "birth_date", "nik", "passport", "ktkln", "phone", "address",
               "destination_city", "employer_name", "employer_address", "employer_phone",
               "first_employer", "work_agreement"),
    "complainant": ("name", "nik", "phones", "email", "address"),
    "document": ("note",),
    "event": ("summary", "data"),
    "attachment": ("filename", "note"),
    "referral": ("request", "reply_summary", "basis_note"),
    "summons": ("result",),
    "inquiry": ("question", "answer", "name", "phone", "restriction_reason"),
    "conflict": ("kept_value", "other_value"),
    "link": ("reason",),  # why two cases are (not) the same person: names, NIKs
}
# Fields whose anonymised value is empty rather than the marker (a date): a marker there
# would not be a valid value of the field.
EMPTIED_FIELDS = frozenset({("worker", "birth_date")})
# A timeline entry's `data` (JSON) keeps what the deadline clock and the statistics read (the
# status history, who handled it, the document, the referral's and summons' ids, partners'
# names); the rest (who the officer spoke with, a repeat visitor's name and phones) goes.
EVENT_DATA_KEPT = frozenset({
    "from", "to", "removed", "status", "outcome", "duplicate_of", "proposed_by",
    "closed_directly", "doc_type", "referral_id", "summons_id", "addressee", "agency",
    "attendance", "kind", "other"})


def anonymised_value(entity: str, name: str, value: Any) -> str:
    """What anonymisation leaves in `entity.name` (an empty field stays empty)."""
    if value in (None, ""):
        return ""
    if (entity, name) == ("event", "data"):
        return _kept_event_data(value)
    return "" if (entity, name) in EMPTIED_FIELDS else ANON_MARKER


def _kept_event_data(value: Any) -> str:
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return ""
    kept = {k: v for k, v in data.items() if k in EVENT_DATA_KEPT}
    # As the desktop writes it (desktop/services/cases.py), so every replica agrees.
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":")) if kept else ""


def anonymised_fields(entity: str, row: Mapping[str, Any]) -> dict[str, str]:
    """The personal fields of `row` with the values anonymisation gives them, only those
    that differ from what the row holds now."""
    out = {}
    for name in PERSONAL_FIELDS.get(entity, ()):
        if name in row:
            new = anonymised_value(entity, name, row[name])
            if (row[name] or "") != new:
                out[name] = new
    return out


# -- the legal basis of sharing with a partner (Pasal 20) -----------------------------------
CONSENT_ORAL = "consent_oral"  # consent given at the desk or on the phone
CONSENT_WRITTEN = "consent_written"  # a signed statement (scan it as an attachment)
VITAL_INTEREST = "vital_interest"  # death, trafficking, detention: the person's vital interest
LEGAL_OBLIGATION = "legal_obligation"  # a duty in law (UU 18/2017: the protection itself)
LEGAL_BASES = (CONSENT_ORAL, CONSENT_WRITTEN, VITAL_INTEREST, LEGAL_OBLIGATION)
CONSENTS = frozenset({CONSENT_ORAL, CONSENT_WRITTEN})
# The categories where vital interest is the expected basis (shown first in the choice).
VITAL_CATEGORIES = frozenset({"meninggal_dunia", "perdagangan_orang", "kasus_hukum",
                              "ditahan_majikan"})
LEGAL_BASIS_LABELS: dict[str, tuple[str, str]] = {
    CONSENT_ORAL: ("Persetujuan lisan pengadu", "The complainant's oral consent"),
    CONSENT_WRITTEN: ("Persetujuan tertulis pengadu", "The complainant's written consent"),
    VITAL_INTEREST: ("Kepentingan vital (meninggal, TPPO, ditahan)",
                     "Vital interest (death, trafficking, detention)"),
    LEGAL_OBLIGATION: ("Kewajiban menurut undang-undang", "A legal obligation"),
}


def basis_complete(legal_basis: str, consent_on: str, consent_by: str) -> bool:
    """Whether a referral records what sharing with its addressee rests on: a basis, and
    for consent the date it was given and who recorded it."""
    if legal_basis not in LEGAL_BASES:
        return False
    if legal_basis in CONSENTS:
        return bool(consent_on) and bool(consent_by)
    return True


# -- the law's specific categories (Pasal 4 ayat 2) ------------------------------------------
HEALTH = "health"
CHILD = "child"
SEXUAL_VIOLENCE = "sexual_violence"
CRIMINAL = "criminal"
SPECIFIC_KINDS = (HEALTH, CHILD, SEXUAL_VIOLENCE, CRIMINAL)
SPECIFIC_LABELS: dict[str, tuple[str, str]] = {
    HEALTH: ("Kesehatan", "Health"),
    CHILD: ("Anak", "Children"),
    SEXUAL_VIOLENCE: ("Kekerasan seksual", "Sexual violence"),
    CRIMINAL: ("Perkara pidana", "Criminal matters"),
}
_CATEGORY_KINDS: dict[str, frozenset[str]] = {
    "sakit": frozenset({HEALTH}),
    "kecelakaan_kerja": frozenset({HEALTH}),
    "meninggal_dunia": frozenset({HEALTH}),
    "penganiayaan": frozenset({HEALTH, CRIMINAL}),
    "pelecehan_seksual": frozenset({SEXUAL_VIOLENCE, CRIMINAL}),
    "kasus_hukum": frozenset({CRIMINAL}),
    "perdagangan_orang": frozenset({CRIMINAL}),
    "pemalsuan_dokumen": frozenset({CRIMINAL}),
    "rekrut_ilegal": frozenset({CRIMINAL}),
}
ADULT_AGE = 18  # UU 35/2014: a child is under 18


def specific_kinds(category: str, birth_date: str = "", received_at: str = "") -> frozenset[str]:
    """The specific categories a case falls in: by its complaint category, and a child when
    the worker was under 18 on the day the complaint was received."""
    kinds = set(_CATEGORY_KINDS.get(category, frozenset()))
    if birth_date and received_at and _age_on(birth_date, received_at[:10]) < ADULT_AGE:
        kinds.add(CHILD)
    return frozenset(kinds)


def _age_on(birth_date: str, day: str) -> int:
    try:
        born, on = date.fromisoformat(birth_date), date.fromisoformat(day)
    except ValueError:
        return ADULT_AGE
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# -- restriction (Pasal 11) --------------------------------------------------------------------
# A restricted case or information request: restricted_at (UTC instant) set, with who and
# why; hidden from search, lists and exports for everyone but supervisors; lifted by
# setting the three fields back to ''.
RESTRICTION_FIELDS = ("restricted_at", "restricted_by", "restriction_reason")
RESTRICTION_ROLES = frozenset({"supervisor"})
MAX_REASON = 500
