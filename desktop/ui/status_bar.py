"""The main window's status bar: how many cases are listed, where and who, and sync state."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.app_context import AppContext
from desktop.core import Core
from desktop.domain.roles import role_label
from desktop.ui.i18n import locale_for


class MainStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = core
        self._shown: int | None = None
        self._total = 0
        self.count_label = QLabel()
        self.office_label = QLabel()
        self.user_label = QLabel()
        self.sync_label = QLabel()
        self.sync_label.setStyleSheet("color: #7f8c8d;")
        self.addWidget(self.count_label, 1)
        for label in (self.office_label, self.user_label, self.sync_label):
            label.setContentsMargins(10, 0, 6, 0)
            self.addPermanentWidget(label)
        self.retranslate()

    def set_count(self, shown: int, total: int) -> None:
        self._shown, self._total = shown, total
        self._update_count()

    def _update_count(self) -> None:
        if self._shown is None:
            self.count_label.setText(self.tr("Loading cases…"))
            return
        locale = locale_for(self.ctx.lang)
        shown, total = locale.toString(self._shown), locale.toString(self._total)
        if self._shown == self._total:
            text = self.tr("1 case") if self._total == 1 else self.tr("{n} cases").format(n=total)
        else:
            text = self.tr("{shown} of {total} cases").format(shown=shown, total=total)
        self.count_label.setText(text)

    def retranslate(self) -> None:
        office, session = self.core.office, self.core.session
        device = office.device_label or office.device_letter
        self.office_label.setText(self.tr("Office {code} · {device}").format(
            code=office.code, device=device))
        self.office_label.setToolTip(self.tr("{office}, device {letter}").format(
            office=office.name, letter=office.device_letter))
        self.user_label.setText(f"{session.full_name} · {role_label(session.role, self.ctx.lang)}")
        self.user_label.setToolTip(session.username)
        # Sync with the central server is not part of this version yet.
        self.sync_label.setText("● " + self.tr("Offline"))
        self.sync_label.setToolTip(self.tr("Not connected to the central server. Everything "
                                           "is saved on this PC."))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
