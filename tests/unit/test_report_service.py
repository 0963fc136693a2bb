"""ReportService (issue 13): who may compute and export the figures, which office a PC may
report on (the head office's PC: every office or one; an office's PC: its own only), the
files it writes and their audit rows, and the names and folder it suggests."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.reports.period import Period
from desktop.domain.reports.tables import Report
from desktop.domain.roles import PermissionDenied
from desktop.messages import HaloError
from desktop.paths import DataPaths
from desktop.reports.files import ExportCancelled
from desktop.services import audit
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake

WIB = ZoneInfo("Asia/Jakarta")
OCTOBER = Period.month(2026, 10)
# Received in October (office days), one on its first and one on its last day, and one
# just after it (1 November 00:30 WIB is still 31 October in UTC).
RECEIVED = (datetime(2026, 10, 1, 8, tzinfo=WIB), datetime(2026, 10, 15, 10, tzinfo=WIB),
            datetime(2026, 10, 31, 23, 30, tzinfo=WIB), datetime(2026, 11, 1, 0, 30, tzinfo=WIB))


@pytest.fixture
def office(supervisor):
    """The SBY PC's supervisor, with the cases of RECEIVED recorded."""
    for moment in RECEIVED:
        supervisor.cases.record_intake(make_intake(complaint__received_at=moment))
    return supervisor


