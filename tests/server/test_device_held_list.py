"""`halotki-server device held DEVICE` (issue 14 §1.5), on SQLite and PostgreSQL: what a
PC held at its last contact, as text or CSV, audited; the basis of a breach notice."""

from __future__ import annotations

import errno
import os
import re
import stat

import pytest
from sqlalchemy import select

from sync.server.db.tables import audit_log
from sync.server.services.device_holdings import HELD_LISTED
from tests.server.audit_helpers import push_account
from tests.server.device_held_helpers import (
    NIK,
    anonymise,
    central_case,
    csv_table,
    inquiry,
    run_held,
    sync,
)
from tests.server.sync_helpers import change, hlc, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(autouse=True)
def _real_time(clock):
    real_time(clock)


@pytest.fixture
def held_pc(client, devices):
    """SBY's PC after a sync: a wage case with a passport only, a sexual-harassment case of
    a child with a NIK, a sick worker's case restricted by a supervisor, and a request."""
    wage = central_case(client, devices, "SBY")
    child = central_case(client, devices, "SBY", complaint__category="pelecehan_seksual",
                         worker__nik=NIK, worker__birth_date="12/03/2012",
                         worker__name="Ayu Lestari")
    sick = central_case(client, devices, "SBY", complaint__category="sakit",
                        complainant__name="Budi Santoso")
    push_account(client, devices["SBY"], "kasi", "supervisor")  # only a supervisor restricts
    restrict = change("case", sick["id"], sick["id"], {
        "restricted_at": "2026-12-02T03:00:00.000000Z", "restricted_by": "kasi",
        "restriction_reason": "Permintaan TKI."}, hlc())
    asked = inquiry("SBY")
    sync(client, devices["SBY"], [restrict, asked])
    return {"wage": wage, "child": child, "sick": sick, "request": asked["fields"]}


def audits(ctx) -> list[dict]:
    with ctx.db.read() as conn:
        return [dict(r) for r in conn.execute(select(audit_log).where(
            audit_log.c.action == HELD_LISTED)).mappings()]


def test_the_text_list_names_cases_persons_requests_and_counts(
        cli_runner, db_url, server_env, devices, held_pc, ctx):
    sby = devices["SBY"]
    code, out, err = run_held(cli_runner, db_url, server_env, sby.device_id)
    assert code == 0, err
    for case in ("wage", "child", "sick"):
        assert held_pc[case]["case_number"] in out
    assert "Worker: Ayu Lestari (NIK: yes, passport: yes, phone: no)" in out
    assert "Complainant: Budi Santoso (NIK: no, phone: yes)" in out
    assert "Specific categories: Children, Sexual violence, Criminal matters" in out
    assert "Restricted: yes" in out
    assert "Asker: Rina Wati (phone: yes)" in out and held_pc["request"]["id"] in out
    summary = dict(line.split(" : ", 1) for line in out.split("Summary\n", 1)[1].splitlines())
    counts = {k.strip(): v for k, v in summary.items()}
    assert counts["Cases"] == "3" and counts["Information requests"] == "1"
    assert counts["Persons named"] == "7"  # 3 workers, 3 complainants, 1 asker
    assert counts["Cases with Worker's NIK"] == "1"
    assert counts["Cases with Worker's passport"] == "3"
    assert counts["Specific categories: Health"] == "1"
    assert counts["Specific categories: Children"] == "1"
    assert counts["Specific categories: Sexual violence"] == "1"
    assert counts["Specific categories: Criminal matters"] == "1"
    assert counts["Restricted"] == "1"
    # No identifier itself is ever listed.
    assert NIK not in out and "B1234567" not in out and "6281234567890" not in out
    assert "Last sync" in out and "not recorded" not in out.split("Last sync", 1)[1][:40]


def test_the_list_is_in_indonesian_by_default(cli_runner, db_url, server_env, devices,
                                              held_pc):
    code, out, _ = run_held(cli_runner, db_url, server_env, devices["SBY"].device_id,
                            lang="id")
    assert code == 0
    assert "RAHASIA" in out and "TKI: Ayu Lestari (NIK: ya, paspor: ya, telepon: tidak)" in out
    assert "Kategori khusus: Anak, Kekerasan seksual, Perkara pidana" in out


def test_a_device_is_found_by_office_and_letter(cli_runner, db_url, server_env, devices,
                                                held_pc):
    sby = devices["SBY"]
    code, out, _ = run_held(cli_runner, db_url, server_env, f"sby-{sby.letter.lower()}")
    assert code == 0 and sby.device_id in out and held_pc["wage"]["case_number"] in out


