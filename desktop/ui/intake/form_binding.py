"""Plumbing shared by the intake sections: labelled rows, values as typed, inline errors.

Core errors name fields like "worker.nik"; every input registers under that name so a
failed save can mark exactly the inputs at fault and say why, next to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import RefComboBox, error_label, mark_error

CONTEXT = "IntakeForm"


def translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def plain(label_text: str) -> str:
    """A label as the officer reads it in a sentence: no mnemonic ampersand, no colon."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


# -- values as typed ----------------------------------------------------------------------
def value_of(widget: QWidget) -> str:
    if isinstance(widget, RefComboBox):
        return widget.code()
    if isinstance(widget, QComboBox):
        return widget.currentData() or ""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


def set_value(widget: QWidget, value: str) -> None:
    if isinstance(widget, RefComboBox):
        widget.set_code(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value or ""), 0))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        raise TypeError(type(widget).__name__)


def changed_signal(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    return widget.textChanged


# -- inline errors ------------------------------------------------------------------------
class FieldErrors:
    """Core field names → (input, error label, caption); plus one summary at the top."""

    def __init__(self, summary: QLabel) -> None:
        self.summary = summary
        self._fields: dict[str, tuple[QWidget, QLabel, QLabel | None]] = {}
        self._marked: list[str] = []

    def register(self, field: str, widget: QWidget, caption: QLabel | None) -> QWidget:
        """The input with its own (hidden) error label below it, for a form row."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = error_label()
        layout.addWidget(widget)
        layout.addWidget(label)
        # Spare height (wrapped error text is over-estimated) goes below, not in between.
        layout.addStretch(1)
        self._fields[field] = (widget, label, caption)
        return box

    def register_external(self, field: str, widget: QWidget, label: QLabel,
                          caption: QLabel | None = None) -> None:
        self._fields[field] = (widget, label, caption)

    def widget(self, field: str) -> QWidget | None:
        entry = self._fields.get(field)
        return entry[0] if entry else None

    def clear(self) -> None:
        for widget, label, _caption in self._fields.values():
            mark_error(widget, False)
            label.clear()
            label.hide()
        self._marked = []
        self.summary.clear()
        self.summary.hide()

    def marked(self) -> list[str]:
        return list(self._marked)

    def text(self, field: str) -> str:
        _widget, label, _caption = self._fields[field]
        return label.text() if not label.isHidden() else ""

    def show(self, errors: list[tuple[str | None, str]]) -> list[QWidget]:
        """Mark each (field, message); returns the marked inputs (none focused yet)."""
        self.clear()
        marked: list[QWidget] = []
        unplaced: list[str] = []
        names: dict[str, list[str]] = {}  # section title -> captions, in error order
        for field, message in errors:
            entry = self._fields.get(field or "")
            if entry is None:
                unplaced.append(message)
                continue
            widget, label, caption = entry
            mark_error(widget, True)
            # Two problems with one input (e.g. required for this channel and malformed).
            label.setText(f"{label.text()}\n{message}" if label.text() else message)
            label.show()
            reveal(widget)
            self._marked.append(field)
            marked.append(widget)
            if caption is not None:
                section = names.setdefault(section_title(caption), [])
                if plain(caption.text()) not in section:
                    section.append(plain(caption.text()))
        self.show_summary(names, unplaced)
        return marked

    def show_summary(self, names: dict[str, list[str]], messages: list[str]) -> None:
        lines = []
        if names:
            where = "; ".join(f"{title}: {', '.join(captions)}" if title else ", ".join(captions)
                              for title, captions in names.items())
            lines.append(QCoreApplication.translate(
                "IntakeForm", "Nothing was saved. Please correct the marked entries — {where}."
            ).format(where=where))
        lines += messages
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(lines))

    def show_message(self, message: str) -> None:
        self.clear()
        self.summary.setText(message)
        self.summary.show()


def section_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    return parent.title() if parent is not None else ""


def reveal(widget: QWidget) -> None:
    """Expand collapsed groups holding `widget` and scroll it into view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, CollapsibleBox):
            parent.set_expanded(True)
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 60)
        parent = parent.parentWidget()


# -- sections -----------------------------------------------------------------------------
class FormSection(QGroupBox):
    """A titled group of labelled inputs whose labels are translatable source strings."""

    def __init__(self, prefix: str, title: str, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self._title = title
        self.errors = errors
        self.fields: dict[str, QWidget] = {}  # attribute name -> input
        self.captions: list[tuple[QLabel, str]] = []
        self.defaults: dict[str, str] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 10)
        self.form = self.new_form()
        self.layout_.addLayout(self.form)

    @staticmethod
    def new_form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(5)
        return form

    def add(self, attr: str, label: str, widget: QWidget, form: QFormLayout | None = None,
            placeholder: str | None = None) -> QWidget:
        caption = QLabel()
        caption.setBuddy(widget)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The caption stays level with the input, not centred on the input plus its error.
        caption.setFixedHeight(widget.sizeHint().height())
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(caption)
        column.addStretch(1)
        self.captions.append((caption, label))
        if placeholder and isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setProperty("placeholder_source", placeholder)
        field = f"{self.prefix}.{attr}"
        row = self.errors.register(field, widget, caption)
        (form or self.form).addRow(holder, row)
        self.fields[attr] = widget
        self.defaults[attr] = value_of(widget)
        return widget

    def retranslate(self) -> None:
        self.setTitle(translate(self._title))
        for caption, source in self.captions:
            caption.setText(translate(source))
        for widget in self.fields.values():
            source = widget.property("placeholder_source")
            if source:
                widget.setPlaceholderText(translate(source))

    def values(self) -> dict[str, str]:
        return {attr: value_of(w) for attr, w in self.fields.items()}

    def set_values(self, obj) -> None:
        for attr, widget in self.fields.items():
            if hasattr(obj, attr):
                set_value(widget, getattr(obj, attr))

    def has_input(self) -> bool:
        return any(value_of(w).strip() != self.defaults[a].strip() for a, w in self.fields.items())

    def inputs(self) -> list[QWidget]:
        """Inputs in tab order (the order they were added)."""
        return list(self.fields.values())


class CollapsibleBox(QWidget):
    """A toggle (Space or click) that shows or hides less common inputs."""

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body = QWidget()
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.button)
        layout.addWidget(self.body)
        self.button.toggled.connect(self.set_expanded)

    def is_expanded(self) -> bool:
        return self.body.isVisibleTo(self)

    def set_expanded(self, on: bool) -> None:
        if self.button.isChecked() != on:
            self.button.setChecked(on)  # re-enters through toggled
            return
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)
        self.toggled.emit(on)

