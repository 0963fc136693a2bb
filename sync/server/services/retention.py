"""Retention and anonymisation (UU PDP 27/2022): when a record's retention period ends, the
server replaces its personal data with a marker; every PC converges through sync.

The policy is reference data central sets (ref_items kind "policy"): closed cases are kept
`retensi_kasus_tahun` years from the day they were closed (the last status change to a
closed status: a case reopened and closed again counts from its last closing), information
requests `retensi_informasi_tahun` years from the day they were received. Days are the
office's own; a record is due from the day after its last retained day (closed on 1 March
2020, kept 5 years: still kept on 1 March 2025, due on the 2nd).

A run anonymises each due case (or information request) in a transaction of its own:
- the server's change log of the case is rewritten in place (a PC that re-downloads the
  case replays its history: the history must hold no personal data either);
- its append-only rows (timeline, attachments' metadata) are rewritten in place, and the
  case's digest refreshed after them (ServerTx.finish), so the end-of-sync checksum agrees
  with the PCs, which rewrite the same rows the same way when the case's `anonymised_at`
  reaches them (desktop/store/replica.py);
- its other rows change through ordinary server changes with fresh server clocks, newer
  than any value a PC holds, and `anonymised_at` last: a PC learns of it after the rest;
- the attachments' content is deleted (services/blobs.py erase_contents), and no PC can
  upload it again for that case; sync_apply refuses personal data for the case from then on.
The case's dates, category, country, outcome, office, sex and province stay (statistics),
and so does its deadline clock. Everything is audited: the policy set, each preview, each
case and request anonymised (its number, never personal data) and each run (its counts).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, select, text, update
from sqlalchemy.exc import DBAPIError

from desktop.domain import casework
from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain.clock_rules import DEFAULT_TZ, STATUS_EVENTS
from desktop.formatting import OFFICE_ZONES, zone_info
from desktop.messages import HaloError, Msg
from sync import protocol
from sync.server.db.engine import Database
from sync.server.db.tables import (
    ENTITY_TABLES,
    cases,
    changes,
    events,
    inquiries,
    offices,
    ref_items,
)
from sync.server.errors import BadRequest
from sync.server.services import audit, blobs
from sync.server.services import reference as reference_service
from sync.server.services.actor import Actor
from sync.server.services.changelog import CHANGELOG_LOCK, ServerTx

T = TypeVar("T")

POLICY_KIND = "policy"
CASES_YEARS, INQUIRIES_YEARS = "retensi_kasus_tahun", "retensi_informasi_tahun"
DEFAULT_YEARS = {CASES_YEARS: 5, INQUIRIES_YEARS: 2}
MIN_YEARS, MAX_YEARS = 1, 50

POLICY_SET = "retention.policy_set"
PREVIEWED = "retention.previewed"
RUN = "retention.run"
CASE_ANONYMISED = "case.anonymised"
INQUIRY_ANONYMISED = "inquiry.anonymised"

# The rows of a case the run rewrites in place (the change log cannot update them), and
# those it changes through the log like any central edit.
APPEND_ONLY = tuple(sorted(protocol.APPEND_ONLY))
MUTABLE = tuple(sorted(e for e in protocol.REPLICATED if e not in protocol.APPEND_ONLY
                       and e not in protocol.ROOTS and e not in protocol.DIRECTORY))
_LIFTED_TABLES = ("events", "attachments", "changes")  # the append-only tables rewritten
CHUNK = 500
# A case's turn waits for no lock (PostgreSQL): a lock a sync holds makes it try again.
ATTEMPTS = 60
LOCK_NOT_AVAILABLE, NOT_OWNER = "55P03", "42501"  # PostgreSQL's SQLSTATEs

MSG_YEARS = Msg(
    "retention_years_invalid",
    "Masa retensi harus bilangan bulat dari {low} sampai {high} tahun.",
    "A retention period must be a whole number of years, from {low} to {high}.")
MSG_AS_OF_FUTURE = Msg(
    "retention_as_of_future",
    "Tanggal acuan anonimisasi tidak boleh setelah hari ini ({today}).",
    "The anonymisation's reference date cannot be after today ({today}).")
MSG_BUSY = Msg(
    "retention_busy",
    "Server sedang sibuk menyinkronkan data yang sama; jalankan anonimisasi lagi sebentar "
    "lagi (yang sudah dianonimkan tidak diulang).",
    "The server is busy syncing the same records; run the anonymisation again in a moment "
    "(what was anonymised already is not done twice).")
MSG_NOT_OWNER = Msg(
    "retention_not_table_owner",
    "Akun basis data ini tidak boleh mengubah tabel riwayat; jalankan anonimisasi dengan akun "
    "yang menjalankan 'halotki-server migrate'.",
    "This database account may not change the history tables; run the anonymisation as the "
    "account that runs 'halotki-server migrate'.")


@dataclass(frozen=True)
class Policy:
    cases_years: int
    inquiries_years: int


@dataclass(frozen=True)
class DueCase:
    id: str
    case_number: str
    office_code: str
    category: str
    status: str
    closed_on: date


@dataclass(frozen=True)
class DueInquiry:
    id: str
    office_code: str
    received_on: date


@dataclass(frozen=True)
class Due:
    as_of: date
    policy: Policy
    cases: list[DueCase]
    inquiries: list[DueInquiry]


@dataclass
class RunResult:
    as_of: date
    cases: list[str] = field(default_factory=list)  # the numbers of the cases anonymised
    inquiries: int = 0
    contents_erased: int = 0
    skipped: int = 0  # no longer due when its turn came (reopened, anonymised meanwhile)


class _Busy(Exception):
    """A lock the run takes without waiting was held: the record's turn comes again."""


