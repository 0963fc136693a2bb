"""One report table as a Qt model: the label column, the value columns and a total row.

Numbers are right aligned and written the way the reader's language writes them
("1.234" and "45,2 %" in Indonesian, "1,234" and "45.2%" in English).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.reports.tables import COUNT, DAYS, PERCENT, Table

NO_VALUE = "–"
HEADING_CHARS = 14  # a number column's heading longer than this goes on two lines
Index = QModelIndex | QPersistentModelIndex


def format_number(value: float | int | None, kind: str, lang: str = "id") -> str:
    """A cell as the reader writes numbers; None (nothing to count) is a dash."""
    if value is None:
        return NO_VALUE
    if kind == PERCENT or (kind == DAYS and float(value) != int(value)):
        text = f"{value:,.1f}"
    else:
        text = f"{int(round(value)):,}"
    if lang != "en":  # Indonesian: dot for thousands, comma for decimals
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    if kind == PERCENT:
        text += "%" if lang == "en" else " %"
    return text


def wrap_heading(text: str, limit: int = HEADING_CHARS) -> str:
    """A long number heading on two lines, split at the space nearest its middle, so the
    column is as narrow as its numbers ("Kontak keluarga\nterlambat")."""
    if len(text) <= limit or " " not in text:
        return text
    middle = len(text) / 2
    at = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return text[:at] + "\n" + text[at + 1:]


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.lang = "id"
        self.total_label = ""

    def set_table(self, table: Table | None, lang: str, total_label: str) -> None:
        self.beginResetModel()
        self.table, self.lang, self.total_label = table, lang, total_label
        self.endResetModel()

    def has_total(self) -> bool:
        t = self.table
        return t is not None and t.total and bool(t.rows) and \
            any(c.kind == COUNT for c in t.columns)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + (1 if self.has_total() else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.table is None:
            return 0
        return 1 + len(self.table.columns)

    def is_total_row(self, row: int) -> bool:
        return self.has_total() and row == len(self.table.rows)

    def text(self, row: int, column: int) -> str:
        t = self.table
        total = self.is_total_row(row)
        if column == 0:
            return self.total_label if total else t.rows[row].label(self.lang)
        values = t.totals() if total else t.rows[row].values
        kind = t.columns[column - 1].kind
        return format_number(values[column - 1], kind, self.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total_row(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return self.table.label_heading(self.lang)
            label = self.table.columns[section - 1].label(self.lang)
            return wrap_heading(label) if role == Qt.ItemDataRole.DisplayRole else label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
