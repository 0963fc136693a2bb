"""The case list exported with its personal data (issue 13 §3): exactly the cases the list
shows, in its order, with real dates; supervisors only; audited with the filter and the
counts; whole or nothing."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime

import openpyxl
import pytest

from desktop.demo import bulk_generate
from desktop.domain.roles import PermissionDenied
from desktop.formatting import zone_info
from desktop.paths import DataPaths
from desktop.reports import case_list as cl
from desktop.reports.files import ExportCancelled, ExportWriteFailed
from desktop.services import audit
from desktop.services import case_list_rows as rows_mod
from desktop.services.cases import CaseFilter, CaseSort
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF

SIZE, SEED = 240, 5
SEARCH = "ati"  # Yulianti, Rahmawati, Mujiati...: many matches in the demo names
FIRST_DATA_ROW = cl.HEADER_ROW + 2  # openpyxl counts from 1


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An SBY PC with demo cases; a core per role (kasi is the supervisor)."""
    paths = DataPaths(tmp_path_factory.mktemp("case-list") / "data")
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    for name, role in (("kasi", "supervisor"), ("budi", "case_officer"),
                       ("loket", "front_office")):
        admin.accounts.add_user(name, name.title(), role, STAFF_PW)
    admin.close()
    cores = {name: log_in(paths, name, STAFF_PW, TEST_KDF) for name in ("kasi", "budi", "loket")}
    cores["admin"] = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    bulk_generate(cores["kasi"], SIZE, seed=SEED)
    yield cores
    for core in cores.values():
        core.close()


@pytest.fixture
def kasi(office):
    return office["kasi"]


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "Dokumen"
    out.mkdir()
    return out


def _numbers(core, seqs) -> list[str]:
    found = dict(core.store.query("SELECT seq, case_number FROM cases"))
    return [found[s] for s in seqs]


def _sheet_rows(path):
    sheet = openpyxl.load_workbook(path).active
    return sheet, list(sheet.iter_rows(min_row=FIRST_DATA_ROW))


def _persons(core, seqs) -> int:
    """Plain SQL: workers and complainants with a name, in these cases."""
    marks = ",".join("?" * len(seqs))
    workers = core.store.query_one(
        f"SELECT count(*) FROM workers w JOIN cases c ON c.id = w.case_id"
        f" WHERE c.seq IN ({marks}) AND w.name != ''", list(seqs))[0]
    people = core.store.query_one(
        f"SELECT count(*) FROM complainants p JOIN cases c ON c.id = p.case_id"
        f" WHERE c.seq IN ({marks}) AND p.name != ''", list(seqs))[0]
    return workers + people


def _exports(core) -> list[dict]:
    return [r for r in core.audit.recent(1000) if r["action"] == audit.CASE_LIST_EXPORTED]


# -- the same cases, the same order ----------------------------------------------------------

@pytest.mark.parametrize("flt, sort", [
    (CaseFilter(open_only=True), None),
    (CaseFilter(), CaseSort("worker", descending=True)),
    (CaseFilter(open_only=True), CaseSort("received")),
])
def test_the_file_holds_the_lists_cases_in_its_order(kasi, folder, flt, sort):
    shown = MainWindow._fetch_seqs(kasi, SEARCH, flt, sort)  # what the list shows
    assert len(shown) >= 3
    result = kasi.reports.export_case_list(flt, SEARCH, sort, "xlsx", folder / "list.xlsx")
    assert (result.path, result.cases) == (folder / "list.xlsx", len(shown))
    _, data = _sheet_rows(result.path)
    assert [r[0].value for r in data] == _numbers(kasi, shown)
    if sort is not None:  # a column's order is the filter's query over the search's matches
        assert shown == kasi.cases.list_seqs(flt, sort, within=kasi.search.search(SEARCH))


def test_without_a_search_the_whole_filtered_list(kasi, folder):
    flt = CaseFilter(urgent=True)
    result = kasi.reports.export_case_list(flt, "", None, "xlsx", folder / "urgent.xlsx")
    _, data = _sheet_rows(result.path)
    assert [r[0].value for r in data] == _numbers(kasi, kasi.cases.list_seqs(flt))
    assert {r[5].value for r in data} == {"Ya"}  # the urgent column


