"""Retention and anonymisation on the server (issue 14 §1.3): the policy, what is due, and
the run (services/retention.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from desktop.domain import data_protection as pdp
from sync.server.db.tables import attachments, events
from sync.server.errors import BadRequest
from sync.server.services import retention
from sync.server.services.actor import Actor
from tests.server.retention_helpers import (
    AS_OF,
    NOW,
    PERSONAL_TEXT,
    attach,
    audit_rows,
    central,
    change_count,
    closed_case,
    digests_agree,
    inquiry,
    instant,
    logged_fields,
    rows_of,
    stored_content,
)
from tests.server.sync_helpers import change, hlc, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def sby(devices, clock):
    real_time(clock)  # the pushes carry real clocks
    return devices["SBY"]


def _due(ctx, as_of: date = AS_OF) -> retention.Due:
    with ctx.db.read() as conn:
        return retention.due(conn, as_of)


def _run(ctx, as_of: date = AS_OF) -> retention.RunResult:
    return retention.run(ctx.db, central(ctx), NOW, as_of)


# -- the policy --------------------------------------------------------------------------------

def test_the_policy_starts_from_the_seed_and_each_change_is_audited(ctx):
    with ctx.db.write() as conn:
        assert retention.read_policy(conn) == retention.Policy(5, 2)
        policy = retention.set_policy(conn, central(ctx), NOW, cases_years="7")
    assert policy == retention.Policy(7, 2)
    rows = audit_rows(ctx, retention.POLICY_SET)
    assert [(r["target"], r["detail"]) for r in rows] == [("retensi_kasus_tahun", "5->7")]


@pytest.mark.parametrize("bad", ["0", "51", "abc", "", "2.5", "-3", "٣"])
def test_a_period_outside_1_to_50_whole_years_is_refused_and_nothing_changes(ctx, bad):
    with ctx.db.write() as conn, pytest.raises(BadRequest) as caught:
        retention.set_policy(conn, central(ctx), NOW, cases_years="6", inquiries_years=bad)
    assert caught.value.field == "inquiries_years"
    assert "1" in caught.value.text("id") and "50" in caught.value.text("en")
    with ctx.db.read() as conn:
        assert retention.read_policy(conn) == retention.Policy(5, 2)
    assert audit_rows(ctx, retention.POLICY_SET) == []


def test_only_the_national_office_sets_the_policy(ctx, devices):
    office = Actor(user="kasi", device=devices["SBY"].device_id, office_code="SBY",
                   national=False)
    with ctx.db.write() as conn, pytest.raises(Exception) as caught:
        retention.set_policy(conn, office, NOW, cases_years="3")
    assert caught.value.code == "national_office_only"


def test_the_first_day_kept_is_the_same_day_n_years_earlier():
    assert retention.retained_from(date(2026, 11, 22), 5) == date(2021, 11, 22)
    assert retention.retained_from(date(2028, 2, 29), 1) == date(2027, 2, 28)


# -- what is due ---------------------------------------------------------------------------------

def test_the_preview_lists_exactly_the_cases_closed_more_than_n_years_ago(ctx, client, sby):
    old = closed_case(client, sby, instant("2019-03-01"))
    day_before = closed_case(client, sby, instant("2021-11-21", 10))  # 17.00 WIB on the 21st
    on_the_day = closed_case(client, sby, instant("2021-11-22", 1))  # 08.00 WIB: kept
    late_evening = closed_case(client, sby, instant("2021-11-21", 20))  # 03.00 WIB on the 22nd
    recent = closed_case(client, sby, instant("2024-06-01"), status="selesai")
    still_open = closed_case(client, sby, None)
    reopened = closed_case(client, sby, instant("2019-03-01"), reopened_at=instant("2019-04-01"),
                           closed_again_at=instant("2023-01-05"))
    before = change_count(ctx)
    found = _due(ctx)
    assert {c.id for c in found.cases} == {old["id"], day_before["id"]}
    assert {recent["id"], still_open["id"], reopened["id"], on_the_day["id"],
            late_evening["id"]}.isdisjoint({c.id for c in found.cases})
    first = next(c for c in found.cases if c.id == old["id"])
    assert (first.case_number, first.office_code, first.category, first.status,
            first.closed_on) == (old["number"], "SBY", "penganiayaan", "ditutup",
                                 date(2019, 3, 1))
    assert change_count(ctx) == before  # a preview writes nothing


def test_a_case_reopened_and_closed_again_counts_from_its_last_closing(ctx, client, sby):
    case = closed_case(client, sby, instant("2015-03-01"), reopened_at=instant("2016-04-01"),
                       closed_again_at=instant("2020-01-05"))
    [due] = _due(ctx).cases
    assert due.id == case["id"] and due.closed_on == date(2020, 1, 5)
    assert _due(ctx, date(2025, 1, 5)).cases == []


def test_a_preview_is_audited_with_its_counts(ctx, client, sby):
    closed_case(client, sby, instant("2019-03-01"))
    inquiry(client, sby, instant("2023-05-01"))
    with ctx.db.write() as conn:
        found = retention.due(conn, AS_OF)
        retention.record_preview(conn, central(ctx), NOW, found)
    [row] = audit_rows(ctx, retention.PREVIEWED)
    assert "cases=1" in row["detail"] and "inquiries=1" in row["detail"]
    assert "as_of=2026-11-22" in row["detail"]


def test_information_requests_are_due_two_years_after_they_were_received(ctx, client, sby):
    old = inquiry(client, sby, instant("2024-11-21", 10))
    kept = inquiry(client, sby, instant("2024-11-22", 1))
    found = _due(ctx)
    assert [i.id for i in found.inquiries] == [old]
    assert found.inquiries[0].received_on == date(2024, 11, 21)
    assert kept not in {i.id for i in found.inquiries}


def test_a_run_never_looks_ahead(ctx):
    with pytest.raises(BadRequest) as caught:
        retention.check_as_of(date(2026, 11, 23), date(2026, 11, 22))
    assert caught.value.code == "retention_as_of_future"
    retention.check_as_of(date(2026, 11, 22), date(2026, 11, 22))


# -- the run ---------------------------------------------------------------------------------

def test_the_run_replaces_every_personal_field_and_keeps_what_statistics_need(ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"), content=b"%PDF-1.4 ktp dewi")
    kept = closed_case(client, sby, instant("2024-06-01"))
    before = rows_of(ctx, case["id"])
    result = _run(ctx)
    assert result.cases == [case["number"]] and result.contents_erased == 1
    after = rows_of(ctx, case["id"])
    for entity, rows in after.items():
        for row in rows:
            for name in pdp.PERSONAL_FIELDS.get(entity, ()):
                if (entity, name) == ("event", "data"):  # the status history stays
                    assert pdp.anonymised_value(entity, name, row[name]) == row[name]
                    continue
                assert row[name] in ("", pdp.ANON_MARKER), (entity, name, row[name])
            for value in row.values():
                assert not any(t in str(value) for t in PERSONAL_TEXT), (entity, value)
    assert after["worker"][0]["name"] == pdp.ANON_MARKER
    assert after["worker"][0]["birth_date"] == ""
    assert after["conflict"] and after["conflict"][0]["kept_value"] == pdp.ANON_MARKER
    for old, new in zip(sorted(before["event"], key=lambda e: e["id"]),
                        sorted(after["event"], key=lambda e: e["id"]), strict=True):
        assert new == {**old, **pdp.anonymised_fields("event", old)}  # pdp's rule, exactly
    statistics = {"case": ("category", "status", "outcome", "office_code", "received_at",
                           "created_at", "case_number"),
                  "worker": ("sex", "province", "destination_country"),
                  "referral": ("sent_on", "addressee", "method"),
                  "attachment": ("sha256", "size", "mime")}
    for entity, names in statistics.items():
        for old, new in zip(before[entity], after[entity], strict=True):
            assert {n: new[n] for n in names} == {n: old[n] for n in names}
    assert after["case"][0]["anonymised_at"] == "2026-11-22T03:00:00.000000Z"
    assert not any(t in logged_fields(ctx, case["id"]) for t in PERSONAL_TEXT)
    assert rows_of(ctx, kept["id"])["worker"][0]["name"] == "Dewi Lestary"
    assert digests_agree(ctx, sby)


def test_the_content_goes_and_can_be_neither_uploaded_again_nor_fetched(ctx, client, sby):
    data = b"%PDF-1.4 paspor dewi"
    case = closed_case(client, sby, instant("2019-03-01"), content=data)
    sha = case["sha"]
    assert stored_content(ctx, sha) == (1, 1, 1)
    _run(ctx)
    assert stored_content(ctx, sha) == (0, 0, 0)
    with ctx.db.read() as conn:  # the metadata stays, with its hash
        assert conn.scalar(select(attachments.c.sha256).where(
            attachments.c.case_id == case["id"])) == sha
    for resp in (client.get(f"/api/v1/blobs/{sha}", headers=sby.headers),
                 client.put(f"/api/v1/blobs/{sha}?offset=0", headers=sby.headers, content=data),
                 client.get(f"/api/v1/blobs/{sha}/content", headers=sby.headers)):
        assert resp.status_code == 410, resp.text
        assert resp.json()["error"]["code"] == "blob_content_erased"
    assert stored_content(ctx, sha) == (0, 0, 0)


def test_content_another_case_still_uses_stays(ctx, client, sby):
    data = b"%PDF-1.4 kartu keluarga"
    case = closed_case(client, sby, instant("2019-03-01"), content=data)
    other = closed_case(client, sby, None)
    attach(client, sby, other["id"], data)
    result = _run(ctx)
    assert result.cases == [case["number"]] and result.contents_erased == 0
    assert stored_content(ctx, case["sha"])[0] == 1
    assert client.get(f"/api/v1/blobs/{case['sha']}/content", headers=sby.headers).content == data


def test_an_office_cannot_bring_personal_data_back_whatever_its_clock(ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"))
    _run(ctx)
    older, newer = hlc(1_500_000_000_000), hlc()
    answer = round_trip(client, sby, [
        change("worker", case["worker"], case["id"], {"name": "Dewi Lestari"}, older),
        change("worker", case["worker"], case["id"], {"nik": "3578014101800001"}, newer),
        change("case", case["id"], case["id"], {"description": "Lagi."}, newer),
        change("worker", case["worker"], case["id"], {"sex": "L"}, newer),
        change("case", case["id"], case["id"], {"status": "proses"}, newer)])
    # Read-only: not even a field without personal data, nor a reopening (its retention
    # counted from the closing day).
    assert [r["code"] for r in answer["rejected"]] == ["sync_case_anonymised"] * 5
    worker = rows_of(ctx, case["id"])["worker"][0]
    assert (worker["name"], worker["nik"]) == (pdp.ANON_MARKER, pdp.ANON_MARKER)
    assert rows_of(ctx, case["id"])["case"][0]["status"] != "proses"


def test_the_run_writes_one_record_per_case_and_one_per_run(ctx, client, sby):
    first = closed_case(client, sby, instant("2019-03-01"), content=b"%PDF-1.4 a")
    second = closed_case(client, sby, instant("2020-03-01"))
    request = inquiry(client, sby, instant("2023-01-01"))
    _run(ctx)
    per_case = audit_rows(ctx, retention.CASE_ANONYMISED)
    assert sorted(r["target"] for r in per_case) == sorted([first["number"], second["number"]])
    assert all(r["office_code"] == "SBY" for r in per_case)
    assert "contents_erased=1" in next(r["detail"] for r in per_case
                                       if r["target"] == first["number"])
    [per_request] = audit_rows(ctx, retention.INQUIRY_ANONYMISED)
    assert per_request["target"] == request
    [run] = audit_rows(ctx, retention.RUN)
    assert "cases=2" in run["detail"] and "inquiries=1" in run["detail"]
    assert "finished=1" in run["detail"]
    for row in per_case + [per_request, run]:
        assert not any(t in row["detail"] + row["target"] for t in PERSONAL_TEXT)


def test_a_second_run_does_nothing(ctx, client, sby):
    closed_case(client, sby, instant("2019-03-01"), content=b"%PDF-1.4 b")
    inquiry(client, sby, instant("2023-01-01"))
    _run(ctx)
    before = change_count(ctx)
    again = _run(ctx)
    assert (again.cases, again.inquiries, again.contents_erased) == ([], 0, 0)
    assert change_count(ctx) == before
    assert _due(ctx).cases == [] and _due(ctx).inquiries == []


def test_information_requests_lose_question_answer_name_and_phone(ctx, client, sby):
    request = inquiry(client, sby, instant("2023-01-01"))
    kept = inquiry(client, sby, instant("2026-01-01"))
    assert _run(ctx).inquiries == 1
    [row] = rows_of(ctx, request)["inquiry"]
    assert {n: row[n] for n in ("question", "answer", "name", "phone")} == dict.fromkeys(
        ("question", "answer", "name", "phone"), pdp.ANON_MARKER)
    assert (row["topic"], row["channel"], row["received_at"]) == (
        "biaya_penempatan", "telepon", instant("2023-01-01"))
    assert row["anonymised_at"]
    assert not any(t in logged_fields(ctx, request) for t in PERSONAL_TEXT)
    assert rows_of(ctx, kept)["inquiry"][0]["name"] == "Rina Wati"
    assert digests_agree(ctx, sby)


def test_the_timeline_and_the_change_log_stay_append_only_after_a_run(ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"))
    _run(ctx)
    for stmt in (update(events).where(events.c.case_id == case["id"]).values(summary="x"),
                 text("UPDATE changes SET fields = '{}'")):
        with pytest.raises(DBAPIError), ctx.db.write() as conn:
            conn.execute(stmt)


def test_a_case_reopened_after_the_preview_is_left_alone(ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"))
    assert [c.id for c in _due(ctx).cases] == [case["id"]]
    with ctx.db.write() as conn:  # reopened between the preview and its turn
        conn.execute(text("UPDATE cases SET status = 'proses' WHERE id = :id"),
                     {"id": case["id"]})
    found = _due(ctx)
    assert found.cases == []
    with ctx.db.write() as conn:
        assert retention._anonymise_case(conn, central(ctx), NOW, case["id"], AS_OF,
                                         retention.Policy(5, 2)) is None
    assert rows_of(ctx, case["id"])["worker"][0]["name"] == "Dewi Lestary"


def test_the_server_changes_come_after_every_pc_clock_and_the_case_last(ctx, client, sby):
    case = closed_case(client, sby, instant("2019-03-01"))
    before = change_count(ctx)
    _run(ctx)
    answer = round_trip(client, sby, [], cursor=0)
    made = [c for c in answer["changes"] if c["device"] == "server"
            and c["case_id"] == case["id"]][-(change_count(ctx) - before):]
    assert made[-1]["entity"] == "case" and made[-1]["fields"]["anonymised_at"]
    assert {c["entity"] for c in made} >= {"worker", "complainant", "referral", "summons",
                                          "conflict", "case"}
    for c in made:
        assert json.dumps(c["fields"]).count("Dewi") == 0
