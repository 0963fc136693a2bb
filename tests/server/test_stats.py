"""GET /api/v1/stats: the desktop report's tables from the server's data, on SQLite and
PostgreSQL. Every figure checked here is counted again with plain SQL written in the test;
the scope (an office its own, PST all) and the refused requests are checked too."""

from __future__ import annotations

import math
import statistics
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from tests.server.helpers import create_case
from tests.server.stats_data import NOW, Pusher, sample

pytestmark = pytest.mark.usefixtures("backend")

URL = "/api/v1/stats"
PERIOD = {"from": "2026-11-01", "to": "2026-12-31"}
# The period's first moment and the moment after it, in WIB, as stored UTC text.
SINCE, UNTIL = "2026-10-31T17:00:00.000000Z", "2026-12-31T17:00:00.000000Z"
TODAY = "2026-12-15"


@pytest.fixture
def world(client, clock, devices):
    """Cases and information requests of SBY and SMG pushed by their PCs, and one case
    recorded at central and handed to SBY."""
    clock.now = NOW
    pusher = Pusher(client)
    pusher.cases(devices["SBY"], sample("SBY", 40, 1, ("budi.sby", "sari.sby", "")))
    pusher.cases(devices["SMG"], sample("SMG", 25, 2, ("tono.smg", "")))
    pusher.inquiries(devices["SBY"], [
        (NOW.replace(month=11, day=d), topic, channel) for d, topic, channel in (
            (3, "biaya_penempatan", "telepon"), (4, "biaya_penempatan", "datang_langsung"),
            (10, "prosedur_resmi", "telepon"))])
    pusher.inquiries(devices["SMG"], [(NOW.replace(month=12, day=1), "prosedur_resmi",
                                       "email")])
    create_case(client, devices["PST"], assign_to="SBY")
    return devices


def _get(client, device, **params):
    return client.get(URL, headers=device.headers, params={**PERIOD, **params})


def _sql(ctx, sql: str, **params) -> list[tuple]:
    with ctx.db.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql), {"since": SINCE, "until": UNTIL,
                                                            **params})]


def _column(table: dict, column: str) -> dict[str, object]:
    """{row key: value} of one column of a JSON table."""
    at = [c["key"] for c in table["columns"]].index(column)
    return {r["key"]: r["values"][at] for r in table["rows"]}


def _tables(body: dict) -> dict[str, dict]:
    return {t["key"]: t for t in body["tables"]}


# Plain SQL: the period's complaints of one office ('' = all), with its workers.
_CASES = ("FROM cases c LEFT JOIN workers w ON w.case_id = c.id WHERE c.received_at >= :since"
          " AND c.received_at < :until AND (c.office_code = :office OR :office = '')")
_OPEN = "c.status NOT IN ('selesai', 'ditutup')"


def _grouped(ctx, expr: str, office: str) -> dict[str, int]:
    return {k or "": int(n) for k, n in _sql(
        ctx, f"SELECT {expr}, count(*) {_CASES} GROUP BY {expr}", office=office)}


def _nonzero(found: dict) -> dict:
    return {k: v for k, v in found.items() if v}


def _check_office_figures(ctx, body: dict, office: str) -> None:
    """Every table of the report against plain SQL over the same office's rows."""
    t = _tables(body)
    received = _check_outcomes(ctx, t, office)
    _check_dimensions(ctx, t, office, received)
    _check_resolution_time(ctx, t, office)
    _check_deadlines_and_load(ctx, t, office)
    _check_open_cases(ctx, t, office)
    _check_inquiries_and_trend(ctx, t, office, received)


def _check_outcomes(ctx, t: dict, office: str) -> int:
    received = _sql(ctx, f"SELECT count(*) {_CASES}", office=office)[0][0]
    by_status = _grouped(ctx, "c.status", office)
    outcomes = _column(t["outcomes"], "count")
    assert received > 10
    assert outcomes == {"resolved": by_status.get("selesai", 0),
                        "closed": by_status.get("ditutup", 0),
                        "open": received - by_status.get("selesai", 0)
                        - by_status.get("ditutup", 0)}
    assert f"Complaints received: {received}." in t["outcomes"]["note"]["en"]
    return received


def _check_dimensions(ctx, t: dict, office: str, received: int) -> None:
    for key, expr in (("by_category", "c.category"), ("by_status", "c.status"),
                      ("by_country", "w.destination_country"), ("by_channel", "c.channel"),
                      ("by_complainant_type", "c.complainant_type"), ("by_sex", "w.sex"),
                      # free text: grouped whatever the letters' case
                      ("by_province", "lower(w.province)"), ("by_regency", "lower(w.regency)"),
                      ("by_agency", "lower(w.pptkis)")):
        expected = _grouped(ctx, expr, office)
        assert _nonzero(_column(t[key], "count")) == expected, key
        assert sum(_column(t[key], "count").values()) == received, key
    resolved = {k: int(n) for k, n in _sql(
        ctx, f"SELECT c.category, count(*) {_CASES} AND c.status = 'selesai' GROUP BY 1",
        office=office)}
    assert _nonzero(_column(t["by_category"], "resolved")) == resolved


