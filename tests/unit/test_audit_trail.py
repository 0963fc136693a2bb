"""Reading the audit trail on the PC (issue 14 §1.6): supervisors and administrators only;
filters by day (the office's own), account, action and case; pages that hold still while
the trail grows; the reading itself audited; and the server's pages read the same way."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain.roles import PermissionDenied
from desktop.messages import HaloError
from desktop.services import audit
from desktop.services.audit_trail import (
    AuditFilter,
    AuditTrailService,
    read_central,
    summarize,
)


def trail_of(core) -> AuditTrailService:
    """The service as core.audit_trail will be once the core registers it."""
    return getattr(core, "audit_trail", None) or AuditTrailService(core)


def write_rows(core, rows: list[tuple[str, str, str, str]]) -> None:
    """(at, user, action, target) rows written into the PC's trail at those instants."""
    with core.write() as tx:
        for at, user, action, target in rows:
            core.audit.add(tx, action, target=target, at=at, user=user)


def reads_of_the_trail(core) -> list[dict]:
    rows = core.store.query_dicts(
        "SELECT user, detail FROM audit_log WHERE action = ? ORDER BY at, rowid",
        (audit.AUDIT_TRAIL_READ,))
    return [{**r, "detail": json.loads(r["detail"])} for r in rows]


# SBY is in WIB: 16:59:59 UTC on 1 November is still the 1st there; 17:00 is the 2nd.
ROWS = [
    ("2026-11-01T16:59:59.000000Z", "budi", audit.CASE_VIEWED, "SBY-2026-A-00001"),
    ("2026-11-01T17:00:00.000000Z", "budi", audit.CASE_VIEWED, "SBY-2026-A-00002"),
    ("2026-11-03T02:00:00.000000Z", "kasi", audit.CASE_LIST_EXPORTED, "daftar.xlsx"),
    ("2026-11-04T02:00:00.000000Z", "petugas", audit.RECEIPT_PRINTED, "SBY-2026-A-00001"),
]
NOVEMBER = AuditFilter(since=date(2026, 11, 1), until=date(2026, 11, 30))


@pytest.fixture
def trail(supervisor):
    write_rows(supervisor, ROWS)
    return trail_of(supervisor)


def targets(page) -> list[str]:
    return [e.target for e in page.entries]


# -- who -------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["front_office", "case_officer"])
def test_officers_cannot_read_the_trail(login, role):
    core = login(f"staf.{role[:5]}", role)
    service = trail_of(core)
    for call in (lambda: service.list(AuditFilter()), service.choices, service.central_client):
        with pytest.raises(PermissionDenied):
            call()
    assert reads_of_the_trail(core) == []


def test_an_administrator_reads_it(admin_core):
    write_rows(admin_core, ROWS)
    page = trail_of(admin_core).list(NOVEMBER)
    assert targets(page) == [r[3] for r in reversed(ROWS)]


# -- what ------------------------------------------------------------------------------------

def test_newest_first_with_who_when_and_this_pc(trail, supervisor):
    page = trail.list(NOVEMBER)
    assert targets(page) == [r[3] for r in reversed(ROWS)]
    first = page.entries[0]
    assert (first.at, first.user, first.action) == (ROWS[3][0], "petugas", "receipt_printed")
    office = supervisor.office
    assert first.office_code == "SBY" and first.device == office.device_id
    assert first.device_label == f"SBY-{office.device_letter} PC-Loket"
    assert first.moment.isoformat() == "2026-11-04T02:00:00+00:00"
    assert (page.total, page.next) == (4, None)


def test_days_are_the_office_s_own(trail):
    first = trail.list(AuditFilter(since=date(2026, 11, 1), until=date(2026, 11, 1)))
    assert targets(first) == ["SBY-2026-A-00001"]
    second = trail.list(AuditFilter(since=date(2026, 11, 2), until=date(2026, 11, 3)))
    assert targets(second) == ["daftar.xlsx", "SBY-2026-A-00002"]


def test_account_action_and_case_filters(trail):
    assert targets(trail.list(AuditFilter(user=" BUDI "))) == ["SBY-2026-A-00002",
                                                               "SBY-2026-A-00001"]
    assert targets(trail.list(AuditFilter(action=audit.RECEIPT_PRINTED))) == [
        "SBY-2026-A-00001"]
    by_case = trail.list(AuditFilter(target="sby-2026-a-00001"))
    assert [e.action for e in by_case.entries] == ["receipt_printed", "case_viewed"]


def test_pages_hold_still_while_the_trail_grows(trail, supervisor):
    first = trail.list(NOVEMBER, limit=3)
    assert (len(first.entries), first.next, first.total) == (3, 3, 4)
    write_rows(supervisor, [("2026-11-05T02:00:00.000000Z", "budi", audit.CASE_VIEWED,
                             "SBY-2026-A-00009")])
    second = trail.list(NOVEMBER, limit=3, offset=first.next, upto=first.upto)
    assert targets(first) + targets(second) == [r[3] for r in reversed(ROWS)]
    assert second.next is None and second.total == 4
    # The reading's count passed on is the page's (the next pages count nothing again).
    again = trail.list(NOVEMBER, limit=3, offset=first.next, upto=first.upto,
                       total=first.total)
    assert (targets(again), again.total, again.next) == (targets(second), 4, None)
    # A new reading sees the new row.
    assert targets(trail.list(NOVEMBER, limit=1)) == ["SBY-2026-A-00009"]


