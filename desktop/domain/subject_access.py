"""Subject access (UU PDP 27/2022): the rules a PC and the central server share.

Who "the person" is (the identifiers, normalised; how names, a complainant's NIK and stored
phone lists are matched), and the stable JSON shape of the export (`halotki.subject_access/1`)
that both the desktop (`halotki person export`) and the server (`halotki-server person
export`) write, key for key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain import validation as v
from desktop.messages import HaloError, Msg

JSON_FORMAT = "halotki.subject_access/1"
WORKER, COMPLAINANT = "worker", "complainant"

MSG_EMPTY = Msg(
    "subject_access_empty",
    "Isi NIK, nomor paspor, nomor telepon, atau nama beserta tanggal lahir orang yang "
    "datanya dicari.",
    "Give the NIK, passport number, phone number, or name with date of birth of the person "
    "whose data you are looking for.")
MSG_NAME_NEEDS_BIRTH = Msg(
    "subject_access_name_birth",
    "Nama hanya dapat dicari bersama tanggal lahir (nama yang sama dapat milik orang lain).",
    "A name can only be searched together with the date of birth (another person may have "
    "the same name).")

# The columns that name the person's case, the worker and the complainant (no internal ids).
CASE_COLUMNS = ("case_number", "office_code", "status", "outcome", "category", "channel",
                "complainant_type", "received_at", "description", "created_at", "created_by")
WORKER_COLUMNS = ("name", "sex", "birth_date", "nik", "passport", "ktkln", "phone", "address",
                  "province", "regency", "destination_country", "destination_city", "job",
                  "employer_name", "employer_address", "employer_phone", "first_employer",
                  "pptkis", "departure_date", "work_agreement")
COMPLAINANT_COLUMNS = ("name", "relation", "nik", "phones", "email", "address",
                       "preferred_contact")
INQUIRY_COLUMNS = ("received_at", "office_code", "channel", "topic", "question", "answer",
                   "name", "phone", "complainant_type", "complaint_number", "created_by")
ATTACHMENT_COLUMNS = ("filename", "mime", "size", "doc_type", "note", "created_at",
                      "created_by", "sha256")


@dataclass(frozen=True)
class PersonQuery:
    """The identifiers searched for, normalised ("" where not given)."""

    nik: str = ""
    passport: str = ""
    phone: str = ""  # E.164
    name: str = ""
    birth_date: str = ""  # ISO

    @property
    def kinds(self) -> tuple[str, ...]:
        """Which kinds of identifier were used: what the audit may say."""
        out = [k for k in ("nik", "passport", "phone") if getattr(self, k)]
        if self.name:
            out.append("name_birth_date")
        return tuple(out)

    def identifiers(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in ("nik", "passport", "phone", "name", "birth_date")
                if getattr(self, k)}


def parse_query(nik: str = "", passport: str = "", phone: str = "", name: str = "",
                birth_date: str | date = "") -> PersonQuery:
    """The identifiers normalised as intake stores them (ValidationError names the field);
    a name only with a date of birth, and at least one identifier."""
    born = birth_date if isinstance(birth_date, date) else v.parse_date(
        birth_date or "", "birth_date")
    clean_name = v.normalize_name(name, "name")
    if bool(clean_name) != (born is not None):
        raise HaloError(MSG_NAME_NEEDS_BIRTH, field="birth_date" if clean_name else "name")
    query = PersonQuery(
        nik=v.normalize_nik(nik, "nik"), passport=v.normalize_passport(passport, "passport"),
        phone=v.normalize_phone(phone, "phone"), name=clean_name,
        birth_date=born.isoformat() if born else "")
    if not query.kinds:
        raise HaloError(MSG_EMPTY, field="nik")
    return query


def audit_detail(query: PersonQuery, cases: int, requests: int, attachments: int,
                 **extra: str) -> str:
    """An audit row's detail: which kinds of identifier, and numbers; never the identifier
    (the audit trail syncs and other staff read it)."""
    return json.dumps({"by": "+".join(query.kinds), **extra, "cases": cases,
                       "requests": requests, "attachments": attachments})


# -- matching ----------------------------------------------------------------------------------

def norm_name(name: str) -> str:
    """Case and spacing do not tell two people apart."""
    return " ".join((name or "").split()).casefold()


def same_name(stored: str, asked: str) -> bool:
    return bool(stored) and norm_name(stored) == norm_name(asked)


def nik_birth_digits(born: date) -> tuple[str, str]:
    """Digits 7-12 of a NIK for that birth date: a man's (DDMMYY) and a woman's (DD+40)."""
    tail = f"{born.month:02d}{born.year % 100:02d}"
    return f"{born.day:02d}{tail}", f"{born.day + 40:02d}{tail}"


def split_phones(stored: str) -> list[str]:
    return [p.strip() for p in (stored or "").split(",") if p.strip()]


def request_keys(query: PersonQuery, cases: Iterable[tuple[Iterable[str], Mapping, Mapping]]
                 ) -> tuple[set[str], set[str]]:
    """(names, phones) an information request of this person is found by: the phone asked
    for, and the phones of the cases found (`cases`: roles, worker, complainant) with one of
    the names there. Inquiries hold no NIK or birth date: a request under the same name and
    another number is someone else's."""
    names, phones = {norm_name(query.name)} - {""}, {query.phone}
    for roles, worker, complainant in cases:
        if WORKER in roles:
            names.add(norm_name(worker.get("name", "")))
            phones.add(worker.get("phone", ""))
        if COMPLAINANT in roles:
            names.add(norm_name(complainant.get("name", "")))
            phones |= set(split_phones(complainant.get("phones", "")))
    return names, phones - {""}


