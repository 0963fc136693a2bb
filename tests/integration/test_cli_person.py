"""`halotki person export (--nik | --passport | --phone | --name --birth-date) --output FILE
[--format pdf|json]`: a person's own data from the command line, through the same service as
the application (permission, audit, whole or nothing)."""

from __future__ import annotations

import io
import json

import pypdf
import pytest

from desktop.domain.inquiries import InquiryInput
from tests.cli_runner import Halotki
from tests.conftest import make_intake

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
SUPER, SUPER_PW = "kasi", "kasi-pass-1234"
FRONT, FRONT_PW = "loket", "loket-pass-123"
NIK = "3578015203950002"


@pytest.fixture
def office(cli_runner, tmp_path) -> tuple[Halotki, str]:
    """An initialised PC with a supervisor, a front-office officer, one case of the person
    (the worker) and one information request of hers."""
    cli = cli_runner.bind(tmp_path / "data", user=SUPER, password=SUPER_PW)
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--new-password-stdin", user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    for name, role, pw in ((SUPER, "supervisor", SUPER_PW), (FRONT, "front_office", FRONT_PW)):
        r = cli("user", "add", name, "--role", role, "--new-password-stdin", stdin=pw + "\n",
                user=ADMIN, password=ADMIN_PW)
        assert r.code == 0, r.err
    core = cli.core()
    try:
        number = core.cases.record_intake(make_intake(worker__nik=NIK,
                                                      worker__phone="081333124455"))
        core.inquiries.record(InquiryInput(topic="prosedur_resmi", question="Syarat paspor?",
                                           name="Dewi Lestari", phone="0813 3312 4455"))
    finally:
        core.close()
    return cli, number


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def audit_details(cli: Halotki, action: str) -> list[tuple[str, dict]]:
    core = cli.core()
    try:
        rows = core.store.query("SELECT user, detail FROM audit_log WHERE action = ?", (action,))
    finally:
        core.close()
    return [(user, json.loads(detail)) for user, detail in rows]


def test_nik_export_saves_a_pdf_and_audits_search_and_export(office, out):
    cli, number = office
    target = out / "dewi.pdf"
    r = cli("person", "export", "--nik", NIK, "--output", str(target))
    assert r.code == 0, r.err
    assert r.out.strip() == (f"Data pribadi disimpan: {target} "
                             "(kasus: 1, permintaan informasi: 1)")
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert "DATA PRIBADI YANG KAMI SIMPAN" in text and number in text
    assert "Halaman 1 dari" in text
    assert target.stat().st_mode & 0o077 == 0
    assert audit_details(cli, "subject_access_searched") == [
        (SUPER, {"by": "nik", "cases": 1, "requests": 1, "attachments": 0})]
    assert audit_details(cli, "subject_access_exported") == [
        (SUPER, {"by": "nik", "format": "pdf", "cases": 1, "requests": 1, "attachments": 0})]


def test_json_to_standard_output_by_phone(office):
    cli, number = office
    r = cli("person", "export", "--phone", "+62 813-3312-4455", "--format", "json",
            "--output", "-")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert [c["case_number"] for c in data["cases"]] == [number]
    assert data["person"] == {"phone": "+6281333124455"}
    assert [i["question"] for i in data["inquiries"]] == ["Syarat paspor?"]
    assert audit_details(cli, "subject_access_exported")[0][1]["to"] == "stdout"


def test_name_with_birth_date_to_a_json_file(office, out):
    cli, number = office
    target = out / "dewi.json"
    r = cli("person", "export", "--name", "dewi lestari", "--birth-date", "1995-03-12",
            "--format", "json", "--output", str(target))
    assert r.code == 0, r.err
    assert json.loads(target.read_text("utf-8"))["cases"][0]["case_number"] == number


def test_name_without_birth_date_is_refused_before_login(office, out):
    cli, _ = office
    r = cli("person", "export", "--name", "Dewi Lestari", "--output", str(out / "x.pdf"),
            user=None, password=None)
    assert r.code == 1
    assert "tanggal lahir" in r.err
    assert not list(out.iterdir())


def test_pdf_to_standard_output_is_refused(office):
    cli, _ = office
    r = cli("person", "export", "--nik", NIK, "--output", "-", user=None, password=None)
    assert r.code == 1 and "json" in r.err


def test_front_office_may_not_export(office, out):
    cli, _ = office
    r = cli("person", "export", "--passport", "B1234567", "--output", str(out / "x.pdf"),
            user=FRONT, password=FRONT_PW)
    assert r.code == 6
    assert not list(out.iterdir())
    assert audit_details(cli, "subject_access_searched") == []


def test_one_identifier_is_required(office, out):
    cli, _ = office
    r = cli("person", "export", "--output", str(out / "x.pdf"), user=None, password=None)
    assert r.code != 0
    assert not list(out.iterdir())
