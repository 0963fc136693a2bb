"""A report as an Excel workbook: a summary sheet, then one sheet per table with a title
block, real number cells, a total row, frozen header and a native Excel chart beside it.

Written with XlsxWriter through atomic_output: the workbook appears whole or not at all.
"""

from __future__ import annotations

import re
from datetime import UTC
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.worksheet import Worksheet

from desktop.domain.reports.tables import (
    BAR,
    COUNT,
    DAYS,
    HBAR,
    LINE,
    PERCENT,
    PIE,
    Report,
    Table,
)
from desktop.receipt.layout import AGENCY_NAME
from desktop.reports.files import (
    Cancelled,
    ExportWriteFailed,
    Progress,
    atomic_output,
    check_cancel,
)
from desktop.reports.report_labels import (
    MSG_CHART_DATA,
    MSG_NUMBER,
    MSG_OFFICE,
    MSG_PAGE,
    MSG_PERIOD,
    MSG_PERIOD_FIRST,
    MSG_PERIOD_LAST,
    MSG_PRINTED,
    MSG_ROWS,
    MSG_SHEET,
    MSG_SUMMARY,
    MSG_TABLE,
    MSG_TABLES,
    MSG_TITLE,
    MSG_TOTAL,
    ChartData,
    chart_data,
    has_chart,
    lang_of,
    office_label,
    printed_label,
)

SHEET_NAME_MAX = 31  # Excel's limit
HEADER_ROW = 6  # the title block takes the rows above it
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_FILLER_WORDS = {"yang", "the"}
# Excel types the chart like this; HBAR is Excel's "bar" (bars lying down).
_EXCEL_CHART = {BAR: "column", HBAR: "bar", PIE: "pie", LINE: "line"}
_PALETTE = ("#2F5D8A", "#C0504D", "#9BBB59", "#8064A2", "#F79646", "#4BACC6",
            "#7F7F7F", "#1F497D", "#E46C0A", "#77933C", "#A5A5A5", "#604A7B")


