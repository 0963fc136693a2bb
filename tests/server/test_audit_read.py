"""GET /api/v1/audit (issue 14 §1.6), on SQLite and PostgreSQL: an office's supervisor
reads their office's trail, the national office's every office's; other roles are refused;
filters, paging and every bad parameter; and each read is itself in the trail."""

from __future__ import annotations

import pytest

from tests.server.audit_helpers import (
    URL,
    add_account,
    as_user,
    audit_row,
    push_account,
    push_audit,
    read,
    read_all,
    server_reads,
)
from tests.server.sync_helpers import real_time

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def trail(client, clock, devices):
    """Accounts of every role, and rows pushed by the PCs of SBY and SMG."""
    real_time(clock)  # pushed clocks are real time
    pst, sby, smg = devices["PST"], devices["SBY"], devices["SMG"]
    for username, office, role in (
            ("kasi.sby", "SBY", "supervisor"), ("admin.sby", "SBY", "admin"),
            ("budi.sby", "SBY", "case_officer"), ("loket.sby", "SBY", "front_office"),
            ("kasi.smg", "SMG", "supervisor"), ("kasi.pst", "PST", "supervisor")):
        add_account(client, pst, username, office, role)
    sby_rows = push_audit(client, sby, [
        audit_row("2026-11-01T16:59:59.000000Z", "budi.sby", "case_viewed", "SBY-2026-A-00001"),
        audit_row("2026-11-01T17:00:00.000000Z", "budi.sby", "case_viewed", "SBY-2026-A-00002"),
        audit_row("2026-11-03T02:00:00.000000Z", "kasi.sby", "case_list_exported", "",
                  '{"cases": 12}'),
        audit_row("2026-11-04T02:00:00.000000Z", "loket.sby", "receipt_printed",
                  "SBY-2026-A-00001"),
    ])
    smg_rows = push_audit(client, smg, [
        audit_row("2026-11-02T02:00:00.000000Z", "tono.smg", "case_viewed", "SMG-2026-A-00007"),
    ])
    return {"devices": devices, "sby": sby_rows, "smg": smg_rows}


def _ids(entries) -> set[str]:
    return {e["id"] for e in entries}


# -- who reads what -------------------------------------------------------------------------

def test_an_office_supervisor_reads_only_their_office(client, trail):
    sby = trail["devices"]["SBY"]
    entries = read_all(client, sby, "kasi.sby")
    assert {e["office_code"] for e in entries} == {"SBY"}
    assert _ids(trail["sby"]) <= _ids(entries)
    assert not _ids(trail["smg"]) & _ids(entries)
    pushed = next(e for e in entries if e["id"] == trail["sby"][2]["id"])
    assert pushed == {**trail["sby"][2], "device": sby.device_id, "office_code": "SBY",
                      "device_label": f"SBY-{sby.letter} PC-Loket"}
    # The server's own rows of the office are there too (its PC's enrolment).
    assert "device.enrolled" in {e["action"] for e in entries}


def test_another_office_is_refused_to_a_regional_supervisor(client, trail):
    sby = trail["devices"]["SBY"]
    resp = read(client, sby, "kasi.sby", office="SMG")
    assert resp.status_code == 403
    assert resp.json()["error"]["code"] == "audit_other_office"
    assert "SMG-2026-A-00007" not in resp.text
    assert read(client, sby, "kasi.sby", office="SBY").status_code == 200


def test_the_national_office_reads_every_office_or_one(client, trail):
    pst = trail["devices"]["PST"]
    everything = read_all(client, pst, "kasi.pst")
    assert _ids(trail["sby"]) | _ids(trail["smg"]) <= _ids(everything)
    assert {"SBY", "SMG", "PST"} <= {e["office_code"] for e in everything}
    smg_only = read_all(client, pst, "kasi.pst", office="SMG")
    assert {e["office_code"] for e in smg_only} == {"SMG"}
    assert _ids(trail["smg"]) <= _ids(smg_only)


def test_an_administrator_reads_like_a_supervisor(client, trail):
    entries = read_all(client, trail["devices"]["SBY"], "admin.sby")
    assert _ids(trail["sby"]) <= _ids(entries)


@pytest.mark.parametrize("username", ["budi.sby", "loket.sby", "nobody.sby"])
def test_officers_front_office_and_unknown_accounts_are_refused(client, trail, username):
    resp = read(client, trail["devices"]["SBY"], username)
    assert resp.status_code == 403
    error = resp.json()["error"]
    assert error["code"] == "audit_read_refused"
    assert error["message"] != error["message_id"] and error["message_id"]
    assert "SBY-2026-A-00001" not in resp.text


def test_a_request_naming_no_account_is_refused(client, trail):
    resp = client.get(URL, headers=trail["devices"]["SBY"].headers)
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "audit_read_refused"


