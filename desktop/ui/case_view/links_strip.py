"""The case's links to other cases, one line under the header: related complaints, the case
this one duplicates or the duplicates it was kept for, cases checked and found not the same.
A case this PC holds opens on a click; another office's case shows its number only."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import case_links as cl
from desktop.domain.reference import Reference


class LinksStrip(QLabel):
    openCaseRequested = Signal(int)  # seq

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang
        self.links: list[cl.CaseLink] = []
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setStyleSheet("QLabel { background: #eef4fb; border: 1px solid #b8cde6;"
                           " border-radius: 4px; padding: 4px 8px; }")
        self.linkActivated.connect(self._activated)
        self.hide()

    def kind_text(self, kind: str) -> str:
        return {
            cl.RELATED: self.tr("Related case"),
            cl.DUPLICATE_OF: self.tr("Duplicate of"),
            cl.KEPT_FOR: self.tr("Kept for its duplicate"),
            cl.DISTINCT: self.tr("Checked, not the same as"),
        }.get(kind, kind)

    def set_links(self, links: list[cl.CaseLink]) -> None:
        self.links = list(links)
        parts = []
        for link in self.links:
            number = html.escape(link.other_number)
            if link.other_seq is not None:
                status = self.reference.label("status", link.other_status, self.lang)
                who = html.escape(link.other_worker)
                shown = f'<a href="case:{link.other_seq}">{number}</a> ({who}, {status})'
            else:
                shown = number + " " + self.tr("(another office: number only)")
            reason = f" — “{html.escape(link.reason)}”" if link.reason else ""
            parts.append(f"<b>{self.kind_text(link.kind)}:</b> {shown}{reason}")
        self.setText(" &nbsp;·&nbsp; ".join(parts))
        self.setVisible(bool(parts))

    def _activated(self, href: str) -> None:
        if href.startswith("case:"):
            self.openCaseRequested.emit(int(href.split(":", 1)[1]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.set_links(self.links)
        super().changeEvent(event)
