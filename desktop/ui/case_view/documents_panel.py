"""The document checklist: each document is present, missing or not applicable.

Missing documents stand out because they are what the officer must chase next. Each item
shows its scans and offers to attach one (the Attachments tab keeps the file).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import DOC_MISSING, DOC_NOT_APPLICABLE, DOC_PRESENT, CaseDetail

MISSING_STYLE = "color: #c0392b; font-weight: bold;"

class DocumentsPanel(QScrollArea):
    stateChosen = Signal(str, str)  # doc_type, state
    scanRequested = Signal(str)  # doc_type: attach its scan

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.combos: dict[str, QComboBox] = {}
        # Arrow keys step through the states one by one; only where they stop is saved, so
        # passing over "Present" does not record a received document.
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(600)
        self._timer.timeout.connect(self.flush)
        self.labels: dict[str, QLabel] = {}
        self.scans: dict[str, QLabel] = {}  # doc_type -> what scans it has
        self.scan_buttons: dict[str, QToolButton] = {}
        self.missing_count = 0
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(12)
        for row, item in enumerate(ctx.core.reference.items("document_type")):
            label = QLabel()
            label.setWordWrap(True)
            combo = QComboBox()
            for state in (DOC_PRESENT, DOC_MISSING, DOC_NOT_APPLICABLE):
                combo.addItem("", state)
            label.setBuddy(combo)
            combo.activated.connect(lambda _i, code=item.code: self._chosen(code))
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            scans = QLabel()
            scans.setStyleSheet("color: #555;")
            button = QToolButton()
            button.clicked.connect(lambda _c=False, code=item.code: self.scanRequested.emit(code))
            grid.addWidget(scans, row, 2)
            grid.addWidget(button, row, 3)
            self.scans[item.code] = scans
            self.scan_buttons[item.code] = button
            self.combos[item.code] = combo
            self.labels[item.code] = label
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.retranslate()

    def retranslate(self) -> None:
        """Names in ctx.lang; the summary follows at the next set_case."""
        names = (self.tr("Present"), self.tr("Missing"), self.tr("Not applicable"))
        for item in self.ctx.core.reference.items("document_type"):
            if item.code not in self.combos:
                continue
            self.labels[item.code].setText(item.label(self.ctx.lang))
            combo = self.combos[item.code]
            combo.setAccessibleName(item.label(self.ctx.lang))
            for index, name in enumerate(names):
                combo.setItemText(index, name)
            button = self.scan_buttons[item.code]
            button.setText(self.tr("Attach scan…"))
            button.setToolTip(self.tr("Attach the scan or photo of {document}").format(
                document=item.label(self.ctx.lang)))

    def set_case(self, detail: CaseDetail, editable: bool, why_not: str = "") -> None:
        states = {d["doc_type"]: d["state"] for d in detail.documents}
        missing = []
        for code, combo in self.combos.items():
            if code in self._pending:
                # Not saved yet: keep what the officer just chose.
                state = combo.currentData()
            else:
                # A type added to the reference after intake has no row yet: still to collect.
                state = states.get(code, DOC_MISSING)
                blocked = combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(state), 0))
                combo.blockSignals(blocked)
            combo.setEnabled(editable)
            combo.setToolTip("" if editable else why_not)
            label = self.labels[code]
            label.setStyleSheet(MISSING_STYLE if state == DOC_MISSING else "")
            if state == DOC_MISSING:
                missing.append(label.text())
        if missing:
            self.summary.setText(self.tr("Missing: {names}").format(names=", ".join(missing)))
            self.summary.setStyleSheet(MISSING_STYLE)
        else:
            self.summary.setText(self.tr("No documents missing."))
            self.summary.setStyleSheet("color: #2e7d32;")
        self.missing_count = len(missing)
        self._show_scans(detail, editable, why_not)

    def _show_scans(self, detail: CaseDetail, editable: bool, why_not: str) -> None:
        by_type: dict[str, list] = {}
        for att in detail.attachments:
            if att.doc_type:
                by_type.setdefault(att.doc_type, []).append(att)
        for code, label in self.scans.items():
            found = by_type.get(code, [])
            # Words, not an emoji: office PCs' fonts may have no glyph for it.
            label.setText(self.tr("Scan: {names}").format(
                names=", ".join(a.filename for a in found)) if found else "")
            label.setToolTip("\n".join(a.filename for a in found))
            self.scan_buttons[code].setEnabled(editable)
            if not editable:
                self.scan_buttons[code].setToolTip(why_not)

    def scan_count(self, code: str) -> int:
        text = self.scans[code].toolTip()
        return len(text.split("\n")) if text else 0

    def _chosen(self, code: str) -> None:
        self._pending.add(code)
        self._timer.start()

    def flush(self) -> None:
        """Save the choices still waiting (also when the window closes)."""
        self._timer.stop()
        pending, self._pending = self._pending, set()
        for code in sorted(pending):
            self.stateChosen.emit(code, self.combos[code].currentData())

    def state(self, code: str) -> str:
        return self.combos[code].currentData()
