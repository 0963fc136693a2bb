"""Small widgets shared by the forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain.reference import Reference

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"


class RefComboBox(QComboBox):
    """A choice from a reference list (categories, channels, ...); the data is the code."""

    def __init__(self, reference: Reference, kind: str, lang: str, *, allow_empty: bool = True,
                 empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        if allow_empty:
            self.addItem(empty_text if empty_text is not None
                         else QCoreApplication.translate("RefComboBox", "— choose —"), "")
        for item in reference.items(kind):
            self.addItem(item.label(lang), item.code)
        # Typing the first letters selects an entry: keyboard-first intake.
        self.setEditable(False)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))


class DateLineEdit(QLineEdit):
    """Dates are typed (22/11/2026, 22-11-2026, 22 Nov 2026); the core parses and validates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateLineEdit", "dd/mm/yyyy"))

    def set_date(self, value: date | str | None) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        self.setText(value.strftime("%d/%m/%Y") if value else "")


def mark_error(widget: QWidget, on: bool) -> None:
    widget.setStyleSheet(ERROR_STYLE if on else "")


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c0392b;")
    label.hide()
    return label
