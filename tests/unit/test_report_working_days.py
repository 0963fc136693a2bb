"""Working days to resolve, across national holidays and collective leave (cuti bersama) and
with days waiting for documents not counted; counted here by hand from the `holidays`
package's list (never desktop.domain.deadlines). And percentile()/median() at their edges."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import holidays
import pytest

from desktop.domain import status as st
from desktop.domain.reports.figures import compute_report, median, percentile
from desktop.domain.reports.period import Period
from tests import report_data as rd

HOLIDAYS = holidays.country_holidays("ID", years=[2025, 2026], categories=("public", "government"))


def _hand_count(days: list[date]) -> int:
    """The days listed, each checked to be a working day by the package's list."""
    for day in days:
        assert day.weekday() < 5 and day not in HOLIDAYS, day
    return len(days)


def _skipped(first: date, last: date, counted: list[date]) -> list[date]:
    """The days between not counted: each a weekend, a listed holiday or a paused day."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)
            if first + timedelta(days=n) not in counted]


# Received Tuesday 17 March 2026, the working day before Nyepi / Idul Fitri and its cuti
# bersama (18–24 March), resolved Thursday 26 March: days 17, 25 and 26.
IDUL_FITRI = ([rd.local(date(2026, 3, 17), 10)],
              ((rd.local(date(2026, 3, 17), 11), st.PROSES),
               (rd.local(date(2026, 3, 26), 10), st.SELESAI)),
              [date(2026, 3, 17), date(2026, 3, 25), date(2026, 3, 26)])
# Received Monday 8 June 2026 and sent for documents that day (8–11 June end paused, not
# counted), handled again Friday 12 June, resolved Friday 19 June; 16 June is the Islamic
# New Year: days 12, 15, 17, 18, 19.
PAUSED = ([rd.local(date(2026, 6, 8), 9)],
          ((rd.local(date(2026, 6, 8), 14), st.MENUNGGU_DOKUMEN),
           (rd.local(date(2026, 6, 12), 10), st.PROSES),
           (rd.local(date(2026, 6, 19), 15), st.SELESAI)),
          [date(2026, 6, 12), date(2026, 6, 15), date(2026, 6, 17), date(2026, 6, 18),
           date(2026, 6, 19)])
# Received Wednesday 24 December 2025, Christmas and its cuti bersama on 25–26 December,
# paused from 29 December to 2 January (New Year's Day in it), handled again Monday
# 5 January 2026 and resolved Wednesday 7 January: days 24 Dec, 5, 6 and 7 Jan.
CHRISTMAS = ([rd.local(date(2025, 12, 24), 9)],
             ((rd.local(date(2025, 12, 24), 10), st.PROSES),
              (rd.local(date(2025, 12, 29), 9), st.MENUNGGU_DOKUMEN),
              (rd.local(date(2026, 1, 5), 9), st.PROSES),
              (rd.local(date(2026, 1, 7), 9), st.SELESAI)),
             [date(2025, 12, 24), date(2026, 1, 5), date(2026, 1, 6), date(2026, 1, 7)])
SCENES = {"idul_fitri": IDUL_FITRI, "paused": PAUSED, "christmas": CHRISTMAS}
# The working days that ended waiting for documents; 1 January is New Year's Day.
PAUSED_DAYS = {"idul_fitri": [],
               "paused": [date(2026, 6, 8), date(2026, 6, 9), date(2026, 6, 10),
                          date(2026, 6, 11)],
               "christmas": [date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31),
                             date(2026, 1, 2)]}


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    core = rd.open_office(tmp_path_factory.mktemp("workdays") / "data")
    numbers = {}
    for name, (received, statuses, _days) in SCENES.items():
        numbers[name] = rd.record(core, received[0], statuses=statuses)
    yield core, numbers
    core.close()


def _clock(core, number: str) -> tuple:
    return core.store.query_one(
        "SELECT k.state, k.day, k.paused_days FROM case_clock k JOIN cases c ON c.id = k.case_id"
        " WHERE c.case_number = ?", (number,))


@pytest.mark.parametrize("name", list(SCENES))
def test_each_case_counts_the_working_days_counted_by_hand(office, name):
    core, numbers = office
    received, statuses, counted = SCENES[name]
    expected = _hand_count(counted)
    state, day, _paused = _clock(core, numbers[name])
    assert (state, day) == ("stopped", expected)
    # Every day between that is not counted is a weekend, a listed holiday or a paused day.
    skipped = _skipped(received[0].date(), statuses[-1][0].date(), counted)
    assert skipped and all(d.weekday() >= 5 or d in HOLIDAYS or d in PAUSED_DAYS[name]
                           for d in skipped)


def test_the_holidays_the_cases_cross_are_in_the_list():
    for day in (date(2026, 3, 18), date(2026, 3, 19), date(2026, 3, 20), date(2026, 3, 23),
                date(2026, 3, 24), date(2026, 6, 16), date(2025, 12, 25), date(2025, 12, 26),
                date(2026, 1, 1)):
        assert day in HOLIDAYS, day


def test_paused_days_are_the_working_days_that_ended_waiting(office):
    core, numbers = office
    for name, days in PAUSED_DAYS.items():
        assert _clock(core, numbers[name])[2] == _hand_count(days)


def test_report_median_and_p90_of_the_hand_counts(office):
    core, _numbers = office
    report = compute_report(SimpleNamespace(rows=core.store.query), core.reference,
                            period=Period.days(date(2025, 12, 1), date(2026, 6, 30)),
                            office_code="SBY", office_name="SBY", tz=rd.TZ, now=core.now())
    counts = sorted(len(days) for _r, _s, days in SCENES.values())  # 3, 4, 5
    table = report.table("resolution_time")
    assert table.value("median", "days") == float(counts[1]) == 4.0
    assert table.value("p90", "days") == float(counts[-1])  # rank ceil(0.9 × 3) = 3
    assert "Of 3 resolved complaints" in table.note_en


# -- percentile() and median() ------------------------------------------------------------
def test_empty_gives_none():
    assert median([]) is None and percentile([], 0.9) is None
    assert median([(5, 0)]) is None and percentile([(5, 0)], 0.5) is None


def test_one_value():
    assert median([(7, 1)]) == 7.0
    assert percentile([(7, 1)], 0.9) == percentile([(7, 1)], 0.01) == 7.0


def test_even_count_takes_the_mean_of_the_middle_two():
    assert median([(2, 1), (5, 1), (9, 1), (10, 1)]) == 7.0
    assert median([(1, 1), (2, 1)]) == 1.5


def test_ties_and_unsorted_counts():
    # Values 3, 3, 3, 8 given out of order: the middle two are 3 and 3.
    assert median([(8, 1), (3, 3)]) == 3.0
    # 1 ×9 and 10 ×1: the 90th percentile's rank is 9, still a 1; the 91st is 10.
    assert percentile([(10, 1), (1, 9)], 0.9) == 1.0
    assert percentile([(10, 1), (1, 9)], 0.91) == 10.0


def test_nearest_rank_percentile():
    values = [(v, 1) for v in range(1, 21)]  # 1..20
    assert percentile(values, 0.9) == 18.0  # rank ceil(18) = 18
    assert percentile(values, 0.5) == 10.0
    assert percentile(values, 1.0) == 20.0
    assert percentile(values, 0.0) == 1.0  # the rank is at least 1
