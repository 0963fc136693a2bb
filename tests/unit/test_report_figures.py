"""Every table and every cell of compute_report, reconciled against counts made here in plain
Python over rows read with simple SELECTs (tests/report_data.py), never the report's own SQL.

The store: 1,500 demo cases with their information requests (the generator follows DESIGN's
published statistics) plus hand-made cases at the edges: ages of exactly 7, 8, 30, 31, 90 and
91 days, a case received 00:30 WIB on the 1st (the day before in UTC), province, regency and
PPTKIS spelt several ways or not recorded, overdue family contacts, and cases of two other
offices."""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from datetime import date, timedelta
from types import SimpleNamespace

import holidays
import pytest

from desktop.domain import status as st
from desktop.domain.reports.figures import NOT_GIVEN, TABLE_KEYS, compute_report
from desktop.domain.reports.period import Period
from desktop.services.cases import CaseFilter
from tests import report_data as rd

DEMO_CASES, SEED = 1500, 13
TODAY = rd.today()
AGES = {7: (0, 0, 0), 8: (23, 59, 59), 30: (0, 0, 0), 31: (23, 59, 59), 90: (0, 0, 0),
        91: (23, 59, 59)}
MONTH_START = rd.local(date(2026, 9, 1), 0, 30)  # 2026-08-31T17:30Z
MONTH_END = rd.local(date(2026, 8, 31), 23, 30)
FREE_TEXT = (("JAWA TIMUR", "kab. malang", "pt duta nusantara lestari"),
             (" jawa timur", "KAB. MALANG", "PT DUTA NUSANTARA LESTARI"),
             ("Kalimantan Barat", "Kota Pontianak", "PT Kalbar Jaya"),
             ("kalimantan barat", "kota pontianak", "pt kalbar jaya"),
             ("", "", ""))
OTHER_OFFICES = ("SMG", "MTR")
FREE = ("by_province", "by_regency", "by_agency")
# The case field each "by_*" table groups by.
FIELD = {"by_category": "category", "by_status": "status", "by_country": "destination_country",
         "by_channel": "channel", "by_complainant_type": "complainant_type", "by_sex": "sex",
         "by_province": "province", "by_regency": "regency", "by_agency": "pptkis",
         "by_office": "office"}
_HOLIDAYS = holidays.country_holidays("ID", years=range(2024, 2028),
                                      categories=("public", "government"))


def _edge_cases(core) -> None:
    for age, (h, m, s) in AGES.items():
        rd.record(core, rd.local(TODAY - timedelta(days=age), h, m, s), officer="budi")
    rd.record(core, MONTH_START, worker__province="Jawa Timur")
    rd.record(core, MONTH_END, worker__province="Jawa Timur")
    day = date(2026, 9, 14)
    for n, (province, regency, agency) in enumerate(FREE_TEXT):
        rd.record(core, rd.local(day + timedelta(days=n), 9), worker__province=province,
                  worker__regency=regency, worker__pptkis=agency, officer="ani",
                  contact_due=TODAY - timedelta(days=3) if n % 2 else TODAY)
    closing = ((rd.local(date(2026, 9, 22), 10), st.PROSES),
               (rd.local(date(2026, 10, 5), 10), st.SELESAI))
    for n, office in enumerate(OTHER_OFFICES * 2):
        rd.record(core, rd.local(date(2026, 9, 2 + n), 11), office=office, officer="budi",
                  statuses=closing if n % 2 else ())
    rd.record(core, rd.local(date(2026, 9, 3), 9), worker__sex="")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    core = rd.demo_office(tmp_path_factory.mktemp("report") / "data", DEMO_CASES, SEED)
    _edge_cases(core)
    yield core
    core.close()


def _report(core, period: Period, office: str = ""):
    db = SimpleNamespace(rows=core.store.query)
    return compute_report(db, core.reference, period=period, office_code=office,
                          office_name="BP3TKI Surabaya", tz=rd.TZ, now=core.now())


def _cells(table) -> dict[str, tuple]:
    return {r.key: tuple(r.values) for r in table.rows}


