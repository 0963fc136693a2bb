"""The server's deadline clocks (case_clock): the desktop's rows, across national holidays and
days waiting for documents, kept current by pushes and central's own writes, recomputed
when the rules change, and made for existing cases by migration 0010."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, select, text

from desktop.store import clock as desktop_clock
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.db import migrate
from sync.server.db.tables import case_clock, server_meta
from sync.server.services import case_clock as service
from tests.server.helpers import START, create_case
from tests.server.stats_data import NOW, Case, Pusher, sample, stamp

pytestmark = pytest.mark.usefixtures("backend")

COLUMNS = ("day", "target", "paused_days", "state", "due", "as_of")
# Received Monday 16 March 2026 (sakit: 14 working days), waiting for documents from the
# 26th, handled again from the 31st, resolved on 13 April. Counted by hand: 16, 17 and 25
# March (18-24: Nyepi, Idul Fitri and their collective leave, a weekend), paused 26, 27 and
# 30 March, then 31 March, 1, 2, 6-10 April (3 April: Good Friday) and the 13th, the day it
# closed: 12 days. It would have reached 14 on the 15th.
HOLIDAY_CASE = {"received": datetime(2026, 3, 16, 3, 0, tzinfo=UTC), "category": "sakit",
                "statuses": [(datetime(2026, 3, 26, 3, 0, tzinfo=UTC), "menunggu_dokumen"),
                             (datetime(2026, 3, 31, 3, 0, tzinfo=UTC), "proses"),
                             (datetime(2026, 4, 13, 3, 0, tzinfo=UTC), "selesai")]}
HOLIDAY_ROW = (12, 14, 3, "stopped", "2026-04-15", "2026-04-13")


def _row(ctx, case_id: str) -> tuple | None:
    with ctx.db.read() as conn:
        row = conn.execute(select(*(case_clock.c[n] for n in COLUMNS))
                           .where(case_clock.c.case_id == case_id)).first()
    return tuple(row) if row else None


def _deadlines(client, device, **period) -> dict[str, int]:
    body = client.get("/api/v1/stats", headers=device.headers,
                      params={"from": "2026-12-01", "to": "2026-12-31", **period}).json()
    table = next(t for t in body["tables"] if t["key"] == "deadlines")
    return {r["key"]: r["values"][0] for r in table["rows"] if r["values"][0]}


def test_a_resolved_case_counts_working_days_across_holidays_and_waiting(client, clock, ctx,
                                                                        devices):
    clock.now = NOW
    case = Case("SBY", **HOLIDAY_CASE)
    Pusher(client).cases(devices["SBY"], [case])
    assert _row(ctx, case.id) == HOLIDAY_ROW


def test_a_running_clock_needs_no_refresh_as_the_days_pass(client, clock, ctx, devices):
    """Received Monday 7 December (lost contact: 14 working days), handled the same day:
    on the 15th it is at day 7, due on the 28th (24 and 25 December: Christmas and its
    collective leave). The row written then answers every later day's figures."""
    clock.now = NOW
    case = Case("SBY", datetime(2026, 12, 7, 3, 0, tzinfo=UTC), "putus_komunikasi",
                statuses=[(datetime(2026, 12, 7, 5, 0, tzinfo=UTC), "proses")])
    Pusher(client).cases(devices["SBY"], [case])
    written = _row(ctx, case.id)
    assert written == (7, 14, 0, "running", "2026-12-28", "2026-12-15")
    sby = devices["SBY"]
    assert _deadlines(client, sby) == {"on_time": 1}
    clock.now = datetime(2026, 12, 23, 3, 0, tzinfo=UTC)  # 3 working days left: the 30th
    assert _deadlines(client, sby) == {"near": 1}
    clock.now = datetime(2026, 12, 29, 3, 0, tzinfo=UTC)
    assert _deadlines(client, sby) == {"past": 1}
    assert _row(ctx, case.id) == written  # nothing was recomputed
    with ctx.db.read() as conn:  # and a recomputation today has the same state and due
        (fresh,), _none = service.clock_rows(conn, [case.id], clock.now)
    assert (fresh["state"], fresh["due"], fresh["day"]) == ("running", "2026-12-28", 15)


