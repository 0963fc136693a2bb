"""Subject access at central (UU PDP 27/2022): everything the server holds about one person
across every office, found by NIK, passport number, phone number, or name with date of
birth, as the JSON the desktop writes (halotki.subject_access/1): the identifiers, the
matching rules and the JSON's shape are desktop.domain.subject_access, shared with the PC.

Who "the person" is follows the desktop's rules exactly:
- a case where they are the worker: workers.nik / passport / phone, or name + birth date;
- a case where they are the complainant: complainants.nik / phones (a stored list), or
  name + birth date read from the complainant's NIK (the table has no birth date);
- an information request whose phone is the one asked for, or one of the phones of the
  person's cases with one of their names.

Restricted records are included (restriction limits use, not the person's own right of
access); anonymised ones no longer hold anything that matches. Every search and export is
audited with the kinds of identifier and the counts, never the identifier itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, func, literal, select

from desktop.domain import subject_access as sa
from desktop.domain.subject_access import (
    COMPLAINANT,
    WORKER,
    PersonQuery,
    nik_birth_digits,
    same_name,
)
from sync.server.db.tables import (
    attachments,
    case_documents,
    cases,
    complainants,
    events,
    inquiries,
    offices,
    workers,
)
from sync.server.services import audit
from sync.server.services.actor import Actor

SEARCHED, EXPORTED = "person.searched", "person.exported"  # the server's audit actions


@dataclass(frozen=True)
class CaseHeld:
    roles: tuple[str, ...]
    case: dict
    worker: dict
    complainant: dict
    events: list[dict]
    documents: list[dict]
    attachments: list[dict]  # metadata only


@dataclass(frozen=True)
class PersonRecord:
    query: PersonQuery
    cases: tuple[CaseHeld, ...]
    inquiries: tuple[dict, ...]
    searched_at: str
    searched_by: str
    office_code: str
    office_name: str

    def counts(self, **extra: str) -> str:
        """The audit's detail: which kinds of identifier, and numbers; never the identifier."""
        return sa.audit_detail(self.query, len(self.cases), len(self.inquiries),
                               sum(len(c.attachments) for c in self.cases), **extra)


def parse_query(nik: str = "", passport: str = "", phone: str = "", name: str = "",
                birth_date: str = "") -> PersonQuery:
    """The identifiers normalised as the desktop does (ValidationError names the field)."""
    return sa.parse_query(nik, passport, phone, name, birth_date)


def find(conn: Connection, actor: Actor, now: datetime, query: PersonQuery) -> PersonRecord:
    """Everything the server holds about the person, every office; audited (kinds, counts)."""
    roles: dict[str, list[str]] = {}
    for role, case_ids in ((WORKER, _worker_cases(conn, query)),
                           (COMPLAINANT, _complainant_cases(conn, query))):
        for case_id in sorted(case_ids):
            roles.setdefault(case_id, []).append(role)
    held = sorted((_case(conn, cid, tuple(r)) for cid, r in roles.items()),
                  key=lambda c: (c.case["received_at"], c.case["case_number"]))
    office = conn.execute(select(offices.c.code, offices.c.name)
                          .where(offices.c.code == actor.office_code)).first()
    record = PersonRecord(query, tuple(held), tuple(_inquiries(conn, query, held)),
                          now.isoformat(), actor.user, actor.office_code,
                          office.name if office else "")
    audit.record(conn, actor, SEARCHED, at=now, detail=record.counts())
    return record


def record_export(conn: Connection, actor: Actor, now: datetime, record: PersonRecord,
                  fmt: str = "json", to: str = "") -> None:
    extra = {"format": fmt, **({"to": to} if to else {})}
    audit.record(conn, actor, EXPORTED, at=now, detail=record.counts(**extra))


# -- matching ---------------------------------------------------------------------------------

def _worker_cases(conn: Connection, q: PersonQuery) -> set[str]:
    w = workers.c
    found: set[str] = set()
    for column in ("nik", "passport", "phone"):
        if getattr(q, column):
            found |= _ids(conn, select(w.case_id).where(w[column] == getattr(q, column)))
    if q.name:
        rows = conn.execute(select(w.case_id, w.name).where(w.birth_date == q.birth_date))
        found |= {cid for cid, name in rows if same_name(name, q.name)}
    return found


def _complainant_cases(conn: Connection, q: PersonQuery) -> set[str]:
    c = complainants.c
    found: set[str] = set()
    if q.nik:
        found |= _ids(conn, select(c.case_id).where(c.nik == q.nik))
    if q.phone:
        listed = literal(",") + func.replace(c.phones, " ", "") + literal(",")
        found |= _ids(conn, select(c.case_id).where(listed.like(f"%,{q.phone},%")))
    if q.name:
        digits = nik_birth_digits(date.fromisoformat(q.birth_date))
        rows = conn.execute(select(c.case_id, c.name)
                            .where(func.substr(c.nik, 7, 6).in_(digits)))
        found |= {cid for cid, name in rows if same_name(name, q.name)}
    return found


def _ids(conn: Connection, stmt) -> set[str]:
    return {row[0] for row in conn.execute(stmt)}


def _case(conn: Connection, case_id: str, roles: tuple[str, ...]) -> CaseHeld:
    def rows(table, *order) -> list[dict]:
        return [dict(r) for r in conn.execute(
            select(table).where(table.c.case_id == case_id).order_by(*order)).mappings()]

    worker, complainant = rows(workers, workers.c.id), rows(complainants, complainants.c.id)
    case = conn.execute(select(cases).where(cases.c.id == case_id)).mappings().one()
    return CaseHeld(
        roles=roles, case=dict(case), worker=worker[0] if worker else {},
        complainant=complainant[0] if complainant else {},
        events=rows(events, events.c.occurred_at, events.c.recorded_at, events.c.id),
        documents=rows(case_documents, case_documents.c.doc_type),
        attachments=rows(attachments, attachments.c.created_at, attachments.c.id))


def _inquiries(conn: Connection, q: PersonQuery, held: Iterable[CaseHeld]) -> list[dict]:
    names, wanted = sa.request_keys(q, [(c.roles, c.worker, c.complainant) for c in held])
    if not wanted:
        return []
    rows = conn.execute(select(inquiries).where(inquiries.c.phone.in_(sorted(wanted)))
                        .order_by(inquiries.c.received_at, inquiries.c.id)).mappings()
    return [dict(r) for r in rows if sa.is_their_request(r, q, names)]


# -- the JSON ---------------------------------------------------------------------------------

def person_json(record: PersonRecord) -> dict:
    """The desktop's halotki.subject_access/1 shape (desktop.domain.subject_access)."""
    return sa.person_json(record.query, record.searched_at, record.searched_by,
                          record.office_code, record.office_name,
                          [sa.case_json(c.roles, c.case, c.worker, c.complainant, c.events,
                                        c.documents, c.attachments) for c in record.cases],
                          record.inquiries)


def json_text(record: PersonRecord) -> str:
    return json.dumps(person_json(record), ensure_ascii=False, indent=2) + "\n"