def test_rows_of_one_instant_come_newest_written_first(supervisor):
    same = [("2026-11-05T02:00:00.000000Z", "budi", audit.CASE_VIEWED, f"SBY-2026-A-0000{i}")
            for i in range(1, 6)]
    write_rows(supervisor, same)
    service = trail_of(supervisor)
    first = service.list(AuditFilter(user="budi"), limit=2)
    rest = service.list(AuditFilter(user="budi"), limit=10, offset=2, upto=first.upto)
    assert targets(first) + targets(rest) == [r[3] for r in reversed(same)]


# -- the reading is audited -----------------------------------------------------------------

def test_a_reading_is_audited_once_with_filters_and_count(trail, supervisor):
    first = trail.list(AuditFilter(user="budi", since=date(2026, 11, 1)), limit=1)
    trail.list(AuditFilter(user="budi", since=date(2026, 11, 1)), limit=1, offset=1,
               upto=first.upto)
    [read] = reads_of_the_trail(supervisor)
    assert read["user"] == "kasi"
    assert read["detail"] == {"filter": {"since": "2026-11-01", "user": "budi"}, "rows": 2}
    # The reading's own row is in the trail for the next reading, and goes out to central.
    page = trail.list(AuditFilter(action=audit.AUDIT_TRAIL_READ))
    assert [e.user for e in page.entries] == ["kasi"]
    assert supervisor.store.query_one(
        "SELECT count(*) FROM changes WHERE entity = 'audit' AND pushed_at IS NULL")[0] > 0


@pytest.mark.parametrize(("bad", "field"), [
    (AuditFilter(since=date(2026, 11, 5), until=date(2026, 11, 1)), "until"),
    (AuditFilter(user="u" * 65), "user"),
    (AuditFilter(target="S" * 201), "target"),
])
def test_a_bad_filter_says_which_field_and_reads_nothing(trail, supervisor, bad, field):
    with pytest.raises(HaloError) as err:
        trail.list(bad)
    assert err.value.field == field
    assert err.value.msg.text("id") != err.value.msg.text("en")
    assert reads_of_the_trail(supervisor) == []


def test_choices_name_the_accounts_and_actions_of_the_trail(trail):
    choices = trail.choices()
    assert {"budi", "kasi", "petugas"} <= set(choices.users)
    assert {"case_viewed", "receipt_printed", "case_list_exported"} <= set(choices.actions)
    assert (choices.enrolled, choices.national) == (False, False)
    assert trail.central_client() is None


# -- the server's pages ---------------------------------------------------------------------

class FakeClient:
    """CentralClient.read_audit's answer, and what it was asked."""

    def __init__(self, entries: list[dict], next_cursor: str | None) -> None:
        self.answer = {"entries": entries, "next_cursor": next_cursor}
        self.asked: list[dict] = []

    def read_audit(self, **params) -> dict:
        self.asked.append(params)
        return self.answer


def central_entry(**values) -> dict:
    return {"id": "a1", "at": "2026-11-04T02:00:00.000000Z", "user": "budi",
            "device": "d" * 32, "device_label": "SMG-B PC-2", "office_code": "SMG",
            "action": "case_viewed", "target": "SMG-2026-B-00004", "detail": "", **values}


def test_a_central_page_asks_the_filters_and_keeps_the_cursor():
    client = FakeClient([central_entry()], "abc")
    page = read_central(client, AuditFilter(since=date(2026, 11, 1), user=" Budi ",
                                            office="smg", target=" SMG-2026-B-00004 "),
                        cursor="xyz", limit=50)
    assert client.asked == [{"since": "2026-11-01", "until": "", "user": "budi", "action": "",
                             "target": "SMG-2026-B-00004", "office": "SMG", "limit": 50,
                             "cursor": "xyz"}]
    [entry] = page.entries
    assert (entry.office_code, entry.device_label, page.next) == ("SMG", "SMG-B PC-2", "abc")


def test_a_bad_central_filter_is_refused_before_asking():
    client = FakeClient([], None)
    with pytest.raises(HaloError):
        read_central(client, AuditFilter(since=date(2026, 11, 5), until=date(2026, 11, 1)))
    assert client.asked == []


# -- the detail's summary -------------------------------------------------------------------

@pytest.mark.parametrize(("detail", "shown"), [
    ('{"filter": {"status": "proses", "q": ""}, "cases": 4}', "filter.status: proses, cases: 4"),
    ('{"by": "nik", "cases": 2, "requests": 1}', "by: nik, cases: 2, requests: 1"),
    ("role=supervisor", "role=supervisor"),
    ("baris\nkedua", "baris kedua"),
    ("{bukan json", "{bukan json"),
    ("", ""),
])
def test_a_detail_on_one_line(detail, shown):
    assert summarize(detail) == shown


def test_a_long_detail_is_cut():
    assert summarize("x" * 500, limit=20) == "x" * 19 + "…"
