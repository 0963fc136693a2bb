"""The deadline clock of each case on the server, in `case_clock`: the rows the figures of
/api/v1/stats read (desktop/domain/reports/figures.py), by the desktop's own rules.

Each row is what desktop/store/clock.py would write for the case: desktop.domain.deadlines
`clock(...)` over the status history (timeline events perubahan_status / dibuka_kembali
with data {"to": ...}), the category's target (ref_items extra "target_days") and the zone
of the case's office. Here the zone is the `offices` row's (the server's truth about an
office); the reference list's, then WIB, when the office row has none.

A case's row is rewritten in the transaction of every write that touches its clock
(desktop.store.clock.touches_clock): a pushed change (sync_apply) or a case created or
moved at central (cases). Rows do not go stale with the days for what the figures read:
an open clock is read by its state and its `due`, and the `due` of a running clock is the
target-th working day it runs, whenever it was computed; `day` is read of stopped clocks
only, which are computed as of their last change. What does make every row stale is a
change of the rules themselves (a newer `holidays` package, new targets, an office's new
zone): `refresh_if_stale` recomputes the rows they touch (RULES_KEY in server_meta keeps
the rules the rows were made by).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import holidays
from sqlalchemy import Connection, delete, or_, select

from desktop.domain.clock_rules import (
    DEFAULT_TARGET,
    DEFAULT_TZ,
    PAUSED,
    RULES_VERSION,
    RUNNING,
    STATUS_EVENTS,
    STOPPED,
    touches_clock,
)
from desktop.domain.deadlines import Clock, StatusChange, clock
from desktop.domain.status import ALL_STATUSES, CLOSED
from desktop.formatting import OFFICE_ZONES, zone_info
from sync.server.db.tables import case_clock, cases, events, offices, ref_items, server_meta
from sync.server.db.upsert import upsert, upsert_many

__all__ = ["RULES_KEY", "clock_rows", "refresh", "refresh_all", "refresh_if_stale",
           "rules_key", "touches_clock"]

RULES_KEY = "case_clock_rules"
CHUNK = 500  # cases per IN (...) list
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)  # no complaint recorded here is older


class Rules:
    """What the clock needs of the reference data: targets per category, offices' zones."""

    def __init__(self, conn: Connection) -> None:
        self.targets: dict[str, int] = {}
        self.zones: dict[str, str] = {}
        for kind, code, extra in conn.execute(
                select(ref_items.c.kind, ref_items.c.code, ref_items.c.extra)
                .where(ref_items.c.kind.in_(("category", "office")))):
            data = _json(extra)
            if kind == "category" and isinstance(data.get("target_days"), int):
                self.targets[code] = data["target_days"]
            elif kind == "office" and isinstance(data.get("tz"), str):
                self.zones[code] = data["tz"]
        # An office's own row wins over the reference list's (central can change it).
        self.zones.update(conn.execute(select(offices.c.code, offices.c.tz)).all())

    def zone(self, office_code: str) -> str:
        tz = self.zones.get(office_code, DEFAULT_TZ)
        return tz if tz in OFFICE_ZONES else DEFAULT_TZ

    def state(self) -> dict:
        return {"version": RULES_VERSION, "holidays": holidays.__version__,
                "targets": self.targets, "zones": self.zones}

    def key(self) -> str:
        """The rules as kept in server_meta: what changed tells which rows to recompute."""
        return json.dumps(self.state(), sort_keys=True, separators=(",", ":"))


def rules_key(conn: Connection) -> str:
    return Rules(conn).key()


def clock_rows(conn: Connection, case_ids: Iterable[str], now: datetime,
               rules: Rules | None = None) -> tuple[list[dict], list[str]]:
    """(rows to write, ids of cases that get none) for these cases: none for a case not
    here or with no readable receipt time. Reads only; the caller writes."""
    ids = sorted({c for c in case_ids if c})
    rules = rules or Rules(conn)
    rows: list[dict] = []
    none: list[str] = []
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        found = {r[0]: r[1:] for r in conn.execute(
            select(cases.c.id, cases.c.received_at, cases.c.category, cases.c.office_code)
            .where(cases.c.id.in_(part)))}
        histories = _histories(conn, part)
        for case_id in part:
            row = _row(rules, case_id, found.get(case_id), histories.get(case_id, []), now)
            if row is None:
                none.append(case_id)
            else:
                rows.append(row)
    return rows, none


def refresh(conn: Connection, case_ids: Iterable[str], now: datetime) -> None:
    """Rewrite the clock rows of these cases in the caller's transaction."""
    case_ids = [c for c in case_ids if c]
    if not case_ids:  # most pushes touch no clock: no query at all
        return
    rows, none = clock_rows(conn, case_ids, now)
    _write(conn, rows, none)


def refresh_all(conn: Connection, now: datetime) -> int:
    """Every case's row by the current rules (recorded in server_meta); returns how many."""
    return _refresh_where(conn, Rules(conn), None, now)


