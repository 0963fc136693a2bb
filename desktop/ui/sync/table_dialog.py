"""A read-only list dialog filled on the database thread (the sync log, refused changes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import UiContext
from desktop.ui.errors import error_text


class TableDialog(QDialog):
    """Subclasses give the columns, `fetch()` (database thread) and `cells(row)`:
    a list of (text, tooltip, colour or None) per column."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list = []
        self.resize(980, 460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.columns()))
        self.table.setHorizontalHeaderLabels(self.columns())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 30px;")
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.reload)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.reload()

    def columns(self) -> list[str]:
        raise NotImplementedError

    def fetch(self, core) -> list:
        raise NotImplementedError

    def cells(self, row) -> list[tuple[str, str, str | None]]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        core = self.ctx.core
        if core is None:
            return
        self.refresh_button.setEnabled(False)
        self.ctx.tasks.run_db(lambda: self.fetch(core), self._loaded, self._failed)

    def _loaded(self, rows: list) -> None:
        self.refresh_button.setEnabled(True)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, tip, colour) in enumerate(self.cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                if colour:
                    item.setForeground(QColor(colour))
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not rows)
        if rows:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.table.hide()
        self.empty.setText(error_text(exc, self.ctx.lang))
        self.empty.setStyleSheet("color: #c0392b; padding: 30px;")
        self.empty.show()

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