# -- the policy ----------------------------------------------------------------------------

def read_policy(conn: Connection) -> Policy:
    ref = reference_service.load(conn)
    return Policy(casework.policy(ref, CASES_YEARS, DEFAULT_YEARS[CASES_YEARS]),
                  casework.policy(ref, INQUIRIES_YEARS, DEFAULT_YEARS[INQUIRIES_YEARS]))


def check_years(value: Any, field_name: str) -> int:
    """A retention period as typed: a whole number of years, MIN_YEARS to MAX_YEARS."""
    raw = str(value).strip()
    if not raw.isascii() or not raw.isdigit() or not MIN_YEARS <= int(raw) <= MAX_YEARS:
        raise BadRequest(MSG_YEARS, field=field_name, low=MIN_YEARS, high=MAX_YEARS)
    return int(raw)


def set_policy(conn: Connection, actor: Actor, now: datetime, *,
               cases_years: Any = None, inquiries_years: Any = None) -> Policy:
    """Set either period (each checked before anything is written); each change audited."""
    actor.require_national()
    wanted = {}
    if cases_years is not None:
        wanted[CASES_YEARS] = check_years(cases_years, "cases_years")
    if inquiries_years is not None:
        wanted[INQUIRIES_YEARS] = check_years(inquiries_years, "inquiries_years")
    old = read_policy(conn)
    before = {CASES_YEARS: old.cases_years, INQUIRIES_YEARS: old.inquiries_years}
    for code, years in wanted.items():
        if years != before[code]:
            _write_years(conn, code, years)
            audit.record(conn, actor, POLICY_SET, at=now, target=code,
                         detail=f"{before[code]}->{years}")
    return read_policy(conn)


def _write_years(conn: Connection, code: str, years: int) -> None:
    where = (ref_items.c.kind == POLICY_KIND, ref_items.c.code == code)
    extra = conn.scalar(select(ref_items.c.extra).where(*where))
    if extra is None:  # a database seeded before the item existed
        row = next(r for r in reference_service.seed_items()
                   if r["kind"] == POLICY_KIND and r["code"] == code)
        conn.execute(ref_items.insert().values(**{**row, "extra": _json({"value": years})}))
        return
    conn.execute(update(ref_items).where(*where).values(
        extra=_json({**_object(extra), "value": years}), active=1))


# -- what is due ---------------------------------------------------------------------------

def retained_from(as_of: date, years: int) -> date:
    """The first day whose records are still kept on `as_of`: what was closed (or received)
    before it is due (29 February counts from the 28th in a year without one)."""
    try:
        return as_of.replace(year=as_of.year - years)
    except ValueError:
        return as_of.replace(year=as_of.year - years, day=28)


