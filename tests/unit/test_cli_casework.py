"""`halotki case list` with the case-work filters, and `halotki referral list`."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop.domain import casework as cw
from desktop.domain.casework import ProposalInput
from tests.cli_runner import Halotki
from tests.conftest import make_intake

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
STAFF = {"kasi": ("supervisor", "kasi-pass-1234"), "budi": ("case_officer", "budi-pass-1234")}
KL = "KBRI Kuala Lumpur"


@pytest.fixture
def office(cli_runner, tmp_path) -> Halotki:
    cli = cli_runner.bind(tmp_path / "data", user=ADMIN, password=ADMIN_PW)
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--device-label", "PC-Loket", "--new-password-stdin", user=None, password=None,
            stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    for name, (role, pw) in STAFF.items():
        assert cli("user", "add", name, "--role", role, "--new-password-stdin",
                   stdin=pw + "\n").code == 0
    return cli


def _core(cli: Halotki, name: str):
    return cli.core(name, STAFF[name][1])


def _numbers(result) -> list[str]:
    assert result.code == 0, result.err
    return [row["case_number"] for row in json.loads(result.out)]


@pytest.fixture
def worked(office) -> dict[str, str]:
    """Four cases: one budi handles, one urgent, one proposed for closure, one referred
    with its reply overdue."""
    sup = _core(office, "kasi")
    try:
        n = {k: sup.cases.record_intake(make_intake(worker__passport=f"B{i}234567"))
             for i, k in enumerate(("budi", "urgent", "proposed", "referred"), start=1)}
        sup.handling.assign(n["budi"], "budi")
        sup.handling.assign(n["proposed"], "budi")
        sup.handling.flag_urgent(n["urgent"], "Pekerja ditahan majikan, paspor disita.")
        # Sent twenty days ago with a reply due in five: overdue now.
        real_now = sup.now
        sup.now = lambda: real_now() - timedelta(days=20)
        due = (sup.cases.today() + timedelta(days=5)).isoformat()
        sup.referrals.refer(n["referred"], cw.ReferralInput(
            legal_basis="vital_interest",
            addressee=KL, kind="perwakilan", method="surat", letter_no="B.7/2026",
            reply_due=due, request="Mohon klarifikasi gaji yang belum dibayar."))
        sup.now = real_now
    finally:
        sup.close()
    budi = _core(office, "budi")
    try:
        budi.cases.change_status(n["proposed"], "proses")
        budi.handling.propose_closure(n["proposed"], ProposalInput(
            status="selesai", outcome="hak_dibayar", summary="Gaji sudah dibayar penuh."))
    finally:
        budi.close()
    return n


def test_case_list_filters_by_officer_urgency_and_approval(office, worked):
    sup = STAFF["kasi"][1]
    run = lambda *a: office("case", "list", "--json", *a, user="kasi", password=sup)  # noqa: E731
    assert sorted(_numbers(run("--officer", "budi"))) == sorted([worked["budi"], worked["proposed"]])
    unassigned = _numbers(run("--officer", "-"))
    assert worked["urgent"] in unassigned and worked["budi"] not in unassigned
    assert _numbers(run("--urgent")) == [worked["urgent"]]
    assert _numbers(run("--awaiting-approval")) == [worked["proposed"]]
    assert _numbers(run("--past-deadline")) == []  # all received today
    # Urgent cases come first in the whole list.
    assert _numbers(run())[0] == worked["urgent"]


def test_an_unknown_officer_is_named_not_an_empty_list(office, worked):
    r = office("case", "list", "--officer", "nobody", user="kasi", password=STAFF["kasi"][1],
               lang="en")
    assert r.code != 0
    assert "nobody" in r.line and "handling officer" in r.line


def test_referral_list_shows_the_overdue_referral(office, worked):
    sup = STAFF["kasi"][1]
    r = office("referral", "list", "--overdue", user="kasi", password=sup, lang="en")
    assert r.code == 0, r.err
    assert worked["referred"] in r.out and KL in r.out and "days overdue" in r.out
    assert "1 referrals waiting for a reply (1 overdue)" in r.out + r.err
    data = json.loads(office("referral", "list", "--json", user="kasi", password=sup).out)
    assert [(d["case_number"], d["addressee"], d["state"]) for d in data] == [
        (worked["referred"], KL, cw.OVERDUE)]


def test_case_show_tells_officer_deadline_proposal_and_referrals(office, worked):
    sup = STAFF["kasi"][1]
    r = office("case", "show", worked["proposed"], user="kasi", password=sup, lang="en")
    assert r.code == 0, r.err
    assert "Handling officer:" in r.out and "budi" in r.out
    assert "Deadline: day 0 of" in r.out
    assert "Awaiting approval: Resolved" in r.out and "proposed by budi" in r.out
    r = office("case", "show", worked["referred"], user="kasi", password=sup, lang="en")
    assert "(no handling officer yet)" in r.out
    assert "Referrals:" in r.out and f"{KL} (Letter) — OVERDUE" in r.out
    r = office("case", "show", worked["urgent"], user="kasi", password=sup, lang="en")
    assert r.out.splitlines()[0].endswith("— URGENT")
    assert "Pekerja ditahan majikan" in r.out
    data = json.loads(office("case", "show", worked["referred"], "--json", user="kasi",
                             password=sup).out)
    assert data["referrals"][0]["state"] == cw.OVERDUE and data["deadline"]["target"] > 0


def test_case_show_tells_by_when_a_new_case_is_verified(office, worked):
    r = office("case", "show", worked["urgent"], user="kasi", password=STAFF["kasi"][1],
               lang="en")
    assert "Verify by " in r.out  # still new: verification within 3 working days
    r = office("case", "show", worked["proposed"], user="kasi", password=STAFF["kasi"][1],
               lang="en")
    assert "Verify by" not in r.out  # in progress: verified