def test_another_office_supervisor_is_not_a_reader_on_this_office_pc(client, trail):
    # SMG's supervisor named by an SBY PC: not an account that PC could have logged in.
    resp = read(client, trail["devices"]["SBY"], "kasi.smg")
    assert resp.status_code == 403


def test_a_pc_account_counts_as_the_pc_pushed_it(client, trail):
    sby = trail["devices"]["SBY"]
    account = push_account(client, sby, "kasi.lokal", "supervisor")
    assert read(client, sby, "kasi.lokal").status_code == 200
    # Another PC of the office never pushed it: that PC cannot vouch for it.
    assert read(client, trail["devices"]["SMG"], "kasi.lokal").status_code == 403
    push_account(client, sby, "kasi.lokal", "case_officer", account_id=account)
    assert read(client, sby, "kasi.lokal").status_code == 403
    push_account(client, sby, "kasi.lokal", "supervisor", active=0, account_id=account)
    assert read(client, sby, "kasi.lokal").status_code == 403


def test_a_central_account_demoted_at_central_is_refused_whatever_the_pc_holds(client, trail):
    pst, sby = trail["devices"]["PST"], trail["devices"]["SBY"]
    push_account(client, sby, "kasi.sby", "supervisor")  # its first login on the PC
    assert read(client, sby, "kasi.sby").status_code == 200
    account = next(u for u in client.get("/api/v1/staff", headers=pst.headers).json()
                   if u["username"] == "kasi.sby")
    resp = client.patch(f"/api/v1/staff/{account['id']}", headers=pst.headers,
                        json={"role": "case_officer"})
    assert resp.status_code == 200
    assert read(client, sby, "kasi.sby").status_code == 403


# -- filters --------------------------------------------------------------------------------

def test_days_are_the_office_s_own_days(client, trail):
    """16:59:59 UTC on 1 November is 23:59:59 WIB (the 1st); 17:00 UTC is the 2nd."""
    sby, rows = trail["devices"]["SBY"], trail["sby"]
    first = read_all(client, sby, "kasi.sby", since="2026-11-01", until="2026-11-01")
    assert _ids(first) == {rows[0]["id"]}
    second = read_all(client, sby, "kasi.sby", since="2026-11-02", until="2026-11-03")
    assert _ids(second) == {rows[1]["id"], rows[2]["id"]}
    assert _ids(read_all(client, sby, "kasi.sby", since="2026-11-04")) >= {rows[3]["id"]}
    assert rows[3]["id"] not in _ids(read_all(client, sby, "kasi.sby", until="2026-11-03"))


def test_user_action_and_case_filters(client, trail):
    sby, rows = trail["devices"]["SBY"], trail["sby"]
    assert _ids(read_all(client, sby, "kasi.sby", user="budi.sby")) == {rows[0]["id"],
                                                                       rows[1]["id"]}
    assert _ids(read_all(client, sby, "kasi.sby", user="BUDI.SBY")) == {rows[0]["id"],
                                                                       rows[1]["id"]}
    assert _ids(read_all(client, sby, "kasi.sby", action="receipt_printed")) == {rows[3]["id"]}
    by_case = read_all(client, sby, "kasi.sby", target="sby-2026-a-00001")
    assert _ids(by_case) == {rows[0]["id"], rows[3]["id"]}
    both = read_all(client, sby, "kasi.sby", target="SBY-2026-A-00001", action="case_viewed")
    assert _ids(both) == {rows[0]["id"]}


# -- paging ---------------------------------------------------------------------------------

def test_pages_come_newest_first_each_row_once(client, clock, trail):
    sby = trail["devices"]["SBY"]
    clock.advance(seconds=1)
    whole = read(client, sby, "kasi.sby", limit="500").json()
    assert whole["next_cursor"] is None
    paged = read_all(client, sby, "kasi.sby", limit="2", clock=clock)
    expected = [e["id"] for e in whole["entries"]]
    # The first read's own row is the newest when the paged reading starts; the paged
    # reading's rows come after its first page and never show in it.
    assert paged[0]["action"] == "audit.read" and paged[0]["user"] == "kasi.sby"
    assert [e["id"] for e in paged[1:]] == expected
    stamps = [(e["at"], e["id"]) for e in paged]
    assert stamps == sorted(stamps, reverse=True)


def test_rows_of_one_instant_are_paged_by_id(client, trail):
    sby = trail["devices"]["SBY"]
    same = push_audit(client, sby, [audit_row("2026-11-05T01:00:00.000000Z", "budi.sby",
                                              "case_viewed", f"SBY-2026-A-1000{i}")
                                    for i in range(5)])
    paged = read_all(client, sby, "kasi.sby", since="2026-11-05", until="2026-11-05",
                     limit="2")
    assert [e["id"] for e in paged] == sorted(_ids(same), reverse=True)


