"""A case's change history: every correction of the complaint, worker and complainant
details, as field: old value → new value, who, on which PC, when. Read-only.

Newest first, like the timeline beside it: an officer asking "who changed this passport
number?" wants the latest correction on top. Fields and values read as in the details
panel and the conflicts banner (desktop.ui.sync.field_labels), times in the office's zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.formatting import format_datetime
from desktop.services.history import FieldChange
from desktop.ui.case_view.header import parse_utc
from desktop.ui.case_view.timeline_view import FOCUS_FRAME_STYLE
from desktop.ui.context import UiContext
from desktop.ui.sync.field_labels import entity_label, field_label, value_text

META_STYLE = "margin:0; color:#555;"
OLD_STYLE = "color:#777;"


class HistoryPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes: list[FieldChange] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setStyleSheet(FOCUS_FRAME_STYLE)
        # Read with the keyboard: Tab reaches the list, arrows and Page Up/Down scroll it.
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed words now; the corrections follow at the next set_changes."""
        self.intro.setText(self.tr(
            "Every correction of the complaint, worker and complainant details, newest first."))
        self.view.setAccessibleName(self.tr("Change history"))

    @property
    def count(self) -> int:
        return len(self.changes)

    def set_changes(self, changes: Sequence[FieldChange]) -> None:
        """core.history.of_case (oldest first), shown newest first."""
        self.changes = list(changes)
        blocks = [self._block(group) for group in reversed(self._groups())]
        if not blocks:
            blocks.append("<tr><td>{}</td></tr>".format(escape(self.tr("No corrections yet."))))
        # A table for thin rules between entries, as on the timeline.
        self.view.setHtml('<table width="100%" cellspacing="0" style="border-collapse: '
                          'collapse;">' + "".join(blocks) + "</table>")

    def _groups(self) -> list[list[FieldChange]]:
        # One save can correct several fields at once: they share who, where and when.
        return [list(g) for _key, g in groupby(self.changes, lambda c: (c.at, c.user, c.device))]

    def _block(self, group: list[FieldChange]) -> str:
        first = group[0]
        when = format_datetime(parse_utc(first.at), self.ctx.core.office.tz, self.ctx.lang)
        meta = self.tr("{when} · {user} · PC: {device}").format(
            when=when, user=first.user or "—", device=first.device or "—")
        html = [f'<p style="{META_STYLE}">{escape(meta)}</p>']
        html.extend(self._change(change) for change in group)
        return ('<tr><td style="border-bottom: 1px solid #d0d0d0; padding: 6px 2px;">'
                + "".join(html) + "</td></tr>")

    def _change(self, change: FieldChange) -> str:
        ref, lang = self.ctx.core.reference, self.ctx.lang
        name = escape(field_label(change.entity, change.field))
        part = escape(entity_label(change.entity))
        old, new = (escape(value_text(ref, change.entity, change.field, raw, lang))
                    .replace("\n", "<br>") for raw in (change.old, change.new))
        return (f'<p style="margin:4px 0 0 0;"><b>{name}</b>'
                f' <span style="color:#555;">· {part}</span></p>'
                f'<p style="margin:0;"><span style="{OLD_STYLE}">{old}</span> → {new}</p>')

    def text(self) -> str:
        return self.view.toPlainText()