def test_dates_are_date_cells_and_labels_are_words(kasi, folder):
    result = kasi.reports.export_case_list(CaseFilter(), "", None, "xlsx", folder / "all.xlsx")
    sheet, data = _sheet_rows(result.path)
    assert len(data) == SIZE == result.cases
    received = dict(kasi.store.query("SELECT case_number, received_at FROM cases"))
    zone = zone_info(kasi.office.tz)
    statuses = {i.label("id") for i in kasi.reference.items("status")}
    for row in data:
        cell = row[1]
        assert cell.is_date and cell.number_format == cl.DATE_FORMAT
        local = datetime.fromisoformat(received[row[0].value]).astimezone(zone).date()
        assert cell.value.date() == local
        assert row[2].value in statuses
        for col in sorted(cl.DATE_COLUMNS):
            assert row[col].value is None or row[col].is_date
    due = [r[15] for r in data if r[15].value is not None]
    assert due and all(c.is_date for c in due)
    assert any(r[14].value == "Lewat tenggat" for r in data)  # the demo has late cases


def test_title_header_and_frozen_panes(kasi, folder):
    flt = CaseFilter(status="proses", received_from=date(2026, 1, 1))
    result = kasi.reports.export_case_list(flt, SEARCH, None, "xlsx", folder / "l.xlsx", "en")
    sheet, _ = _sheet_rows(result.path)
    assert sheet.title == "Case list"
    assert sheet["A1"].value == f"Case list — {kasi.office.name}"
    status = kasi.reference.label("status", "proses", "en")
    assert sheet["A2"].value == (f"Filter: status: {status}; received from 1 January 2026;"
                                 f' search: "{SEARCH}"')
    assert sheet["A3"].value.startswith("Printed: ")
    header = [c.value for c in sheet[cl.HEADER_ROW + 1]]
    assert header == cl.headers("en") and header[0] == "Case number"
    assert all(c.font.bold for c in sheet[cl.HEADER_ROW + 1])
    assert sheet.freeze_panes == f"B{FIRST_DATA_ROW}"
    assert sheet.column_dimensions["G"].width >= 20  # names get room


# -- the audit trail -------------------------------------------------------------------------

def test_the_export_is_audited_with_filter_and_counts(kasi, folder):
    before = len(_exports(kasi))
    flt = CaseFilter(status="proses")
    result = kasi.reports.export_case_list(flt, SEARCH, None, "csv", folder / "p.csv")
    seqs = MainWindow._fetch_seqs(kasi, SEARCH, flt)
    assert result.persons == _persons(kasi, seqs) > 0
    rows = _exports(kasi)
    assert len(rows) == before + 1
    row = rows[0]
    assert (row["user"], row["target"]) == ("kasi", "p.csv")
    detail = json.loads(row["detail"])
    assert detail["cases"] == len(seqs) == result.cases
    assert detail["persons"] == result.persons
    assert detail["format"] == "csv"
    status = kasi.reference.label("status", "proses", "id")
    # The search (a name, a passport number) is personal data: the audit says one was used.
    assert detail["filter"] == f"status: {status} · dengan pencarian"
    assert detail["fields"] == {"status": "proses", "search": True}
    assert SEARCH not in row["detail"]


def test_preview_counts_what_the_export_writes(kasi, folder):
    flt = CaseFilter(open_only=True)
    cases, persons = kasi.reports.case_list_preview(flt, SEARCH)
    result = kasi.reports.export_case_list(flt, SEARCH, None, "xlsx", folder / "x.xlsx")
    assert (cases, persons) == (result.cases, result.persons)
    assert kasi.reports.case_list_preview(CaseFilter(), "") == (SIZE, _persons(
        kasi, kasi.cases.list_seqs()))


# -- CSV -------------------------------------------------------------------------------------

def test_csv_has_a_bom_the_rows_and_no_formulas(kasi, folder):
    result = kasi.reports.export_case_list(CaseFilter(), "", None, "csv", folder / "all.csv")
    raw = result.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == [f"Daftar kasus — {kasi.office.name}"]
    assert lines[1] == ["Saringan: semua kasus"]
    assert lines[3] == [] and lines[4] == cl.headers("id")
    data = lines[5:]
    assert [r[0] for r in data] == _numbers(kasi, kasi.cases.list_seqs())
    assert all(len(r) == len(cl.COLUMNS) for r in data)
    # Dates as ISO days; Indonesian numbers as the office writes them ("0813-..."): text
    # Excel neither reads as a formula nor shows with a guarding apostrophe; any other
    # country's number (+60...) keeps the guard.
    assert all(len(r[1]) == 10 and r[1][4] == "-" for r in data)
    phones = [p.strip() for r in data if r[12] for p in r[12].split(",")]
    assert phones and all(p.startswith(("0", "(0", "'+")) for p in phones)
    assert any(p.startswith("0") and "-" in p for p in phones)
    assert not any(p.startswith("'+62") for p in phones)