def _pc(tmp_path, office_code: str, role: str = "supervisor"):
    paths = DataPaths(tmp_path / office_code)
    admin = initialize(paths, InitRequest(office_code, ADMIN, "Admin", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("kasi", "Kepala Seksi", role, STAFF_PW)
    admin.close()
    return log_in(paths, "kasi", STAFF_PW, TEST_KDF)


@pytest.fixture
def national(tmp_path):
    core = _pc(tmp_path, "PST")
    yield core
    core.close()


def _received_in(core, period: Period) -> int:
    """Plain SQL, not the report's code: cases received in the office's days of `period`."""
    since, until = period.instants(core.office.tz)
    return core.store.query_one("SELECT count(*) FROM cases WHERE received_at >= ?"
                                " AND received_at < ?", (since, until))[0]


def _audit(core, action: str) -> list[dict]:
    return [r for r in core.audit.recent() if r["action"] == action]


# -- who may ---------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["front_office", "case_officer"])
def test_front_office_and_case_officers_get_no_report(login, office, role, tmp_path):
    core = login(f"user_{role}", role)
    with pytest.raises(PermissionDenied):
        core.reports.compute(OCTOBER)
    report = office.reports.compute(OCTOBER)
    with pytest.raises(PermissionDenied):
        core.reports.export(report, "json", tmp_path / "r.json")
    assert not (tmp_path / "r.json").exists()


def test_supervisor_and_admin_compute_the_same_figures(office, admin_core):
    mine = office.reports.compute(OCTOBER)
    theirs = admin_core.reports.compute(OCTOBER)
    received = mine.table("outcomes").totals()[0]  # resolved + closed + still open
    assert received == _received_in(office, OCTOBER) == 3
    assert theirs.table("outcomes").totals()[0] == received
    assert theirs.tables == mine.tables
    assert (mine.office_code, mine.office_name) == ("SBY", office.office.name)
    assert mine.period == OCTOBER and mine.tz == "WIB"


# -- which office ----------------------------------------------------------------------------

def test_an_office_pc_reports_its_own_office_only(office):
    assert office.reports.compute(OCTOBER, "sby").office_code == "SBY"
    for other in ("SMG", "PST", ""):
        with pytest.raises(HaloError) as err:
            office.reports.compute(OCTOBER, other)
        assert err.value.code == "report_other_office"
        assert "SBY" in err.value.text("id")


def test_the_head_office_pc_reports_every_office_or_one(national):
    every = national.reports.compute(OCTOBER)
    assert every.office_code == "" and every.office_name == ""
    assert "by_office" in [t.key for t in every.tables]
    assert national.reports.compute(OCTOBER, "").office_code == ""
    one = national.reports.compute(OCTOBER, "smg")
    assert (one.office_code, one.office_name) == ("SMG", national.reference.label("office", "SMG"))
    assert "by_office" not in [t.key for t in one.tables]
    assert national.reports.compute(OCTOBER, "PST").office_code == "PST"


def test_the_head_office_counts_an_office_in_that_office_s_zone(national):
    # As the office's own PC and the server's /stats do: Mataram's days are WITA days.
    assert national.reports.compute(OCTOBER, "MTR").tz == "WITA"
    assert national.reports.compute(OCTOBER).tz == national.office.tz == "WIB"


def test_the_head_office_pc_refuses_an_unknown_office(national):
    with pytest.raises(HaloError) as err:
        national.reports.compute(OCTOBER, "XYZ")
    assert err.value.code == "report_unknown_office" and err.value.field == "office"


def test_an_office_pc_claiming_the_head_office_code_in_a_copy_does_not_pass(office):
    """The PC's office comes from its own store; asking for every office is refused
    whatever the caller names."""
    with pytest.raises(HaloError):
        office.reports.compute(OCTOBER, "")
    assert not office.reports.is_national()


# -- files -----------------------------------------------------------------------------------

def test_json_export_is_the_report_and_is_audited(office, tmp_path):
    report = office.reports.compute(OCTOBER)
    path = office.reports.export(report, "JSON", tmp_path / "oktober.json", "en")
    assert path == tmp_path / "oktober.json"
    data = json.loads(path.read_text("utf-8"))
    assert Report.from_json(data) == report
    rows = _audit(office, audit.REPORT_EXPORTED)
    assert len(rows) == 1 and rows[0]["user"] == "kasi" and rows[0]["target"] == "SBY"
    assert json.loads(rows[0]["detail"]) == {"period": "2026-10-01..2026-10-31",
                                             "format": "json"}


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_table_formats_are_written_and_audited(office, tmp_path, fmt):
    report = office.reports.compute(OCTOBER)
    path = office.reports.export(report, fmt, tmp_path / f"r.{fmt}")
    assert path.stat().st_size > 0
    assert json.loads(_audit(office, audit.REPORT_EXPORTED)[0]["detail"])["format"] == fmt


def test_pdf_export_has_the_letterhead(office, tmp_path):
    pytest.importorskip("desktop.reports.pdf_report")
    from pypdf import PdfReader

    report = office.reports.compute(OCTOBER)
    path = office.reports.export(report, "pdf", tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert office.office.name in text


def test_unknown_format_writes_nothing(office, tmp_path):
    report = office.reports.compute(OCTOBER)
    with pytest.raises(HaloError) as err:
        office.reports.export(report, "docx", tmp_path / "r.docx")
    assert err.value.code == "export_unknown_format"
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert _audit(office, audit.REPORT_EXPORTED) == []


def test_cancelled_export_leaves_no_file_and_no_audit(office, tmp_path):
    report = office.reports.compute(OCTOBER)
    with pytest.raises(ExportCancelled):
        office.reports.export(report, "json", tmp_path / "r.json", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert _audit(office, audit.REPORT_EXPORTED) == []


# -- names and folder ------------------------------------------------------------------------

def test_suggested_names(office, national):
    names = office.reports.suggested_name
    assert names("report", OCTOBER, "xlsx") == "Laporan SBY 2026-10.xlsx"
    assert names("report", Period.quarter(2026, 4), "pdf", "en") == "Report SBY 2026-Q4.pdf"
    assert names("report", Period.year(2026), "csv") == "Laporan SBY 2026.csv"
    assert names("report", Period.days(date(2026, 10, 3), date(2026, 11, 2)), "json") == \
        "Laporan SBY 2026-10-03_2026-11-02.json"
    every = national.reports.compute(OCTOBER)
    assert national.reports.suggested_name("report", every, "xlsx") == \
        "Laporan Semua kantor 2026-10.xlsx"
    assert names("case_list", date(2026, 10, 31), "csv") == "Daftar kasus SBY 2026-10-31.csv"
    assert names("case_list", None, "xlsx") == \
        f"Daftar kasus SBY {office.cases.today().isoformat()}.xlsx"
    assert names("case_file", "SBY-2026-A-00012", "PDF") == "Berkas kasus SBY-2026-A-00012.pdf"
    assert names("case_file", "SBY/2026:A", "pdf") == "Berkas kasus SBY-2026-A.pdf"


def test_default_folder_is_documents_else_home(office, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert office.reports.default_folder() == home
    (home / "Documents").mkdir()
    assert office.reports.default_folder() == home / "Documents"
    # A desktop in Indonesian names its own folder in user-dirs.dirs.
    (home / "Dokumen").mkdir()
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumen"\n')
    assert office.reports.default_folder() == home / "Dokumen"
