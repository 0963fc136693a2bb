"""One large count on the home view: a button showing a number over what it counts.

A real QPushButton, so Tab reaches it, Space and Enter press it and its Alt letter (the "&"
in its text, which is the caption) presses it too. Only the painting is its own: the count
big, the caption under it with its underlined letter, and a note in small grey type.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

TILE_STYLE = """
QPushButton { background: #f6f8fb; border: 1px solid #c3cfdb; border-radius: 6px; }
QPushButton:hover { background: #edf3fa; border-color: #8fb0d3; }
QPushButton:pressed { background: #dde8f4; }
QPushButton:focus { border: 3px solid #1f6fd1; }
QPushButton:disabled { background: #f3f4f6; border-color: #dde1e6; }
QPushButton[alarm="true"] { background: #fdecea; border-color: #d9534f; }
QPushButton[alarm="true"]:hover { background: #fbdcd8; }
QPushButton[alarm="true"]:focus { border: 3px solid #1f6fd1; }
"""
COUNT_COLOUR, ZERO_COLOUR, ALARM_COLOUR = "#1f4e79", "#7b8794", "#b3261e"
NOTE_COLOUR = "#5f6b78"
PAD_X, PAD_Y = 16, 10


class CountTile(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count_text = "–"
        self._count = 0
        self._note = ""
        self.setStyleSheet(TILE_STYLE)
        self.setProperty("alarm", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As wide as the grid gives, as tall as its text: no empty slabs on a big screen.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- what it shows ----------------------------------------------------------------------
    def set_count(self, count: int | None, text: str = "", alarm: bool = False) -> None:
        """`text`: the count as the language writes it; None: not counted (yet)."""
        self._count = count or 0
        self._count_text = "–" if count is None else text
        if self.property("alarm") != alarm:
            self.setProperty("alarm", alarm)
            self.style().unpolish(self)  # the [alarm="true"] rule applies from now
            self.style().polish(self)
        self.update()

    def count_text(self) -> str:
        return self._count_text

    def is_alarm(self) -> bool:
        return bool(self.property("alarm"))

    def set_note(self, note: str) -> None:
        self._note = note
        self.update()

    def note(self) -> str:
        return self._note

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside a dialog a push button ignores Enter: here it opens the list like Space.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)

    # -- painting ---------------------------------------------------------------------------
    def _count_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 2.4)
        font.setBold(True)
        return font

    def _note_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 0.9)
        return font

    def sizeHint(self) -> QSize:
        big = self.fontMetrics().height()
        count_h = int(big * 2.4) + 4
        return QSize(220, PAD_Y * 2 + count_h + big * 2 + 6 + self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(180, self.sizeHint().height() - 10)

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""  # the caption is drawn below, with the count
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, opt)
        area = self.rect().adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        count_font = self._count_font()
        painter.setFont(count_font)
        count_h = painter.fontMetrics().height()
        colour = (ALARM_COLOUR if self.is_alarm() else
                  COUNT_COLOUR if self._count else ZERO_COLOUR)
        if not self.isEnabled():
            colour = ZERO_COLOUR
        painter.setPen(QColor(colour))
        painter.drawText(QRect(area.left(), area.top(), area.width(), count_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._count_text)
        painter.setFont(self.font())
        note_h = self.fontMetrics().height() if self._note else 0
        caption = QRect(area.left(), area.top() + count_h + 2, area.width(),
                        area.height() - count_h - 2 - note_h)
        flags = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                 | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)
        self.style().drawItemText(painter, caption, int(flags), self.palette(),
                                  self.isEnabled(), self.text(), QPalette.ColorRole.ButtonText)
        if self._note:
            painter.setFont(self._note_font())
            painter.setPen(QColor(NOTE_COLOUR))
            metrics = painter.fontMetrics()
            text = metrics.elidedText(self._note, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QRect(area.left(), area.bottom() - note_h, area.width(), note_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
