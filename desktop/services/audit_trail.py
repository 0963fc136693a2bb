"""The audit trail for supervisors (issue 14 §1.6): who did what, and who read whose data.

Two sources. This PC's own trail (audit_log, append-only), read page by page; and on an
enrolled PC the central server's (GET /api/v1/audit: every PC of the office, or every
office from the national office's PC), read on the network pool with the client this
service hands out.

A reading of this PC's trail starts at its first page: that page fixes where the trail
ended (its last row), so the later pages of the same reading show the list the first one
counted, whatever is written meanwhile, and writes the reading's own audit row (filters and
count, never what was shown). The server audits its own reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from desktop.domain.audit_filters import MSG_REVERSED, MSG_TOO_LONG
from desktop.domain.roles import Perm
from desktop.formatting import iso_utc, zone_info
from desktop.messages import HaloError
from desktop.services import audit
from desktop.sync.api import CentralClient

if TYPE_CHECKING:
    from desktop.core import Core

# Who reads the trail: supervisors and administrators.
AUDIT_VIEW = Perm.AUDIT_VIEW
PAGE = 200
CENTRAL_PAGE = 200  # the server gives at most 500 a page
MAX_LEN = {"user": 64, "action": 60, "target": 200}
SUMMARY_LEN = 160



@dataclass(frozen=True)
class AuditFilter:
    """What to show. Days are whole days of this PC's office zone; text matches exactly."""

    since: date | None = None
    until: date | None = None
    user: str = ""
    action: str = ""
    target: str = ""  # a case number (or an account, an office...)
    office: str = ""  # the central server's rows only: one office ("" = every one in reach)

    def checked(self) -> AuditFilter:
        """The filter with its text trimmed, or HaloError naming the field at fault."""
        if self.since and self.until and self.since > self.until:
            raise HaloError(MSG_REVERSED, field="until")
        values = {}
        for name, longest in MAX_LEN.items():
            text = " ".join(str(getattr(self, name) or "").split())
            if len(text) > longest:
                raise HaloError(MSG_TOO_LONG, field=name, max=longest)
            values[name] = text
        values["user"] = values["user"].lower()
        return replace(self, office=(self.office or "").strip().upper(), **values)

    def described(self) -> dict[str, str]:
        """The filters given, for the audit row of the reading (codes and dates only)."""
        out = {}
        for name, value in asdict(self).items():
            if value:
                out[name] = value.isoformat() if isinstance(value, date) else value
        return out


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: str  # UTC instant as the trail writes it
    user: str
    device: str
    action: str
    target: str
    detail: str
    office_code: str = ""
    device_label: str = ""  # "SBY-A PC-Loket" when known

    @property
    def moment(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.at.replace("Z", "+00:00"))
        except ValueError:
            return None


@dataclass(frozen=True)
class AuditPage:
    entries: tuple[AuditEntry, ...]
    next: int | str | None  # this PC: the next page's offset; central: its cursor
    total: int | None = None  # this PC: the rows the reading counts (central: unknown)
    upto: int = 0  # this PC: the trail's last row when the reading began


@dataclass(frozen=True)
class TrailChoices:
    """What the window offers: the accounts and actions in this PC's trail, and whether the
    central server can be asked (and for every office)."""

    users: tuple[str, ...]
    actions: tuple[str, ...]
    enrolled: bool
    national: bool