def due(conn: Connection, as_of: date, policy: Policy | None = None) -> Due:
    """The cases and information requests whose retention period has ended on `as_of`,
    not yet anonymised, by office and day."""
    policy = policy or read_policy(conn)
    zones = _zones(conn)
    first_kept = retained_from(as_of, policy.cases_years)
    candidates = [dict(r) for r in conn.execute(
        select(cases.c.id, cases.c.case_number, cases.c.office_code, cases.c.category,
               cases.c.status, cases.c.updated_at, cases.c.received_at)
        .where(cases.c.status.in_(sorted(st.CLOSED)), cases.c.anonymised_at == "")).mappings()]
    closed = closing_days(conn, candidates, zones)
    due_cases = [DueCase(r["id"], r["case_number"], r["office_code"], r["category"],
                         r["status"], closed[r["id"]])
                 for r in candidates if closed[r["id"]] < first_kept]
    due_cases.sort(key=lambda c: (c.office_code, c.closed_on, c.case_number))
    return Due(as_of, policy, due_cases, _due_inquiries(conn, as_of, policy, zones))


def _due_inquiries(conn: Connection, as_of: date, policy: Policy,
                   zones: dict[str, str]) -> list[DueInquiry]:
    first_kept = retained_from(as_of, policy.inquiries_years)
    # Received before the first kept day in the office's zone is before its midnight in UTC
    # too (the zones are ahead of UTC): the index narrows, the office's day decides.
    rows = conn.execute(
        select(inquiries.c.id, inquiries.c.office_code, inquiries.c.received_at)
        .where(inquiries.c.anonymised_at == "",
               inquiries.c.received_at < f"{first_kept.isoformat()}T00:00:00")).all()
    out = []
    for inquiry_id, office, received_at in rows:
        day = _local_day(received_at, zones.get(office, DEFAULT_TZ))
        if day is not None and day < first_kept:
            out.append(DueInquiry(inquiry_id, office, day))
    out.sort(key=lambda i: (i.office_code, i.received_on, i.id))
    return out


def closing_days(conn: Connection, rows: list[Mapping[str, Any]],
                 zones: dict[str, str]) -> dict[str, date]:
    """{case id: the office's day of its last status change to a closed status}; a closed
    case whose history holds no closing (an import) counts from its last write.

    A closing never counts from before the complaint was received: a PC whose clock was
    years behind must not make a new case due at once (an anonymisation cannot be undone)."""
    last: dict[str, datetime] = {}
    ids = [r["id"] for r in rows]
    received = {r["id"]: _moment(r.get("received_at")) for r in rows}
    for start in range(0, len(ids), CHUNK):
        for case_id, occurred_at, data in conn.execute(
                select(events.c.case_id, events.c.occurred_at, events.c.data)
                .where(events.c.case_id.in_(ids[start:start + CHUNK]),
                       events.c.event_type.in_(STATUS_EVENTS))):
            moment = _moment(occurred_at)
            if moment is None or _object(data).get("to") not in st.CLOSED:
                continue
            moment = max(moment, received.get(case_id) or moment)
            if case_id not in last or moment > last[case_id]:
                last[case_id] = moment
    out = {}
    for r in rows:
        moment = last.get(r["id"]) or _moment(r["updated_at"]) or datetime.now(UTC)
        out[r["id"]] = moment.astimezone(zone_info(zones.get(r["office_code"], DEFAULT_TZ))
                                         ).date()
    return out


def record_preview(conn: Connection, actor: Actor, now: datetime, found: Due) -> None:
    audit.record(conn, actor, PREVIEWED, at=now, detail=_summary(found.as_of, found.policy,
                 cases=len(found.cases), inquiries=len(found.inquiries)))


def check_as_of(as_of: date, today: date) -> None:
    """A run never looks ahead: a later reference date would anonymise records early."""
    if as_of > today:
        raise BadRequest(MSG_AS_OF_FUTURE, field="as_of", today=today)


# -- the run ---------------------------------------------------------------------------------

