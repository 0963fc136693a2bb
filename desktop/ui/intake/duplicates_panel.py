"""Cases that may already be about this worker, shown while the officer types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import DuplicateCandidate
from desktop.domain.reference import Reference

REASON_ORDER = {"passport": 0, "nik": 1, "phone": 2, "name_birth": 3, "name_country": 4}


def reason_text(reason: str) -> str:
    # Literals repeated here so lupdate extracts them.
    texts = {
        "passport": QCoreApplication.translate("DuplicatesPanel", "same passport"),
        "nik": QCoreApplication.translate("DuplicatesPanel", "same NIK"),
        "name_birth": QCoreApplication.translate("DuplicatesPanel", "similar name, same birth date"),
        "phone": QCoreApplication.translate("DuplicatesPanel", "same phone number"),
        "name_country": QCoreApplication.translate("DuplicatesPanel",
                                                   "similar name, same destination country"),
    }
    return texts.get(reason, reason)


class DuplicatesPanel(QFrame):
    openRequested = Signal(int, str)  # seq, case number
    shown = Signal()  # it appeared: the form above lost height

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang
        self.candidates: list[DuplicateCandidate] = []
        self.setObjectName("duplicates")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#duplicates { background: #fff8e1; border: 1px solid #e0b84c;"
                           " border-radius: 4px; }")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # Out of the form's Tab chain: reached with its own key (focus_table).
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.installEventFilter(self)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.row_height = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(self.row_height)
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.open_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.open_button.clicked.connect(self._open_selected)
        self.table.doubleClicked.connect(self._open_selected)

        side = QVBoxLayout()
        side.addWidget(self.open_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(body)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText("<b>{}</b> {} <span style='color:#555'>{}</span>".format(
            self.tr("Possible duplicates."),
            self.tr("This worker may already have a case. Check with the complainant; "
                    "if it is the same complaint, open that case instead of recording a new one."),
            self.tr("(Ctrl+Shift+D: go to the list)")))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case number"), self.tr("Worker"), self.tr("Complainant"), self.tr("Status"),
            self.tr("Why")])
        self.open_button.setText(self.tr("Open this case instead (Enter)"))
        self.set_candidates(self.candidates)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        # Strongest evidence first: a passport or NIK match outweighs a similar name.
        self.candidates = sorted(candidates, key=lambda c: REASON_ORDER.get(c.reason, 9))
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            cells = (c.case_number, c.worker_name, c.complainant_name,
                     self.reference.label("status", c.status, self.lang), reason_text(c.reason))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        if self.candidates:
            self.table.selectRow(0)
        # Up to three rows without scrolling; the form above keeps the rest of the height.
        visible = min(max(len(self.candidates), 1), 3)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + visible * self.row_height + 4)
        was_visible = self.isVisible()
        self.setVisible(bool(self.candidates))
        if self.candidates and not was_visible:
            self.shown.emit()

    def focus_table(self) -> None:
        if self.candidates:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # Enter on a row opens that case; the table never takes typed text.
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open_selected()
            return True
        return super().eventFilter(watched, event)

    def selected(self) -> DuplicateCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.candidates[rows[0].row()]
        return self.candidates[0] if self.candidates else None

    def _open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.openRequested.emit(chosen.seq, chosen.case_number)