def _check_resolution_time(ctx, t: dict, office: str) -> None:
    """The stopped clocks of the resolved complaints: median and nearest-rank 90th."""
    days = sorted(int(d) for (d,) in _sql(
        ctx, f"SELECT k.day {_CASES.replace('WHERE', 'JOIN case_clock k ON k.case_id = c.id WHERE')}"
        " AND c.status = 'selesai' AND k.state = 'stopped'", office=office))
    assert days
    timing = _column(t["resolution_time"], "days")
    assert timing["median"] == statistics.median(days)
    assert timing["p90"] == days[math.ceil(0.9 * len(days)) - 1]


def _check_deadlines_and_load(ctx, t: dict, office: str) -> None:
    """The open complaints today: their clocks' deadlines and each officer's load."""
    clocks = _sql(ctx, f"SELECT k.state, k.due, c.officer, c.next_contact_due, c.received_at"
                       f" {_CASES.replace('WHERE', 'JOIN case_clock k ON k.case_id = c.id WHERE')}"
                       f" AND {_OPEN}", office=office)
    still_open = _sql(ctx, f"SELECT count(*) {_CASES} AND {_OPEN}", office=office)[0][0]
    assert len(clocks) == still_open  # every open complaint has its clock
    deadlines = _column(t["deadlines"], "count")
    assert deadlines["paused"] == sum(s == "paused" for s, *_ in clocks)
    assert deadlines["past"] == sum(s == "running" and due < TODAY for s, due, *_ in clocks)
    assert sum(deadlines.values()) == len(clocks)
    officers = {(o or "-") for _s, _d, o, *_ in clocks}
    load = _column(t["workload"], "open")
    assert set(load) == officers
    for officer in officers:
        mine = [r for r in clocks if (r[2] or "-") == officer]
        assert load[officer] == len(mine)
        assert _column(t["workload"], "overdue_contacts")[officer] == sum(
            1 for r in mine if r[3] and r[3] < TODAY)
        assert _column(t["workload"], "past_deadline")[officer] == sum(
            1 for r in mine if r[0] == "running" and r[1] < TODAY)


def _check_inquiries_and_trend(ctx, t: dict, office: str, received: int) -> None:
    for column in ("topic", "channel"):
        asked = {k: int(n) for k, n in _sql(
            ctx, f"SELECT {column}, count(*) FROM inquiries WHERE received_at >= :since AND"
                 " received_at < :until AND (office_code = :office OR :office = '')"
                 " GROUP BY 1", office=office)}
        assert asked and _column(t[f"inquiries_by_{column}"], "count") == asked
    trend = {r["key"]: r["values"] for r in t["trend"]["rows"]}
    assert list(trend)[0] == "2026-01" and list(trend)[-1] == "2026-12" and len(trend) == 12
    for month, (start, end) in MONTHS_WIB.items():
        complaints, resolved = _sql(
            ctx, "SELECT count(*), coalesce(sum(CASE WHEN status = 'selesai' THEN 1 ELSE 0"
                 " END), 0) FROM cases WHERE received_at >= :a AND received_at < :b"
                 " AND (office_code = :office OR :office = '')", a=start, b=end, office=office)[0]
        requests = _sql(ctx, "SELECT count(*) FROM inquiries WHERE received_at >= :a AND"
                             " received_at < :b AND (office_code = :office OR :office = '')",
                        a=start, b=end, office=office)[0][0]
        assert trend[month] == [complaints, resolved, requests], month
    assert sum(v[0] for v in trend.values()) > received  # October's complaints too


# Each month of the trend as WIB days, in stored UTC text.
MONTHS_WIB = {"2026-10": ("2026-09-30T17:00:00.000000Z", "2026-10-31T17:00:00.000000Z"),
              "2026-11": ("2026-10-31T17:00:00.000000Z", "2026-11-30T17:00:00.000000Z"),
              "2026-12": ("2026-11-30T17:00:00.000000Z", "2026-12-31T17:00:00.000000Z")}