def write_report_xlsx(report: Report, path: Path, lang: str = "id",
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> Path:
    """Writes the workbook to `path` (replacing it); nothing is left on cancel or error."""
    lang = lang_of(lang)
    path = Path(path)
    with atomic_output(path) as temp:
        # in_memory: the parts are zipped from memory, so no stray temporary files.
        book = xlsxwriter.Workbook(str(temp), {"constant_memory": False, "in_memory": True})
        book.set_properties({"title": f"{MSG_TITLE.text(lang)} {report.period.label(lang)}",
                             "author": AGENCY_NAME, "company": AGENCY_NAME,
                             # Stored as UTC, as the file format wants it.
                             "created": report.generated_at.astimezone(UTC).replace(
                                 tzinfo=None)})
        fmt = _Formats(book, lang)
        names = sheet_names(report.tables, lang)
        _summary_sheet(book, fmt, report, names, lang)
        total = len(report.tables)
        for i, (table, name) in enumerate(zip(report.tables, names, strict=True)):
            check_cancel(cancelled)
            _table_sheet(book, book.add_worksheet(name), fmt, report, table, lang)
            if progress is not None:
                progress(i + 1, total)
        check_cancel(cancelled)
        try:
            book.close()
        except FileCreateError as exc:
            reason = exc.args[0] if exc.args else exc
            raise ExportWriteFailed(path, getattr(reason, "strerror", None)
                                    or str(reason)) from exc
    return path


class _Formats:
    """The workbook's cell formats, made once (XlsxWriter keeps one per distinct style)."""

    def __init__(self, book: xlsxwriter.Workbook, lang: str) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.key = book.add_format({"bold": True, "font_color": "#555555"})
        self.text = book.add_format({})
        self.note = book.add_format({"italic": True, "font_color": "#555555"})
        self.date = book.add_format(
            {"num_format": "d mmm yyyy" if lang == "en" else "dd/mm/yyyy", "align": "left"})
        self.link = book.add_format({"font_color": "#1F4E99", "underline": 1})
        self.head_label = book.add_format({"bold": True, "bg_color": "#F0F0F0", "bottom": 1,
                                           "text_wrap": True, "valign": "top"})
        self.head_number = book.add_format({"bold": True, "bg_color": "#F0F0F0", "bottom": 1,
                                            "text_wrap": True, "valign": "top",
                                            "align": "right"})
        self.total_label = book.add_format({"bold": True, "top": 1})
        self._numbers: dict[tuple[str, bool], object] = {}
        self._book = book

    def number(self, num_format: str, bold: bool = False):
        key = (num_format, bold)
        if key not in self._numbers:
            spec = {"num_format": num_format}
            if bold:
                spec |= {"bold": True, "top": 1}
            self._numbers[key] = self._book.add_format(spec)
        return self._numbers[key]


def sheet_names(tables: tuple[Table, ...] | list[Table], lang: str) -> list[str]:
    """A name per table: its title when it fits in 31 characters, else the subject and the
    label heading ("Pengaduan – Provinsi"), else the title without filler words or cut at a
    word; unique
    (case-insensitively, as Excel compares them) and never the summary sheet's name."""
    taken = {MSG_SUMMARY.text(lang).casefold()}
    out = []
    for table in tables:
        name = _short_name(table, lang)
        unique, n = name, 2
        while unique.casefold() in taken:
            suffix = f" ({n})"
            unique = name[:SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
            n += 1
        taken.add(unique.casefold())
        out.append(unique)
    return out


def _short_name(table: Table, lang: str) -> str:
    title = _clean_sheet_name(table.title(lang))
    if len(title) <= SHEET_NAME_MAX:
        return title
    subject = re.split(r"\s+(?:menurut|by)\s+", title, maxsplit=1)[0]
    heading = _clean_sheet_name(table.label_heading(lang))
    candidate = f"{subject} – {heading}" if heading else ""
    if candidate and len(candidate) <= SHEET_NAME_MAX:
        return candidate
    # "Umur pengaduan yang masih terbuka" still reads right without its filler words.
    title = " ".join(w for w in title.split() if w.casefold() not in _FILLER_WORDS)
    if len(title) <= SHEET_NAME_MAX:
        return title
    cut = title[:SHEET_NAME_MAX + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > 10 else title[:SHEET_NAME_MAX]).rstrip(" –-")


def _clean_sheet_name(text: str) -> str:
    name = " ".join(_BAD_SHEET_CHARS.sub("-", text).split()).strip("'")
    return name or "-"


# -- sheets ------------------------------------------------------------------------------


def _title_block(ws: Worksheet, fmt: _Formats, report: Report, title: str, lang: str) -> int:
    """The title and the office/period/printed lines; returns the next free row."""
    ws.write_string(0, 0, title, fmt.title)
    lines = [(MSG_OFFICE.text(lang), office_label(report, lang)),
             (MSG_PERIOD.text(lang), report.period.label(lang)),
             (MSG_PRINTED.text(lang), printed_label(report, lang))]
    for row, (label, value) in enumerate(lines, start=1):
        ws.write_string(row, 0, label, fmt.key)
        ws.write_string(row, 1, value, fmt.text)
    return len(lines) + 1


def _summary_sheet(book: xlsxwriter.Workbook, fmt: _Formats, report: Report,
                   names: list[str], lang: str) -> None:
    ws = book.add_worksheet(MSG_SUMMARY.text(lang))
    row = _title_block(ws, fmt, report, MSG_TITLE.text(lang), lang)
    # The period's ends as real dates, for a reader that filters or sorts on them.
    ws.write_string(row, 0, MSG_PERIOD_FIRST.text(lang), fmt.key)
    ws.write_datetime(row, 1, report.period.first, fmt.date)
    ws.write_string(row + 1, 0, MSG_PERIOD_LAST.text(lang), fmt.key)
    ws.write_datetime(row + 1, 1, report.period.last, fmt.date)
    row += 3
    ws.write_string(row, 0, MSG_TABLES.text(lang), fmt.title)
    row += 1
    head = row
    for col, label in enumerate((MSG_NUMBER.text(lang), MSG_TABLE.text(lang),
                                 MSG_SHEET.text(lang), MSG_ROWS.text(lang))):
        ws.write_string(head, col, label, fmt.head_number if col in (0, 3) else fmt.head_label)
    for n, (table, name) in enumerate(zip(report.tables, names, strict=True), start=1):
        r = head + n
        ws.write_number(r, 0, n, fmt.number("0"))
        ws.write_string(r, 1, table.title(lang))
        quoted = name.replace("'", "''")
        ws.write_url(r, 2, f"internal:'{quoted}'!A1", fmt.link, string=name)
        ws.write_number(r, 3, len(table.rows), fmt.number("#,##0"))
    widths = [max(len(MSG_PERIOD_FIRST.text(lang)), len(MSG_PERIOD_LAST.text(lang)), 6),
              max([len(t.title(lang)) for t in report.tables] + [24]),
              max([len(n) for n in names] + [10]), 8]
    for col, width in enumerate(widths):
        ws.set_column(col, col, min(width, 60) + 2)
    ws.freeze_panes(head + 1, 0)
    _print_setup(ws, MSG_TITLE.text(lang), lang, landscape=False)
    ws.activate()


def _print_setup(ws: Worksheet, title: str, lang: str, landscape: bool) -> None:
    """Printed from Excel, a sheet fits the width of an A4 page (the chart beside the table
    wants it lying down) with the page count in the footer, as the PDF has it."""
    ws.set_paper(9)  # A4
    if landscape:
        ws.set_landscape()
    ws.fit_to_pages(1, 0)
    page = MSG_PAGE.text(lang, n="&P", m="&N")
    ws.set_footer(f"&L&8{title.replace('&', '&&')[:120]}&R&8{page}")


def _table_sheet(book: xlsxwriter.Workbook, ws: Worksheet, fmt: _Formats, report: Report,
                 table: Table, lang: str) -> None:
    _title_block(ws, fmt, report, table.title(lang), lang)
    if table.note(lang):
        ws.write_string(HEADER_ROW - 2, 0, table.note(lang), fmt.note)
    ws.write_string(HEADER_ROW, 0, table.label_heading(lang), fmt.head_label)
    formats = [_num_format(table, i) for i in range(len(table.columns))]
    for col, column in enumerate(table.columns, start=1):
        ws.write_string(HEADER_ROW, col, column.label(lang), fmt.head_number)
    first = HEADER_ROW + 1
    for r, row in enumerate(table.rows, start=first):
        ws.write_string(r, 0, row.label(lang), fmt.text)
        for c, value in enumerate(row.values, start=1):
            _write_value(ws, r, c, value, fmt.number(formats[c - 1]))
    last = first + len(table.rows) - 1
    if table.total and table.rows:
        _total_row(ws, fmt, table, formats, first, last, lang)
    _fit_columns(ws, table, lang)
    ws.freeze_panes(HEADER_ROW + 1, 0)
    _print_setup(ws, table.title(lang), lang, landscape=has_chart(table))
    ws.repeat_rows(HEADER_ROW)
    if has_chart(table):
        _chart(book, ws, fmt, table, first, last, lang)


def _write_value(ws: Worksheet, row: int, col: int, value, cell_format) -> None:
    if value is None:
        ws.write_blank(row, col, None, cell_format)
    else:
        ws.write_number(row, col, value, cell_format)


def _total_row(ws: Worksheet, fmt: _Formats, table: Table, formats: list[str], first: int,
               last: int, lang: str) -> None:
    r = last + 1
    ws.write_string(r, 0, MSG_TOTAL.text(lang), fmt.total_label)
    for i, (column, total) in enumerate(zip(table.columns, table.totals(), strict=True)):
        cell_format = fmt.number(formats[i], bold=True)
        no_values = all(row.values[i] is None for row in table.rows)
        if column.kind == COUNT:
            # A formula, so a reader who corrects a cell sees the total follow; the value
            # is cached for readers that do not calculate.
            letter = xlsxwriter.utility.xl_col_to_name(i + 1)
            ws.write_formula(r, i + 1, f"=SUM({letter}{first + 1}:{letter}{last + 1})",
                             cell_format, total)
        elif total is None or no_values:
            ws.write_blank(r, i + 1, None, cell_format)
        else:
            ws.write_number(r, i + 1, total, cell_format)


def _num_format(table: Table, index: int) -> str:
    kind = table.columns[index].kind
    if kind == PERCENT:
        return '0.0"%"'
    if kind == DAYS:
        whole = all(row.values[index] is None or float(row.values[index]).is_integer()
                    for row in table.rows)
        return "0" if whole else "0.0"
    return "#,##0"


def _fit_columns(ws: Worksheet, table: Table, lang: str) -> None:
    labels = [row.label(lang) for row in table.rows] + [table.label_heading(lang)]
    if table.total:
        labels.append(MSG_TOTAL.text(lang))
    ws.set_column(0, 0, min(max(len(t) for t in labels), 60) + 2)
    for i, column in enumerate(table.columns, start=1):
        numbers = [len(_shown(row.values[i - 1], column.kind)) for row in table.rows]
        if table.total:
            numbers.append(len(_shown(table.totals()[i - 1], column.kind)))
        # A long heading wraps over two lines rather than widen a column of short numbers.
        heading = len(column.label(lang))
        width = max(max(numbers, default=0), min(heading, max(12, (heading + 1) // 2)))
        ws.set_column(i, i, min(width, 40) + 2)


def _shown(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == PERCENT:
        return f"{value:.1f}%"
    if kind == COUNT:
        return f"{value:,.0f}"
    return f"{value:.1f}"


# -- charts ------------------------------------------------------------------------------


def _chart(book: xlsxwriter.Workbook, ws: Worksheet, fmt: _Formats, table: Table, first: int,
           last: int, lang: str) -> None:
    """A native chart right of the table, drawing the table's own cells (or, when the rows
    past the twelfth are added up, a small block of chart data under the table)."""
    data = chart_data(table, lang)
    if data.folded:
        cat_ref, value_refs = _chart_block(ws, fmt, data, table, last, lang)
    else:
        n = len(data.categories)
        cat_ref = [ws.name, first, 0, first + n - 1, 0]
        value_refs = [[ws.name, first, c + 1, first + n - 1, c + 1]
                      for c in _charted_columns(table)]
    chart = book.add_chart({"type": _EXCEL_CHART[table.chart]})
    for k, ((name, _values), ref) in enumerate(zip(data.series, value_refs, strict=True)):
        chart.add_series(_series(table, name, cat_ref, ref, len(data.categories), k))
    chart.set_title({"name": table.title(lang), "name_font": {"size": 11, "bold": True}})
    _style_chart(chart, table)
    height = 300
    if table.chart == HBAR:
        height = max(300, 24 * len(data.categories) + 90)
    chart.set_size({"width": 560, "height": height})
    ws.insert_chart(HEADER_ROW, len(table.columns) + 2, chart, {"x_offset": 10})


def _charted_columns(table: Table) -> list[int]:
    if table.chart == LINE:
        return list(range(len(table.columns)))
    return [min(max(table.chart_column, 0), len(table.columns) - 1)]


def _chart_block(ws: Worksheet, fmt: _Formats, data: ChartData, table: Table, last: int,
                 lang: str) -> tuple[list, list[list]]:
    """The folded chart data (top rows + "Lainnya") written two rows under the table."""
    top = last + (2 if table.total else 1) + 2
    ws.write_string(top, 0, MSG_CHART_DATA.text(lang, n=len(data.categories) - 1), fmt.note)
    first = top + 1
    columns = _charted_columns(table)
    for r, label in enumerate(data.categories, start=first):
        ws.write_string(r, 0, label, fmt.text)
    for (_name, values), c in zip(data.series, columns, strict=True):
        cell_format = fmt.number(_num_format(table, c))
        for r, value in enumerate(values, start=first):
            ws.write_number(r, c + 1, value, cell_format)
    end = first + len(data.categories) - 1
    return ([ws.name, first, 0, end, 0],
            [[ws.name, first, c + 1, end, c + 1] for c in columns])


def _series(table: Table, name: str, cat_ref: list, value_ref: list, points: int,
            index: int) -> dict:
    series: dict = {"name": name, "categories": cat_ref, "values": value_ref}
    colour = _PALETTE[index % len(_PALETTE)]
    if table.chart == PIE:
        series["points"] = [{"fill": {"color": _PALETTE[i % len(_PALETTE)]}}
                            for i in range(points)]
        series["data_labels"] = {"percentage": True, "leader_lines": True}
    elif table.chart == LINE:
        series["line"] = {"color": colour, "width": 2.25}
        series["marker"] = {"type": "circle", "size": 5,
                            "fill": {"color": colour}, "border": {"color": colour}}
    else:
        series["fill"] = {"color": colour}
        series["gap"] = 60
        series["data_labels"] = {"value": True}
    return series


def _style_chart(chart, table: Table) -> None:
    if table.chart == PIE:
        chart.set_legend({"position": "right"})
        return
    if table.chart == LINE:
        chart.set_legend({"position": "bottom"})
    else:
        chart.set_legend({"none": True})
    grid = {"visible": True, "line": {"color": "#D9D9D9"}}
    if table.chart == HBAR:
        # Excel draws the first category at the bottom; reversed, the biggest is on top,
        # and crossing at the last category keeps the value axis at the bottom.
        chart.set_y_axis({"reverse": True, "crossing": "max"})
        chart.set_x_axis({"major_gridlines": grid, "min": 0})
    else:
        chart.set_y_axis({"major_gridlines": grid, "min": 0})
