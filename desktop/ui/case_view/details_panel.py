"""Everything recorded about the worker, the complainant and the complaint, read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import CaseDetail
from desktop.formatting import format_date, format_phone, format_phones
from desktop.ui.case_fields import COMPLAINANT_FIELDS, COMPLAINT_FIELDS, WORKER_FIELDS


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailsPanel", text)


class DetailsPanel(QScrollArea):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.values: dict[str, QLabel] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        self._actions = QHBoxLayout()
        self._actions.addStretch(1)
        layout.addLayout(self._actions)
        self.captions: dict[str, tuple[QLabel, str]] = {}
        self.groups = [self._group(fields) for fields in
                       (COMPLAINT_FIELDS, WORKER_FIELDS, COMPLAINANT_FIELDS)]
        for box in self.groups:
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.retranslate()

    def retranslate(self) -> None:
        """Captions in ctx.lang; the values follow at the next set_case."""
        titles = (self.tr("Complaint"), self.tr("Worker (TKI)"), self.tr("Complainant"))
        for box, title in zip(self.groups, titles, strict=True):
            box.setTitle(title)
        for caption, label in self.captions.values():
            caption.setText(_tr(label) + ":")

    def add_action(self, action: QAction) -> QToolButton:
        """A button next to the data it acts on (the same action as in the toolbar)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._actions.addWidget(button)
        return button

    def _group(self, fields) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for field, label, _kind in fields:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setTextFormat(Qt.TextFormat.PlainText)
            caption = QLabel()
            caption.setStyleSheet("color: #555;")
            form.addRow(caption, value)
            self.values[field] = value
            self.captions[field] = (caption, label)
        return box

    def set_case(self, detail: CaseDetail) -> None:
        sources = {"case": detail.case, "worker": detail.worker, "complainant": detail.complainant}
        for fields in (COMPLAINT_FIELDS, WORKER_FIELDS, COMPLAINANT_FIELDS):
            for field, _label, kind in fields:
                part, _, name = field.partition(".")
                raw = str(sources[part].get(name) or "")
                self.values[field].setText(self._shown(raw, kind) or "—")

    def _shown(self, raw: str, kind: str | None) -> str:
        if not raw or kind is None:
            return raw
        if kind == "date":
            return format_date(date.fromisoformat(raw), self.ctx.lang)
        if kind == "sex":
            return {"L": self.tr("Male (L)"), "P": self.tr("Female (P)")}.get(raw, raw)
        if kind == "phone":
            return format_phone(raw)
        if kind == "phones":
            return format_phones(raw)
        return self.ctx.core.reference.label(kind, raw, self.ctx.lang)

    def text(self, field: str) -> str:
        return self.values[field].text()
