"""What each PC holds, kept by every sync: the basis of a lost PC's breach notice (UU PDP
Pasal 46: within 3×24 hours, naming the data exposed).

A device holds the scope roots (cases, information requests) the server sent it (pull
answers, a case arriving whole, the pages of a scoped re-download) or that it pushed (a
root it made). A root stops being held when it leaves the device's scope: the transfer
the device is sent (it then removes the case), or a re-download that no longer lists it.
Each sync writes only what changed, a statement or two for a whole answer, in the sync's
own transaction; an answer with nothing new writes just the device's sync time.

`held_list` reads what a device held at its last contact, for `halotki-server device held`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, func, or_, select, update
from sqlalchemy.engine import RowMapping

from desktop.domain import data_protection as pdp
from sync import protocol
from sync.server.db.tables import (
    cases,
    changes,
    complainants,
    device_holdings,
    device_syncs,
    devices,
    inquiries,
    offices,
    workers,
)
from sync.server.db.upsert import insert_for
from sync.server.errors import MSG_DEVICE_UNKNOWN, NotFound
from sync.server.services.actor import Actor

HELD_LISTED = "device.held_listed"  # the server's audit action of `device held`
CASE, INQUIRY = "case", "inquiry"
CHUNK = 500  # roots per statement
SYNC_MARK_S = 60  # how stale a device's recorded last sync may be (the list says the day)


def root_kind(entity: str) -> str:
    """The kind of root a change of `entity` belongs to (only a case has rows of its own)."""
    return INQUIRY if entity == INQUIRY else CASE


def names_a_root(entity: str, case_id: str) -> bool:
    return bool(case_id) and entity not in protocol.DIRECTORY and entity not in protocol.PUSH_ONLY


# -- recording, in the sync's transaction --------------------------------------------------

def record_sent(conn: Connection, actor: Actor, now: datetime,
                roots: Mapping[str, tuple[str, bool]]) -> None:
    """An answer sent the device these roots: {root id: (kind, held after the answer)}."""
    synced(conn, actor, now)
    hold(conn, actor.device, now, {r: kind for r, (kind, held) in roots.items() if held})
    release(conn, actor.device, now, [r for r, (_kind, held) in roots.items() if not held])


def record_page(conn: Connection, actor: Actor, now: datetime, after: str,
                kinds: Mapping[str, str], last: bool) -> None:
    """A re-download page: its roots (`kinds`, {id: kind}) replace those after `after` up
    to its last one (to the end with `last`); the device removes the ones not listed."""
    synced(conn, actor, now)
    hold(conn, actor.device, now, kinds)
    ids = sorted(kinds)
    gone = [device_holdings.c.root_id > after]
    if not last and ids:
        gone.append(device_holdings.c.root_id <= ids[-1])
    for part in _chunks(ids):
        gone.append(device_holdings.c.root_id.not_in(part))
    conn.execute(update(device_holdings).where(
        device_holdings.c.device_id == actor.device, device_holdings.c.until.is_(None),
        *gone).values(until=now))


def record_pushed(conn: Connection, actor: Actor, now: datetime,
                  kinds: Mapping[str, str]) -> None:
    """Roots the device pushed the making of (accepted), {id: kind}: held when in its
    scope (a re-sent one since moved away is the move's business)."""
    if not kinds:
        return
    office_of: dict[str, str] = {}
    for part in _chunks(sorted(kinds)):
        for table in (cases, inquiries):
            office_of.update(conn.execute(select(table.c.id, table.c.office_code)
                                          .where(table.c.id.in_(part))).all())
    hold(conn, actor.device, now, {r: kinds[r] for r, office in office_of.items()
                                   if actor.sees_office(office)})


def synced(conn: Connection, actor: Actor, now: datetime) -> None:
    """The device's last sync: when, and the scope it synced in; written at most once a
    minute while the scope stays (a PC polls often: not a write per idle sync)."""
    stmt = insert_for(conn, device_syncs).values(
        device_id=actor.device, synced_at=now, office_code=actor.office_code,
        national=actor.national)
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["device_id"],
        set_={k: stmt.excluded[k] for k in ("synced_at", "office_code", "national")},
        where=or_(device_syncs.c.synced_at < now - timedelta(seconds=SYNC_MARK_S),
                  device_syncs.c.office_code != stmt.excluded.office_code,
                  device_syncs.c.national != stmt.excluded.national)))


