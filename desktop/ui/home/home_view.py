"""Beranda: what needs the person today, as large counts that each open the list filtered.

A case officer's counts are about their own cases, anyone else's about the office's
(desktop/services/dashboard.py). The counts come from the database thread; the tiles keep
the filter each count was made with, so a click lists exactly the cases counted.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date, format_datetime, weekday_name, zone_info
from desktop.services import dashboard as d
from desktop.services.cases import CaseFilter
from desktop.services.dashboard import Dashboard
from desktop.ui.context import UiContext
from desktop.ui.errors import show_error
from desktop.ui.home.count_tile import CountTile
from desktop.ui.i18n import locale_for

COLUMNS = 3
_ARROWS = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
           Qt.Key.Key_Down: (1, 0)}


class HomeView(QWidget):
    openList = Signal(object)  # CaseFilter: the list of the tile pressed
    listRequested = Signal()  # the case list as it was
    counted = Signal()  # after each count has come back and is shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.require_core()
        self.dashboard: Dashboard | None = None
        self._generation = 0
        self.loading = False
        self._updated_at: datetime | None = None
        self._focus_pending = False  # asked for before any tile could take it
        # Which tiles this person gets is the service's rule; no count is needed for it.
        self.keys = list(self.core.dashboard.filters("").keys())
        self._build_header()
        self._build_tiles()
        self._build_footer()
        self._build_layout()
        self.retranslate()

    # -- building -----------------------------------------------------------------------
    def _build_header(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f4e79;")
        self.greeting = QLabel()
        self.greeting.setStyleSheet("font-size: 11pt;")
        self.scope = QLabel()
        self.scope.setStyleSheet("color: #5f6b78;")

    def _build_tiles(self) -> None:
        self.tiles: dict[str, CountTile] = {}
        for key in self.keys:
            tile = CountTile()
            tile.setEnabled(False)  # until counted
            tile.clicked.connect(lambda _c=False, key=key: self._tile_pressed(key))
            tile.installEventFilter(self)
            self.tiles[key] = tile

    def _build_footer(self) -> None:
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.list_button = QPushButton()
        self.list_button.clicked.connect(self.listRequested.emit)
        self.updated = QLabel()
        self.updated.setStyleSheet("color: #5f6b78;")

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
        for c in range(COLUMNS):
            grid.setColumnStretch(c, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.updated)
        footer.addStretch(1)
        footer.addWidget(self.list_button)
        footer.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.greeting)
        layout.addWidget(self.scope)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(footer)
        chain = (*self.tiles.values(), self.list_button, self.refresh_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- counting -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again on the database thread; an older count coming back late is dropped."""
        core = self.ctx.core
        if core is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.ctx.tasks.run_db(core.dashboard.counts,
                              lambda result: self._counted(generation, result),
                              lambda exc: self._failed(generation, exc))

    def _counted(self, generation: int, result: Dashboard) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.dashboard = result
        self._updated_at = self.core.now()
        self._show_counts()
        if self._focus_pending:
            self._focus_pending = False
            focused = QApplication.focusWidget()
            # Unless the person went on meanwhile (typing a search, another page).
            if self.isVisible() and (focused is None or self.isAncestorOf(focused)
                                     or not focused.isVisible()):
                self.focus_first_tile()
        self.counted.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.refresh_button.setEnabled(True)
        show_error(self, exc, self.ctx.lang)

    def _show_counts(self) -> None:
        result = self.dashboard
        if result is None:
            return
        locale = locale_for(self.ctx.lang)
        for key, tile in self.tiles.items():
            item = result.item(key)
            if item is None:  # not this person's tile after all
                tile.hide()
                continue
            tile.setEnabled(True)
            tile.set_count(item.count, locale.toString(item.count),
                           alarm=key in d.ALARMING and item.count > 0)
        self._show_updated()

    def _tile_pressed(self, key: str) -> None:
        item = self.dashboard.item(key) if self.dashboard is not None else None
        if item is not None:
            self.openList.emit(item.filter)

    def filter_of(self, key: str) -> CaseFilter | None:
        item = self.dashboard.item(key) if self.dashboard is not None else None
        return item.filter if item is not None else None

    def focus_first_tile(self) -> None:
        """The first tile takes the keyboard; before the first count, once counted."""
        tile = next((t for t in self.tiles.values() if not t.isHidden() and t.isEnabled()),
                    None)
        if tile is None:
            self._focus_pending = True
            return
        tile.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- keys: arrows move between the tiles as they are laid out --------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, CountTile)
                and isinstance(event, QKeyEvent) and event.key() in _ARROWS
                and not event.modifiers()):
            self._move_from(watched, *_ARROWS[Qt.Key(event.key())])
            return True
        return super().eventFilter(watched, event)

    def _move_from(self, tile: CountTile, rows: int, cols: int) -> None:
        shown = [t for t in self.tiles.values() if not t.isHidden()]
        index = shown.index(tile)
        target = index + rows * COLUMNS + cols
        if 0 <= target < len(shown):
            shown[target].setFocus(Qt.FocusReason.TabFocusReason)

    # -- words --------------------------------------------------------------------------
    def _captions(self) -> tuple[dict[str, tuple[str, str]], str]:
        """(caption with its Alt letter, tooltip) per tile, and whose cases they count. Each
        letter is unique in the main window, whose menus and toolbar share them
        (tests/ui/test_home_view.py)."""
        own = self.dashboard.own if self.dashboard is not None else \
            self.core.dashboard.own_cases_only()
        whose = (self.tr("Your open cases") if own else self.tr("Open cases of the office"))
        return {
            d.URGENT: (self.tr("&Urgent open cases"),
                       self.tr("{whose} flagged urgent or of an urgent category")),
            d.CONTACT_TODAY: (self.tr("Family contacts due &today"),
                              self.tr("{whose} whose next contact with the family is due "
                                      "today")),
            d.CONTACT_OVERDUE: (self.tr("Family contacts &overdue"),
                                self.tr("{whose} whose next contact with the family is past "
                                        "its date")),
            d.PAST_DEADLINE: (self.tr("&Past deadline"),
                              self.tr("{whose} whose working days are past their category's "
                                      "target")),
            d.NEAR_DEADLINE: (self.tr("Near &deadline"),
                              self.tr("{whose} close to their deadline")),
            d.UNASSIGNED_CASES: (self.tr("Unass&igned cases"),
                                 self.tr("Open cases nobody handles yet: assign an officer")),
            d.AWAITING_APPROVAL: (self.tr("Awaitin&g approval"),
                                  self.tr("Cases proposed for closing, waiting for the "
                                          "supervisor")),
            d.REFERRAL_WAITING: (self.tr("Referrals &waiting for a reply"),
                                 self.tr("Cases with a referral that has no reply yet")),
            d.NEW_SINCE_LOGIN: (self.tr("New since my &last login"),
                                self.tr("Cases recorded since you last logged in")),
        }, whose

    def retranslate(self) -> None:
        lang = self.ctx.lang
        session = self.core.session
        self.title.setText(self.tr("Home"))
        today = self.core.cases.today()
        self.greeting.setText(self.tr("{greeting}, {name}").format(
            greeting=self._greeting_word(), name=session.full_name))
        day = f"{weekday_name(today, lang)}, {format_date(today, lang)}"
        self.scope.setText(f"{self.core.office.name} · {day}")
        captions, whose = self._captions()
        for key, tile in self.tiles.items():
            text, tip = captions[key]
            tile.setText(text)
            tile.setToolTip(tip.format(whose=whose))
            tile.setAccessibleName(text.replace("&", ""))
        self.refresh_button.setText(self.tr("R&efresh"))
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.list_button.setText(self.tr("&Case list"))
        self.list_button.setToolTip(self.tr("The case list with its filters as you left it"))
        self._show_counts()
        self._show_updated()

    def _greeting_word(self) -> str:
        hour = self.core.now().astimezone(zone_info(self.core.office.tz)).hour
        if 4 <= hour < 11:
            return self.tr("Good morning")
        if 11 <= hour < 15:
            return self.tr("Good day")
        if 15 <= hour < 18:
            return self.tr("Good afternoon")
        return self.tr("Good evening")

    def _show_updated(self) -> None:
        result, lang = self.dashboard, self.ctx.lang
        tile = self.tiles.get(d.NEW_SINCE_LOGIN)
        if result is not None and tile is not None and result.since:
            since = datetime.fromisoformat(result.since)
            tile.set_note(self.tr("since {when}").format(
                when=format_datetime(since, self.core.office.tz, lang)))
        if self._updated_at is None:
            self.updated.setText(self.tr("Counting…"))
        else:
            local = self._updated_at.astimezone(zone_info(self.core.office.tz))
            sep = ":" if lang == "en" else "."
            self.updated.setText(self.tr("Counted at {time}").format(
                time=f"{local.hour:02d}{sep}{local.minute:02d}"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
