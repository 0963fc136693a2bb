"""Choosing a partner from the stakeholder directory by typing: a line edit with a popup of
matches, the way case search finds a name, used by the referral and summons forms.

Keyboard first: type (a misspelt name still finds it), Down/Up to move, Enter to pick, Esc
to close the list; Down on an empty field lists the directory. The search runs on the
database thread a moment after typing stops, and an answer to older text is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.directory import DirectoryEntry
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text

DEBOUNCE_MS = 150
POPUP_ROWS = 8
POPUP_LIMIT = 30
MIN_POPUP_WIDTH = 520
ENTRY_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_COLOR = QColor("#b03a2e")


def entry_details(entry: DirectoryEntry, ctx: UiContext) -> str:
    """The second line of an entry: its kind, where it is, whose entry it is."""
    ref, lang = ctx.require_core().reference, ctx.lang
    parts = [ref.label("stakeholder_kind", entry.kind, lang)]
    if entry.country:
        parts.append(ref.label("country", entry.country, lang))
    if entry.licence_no:
        parts.append(QCoreApplication.translate("DirectoryPicker", "licence {number}").format(number=entry.licence_no))
    if entry.licence_status and entry.licence_status != "aktif":
        parts.append(ref.label("licence_status", entry.licence_status, lang))
    if entry.office_code:
        parts.append(QCoreApplication.translate("DirectoryPicker", "local partner of {office}").format(office=entry.office_code))
    if entry.demo:
        parts.append(QCoreApplication.translate("DirectoryPicker", "demo entry"))
    if not entry.active:
        parts.append(QCoreApplication.translate("DirectoryPicker", "switched off"))
    return " · ".join(parts)


def flag_text(entry: DirectoryEntry) -> str:
    """Why an agency is flagged, as the directory shows it."""
    if not entry.flagged:
        return ""
    return QCoreApplication.translate("DirectoryPicker", "⚠ {n} summons not attended").format(n=entry.missed_summons)


class EntryDelegate(QStyledItemDelegate):
    """Two lines per entry: the name, then its kind and place in a quieter colour; a flagged
    agency's mark on the right of the name."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(option.rect.width(), 2 * line + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(8, 4, -8, -4)
        line = opt.fontMetrics.height()
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        detail = index.data(DETAIL_ROLE) or ""
        flag = index.data(FLAG_ROLE) or ""
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        flag_width = 0
        if flag:
            painter.setFont(opt.font)
            flag_width = opt.fontMetrics.horizontalAdvance(flag) + 12
            painter.setPen(opt.palette.color(role) if selected else FLAG_COLOR)
            painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, flag)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(role))
        name_rect = QRect(rect.left(), rect.top(), rect.width() - flag_width, line)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight,
                                                          name_rect.width()))
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        detail_rect = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         opt.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight,
                                                    detail_rect.width()))
        painter.restore()


