"""Reads of personal data are audited (issue 14 §1.6): opening a case, `case show` and
`case list --json`; the rows hold no personal data and go out through the outbox."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.cli.cases import list_read_detail
from desktop.services import audit
from desktop.services.cases import CaseFilter, CaseNotFound
from tests.conftest import make_intake
from tests.unit.test_cli_commands import (
    ADMIN,
    ADMIN_PW,
    FRONT,
    FRONT_PW,
    SUPER,
    SUPER_PW,
    case_numbers,
)


def audit_rows(core, action: str) -> list[tuple]:
    return core.store.query(
        "SELECT user, target, detail FROM audit_log WHERE action = ? ORDER BY at", (action,))


def cli_audit_rows(cli, action: str) -> list[tuple]:
    core = cli.core()
    try:
        return audit_rows(core, action)
    finally:
        core.close()


# --- the core ----------------------------------------------------------------------------
def test_a_view_is_recorded_with_the_case_number_and_no_detail(officer):
    number = officer.cases.record_intake(make_intake())
    seq = officer.cases.resolve(number)["seq"]
    assert officer.cases.record_viewed(seq) == number
    assert audit_rows(officer, audit.CASE_VIEWED) == [("petugas", number, "")]


def test_a_view_by_case_number_or_id_names_the_same_case(officer):
    number = officer.cases.record_intake(make_intake())
    case_id = officer.cases.resolve(number)["id"]
    officer.cases.record_viewed(number.lower())
    officer.cases.record_viewed(case_id)
    assert [row[1] for row in audit_rows(officer, audit.CASE_VIEWED)] == [number, number]


def test_viewing_an_unknown_case_records_nothing(officer):
    with pytest.raises(CaseNotFound):
        officer.cases.record_viewed("SBY-1999-A-00001")
    assert audit_rows(officer, audit.CASE_VIEWED) == []


def test_the_view_goes_out_through_the_outbox_as_an_audit_insert(officer):
    number = officer.cases.record_intake(make_intake())
    officer.cases.record_viewed(number)
    changes = officer.store.query(
        "SELECT op, fields FROM changes WHERE entity = 'audit' AND pushed_at IS NULL")
    viewed = [json.loads(fields) for op, fields in changes
              if op == "insert" and json.loads(fields)["action"] == audit.CASE_VIEWED]
    assert len(viewed) == 1
    assert viewed[0]["target"] == number and viewed[0]["detail"] == ""
    assert viewed[0]["user"] == "petugas" and viewed[0]["device"] == officer.store.device_id


# --- the list read's detail ---------------------------------------------------------------
def test_an_unfiltered_list_read_names_only_the_count():
    assert json.loads(list_read_detail(3, CaseFilter())) == {"cases": 3, "filter": {}}


def test_a_list_read_names_the_filter_fields_that_were_set():
    flt = CaseFilter(status="proses", urgent=True, officer="kasi",
                     received_from=date(2026, 3, 1), received_to=date(2026, 3, 31))
    assert json.loads(list_read_detail(2, flt)) == {"cases": 2, "filter": {
        "status": "proses", "urgent": True, "officer": "kasi",
        "received_from": "2026-03-01", "received_to": "2026-03-31"}}


# --- the command line ---------------------------------------------------------------------
@pytest.fixture
def with_cases(cli_runner, tmp_path):
    """An initialised PC with a supervisor, a front-office officer and three demo cases."""
    cli = cli_runner.bind(tmp_path / "data", user=ADMIN, password=ADMIN_PW)
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--new-password-stdin", user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    for name, role, pw in ((SUPER, "supervisor", SUPER_PW), (FRONT, "front_office", FRONT_PW)):
        r = cli("user", "add", name, "--role", role, "--new-password-stdin", stdin=pw + "\n")
        assert r.code == 0, r.err
    r = cli("demo-data", "--cases", "3", user=SUPER, password=SUPER_PW)
    assert r.code == 0, r.err
    return cli


@pytest.mark.parametrize("as_json", [False, True])
def test_case_show_records_one_view(with_cases, as_json):
    number = case_numbers(with_cases)[0]
    argv = ("case", "show", number) + (("--json",) if as_json else ())
    assert with_cases(*argv, user=FRONT, password=FRONT_PW).code == 0
    assert cli_audit_rows(with_cases, audit.CASE_VIEWED) == [(FRONT, number, "")]


def test_case_show_of_an_unknown_case_records_nothing(with_cases):
    assert with_cases("case", "show", "SBY-1999-A-00001").code == 7
    assert cli_audit_rows(with_cases, audit.CASE_VIEWED) == []


def test_case_list_json_records_the_count_and_the_filter(with_cases):
    r = with_cases("case", "list", "--json", "--status", "baru", "--limit", "2",
                   user=SUPER, password=SUPER_PW)
    assert r.code == 0, r.err
    shown = len(json.loads(r.out))
    rows = cli_audit_rows(with_cases, audit.CASE_LIST_READ)
    assert [(user, target) for user, target, _ in rows] == [(SUPER, "")]
    assert json.loads(rows[0][2]) == {"cases": shown, "filter": {"status": "baru"}}


def test_case_list_json_never_records_the_search_text(with_cases):
    rows = json.loads(with_cases("case", "list", "--json").out)
    name = rows[0]["worker_name"]
    r = with_cases("case", "list", "--json", "--search", name)
    assert r.code == 0, r.err
    details = [row[2] for row in cli_audit_rows(with_cases, audit.CASE_LIST_READ)]
    assert len(details) == 2
    assert json.loads(details[1]) == {"cases": len(json.loads(r.out)), "filter": {}}
    assert name not in details[1]


def test_case_list_for_the_terminal_is_not_a_list_read(with_cases):
    """Only the machine-readable list is audited (issue 14 §1.6: `case list --json`)."""
    assert with_cases("case", "list").code == 0
    assert cli_audit_rows(with_cases, audit.CASE_LIST_READ) == []


def test_case_list_json_refused_for_an_unknown_status_records_nothing(with_cases):
    assert with_cases("case", "list", "--json", "--status", "nope").code != 0
    assert cli_audit_rows(with_cases, audit.CASE_LIST_READ) == []
