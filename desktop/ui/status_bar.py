"""The main window's status bar: how many cases are listed, how many urgent cases are
open (a link to them), where and who, and sync state.

Sync: the state in a word (online, offline, ...), what it means in a sentence (last sync,
or what went wrong and what to do), the changes still waiting to be sent, and the phase
with its progress while a sync runs. A PC that is not enrolled says "Only on this computer",
not connected to a server: it has nothing to sync, and never shows "Connecting…" (until the
window knows whether the PC is enrolled, the sync part stays empty).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from desktop.core import Core
from desktop.domain.roles import role_label
from desktop.ui.context import UiContext
from desktop.ui.i18n import locale_for
from desktop.ui.sync.describe import COLOURS, SyncView, sync_view

URGENT_COLOUR = "#b03a2e"


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit, instead of widening the window;
    the whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)


class MainStatusBar(QStatusBar):
    linkActivated = Signal(str)  # "rejected", "conflicts" or "urgent": the person clicked it

    def __init__(self, ctx: UiContext, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = core
        self._shown: int | None = None
        self._total = 0
        self._urgent: int | None = None  # None until the first count arrives
        # What sync last said: local only without a sync controller; with one, nothing until
        # it knows whether this PC is enrolled.
        unknown = None if getattr(ctx, "sync", None) is not None else False
        self._sync: tuple[bool | None, object, int | None] = (unknown, None, None)
        self.view: SyncView | None = None
        self.count_label = QLabel()
        self.urgent_label = QLabel()
        self.urgent_label.setTextFormat(Qt.TextFormat.RichText)
        self.urgent_label.setContentsMargins(12, 0, 6, 0)
        self.urgent_label.linkActivated.connect(self.linkActivated)
        self.urgent_label.hide()
        self.office_label = QLabel()
        self.user_label = QLabel()
        self.sync_message = ElidedLabel()
        self.sync_message.setContentsMargins(12, 0, 6, 0)
        self.notes_label = QLabel()
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.linkActivated.connect(self.linkActivated)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(110)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.pending_label = QLabel()
        self.sync_label = QLabel()
        self.addWidget(self.count_label)
        self.addWidget(self.urgent_label)
        self.addWidget(self.sync_message, 1)
        for label in (self.office_label, self.user_label, self.notes_label,
                      self.progress_label, self.progress, self.pending_label, self.sync_label):
            if isinstance(label, QLabel):
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

    def set_urgent(self, count: int) -> None:
        """How many urgent cases are open (core.cases.urgent_open_count())."""
        self._urgent = count
        self._update_urgent()

    def urgent_count(self) -> int | None:
        return self._urgent

    def _update_urgent(self) -> None:
        count = self._urgent
        self.urgent_label.setVisible(count is not None)
        if count is None:
            return
        if count == 0:
            self.urgent_label.setText(self.tr("No urgent case open"))
            self.urgent_label.setToolTip("")
            return
        number = locale_for(self.ctx.lang).toString(count)
        text = (self.tr("1 urgent case open") if count == 1
                else self.tr("{n} urgent cases open").format(n=number))
        # A link (the label's own colour would be the palette's blue): red, bold, clickable.
        self.urgent_label.setText(f'<a href="urgent" style="color: {URGENT_COLOUR}; '
                                  f'font-weight: bold; text-decoration: none;">● {text}</a>')
        self.urgent_label.setToolTip(self.tr("Show the urgent open cases (Ctrl+6)"))

    # -- sync ----------------------------------------------------------------------------
    def set_sync(self, enrolled: bool | None, status, pending: int | None) -> None:
        """Show what sync says now (called on the UI thread, after each status)."""
        self._sync = (enrolled, status, pending)
        self._update_sync()

    def _update_sync(self) -> None:
        enrolled, status, pending = self._sync
        view = sync_view(enrolled, status, pending, self.ctx.lang, self.core.office.tz)
        self.view = view
        colour = COLOURS[view.severity]
        self.sync_label.setText("● " + view.label if view.label else "")
        self.sync_label.setVisible(bool(view.label))
        self.sync_label.setStyleSheet(f"color: {colour};")
        self.sync_message.setText(view.message)
        self.sync_message.setStyleSheet(f"color: {colour};" if view.state in (
            "offline", "revoked", "clock", "error") else "")
        self.pending_label.setText(view.pending)
        self.pending_label.setVisible(bool(view.pending))
        self.notes_label.setText(" · ".join(
            f'<a href="{key}">{text}</a>' for key, text in view.notes))
        self.notes_label.setVisible(bool(view.notes))
        self._update_progress(view.progress, view.progress_text)
        if view.state == "local":
            tip = self.tr("This computer is not linked to the central server. Everything is "
                          "saved on this computer only.")
        else:
            tip = "\n".join(filter(None, (view.tooltip or view.message, view.pending)))
        for widget in (self.sync_label, self.sync_message, self.pending_label):
            widget.setToolTip(tip)

    def _update_progress(self, progress: tuple[str, int, int] | None, words: str) -> None:
        self.progress_label.setVisible(progress is not None)
        self.progress.setVisible(progress is not None)
        if progress is None:
            return
        _phase, done, total = progress
        self.progress_label.setText(words)
        if total > 0 and done < total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
        else:  # how much is coming is not known: a moving bar
            self.progress.setRange(0, 0)

    def retranslate(self) -> None:
        office, session = self.core.office, self.core.session
        device = office.device_label or office.device_letter
        self.office_label.setText(self.tr("Office {code} · {device}").format(
            code=office.code, device=device))
        self.office_label.setToolTip(self.tr("{office}, device {letter}").format(
            office=office.name, letter=office.device_letter))
        self.user_label.setText(f"{session.full_name} · {role_label(session.role, self.ctx.lang)}")
        self.user_label.setToolTip(session.username)
        self._update_sync()
        self._update_count()
        self._update_urgent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