class EntryPopup(QFrame):
    """The list of matches under the line edit. It never takes the focus: the keys stay in
    the line edit, which moves the selection here."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def entries(self) -> list[DirectoryEntry]:
        return [self.list.item(i).data(ENTRY_ROLE) for i in range(self.list.count())
                if self.list.item(i).data(ENTRY_ROLE) is not None]


class DirectoryPicker(QWidget):
    """A directory entry chosen by typing. `picked` carries the DirectoryEntry chosen by the
    person (set_entry() does not emit it); typing after a pick forgets the entry, so
    entry() is None and text() is a name typed for a one-off addressee."""

    picked = Signal(object)  # DirectoryEntry

    def __init__(self, ctx: UiContext, kinds: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = tuple(kinds)
        self._entry: DirectoryEntry | None = None
        self._generation = 0  # the latest search asked for; older answers are dropped
        self._build_edit()
        self.popup = EntryPopup(self)
        self.popup.list.itemClicked.connect(self._item_clicked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.retranslate()

    def _build_edit(self) -> None:
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        # A form label's buddy (Alt+letter) and Tab land in the line edit.
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type a name, then choose with ↓ and Enter"))

    # -- API ------------------------------------------------------------------------------
    def entry(self) -> DirectoryEntry | None:
        return self._entry

    def text(self) -> str:
        return self.edit.text().strip()

    def set_entry(self, entry: DirectoryEntry | None) -> None:
        self._entry = entry
        self.edit.setText(entry.name if entry is not None else "")
        self.close_popup()

    def clear(self) -> None:
        self.set_entry(None)

    def close_popup(self) -> None:
        self._timer.stop()
        self._generation += 1  # a search still running answers nobody
        self.popup.hide()

    # -- searching ----------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self._entry = None
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text, kinds = self.edit.text(), self.kinds
        core = self.ctx.require_core()
        self.ctx.tasks.run_db(
            lambda: core.directory.search(text, kinds, limit=POPUP_LIMIT),
            lambda found: self._found(generation, found),
            lambda exc: self._failed(generation, exc))

    def _found(self, generation: int, entries: list[DirectoryEntry]) -> None:
        if generation != self._generation or not self.edit.hasFocus():
            return
        lst = self.popup.list
        lst.clear()
        for entry in entries:
            item = QListWidgetItem(entry.name)
            item.setData(ENTRY_ROLE, entry)
            item.setData(DETAIL_ROLE, entry_details(entry, self.ctx))
            item.setData(FLAG_ROLE, flag_text(entry))
            item.setToolTip(" — ".join(t for t in (entry.name, flag_text(entry)) if t))
            lst.addItem(item)
        if not entries:
            self._note(self.tr("Nothing in the directory matches; the name is used as typed."))
        else:
            lst.setCurrentRow(0)
        self._show_popup()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.popup.list.clear()
        self._note(error_text(exc, self.ctx.lang))
        self._show_popup()

    def _note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(DETAIL_ROLE, "")
        self.popup.list.addItem(item)

    def _show_popup(self) -> None:
        lst = self.popup.list
        rows = min(max(lst.count(), 1), POPUP_ROWS)
        row_height = lst.sizeHintForRow(0) if lst.count() else self.edit.height()
        width = max(self.edit.width(), MIN_POPUP_WIDTH)
        height = rows * row_height + 2 * lst.frameWidth()
        # An explicit height: the list's own minimum would leave a blank band under one row.
        lst.setFixedHeight(height)
        self.popup.resize(width, height + 2 * self.popup.frameWidth())
        self.popup.move(self._popup_origin(width))
        self.popup.show()
        self.popup.raise_()

    def _popup_origin(self, width: int) -> QPoint:
        """Under the line edit, kept on the screen (above it when there is no room below)."""
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.edit.screen().availableGeometry() if self.edit.screen() else None
        if screen is None:
            return below
        x = min(below.x(), screen.right() - width)
        y = below.y()
        if y + self.popup.height() > screen.bottom():
            y = self.edit.mapToGlobal(QPoint(0, 0)).y() - self.popup.height()
        return QPoint(max(x, screen.left()), max(y, screen.top()))

    # -- keys -----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is self.edit:
            if kind == QEvent.Type.KeyPress and self._key(event):
                return True
            if kind == QEvent.Type.FocusOut:
                self.close_popup()
        elif obj is self.window() and kind in (QEvent.Type.Move, QEvent.Type.Resize,
                                               QEvent.Type.Hide):
            self.close_popup()  # it would float where the field no longer is
        return super().eventFilter(obj, event)

    def _key(self, event: QKeyEvent) -> bool:
        """Handle a key typed in the line edit; True when it was the list's."""
        key, shown = event.key(), self.popup.isVisible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not shown:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                    self.search_now()
                    return True
                return False
            self._move(key)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shown:
            item = self.popup.list.currentItem()
            if item is not None and item.data(ENTRY_ROLE) is not None:
                self._pick(item.data(ENTRY_ROLE))
            else:
                self.close_popup()
            return True  # never the dialog's default button while the list is open
        if key == Qt.Key.Key_Escape and shown:
            self.close_popup()
            return True
        return False

    def _move(self, key: int) -> None:
        lst = self.popup.list
        selectable = [i for i in range(lst.count()) if lst.item(i).data(ENTRY_ROLE) is not None]
        if not selectable:
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: POPUP_ROWS - 1, Qt.Key.Key_PageUp: 1 - POPUP_ROWS}[key]
        row = min(max(lst.currentRow() + step, selectable[0]), selectable[-1])
        lst.setCurrentRow(row)
        lst.scrollToItem(lst.item(row))

    def _item_clicked(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if entry is not None:
            self._pick(entry)

    def _pick(self, entry: DirectoryEntry) -> None:
        self.set_entry(entry)
        self.edit.setFocus()
        self.picked.emit(entry)

    # -- the window around it ----------------------------------------------------------------
    def showEvent(self, event) -> None:
        self.window().installEventFilter(self)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.close_popup()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