def run(db: Database, actor: Actor, now: datetime, as_of: date) -> RunResult:
    """Anonymise everything due on `as_of`, one record per transaction; the run's audit
    record is written even when it stops part-way (what was done stays done)."""
    actor.require_national()
    with db.read() as conn:
        policy = read_policy(conn)
        found = due(conn, as_of, policy)
    result = RunResult(as_of)
    try:
        for item in found.cases:
            erased = _in_turn(db, lambda conn, item=item: _anonymise_case(
                conn, actor, now, item.id, as_of, policy))
            if erased is None:
                result.skipped += 1
            else:
                result.cases.append(item.case_number)
                result.contents_erased += erased
        for inquiry in found.inquiries:
            done = _in_turn(db, lambda conn, inquiry=inquiry: _anonymise_inquiry(
                conn, actor, now, inquiry.id, as_of, policy))
            result.inquiries += done
            result.skipped += not done
    finally:
        with db.write() as conn:
            audit.record(conn, actor, RUN, at=now, detail=_summary(
                as_of, policy, cases=len(result.cases), inquiries=result.inquiries,
                contents_erased=result.contents_erased, skipped=result.skipped,
                finished=int(len(result.cases) + result.inquiries + result.skipped
                              == len(found.cases) + len(found.inquiries))))
    return result


def _in_turn(db: Database, work: Callable[[Connection], T]) -> T:
    """`work` in a write transaction of its own, tried again while a sync holds a lock it
    needs (PostgreSQL; SQLite has one writer at a time)."""
    for attempt in range(ATTEMPTS):
        try:
            with db.write() as conn:
                return work(conn)
        except _Busy:
            pass
        except DBAPIError as exc:
            state = getattr(exc.orig, "sqlstate", None)
            if state == NOT_OWNER:
                raise HaloError(MSG_NOT_OWNER) from None
            if state != LOCK_NOT_AVAILABLE:
                raise
        _pause(attempt)
    raise HaloError(MSG_BUSY)


def _pause(attempt: int) -> None:
    time.sleep(min(0.05 * (attempt + 1), 0.5))


def _anonymise_case(conn: Connection, actor: Actor, now: datetime, case_id: str,
                    as_of: date, policy: Policy) -> int | None:
    """Anonymise one case if it is still due; returns how many attachment contents were
    deleted, None when it is no longer due."""
    with _append_only_lifted(conn):
        row = conn.execute(select(cases).where(cases.c.id == case_id)
                           .with_for_update(nowait=True)).mappings().first()
        if row is None or row["anonymised_at"] or row["status"] not in st.CLOSED:
            return None
        closed_on = closing_days(conn, [row], _zones(conn))[case_id]
        if closed_on >= retained_from(as_of, policy.cases_years):
            return None
        office = row["office_code"]
        tx = ServerTx(conn, actor, now)
        _rewrite_log(conn, case_id)
        shas = _rewrite_append_only(conn, case_id)
        for entity in MUTABLE:
            table = ENTITY_TABLES[entity]
            for found in conn.execute(select(table).where(table.c.case_id == case_id)
                                      .order_by(table.c.id)).mappings().all():
                fields = pdp.anonymised_fields(entity, found)
                if fields:
                    tx.update(entity, found["id"], fields, office_code=office, case_id=case_id)
        # Last: a PC that sees it has seen every change before it.
        tx.update("case", case_id, {**pdp.anonymised_fields("case", row),
                                    "anonymised_at": tx.now}, office_code=office, case_id=case_id)
        tx.finish()  # the case's digest, after its rows were rewritten in place
        erased = blobs.erase_contents(conn, shas)
    audit.record(conn, actor, CASE_ANONYMISED, at=now, target=row["case_number"],
                 detail=f"closed_on={closed_on.isoformat()}; attachments={len(shas)}; "
                        f"contents_erased={erased}", office_code=office)
    return erased