def test_pushed_changes_that_touch_the_clock_rewrite_it(client, clock, ctx, devices):
    clock.now = NOW
    pusher, sby = Pusher(client), devices["SBY"]
    case = Case("SBY", datetime(2026, 12, 14, 3, 0, tzinfo=UTC))
    pusher.cases(sby, [case])
    assert _row(ctx, case.id) == (2, 60, 0, "running", "2027-03-22", "2026-12-15")
    clock.now = datetime(2026, 12, 16, 3, 0, tzinfo=UTC)
    # Not the clock's business: the row stays as it was written.
    pusher.push(sby, [_update(pusher, case.id, description="Ditambah keterangan.")])
    assert _row(ctx, case.id)[-1] == "2026-12-15"
    pusher.push(sby, [pusher.status_event(case.id, clock.now, "baru", "menunggu_dokumen")])
    assert _row(ctx, case.id)[3:] == ("paused", "2027-03-23", "2026-12-16")
    pusher.push(sby, [_update(pusher, case.id, category="sakit")])
    assert _row(ctx, case.id)[:4] == (2, 14, 1, "paused")


def _update(pusher: Pusher, case_id: str, **fields) -> dict:
    from tests.server.sync_helpers import change

    return change("case", case_id, case_id, fields, pusher.hlc())


def test_a_case_made_or_moved_at_central_gets_its_clock(client, clock, ctx, devices):
    clock.now = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)  # 23.30 WIB, 00.30 WITA
    case = create_case(client, devices["PST"], assign_to="SBY")["case"]
    assert _row(ctx, case["id"]) == (1, 60, 0, "running", "2027-02-19", "2026-11-23")
    r = client.post(f"/api/v1/cases/{case['id']}/transfer", headers=devices["PST"].headers,
                    json={"office_code": "MTR", "reason": "Domisili NTB"})
    assert r.status_code == 200, r.text
    # Counted in Mataram's zone now: its day began on the 24th.
    assert _row(ctx, case["id"])[4:] == ("2027-02-22", "2026-11-24")


def _open_as_of(ctx, cases: list[Case]) -> set[str]:
    return {_row(ctx, c.id)[-1] for c in cases if c.status not in ("selesai", "ditutup")}


def _stored_rules(ctx) -> str:
    with ctx.db.read() as conn:
        return conn.scalar(select(server_meta.c.value).where(
            server_meta.c.key == service.RULES_KEY))


def test_an_office_with_a_new_zone_gets_its_clocks_recomputed_before_the_figures(
        client, clock, ctx, devices):
    clock.now = datetime(2026, 12, 15, 16, 30, tzinfo=UTC)  # 23.30 WIB, 00.30 WITA
    sby, smg = sample("SBY", 6, 3, ("budi.sby",)), sample("SMG", 4, 6, ("",))
    Pusher(client).cases(devices["SBY"], sby)
    Pusher(client).cases(devices["SMG"], smg)
    assert _open_as_of(ctx, sby) == _open_as_of(ctx, smg) == {"2026-12-15"}
    r = client.patch("/api/v1/offices/SBY", headers=devices["PST"].headers, json={"tz": "WITA"})
    assert r.status_code == 200, r.text
    with ctx.db.read() as conn:
        assert _stored_rules(ctx) != service.rules_key(conn)
    assert _deadlines(client, devices["SMG"]) is not None  # any figures: the rows first
    assert _open_as_of(ctx, sby) == {"2026-12-16"}
    assert _open_as_of(ctx, smg) == {"2026-12-15"}  # another office's rows are as they were
    with ctx.db.read() as conn:
        assert _stored_rules(ctx) == service.rules_key(conn)
    assert service.refresh_if_stale(ctx.db, clock.now) is None  # current: nothing to do


@pytest.mark.parametrize("stored", ["1:0.57:0123456789abcdef", '{"version": "0"}'])
def test_rules_of_another_build_recompute_every_clock(client, clock, ctx, devices, stored):
    """A stored rule set this build cannot compare (an older format, another rule version
    or holidays package): every row is made again."""
    clock.now = NOW
    cases = sample("SBY", 5, 7, ("",)) + sample("SMG", 3, 8, ("",))
    Pusher(client).cases(devices["SBY"], cases[:5])
    Pusher(client).cases(devices["SMG"], cases[5:])
    with ctx.db.write() as conn:
        conn.execute(server_meta.update().where(server_meta.c.key == service.RULES_KEY)
                     .values(value=stored))
        conn.execute(case_clock.update().values(day=999))
    assert service.refresh_if_stale(ctx.db, NOW) == 8
    assert all(_row(ctx, c.id)[0] != 999 for c in cases)
    with ctx.db.read() as conn:
        assert _stored_rules(ctx) == service.rules_key(conn)


def test_the_server_derives_the_rows_a_desktop_derives(client, clock, ctx, devices):
    clock.now = NOW
    Pusher(client).cases(devices["SBY"], sample("SBY", 30, 4, ("budi.sby",))
                         + [Case("SBY", **HOLIDAY_CASE)])
    Pusher(client).cases(devices["SMG"], sample("SMG", 10, 5, ("",)))
    desktop = _desktop_copy(ctx)
    desktop_clock.refresh_all(desktop, NOW)
    mine = desktop.execute(f"SELECT case_id, {', '.join(COLUMNS)} FROM case_clock"
                           " ORDER BY case_id").fetchall()
    with ctx.db.read() as conn:
        server = [tuple(r) for r in conn.execute(text(
            f"SELECT case_id, {', '.join(COLUMNS)} FROM case_clock ORDER BY case_id"))]
    assert len(server) == 41 and server == mine


