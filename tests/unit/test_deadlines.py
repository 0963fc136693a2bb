"""The deadline clock (desktop/domain/deadlines.py): working days across national holidays and
collective leave, paused while waiting for documents, stopped when closed."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.deadlines import (
    StatusChange,
    add_working_days,
    clock,
    is_working_day,
)

WIB = ZoneInfo("Asia/Jakarta")


def at(day: str, hour: int = 10) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hour), tzinfo=WIB)


def changes(*pairs: tuple[str, str]) -> list[StatusChange]:
    return [StatusChange(at(day), status) for day, status in pairs]


@pytest.mark.parametrize(("day", "working"), [
    ("2026-03-16", True),   # Monday
    ("2026-03-18", False),  # cuti bersama Nyepi
    ("2026-03-19", False),  # Nyepi
    ("2026-03-20", False),  # cuti bersama Idul Fitri
    ("2026-03-23", False),  # cuti bersama Idul Fitri (a Monday)
    ("2026-03-25", True),
    ("2026-08-17", False),  # Independence Day
    ("2026-08-22", False),  # a Saturday
    ("2026-12-25", False),
])
def test_working_days_follow_the_national_calendar(day, working):
    assert is_working_day(date.fromisoformat(day)) is working


def test_add_working_days_skips_the_idul_fitri_break():
    assert add_working_days(date(2026, 3, 17), 1) == date(2026, 3, 25)
    assert add_working_days(date(2026, 3, 13), 3) == date(2026, 3, 25)  # Mon 16, Tue 17, Wed 25
    assert add_working_days(date(2026, 3, 13), 0) == date(2026, 3, 13)


def test_a_case_received_before_lebaran_counts_only_working_days():
    c = clock(at("2026-03-16"), [], 3, at("2026-03-25"), "WIB")
    assert (c.day, c.target, c.due) == (3, 3, date(2026, 3, 25))
    assert not c.past and c.near and c.remaining == 0
    c = clock(at("2026-03-16"), [], 3, at("2026-03-26"), "WIB")
    assert c.day == 4 and c.past and c.due == date(2026, 3, 25)


def test_a_case_received_on_a_saturday_starts_on_monday():
    c = clock(at("2026-08-22"), [], 10, at("2026-08-23"), "WIB")
    # 24 Aug .. 7 Sep: ten working days (25 August is the Prophet's birthday)
    assert c.day == 0 and c.due == date(2026, 9, 7)
    assert clock(at("2026-08-22"), [], 10, at("2026-08-24"), "WIB").day == 1


def test_the_clock_pauses_while_waiting_for_documents():
    history = changes(("2026-06-02", "validasi"), ("2026-06-03", "menunggu_dokumen"),
                      ("2026-06-10", "proses"))
    c = clock(at("2026-06-02"), history, 14, at("2026-06-12"), "WIB")
    # Tue 2 counts, 3-9 June (5 working days) paused, 10-12 June count.
    assert (c.day, c.paused_days, c.paused) == (4, 5, False)
    assert c.due == add_working_days(date(2026, 6, 12), 10)


def test_a_paused_case_does_not_run_out():
    history = changes(("2026-06-02", "menunggu_dokumen"))
    c = clock(at("2026-06-01", 8), history, 3, at("2026-07-31"), "WIB")
    assert c.paused and c.day == 0 and not c.past  # 1 June is Pancasila Day: a holiday


def test_the_clock_stops_when_closed_and_runs_on_when_reopened():
    history = changes(("2026-07-06", "proses"), ("2026-07-08", "selesai"))
    c = clock(at("2026-07-06"), history, 5, at("2026-07-20"), "WIB")
    assert (c.day, c.stopped, c.past, c.near) == (3, True, False, False)  # 6, 7 and 8 July
    history += changes(("2026-07-20", "proses"))
    c = clock(at("2026-07-06"), history, 5, at("2026-07-21"), "WIB")
    assert (c.day, c.stopped) == (5, False)  # reopened on 20 July: 20 and 21 count again


def test_the_office_date_decides_not_the_utc_date():
    late_evening = datetime(2026, 6, 2, 23, 30, tzinfo=ZoneInfo("Asia/Jayapura"))  # WIT
    c = clock(late_evening, [], 5, late_evening, "WIT")
    assert c.day == 1
    c = clock(late_evening, [], 5, late_evening, "WIB")  # still 2 June in Jakarta, 21:30
    assert c.day == 1


def test_history_order_does_not_matter():
    history = changes(("2026-06-02", "validasi"), ("2026-06-03", "menunggu_dokumen"),
                      ("2026-06-10", "proses"))
    assert clock(at("2026-06-02"), history, 14, at("2026-06-12"), "WIB") == clock(
        at("2026-06-02"), list(reversed(history)), 14, at("2026-06-12"), "WIB")
