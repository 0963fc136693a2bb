"""The retention run beside syncs on PostgreSQL (issue 14 §1.3): a case's turn never waits
for a lock a sync holds (so the two never deadlock); it comes again once the lock is gone,
and a run that cannot get its turn stops with a clear message, what was done staying done."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from desktop.domain import data_protection as pdp
from desktop.messages import HaloError
from sync.server.services import retention
from sync.server.services.changelog import CHANGELOG_LOCK
from tests.server.retention_helpers import (
    AS_OF,
    NOW,
    audit_rows,
    central,
    closed_case,
    instant,
    rows_of,
)
from tests.server.sync_helpers import real_time

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

HOLDS = {
    "a push writing the timeline": "LOCK TABLE events IN ROW EXCLUSIVE MODE",
    "a push appending to the change log": f"SELECT pg_advisory_xact_lock({CHANGELOG_LOCK})",
}


@pytest.fixture
def sby(devices, clock):
    real_time(clock)
    return devices["SBY"]


def _hold(ctx, statement: str):
    """A transaction holding what `statement` takes, until the returned event is set."""
    taken, release = threading.Event(), threading.Event()

    def hold() -> None:
        with ctx.db.write() as conn:
            conn.execute(text(statement))
            taken.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(10)
    return release, thread


@pytest.mark.parametrize("statement", HOLDS.values(), ids=HOLDS.keys())
def test_a_case_waits_its_turn_while_a_sync_holds_a_lock(ctx, client, sby, statement,
                                                         monkeypatch):
    case = closed_case(client, sby, instant("2019-03-01"))
    release, thread = _hold(ctx, statement)
    turns = []

    def pause(attempt: int) -> None:  # the sync ends after the case's second try
        turns.append(attempt)
        if len(turns) == 2:
            release.set()
            thread.join()

    monkeypatch.setattr(retention, "_pause", pause)
    result = retention.run(ctx.db, central(ctx), NOW, AS_OF)
    thread.join()
    assert turns == [0, 1]
    assert result.cases == [case["number"]]
    assert rows_of(ctx, case["id"])["worker"][0]["name"] == pdp.ANON_MARKER


def test_a_run_that_never_gets_its_turn_stops_and_says_so(ctx, client, sby, monkeypatch):
    case = closed_case(client, sby, instant("2019-03-01"))
    monkeypatch.setattr(retention, "ATTEMPTS", 3)
    monkeypatch.setattr(retention, "_pause", lambda attempt: None)
    release, thread = _hold(ctx, HOLDS["a push writing the timeline"])
    try:
        with pytest.raises(HaloError) as caught:
            retention.run(ctx.db, central(ctx), NOW, AS_OF)
    finally:
        release.set()
        thread.join()
    assert caught.value.code == "retention_busy" and "--yes" not in caught.value.text("en")
    assert rows_of(ctx, case["id"])["case"][0]["anonymised_at"] == ""
    [run] = audit_rows(ctx, retention.RUN)
    assert "finished=0" in run["detail"] and "cases=0" in run["detail"]
    assert retention.run(ctx.db, central(ctx), NOW, AS_OF).cases == [case["number"]]


def test_an_account_that_does_not_own_the_tables_is_told_what_to_use(ctx, client, sby):
    from sqlalchemy import event

    from sync.server.db.engine import Database

    case = closed_case(client, sby, instant("2019-03-01"))
    role = "halotki_retention_test"
    with ctx.db.write() as conn:
        conn.execute(text(f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN"
                          " duplicate_object THEN NULL; END $$"))
        conn.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    limited = Database(ctx.db.url)
    event.listen(limited.engine, "connect",
                 lambda dbapi, _record: dbapi.execute(f"SET ROLE {role}"))
    try:
        with pytest.raises(HaloError) as caught:
            retention.run(limited, central(ctx), NOW, AS_OF)
    finally:
        limited.dispose()
        with ctx.db.write() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
    assert caught.value.code == "retention_not_table_owner"
    assert "halotki-server migrate" in caught.value.text("id")
    assert rows_of(ctx, case["id"])["case"][0]["anonymised_at"] == ""
