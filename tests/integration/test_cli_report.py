"""`halotki report --from --to [--office] --format --output` (issue 13 §4): the same figures
as the report window, in each format; mistakes are one clear line and a non-zero exit."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from desktop.domain.reports.period import Period
from desktop.domain.reports.tables import Report
from tests.conftest import make_intake

ADMIN, ADMIN_PW = "admin", "admin-pass-123"
KASI, KASI_PW = "kasi", "kasi-pass-12345"
WIB = ZoneInfo("Asia/Jakarta")
RECEIVED = (datetime(2026, 10, 2, 9, tzinfo=WIB), datetime(2026, 10, 20, 14, tzinfo=WIB),
            datetime(2026, 11, 3, 10, tzinfo=WIB))
PERIOD = ("--from", "2026-10-01", "--to", "2026-10-31")


@pytest.fixture
def cli(cli_runner, tmp_path):
    cli = cli_runner.bind(tmp_path / "data", user=KASI, password=KASI_PW)
    r = cli("init", "--office", "SBY", "--admin", ADMIN, "--admin-name", "Admin Kantor",
            "--new-password-stdin", user=None, password=None, stdin=ADMIN_PW + "\n")
    assert r.code == 0, r.err
    for name, role, pw in ((KASI, "supervisor", KASI_PW), ("loket", "front_office",
                                                              "loket-pass-123")):
        assert cli("user", "add", name, "--role", role, "--new-password-stdin",
                   user=ADMIN, password=ADMIN_PW, stdin=pw + "\n").code == 0
    core = cli.core()
    try:
        for moment in RECEIVED:
            core.cases.record_intake(make_intake(complaint__received_at=moment))
    finally:
        core.close()
    return cli


def _saved(r, path) -> None:
    assert r.code == 0, r.err
    assert r.out.strip() == f"Laporan disimpan: {path}"
    assert path.stat().st_size > 0


def test_json_to_a_file_and_to_standard_output(cli, tmp_path):
    target = tmp_path / "oktober.json"
    _saved(cli("report", *PERIOD, "--format", "json", "--output", str(target)), target)
    report = Report.from_json(json.loads(target.read_text("utf-8")))
    assert report.period == Period.month(2026, 10) and report.office_code == "SBY"
    assert report.table("by_category").totals()[0] == 2  # October's two complaints
    r = cli("report", *PERIOD, "--format", "json", "--output", "-")
    assert r.code == 0, r.err
    assert Report.from_json(json.loads(r.out)).tables == report.tables
    core = cli.core()
    try:
        exported = [row for row in core.audit.recent() if row["action"] == "report_exported"]
    finally:
        core.close()
    assert len(exported) == 2


def test_xlsx(cli, tmp_path):
    target = tmp_path / "oktober.xlsx"
    _saved(cli("report", *PERIOD, "--format", "xlsx", "--output", str(target)), target)
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) > 10


def test_csv(cli, tmp_path):
    target = tmp_path / "oktober.csv"
    _saved(cli("report", *PERIOD, "--format", "csv", "--output", str(target)), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_pdf_in_english(cli, tmp_path):
    target = tmp_path / "october.pdf"
    r = cli("--lang", "en", "report", *PERIOD, "--format", "pdf", "--output", str(target))
    assert r.code == 0, r.err
    assert r.out.strip() == f"Report saved: {target}"
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("first, last, words", [
    ("2026-13-01", "2026-10-31", "TTTT-BB-HH"),
    ("kemarin", "2026-10-31", "TTTT-BB-HH"),
    ("2026-10-31", "2026-10-01", "tidak boleh setelah"),
])
def test_bad_dates_are_one_clear_line(cli, tmp_path, first, last, words):
    target = tmp_path / "r.xlsx"
    r = cli("report", "--from", first, "--to", last, "--format", "xlsx", "--output",
            str(target))
    assert r.code == 1 and words in r.line  # no traceback: the runner checks
    assert not target.exists()


def test_a_missing_option_is_a_usage_error(cli, tmp_path):
    r = cli("report", "--from", "2026-10-01", "--format", "xlsx", "--output",
            str(tmp_path / "r.xlsx"))
    assert r.code == 1 and "--to" in r.err


def test_only_json_goes_to_standard_output(cli):
    r = cli("report", *PERIOD, "--format", "xlsx", "--output", "-")
    assert r.code == 1 and "json" in r.line and r.out == ""


def test_another_office_is_refused_on_an_office_pc(cli, tmp_path):
    r = cli("report", *PERIOD, "--office", "SMG", "--format", "json", "--output",
            str(tmp_path / "r.json"))
    assert r.code == 1 and "SBY" in r.line
    assert not (tmp_path / "r.json").exists()


def test_front_office_may_not(cli, tmp_path):
    r = cli("report", *PERIOD, "--format", "json", "--output", str(tmp_path / "r.json"),
            user="loket", password="loket-pass-123")
    assert r.code == 6 and r.line
    assert not (tmp_path / "r.json").exists()


def test_an_unwritable_folder_is_a_message(cli, tmp_path):
    r = cli("report", *PERIOD, "--format", "json", "--output",
            str(tmp_path / "missing" / "r.json"))
    assert r.code != 0 and "missing" in r.line
