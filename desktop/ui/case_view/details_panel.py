"""Everything recorded about the worker, the complainant and the complaint, read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from desktop.formatting import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailsPanel", text)


# (field, label marked for lupdate and translated where shown, how to show the value).
COMPLAINT_FIELDS = (
    ("case.category", QT_TRANSLATE_NOOP("DetailsPanel", "Category"), "category"),
    ("case.channel", QT_TRANSLATE_NOOP("DetailsPanel", "Channel"), "channel"),
    ("case.complainant_type", QT_TRANSLATE_NOOP("DetailsPanel", "Complainant type"),
     "complainant_type"),
    ("case.description", QT_TRANSLATE_NOOP("DetailsPanel", "Description"), None),
    ("case.outcome", QT_TRANSLATE_NOOP("DetailsPanel", "Outcome"), "outcome"),
    ("case.duplicate_of", QT_TRANSLATE_NOOP("DetailsPanel", "Duplicate of"), None),
)
WORKER_FIELDS = (
    ("worker.name", QT_TRANSLATE_NOOP("DetailsPanel", "Name"), None),
    ("worker.sex", QT_TRANSLATE_NOOP("DetailsPanel", "Sex"), "sex"),
    ("worker.birth_date", QT_TRANSLATE_NOOP("DetailsPanel", "Date of birth"), "date"),
    ("worker.nik", QT_TRANSLATE_NOOP("DetailsPanel", "NIK"), None),
    ("worker.passport", QT_TRANSLATE_NOOP("DetailsPanel", "Passport"), None),
    ("worker.ktkln", QT_TRANSLATE_NOOP("DetailsPanel", "KTKLN"), None),
    ("worker.phone", QT_TRANSLATE_NOOP("DetailsPanel", "Phone"), None),
    ("worker.address", QT_TRANSLATE_NOOP("DetailsPanel", "Address"), None),
    ("worker.province", QT_TRANSLATE_NOOP("DetailsPanel", "Province"), None),
    ("worker.regency", QT_TRANSLATE_NOOP("DetailsPanel", "Regency / city"), None),
    ("worker.destination_country", QT_TRANSLATE_NOOP("DetailsPanel", "Destination country"), "country"),
    ("worker.destination_city", QT_TRANSLATE_NOOP("DetailsPanel", "Destination city"), None),
    ("worker.job", QT_TRANSLATE_NOOP("DetailsPanel", "Job"), "job"),
    ("worker.employer_name", QT_TRANSLATE_NOOP("DetailsPanel", "Employer"), None),
    ("worker.employer_address", QT_TRANSLATE_NOOP("DetailsPanel", "Employer address"), None),
    ("worker.employer_phone", QT_TRANSLATE_NOOP("DetailsPanel", "Employer phone"), None),
    ("worker.first_employer", QT_TRANSLATE_NOOP("DetailsPanel", "First employer"), None),
    ("worker.pptkis", QT_TRANSLATE_NOOP("DetailsPanel", "Placement agency (PPTKIS)"), None),
    ("worker.departure_date", QT_TRANSLATE_NOOP("DetailsPanel", "Departure date"), "date"),
    ("worker.work_agreement", QT_TRANSLATE_NOOP("DetailsPanel", "Work agreement"), None),
)
COMPLAINANT_FIELDS = (
    ("complainant.name", QT_TRANSLATE_NOOP("DetailsPanel", "Name"), None),
    ("complainant.relation", QT_TRANSLATE_NOOP("DetailsPanel", "Relation to the worker"), "relation"),
    ("complainant.nik", QT_TRANSLATE_NOOP("DetailsPanel", "NIK"), None),
    ("complainant.phones", QT_TRANSLATE_NOOP("DetailsPanel", "Phones"), None),
    ("complainant.email", QT_TRANSLATE_NOOP("DetailsPanel", "Email"), None),
    ("complainant.address", QT_TRANSLATE_NOOP("DetailsPanel", "Address"), None),
    ("complainant.preferred_contact", QT_TRANSLATE_NOOP("DetailsPanel", "Preferred contact"), "channel"),
)

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
        titles = (self.tr("Complaint"), self.tr("Worker (PMI)"), self.tr("Complainant"))
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
        return self.ctx.core.reference.label(kind, raw, self.ctx.lang)

    def text(self, field: str) -> str:
        return self.values[field].text()