def hold(conn: Connection, device_id: str, now: datetime, kinds: Mapping[str, str]) -> None:
    """The device holds these roots from now ({id: kind}); one already held is not
    written again, one it held before starts again."""
    ids = sorted(kinds)
    for part in _chunks(ids):
        stmt = insert_for(conn, device_holdings).values([
            {"device_id": device_id, "root_id": r, "root_kind": kinds[r], "since": now,
             "until": None} for r in part])
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["device_id", "root_id"],
            set_={"root_kind": stmt.excluded.root_kind, "since": stmt.excluded.since,
                  "until": None},
            where=device_holdings.c.until.is_not(None)))


def release(conn: Connection, device_id: str, now: datetime, root_ids: Iterable[str]) -> None:
    for part in _chunks(sorted(set(root_ids))):
        conn.execute(update(device_holdings).where(
            device_holdings.c.device_id == device_id, device_holdings.c.until.is_(None),
            device_holdings.c.root_id.in_(part)).values(until=now))


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


# -- reading: what a device held at its last contact -------------------------------------

NOT_ANONYMISED, ANONYMISED, ANONYMISED_LATER = "", "yes", "after"


@dataclass(frozen=True)
class HeldCase:
    number: str
    office_code: str
    category: str
    status: str
    received_at: str
    restricted: bool
    # ANONYMISED: the device was sent the anonymisation; ANONYMISED_LATER: anonymised after
    # it was last sent the case, so the PC still holds the personal data the server no
    # longer has.
    anonymised: str
    worker_name: str
    complainant_name: str
    identifiers: dict[str, bool]  # IDENTIFIERS -> whether the case has it
    kinds: frozenset[str]  # the law's specific categories
    since: datetime


@dataclass(frozen=True)
class HeldRequest:
    id: str
    office_code: str
    topic: str
    channel: str
    received_at: str
    name: str
    phone: bool
    restricted: bool
    anonymised: str
    since: datetime


IDENTIFIERS = ("worker_nik", "worker_passport", "worker_phone", "complainant_nik",
               "complainant_phone")


@dataclass(frozen=True)
class HeldList:
    device: RowMapping  # _DEVICE_FACTS + office_name, tz, national, synced_at
    cases: list[HeldCase]
    requests: list[HeldRequest]
    kinds: Counter = field(default_factory=Counter)  # specific category -> cases

    @property
    def persons(self) -> int:
        """People named in what the device held (workers, complainants, askers)."""
        named = [c.worker_name for c in self.cases] + [c.complainant_name for c in self.cases]
        return sum(1 for n in [*named, *(r.name for r in self.requests)] if _present(n))

    def count(self, identifier: str) -> int:
        return sum(1 for c in self.cases if c.identifiers[identifier])


# What the list says of the device (never its secret's hash nor its sealed unlock key).
_DEVICE_FACTS = ("id", "office_code", "label", "device_letter", "enrolled_at", "last_seen_at",
                 "revoked_at", "revoked_reason", "pulled_seq")


def find_device(conn: Connection, key: str) -> RowMapping:
    """A device by its id or by office and letter ("SBY-A"), or NotFound."""
    key = key.strip()
    office, _, letter = key.upper().rpartition("-")
    where = (and_(devices.c.office_code == office, devices.c.device_letter == letter)
             if office and len(letter) == 1 else devices.c.id == key.lower())
    row = conn.execute(
        select(*(devices.c[n] for n in _DEVICE_FACTS), offices.c.name.label("office_name"),
               offices.c.tz, offices.c.national, device_syncs.c.synced_at,
               device_syncs.c.national.label("synced_national"))
        .join(offices, offices.c.code == devices.c.office_code)
        .outerjoin(device_syncs, device_syncs.c.device_id == devices.c.id)
        .where(where)).mappings().first()
    if row is None:
        raise NotFound(MSG_DEVICE_UNKNOWN, field="device")
    return row


def held_list(conn: Connection, key: str) -> HeldList:
    """What the device held at its last contact; call in one read transaction."""
    device = find_device(conn, key)
    sent_up_to = _anonymisations_sent(conn, device)
    held_cases = [_case(r, sent_up_to) for r in conn.execute(_cases_stmt(device["id"]))
                  .mappings()]
    held_requests = [_request(r, sent_up_to) for r in conn.execute(
        _requests_stmt(device["id"])).mappings()]
    kinds = Counter(k for c in held_cases for k in c.kinds)
    return HeldList(device, held_cases, held_requests, kinds)


def _open(device_id: str, kind: str):
    return and_(device_holdings.c.device_id == device_id, device_holdings.c.until.is_(None),
                device_holdings.c.root_kind == kind)


def _has(column):
    """Whether a personal field holds a value (the anonymisation marker is none)."""
    return func.coalesce(column, "").not_in(("", pdp.ANON_MARKER))


