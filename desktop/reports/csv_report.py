"""A report as one CSV file: a title block, then each table as a titled block (title,
header, rows, total) with a blank line between blocks.

UTF-8 with a byte order mark, so Excel opens it with Indonesian text intact; numbers are
written plainly with a dot decimal, for any program that reads them back.
"""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.domain.reports.tables import COUNT, Report, Table
from desktop.reports.files import Cancelled, Progress, atomic_output, check_cancel
from desktop.reports.report_labels import MSG_TITLE, MSG_TOTAL, lang_of, title_lines

# A cell starting like this is run as a formula by spreadsheet programs (CSV injection);
# a leading apostrophe keeps it text. Labels can be free text typed at intake.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_report_csv(report: Report, path: Path, lang: str = "id",
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> Path:
    """Writes the CSV to `path` (replacing it); nothing is left on cancel or error."""
    lang = lang_of(lang)
    path = Path(path)
    with atomic_output(path) as temp, open(temp, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([text_cell(MSG_TITLE.text(lang))])
        for label, value in title_lines(report, lang):
            writer.writerow([text_cell(label), text_cell(value)])
        total = len(report.tables)
        for i, table in enumerate(report.tables):
            check_cancel(cancelled)
            writer.writerow([])
            writer.writerows(table_rows(table, lang))
            if progress is not None:
                progress(i + 1, total)
        check_cancel(cancelled)
    return path


def table_rows(table: Table, lang: str) -> list[list[str]]:
    """One table's block: its title, header, rows and (when it has one) the total row."""
    rows = [[text_cell(table.title(lang))],
            [text_cell(table.label_heading(lang)), *(text_cell(c.label(lang))
                                                     for c in table.columns)]]
    for row in table.rows:
        rows.append([text_cell(row.label(lang)),
                     *(plain_number(v, c.kind) for v, c in zip(row.values, table.columns,
                                                               strict=True))])
    if table.total and table.rows:
        totals = table.totals()
        rows.append([text_cell(MSG_TOTAL.text(lang)),
                     *(plain_number(v, c.kind) for v, c in zip(totals, table.columns,
                                                               strict=True))])
    if table.note(lang):
        rows.append([text_cell(table.note(lang))])
    return rows


def plain_number(value: float | int | None, kind: str = COUNT) -> str:
    """'1702', '29.8', '12.5'; '' for no value. Whole numbers lose their '.0'; other
    values keep at most two decimals (shares are already rounded to one)."""
    if value is None:
        return ""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def text_cell(text: str) -> str:
    if text.startswith(_FORMULA_START) and len(text) > 1:
        return "'" + text
    return text
