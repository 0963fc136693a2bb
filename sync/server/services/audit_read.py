"""Reading the audit trail at central (issue 14 §1.6): what every PC pushed and what the
server did itself, for the people who watch over personal data.

Who may read: the staff member a device vouches for (X-Halotki-User), when the server's
records of that account make it a supervisor or an administrator: the account as the
device itself pushed it (its own "user" changes, folded in log order) and, if there is one,
the central account of that name. Every record must agree (active, and a reading role): a
central account demoted at central is refused even on a PC that still holds its old role.
The command line (on the server itself) reads without a staff account.

Scope: a regional device reads its own office's rows; a device of the national office
(PST) reads every office's, or the one it names. Rows come newest first, in pages of at
most MAX_LIMIT, continued with an opaque cursor (the last row's instant and id), so rows
written meanwhile never shift a page. Each read is itself audited (filters and count).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, and_, or_, select

from desktop.domain.audit_filters import MSG_REVERSED, MSG_TOO_LONG
from desktop.domain.roles import Role
from desktop.formatting import iso_utc, zone_info
from desktop.messages import Msg
from sync.server.db.tables import audit_log, devices, offices
from sync.server.errors import BadRequest, Forbidden
from sync.server.services import audit, staff_roles
from sync.server.services.actor import SERVER_DEVICE, Actor

AUDIT_READ = "audit.read"  # the server's own row for each read of the trail
READ_ROLES = frozenset({Role.SUPERVISOR.value, Role.ADMIN.value})
DEFAULT_LIMIT, MAX_LIMIT = 100, 500
# The longest value of each text filter: the audit_log column's own width.
MAX_LEN = {"user": 64, "action": 60, "target": 200}
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ACTION = re.compile(r"[a-z0-9_.:-]+")
_OFFICE = re.compile(r"[A-Z]{2,5}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_MAX_CURSOR = 200

MSG_DATE = Msg(
    "audit_filter_date",
    "Tanggal tidak valid: tulis sebagai TTTT-BB-HH, misalnya 2026-10-31.",
    "The date is not valid: write it as YYYY-MM-DD, for example 2026-10-31.")
MSG_DATE_RANGE = Msg(
    "audit_filter_date_range",
    "Tanggal harus di antara tahun 1900 dan 2199.",
    "The date must be between the years 1900 and 2199.")
MSG_BAD_TEXT = Msg(
    "audit_filter_text",
    "Isian berisi karakter yang tidak sah.",
    "The value holds characters that are not allowed.")
MSG_LIMIT = Msg(
    "audit_filter_limit",
    "Jumlah baris per halaman harus bilangan bulat 1 sampai {max}.",
    "Rows per page must be a whole number from 1 to {max}.")
MSG_CURSOR = Msg(
    "audit_filter_cursor",
    "Penanda halaman tidak valid; baca ulang dari halaman pertama.",
    "The page cursor is not valid; read again from the first page.")
MSG_OFFICE = Msg(
    "audit_filter_office",
    "Kantor {office} tidak dikenal.",
    "Office {office} is not known.")
MSG_OTHER_OFFICE = Msg(
    "audit_other_office",
    "Perangkat ini hanya dapat membaca jejak audit kantornya sendiri.",
    "This device can read only its own office's audit trail.")
MSG_NOT_A_READER = Msg(
    "audit_read_refused",
    "Jejak audit hanya dapat dibaca oleh kepala seksi dan administrator.",
    "Only supervisors and administrators can read the audit trail.")


@dataclass(frozen=True)
class Cursor:
    at: str
    id: str

    def token(self) -> str:
        raw = json.dumps([self.at, self.id], separators=(",", ":")).encode("utf-8")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class AuditQuery:
    """What to read, checked. Text filters match exactly; days are whole days of the zone
    of the office read (every office: the reader's own office's zone)."""

    office: str = ""  # "" = the reader's scope
    since: date | None = None
    until: date | None = None
    user: str = ""
    action: str = ""
    target: str = ""  # a case number (or another target: a username, an office)
    limit: int = DEFAULT_LIMIT
    cursor: Cursor | None = None

    def filters(self) -> dict[str, str]:
        """The filters given, as the audit row of the read names them."""
        out = {k: v for k, v in asdict(self).items()
               if k in ("office", "user", "action", "target") and v}
        for name in ("since", "until"):
            if getattr(self, name):
                out[name] = getattr(self, name).isoformat()
        return out


@dataclass(frozen=True)
class AuditPage:
    rows: list[dict]
    next_cursor: str | None  # None: nothing older matches


# -- checking what was asked ------------------------------------------------------------------

def parse_query(*, office: str = "", since: str = "", until: str = "", user: str = "",
                action: str = "", target: str = "", limit: str | int = "",
                cursor: str = "") -> AuditQuery:
    """The query as typed (every value text, as it came), or BadRequest naming the first
    field at fault by its parameter's name."""
    first, last = _day(since, "since"), _day(until, "until")
    if first and last and first > last:
        raise BadRequest(MSG_REVERSED, field="until")
    code = (office or "").strip().upper()
    if code and not _OFFICE.fullmatch(code):
        raise BadRequest(MSG_OFFICE, field="office", office=code[:8])
    act = _text(action, "action")
    if act and not _ACTION.fullmatch(act):
        raise BadRequest(MSG_BAD_TEXT, field="action")
    return AuditQuery(office=code, since=first, until=last, user=_text(user, "user").lower(),
                      action=act, target=_text(target, "target"), limit=_limit(limit),
                      cursor=parse_cursor(cursor))


