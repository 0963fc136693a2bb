"""What the three report renderers share: the office line, which rows a chart draws, and
numbers written the reader's way."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.domain.reports.tables import DAYS, HBAR, PIE, Row
from desktop.reports.report_labels import (
    CHART_MAX_ROWS,
    chart_data,
    has_chart,
    number_text,
    office_label,
    title_lines,
)
from tests.report_samples import sample_report


@pytest.fixture(scope="module")
def report():
    return sample_report()


def test_office_line_names_the_office_or_all_offices(report):
    assert office_label(report, "id") == "Semua kantor"
    assert office_label(report, "en") == "All offices"
    assert office_label(sample_report("SBY"), "en") == "UPT BP2MI Surabaya"
    assert title_lines(report, "en")[2] == ("Printed", "22 November 2026, 14:05 WIB")


def test_a_short_table_is_charted_row_for_row(report):
    table = report.table("by_sex")
    data = chart_data(table, "en")
    assert data.categories == ("Female", "Male")
    assert data.series == (("Count", (1321, 381)),)
    assert not data.folded


def test_rows_past_twelve_are_added_up_as_other(report):
    table = report.table("by_regency")
    assert len(table.rows) > CHART_MAX_ROWS
    data = chart_data(table, "id")
    assert data.folded
    assert len(data.categories) == CHART_MAX_ROWS
    # Named with how many rows it adds up: a real "Lainnya" row may be drawn beside it.
    assert data.categories[-1] == f"Lainnya ({len(table.rows) - CHART_MAX_ROWS + 1} lagi)"
    values = data.series[0][1]
    assert values[:-1] == tuple(r.values[0] for r in table.rows[:CHART_MAX_ROWS - 1])
    assert sum(values) == sum(r.values[0] for r in table.rows)  # a pie still shows the whole


def test_days_are_cut_not_added_up(report):
    table = report.table("by_regency")
    days = dataclasses.replace(table, columns=(dataclasses.replace(table.columns[0],
                                                                   kind=DAYS),
                                               *table.columns[1:]))
    data = chart_data(days, "id")
    assert not data.folded
    assert len(data.categories) == CHART_MAX_ROWS
    assert "Lainnya" not in data.categories


def test_a_line_chart_draws_every_column(report):
    data = chart_data(report.table("trend"), "en")
    assert [name for name, _v in data.series] == ["Complaints", "Resolved",
                                                  "Information requests"]
    assert all(len(v) == 12 for _n, v in data.series)


def test_chart_column_picks_the_series_and_missing_values_count_as_zero(report):
    table = dataclasses.replace(report.table("by_sex"), chart_column=2, chart=PIE, rows=(
        Row("P", "Perempuan", "Female", (5, 1, None)), Row("L", "Laki-laki", "Male", (5, 1, 50))))
    assert chart_data(table, "id").series == (("Persentase", (0, 50)),)


def test_has_chart_needs_a_kind_and_rows(report):
    table = report.table("by_agency")
    assert table.chart == HBAR and has_chart(table)
    assert not has_chart(dataclasses.replace(table, chart=""))
    assert not has_chart(dataclasses.replace(table, rows=()))


@pytest.mark.parametrize("value, kind, lang, shown", [
    (1702, "count", "id", "1.702"), (1702, "count", "en", "1,702"),
    (29.8, "percent", "id", "29,8%"), (29.8, "percent", "en", "29.8%"),
    (12.5, "days", "id", "12,5"), (41, "days", "id", "41"), (41.0, "days", "en", "41"),
    (1234567, "count", "id", "1.234.567"), (None, "count", "id", "–"),
])
def test_number_text(value, kind, lang, shown):
    assert number_text(value, kind, lang) == shown
