"""Revision 0012 (issue 14 §1.5) on SQLite and PostgreSQL: devices enrolled before it get
what they hold derived from the change log, up to the log position each had been sent."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.db import migrate
from sync.server.db.tables import (
    cases,
    changes,
    device_holdings,
    devices,
    inquiries,
    offices,
)
from sync.server.setup import migrate_and_seed
from tests.server.helpers import START

PREVIOUS = "0011_data_protection"
AT = "2026-12-01T03:00:00.000000Z"


@pytest.fixture
def old_ctx(empty_db_url):
    ctx = ServerContext.create(Settings(database_url=empty_db_url, fast_kdf=True), lambda: START)
    migrate.upgrade(ctx.db.engine, PREVIOUS)
    yield ctx
    ctx.close()


def _office(conn, code: str, national: bool = False) -> None:
    conn.execute(insert(offices).values(code=code, name=f"Kantor {code}", tz="WIB",
                                        national=national, active=True, created_at=START,
                                        updated_at=START))


def _case(conn, case_id: str, office: str) -> None:
    conn.execute(insert(cases).values(
        id=case_id, case_number=f"TST-2026-A-{case_id[-5:]}", office_code=office,
        status="baru", category="lainnya", channel="telepon", received_at=AT, created_at=AT,
        created_by="kasi", updated_at=AT))


def _request(conn, request_id: str, office: str) -> None:
    conn.execute(insert(inquiries).values(
        id=request_id, office_code=office, channel="telepon", topic="biaya_penempatan",
        question="Berapa biayanya?", received_at=AT, created_by="kasi", created_at=AT,
        updated_at=AT))


class _Log:
    """Appends change-log rows as the previous build wrote them; seq of each by name."""

    def __init__(self, conn) -> None:
        self.conn, self.seq, self.at = conn, {}, START

    def add(self, name: str, entity: str, root: str, office: str, left: str = "") -> int:
        self.at += timedelta(minutes=1)
        self.conn.execute(insert(changes).values(
            change_id=name, entity=entity, entity_id=root, op="insert", fields="{}",
            hlc=f"{len(self.seq):013d}-0000-pc", user="kasi", device="pc", created_at=AT,
            case_id=root, office_code=office, left_office=left, received_at=self.at))
        self.seq[name] = self.conn.scalar(select(changes.c.seq)
                                          .where(changes.c.change_id == name))
        return self.seq[name]


def _device(conn, device_id: str, office: str, letter: str, pulled: int, seen=None) -> None:
    conn.execute(insert(devices).values(
        id=device_id, office_code=office, label="PC", device_letter=letter,
        secret_hash="0" * 64, enrolled_at=START, last_seen_at=seen, pulled_seq=pulled))


def _held(ctx) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with ctx.db.read() as conn:
        for device_id, root_id, until in conn.execute(select(
                device_holdings.c.device_id, device_holdings.c.root_id,
                device_holdings.c.until)):
            assert until is None
            out.setdefault(device_id, set()).add(root_id)
    return out


def test_existing_devices_hold_their_scope_at_the_position_they_were_sent(old_ctx):
    with old_ctx.db.write() as conn:
        for code in ("TST", "OTH"):
            _office(conn, code)
        _office(conn, "NAT", national=True)
        for root, office in (("c-00001", "TST"), ("c-00002", "OTH"), ("c-00003", "OTH"),
                             ("c-00004", "TST")):
            _case(conn, root, office)
        _request(conn, "i-00001", "TST")
        log = _Log(conn)
        log.add("c1", "case", "c-00001", "TST")
        log.add("i1", "inquiry", "i-00001", "TST")
        log.add("c3", "case", "c-00003", "TST")
        seen = log.at  # the old PC's last contact: before c3 moved
        log.add("c3-moved", "case", "c-00003", "OTH", left="TST")
        log.add("c2", "case", "c-00002", "TST")
        log.add("c2-worker", "worker", "c-00002", "TST")
        sent = log.seq["c2-worker"]  # the office PC was sent up to here
        log.add("c2-moved", "case", "c-00002", "OTH", left="TST")
        log.add("c4", "case", "c-00004", "TST")
        log.add("directory", "stakeholder", "", "*")
        _device(conn, "office", "TST", "A", sent)
        _device(conn, "national", "NAT", "A", log.seq["c4"])
        _device(conn, "old", "TST", "B", 0, seen=seen)  # never recorded what it was sent
        _device(conn, "never", "TST", "C", 0)  # enrolled, never in contact
    result = migrate_and_seed(old_ctx)
    assert (result.before, result.after) == (PREVIOUS, migrate.head_revision())
    held = _held(old_ctx)
    assert held["office"] == {"c-00001", "i-00001", "c-00002"}
    assert held["national"] == {"c-00001", "i-00001", "c-00002", "c-00003", "c-00004"}
    assert held["old"] == {"c-00001", "i-00001", "c-00003"}
    assert "never" not in held
    with old_ctx.db.read() as conn:
        kinds = dict(conn.execute(select(device_holdings.c.root_id, device_holdings.c.root_kind)
                                  .where(device_holdings.c.device_id == "national")).all())
    assert kinds["i-00001"] == "inquiry" and kinds["c-00004"] == "case"


def test_a_database_without_devices_migrates_and_comes_back(old_ctx):
    migrate_and_seed(old_ctx)
    assert _held(old_ctx) == {}
    migrate.downgrade(old_ctx.db.engine, PREVIOUS)
    assert migrate.current_revision(old_ctx.db.engine) == PREVIOUS
    migrate_and_seed(old_ctx)
    assert migrate.current_revision(old_ctx.db.engine) == migrate.head_revision()
