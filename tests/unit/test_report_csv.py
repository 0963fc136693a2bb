"""The report as one CSV file: BOM, Indonesian text intact, a titled block per table, plain
dot-decimal numbers, and whole-or-nothing writing."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from desktop.domain.reports.tables import COUNT, Row
from desktop.reports.csv_report import plain_number, text_cell, write_report_csv
from desktop.reports.files import ExportCancelled, ExportWriteFailed
from tests.report_samples import sample_report


@pytest.fixture(scope="module")
def report():
    return sample_report()


def written(tmp_path: Path, report, lang: str = "id", **kw) -> Path:
    return write_report_csv(report, tmp_path / f"laporan-{lang}.csv", lang, **kw)


def read_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    """The file split at its blank lines."""
    out: list[list[list[str]]] = [[]]
    for row in rows:
        if row:
            out[-1].append(row)
        else:
            out.append([])
    return out


def test_starts_with_a_bom_and_keeps_indonesian_text(tmp_path, report):
    path = written(tmp_path, report)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    for phrase in ("Kabupaten Sikka (Maumére)", "Kota Kupang – NTT", "0–7 hari",
                   "Ni Luh Putu Ayu Wédari"):
        assert phrase in text
    assert "\ufeff" not in text  # one BOM, at the start only


@pytest.mark.parametrize("lang, title, office, total", [
    ("id", "Laporan Pengaduan Pekerja Migran Indonesia", "Semua kantor", "Jumlah"),
    ("en", "Indonesian Migrant Worker Complaints Report", "All offices", "Total"),
])
def test_title_block_then_one_titled_block_per_table(tmp_path, report, lang, title, office,
                                                     total):
    parts = blocks(read_rows(written(tmp_path, report, lang)))
    head = parts[0]
    assert head[0] == [title]
    assert head[1][1] == office
    assert head[2][1] == "2026"
    assert head[3][1].startswith("22 November 2026, 14")
    assert len(parts) == 1 + len(report.tables)
    for table, block in zip(report.tables, parts[1:], strict=True):
        assert block[0] == [table.title(lang)]
        assert block[1] == [table.label_heading(lang), *(c.label(lang) for c in table.columns)]
        body = block[2:2 + len(table.rows)]
        assert [r[0] for r in body] == [r.label(lang) for r in table.rows]
        if table.total:
            assert block[2 + len(table.rows)][0] == total
        else:
            assert all(r[0] != total for r in block)


def test_numbers_are_plain_and_totals_add_up(tmp_path, report):
    parts = blocks(read_rows(written(tmp_path, report)))
    for table, block in zip(report.tables, parts[1:], strict=True):
        body = block[2:2 + len(table.rows)]
        for c, column in enumerate(table.columns, start=1):
            cells = [r[c] for r in body]
            for cell, row in zip(cells, table.rows, strict=True):
                if row.values[c - 1] is None:
                    assert cell == ""
                else:
                    assert float(cell) == pytest.approx(row.values[c - 1])
                    assert "," not in cell
            if table.total and column.kind == COUNT:
                total_row = block[2 + len(table.rows)]
                assert int(total_row[c]) == sum(int(x) for x in cells)


def test_number_text_uses_a_dot_and_no_needless_zeros():
    assert plain_number(1702) == "1702"
    assert plain_number(29.8) == "29.8"
    assert plain_number(100.0) == "100"
    assert plain_number(12.5) == "12.5"
    assert plain_number(1 / 3) == "0.33"
    assert plain_number(None) == ""


def test_text_that_a_spreadsheet_would_run_as_a_formula_is_quoted(tmp_path, report):
    table = report.table("by_agency")
    evil = Row("x", "=cmd|' /C calc'!A0", "=cmd", (1, 0, 0.1))
    odd = dataclasses.replace(table, rows=(evil, *table.rows))
    rows = read_rows(written(tmp_path, dataclasses.replace(report, tables=(odd,))))
    assert ["'=cmd|' /C calc'!A0", "1", "0", "0.1"] in rows
    assert text_cell("-") == "-"  # a lone dash is not a formula
    assert text_cell("+62 812") == "'+62 812"


def test_opens_in_a_plain_reader_without_the_bom_in_the_first_cell(tmp_path, report):
    text = written(tmp_path, report).read_bytes().decode("utf-8-sig")
    first = next(csv.reader(io.StringIO(text)))
    assert first == ["Laporan Pengaduan Pekerja Migran Indonesia"]


def test_progress_is_reported_per_table(tmp_path, report):
    calls = []
    written(tmp_path, report, progress=lambda done, total: calls.append((done, total)))
    n = len(report.tables)
    assert calls == [(i, n) for i in range(1, n + 1)]


def test_cancel_midway_leaves_no_file(tmp_path, report):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(ExportCancelled):
        written(tmp_path, report, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing folder", "parent is a file"])
def test_an_unwritable_place_gives_export_write_failed(tmp_path, report, where):
    if where == "missing folder":
        target = tmp_path / "tidak-ada" / "laporan.csv"
    else:
        (tmp_path / "berkas").write_text("x")
        target = tmp_path / "berkas" / "laporan.csv"
    with pytest.raises(ExportWriteFailed):
        write_report_csv(report, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == (
        [] if where == "missing folder" else ["berkas"])


def test_a_failure_while_writing_leaves_no_part_file(tmp_path, report, monkeypatch):
    def broken(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.reports.csv_report.table_rows", broken)
    with pytest.raises(ExportWriteFailed):
        written(tmp_path, report)
    assert list(tmp_path.iterdir()) == []
