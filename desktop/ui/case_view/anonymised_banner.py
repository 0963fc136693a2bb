"""The banner of a case the retention run anonymised (UU PDP 27/2022, issue 14 §1.3): when
and why its personal data was replaced, and that the case can only be read now. It also
disables the window's actions that would change the case (the services refuse them too),
saying why on each; reading, printing, reloading and closing stay."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenuBar, QWidget

from desktop.formatting import format_date, zone_info

BANNER_STYLE = ("QLabel { color: #37474f; background: #eceff1; border: 1px solid #90a4ae;"
                " border-radius: 4px; padding: 6px 10px; font-weight: bold; }")


def anonymised_day(case: Mapping[str, Any], tz: str) -> date | None:
    """The office's day the case was anonymised; None for a case that was not."""
    stamp = case.get("anonymised_at") or ""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(zone_info(tz)).date()


class AnonymisedBanner(QLabel):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("anonymisedBanner")
        self.setWordWrap(True)
        self.setStyleSheet(BANNER_STYLE)
        self.day: date | None = None
        self.hide()

    def show_case(self, case: Mapping[str, Any] | None) -> None:
        """Shown for an anonymised case, hidden for any other (or none yet)."""
        self.day = anonymised_day(case or {}, self.ctx.core.office.tz)
        self.retranslate()

    def retranslate(self) -> None:
        if self.day is None:
            self.hide()
            return
        self.setText(self.tr("This case was anonymised on {date} because its retention period "
                             "ended. It can only be read.").format(
            date=format_date(self.day, self.ctx.lang)))
        self.show()

    def restrict(self, case: Mapping[str, Any] | None, menu_bar: QMenuBar,
                 keep: Iterable[QAction]) -> None:
        """Show the banner for `case` and, if it is anonymised, disable every action of the
        window's menus but those in `keep`, each saying why."""
        self.show_case(case)
        if self.day is None:
            return
        kept = set(keep)
        why = self.tr("The case was anonymised: it can only be read.")
        for menu_action in menu_bar.actions():
            menu = menu_action.menu()
            for act in menu.actions() if menu is not None else ():
                if act in kept or act.isSeparator():
                    continue
                act.setEnabled(False)
                plain = act.text().replace("&", "").rstrip("…")
                act.setToolTip(f"{plain} — {why}")
                act.setStatusTip(f"{plain} — {why}")