def test_csv_guards_typed_text_that_looks_like_a_formula():
    shaped = ("SBY-1", "", "", "", "", "", "=HYPERLINK(1)", "", "@x", "", "-Budi", "", "", "",
              "", "", "")
    guarded = cl._guard_formulas(shaped)
    assert (guarded[6], guarded[8], guarded[10]) == ("'=HYPERLINK(1)", "'@x", "'-Budi")
    assert guarded[0] == "SBY-1"


# -- whole or nothing ------------------------------------------------------------------------

def _left_over(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_cancel_midway_leaves_no_file_and_no_audit(kasi, folder, monkeypatch, fmt):
    monkeypatch.setattr(rows_mod, "CHUNK", 50)
    before = len(_exports(kasi))
    seen = []

    def progress(done, total):
        seen.append((done, total))

    with pytest.raises(ExportCancelled):
        kasi.reports.export_case_list(CaseFilter(), "", None, fmt, folder / f"l.{fmt}",
                                      progress=progress, cancelled=lambda: len(seen) >= 3)
    assert seen == [(0, SIZE), (50, SIZE), (100, SIZE)]
    assert _left_over(folder) == []  # no file, no .part, no scratch folder
    assert len(_exports(kasi)) == before


def test_progress_reaches_the_total_in_chunks(kasi, folder, monkeypatch):
    monkeypatch.setattr(rows_mod, "CHUNK", 100)
    seen = []
    kasi.reports.export_case_list(CaseFilter(), "", None, "xlsx", folder / "l.xlsx",
                                  progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, SIZE), (100, SIZE), (200, SIZE), (SIZE, SIZE)]
    assert _left_over(folder) == ["l.xlsx"]


def test_an_unwritable_folder_is_a_message(kasi, tmp_path):
    with pytest.raises(ExportWriteFailed):
        kasi.reports.export_case_list(CaseFilter(), "", None, "xlsx",
                                      tmp_path / "missing" / "l.xlsx")


def test_unknown_format_is_refused(kasi, folder):
    with pytest.raises(Exception) as err:
        kasi.reports.export_case_list(CaseFilter(), "", None, "pdf", folder / "l.pdf")
    assert err.value.code == "export_unknown_format"
    assert _left_over(folder) == []


# -- supervisors only ------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["loket", "budi", "admin"])
def test_only_supervisors_may_export_the_list(office, folder, who):
    core = office[who]
    before = len(_exports(office["kasi"]))
    with pytest.raises(PermissionDenied):
        core.reports.export_case_list(CaseFilter(), "", None, "xlsx", folder / "l.xlsx")
    with pytest.raises(PermissionDenied):
        core.reports.case_list_preview(CaseFilter(), "")
    assert _left_over(folder) == []
    assert len(_exports(office["kasi"])) == before


# -- the filter in words ---------------------------------------------------------------------

def test_every_filter_condition_is_said(kasi):
    from desktop.services.filter_text import describe_filter, filter_fields

    ref, names = kasi.reference, {"budi": "Budi Santoso"}
    flt = CaseFilter(category="gaji_tidak_dibayar", officer="budi", overdue=True,
                     referral_waiting=True, received_to=date(2026, 10, 31),
                     recorded_since="2026-10-01T01:00:00.000000Z")
    text = describe_filter(flt, " siti ", CaseSort("officer", descending=True), ref, names)
    assert text == ("kategori: Gaji tidak dibayar; petugas: Budi Santoso; kontak keluarga "
                    "terlambat; rujukan menunggu balasan; diterima sampai 31 Oktober 2026; "
                    "dicatat setelah 1 Oktober 2026, 08.00 WIB; pencarian: \"siti\"; "
                    "urut: petugas (menurun)")
    assert describe_filter(CaseFilter(officer="-"), "", None, ref, names, "en") == \
        "officer: unassigned"
    assert describe_filter(CaseFilter(order="due"), "", None, ref, names, "en") == \
        "all cases; order: what needs doing first"
    assert filter_fields(flt, " siti ", CaseSort("officer", True)) == {
        "category": "gaji_tidak_dibayar", "officer": "budi", "overdue": True,
        "referral_waiting": True, "received_to": "2026-10-31",
        "recorded_since": "2026-10-01T01:00:00.000000Z", "search": "siti",
        "sort": "officer desc"}


def test_no_file_without_its_audit_row(kasi, folder, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("audit write failed")

    monkeypatch.setattr(kasi.audit, "record", broken)
    with pytest.raises(RuntimeError):
        kasi.reports.export_case_list(CaseFilter(), "", None, "xlsx", folder / "l.xlsx")
    assert _left_over(folder) == []
