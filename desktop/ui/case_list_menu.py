"""The case list's right-click menu: open the case, print its receipt again, copy its number.

Opened by the mouse on a row, or from the keyboard (the Menu key, Shift+F10) on the current
row. Ctrl+C on the list copies the current case's number too. The menu only asks: the main
window opens the case or the receipt (`openRequested`, `receiptRequested`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView

from desktop.ui import case_list_model as m


class CaseListMenu(QObject):
    openRequested = Signal(int)  # the case's seq
    receiptRequested = Signal(str)  # the case number

    def __init__(self, table: QTableView, can_print: bool) -> None:
        super().__init__(table)
        self.table = table
        self.can_print = can_print
        self.menu = QMenu(table)
        self.act_open = self.menu.addAction("")
        self.act_receipt = self.menu.addAction("")
        self.menu.addSeparator()
        self.act_copy = self.menu.addAction("")
        self.act_open.triggered.connect(lambda: self._emit_open(self._row))
        self.act_receipt.triggered.connect(lambda: self._emit_receipt(self._row))
        self.act_copy.triggered.connect(lambda: self.copy_number(self._row))
        self._row = -1
        # Ctrl+C copies the current case's number without the menu.
        self.copy_shortcut = QAction(table)
        self.copy_shortcut.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_shortcut.triggered.connect(
            lambda: self.copy_number(self.table.currentIndex().row()))
        table.addAction(self.copy_shortcut)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_open.setText(self.tr("&Open"))
        self.act_receipt.setText(self.tr("&Print the receipt again…"))
        self.act_receipt.setToolTip("" if self.can_print else
                                    self.tr("Your role cannot print receipts."))
        self.act_copy.setText(self.tr("&Copy case number"))
        self.copy_shortcut.setText(self.tr("Copy case number"))  # listed in the shortcuts
        self.act_copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))

    # -- showing ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and watched in (
                self.table, self.table.viewport()):
            assert isinstance(event, QContextMenuEvent)
            if event.reason() == QContextMenuEvent.Reason.Mouse:
                where = event.pos() if watched is self.table.viewport() else \
                    self.table.viewport().mapFrom(self.table, event.pos())
                self.show_at(where)
            else:
                self.show_at(None)
            return True
        return super().eventFilter(watched, event)

    def show_at(self, pos: QPoint | None) -> bool:
        """Open the menu for the row under `pos` (viewport coordinates), or for the current
        row (`pos` None: the keyboard); False when there is no row there."""
        index = self.table.indexAt(pos) if pos is not None else self.table.currentIndex()
        if not index.isValid():
            return False
        self._select(index)
        self.prepare(index.row())
        rect = self.table.visualRect(index)
        anchor = pos if pos is not None else QPoint(rect.left() + 12, rect.bottom())
        self.menu.popup(self.table.viewport().mapToGlobal(anchor))
        return True

    def prepare(self, row: int) -> None:
        """Set the actions for `row`: printing and copying need its number (loaded)."""
        self._row = row
        has_number = self._number(row) is not None
        self.act_receipt.setEnabled(self.can_print and has_number)
        self.act_copy.setEnabled(has_number)

    def _select(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    # -- doing -----------------------------------------------------------------------------
    def _number(self, row: int) -> str | None:
        model = self.table.model()
        if not 0 <= row < model.rowCount():
            return None
        return model.data(model.index(row, m.COL_NUMBER), m.CASE_NUMBER_ROLE)

    def _emit_open(self, row: int) -> None:
        model = self.table.model()
        seq = model.data(model.index(row, m.COL_NUMBER), m.SEQ_ROLE) if row >= 0 else None
        if seq is not None:
            self.openRequested.emit(seq)

    def _emit_receipt(self, row: int) -> None:
        number = self._number(row)
        if number is not None and self.can_print:
            self.receiptRequested.emit(number)

    def copy_number(self, row: int) -> bool:
        number = self._number(row)
        if number is None:
            return False
        QGuiApplication.clipboard().setText(number)
        return True