def refresh_if_stale(db, now: datetime) -> int | None:
    """Recompute the rows the rules' changes touch since they were made: every row after
    a new `holidays` package or rule version, else the cases of a category whose target
    changed or of an office whose zone did. Returns how many rows were written (None:
    nothing changed). `db`: the server's Database (only a change takes a write)."""
    with db.read() as conn:
        if _stored(conn) == Rules(conn).state():
            return None
    with db.write() as conn:
        rules, stored = Rules(conn), _stored(conn)
        if stored == rules.state():  # another request did it meanwhile
            return None
        if stored is None or any(stored.get(k) != v for k, v in rules.state().items()
                                 if k not in ("targets", "zones")):
            return _refresh_where(conn, rules, None, now)
        categories = _changed(stored.get("targets"), rules.targets)
        zones = _changed(stored.get("zones"), rules.zones)
        return _refresh_where(conn, rules, or_(cases.c.category.in_(categories),
                                               cases.c.office_code.in_(zones)), now)


def _refresh_where(conn: Connection, rules: Rules, where, now: datetime) -> int:
    stmt = select(cases.c.id).order_by(cases.c.id)
    ids = list(conn.scalars(stmt if where is None else stmt.where(where)))
    rows, none = clock_rows(conn, ids, now, rules)
    _write(conn, rows, none)
    upsert(conn, server_meta, {"key": RULES_KEY, "value": rules.key()}, ["key"])
    return len(rows)


def _changed(old, new: dict) -> list[str]:
    old = old if isinstance(old, dict) else {}
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))


def _stored(conn: Connection) -> dict | None:
    """The rules the rows were made by (None: unknown, e.g. an older server's key)."""
    value = conn.scalar(select(server_meta.c.value).where(server_meta.c.key == RULES_KEY))
    try:
        found = json.loads(value) if value else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _write(conn: Connection, rows: list[dict], none: list[str]) -> None:
    # Sorted by case id: two writers of overlapping cases lock rows in the same order.
    for start in range(0, len(rows), CHUNK):
        upsert_many(conn, case_clock, rows[start:start + CHUNK], ["case_id"])
    for start in range(0, len(none), CHUNK):
        conn.execute(delete(case_clock).where(case_clock.c.case_id.in_(none[start:start + CHUNK])))


def _histories(conn: Connection, case_ids: list[str]) -> dict[str, list[StatusChange]]:
    """Each case's status changes, oldest first (ties in the order every replica holds)."""
    out: dict[str, list[StatusChange]] = defaultdict(list)
    for case_id, occurred_at, data in conn.execute(
            select(events.c.case_id, events.c.occurred_at, events.c.data)
            .where(events.c.case_id.in_(case_ids), events.c.event_type.in_(STATUS_EVENTS))
            .order_by(events.c.case_id, events.c.occurred_at, events.c.recorded_at,
                      events.c.id)):
        at, to = _moment(occurred_at), _json(data).get("to")
        if at is not None and to in ALL_STATUSES:
            out[case_id].append(StatusChange(at, to))
    return out


def _row(rules: Rules, case_id: str, case: tuple | None, history: list[StatusChange],
         now: datetime) -> dict | None:
    received = _moment(case[0]) if case else None
    # Received rows are a device's input: a day no office records (year 1, year 9999, one
    # centuries away) gets no row rather than a crash or a day-by-day walk over centuries
    # inside the push's transaction (the desktop validates what its people type).
    if received is None or not _plausible(received, now):
        return None
    history = [h for h in history if _plausible(h.at, now)]
    _received_at, category, office_code = case
    tz = rules.zone(office_code)
    target = rules.targets.get(category, DEFAULT_TARGET)
    last = max(history, key=lambda h: h.at) if history else None
    # As desktop/store/clock.py: a stopped clock is as of its last change (whenever it is
    # computed); any other is never as of before its last change.
    moment = last.at if last and (last.status in CLOSED or last.at > now) else now
    try:
        c: Clock = clock(received, history, target, moment, tz)
    except (OverflowError, ValueError):
        return None
    state = STOPPED if c.stopped else PAUSED if c.paused else RUNNING
    return {"case_id": case_id, "day": c.day, "target": c.target, "paused_days": c.paused_days,
            "state": state, "due": c.due.isoformat(),
            "as_of": moment.astimezone(zone_info(tz)).date().isoformat()}


def _plausible(moment: datetime, now: datetime) -> bool:
    """Within the years a complaint can be received or worked on: from 1990 to a year
    after the server's time (a PC's clock may be ahead; not by centuries)."""
    try:
        return _EARLIEST <= moment <= now + timedelta(days=366)
    except (OverflowError, TypeError):
        return False


def _moment(text) -> datetime | None:
    """A stored timestamp as an aware datetime; None for one no PC writes (received rows
    are input: never a crash)."""
    try:
        moment = datetime.fromisoformat(str(text))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        return None


def _json(text) -> dict:
    try:
        value = json.loads(text or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
