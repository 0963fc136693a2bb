"""The report workbook, read back with openpyxl: sheets, title block, real numbers, bold
header, frozen panes, totals, native charts, and whole-or-nothing writing."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from xlsxwriter.exceptions import FileCreateError  # noqa: E402

from desktop.domain.reports.tables import (  # noqa: E402
    BAR,
    COUNT,
    HBAR,
    LINE,
    PERCENT,
    PIE,
    Row,
    Table,
)
from desktop.reports.files import ExportCancelled, ExportWriteFailed  # noqa: E402
from desktop.reports.xlsx_report import (  # noqa: E402
    HEADER_ROW,
    SHEET_NAME_MAX,
    sheet_names,
    write_report_xlsx,
)
from tests.report_samples import TABLE_KEYS, sample_report  # noqa: E402

FIRST_DATA = HEADER_ROW + 2  # 1-based row of a table's first data row
OPENPYXL_BAR_DIR = {BAR: "col", HBAR: "bar"}


@pytest.fixture(scope="module")
def report():
    return sample_report()


def written(tmp_path: Path, report, lang: str = "id", **kw) -> Path:
    return write_report_xlsx(report, tmp_path / f"laporan-{lang}.xlsx", lang, **kw)


def open_book(path: Path, data_only: bool = False):
    return openpyxl.load_workbook(path, data_only=data_only)


def sheet_of(book, report, key: str, lang: str = "id"):
    index = [t.key for t in report.tables].index(key)
    return book[sheet_names(report.tables, lang)[index]]


def data_rows(ws, table: Table):
    return [[ws.cell(FIRST_DATA + r, 1 + c) for c in range(1 + len(table.columns))]
            for r in range(len(table.rows))]


# -- sheets and title block ----------------------------------------------------------------


@pytest.mark.parametrize("lang, summary", [("id", "Ringkasan"), ("en", "Summary")])
def test_a_summary_sheet_then_one_sheet_per_table(tmp_path, report, lang, summary):
    book = open_book(written(tmp_path, report, lang))
    assert [t.key for t in report.tables] == list(TABLE_KEYS)
    assert book.sheetnames[0] == summary
    assert book.sheetnames[1:] == sheet_names(report.tables, lang)
    assert len(book.sheetnames) == 1 + len(report.tables)
    assert all(len(name) <= SHEET_NAME_MAX for name in book.sheetnames)
    assert len({n.casefold() for n in book.sheetnames}) == len(book.sheetnames)


def test_sheet_names_are_in_the_language_and_short_but_readable(report):
    ids = sheet_names(report.tables, "id")
    ens = sheet_names(report.tables, "en")
    assert ids[0] == "Hasil penanganan pengaduan"
    assert ens[0] == "Outcomes of complaints"
    # "Pengaduan menurut kabupaten/kota asal TKI" is too long and has a "/" Excel refuses.
    assert ids[TABLE_KEYS.index("by_regency")] == "Pengaduan – Kabupaten-kota"
    assert ids[TABLE_KEYS.index("ageing")] == "Umur pengaduan masih terbuka"


def test_sheet_names_stay_unique_when_titles_collide(report):
    table = report.table("by_country")
    same = [dataclasses.replace(table, title_id="Negara: tujuan [utama]*?" + "x" * 40)
            for _ in range(3)]
    names = sheet_names([*same, dataclasses.replace(table, title_id="Ringkasan")], "id")
    assert len({n.casefold() for n in names}) == 4
    assert all(len(n) <= SHEET_NAME_MAX for n in names)
    assert not any(re.search(r"[\[\]:*?/\\]", n) for n in names)
    assert names[3] != "Ringkasan"  # the summary sheet has that name


@pytest.mark.parametrize("lang, lines", [
    ("id", [("Kantor", "Semua kantor"), ("Periode", "2026"),
            ("Dicetak", "22 November 2026, 14.05 WIB")]),
    ("en", [("Office", "All offices"), ("Period", "2026"),
            ("Printed", "22 November 2026, 14:05 WIB")]),
])
def test_every_sheet_has_the_title_block(tmp_path, report, lang, lines):
    book = open_book(written(tmp_path, report, lang))
    for table, name in zip(report.tables, sheet_names(report.tables, lang), strict=True):
        ws = book[name]
        assert ws["A1"].value == table.title(lang)
        assert ws["A1"].font.b
        assert [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in (2, 3, 4)] == lines


def test_an_office_report_names_the_office_and_its_period(tmp_path):
    from desktop.domain.reports.period import Period
    report = sample_report("SBY", Period.month(2026, 10))
    ws = open_book(written(tmp_path, report))["Ringkasan"]
    assert ws["B2"].value == "UPT BP2MI Surabaya"
    assert ws["B3"].value == "Oktober 2026"


def test_summary_lists_every_table_with_real_date_cells(tmp_path, report):
    ws = open_book(written(tmp_path, report))["Ringkasan"]
    assert ws["A5"].value == "Dari tanggal"
    assert ws["B5"].is_date and ws["B5"].value == datetime(2026, 1, 1)
    assert ws["B6"].is_date and ws["B6"].value == datetime(2026, 12, 31)
    titles = [c.value for c in ws["B"] if c.value is not None]
    for table in report.tables:
        assert table.title("id") in titles
    listed = [c for c in ws["C"] if c.hyperlink is not None]
    assert [c.value for c in listed] == sheet_names(report.tables, "id")


# -- cells -------------------------------------------------------------------------------


def test_values_are_real_numbers_with_their_kind_format(tmp_path, report):
    book = open_book(written(tmp_path, report))
    for table in report.tables:
        ws = sheet_of(book, report, table.key)
        for row, cells in zip(table.rows, data_rows(ws, table), strict=True):
            assert cells[0].value == row.label("id")
            assert cells[0].data_type == "s"
            for value, column, cell in zip(row.values, table.columns, cells[1:], strict=True):
                assert cell.data_type == "n", (table.key, row.key, column.key)
                assert cell.value == value
                if column.kind == COUNT:
                    assert isinstance(cell.value, int)
                    assert cell.number_format == "#,##0"
                elif column.kind == PERCENT:
                    assert cell.number_format == '0.0"%"'


def test_a_missing_value_is_an_empty_cell_not_text(tmp_path, report):
    table = report.table("resolution_time")
    empty = dataclasses.replace(table, rows=tuple(dataclasses.replace(r, values=(None,))
                                                  for r in table.rows))
    path = written(tmp_path, dataclasses.replace(report, tables=(empty,)))
    ws = open_book(path)[sheet_names((empty,), "id")[0]]
    assert ws.cell(FIRST_DATA, 2).value is None


def test_days_keep_their_decimals(tmp_path, report):
    ws = sheet_of(open_book(written(tmp_path, report)), report, "resolution_time")
    assert ws.cell(FIRST_DATA, 2).value == 12.5
    assert ws.cell(FIRST_DATA, 2).number_format == "0.0"


def test_header_is_bold_and_frozen_under_it(tmp_path, report):
    book = open_book(written(tmp_path, report, "en"))
    for table in report.tables:
        ws = sheet_of(book, report, table.key, "en")
        header = [ws.cell(HEADER_ROW + 1, 1 + c) for c in range(1 + len(table.columns))]
        assert [c.value for c in header] == [table.label_heading("en"),
                                             *(col.label("en") for col in table.columns)]
        assert all(c.font.b for c in header)
        assert ws.freeze_panes == f"A{FIRST_DATA}"


@pytest.mark.parametrize("lang, label", [("id", "Jumlah"), ("en", "Total")])
def test_total_row_is_bold_and_equals_the_sum(tmp_path, report, lang, label):
    path = written(tmp_path, report, lang)
    cached = open_book(path, data_only=True)
    formulas = open_book(path)
    for table in (t for t in report.tables if t.total):
        ws = sheet_of(cached, report, table.key, lang)
        r = FIRST_DATA + len(table.rows)
        assert ws.cell(r, 1).value == label
        assert ws.cell(r, 1).font.b
        for c, column in enumerate(table.columns, start=2):
            if column.kind != COUNT:
                continue
            column_sum = sum(ws.cell(FIRST_DATA + i, c).value for i in range(len(table.rows)))
            assert ws.cell(r, c).value == column_sum == table.totals()[c - 2]
            assert ws.cell(r, c).data_type == "n" and ws.cell(r, c).font.b
            formula = sheet_of(formulas, report, table.key, lang).cell(r, c).value
            assert formula.startswith("=SUM(")


def test_no_total_row_where_a_total_means_nothing(tmp_path, report):
    table = report.table("resolution_time")
    ws = sheet_of(open_book(written(tmp_path, report)), report, "resolution_time")
    assert ws.cell(FIRST_DATA + len(table.rows), 1).value is None


def test_column_widths_fit_the_text(tmp_path, report):
    book = open_book(written(tmp_path, report))
    table = report.table("by_category")
    ws = sheet_of(book, report, "by_category")
    longest = max(len(r.label("id")) for r in table.rows)
    assert ws.column_dimensions["A"].width >= longest
    assert ws.column_dimensions["A"].width <= longest + 4
    for letter in "BCD":
        assert 8 <= ws.column_dimensions[letter].width <= 20


def test_text_that_looks_like_a_formula_stays_text(tmp_path, report):
    table = report.table("by_agency")
    evil = Row("x", '=HYPERLINK("http://x","klik")', '=HYPERLINK("http://x","klik")',
               (1, 0, 0.1))
    odd = dataclasses.replace(table, rows=(evil, *table.rows))
    ws = open_book(written(tmp_path, dataclasses.replace(report, tables=(odd,))))[
        sheet_names((odd,), "id")[0]]
    assert ws.cell(FIRST_DATA, 1).data_type == "s"
    assert ws.cell(FIRST_DATA, 1).value.startswith("=HYPERLINK")


# -- charts ------------------------------------------------------------------------------


def test_every_table_with_a_chart_has_its_native_chart(tmp_path, report):
    book = open_book(written(tmp_path, report))
    for table in report.tables:
        charts = sheet_of(book, report, table.key)._charts
        assert len(charts) == 1, table.key
        chart = charts[0]
        if table.chart == PIE:
            assert chart.tagname == "pieChart"
        elif table.chart == LINE:
            assert chart.tagname == "lineChart"
            assert len(chart.series) == len(table.columns)
        else:
            assert chart.tagname == "barChart"
            assert chart.barDir == OPENPYXL_BAR_DIR[table.chart]
        if table.chart != LINE:
            assert len(chart.series) == 1


def test_chart_draws_the_tables_own_cells(tmp_path, report):
    ws = sheet_of(open_book(written(tmp_path, report)), report, "by_country")
    series = ws._charts[0].series[0]
    table = report.table("by_country")
    assert len(table.rows) == 13
    ref = series.val.numRef.f
    # 13 rows: the first 11 and "Lainnya" in a block under the table, not the table itself
    assert "$B$" in ref and f"${FIRST_DATA}:" not in ref
    cells = _range_values(ws, ref)
    assert len(cells) == 12
    assert cells[:11] == [r.values[0] for r in table.rows[:11]]
    assert cells[11] == sum(r.values[0] for r in table.rows[11:])
    labels = _range_values(ws, series.cat.strRef.f if series.cat.strRef else
                           series.cat.numRef.f)
    assert labels[-1] == f"Lainnya ({len(table.rows) - 11} lagi)"


def test_a_short_table_charts_its_rows_directly(tmp_path, report):
    ws = sheet_of(open_book(written(tmp_path, report)), report, "by_sex")
    series = ws._charts[0].series[0]
    assert _range_values(ws, series.val.numRef.f) == [1321, 381]


def _range_values(ws, ref: str) -> list:
    match = re.search(r"\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$", ref)
    assert match, ref
    col, first, last = match.group(1), int(match.group(2)), int(match.group(4))
    return [ws[f"{col}{r}"].value for r in range(first, last + 1)]


def test_table_without_chart_or_rows_has_none(tmp_path, report):
    table = dataclasses.replace(report.table("by_agency"), chart="")
    empty = dataclasses.replace(report.table("by_province"), rows=())
    book = open_book(written(tmp_path, dataclasses.replace(report, tables=(table, empty))))
    names = sheet_names((table, empty), "id")
    assert book[names[0]]._charts == []
    assert book[names[1]]._charts == []
    assert book[names[1]].cell(FIRST_DATA, 1).value is None  # no total row for no rows


# -- progress, cancel, failures -------------------------------------------------------------


def test_progress_is_reported_per_table(tmp_path, report):
    calls = []
    written(tmp_path, report, progress=lambda done, total: calls.append((done, total)))
    n = len(report.tables)
    assert calls == [(i, n) for i in range(1, n + 1)]


def test_cancel_midway_leaves_no_file(tmp_path, report):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(ExportCancelled):
        written(tmp_path, report, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_older_file_of_that_name(tmp_path, report):
    target = tmp_path / "laporan-id.xlsx"
    target.write_bytes(b"older")
    with pytest.raises(ExportCancelled):
        written(tmp_path, report, cancelled=lambda: True)
    assert target.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan-id.xlsx"]


@pytest.mark.parametrize("where", ["missing folder", "parent is a file"])
def test_an_unwritable_place_gives_export_write_failed(tmp_path, report, where):
    if where == "missing folder":
        target = tmp_path / "tidak-ada" / "laporan.xlsx"
    else:
        (tmp_path / "berkas").write_text("x")
        target = tmp_path / "berkas" / "laporan.xlsx"
    with pytest.raises(ExportWriteFailed) as caught:
        write_report_xlsx(report, target)
    assert "laporan.xlsx" in caught.value.text("id")


def test_a_failure_while_saving_leaves_no_part_file(tmp_path, report, monkeypatch):
    def full_disk(self):
        raise FileCreateError(OSError(28, "No space left on device"))

    monkeypatch.setattr("xlsxwriter.Workbook.close", full_disk)
    with pytest.raises(ExportWriteFailed) as caught:
        written(tmp_path, report)
    assert "No space left on device" in caught.value.text("en")
    assert list(tmp_path.iterdir()) == []


def test_replaces_an_older_file_and_is_private(tmp_path, report):
    target = tmp_path / "laporan-id.xlsx"
    target.write_bytes(b"older")
    written(tmp_path, report)
    assert open_book(target).sheetnames[0] == "Ringkasan"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan-id.xlsx"]
    assert target.stat().st_mode & 0o077 == 0


def test_a_printed_sheet_fits_an_a4_width_with_page_numbers(tmp_path, report):
    book = open_book(written(tmp_path, report))
    ws = sheet_of(book, report, "by_category")
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # One page wide (1 is the file format's default, so it may be left out), any height.
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert "Halaman &P dari &N" in ws.oddFooter.right.text
    assert ws.print_title_rows == f"${HEADER_ROW + 1}:${HEADER_ROW + 1}"
