"""`halotki person restrict|unrestrict` (issue 14 §1.2), and the command line's lists and
views of a restricted case: hidden from everyone but supervisors, refused when asked for."""

from __future__ import annotations

import json

import pytest

from desktop.services import audit
from tests.unit.restriction_data import (
    REASON,
    WATI_NAME,
    WATI_NIK,
    WATI_PASSPORT,
    record_people,
)
from tests.unit.test_cli_commands import ADMIN, ADMIN_PW, FRONT, FRONT_PW, SUPER, SUPER_PW


@pytest.fixture
def pc(cli_runner, tmp_path):
    """An initialised PC with a supervisor and a front-office officer; Wati's case and
    request and an ordinary case and request, nothing restricted yet."""
    cli = cli_runner.bind(tmp_path / "data", user=SUPER, password=SUPER_PW, lang="en")
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--new-password-stdin", user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    for name, role, pw in ((SUPER, "supervisor", SUPER_PW), (FRONT, "front_office", FRONT_PW)):
        r = cli("user", "add", name, "--role", role, "--new-password-stdin", stdin=pw + "\n",
                user=ADMIN, password=ADMIN_PW)
        assert r.code == 0, r.err
    core = cli.core()
    try:
        cli.held = record_people(core)
    finally:
        core.close()
    return cli


def as_front(pc, *argv, **options):
    return pc(*argv, user=FRONT, password=FRONT_PW, **options)


def listed(result) -> list[str]:
    assert result.code == 0, result.err
    return [row["case_number"] for row in json.loads(result.out)]


def audit_count(pc, action: str) -> int:
    core = pc.core()
    try:
        return core.store.query_one(
            "SELECT count(*) FROM audit_log WHERE action = ?", (action,))[0]
    finally:
        core.close()


def restrict(pc, **options):
    return pc("person", "restrict", "--nik", WATI_NIK, "--reason", REASON, **options)


def test_person_restrict_hides_the_person_from_the_front_office(pc):
    r = restrict(pc)
    assert r.code == 0, r.err
    assert "2 records newly restricted (cases: 1, information requests: 1)" in r.err + r.out
    held = pc.held
    assert listed(as_front(pc, "case", "list", "--json")) == [held.shown]
    assert listed(as_front(pc, "case", "list", "--json", "--search", WATI_PASSPORT)) == []
    assert set(listed(pc("case", "list", "--json"))) == {held.hidden, held.shown}
    r = as_front(pc, "case", "list")
    assert WATI_NAME not in r.out and "1 cases" in r.err + r.out
    r = as_front(pc, "inquiry", "list", "--json")
    assert [row["id"] for row in json.loads(r.out)] == [held.other_inquiry]


def test_case_show_of_a_restricted_case_is_refused_to_others(pc):
    restrict(pc)
    r = as_front(pc, "case", "show", pc.held.hidden)
    assert r.code == 6
    assert r.line == "halotki: This case's data is restricted by a supervisor."
    r = as_front(pc, "case", "show", pc.held.hidden, lang="id")
    assert "Data kasus ini dibatasi oleh supervisor" in r.line
    assert as_front(pc, "case", "receipt", pc.held.hidden, "--output", "t.pdf").code == 6


def test_a_supervisors_case_show_says_restricted_and_is_audited(pc):
    restrict(pc)
    r = pc("case", "show", pc.held.hidden)
    assert r.code == 0, r.err
    assert "RESTRICTED by kasi since" in r.out and REASON in r.out
    assert audit_count(pc, audit.RESTRICTED_VIEWED) == 1
    assert "RESTRICTED" not in pc("case", "show", pc.held.shown).out


def test_person_unrestrict_brings_it_back(pc):
    restrict(pc)
    r = pc("person", "unrestrict", "--nik", WATI_NIK, "--reason", "TKI mencabut permintaan.")
    assert r.code == 0, r.err
    assert "restriction of this person's data is lifted: 2 records" in r.err + r.out
    assert set(listed(as_front(pc, "case", "list", "--json"))) == {pc.held.hidden,
                                                                   pc.held.shown}
    assert audit_count(pc, audit.DATA_RESTRICTION_LIFTED) == 1


@pytest.mark.parametrize(("user", "password"), [(FRONT, FRONT_PW), (ADMIN, ADMIN_PW)])
def test_only_a_supervisor_may_restrict(pc, user, password):
    r = restrict(pc, user=user, password=password)
    assert r.code == 6, r.err
    # Refused before the person is looked up: no search recorded for nothing.
    assert audit_count(pc, audit.SUBJECT_ACCESS_SEARCHED) == 0
    assert audit_count(pc, audit.DATA_RESTRICTED) == 0


@pytest.mark.parametrize("reason", ["", "  ", "x" * 501])
def test_a_missing_or_long_reason_is_refused_before_login(pc, reason):
    r = pc("person", "restrict", "--nik", WATI_NIK, "--reason", reason, password="wrong")
    assert r.code == 1
    assert "reason" in r.line.lower()


def test_an_unknown_person_is_said_so(pc):
    r = pc("person", "restrict", "--nik", "3578014101800009", "--reason", REASON)
    assert r.code == 7
    assert "holds no data about this person" in r.line


def test_the_name_needs_the_birth_date(pc):
    r = pc("person", "restrict", "--name", WATI_NAME, "--reason", REASON)
    assert r.code != 0 and "birth" in r.line
    r = pc("person", "restrict", "--name", WATI_NAME, "--birth-date", "1990-05-15",
           "--reason", REASON)
    assert r.code == 0, r.err


def test_the_store_check_still_counts_every_case(pc):
    restrict(pc)
    r = pc("check", user=ADMIN, password=ADMIN_PW)
    assert r.code == 0, r.err
    assert "OK: 2 cases," in r.err + r.out
