"""The document checklist: for each document, present / missing / not applicable.

Each row's radio buttons share a parent of their own, so Qt treats them as one
auto-exclusive group: Tab lands on the row's current choice and moves on to the next row,
the arrow keys change the choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QWidget,
)

from desktop.domain.models import DOC_MISSING, DOC_NOT_APPLICABLE, DOC_PRESENT, DOC_STATES
from desktop.domain.reference import Reference
from desktop.ui.intake.form_binding import FieldErrors, translate
from desktop.ui.widgets import error_label

STATE_LABELS = {
    DOC_PRESENT: QT_TRANSLATE_NOOP("IntakeForm", "Present"),
    DOC_MISSING: QT_TRANSLATE_NOOP("IntakeForm", "Missing"),
    DOC_NOT_APPLICABLE: QT_TRANSLATE_NOOP("IntakeForm", "Not applicable"),
}


def default_state(doc_extra: dict, relation_extra: dict) -> str:
    """Same rule as the core (desktop.domain.intake._default_doc_state)."""
    when = doc_extra.get("when")
    if when == "family" and not relation_extra.get("family"):
        return DOC_NOT_APPLICABLE
    if when == "kuasa" and not relation_extra.get("kuasa"):
        return DOC_NOT_APPLICABLE
    return DOC_MISSING


class DocumentRow(QWidget):
    """One checklist item. Marked present, it offers to attach its scan (a file chosen now,
    attached with the complaint when it is saved)."""

    def __init__(self, code: str, extra: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.extra = extra
        self.touched = False  # the officer chose; relation changes no longer reset it
        self.scan_path = ""  # the scan chosen for this item, attached on saving
        self.buttons: dict[str, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(12)
        for state in DOC_STATES:
            button = QRadioButton()
            self.buttons[state] = button
            layout.addWidget(button)
            button.toggled.connect(self._chosen)
            button.installEventFilter(self)
        self.scan_button = QToolButton()
        self.scan_button.clicked.connect(self.choose_scan)
        layout.addWidget(self.scan_button)
        layout.addStretch(1)
        self._setting = False
        self.set_state(DOC_MISSING)

    def state(self) -> str:
        for state, button in self.buttons.items():
            if button.isChecked():
                return state
        return DOC_MISSING

    def set_state(self, state: str) -> None:
        self._setting = True
        self.buttons[state].setChecked(True)
        self._setting = False
        self._show_scan()

    def choose_scan(self) -> None:
        from desktop.ui import file_dialogs

        path = file_dialogs.open_file(
            self, translate(QT_TRANSLATE_NOOP("IntakeForm", "Scan of the document")), "",
            translate(QT_TRANSLATE_NOOP("IntakeForm", "Scans and photos (*.pdf *.jpg *.jpeg "
                                                      "*.png *.tif *.tiff);;All files (*)")))
        if path:
            self.scan_path = path
            self._show_scan()

    def _show_scan(self) -> None:
        """Offered while the item is present; its file's name once chosen."""
        present = self.state() == DOC_PRESENT
        self.scan_button.setVisible(present)
        if self.scan_path and present:
            self.scan_button.setText(translate(QT_TRANSLATE_NOOP("IntakeForm", "Scan: {name}"))
                                     .format(name=Path(self.scan_path).name))
            self.scan_button.setToolTip(self.scan_path)
        else:
            self.scan_button.setText(translate(QT_TRANSLATE_NOOP("IntakeForm", "Attach scan…")))
            self.scan_button.setToolTip("")

    def scan(self) -> str:
        """The chosen scan, if the item is (still) present."""
        return self.scan_path if self.state() == DOC_PRESENT else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tabbing into the row lands on its current choice, where the arrow keys change it
        # (Qt moves the choice with the arrows only from the checked button).
        if (event.type() == QEvent.Type.FocusIn and isinstance(watched, QRadioButton)
                and not watched.isChecked()
                and event.reason() in (Qt.FocusReason.TabFocusReason,
                                       Qt.FocusReason.BacktabFocusReason)):
            self.buttons[self.state()].setFocus(event.reason())
        return super().eventFilter(watched, event)

    def _chosen(self, on: bool) -> None:
        if on and not self._setting:
            self.touched = True
        if on:
            self._show_scan()

    def retranslate(self) -> None:
        for state, button in self.buttons.items():
            button.setText(translate(STATE_LABELS[state]))
        self._show_scan()


class DocumentsSection(QGroupBox):
    def __init__(self, reference: Reference, lang: str, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.rows: dict[str, DocumentRow] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        grid.addWidget(self.hint, 0, 0, 1, 2)
        for i, item in enumerate(reference.items("document_type")):
            label = QLabel(item.label(lang))
            row = DocumentRow(item.code, item.extra)
            label.setBuddy(row.buttons[DOC_MISSING])
            message = error_label()
            grid.addWidget(label, 1 + 2 * i, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(row, 1 + 2 * i, 1)
            grid.addWidget(message, 2 + 2 * i, 1)
            errors.register_external(f"documents.{item.code}", row, message, label)
            self.rows[item.code] = row
        grid.setColumnStretch(1, 1)
        self.apply_relation("")

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("IntakeForm", "Documents brought"))
        self.hint.setText(QCoreApplication.translate(
            "IntakeForm", "Tab moves to the next document; the arrow keys choose."))
        for row in self.rows.values():
            row.retranslate()

    def apply_relation(self, relation: str) -> None:
        relation_extra = self.reference.extra("relation", relation)
        for row in self.rows.values():
            if not row.touched:
                row.set_state(default_state(row.extra, relation_extra))

    def value(self) -> dict[str, str]:
        return {code: row.state() for code, row in self.rows.items()}

    def scans(self) -> dict[str, str]:
        """{document type: file} of the scans chosen for items marked present."""
        return {code: row.scan() for code, row in self.rows.items() if row.scan()}

    def has_input(self) -> bool:
        return any(row.touched for row in self.rows.values())

    def inputs(self) -> list[QWidget]:
        """Each row's choices, then its scan button (Tab passes it while it is hidden)."""
        return [w for row in self.rows.values()
                for w in (*row.buttons.values(), row.scan_button)]