def _check_open_cases(ctx, t: dict, office: str) -> None:
    """Ageing in calendar days since received, as of 15 December 2026 (WIB)."""
    ages = {k: int(n) for k, n in _sql(
        ctx, "SELECT CASE WHEN c.received_at >= '2026-12-07T17:00:00.000000Z' THEN 'd0_7'"
             " WHEN c.received_at >= '2026-11-14T17:00:00.000000Z' THEN 'd8_30'"
             " WHEN c.received_at >= '2026-09-15T17:00:00.000000Z' THEN 'd31_90'"
             f" ELSE 'd90_plus' END, count(*) {_CASES} AND {_OPEN} GROUP BY 1", office=office)}
    assert _nonzero(_column(t["ageing"], "count")) == ages
    # Near the deadline: due within 3 working days of the 15th (16, 17, 18 December).
    near = _sql(ctx, "SELECT count(*) FROM cases c JOIN case_clock k ON k.case_id = c.id"
                     " WHERE c.received_at >= :since AND c.received_at < :until AND"
                     " (c.office_code = :office OR :office = '') AND k.state = 'running'"
                     f" AND {_OPEN} AND k.due >= '2026-12-15' AND k.due <= '2026-12-18'",
                office=office)[0][0]
    assert _column(t["deadlines"], "count")["near"] == near
    oldest = _sql(ctx, f"SELECT coalesce(c.officer, ''), min(c.received_at) {_CASES} AND {_OPEN}"
                       " GROUP BY 1", office=office)
    wib = ZoneInfo("Asia/Jakarta")
    for officer, first in oldest:
        received = datetime.fromisoformat(first).astimezone(wib).date()
        assert _column(t["workload"], "oldest_days")[officer or "-"] == (
            date(2026, 12, 15) - received).days


def test_an_office_gets_its_own_figures_as_plain_sql_counts_them(client, ctx, world):
    r = _get(client, world["SBY"])
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["office_code"], body["tz"]) == ("SBY", "WIB") and body["office_name"]
    assert body["period"] == {"first": "2026-11-01", "last": "2026-12-31", "kind": "range"}
    assert "by_office" not in _tables(body)
    _check_office_figures(ctx, body, "SBY")
    # The office named is the office's own: the same answer.
    again = _get(client, world["SBY"], office="SBY").json()
    assert again["tables"] == body["tables"]


def test_the_national_office_sees_every_office_or_one(client, ctx, world):
    body = _get(client, world["PST"]).json()
    assert (body["office_code"], body["office_name"], body["tz"]) == ("", "", "WIB")
    _check_office_figures(ctx, body, "")
    by_office = _nonzero(_column(_tables(body)["by_office"], "count"))
    assert by_office == _grouped(ctx, "c.office_code", "")
    assert set(by_office) == {"SBY", "SMG"}
    one = _get(client, world["PST"], office="SMG").json()
    assert one["office_code"] == "SMG"
    _check_office_figures(ctx, one, "SMG")


def test_another_office_is_refused(client, world):
    r = _get(client, world["SBY"], office="SMG")
    assert r.status_code == 403
    error = r.json()["error"]
    assert (error["code"], error["field"]) == ("stats_other_office", "office")
    assert error["message_id"] and error["message"]


def test_an_unknown_office_is_not_found_for_the_national_office(client, world):
    r = _get(client, world["PST"], office="XYZ")
    assert r.status_code == 404 and r.json()["error"]["code"] == "office_not_found"


@pytest.mark.parametrize(("params", "field", "code"), [
    ({"from": "2026-13-01"}, "query.from", "validation.date_from_datetime_parsing"),
    ({"to": "31-12-2026"}, "query.to", "validation.date_from_datetime_parsing"),
    ({"from": "2026-12-31", "to": "2026-11-01"}, "query.to", "report_period_reversed"),
    ({"from": "2000-01-01", "to": "2026-12-31"}, "query.from", "report_period_too_long"),
    ({"from": "0001-01-01", "to": "0001-01-31"}, "query.from", "report_period_out_of_range"),
    ({"to": "9999-12-31", "from": "9999-12-01"}, "query.from", "report_period_out_of_range"),
    ({"to": None}, "query.to", "validation.missing"),
    ({"ofice": "SBY"}, "query.ofice", "validation.extra_forbidden"),
])
def test_a_bad_period_is_refused_with_the_usual_error(client, devices, params, field, code):
    query = {k: v for k, v in {**PERIOD, **params}.items() if v is not None}
    r = client.get(URL, headers=devices["SBY"].headers, params=query)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "validation_failed" and error["field"] == field
    assert error["details"]["fields"][0]["code"] == code


def test_a_device_without_credential_gets_nothing(client):
    r = client.get(URL, params=PERIOD)
    assert r.status_code == 401 and r.json()["error"]["code"] == "credential_missing"


def test_a_quiet_office_gets_every_table_with_zeros(client, devices):
    body = _get(client, devices["SMG"]).json()
    t = _tables(body)
    assert list(t) == ["outcomes", "resolution_time", "by_category", "by_status", "by_country",
                       "by_channel", "by_complainant_type", "by_sex", "by_province",
                       "by_regency", "by_agency", "ageing", "deadlines", "workload",
                       "inquiries_by_topic", "inquiries_by_channel", "trend"]
    assert _column(t["outcomes"], "count") == {"resolved": 0, "closed": 0, "open": 0}
    assert _column(t["resolution_time"], "days") == {"median": None, "p90": None}