def _desktop_copy(ctx) -> sqlite3.Connection:
    """The tables desktop/store/clock.py reads, filled with the server's rows (the office
    zones as the desktop's reference list holds them)."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript("""
        CREATE TABLE cases (id TEXT PRIMARY KEY, received_at TEXT, category TEXT,
                            office_code TEXT);
        CREATE TABLE events (id TEXT PRIMARY KEY, case_id TEXT, event_type TEXT,
                             occurred_at TEXT, recorded_at TEXT, data TEXT);
        CREATE TABLE ref_items (kind TEXT, code TEXT, extra TEXT);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE case_clock (case_id TEXT PRIMARY KEY, day INTEGER, target INTEGER,
                                 paused_days INTEGER, state TEXT, due TEXT, as_of TEXT);
    """)
    with ctx.db.read() as conn:
        for table, columns in (("cases", "id, received_at, category, office_code"),
                               ("events", "id, case_id, event_type, occurred_at, recorded_at,"
                                          " data"),
                               ("ref_items", "kind, code, extra")):
            rows = conn.execute(text(f"SELECT {columns} FROM {table}")).all()
            marks = ", ".join("?" * len(rows[0]))
            db.executemany(f"INSERT INTO {table} VALUES ({marks})", [tuple(r) for r in rows])
    return db


# -- migration 0010 ----------------------------------------------------------------------------

@pytest.fixture
def empty_ctx(empty_db_url):
    ctx = ServerContext.create(Settings(database_url=empty_db_url, fast_kdf=True), lambda: START)
    yield ctx
    ctx.close()


def test_0009_to_0010_gives_existing_cases_their_clocks(empty_ctx):
    engine = empty_ctx.db.engine
    migrate.upgrade(engine, "0009_attachment_doc_type")
    with empty_ctx.db.write() as conn:
        conn.execute(text(
            "INSERT INTO offices (code, name, tz, national, active, created_at, updated_at)"
            " VALUES ('TST', 'Kantor Uji', 'WIT', :f, :t, :at, :at)"),
            {"f": False, "t": True, "at": START})
        conn.execute(text(
            "INSERT INTO ref_items (kind, code, label_id, label_en, extra) VALUES"
            " ('category', 'sakit', 'Sakit', 'Ill', '{\"target_days\": 14}')"))
        for case_id, received in (("c1", stamp(HOLIDAY_CASE["received"])), ("c2", "x")):
            conn.execute(text(
                "INSERT INTO cases (id, case_number, office_code, status, category, channel,"
                " received_at, created_at, created_by, updated_at) VALUES (:id, :n, 'TST',"
                " 'selesai', 'sakit', 'telepon', :r, 'x', 'kasi', 'x')"),
                {"id": case_id, "n": f"TST-2026-A-0000{case_id[1]}", "r": received})
        before = "baru"
        for i, (moment, status) in enumerate(HOLIDAY_CASE["statuses"]):
            conn.execute(text(
                'INSERT INTO events (id, case_id, event_type, occurred_at, recorded_at, "user",'
                " device, data) VALUES (:id, 'c1', 'perubahan_status', :at, :at, 'kasi', 'pc',"
                " :data)"), {"id": f"e{i}", "at": stamp(moment),
                             "data": f'{{"from": "{before}", "to": "{status}"}}'})
            before = status
    migrate.upgrade(engine, "0010_case_clock")
    with empty_ctx.db.read() as conn:
        rows = conn.execute(text(f"SELECT case_id, {', '.join(COLUMNS)} FROM case_clock")).all()
        # The office's zone (WIT) makes the same working days here.
        assert [tuple(r) for r in rows] == [("c1", *HOLIDAY_ROW)]  # c2: no readable receipt
        assert conn.scalar(text("SELECT value FROM server_meta WHERE key = :k"),
                           {"k": service.RULES_KEY}) == service.rules_key(conn)
    migrate.downgrade(engine, "0009_attachment_doc_type")
    assert "case_clock" not in inspect(engine).get_table_names()
    with empty_ctx.db.read() as conn:
        assert conn.scalar(text("SELECT count(*) FROM server_meta WHERE key = :k"),
                           {"k": service.RULES_KEY}) == 0
        assert conn.scalar(text("SELECT count(*) FROM cases")) == 2
