"""The deadline clock of each case, kept in `case_clock` (local, derived, never synced).

A case's row is rewritten in the same transaction as any write or received change that
touches its status history (a status-change event), its category, its receipt time or its
office (the office's zone): the list filters then read an index instead of replaying every
case's history. The values come from desktop/domain/deadlines.py `clock(...)` over the
synced status history, so every PC derives the same ones:

- `due` of a running case does not depend on the day it is computed (the target-th working
  day the clock runs), which is what the "past deadline" and "near deadline" filters read;
- a stopped (resolved or closed) case is computed as of its last status change, so its row
  never depends on when it was computed either;
- `day` and `paused_days` of a running or paused case are as of `as_of` (the office's date
  when computed); a paused case's `due` is a projection from that day.

Which rules made the rows is kept in meta (RULES_KEY): the rule version, the `holidays`
package's version, the categories' targets and the offices' zones. When any differs the
store recomputes every row when it opens (refresh_if_stale).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime

import holidays

from desktop.domain.clock_rules import (  # noqa: F401  (the store's names for them)
    CASE_FIELDS,
    DEFAULT_TARGET,
    DEFAULT_TZ,
    PAUSED,
    RULES_KEY,
    RULES_VERSION,
    RUNNING,
    STATUS_EVENTS,
    STOPPED,
    touches_clock,
)
from desktop.domain.deadlines import Clock, StatusChange, clock
from desktop.domain.status import ALL_STATUSES, CLOSED
from desktop.formatting import OFFICE_ZONES, zone_info


def refresh(conn, case_ids: Iterable[str], now: datetime) -> None:
    """Rewrite the clock rows of these cases (a case no longer here loses its row)."""
    ids = sorted({c for c in case_ids if c})
    if not ids:
        return
    rules = _Rules(conn)
    for case_id in ids:
        _refresh_one(conn, rules, case_id, now)


def refresh_all(conn, now: datetime) -> None:
    conn.execute("DELETE FROM case_clock")
    refresh(conn, [r[0] for r in conn.execute("SELECT id FROM cases")], now)
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                 " SET value = excluded.value", (RULES_KEY, rules_key(conn)))


def refresh_if_stale(conn, now: datetime | None = None) -> bool:
    """Recompute every row when the rules that made them changed (a newer `holidays`
    package, new targets); returns whether it did. Runs in its own transaction."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (RULES_KEY,)).fetchone()
    if row is not None and row[0] == rules_key(conn):
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        refresh_all(conn, now or datetime.now(UTC))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def rules_key(conn) -> str:
    rules = _Rules(conn)
    data = json.dumps([sorted(rules.targets.items()), sorted(rules.zones.items())],
                      separators=(",", ":"))
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]
    return f"{RULES_VERSION}:{holidays.__version__}:{digest}"


class _Rules:
    """What the clock needs of the reference data: targets per category, offices' zones."""

    def __init__(self, conn) -> None:
        self.targets: dict[str, int] = {}
        self.zones: dict[str, str] = {}
        for kind, code, extra in conn.execute(
                "SELECT kind, code, extra FROM ref_items WHERE kind IN ('category', 'office')"):
            data = _json(extra)
            if kind == "category" and isinstance(data.get("target_days"), int):
                self.targets[code] = data["target_days"]
            elif kind == "office" and isinstance(data.get("tz"), str):
                self.zones[code] = data["tz"]
        row = conn.execute("SELECT value FROM meta WHERE key = 'office_tz'").fetchone()
        self.home_zone = row[0] if row and row[0] else DEFAULT_TZ  # an office made later

    def zone(self, office_code: str) -> str:
        # The case's own office: every PC (the national one too) counts in the same zone.
        tz = self.zones.get(office_code, self.home_zone)
        return tz if tz in OFFICE_ZONES else DEFAULT_TZ


def live(conn, case_id: str, now: datetime) -> Clock | None:
    """One case's clock as of `now` (the case view: day N of M today); None for a case
    not here or with no readable receipt time."""
    found = _compute(conn, _Rules(conn), case_id, now)
    return found[0] if found else None


def _compute(conn, rules: _Rules, case_id: str, now: datetime) -> tuple[Clock, datetime, str] | None:
    case = conn.execute("SELECT received_at, category, office_code FROM cases WHERE id = ?",
                        (case_id,)).fetchone()
    received = _moment(case[0]) if case else None
    if received is None:
        return None
    history = _history(conn, case_id)
    tz = rules.zone(case[2])
    target = rules.targets.get(case[1], DEFAULT_TARGET)
    last = history[-1] if history else None
    # A stopped clock is as of its last change (whenever it is computed); any other is
    # never as of before its last change (a PC whose clock was ahead made it).
    moment = last.at if last and (last.status in CLOSED or last.at > now) else now
    return clock(received, history, target, moment, tz), moment, tz


def _refresh_one(conn, rules: _Rules, case_id: str, now: datetime) -> None:
    found = _compute(conn, rules, case_id, now)
    if found is None:
        conn.execute("DELETE FROM case_clock WHERE case_id = ?", (case_id,))
        return
    c, moment, tz = found
    state = STOPPED if c.stopped else PAUSED if c.paused else RUNNING
    as_of = moment.astimezone(zone_info(tz)).date().isoformat()
    conn.execute(
        "INSERT INTO case_clock (case_id, day, target, paused_days, state, due, as_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET day = excluded.day,"
        " target = excluded.target, paused_days = excluded.paused_days, state = excluded.state,"
        " due = excluded.due, as_of = excluded.as_of",
        (case_id, c.day, c.target, c.paused_days, state, c.due.isoformat(), as_of))


def _history(conn, case_id: str) -> list[StatusChange]:
    """The case's status changes, oldest first (ties in the order every replica holds)."""
    out = []
    marks = ", ".join("?" * len(STATUS_EVENTS))
    for occurred_at, data in conn.execute(
            f"SELECT occurred_at, data FROM events WHERE case_id = ? AND event_type IN ({marks})"
            " ORDER BY occurred_at, recorded_at, id", (case_id, *STATUS_EVENTS)):
        at, to = _moment(occurred_at), _json(data).get("to")
        if at is not None and to in ALL_STATUSES:
            out.append(StatusChange(at, to))
    return out


def _moment(text) -> datetime | None:
    """A stored timestamp as an aware datetime; None for one no PC writes (never a crash:
    received rows are input too)."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _json(text) -> dict:
    try:
        value = json.loads(text or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
