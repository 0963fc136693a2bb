"""What the three report renderers (XLSX, CSV, PDF) say around the tables, in both
languages, and the few choices they must make alike: the office line, the total row's
label, which rows a chart draws."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reports.tables import COUNT, LINE, NO_CHART, PERCENT, Report, Table
from desktop.formatting import format_datetime
from desktop.messages import Msg

CHART_MAX_ROWS = 12  # the contract: a chart draws at most the first 12 rows

MSG_TITLE = Msg("report.title", "Laporan Pengaduan Pekerja Migran Indonesia",
                "Indonesian Migrant Worker Complaints Report")
MSG_ALL_OFFICES = Msg("report.all_offices", "Semua kantor", "All offices")
MSG_OFFICE = Msg("report.office", "Kantor", "Office")
MSG_PERIOD = Msg("report.period", "Periode", "Period")
MSG_PERIOD_FIRST = Msg("report.period_first", "Dari tanggal", "From")
MSG_PERIOD_LAST = Msg("report.period_last", "Sampai tanggal", "To")
MSG_PRINTED = Msg("report.printed", "Dicetak", "Printed")
MSG_TOTAL = Msg("report.total", "Jumlah", "Total")
MSG_OTHER = Msg("report.other", "Lainnya", "Other")
# The summed category names how many rows it holds: a real "Lainnya" row may be drawn too.
MSG_OTHER_MORE = Msg("report.other_more", "Lainnya ({count} lagi)", "Other ({count} more)")
MSG_SUMMARY = Msg("report.summary", "Ringkasan", "Summary")
MSG_TABLES = Msg("report.tables", "Daftar tabel", "Tables")
MSG_NUMBER = Msg("report.number", "No.", "No.")
MSG_TABLE = Msg("report.table", "Tabel", "Table")
MSG_SHEET = Msg("report.sheet", "Lembar", "Sheet")
MSG_ROWS = Msg("report.rows", "Baris", "Rows")
MSG_CHART_DATA = Msg("report.chart_data", "Data grafik ({n} teratas, sisanya dijumlah)",
                     "Chart data (top {n}, the rest added up)")
MSG_NO_DATA = Msg("report.no_data", "Tidak ada data pada periode ini.",
                  "No data in this period.")
MSG_CHART = Msg("report.chart", "Grafik: {title}", "Chart: {title}")
MSG_PAGE = Msg("report.page", "Halaman {n} dari {m}", "Page {n} of {m}")


def lang_of(lang: str) -> str:
    return "en" if lang == "en" else "id"


def office_label(report: Report, lang: str) -> str:
    """The office's name, or 'Semua kantor' for the national office's all-office copy."""
    if not report.office_code:
        return MSG_ALL_OFFICES.text(lang)
    return report.office_name or report.office_code


def printed_label(report: Report, lang: str) -> str:
    return format_datetime(report.generated_at, report.tz, lang)


def title_lines(report: Report, lang: str) -> list[tuple[str, str]]:
    """(label, value) lines of the title block every rendering starts with."""
    return [(MSG_OFFICE.text(lang), office_label(report, lang)),
            (MSG_PERIOD.text(lang), report.period.label(lang)),
            (MSG_PRINTED.text(lang), printed_label(report, lang))]


@dataclass(frozen=True)
class ChartData:
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]  # (name, one value per category)
    folded: bool  # the rows past the first ones were added up into "Lainnya"/"Other"


def has_chart(table: Table) -> bool:
    return table.chart != NO_CHART and bool(table.rows) and bool(table.columns)


def chart_data(table: Table, lang: str) -> ChartData:
    """What a table's chart draws: LINE every column, the others `chart_column`; at most
    CHART_MAX_ROWS categories. Counts and shares past the limit are added up into one
    "Other" category, so a pie still shows the whole; other kinds are cut."""
    rows = list(table.rows)
    if table.chart == LINE:
        picked = range(len(table.columns))
    else:
        picked = [min(max(table.chart_column, 0), len(table.columns) - 1)]
    foldable = table.chart != LINE and all(
        table.columns[i].kind in (COUNT, PERCENT) for i in picked)
    folded = len(rows) > CHART_MAX_ROWS and foldable
    shown = rows[:CHART_MAX_ROWS - 1] if folded else rows[:CHART_MAX_ROWS]
    categories = [r.label(lang) for r in shown]
    series = []
    for i in picked:
        values = [_num(r.values[i]) for r in shown]
        if folded:
            values.append(sum(_num(r.values[i]) for r in rows[len(shown):]))
        series.append((table.columns[i].label(lang), tuple(values)))
    if folded:
        categories.append(MSG_OTHER_MORE.text(lang, count=len(rows) - len(shown)))
    return ChartData(tuple(categories), tuple(series), folded)


def _num(value: float | int | None) -> float:
    return 0 if value is None else value


def number_text(value: float | int | None, kind: str, lang: str) -> str:
    """A value as a reader writes it: '1.702', '29,8%', '12,5' (id) or '1,702', '29.8%',
    '12.5' (en); '–' for no value. Spreadsheet cells keep real numbers instead."""
    if value is None:
        return "–"
    if kind == PERCENT:
        text = f"{value:,.1f}%"
    elif kind == COUNT or float(value).is_integer():
        text = f"{round(value):,}"
    else:
        text = f"{value:,.1f}"
    if lang_of(lang) == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