def _cases_stmt(device_id: str):
    return (select(
        device_holdings.c.since, cases.c.id, cases.c.case_number, cases.c.office_code,
        cases.c.category, cases.c.status, cases.c.received_at, cases.c.restricted_at,
        cases.c.anonymised_at, workers.c.name.label("worker_name"), workers.c.birth_date,
        complainants.c.name.label("complainant_name"),
        _has(workers.c.nik).label("worker_nik"),
        _has(workers.c.passport).label("worker_passport"),
        _has(workers.c.phone).label("worker_phone"),
        _has(complainants.c.nik).label("complainant_nik"),
        _has(complainants.c.phones).label("complainant_phone"))
        .select_from(device_holdings.join(cases, cases.c.id == device_holdings.c.root_id)
                     .outerjoin(workers, workers.c.case_id == cases.c.id)
                     .outerjoin(complainants, complainants.c.case_id == cases.c.id))
        .where(_open(device_id, CASE)).order_by(cases.c.case_number))


def _requests_stmt(device_id: str):
    return (select(
        device_holdings.c.since, inquiries.c.id, inquiries.c.office_code, inquiries.c.topic,
        inquiries.c.channel, inquiries.c.received_at, inquiries.c.name,
        _has(inquiries.c.phone).label("phone"), inquiries.c.restricted_at,
        inquiries.c.anonymised_at)
        .select_from(device_holdings.join(inquiries,
                                          inquiries.c.id == device_holdings.c.root_id))
        .where(_open(device_id, INQUIRY))
        .order_by(inquiries.c.received_at, inquiries.c.id))


def _case(r: RowMapping, sent: set[str]) -> HeldCase:
    return HeldCase(
        number=r["case_number"], office_code=r["office_code"], category=r["category"],
        status=r["status"], received_at=r["received_at"], restricted=bool(r["restricted_at"]),
        anonymised=_anonymised(r, sent), worker_name=r["worker_name"] or "",
        complainant_name=r["complainant_name"] or "",
        identifiers={name: bool(r[name]) for name in IDENTIFIERS},
        kinds=pdp.specific_kinds(r["category"], _birth_date(r["birth_date"]),
                                 r["received_at"]),
        since=r["since"])


def _birth_date(value: str | None) -> str:
    return "" if value in (None, pdp.ANON_MARKER) else value


def _request(r: RowMapping, sent: set[str]) -> HeldRequest:
    return HeldRequest(
        id=r["id"], office_code=r["office_code"], topic=r["topic"], channel=r["channel"],
        received_at=r["received_at"], name=r["name"] or "", phone=bool(r["phone"]),
        restricted=bool(r["restricted_at"]), anonymised=_anonymised(r, sent),
        since=r["since"])


def _anonymised(r: RowMapping, sent: set[str]) -> str:
    if not r["anonymised_at"]:
        return NOT_ANONYMISED
    return ANONYMISED if r["id"] in sent else ANONYMISED_LATER


def _anonymisations_sent(conn: Connection, device: RowMapping) -> set[str]:
    """The anonymised roots the device holds whose anonymisation it had: it made it, or
    the change that made it is within the log position it had been sent."""
    held = [r for r, in conn.execute(
        select(device_holdings.c.root_id)
        .select_from(device_holdings.join(cases, cases.c.id == device_holdings.c.root_id,
                                          isouter=True)
                     .join(inquiries, inquiries.c.id == device_holdings.c.root_id,
                           isouter=True))
        .where(device_holdings.c.device_id == device["id"], device_holdings.c.until.is_(None),
               or_(func.coalesce(cases.c.anonymised_at, "") != "",
                   func.coalesce(inquiries.c.anonymised_at, "") != "")))]
    sent: set[str] = set()
    for part in _chunks(held):
        first: dict[str, tuple[int, str]] = {}
        for root_id, seq, device_id, fields in conn.execute(
                select(changes.c.entity_id, changes.c.seq, changes.c.device, changes.c.fields)
                .where(changes.c.entity.in_((CASE, INQUIRY)), changes.c.entity_id.in_(part),
                       changes.c.fields.contains('"anonymised_at"'))
                .order_by(changes.c.seq)):
            if root_id not in first and json.loads(fields).get("anonymised_at"):
                first[root_id] = (seq, device_id)
        sent |= {r for r, (seq, made_by) in first.items()
                 if seq <= device["pulled_seq"] or made_by == device["id"]}
    return sent


def _present(name: str) -> bool:
    return bool(name) and name != pdp.ANON_MARKER