def test_a_row_written_between_pages_does_not_shift_them(client, trail):
    sby = trail["devices"]["SBY"]
    days = {"since": "2026-11-01", "until": "2026-11-04"}
    first = read(client, sby, "kasi.sby", limit="2", **days).json()
    push_audit(client, sby, [audit_row("2026-11-04T05:00:00.000000Z", "budi.sby",
                                       "case_viewed", "SBY-2026-A-00009")])
    rest = read_all(client, sby, "kasi.sby", first["next_cursor"], limit="2", **days)
    seen = [e["id"] for e in first["entries"] + rest]
    assert seen == [r["id"] for r in reversed(trail["sby"])]


# -- bad parameters -------------------------------------------------------------------------

@pytest.mark.parametrize(("params", "code", "field"), [
    ({"since": "2026-13-01"}, "audit_filter_date", "since"),
    ({"until": "31/10/2026"}, "audit_filter_date", "until"),
    ({"since": "kemarin"}, "audit_filter_date", "since"),
    ({"since": "1800-01-01"}, "audit_filter_date_range", "since"),
    ({"since": "2026-11-05", "until": "2026-11-01"}, "audit_filter_reversed", "until"),
    ({"user": "u" * 65}, "audit_filter_too_long", "user"),
    ({"target": "S" * 201}, "audit_filter_too_long", "target"),
    ({"target": "SBY\x00"}, "audit_filter_text", "target"),
    ({"action": "Case Viewed!"}, "audit_filter_text", "action"),
    ({"limit": "0"}, "audit_filter_limit", "limit"),
    ({"limit": "501"}, "audit_filter_limit", "limit"),
    ({"limit": "sepuluh"}, "audit_filter_limit", "limit"),
    ({"cursor": "bukan-penanda"}, "audit_filter_cursor", "cursor"),
    ({"cursor": "W10"}, "audit_filter_cursor", "cursor"),  # "[]"
    ({"office": "ZZZ"}, "audit_filter_office", "office"),
    ({"office": "s!"}, "audit_filter_office", "office"),
])
def test_bad_parameters_are_400_in_both_languages_and_read_nothing(client, ctx, trail, params,
                                                                   code, field):
    resp = read(client, trail["devices"]["PST"], "kasi.pst", **params)
    assert resp.status_code == 400, resp.text
    error = resp.json()["error"]
    assert (error["code"], error["field"]) == (code, field)
    assert error["message"] and error["message_id"] and error["message"] != error["message_id"]
    assert "entries" not in resp.json()
    assert server_reads(ctx) == []


def test_an_unknown_parameter_is_refused(client, trail):
    resp = read(client, trail["devices"]["SBY"], "kasi.sby", ofice="SMG")
    assert resp.status_code == 422


# -- the read is audited --------------------------------------------------------------------

def test_each_read_is_audited_with_who_filters_and_count(client, ctx, clock, trail):
    sby = trail["devices"]["SBY"]
    resp = read(client, sby, "kasi.sby", user="budi.sby", since="2026-11-01")
    assert resp.status_code == 200
    [row] = server_reads(ctx)
    assert (row["user"], row["device"], row["office_code"]) == ("kasi.sby", sby.device_id, "SBY")
    assert row["detail"] == {"filter": {"user": "budi.sby", "since": "2026-11-01"}, "rows": 2}
    assert row["target"] == "*"
    clock.advance(seconds=1)
    again = read(client, sby, "kasi.sby", action="audit.read").json()["entries"]
    assert [e["id"] for e in again] == [row["id"]]
    assert server_reads(ctx)[-1]["detail"]["filter"] == {"action": "audit.read"}


def test_a_refused_read_returns_nothing_and_audits_no_read(client, ctx, trail):
    read(client, trail["devices"]["SBY"], "budi.sby")
    assert server_reads(ctx) == []


def test_a_continued_read_says_so(client, ctx, clock, trail):
    sby = trail["devices"]["SBY"]
    first = read(client, sby, "kasi.sby", limit="1").json()
    clock.advance(seconds=1)
    read(client, sby, "kasi.sby", limit="1", cursor=first["next_cursor"])
    details = [r["detail"] for r in server_reads(ctx)]
    assert details == [{"filter": {}, "rows": 1}, {"continued": True, "filter": {}, "rows": 1}]


def test_the_device_header_is_still_required(client, trail):
    resp = client.get(URL, headers={"X-Halotki-User": "kasi.sby"})
    assert resp.status_code == 401
    assert read(client, trail["devices"]["SBY"], "kasi.sby").status_code == 200
    assert as_user(trail["devices"]["SBY"], "x")["X-Halotki-User"] == "x"
