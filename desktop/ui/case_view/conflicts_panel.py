"""Conflicts on a case: the same field changed in two places at once; both values were kept.

A banner above the case's tabs lists each open conflict (which field, the value kept and
who wrote it, the other value and who wrote it, why) with "Keep" and "Use the other value".
Settling is a change like any other and goes through the core, which decides whether this
person may (their role; for a status, the pipeline's rules) and says why not, in words.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.sync.describe import when_text
from desktop.ui.sync.field_labels import value_text, where_label

BANNER_STYLE = """
#conflictsBanner { background: #fff4e0; border: 1px solid #e0a040; border-radius: 4px; }
#conflictItem { background: white; border: 1px solid #ecd3a8; border-radius: 3px; }
"""
MAX_LIST_HEIGHT = 260


class ConflictsPanel(QFrame):
    changed = Signal()  # a conflict was settled: the window reloads the case

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictsBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.conflicts: list = []
        self.names: dict[str, str] = {}
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self._busy = False
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; color: #8a5a00;")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.retranslate()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.items = QWidget()
        self.items_layout = QVBoxLayout(self.items)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(self.items)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMaximumHeight(MAX_LIST_HEIGHT)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(scroll)
        layout.addWidget(self.error)
        self.hide()

    def retranslate(self) -> None:
        """The fixed words; the conflicts themselves follow at the next set_conflicts."""
        self.explain.setText(self.tr(
            "The same detail was changed in two places at once, and both values were kept. "
            "Choose the right one: your choice is recorded and sent like any change."))

    # -- showing -------------------------------------------------------------------------
    def set_conflicts(self, rows: list, names: dict[str, str] | None = None) -> None:
        """The case's conflicts (core.conflicts.of_case, read with the case); open ones show.
        `names`: username -> full name (who changed it, an officer as the value)."""
        self.names = names or {}
        self.conflicts = [c for c in rows if c.open]
        while self.items_layout.count():
            widget = self.items_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        for conflict in self.conflicts:
            self.items_layout.addWidget(self._item(conflict))
        n = len(self.conflicts)
        self.title.setText(self.tr("1 conflicting change to decide") if n == 1 else self.tr(
            "{n} conflicting changes to decide").format(n=n))
        self.setVisible(n > 0)

    def _item(self, c) -> QFrame:
        ref, lang, tz = self.ctx.core.reference, self.ctx.lang, self.ctx.core.office.tz
        box = QFrame()
        box.setObjectName("conflictItem")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 6, 8, 6)
        if c.reason == "status_transition":
            why = self.tr("The other status change was refused: it does not follow the order "
                          "of the statuses.")
        else:
            why = self.tr("Changed on two computers at the same time.")
        # Rich text for the bold field name; everything from the data is escaped.
        name = html.escape(where_label(ref, c.entity, c.entity_id, c.field, lang))
        when = html.escape(when_text(c.created_at, tz, lang))
        where = QLabel(f"<b>{name}</b> — {html.escape(why)} "
                       f"<span style='color:#666'>({when})</span>")
        where.setTextFormat(Qt.TextFormat.RichText)
        # One line: a wrapped label inside the scroll area would reserve empty lines.
        where.setToolTip(why)
        names = self.names
        kept = QLabel(self.tr("Kept: “{value}” — by {who}").format(
            value=value_text(ref, c.entity, c.field, c.kept_value, lang, names),
            who=names.get(c.kept_by) or c.kept_by or "—"))
        other = QLabel(self.tr("Other value: “{value}” — by {who}").format(
            value=value_text(ref, c.entity, c.field, c.other_value, lang, names),
            who=names.get(c.other_by) or c.other_by or "—"))
        for label in (kept, other):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        keep = QPushButton(self.tr("Keep"))
        keep.setToolTip(self.tr("The kept value stays; the other one is dropped."))
        take = QPushButton(self.tr("Use the other value"))
        take.setToolTip(self.tr("The other value replaces the kept one."))
        for button, choice in ((keep, "kept"), (take, "other")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, cid=c.id, ch=choice: self.settle(cid, ch))
            self.buttons[(c.id, choice)] = button
        grid.setVerticalSpacing(4)
        grid.addWidget(where, 0, 0, 1, 2)
        grid.addWidget(kept, 1, 0)
        grid.addWidget(keep, 1, 1)
        grid.addWidget(other, 2, 0)
        grid.addWidget(take, 2, 1)
        grid.setColumnStretch(0, 1)
        return box

    # -- settling ------------------------------------------------------------------------
    def settle(self, conflict_id: str, choice: str) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self._say("")
        service = self.ctx.core.conflicts
        self.ctx.tasks.run_db(lambda: service.settle(conflict_id, choice), self._settled,
                              self._settle_failed)

    def _settled(self, _conflict) -> None:
        self._set_busy(False)
        self.changed.emit()

    def _settle_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(error_text(exc, self.ctx.lang))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in self.buttons.values():
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