def is_their_request(row: Mapping, query: PersonQuery, names: set[str]) -> bool:
    """A request with one of the phones found: theirs if it is the phone asked for or
    carries one of their names."""
    return row["phone"] == query.phone or norm_name(row["name"]) in names


# -- the JSON ----------------------------------------------------------------------------------

def pick(row: Mapping[str, Any], columns: Iterable[str]) -> dict:
    return {c: row.get(c, "") for c in columns}


def case_json(roles: Iterable[str], case: Mapping, worker: Mapping, complainant: Mapping,
              events: Iterable[Mapping], documents: Iterable[Mapping],
              attachments: Iterable[Mapping]) -> dict:
    """One case of the export; attachments: their metadata, never their content."""
    return {
        "case_number": case["case_number"],
        "roles": list(roles),
        "case": pick(case, CASE_COLUMNS),
        "worker": pick(worker, WORKER_COLUMNS),
        "complainant": pick(complainant, COMPLAINANT_COLUMNS),
        "timeline": [{"occurred_at": e["occurred_at"], "event_type": e["event_type"],
                      "summary": e.get("summary", "")} for e in events],
        "documents": [pick(d, ("doc_type", "state", "note")) for d in documents],
        "attachments": [pick(a, ATTACHMENT_COLUMNS) for a in attachments],
    }


def person_json(query: PersonQuery, generated_at: str, generated_by: str, office_code: str,
                office_name: str, cases: list[dict], inquiries: Iterable[Mapping]) -> dict:
    """The stable shape of the JSON export (version in "format"):

    {"format", "generated_at", "generated_by", "office": {"code", "name"},
     "person": {the identifiers searched for}, "cases": [{"case_number", "roles": ["worker"
     | "complainant"], "case": {CASE_COLUMNS}, "worker": {WORKER_COLUMNS}, "complainant":
     {COMPLAINANT_COLUMNS}, "timeline": [{"occurred_at", "event_type", "summary"}],
     "documents": [{"doc_type", "state", "note"}], "attachments": [{ATTACHMENT_COLUMNS}]}],
     "inquiries": [{INQUIRY_COLUMNS}]}

    Codes (status, category, country...) are the reference list's codes; dates ISO; phones
    E.164.
    """
    return {
        "format": JSON_FORMAT,
        "generated_at": generated_at,
        "generated_by": generated_by,
        "office": {"code": office_code, "name": office_name},
        "person": query.identifiers(),
        "cases": cases,
        "inquiries": [pick(r, INQUIRY_COLUMNS) for r in inquiries],
    }
