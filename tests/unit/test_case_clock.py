"""The deadline clock table (desktop/store/clock.py): derived from the synced status history,
rewritten with every write that touches it, indexed for the list filters, and made again
when the rules that made it change."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.deadlines import StatusChange, add_working_days, clock
from desktop.session.login import log_in
from desktop.store import clock as case_clock
from tests.conftest import STAFF_PW, TEST_KDF, make_intake, ticking_clock

WIB = ZoneInfo("Asia/Jakarta")


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00").replace(tzinfo=WIB)


@pytest.fixture
def sup(supervisor):
    supervisor.now = ticking_clock(at("2026-06-02"))
    return supervisor


def row(core, number: str) -> dict:
    return core.store.query_dicts(
        "SELECT k.day, k.target, k.paused_days, k.state, k.due, k.as_of FROM case_clock k"
        " JOIN cases c ON c.id = k.case_id WHERE c.case_number = ?", (number,))[0]


def on(core, day: str) -> None:
    core.now = ticking_clock(at(day))


def test_a_new_case_runs_towards_its_categorys_target(sup):
    number = sup.cases.record_intake(make_intake(complaint__category="sakit"))  # 14 days
    # 2 June is day 1 (1 June is Pancasila Day); the 14th working day is 13 after it.
    assert row(sup, number) == {"day": 1, "target": 14, "paused_days": 0, "state": "running",
                                "due": add_working_days(date(2026, 6, 2), 13).isoformat(),
                                "as_of": "2026-06-02"}


def test_waiting_for_documents_pauses_it_and_the_due_date_moves(sup):
    number = sup.cases.record_intake(make_intake(complaint__category="sakit"))
    on(sup, "2026-06-03")
    sup.cases.change_status(number, "validasi")
    sup.cases.change_status(number, "menunggu_dokumen")
    assert row(sup, number)["state"] == "paused"
    on(sup, "2026-06-10")
    sup.cases.change_status(number, "proses")
    got = row(sup, number)
    # 2 June counted, 3-9 June waiting (5 working days), 10 June counts again.
    assert (got["state"], got["day"], got["paused_days"]) == ("running", 2, 5)
    assert got["due"] == add_working_days(date(2026, 6, 10), 12).isoformat()
    expected = clock(at("2026-06-02"), [StatusChange(at("2026-06-03"), "validasi"),
                                         StatusChange(at("2026-06-03"), "menunggu_dokumen"),
                                         StatusChange(at("2026-06-10"), "proses")],
                     14, at("2026-06-10"), "WIB")
    assert got["due"] == expected.due.isoformat()


def test_closing_stops_it_as_of_the_closing_day(sup):
    number = sup.cases.record_intake(make_intake(complaint__category="sakit"))
    on(sup, "2026-06-04")
    sup.cases.change_status(number, "proses")
    sup.cases.change_status(number, "selesai", outcome="dipulangkan")
    assert row(sup, number) | {"due": ""} == {
        "day": 3, "target": 14, "paused_days": 0, "state": "stopped", "due": "",
        "as_of": "2026-06-04"}
    on(sup, "2026-07-01")  # a later write elsewhere in the case changes nothing of it
    sup.cases.add_event(number, "catatan", "Berkas diarsipkan.")
    assert row(sup, number)["as_of"] == "2026-06-04"


def test_a_new_category_brings_its_target(sup):
    number = sup.cases.record_intake(make_intake(complaint__category="sakit"))
    case_id = sup.cases.resolve(number)["id"]
    with sup.write() as tx:
        tx.update("case", case_id, {"category": "gaji_tidak_dibayar"})
    assert row(sup, number)["target"] == 60


def test_the_list_filters_read_the_index(sup):
    sup.cases.record_intake(make_intake())
    plan = " ".join(r[3] for r in sup.store.query(
        "EXPLAIN QUERY PLAN SELECT case_id FROM case_clock WHERE state = 'running'"
        " AND due < ?", ("2026-07-01",)))
    assert "case_clock_due" in plan, plan


def test_other_rules_make_every_row_again_when_the_store_opens(sup, paths, monkeypatch):
    number = sup.cases.record_intake(make_intake(complaint__category="sakit"))
    sup.store.raw_connection.execute("UPDATE case_clock SET due = '1999-01-01'")
    key = sup.store.meta(case_clock.RULES_KEY)
    assert key and key.split(":")[1] == case_clock.holidays.__version__
    again = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:  # same rules: nothing is made again
        assert row(again, number)["due"] == "1999-01-01"
    finally:
        again.close()
    monkeypatch.setattr(case_clock.holidays, "__version__", "9999.1")
    again = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        assert row(again, number)["due"] != "1999-01-01"
        assert again.store.meta(case_clock.RULES_KEY).split(":")[1] == "9999.1"
    finally:
        again.close()


def test_a_stored_timestamp_no_pc_writes_gives_no_row_rather_than_an_error(sup):
    number = sup.cases.record_intake(make_intake())
    case_id = sup.cases.resolve(number)["id"]
    conn = sup.store.raw_connection
    conn.execute("UPDATE cases SET received_at = 'kemarin' WHERE id = ?", (case_id,))
    case_clock.refresh(conn, [case_id], at("2026-06-03"))
    assert conn.execute("SELECT count(*) FROM case_clock WHERE case_id = ?",
                        (case_id,)).fetchone() == (0,)


def test_a_new_case_carries_its_verification_due_date_until_it_is_verified(sup):
    number = sup.cases.record_intake(make_intake())
    received = sup.cases.today()
    clock = sup.cases.get(number).deadline
    assert clock.verify_due == add_working_days(received, 3)  # the reference policy
    sup.cases.change_status(number, "validasi")
    assert sup.cases.get(number).deadline.verify_due == add_working_days(received, 3)
    sup.cases.change_status(number, "proses")  # verified: only the resolution target now
    assert sup.cases.get(number).deadline.verify_due is None