class AuditTrailService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    def choices(self) -> TrailChoices:
        self.core.require(AUDIT_VIEW)
        users = tuple(r[0] for r in self.store.query(
            "SELECT DISTINCT user FROM audit_log WHERE user != '' ORDER BY user"))
        actions = tuple(r[0] for r in self.store.query(
            "SELECT DISTINCT action FROM audit_log ORDER BY action"))
        return TrailChoices(users, actions, self.core.sync.central_client() is not None,
                            self.core.sync.national())

    # -- this PC's trail -------------------------------------------------------------------
    def list(self, filters: AuditFilter, limit: int = PAGE, offset: int = 0,
             upto: int = 0, total: int | None = -1) -> AuditPage:
        """One page of this PC's trail, newest first. Without `upto` this is a new reading:
        it fixes `upto` and counts the rows up to it (both returned in the page: pass them on
        for the next pages, which then count nothing again) and is audited with its filters
        and count."""
        self.core.require(AUDIT_VIEW)
        f = filters.checked()
        reading = upto <= 0
        if reading:
            upto = self.store.query_one("SELECT coalesce(max(rowid), 0) FROM audit_log")[0]
        where, params = self._where(f, upto)
        if reading or total is None or total < 0:
            total = self.store.query_one(f"SELECT count(*) FROM audit_log WHERE {where}",
                                         params)[0]
        rows = self.store.query_dicts(
            "SELECT id, at, user, device, action, target, detail FROM audit_log"
            f" WHERE {where} ORDER BY at DESC, rowid DESC LIMIT ? OFFSET ?",
            (*params, max(1, limit), max(0, offset)))
        if reading:
            self.core.audit.record(audit.AUDIT_TRAIL_READ, detail=json.dumps(
                {"filter": f.described(), "rows": total}, ensure_ascii=False, sort_keys=True))
        office, label = self.core.office, self._device_label()
        entries = tuple(AuditEntry(**r, office_code=office.code,
                                   device_label=label if r["device"] == office.device_id
                                   else "") for r in rows)
        end = offset + len(entries)
        return AuditPage(entries, end if end < total else None, total, upto)

    def _where(self, f: AuditFilter, upto: int) -> tuple[str, tuple]:
        clauses, params = ["rowid <= ?"], [upto]
        zone = self.core.office.tz
        if f.since:
            clauses.append("at >= ?")
            params.append(day_start(f.since, zone))
        if f.until:
            clauses.append("at < ?")
            params.append(day_start(f.until + timedelta(days=1), zone))
        for name in ("user", "action"):
            if getattr(f, name):
                clauses.append(f"{name} = ?")
                params.append(getattr(f, name))
        if f.target:
            # Case numbers are capitals; typed in small letters they still name the case.
            clauses.append("target IN (?, ?)")
            params += [f.target, f.target.upper()]
        return " AND ".join(clauses), tuple(params)

    def _device_label(self) -> str:
        office = self.core.office
        return f"{office.code}-{office.device_letter} {office.device_label}".strip()

    # -- the central server's trail ------------------------------------------------------------
    def central_client(self) -> CentralClient | None:
        """The client for read_central (None: this PC is not enrolled). Build it on the
        database thread, use it on the network pool."""
        self.core.require(AUDIT_VIEW)
        return self.core.sync.central_client()


def read_central(client: CentralClient, filters: AuditFilter, cursor: str = "",
                 limit: int = CENTRAL_PAGE) -> AuditPage:
    """One page of the server's trail (network: never on the UI or database thread). The
    server checks the reader, the scope and the filters, and audits the read."""
    f = filters.checked()
    answer = client.read_audit(
        since=f.since.isoformat() if f.since else "",
        until=f.until.isoformat() if f.until else "", user=f.user, action=f.action,
        target=f.target, office=f.office, limit=limit, cursor=cursor)
    entries = tuple(AuditEntry(**{k: e[k] for k in (
        "id", "at", "user", "device", "action", "target", "detail", "office_code",
        "device_label")}) for e in answer["entries"])
    return AuditPage(entries, answer["next_cursor"])


def day_start(day: date, zone: str) -> str:
    """The first instant of `day` in the office's zone, as the trail writes instants."""
    return iso_utc(datetime.combine(day, time(0), tzinfo=zone_info(zone)))


def summarize(detail: str, limit: int = SUMMARY_LEN,
              label: Callable[[str], str] = str) -> str:
    """A detail on one line: its JSON as "key: value" pairs (nested keys joined with a dot,
    each key as `label` names it), anything else as written; cut at `limit` characters."""
    text = (detail or "").strip()
    try:
        data = json.loads(text) if text.startswith("{") else None
    except ValueError:
        data = None
    if isinstance(data, dict):
        text = ", ".join(f"{'.'.join(label(k) for k in keys)}: {v}" for keys, v in _flat(data))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _flat(data: dict, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    out: list[tuple[tuple[str, ...], Any]] = []
    for key, value in data.items():
        keys = (*path, str(key))
        if isinstance(value, dict) and value:
            out += _flat(value, keys)
        elif isinstance(value, list):
            out.append((keys, "/".join(str(v) for v in value)))
        elif value not in ({}, None, ""):
            out.append((keys, value))
    return out
