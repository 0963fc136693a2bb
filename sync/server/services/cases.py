"""Central case operations: create a case received at central, assign, transfer, search.

Office scope is applied here, in every query: a device sees only its office's cases
(the national office sees all), and a case outside the scope is "not found", whatever id
or number is asked for, so ids of other offices' cases cannot even be confirmed.

A restricted case (issue 14 §1.2) follows the desktop's rule: only a supervisor sees it.
Here that is a request whose X-Halotki-User names an active central account of the
device's office with a restricting role (desktop/domain/data_protection.py); any other
request finds it in no search, and asking for it by id or number is refused.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, or_, select, true
from sqlalchemy.engine import RowMapping

from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.intake import normalize_intake
from desktop.domain.models import IntakeInput
from desktop.formatting import zone_info
from desktop.messages import Msg
from sync.server.db.tables import (
    case_documents,
    cases,
    changes,
    complainants,
    counters,
    events,
    ref_items,
    workers,
)
from sync.server.db.upsert import upsert
from sync.server.errors import (
    MSG_ALREADY_ASSIGNED,
    MSG_CASE_UNKNOWN,
    MSG_SAME_OFFICE,
    Conflict,
    Forbidden,
    NotFound,
)
from sync.server.services import audit, case_clock, staff_roles
from sync.server.services import offices as office_service
from sync.server.services import reference as reference_service
from sync.server.services.actor import Actor
from sync.server.services.changelog import ServerTx
from sync.server.services.enrolment import SERVER_LETTER

EVENT_RECEIVED, EVENT_ASSIGNED, EVENT_TRANSFERRED = "pengaduan_diterima", "ditugaskan", "dialihkan"
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
MAX_QUERY_LEN = 100
MSG_RESTRICTED = Msg(
    "case_restricted",
    "Data kasus ini dibatasi oleh supervisor.",
    "This case's data is restricted by a supervisor.")


@dataclass(frozen=True)
class CaseQuery:
    q: str = ""
    status: str = ""
    category: str = ""
    office_code: str = ""
    limit: int = 50
    offset: int = 0


def _in_scope(actor: Actor):
    return true() if actor.national else cases.c.office_code == actor.office_code


def sees_restricted(conn: Connection, actor: Actor) -> bool:
    """Whether the request comes from a supervisor: the same rule as for restricting a case
    through sync (staff_roles: every record of the account agrees)."""
    return staff_roles.has_role(conn, actor, actor.user, pdp.RESTRICTION_ROLES)


def resolve(conn: Connection, actor: Actor, key: str) -> RowMapping:
    """A case in the actor's scope by id or case number, else NotFound (never Forbidden
    for the scope); a restricted case asked for by anyone but a supervisor: Forbidden."""
    key = (key or "").strip()
    if UUID_TEXT.fullmatch(key):
        match = cases.c.id == key.lower()
    else:
        match = cases.c.case_number == key.upper()
    row = conn.execute(select(cases).where(match, _in_scope(actor))).mappings().first()
    if row is None:
        raise NotFound(MSG_CASE_UNKNOWN, field="case")
    if row["restricted_at"] and not sees_restricted(conn, actor):
        raise Forbidden(MSG_RESTRICTED, field="case")
    return row


def detail(conn: Connection, actor: Actor, key: str) -> dict:
    case = resolve(conn, actor, key)
    cid = case["id"]
    worker = conn.execute(select(workers).where(workers.c.case_id == cid)).mappings().first()
    person = conn.execute(select(complainants).where(complainants.c.case_id == cid)
                          ).mappings().first()
    sort = (select(ref_items.c.sort).where(ref_items.c.kind == "document_type",
                                           ref_items.c.code == case_documents.c.doc_type)
            .scalar_subquery())
    documents = conn.execute(select(case_documents).where(case_documents.c.case_id == cid)
                             .order_by(func.coalesce(sort, 999), case_documents.c.doc_type)
                             ).mappings()
    # Events of one transaction share their times: the change log's order breaks the tie.
    logged = (select(func.min(changes.c.seq)).where(changes.c.entity == "event",
                                                    changes.c.entity_id == events.c.id)
              .scalar_subquery())
    timeline = conn.execute(select(events).where(events.c.case_id == cid)
                            .order_by(events.c.occurred_at, events.c.recorded_at, logged,
                                      events.c.id)).mappings()
    return {
        "case": dict(case), "worker": dict(worker) if worker else None,
        "complainant": dict(person) if person else None,
        "documents": [dict(d) for d in documents],
        "events": [{**e, "data": json.loads(e["data"] or "{}")} for e in timeline],
    }


def search(conn: Connection, actor: Actor, query: CaseQuery) -> tuple[list[RowMapping], int]:
    """Matching cases in scope, newest first, and how many match in all."""
    stmt = (
        select(cases.c.id, cases.c.case_number, cases.c.office_code, cases.c.status,
               cases.c.category, cases.c.channel, cases.c.received_at, cases.c.updated_at,
               cases.c.next_contact_due,
               func.coalesce(workers.c.name, "").label("worker_name"),
               func.coalesce(complainants.c.name, "").label("complainant_name"),
               func.coalesce(workers.c.destination_country, "").label("destination_country"))
        .select_from(cases.outerjoin(workers, workers.c.case_id == cases.c.id)
                     .outerjoin(complainants, complainants.c.case_id == cases.c.id))
        .where(_in_scope(actor))
    )
    if not sees_restricted(conn, actor):
        stmt = stmt.where(cases.c.restricted_at == "")
    if query.status:
        stmt = stmt.where(cases.c.status == query.status)
    if query.category:
        stmt = stmt.where(cases.c.category == query.category)
    if query.office_code:
        stmt = stmt.where(cases.c.office_code == query.office_code)
    if query.q:
        stmt = stmt.where(_text_match(query.q))
    total = conn.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = conn.execute(stmt.order_by(cases.c.received_at.desc(), cases.c.seq.desc())
                        .limit(query.limit).offset(query.offset)).mappings()
    return list(rows), total or 0


def _text_match(q: str):
    needles = {q.lower()}
    try:
        phone = v.normalize_phone(q)
        if phone:
            needles.add(phone.lower())
    except v.ValidationError:
        pass
    columns = (cases.c.case_number, workers.c.name, complainants.c.name, workers.c.passport,
               workers.c.nik, complainants.c.nik, workers.c.phone, complainants.c.phones)
    return or_(*(func.lower(func.coalesce(col, "")).contains(n, autoescape=True)
                 for col in columns for n in needles))


def _next_number(conn: Connection, office_code: str, year: int) -> str:
    name = f"case_number:{office_code}:{year}:{SERVER_LETTER}"
    value = upsert(conn, counters, {"name": name, "value": 1}, ["name"],
                   set_={"value": counters.c.value + 1}, returning=[counters.c.value]).scalar_one()
    return f"{office_code}-{year}-{SERVER_LETTER}-{value:05d}"


def _event(tx: ServerTx, case_id: str, office_code: str, event_type: str, *, summary: str = "",
           channel: str = "", occurred_at: str | None = None, data: dict | None = None) -> None:
    tx.insert("event", {
        "id": str(uuid.uuid4()), "case_id": case_id, "event_type": event_type,
        "occurred_at": occurred_at or tx.now, "recorded_at": tx.now, "user": tx.actor.user,
        "device": tx.actor.device, "summary": summary, "channel": channel,
        "next_contact_due": "",
        "data": json.dumps(data or {}, ensure_ascii=False, separators=(",", ":")),
    }, office_code=office_code, case_id=case_id)


def create(conn: Connection, actor: Actor, now: datetime, inp: IntakeInput,
           assign_to: str | None = None) -> RowMapping:
    """Record a complaint received at central (phone, email, letter...), optionally assigned."""
    actor.require_national()
    home = office_service.get(conn, actor.office_code)
    target = home
    if assign_to:
        target = office_service.get(conn, office_service.check_code(assign_to, "assign_to"),
                                    active=True)
    today = now.astimezone(zone_info(home["tz"])).date()
    data = normalize_intake(inp, reference_service.load(conn), now, today)
    office = target["code"]
    tx = ServerTx(conn, actor, now)
    case_id = str(uuid.uuid4())
    number = _next_number(conn, home["code"], today.year)
    tx.insert("case", {
        "id": case_id, "case_number": number, "office_code": office, "status": st.BARU,
        **data.case, "outcome": "", "duplicate_of": "", "next_contact_due": "",
        "created_at": tx.now, "created_by": actor.user, "updated_at": tx.now,
    }, office_code=office, case_id=case_id)
    tx.insert("worker", {"id": str(uuid.uuid4()), "case_id": case_id, **data.worker},
              office_code=office, case_id=case_id)
    tx.insert("complainant", {"id": str(uuid.uuid4()), "case_id": case_id, **data.complainant},
              office_code=office, case_id=case_id)
    for doc_type, state in data.documents.items():
        tx.insert("document", {"id": f"{case_id}:{doc_type}", "case_id": case_id,
                               "doc_type": doc_type, "state": state, "note": "",
                               "updated_at": tx.now}, office_code=office, case_id=case_id)
    _event(tx, case_id, office, EVENT_RECEIVED, channel=data.case["channel"],
           occurred_at=data.case["received_at"])
    if office != home["code"]:
        _event(tx, case_id, office, EVENT_ASSIGNED, data={"from": home["code"], "to": office})
    tx.finish()
    case_clock.refresh(conn, [case_id], now)
    audit.record(conn, actor, audit.CASE_CREATED, at=now, target=number,
                 detail=f"office={office}", office_code=office)
    return resolve(conn, actor, case_id)


def assign(conn: Connection, actor: Actor, now: datetime, key: str, office_code: str,
           note: str = "") -> RowMapping:
    """Hand a case received at central to the office that will handle it."""
    actor.require_national()
    case = resolve(conn, actor, key)
    national = office_service.national_code(conn)
    if case["office_code"] != national:
        raise Conflict(MSG_ALREADY_ASSIGNED, field="office_code", office=case["office_code"])
    note = v.normalize_text(note, "note", max_len=1000)
    return _move(conn, actor, now, case, office_code, EVENT_ASSIGNED, note, audit.CASE_ASSIGNED)


def transfer(conn: Connection, actor: Actor, now: datetime, key: str, office_code: str,
             reason: str) -> RowMapping:
    """Move a case between offices; the reason goes on the case's timeline."""
    actor.require_national()
    case = resolve(conn, actor, key)
    reason = v.normalize_text(reason, "reason", max_len=1000, required=True)
    return _move(conn, actor, now, case, office_code, EVENT_TRANSFERRED, reason,
                 audit.CASE_TRANSFERRED)


def _move(conn: Connection, actor: Actor, now: datetime, case: RowMapping, office_code: str,
          event_type: str, summary: str, action: str) -> RowMapping:
    target = office_service.get(conn, office_service.check_code(office_code), active=True)["code"]
    old = case["office_code"]
    if target == old:
        raise Conflict(MSG_SAME_OFFICE, field="office_code")
    tx = ServerTx(conn, actor, now)
    tx.update("case", case["id"], {"office_code": target, "updated_at": tx.now},
              office_code=target, case_id=case["id"], left_office=old)
    _event(tx, case["id"], target, event_type, summary=summary, data={"from": old, "to": target})
    tx.finish()
    case_clock.refresh(conn, [case["id"]], now)  # the office's zone counts its days
    audit.record(conn, actor, action, at=now, target=case["case_number"],
                 detail=f"{old}->{target}", office_code=target)
    return resolve(conn, actor, case["id"])
