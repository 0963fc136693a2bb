"""The report PDF: letterhead, every table's title, "Halaman N dari M" on every page, its
charts, a rendered first page, and whole-or-nothing writing."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess

import pytest

pypdf = pytest.importorskip("pypdf")

from reportlab.graphics.charts.barcharts import (  # noqa: E402
    HorizontalBarChart,
    VerticalBarChart,
)
from reportlab.graphics.charts.linecharts import HorizontalLineChart  # noqa: E402
from reportlab.graphics.charts.piecharts import Pie  # noqa: E402

from desktop.domain.reports.tables import BAR, HBAR, LINE, PIE, Row  # noqa: E402
from desktop.receipt.layout import AGENCY_NAME  # noqa: E402
from desktop.reports.files import ExportCancelled, ExportWriteFailed  # noqa: E402
from desktop.reports.pdf_charts import table_chart  # noqa: E402
from desktop.reports.pdf_report import (  # noqa: E402
    Letterhead,
    render_report_pdf,
    write_report_pdf,
)
from tests.report_samples import REGENCIES, sample_report  # noqa: E402

HEAD = Letterhead("Pusat Pengaduan BP2MI", "Jl. MT Haryono Kav. 52, Jakarta Selatan",
                  "(021) 29244800")
CHART_CLASS = {BAR: VerticalBarChart, HBAR: HorizontalBarChart, PIE: Pie,
               LINE: HorizontalLineChart}


@pytest.fixture(scope="module")
def report():
    return sample_report()


@pytest.fixture(scope="module")
def pdf_id(report) -> bytes:
    return render_report_pdf(report, "id", HEAD)


def pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split())
            for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def test_is_an_a4_pdf(pdf_id):
    assert pdf_id.startswith(b"%PDF") and pdf_id.rstrip().endswith(b"%%EOF")
    box = pypdf.PdfReader(io.BytesIO(pdf_id)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_letterhead_title_and_period_on_the_first_page(pdf_id):
    first = pages(pdf_id)[0]
    for phrase in (AGENCY_NAME.upper(), "Pusat Pengaduan BP2MI", "Jl. MT Haryono Kav. 52",
                   "(021) 29244800", "LAPORAN PENGADUAN PEKERJA MIGRAN INDONESIA",
                   "Semua kantor", "22 November 2026, 14.05 WIB"):
        assert phrase in first, phrase


@pytest.mark.parametrize("lang, page_word", [("id", "Halaman {n} dari {m}"),
                                             ("en", "Page {n} of {m}")])
def test_every_table_title_and_numbered_pages(report, lang, page_word):
    pdf = render_report_pdf(report, lang, HEAD)
    texts = pages(pdf)
    m = len(texts)
    assert m > 1
    for n, text in enumerate(texts, start=1):
        assert page_word.format(n=n, m=m) in text
    whole = " ".join(texts)
    for number, table in enumerate(report.tables, start=1):
        assert f"{number}. {table.title(lang)}" in whole, table.key


def test_figures_are_written_the_readers_way(pdf_id):
    text = text_of(pdf_id)
    assert "1.702" in text  # Indonesian thousands
    assert "29,8%" in text  # and decimal comma
    assert "Jumlah" in text
    english = text_of(render_report_pdf(sample_report(), "en", HEAD))
    assert "1,702" in english and "29.8%" in english and "Total" in english


def test_without_a_letterhead_the_reports_office_heads_it(report):
    from desktop.domain.reports.period import Period
    office = sample_report("SBY", Period.month(2026, 10))
    first = pages(render_report_pdf(office, "id"))[0]
    assert "UPT BP2MI Surabaya" in first and "Oktober 2026" in first


def test_same_report_same_bytes(report, pdf_id):
    assert render_report_pdf(report, "id", HEAD) == pdf_id


@pytest.mark.parametrize("key", ["outcomes", "resolution_time", "by_category", "by_sex",
                                 "by_regency", "workload", "trend"])
def test_each_chart_kind_is_drawn(report, key):
    table = report.table(key)
    drawing = table_chart(table, "id", 400)
    charts = [c for c in drawing.contents if isinstance(c, CHART_CLASS[table.chart])]
    assert len(charts) == 1
    chart = charts[0]
    if table.chart == LINE:
        assert len(chart.data) == len(table.columns)
    elif table.chart == PIE:
        assert list(chart.data) == [r.values[0] for r in table.rows]
    else:
        assert len(chart.data[0]) == min(len(table.rows), 12)


def test_a_chart_of_all_zeros_or_no_rows_is_left_out(report):
    table = report.table("by_sex")
    zeros = dataclasses.replace(table, rows=tuple(
        dataclasses.replace(r, values=(0, 0, None)) for r in table.rows))
    assert table_chart(zeros, "id", 400) is None
    assert table_chart(dataclasses.replace(table, rows=()), "id", 400) is None
    text = text_of(render_report_pdf(dataclasses.replace(
        report, tables=(zeros, dataclasses.replace(table, rows=()))), "id"))
    assert "Tidak ada data pada periode ini." in text


def test_a_long_table_runs_over_pages_with_its_header_repeated(report):
    table = report.table("by_regency")
    many = tuple(Row(f"r{i}", f"{REGENCIES[i % len(REGENCIES)]} {i}",
                     f"{REGENCIES[i % len(REGENCIES)]} {i}", (400 - i, 10, 0.2))
                 for i in range(300))
    long = dataclasses.replace(table, rows=many)
    texts = pages(render_report_pdf(dataclasses.replace(report, tables=(long,)), "id"))
    assert len(texts) >= 5
    assert all("Kabupaten/kota Jumlah Selesai Persentase" in t for t in texts[1:-1])
    assert "Lainnya" in " ".join(texts)  # the chart folds rows past the twelfth


def test_names_outside_latin_1_do_not_break_the_pdf(report):
    table = report.table("workload")
    odd = dataclasses.replace(table, rows=(
        Row("nguyen", "Nguyễn Thị Hoa", "Nguyễn Thị Hoa", (3, 0, 0, 10)),
        Row("zw", "Ani\u200b Lestari 山田", "Ani Lestari 山田", (2, 0, 0, 5))))
    text = text_of(render_report_pdf(dataclasses.replace(report, tables=(odd,)), "id"))
    assert "Nguyen Thi Hoa" in text
    assert "Ani Lestari ??" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) missing")
def test_first_page_renders_to_an_image(tmp_path, pdf_id):
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(pdf_id)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "p")], check=True, timeout=60)
    png = next(tmp_path.glob("p-*1.png"))
    assert png.read_bytes().startswith(b"\x89PNG")
    assert png.stat().st_size > 10_000  # letterhead, table and a chart, not a blank page


# -- writing --------------------------------------------------------------------------------


def test_writes_the_file_and_reports_progress_per_table(tmp_path, report, pdf_id):
    calls = []
    path = write_report_pdf(report, tmp_path / "laporan.pdf", "id", HEAD,
                            progress=lambda done, total: calls.append((done, total)))
    assert path.read_bytes() == pdf_id
    n = len(report.tables)
    assert calls == [(i, n) for i in range(1, n + 1)]
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def test_cancel_midway_leaves_no_file(tmp_path, report):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 4

    with pytest.raises(ExportCancelled):
        write_report_pdf(report, tmp_path / "laporan.pdf", cancelled=cancelled)
    assert len(asked) == 5  # stopped at the fifth table, not at the end
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing folder", "parent is a file"])
def test_an_unwritable_place_gives_export_write_failed(tmp_path, report, where):
    if where == "missing folder":
        target = tmp_path / "tidak-ada" / "laporan.pdf"
    else:
        (tmp_path / "berkas").write_text("x")
        target = tmp_path / "berkas" / "laporan.pdf"
    with pytest.raises(ExportWriteFailed):
        write_report_pdf(report, target)


def test_a_failure_while_rendering_leaves_no_part_file(tmp_path, report, monkeypatch):
    def broken(*_args, **_kw):
        raise RuntimeError("layout")

    monkeypatch.setattr("desktop.reports.pdf_report._table_block", broken)
    with pytest.raises(RuntimeError):
        write_report_pdf(report, tmp_path / "laporan.pdf")
    assert list(tmp_path.iterdir()) == []

