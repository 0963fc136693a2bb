"""A report's period: its kinds, its labels in both languages, its instants in the three
Indonesian zones, the errors a person can make typing one, and the trend's twelve months."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.reports.period import (
    MONTH,
    QUARTER,
    RANGE,
    YEAR,
    Period,
    day_start,
    months_ending,
)
from desktop.messages import HaloError


def test_kinds_and_their_days():
    assert Period.month(2026, 2) == Period(date(2026, 2, 1), date(2026, 2, 28), MONTH)
    assert Period.month(2028, 2).last == date(2028, 2, 29)  # a leap year
    assert Period.quarter(2026, 4) == Period(date(2026, 10, 1), date(2026, 12, 31), QUARTER)
    assert Period.quarter(2026, 1).last == date(2026, 3, 31)
    assert Period.year(2026) == Period(date(2026, 1, 1), date(2026, 12, 31), YEAR)


@pytest.mark.parametrize(("first", "last", "kind"), [
    (date(2026, 10, 1), date(2026, 10, 31), MONTH),
    (date(2026, 7, 1), date(2026, 9, 30), QUARTER),
    (date(2026, 1, 1), date(2026, 12, 31), YEAR),
    (date(2026, 10, 1), date(2026, 11, 15), RANGE),
    (date(2026, 10, 2), date(2026, 10, 31), RANGE),
    (date(2026, 10, 1), date(2026, 10, 30), RANGE),
    (date(2026, 10, 5), date(2026, 10, 5), RANGE),
])
def test_a_range_is_named_a_month_quarter_or_year_when_it_is_exactly_one(first, last, kind):
    assert Period.days(first, last).kind == kind
    assert Period.parse(first.isoformat(), f" {last.isoformat()} ").kind == kind


@pytest.mark.parametrize(("period", "label_id", "label_en"), [
    (Period.month(2026, 10), "Oktober 2026", "October 2026"),
    (Period.month(2026, 8), "Agustus 2026", "August 2026"),
    (Period.quarter(2026, 4), "Triwulan IV 2026", "Q4 2026"),
    (Period.quarter(2026, 1), "Triwulan I 2026", "Q1 2026"),
    (Period.year(2026), "2026", "2026"),
    (Period.days(date(2026, 10, 1), date(2026, 11, 15)),
     "1 Oktober 2026 – 15 November 2026", "1 October 2026 – 15 November 2026"),
])
def test_labels_in_both_languages(period, label_id, label_en):
    assert period.label("id") == label_id
    assert period.label() == label_id  # Indonesian by default
    assert period.label("en") == label_en


@pytest.mark.parametrize(("tz", "start", "end"), [
    ("WIB", "2026-09-30T17:00:00.000000Z", "2026-10-31T17:00:00.000000Z"),
    ("WITA", "2026-09-30T16:00:00.000000Z", "2026-10-31T16:00:00.000000Z"),
    ("WIT", "2026-09-30T15:00:00.000000Z", "2026-10-31T15:00:00.000000Z"),
])
def test_instants_are_the_office_days_first_moments_in_utc(tz, start, end):
    assert Period.month(2026, 10).instants(tz) == (start, end)
    assert day_start(date(2026, 10, 1), tz) == start


def test_instants_compare_as_stored_text():
    since, until = Period.days(date(2026, 9, 1), date(2026, 9, 1)).instants("WIB")
    just_after_midnight = "2026-08-31T17:30:00.000000Z"  # 00:30 WIB on 1 September
    late_the_day_before = "2026-08-31T16:59:59.999999Z"
    assert since <= just_after_midnight < until
    assert not since <= late_the_day_before


def _error(call) -> HaloError:
    with pytest.raises(HaloError) as caught:
        call()
    return caught.value


def test_reversed_period():
    err = _error(lambda: Period.days(date(2026, 10, 31), date(2026, 10, 1)))
    assert (err.code, err.field) == ("report_period_reversed", "period.last")
    assert _error(lambda: Period.parse("2026-10-31", "2026-10-01")).code == \
        "report_period_reversed"


def test_too_long_period():
    err = _error(lambda: Period.days(date(2000, 1, 1), date(2021, 1, 1)))
    assert (err.code, err.field) == ("report_period_too_long", "period.first")
    assert Period.days(date(2000, 1, 1), date(2019, 12, 31)).kind == RANGE  # 20 years is fine


@pytest.mark.parametrize(("first", "last", "field"), [
    ("2026-13-01", "2026-12-31", "period.first"),
    ("kemarin", "2026-12-31", "period.first"),
    ("", "2026-12-31", "period.first"),
    ("2026-10-01", "31/10/2026", "period.last"),
    ("2026-10-01", "2026-02-30", "period.last"),
])
def test_bad_text(first, last, field):
    err = _error(lambda: Period.parse(first, last))
    assert (err.code, err.field) == ("report_period_date", field)


def test_json_round_trip():
    for period in (Period.month(2026, 10), Period.days(date(2026, 1, 3), date(2026, 5, 4))):
        assert Period.from_json(period.to_json()) == period


def test_months_ending_across_a_year():
    assert months_ending(date(2026, 2, 14)) == [
        (2025, 3), (2025, 4), (2025, 5), (2025, 6), (2025, 7), (2025, 8), (2025, 9),
        (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2)]
    assert months_ending(date(2026, 12, 31))[0] == (2026, 1)
    assert months_ending(date(2026, 1, 1), 3) == [(2025, 11), (2025, 12), (2026, 1)]
    assert months_ending(date(2026, 6, 30), 1) == [(2026, 6)]


@pytest.mark.parametrize("first, last, field", [
    (date(1, 1, 1), date(2026, 1, 1), "period.first"),
    (date(2026, 1, 1), date(9999, 12, 31), "period.last"),
    (date(1899, 12, 31), date(1900, 1, 2), "period.first"),
])
def test_days_out_of_any_report_are_refused_not_overflowed(first, last, field):
    with pytest.raises(HaloError) as err:
        Period.days(first, last)
    assert err.value.msg.code == "report_period_out_of_range"
    assert err.value.field == field