def test_the_csv_is_parsable_one_row_per_record_and_guards_formulas(
        cli_runner, db_url, server_env, client, devices, ctx):
    evil = central_case(client, devices, "SBY", complainant__name='=HYPERLINK("http://x")',
                        worker__name="+Sari")
    asked = inquiry("SBY", name="@Rina")
    sync(client, devices["SBY"], [asked])
    code, out, _ = run_held(cli_runner, db_url, server_env, devices["SBY"].device_id,
                            "--format", "csv")
    assert code == 0
    before, table = csv_table(out)
    assert ["Device", f"{devices['SBY'].device_id} (SBY-{devices['SBY'].letter}, PC-Loket)"
            ] in before
    assert [r["Kind"] for r in table] == ["case", "information request"]
    case, request = table
    assert case["Number"] == evil["case_number"]
    assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", case["Received"])
    assert case["Complainant's/asker's name"] == "'=HYPERLINK(\"http://x\")"
    assert case["Worker's name"] == "'+Sari" and case["Worker's passport"] == "yes"
    assert request["Number"] == asked["entity_id"]
    assert request["Complainant's/asker's name"] == "'@Rina"
    assert request["Complainant's/asker's phone"] == "yes"
    assert len(audits(ctx)) == 1 and "format=csv" in audits(ctx)[0]["detail"]


def test_an_anonymised_case_shows_whether_the_pc_still_holds_the_personal_data(
        cli_runner, db_url, server_env, client, devices, ctx, held_pc):
    sby = devices["SBY"]
    child = held_pc["child"]
    anonymise(ctx, child["id"], "SBY")
    code, out, _ = run_held(cli_runner, db_url, server_env, sby.device_id)
    line = next(x for x in out.splitlines() if x.startswith(child["case_number"]))
    assert "Anonymised: after the last contact: the computer still holds the personal" in line
    assert "Worker: [dianonimkan] (NIK: no, passport: no, phone: no)" in out
    # Anonymised on the server, the child's birth date is gone: not counted as a child now.
    round_trip(client, sby, [], cursor=0)  # the PC receives the anonymisation
    code, out, _ = run_held(cli_runner, db_url, server_env, sby.device_id)
    line = next(x for x in out.splitlines() if x.startswith(child["case_number"]))
    assert line.endswith("Anonymised: yes")


def test_a_case_transferred_away_is_not_listed(cli_runner, db_url, server_env, client,
                                               devices, held_pc):
    sby = devices["SBY"]
    resp = client.post(f"/api/v1/cases/{held_pc['wage']['id']}/transfer",
                       headers=devices["PST"].headers,
                       json={"office_code": "SMG", "reason": "Pindah."})
    assert resp.status_code == 200
    sync(client, sby)
    code, out, _ = run_held(cli_runner, db_url, server_env, sby.device_id)
    assert code == 0 and held_pc["wage"]["case_number"] not in out
    assert held_pc["child"]["case_number"] in out


def test_a_revoked_pc_is_listed_with_its_revocation(cli_runner, db_url, server_env, devices,
                                                    held_pc):
    sby = devices["SBY"]
    assert cli_runner.server(db_url, "device", "revoke", sby.device_id, "--reason",
                             "PC dicuri", env=server_env).code == 0
    code, out, _ = run_held(cli_runner, db_url, server_env, sby.device_id)
    assert code == 0 and "(PC dicuri)" in out and held_pc["wage"]["case_number"] in out


def test_a_pc_that_holds_nothing_says_so(cli_runner, db_url, server_env, devices):
    code, out, _ = run_held(cli_runner, db_url, server_env, devices["SMG"].device_id)
    assert code == 0 and out.count("(none)") == 2
    assert re.search(r"^Last sync +: not recorded$", out, re.M)


def test_an_unknown_device_is_a_clear_error_and_nothing_is_audited(
        cli_runner, db_url, server_env, ctx, devices):
    for key in ("f" * 32, "SBY-Q", "nonsense"):
        code, out, err = run_held(cli_runner, db_url, server_env, key)
        assert code == 7 and out == ""
        assert err.strip() == "halotki-server: Device not found."
    assert audits(ctx) == []


def test_the_list_goes_to_a_private_file_and_is_audited(cli_runner, db_url, server_env,
                                                        devices, held_pc, ctx, tmp_path):
    target = tmp_path / "sby-a.csv"
    code, out, err = run_held(cli_runner, db_url, server_env, devices["SBY"].device_id,
                              "--format", "csv", "--output", str(target))
    assert code == 0 and out == "" and str(target) in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert held_pc["wage"]["case_number"] in target.read_text("utf-8-sig")
    (row,) = audits(ctx)
    assert row["target"] == devices["SBY"].device_id and row["office_code"] == "SBY"
    assert row["user"].startswith("cli:") and row["detail"] == (
        "format=csv cases=3 requests=1 to=file")


def test_a_file_in_a_missing_folder_writes_nothing_and_audits_nothing(
        cli_runner, db_url, server_env, devices, held_pc, ctx, tmp_path):
    target = tmp_path / "nowhere" / "list.txt"
    code, out, err = run_held(cli_runner, db_url, server_env, devices["SBY"].device_id,
                              "--output", str(target))
    assert code == 1 and out == "" and "does not exist. Nothing was written." in err
    assert not target.parent.exists() and audits(ctx) == []


def test_a_file_that_cannot_be_written_leaves_nothing_behind(
        cli_runner, db_url, server_env, devices, held_pc, ctx, tmp_path, monkeypatch):
    def full_disk(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)  # the file written whole, then renamed
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run_held(cli_runner, db_url, server_env, devices["SBY"].device_id,
                              "--output", str(folder / "list.txt"))
    assert code == 1 and out == ""
    assert "cannot be written (No space left on device). Nothing was written." in err
    assert list(folder.iterdir()) == [] and audits(ctx) == []

