"""Small widgets shared by the forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
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


# Each language is named in its own language, so nobody needs to read the other one to switch.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


class LanguageComboBox(QComboBox):
    """Bahasa Indonesia / English; the data is the language code."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGE_NAMES:
            self.addItem(name, code)
        self.set_language(lang)

    def language(self) -> str:
        return self.currentData() or "id"

    def set_language(self, lang: str) -> None:
        self.setCurrentIndex(max(self.findData(lang), 0))


def relabel_ref_combo(combo: RefComboBox, reference: Reference, lang: str,
                      empty_text: str | None = None) -> None:
    """Show a RefComboBox's entries in another language, keeping the chosen code."""
    code = combo.code()
    blocked = combo.blockSignals(True)
    for i in range(combo.count()):
        item_code = combo.itemData(i) or ""
        if item_code:
            combo.setItemText(i, reference.label(combo.kind, item_code, lang))
        elif empty_text is not None:
            combo.setItemText(i, empty_text)
    combo.set_code(code)
    combo.blockSignals(blocked)


def grow_to_fit(window: QWidget) -> None:
    """Make a shown window tall enough for wrapped text that just appeared.

    Qt does not apply height-for-width (word-wrapped labels) to a window's minimum size,
    so an error message under a field would otherwise be squeezed and cut off.
    """
    from PySide6.QtCore import QTimer

    def fit() -> None:
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        need = window.heightForWidth(window.width())
        if need < 0:
            need = window.sizeHint().height()
        if need > window.height():
            window.resize(window.width(), need)

    # After the pending layout requests, when the new text has its size.
    QTimer.singleShot(0, window, fit)


def set_busy_cursor(widget: QWidget, busy: bool) -> None:
    """The busy pointer over a form while its work runs in the background."""
    from PySide6.QtCore import Qt

    if busy:
        widget.setCursor(Qt.CursorShape.BusyCursor)
    else:
        widget.unsetCursor()


class FormErrors:
    """Inline errors of one form: core field names map to the input that is marked.

    `wrap(field, widget)` returns the widget with its own error label below it, for the
    form layout; an error whose field has no input goes to the general label.
    """

    def __init__(self, general: QLabel | None = None) -> None:
        self.general = general or error_label()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        from PySide6.QtWidgets import QVBoxLayout

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = error_label()
        layout.addWidget(widget)
        layout.addWidget(label)
        self._fields[field] = (widget, label)
        return box

    def alias(self, field: str, same_as: str) -> None:
        """Report errors of `field` (a core name) on the input registered as `same_as`."""
        self._fields[field] = self._fields[same_as]

    def clear(self) -> None:
        for widget, label in self._fields.values():
            mark_error(widget, False)
            label.hide()
            label.clear()
        self.general.hide()
        self.general.clear()

    def set(self, field: str | None, text: str) -> QWidget | None:
        """Show `text` at `field` (or in the general label); returns the marked input."""
        if field in self._fields:
            widget, label = self._fields[field]
            mark_error(widget, True)
            label.setText(text)
            label.show()
            grow_to_fit(label.window())
            return widget
        self.general.setText(text)
        self.general.show()
        grow_to_fit(self.general.window())
        return None

    def show(self, exc: BaseException, lang: str) -> QWidget | None:
        """Show a core error inline; focus and return the first marked input."""
        from desktop.domain.validation import ValidationErrors
        from desktop.messages import HaloError
        from desktop.ui.errors import error_text

        self.clear()
        first = None
        if isinstance(exc, ValidationErrors):
            for err in exc.errors:
                widget = self.set(err.field, err.text(lang))
                first = first or widget
        else:
            field = exc.field if isinstance(exc, HaloError) else None
            first = self.set(field, error_text(exc, lang))
        if first is not None:
            first.setFocus()
        return first

    def text(self, field: str | None = None) -> str:
        """What the person reads at `field` (or in the general label)."""
        if field is None:
            return self.general.text() if not self.general.isHidden() else ""
        _widget, label = self._fields[field]
        return label.text() if not label.isHidden() else ""


def window_action(owner: QWidget, slot, keys: str = "", tips: dict | None = None) -> QAction:
    """An action of `owner` with its shortcut anywhere in owner's window (words are set when
    the owner translates itself); `tips` collects it for tooltips that teach the keys."""
    act = QAction(owner)
    if keys:
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    act.triggered.connect(slot)
    owner.addAction(act)
    if tips is not None:
        tips[act] = ""
    return act

