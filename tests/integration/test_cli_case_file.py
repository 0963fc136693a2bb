"""`halotki case file NUMBER --output FILE.pdf [--lang]`: the full case file from the command
line, through the same service as the case window (audited, whole or nothing)."""

from __future__ import annotations

import io

import pypdf
import pytest

from tests.cli_runner import Halotki
from tests.conftest import make_intake

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
SUPER, SUPER_PW = "kasi", "kasi-pass-1234"
FRONT, FRONT_PW = "loket", "loket-pass-123"


@pytest.fixture
def office(cli_runner, tmp_path) -> tuple[Halotki, str]:
    """An initialised PC with a supervisor, a front-office officer and one case."""
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
        number = core.cases.record_intake(make_intake())
        core.cases.add_event(number, "catatan", "Koordinasi dengan KBRI Kuala Lumpur.")
    finally:
        core.close()
    return cli, number


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def exported(cli: Halotki) -> list[tuple[str, str]]:
    core = cli.core()
    try:
        return core.store.query(
            "SELECT user, target FROM audit_log WHERE action = 'case_file_exported'")
    finally:
        core.close()


def test_case_file_is_saved_as_pdf_and_audited(office, out):
    cli, number = office
    target = out / "berkas.pdf"
    r = cli("case", "file", number, "--output", str(target))
    assert r.code == 0, r.err
    assert r.out.strip() == f"Berkas kasus disimpan: {target}"
    text = pdf_text(target)
    assert "BERKAS KASUS" in text and number in text
    assert "Koordinasi dengan KBRI Kuala Lumpur." in text
    assert "Halaman 1 dari" in text
    assert target.stat().st_mode & 0o077 == 0
    assert exported(cli) == [(SUPER, number)]


def test_lang_chooses_the_language_of_the_file(office, out):
    cli, number = office
    target = out / "case-file.pdf"
    r = cli("case", "file", number, "--output", str(target), "--lang", "en")
    assert r.code == 0, r.err
    assert r.out.strip() == f"Berkas kasus disimpan: {target}"  # messages: still Indonesian
    assert "CASE FILE" in pdf_text(target) and "Page 1 of" in pdf_text(target)
    # The global --lang sets both.
    r = cli("case", "file", number, "--output", str(target), lang="en")
    assert r.code == 0, r.err
    assert r.out.strip() == f"Case file saved: {target}"
    assert "CASE FILE" in pdf_text(target)


def test_front_office_is_refused(office, out):
    cli, number = office
    r = cli("case", "file", number, "--output", str(out / "x.pdf"), user=FRONT,
            password=FRONT_PW)
    assert r.code == 6
    assert r.line.startswith("halotki: ")
    assert list(out.iterdir()) == []
    assert exported(cli) == []


def test_unknown_case_number_is_a_clear_error(office, out):
    cli, _ = office
    r = cli("case", "file", "SBY-1999-A-00001", "--output", str(out / "x.pdf"))
    assert r.code == 7
    assert r.line == "halotki: Kasus tidak ditemukan."
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_a_clear_error_and_leaves_nothing(office, out):
    cli, number = office
    r = cli("case", "file", number, "--output", str(out / "missing" / "x.pdf"), lang="en")
    assert r.code != 0
    assert "could not be saved" in r.line
    assert list(out.iterdir()) == []
    assert exported(cli) == []
