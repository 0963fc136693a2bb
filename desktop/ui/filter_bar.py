"""Status, category and "follow-up overdue" filters above the case list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.reference import Reference
from desktop.services.cases import CaseFilter
from desktop.ui.widgets import RefComboBox, relabel_ref_combo


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, reference: Reference, lang_source, parent: QWidget | None = None) -> None:
        """`lang_source()` returns the current language (the context's, which can change)."""
        super().__init__(parent)
        self._reference = reference
        self._lang = lang_source
        lang = lang_source()
        self.status = RefComboBox(reference, "status", lang, empty_text=self.tr("All statuses"))
        self.category = RefComboBox(reference, "category", lang,
                                    empty_text=self.tr("All categories"))
        self.category.setMinimumContentsLength(22)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category)
        self.overdue = QCheckBox()
        self.clear_button = QPushButton()
        self.clear_button.setEnabled(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addWidget(self.category_label)
        layout.addWidget(self.category)
        layout.addSpacing(12)
        layout.addWidget(self.overdue)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

        self.status.currentIndexChanged.connect(self._changed)
        self.category.currentIndexChanged.connect(self._changed)
        self.overdue.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.reset)
        self.retranslate()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(status=self.status.code(), category=self.category.code(),
                          overdue=self.overdue.isChecked())

    def is_active(self) -> bool:
        return self.current_filter() != CaseFilter()

    def reset(self) -> None:
        """Back to everything, with one `changed` signal."""
        widgets = (self.status, self.category, self.overdue)
        blocked = [w.blockSignals(True) for w in widgets]
        self.status.set_code("")
        self.category.set_code("")
        self.overdue.setChecked(False)
        for w, b in zip(widgets, blocked, strict=True):
            w.blockSignals(b)
        self._changed()

    def _changed(self) -> None:
        self.clear_button.setEnabled(self.is_active())
        self.changed.emit()

    def retranslate(self) -> None:
        lang = self._lang()
        self.status_label.setText(self.tr("&Status:"))
        self.category_label.setText(self.tr("Ca&tegory:"))
        self.overdue.setText(self.tr("Follow-up &overdue"))
        self.overdue.setToolTip(self.tr(
            "Only open cases whose next contact with the complainant is past its date"))
        self.clear_button.setText(self.tr("Show &all"))
        relabel_ref_combo(self.status, self._reference, lang, self.tr("All statuses"))
        relabel_ref_combo(self.category, self._reference, lang, self.tr("All categories"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