def _share(n: int, total: int):
    return round(100.0 * n / total, 1) if total else None


def _working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _HOLIDAYS


def _nth_working_day_after(day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        n -= _working_day(day)
    return day


FIRST_DAY = date(2024, 11, 1)
PERIODS = {
    "all": Period.days(FIRST_DAY, TODAY),
    "month": Period.month(2026, 9),
    "quarter": Period.quarter(2026, 3),
    "year": Period.year(2025),
    "range": Period.days(date(2025, 3, 10), date(2026, 2, 20)),
}
CASES = [(p, o) for p in PERIODS for o in ("", "SBY")]


@pytest.fixture(scope="module", params=CASES, ids=[f"{p}-{o or 'all'}" for p, o in CASES])
def scene(request, office):
    period_name, office_code = request.param
    period = PERIODS[period_name]
    report = _report(office, period, office_code)
    cases = rd.cases_in(office, period.first, period.last, office_code)
    return SimpleNamespace(core=office, period=period, office=office_code, report=report,
                           cases=cases, open=[c for c in cases if c["status"] not in st.CLOSED])


# -- outcomes and timing --------------------------------------------------------------------
def test_outcomes_and_resolution_rate(scene):
    n = len(scene.cases)
    done = sum(c["status"] == st.SELESAI for c in scene.cases)
    closed = sum(c["status"] == st.DITUTUP for c in scene.cases)
    table = scene.report.table("outcomes")
    assert _cells(table) == {"resolved": (done, _share(done, n)),
                             "closed": (closed, _share(closed, n)),
                             "open": (n - done - closed, _share(n - done - closed, n))}
    assert table.totals()[0] == n
    rate = "-" if not n else f"{100.0 * done / n:.1f}"
    assert f"Complaints received: {n}. Resolution rate: {rate} %." == table.note_en
    assert f"Tingkat penyelesaian: {rate.replace('.', ',')} %" in table.note_id


def test_resolution_time_median_and_p90(scene):
    days = sorted(c["clock_day"] for c in scene.cases
                  if c["status"] == st.SELESAI and c["clock_state"] == "stopped")
    median = float(statistics.median(days)) if days else None
    p90 = float(days[math.ceil(0.9 * len(days)) - 1]) if days else None
    table = scene.report.table("resolution_time")
    assert _cells(table) == {"median": (median,), "p90": (p90,)}
    assert f"Of {len(days)} resolved complaints" in table.note_en


# -- complaints by one property ---------------------------------------------------------------
def _closed_list(core, key: str) -> list[str]:
    if key == "by_status":
        return list(st.ALL_STATUSES)
    if key == "by_sex":
        return ["L", "P"]
    kind = {"by_channel": "channel", "by_complainant_type": "complainant_type"}.get(key)
    return [i.code for i in core.reference.items(kind)] if kind else []


def _expected_dimension(core, key: str, cases: list[dict]) -> dict[str, tuple]:
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in cases:
        text = (c[FIELD[key]] or "").strip()
        slot = groups[text.casefold() if key in FREE else text]
        slot[0] += 1
        slot[1] += c["status"] == st.SELESAI
    for code in _closed_list(core, key):  # every one of a closed list, zeros too
        groups.setdefault(code, [0, 0])
    total = len(cases)
    return {k: (n, r, _share(n, total)) for k, (n, r) in groups.items()}


@pytest.mark.parametrize("key", list(FIELD))
def test_every_dimension_cell(scene, key):
    if key == "by_office" and scene.office:
        assert key not in [t.key for t in scene.report.tables]
        return
    table = scene.report.table(key)
    assert _cells(table) == _expected_dimension(scene.core, key, scene.cases)
    listed = len(_closed_list(scene.core, key))
    counts = [r.values[0] for r in table.rows[listed:] if r.key]
    assert counts == sorted(counts, reverse=True)  # the rest: biggest first
    if any(r.key == "" for r in table.rows):  # "not recorded" comes last
        assert table.rows[-1].key == ""
        assert (table.rows[-1].label_id, table.rows[-1].label_en) == NOT_GIVEN


def test_free_text_groups_are_named_by_their_commonest_spelling(office):
    report = _report(office, PERIODS["month"], "SBY")
    cases = rd.cases_in(office, date(2026, 9, 1), date(2026, 9, 30), "SBY")
    for key in FREE:
        spellings: dict[str, Counter] = defaultdict(Counter)
        for c in cases:
            text = (c[FIELD[key]] or "").strip()
            spellings[text.casefold()][text] += 1
        for row in report.table(key).rows:
            if row.key:
                best = max(spellings[row.key].values())
                assert spellings[row.key][row.label_id] == best
    province = _cells(report.table("by_province"))
    assert province["kalimantan barat"][0] >= 2 and "Kalimantan Barat" not in province


def test_closed_lists_show_their_zero_rows(office):
    one_day = Period.days(date(2026, 9, 3), date(2026, 9, 3))
    report = _report(office, one_day, "SBY")
    sex = _cells(report.table("by_sex"))
    statuses = _cells(report.table("by_status"))
    assert [r.key for r in report.table("by_status").rows] == list(st.ALL_STATUSES)
    assert min(v[0] for v in statuses.values()) == 0 and sex[""][0] >= 1
    assert {"L", "P"} <= set(sex)
    channels = [r.key for r in report.table("by_channel").rows]
    assert channels[:len(office.reference.items("channel"))] == [
        i.code for i in office.reference.items("channel")]


# -- open cases as they stand today ------------------------------------------------------------
def _bucket(age: int) -> str:
    return "d0_7" if age <= 7 else "d8_30" if age <= 30 else "d31_90" if age <= 90 else "d90_plus"


def test_ageing_buckets(scene):
    ages = Counter(_bucket((TODAY - rd.received_day(c["received_at"])).days) for c in scene.open)
    assert _cells(scene.report.table("ageing")) == {
        k: (ages.get(k, 0),) for k in ("d0_7", "d8_30", "d31_90", "d90_plus")}


@pytest.mark.parametrize("age", list(AGES))
def test_ageing_at_the_exact_boundaries(office, age):
    day = TODAY - timedelta(days=age)
    report = _report(office, Period.days(day, day), "SBY")
    still_open = [c for c in rd.cases_in(office, day, day, "SBY") if c["status"] not in st.CLOSED]
    assert still_open  # the edge case at least
    cells = _cells(report.table("ageing"))
    assert cells[_bucket(age)] == (len(still_open),)
    assert sum(v[0] for v in cells.values()) == len(still_open)


def test_deadlines(scene):
    near = _nth_working_day_after(TODAY, 3)
    seen: Counter = Counter()
    for c in scene.open:
        if c["clock_state"] == "paused":
            seen["paused"] += 1
        elif c["clock_state"] == "running":
            due = date.fromisoformat(c["clock_due"])
            seen["past" if due < TODAY else "near" if due <= near else "on_time"] += 1
    assert _cells(scene.report.table("deadlines")) == {
        k: (seen.get(k, 0),) for k in ("past", "near", "on_time", "paused")}


def test_deadlines_agree_with_the_case_list_filters(office):
    report = _report(office, PERIODS["all"], "")
    cells = _cells(report.table("deadlines"))
    assert cells["past"][0] == office.cases.count_matching(CaseFilter(past_deadline=True))
    assert cells["near"][0] == office.cases.count_matching(CaseFilter(near_deadline=True))
    assert cells["past"][0] > 0 and cells["near"][0] > 0


def test_workload_per_officer(scene):
    names = dict(scene.core.store.query("SELECT username, full_name FROM users"))
    rows: dict[str, list] = {}
    for c in scene.open:
        key = c["officer"] or "-"
        slot = rows.setdefault(key, [0, 0, 0, 0])
        slot[0] += 1
        slot[1] += bool(c["next_contact_due"]) and c["next_contact_due"] < TODAY.isoformat()
        slot[2] += c["clock_state"] == "running" and c["clock_due"] < TODAY.isoformat()
        slot[3] = max(slot[3], (TODAY - rd.received_day(c["received_at"])).days)
    table = scene.report.table("workload")
    assert _cells(table) == {k: tuple(v) for k, v in rows.items()}
    for row in table.rows:
        assert row.label_en == (names[row.key] if row.key != "-" else "(unassigned)")
    if "-" in rows:  # the unassigned last
        assert table.rows[-1].key == "-"


def test_workload_counts_overdue_contacts(office):
    report = _report(office, PERIODS["month"], "SBY")
    assert report.table("workload").value("ani", "overdue_contacts") >= 2


# -- information requests and the year ---------------------------------------------------------
@pytest.mark.parametrize("column", ["topic", "channel"])
def test_inquiries_by_topic_and_channel(scene, column):
    asked = rd.inquiries_in(scene.core, scene.period.first, scene.period.last, scene.office)
    counts = Counter(i[column] for i in asked)
    table = scene.report.table(f"inquiries_by_{column}")
    assert _cells(table) == {k: (n, _share(n, len(asked))) for k, n in counts.items()}
    assert [r.values[0] for r in table.rows] == sorted(counts.values(), reverse=True)


def test_trend_by_office_month(scene):
    last = scene.period.last
    months = []
    y, m = last.year, last.month
    for _ in range(12):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    months.reverse()
    everything = rd.cases_in(scene.core, date(2000, 1, 1), TODAY, scene.office)
    asked = rd.inquiries_in(scene.core, date(2000, 1, 1), TODAY, scene.office)
    month = lambda stored: rd.received_day(stored).strftime("%Y-%m")  # noqa: E731
    complaints = Counter(month(c["received_at"]) for c in everything)
    resolved = Counter(month(c["received_at"]) for c in everything if c["status"] == st.SELESAI)
    inquiries = Counter(month(i["received_at"]) for i in asked)
    table = scene.report.table("trend")
    assert [r.key for r in table.rows] == months
    assert _cells(table) == {k: (complaints[k], resolved[k], inquiries[k]) for k in months}


def test_a_case_received_just_after_midnight_on_the_first_counts_in_that_month(office):
    assert MONTH_START.astimezone(rd.ZONES["WIB"]).date() == date(2026, 9, 1)
    stored = office.store.query(
        "SELECT received_at FROM cases WHERE received_at LIKE '2026-08-31T17:30%'")
    assert stored  # its UTC date is the day before
    cases = rd.cases_in(office, date(2026, 9, 1), date(2026, 9, 1), "SBY")
    report = _report(office, Period.days(date(2026, 9, 1), date(2026, 9, 1)), "SBY")
    assert report.table("outcomes").totals()[0] == len(cases) >= 1
    august = _report(office, Period.days(date(2026, 8, 31), date(2026, 8, 31)), "SBY")
    assert august.table("outcomes").totals()[0] == len(
        rd.cases_in(office, date(2026, 8, 31), date(2026, 8, 31), "SBY")) >= 1
    trend = _cells(_report(office, PERIODS["month"], "SBY").table("trend"))
    assert trend["2026-09"][0] == len(rd.cases_in(office, date(2026, 9, 1), date(2026, 9, 30),
                                                   "SBY"))


# -- the report as a whole ---------------------------------------------------------------------
def test_table_order_and_the_office_table_only_for_all_offices(scene):
    keys = [t.key for t in scene.report.tables]
    wanted = [k for k in TABLE_KEYS if k != "by_office" or not scene.office]
    assert keys == wanted
    assert scene.report.office_code == scene.office


def test_one_office_and_all_offices_add_up(office):
    every = _report(office, PERIODS["month"], "")
    by_office = _cells(every.table("by_office"))
    for code in ("SBY", *OTHER_OFFICES):
        one = _report(office, PERIODS["month"], code)
        assert by_office[code][0] == one.table("outcomes").totals()[0] > 0
        assert by_office[code][1] == one.table("outcomes").value("resolved", "count")
    assert sum(v[0] for v in by_office.values()) == every.table("outcomes").totals()[0]