def _day(value: str, field: str) -> date | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _DAY.fullmatch(text):
        raise BadRequest(MSG_DATE, field=field)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise BadRequest(MSG_DATE, field=field) from None
    if not EARLIEST <= day <= LATEST:
        raise BadRequest(MSG_DATE_RANGE, field=field)
    return day


def _text(value: str, field: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_LEN[field]:
        raise BadRequest(MSG_TOO_LONG, field=field, max=MAX_LEN[field])
    if _CONTROL.search(text):
        raise BadRequest(MSG_BAD_TEXT, field=field)
    return text


def _limit(value: str | int) -> int:
    if value in ("", None):
        return DEFAULT_LIMIT
    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 4
            and 1 <= int(text) <= MAX_LIMIT):
        raise BadRequest(MSG_LIMIT, field="limit", max=MAX_LIMIT)
    return int(text)


def parse_cursor(value: str) -> Cursor | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        if len(text) > _MAX_CURSOR or not text.isascii():
            raise ValueError
        pair = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(p, str) and 0 < len(p) <= 40 for p in pair)):
            raise ValueError
        at, row_id = pair
    except (ValueError, TypeError, binascii.Error):
        raise BadRequest(MSG_CURSOR, field="cursor") from None
    return Cursor(at, row_id)


# -- who may read -----------------------------------------------------------------------------

def require_reader(conn: Connection, actor: Actor) -> None:
    """Forbidden unless the acting staff member may read the trail (see the module's text)."""
    if actor.device == SERVER_DEVICE:
        return  # the command line on the server itself
    if not staff_roles.has_role(conn, actor, actor.user, READ_ROLES):
        raise Forbidden(MSG_NOT_A_READER, field="X-Halotki-User")


# -- reading ----------------------------------------------------------------------------------

def scope_office(conn: Connection, actor: Actor, query: AuditQuery) -> str:
    """The office read ("" = every office, national readers only)."""
    if query.office:
        known = conn.scalar(select(offices.c.code).where(offices.c.code == query.office))
        if known is None:
            raise BadRequest(MSG_OFFICE, field="office", office=query.office)
    if actor.national:
        return query.office
    if query.office and query.office != actor.office_code:
        raise Forbidden(MSG_OTHER_OFFICE, field="office")
    return actor.office_code


def fetch_page(conn: Connection, actor: Actor, query: AuditQuery) -> AuditPage:
    """One page of the rows in the actor's scope matching `query`, newest first."""
    office = scope_office(conn, actor, query)
    stmt = (select(audit_log, devices.c.label.label("device_label"),
                   devices.c.device_letter.label("device_letter"))
            .select_from(audit_log.outerjoin(devices, devices.c.id == audit_log.c.device))
            .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
            .limit(query.limit + 1))
    for condition in _conditions(conn, actor, query, office):
        stmt = stmt.where(condition)
    rows = [_row(r) for r in conn.execute(stmt).mappings()]
    more = len(rows) > query.limit
    rows = rows[:query.limit]
    nxt = Cursor(rows[-1]["at"], rows[-1]["id"]).token() if more else None
    return AuditPage(rows, nxt)


def _conditions(conn: Connection, actor: Actor, query: AuditQuery, office: str) -> list:
    c = audit_log.c
    out = []
    if office:
        out.append(c.office_code == office)
    zone = _zone(conn, office or actor.office_code)
    if query.since:
        out.append(c.at >= _instant(query.since, zone))
    if query.until:
        out.append(c.at < _instant(query.until + timedelta(days=1), zone))
    if query.user:
        out.append(c.user == query.user)
    if query.action:
        out.append(c.action == query.action)
    if query.target:
        # Case numbers are capitals; typed in small letters they still name the case.
        out.append(c.target.in_(sorted({query.target, query.target.upper()})))
    if query.cursor:
        at, row_id = query.cursor.at, query.cursor.id
        out.append(or_(c.at < at, and_(c.at == at, c.id < row_id)))
    return out


def _zone(conn: Connection, office: str) -> str:
    return conn.scalar(select(offices.c.tz).where(offices.c.code == office)) or "WIB"


def _instant(day: date, zone: str) -> str:
    """The start of `day` in the office's zone, as the trail writes instants (UTC text)."""
    return iso_utc(datetime.combine(day, time(0), tzinfo=zone_info(zone)))


def _row(r: Mapping) -> dict:
    label = r["device_label"] or ""
    if r["device_letter"]:
        label = f"{r['office_code']}-{r['device_letter']} {label}".strip()
    return {"id": r["id"], "at": r["at"], "user": r["user"], "device": r["device"],
            "device_label": label, "office_code": r["office_code"], "action": r["action"],
            "target": r["target"], "detail": r["detail"]}


def record_read(conn: Connection, actor: Actor, now: datetime, query: AuditQuery,
                count: int, *, pages: int = 1) -> None:
    """The read itself, in the trail: who (the actor), which filters, how many rows."""
    detail = {"filter": query.filters(), "rows": count}
    if query.cursor is not None:
        detail["continued"] = True
    if pages > 1:
        detail["pages"] = pages
    audit.record(conn, actor, AUDIT_READ, at=now, target=query.office or "*",
                 detail=json.dumps(detail, ensure_ascii=False, sort_keys=True))


def read(conn: Connection, actor: Actor, now: datetime, query: AuditQuery) -> AuditPage:
    """One page for a device's request: the reader checked, the read audited (in the same
    transaction: the rows never leave without their audit row)."""
    require_reader(conn, actor)
    page = fetch_page(conn, actor, query)
    record_read(conn, actor, now, query, len(page.rows))
    return page
