"""Migration 0008_home_counts: a store of the previous version keeps its data and gains the
indexes the home view's counts read (desktop/services/dashboard.py), and every count's
query plan reads an index, never the cases table itself (a scan of 100,000 encrypted rows
takes a third of a second)."""

from __future__ import annotations

import os

import pytest
import sqlite_utils

from desktop.store import connection
from desktop.store.schema import migrations
from desktop.store.store import Store

INDEXES = {"cases_open_contact", "cases_open_officer", "referrals_waiting_case",
           "audit_user_action", "cases_created", "cases_report"}


@pytest.fixture
def key():
    return os.urandom(32)


def _indexes(store) -> set[str]:
    return {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_0008_from_the_previous_schema_keeps_cases_and_adds_the_indexes(tmp_path, key):
    path = tmp_path / "v7.db"
    conn = connection.connect(path, key, create=True)
    migrations.apply(sqlite_utils.Database(conn), stop_before="0008_home_counts")
    for k, v in {"device_id": "dev1", "office_code": "SBY"}.items():
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (k, v))
    conn.execute(
        "INSERT INTO cases (id, case_number, office_code, status, category, channel,"
        " received_at, created_at, created_by, updated_at, officer)"
        " VALUES ('k1', 'SBY-2026-A-00001', 'SBY', 'proses', 'sakit', 'datang_langsung',"
        " '2026-06-02T03:00:00.000000Z', 't', 'kasi', 't', 'budi')")
    conn.execute("INSERT INTO referrals (id, case_id, created_by, created_at, updated_at)"
                 " VALUES ('r1', 'k1', 'kasi', 't', 't')")
    conn.execute("INSERT INTO audit_log (id, at, user, device, action)"
                 " VALUES ('a1', '2026-06-02T01:00:00.000000Z', 'budi', 'dev1', 'login')")
    assert not INDEXES & {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()

    store = Store.open(path, key, backup_dir=tmp_path / "backups")
    try:
        assert _indexes(store) >= INDEXES
        assert store.query("SELECT case_number, officer FROM cases") == [
            ("SBY-2026-A-00001", "budi")]
        assert store.query("SELECT count(*) FROM cases INDEXED BY cases_open_officer"
                           " WHERE officer = 'budi' AND status NOT IN ('selesai', 'ditutup')"
                           ) == [(1,)]
        assert store.query("SELECT case_id FROM referrals INDEXED BY referrals_waiting_case"
                           " WHERE reply_on = '' AND withdrawn_on = ''") == [("k1",)]
    finally:
        store.close()
    assert list((tmp_path / "backups").glob("halotki-v0007-*.db"))


@pytest.mark.parametrize("role", ["supervisor", "case_officer"])
def test_every_home_count_reads_an_index_not_the_cases_table(login, role):
    core = login("kasi" if role == "supervisor" else "budi", role)
    plans = {}
    for key, flt in core.dashboard.filters("2026-06-02T03:00:00.000000Z").items():
        where, params = core.cases._where(flt)
        plans[key] = [r[-1] for r in core.store.query(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM cases" + where, params)]
    for key, plan in plans.items():
        on_cases = [step for step in plan if " cases" in step and "case_clock" not in step]
        assert on_cases and all("INDEX" in step for step in on_cases), (key, plan)
    covering = "cases_open_contact" if role == "supervisor" else "cases_open_officer"
    for key in ("urgent", "contact_today", "contact_overdue"):
        assert any(f"COVERING INDEX {covering}" in step for step in plans[key]), plans[key]
    assert any("referrals_waiting_case" in step for step in plans["referral_waiting"])


def test_the_last_login_is_found_on_its_index(login):
    core = login("budi", "case_officer")
    plan = [r[-1] for r in core.store.query(
        "EXPLAIN QUERY PLAN SELECT max(at) FROM audit_log WHERE user = ? AND action = ?"
        " AND at < ?", ("budi", "login", "z"))]
    assert any("audit_user_action" in step for step in plan), plan


def test_the_report_reads_the_period_s_cases_from_the_index_alone(supervisor):
    """The figures' passes over the cases (desktop/domain/reports/figures.py) find every
    column they read in cases_report: no row of the table itself is decrypted."""
    from desktop.domain.reports import figures

    params = {"since": "2026-01-01", "until": "2027-01-01", "office": "", "today": "2026-12-01",
              "near": "2026-12-04", "a7": "x", "a30": "x", "a90": "x"}
    for sql in (figures._CASE_FACTS, figures._WORKER_FACTS, figures._CLOCK_FACTS):
        plan = " | ".join(r[3] for r in supervisor.store.query("EXPLAIN QUERY PLAN " + sql,
                                                                 params))
        assert "COVERING INDEX cases_report" in plan, plan