def _anonymise_inquiry(conn: Connection, actor: Actor, now: datetime, inquiry_id: str,
                       as_of: date, policy: Policy) -> bool:
    with _append_only_lifted(conn):
        row = conn.execute(select(inquiries).where(inquiries.c.id == inquiry_id)
                           .with_for_update(nowait=True)).mappings().first()
        if row is None or row["anonymised_at"]:
            return False
        office = row["office_code"]
        received_on = _local_day(row["received_at"], _zones(conn).get(office, DEFAULT_TZ))
        if received_on is None or received_on >= retained_from(as_of, policy.inquiries_years):
            return False
        tx = ServerTx(conn, actor, now)
        _rewrite_log(conn, inquiry_id)
        tx.update("inquiry", inquiry_id, {**pdp.anonymised_fields("inquiry", row),
                                          "anonymised_at": tx.now},
                  office_code=office, case_id=inquiry_id)
        tx.finish()
    audit.record(conn, actor, INQUIRY_ANONYMISED, at=now, target=inquiry_id,
                 detail=f"received_on={received_on.isoformat()}", office_code=office)
    return True


def _rewrite_log(conn: Connection, root_id: str) -> None:
    """Every logged change of the record with its personal values replaced (which fields
    each change carries, and its clock, stay: they are the record's version vector)."""
    for seq, entity, fields in conn.execute(
            select(changes.c.seq, changes.c.entity, changes.c.fields)
            .where(changes.c.case_id == root_id).order_by(changes.c.seq)).all():
        values = json.loads(fields)
        replaced = pdp.anonymised_fields(entity, values)
        if replaced:
            conn.execute(update(changes).where(changes.c.seq == seq)
                         .values(fields=_json({**values, **replaced})))


def _rewrite_append_only(conn: Connection, case_id: str) -> list[str]:
    """Rewrite the case's timeline and attachments in place; returns the attachments'
    content hashes."""
    shas: set[str] = set()
    for entity in APPEND_ONLY:
        table = ENTITY_TABLES[entity]
        for found in conn.execute(select(table).where(table.c.case_id == case_id)).mappings().all():
            if entity == "attachment":
                shas.add(found["sha256"])
            replaced = pdp.anonymised_fields(entity, found)
            if replaced:
                conn.execute(update(table).where(table.c.id == found["id"]).values(**replaced))
    return sorted(shas)


@contextmanager
def _append_only_lifted(conn: Connection) -> Iterator[None]:
    """The append-only guard of the timeline, the attachments and the change log, lifted
    for this transaction only (an error rolls the lifting back with everything else).

    PostgreSQL: the change log's lock first, then the tables', never waiting (a sync that
    holds one makes this record's turn come again, so the two never wait on each other);
    the triggers are disabled and enabled again inside the transaction, which nobody else
    sees. SQLite (one writer): the triggers are dropped and made again the same way."""
    if conn.dialect.name == "postgresql":
        if not conn.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"),
                           {"key": CHANGELOG_LOCK}):
            raise _Busy()
        conn.exec_driver_sql(f"LOCK TABLE {', '.join(_LIFTED_TABLES)}"
                             " IN SHARE ROW EXCLUSIVE MODE NOWAIT")
        for table in _LIFTED_TABLES:
            conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only")
        yield
        for table in _LIFTED_TABLES:
            conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {table}_append_only")
        return
    names = [f"{table}_no_update" for table in _LIFTED_TABLES]
    saved = [sql for (sql,) in conn.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
             f"({', '.join(repr(n) for n in names)}) ORDER BY name"))]
    for name in names:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for sql in saved:
        conn.exec_driver_sql(sql)


# -- helpers -----------------------------------------------------------------------------------

def _zones(conn: Connection) -> dict[str, str]:
    return {code: tz if tz in OFFICE_ZONES else DEFAULT_TZ
            for code, tz in conn.execute(select(offices.c.code, offices.c.tz))}


def _local_day(instant: Any, tz: str) -> date | None:
    moment = _moment(instant)
    return None if moment is None else moment.astimezone(zone_info(tz)).date()


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except (OverflowError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _object(value: Any) -> dict:
    try:
        found = json.loads(value or "{}")
    except (TypeError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _summary(as_of: date, policy: Policy, **counts: int) -> str:
    parts = [f"as_of={as_of.isoformat()}", f"cases_years={policy.cases_years}",
             f"inquiries_years={policy.inquiries_years}"]
    return "; ".join(parts + [f"{k}={v}" for k, v in counts.items()])
