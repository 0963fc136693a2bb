"""Stores for the report tests: demo data (the demo generator's distributions follow DESIGN's
published statistics) plus hand-made cases at the edges the figures must get right, and the
plain reads the tests count with (simple SELECTs, never the report's own SQL or helpers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.demo import bulk_generate
from desktop.domain import status as st
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake

# Thursday 12 November 2026, 10:00 in Surabaya: the day every report here is made.
NOW = datetime(2026, 11, 12, 3, 0, tzinfo=UTC)
TZ = "WIB"
ZONES = {"WIB": ZoneInfo("Asia/Jakarta"), "WITA": ZoneInfo("Asia/Makassar"),
         "WIT": ZoneInfo("Asia/Jayapura")}
STAFF = (("kasi", "supervisor"), ("budi", "case_officer"), ("ani", "case_officer"),
         ("loket", "front_office"))


def fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def open_office(root, office: str = "SBY"):
    """A store of `office` with a supervisor, two case officers and a clerk; returns the
    supervisor's core with its clock at NOW."""
    paths = DataPaths(root)
    admin = initialize(paths, InitRequest(office, ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    for username, role in STAFF:
        admin.accounts.add_user(username, username.title(), role, STAFF_PW)
    admin.close()
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    core.now = fixed(NOW)
    return core


def demo_office(root, cases: int, seed: int):
    """`open_office` with `cases` demo cases (and their information requests)."""
    core = open_office(root)
    bulk_generate(core, cases, seed=seed)
    core.now = fixed(NOW)
    return core


def local(day: date, hour: int = 0, minute: int = 0, second: int = 0, tz: str = TZ) -> datetime:
    """A moment of an office day, as an aware datetime."""
    return datetime.combine(day, time(hour, minute, second), ZONES[tz])


def today(tz: str = TZ) -> date:
    return NOW.astimezone(ZONES[tz]).date()


def record(core, received: datetime, *, statuses: tuple[tuple[datetime, str], ...] = (),
           officer: str = "", office: str = "", contact_due: date | None = None,
           **fields) -> str:
    """A complaint received at `received`, moved through `statuses` ((moment, status), a
    closing one with its outcome picked here), handled by `officer`; `office`: the case
    then belongs to that office. `fields`: make_intake overrides ('worker__province')."""
    core.now = fixed(received + timedelta(minutes=1))
    number = core.cases.record_intake(make_intake(complaint__received_at=received, **fields))
    if officer:
        core.handling.assign(number, officer)
    for moment, status in statuses:
        core.now = fixed(moment)
        outcome = {st.SELESAI: "hak_dibayar", st.DITUTUP: "dicabut"}.get(status, "")
        core.cases.change_status(number, status, outcome=outcome)
    if contact_due is not None:
        core.now = fixed(max([received, *(m for m, _s in statuses)]) + timedelta(minutes=5))
        core.cases.add_event(number, "kontak_keluarga", "Keluarga dihubungi.",
                             channel="telepon", next_contact_due=contact_due,
                             spoke_with="Ibu", result="tersambung")
    if office:
        with core.write() as tx:
            case_id = core.store.query_one("SELECT id FROM cases WHERE case_number = ?",
                                           (number,))[0]
            tx.update("case", case_id, {"office_code": office})
    core.now = fixed(NOW)
    return number


# -- plain reads ----------------------------------------------------------------------------
def received_day(stored: str, tz: str = TZ) -> date:
    """The office day of a stored UTC instant."""
    return datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone(ZONES[tz]).date()


def cases_in(core, first: date, last: date, office: str = "", tz: str = TZ) -> list[dict]:
    """Every case received on the office days first..last (both included), with its worker
    and clock, as dicts; filtered in Python by each case's own local day."""
    rows = core.store.query(
        "SELECT c.id, c.status, c.category, c.channel, c.complainant_type, c.received_at,"
        " c.office_code, c.officer, c.next_contact_due, w.sex, w.destination_country,"
        " w.province, w.regency, w.pptkis FROM cases c LEFT JOIN workers w ON w.case_id = c.id")
    clocks = {r[0]: r[1:] for r in core.store.query(
        "SELECT case_id, state, day, due FROM case_clock")}
    keys = ("id", "status", "category", "channel", "complainant_type", "received_at", "office",
            "officer", "next_contact_due", "sex", "destination_country", "province", "regency",
            "pptkis")
    out = []
    for row in rows:
        case = dict(zip(keys, row, strict=True))
        if office and case["office"] != office:
            continue
        if not first <= received_day(case["received_at"], tz) <= last:
            continue
        state, day, due = clocks.get(case["id"], (None, None, None))
        case.update(clock_state=state, clock_day=day, clock_due=due)
        out.append(case)
    return out


def inquiries_in(core, first: date, last: date, office: str = "", tz: str = TZ) -> list[dict]:
    rows = core.store.query("SELECT topic, channel, received_at, office_code FROM inquiries")
    return [{"topic": t, "channel": c, "received_at": r} for t, c, r, o in rows
            if (not office or o == office) and first <= received_day(r, tz) <= last]
