"""Beranda (the home view): how many cases need attention today, each count with the filter
that lists exactly those cases.

Every count is `core.cases.count_matching(item.filter)`, so a tile and the list it opens can
never disagree. A case officer sees their own cases; anyone else (supervisor, administrator,
front office) the office's, which is every case this PC holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.roles import Perm, can
from desktop.formatting import iso_utc
from desktop.services import audit
from desktop.services.cases import UNASSIGNED, CaseFilter

if TYPE_CHECKING:
    from desktop.core import Core

URGENT, CONTACT_TODAY, CONTACT_OVERDUE = "urgent", "contact_today", "contact_overdue"
PAST_DEADLINE, NEAR_DEADLINE, UNASSIGNED_CASES = "past_deadline", "near_deadline", "unassigned"
AWAITING_APPROVAL, REFERRAL_WAITING, NEW_SINCE_LOGIN = (
    "awaiting_approval", "referral_waiting", "new_since_login")
# The tiles in the order they are shown.
KEYS = (URGENT, CONTACT_TODAY, CONTACT_OVERDUE, PAST_DEADLINE, NEAR_DEADLINE, UNASSIGNED_CASES,
        AWAITING_APPROVAL, REFERRAL_WAITING, NEW_SINCE_LOGIN)
# Tiles that call for action when not zero (the view colours them).
ALARMING = frozenset({URGENT, CONTACT_OVERDUE, PAST_DEADLINE})


@dataclass(frozen=True)
class DashboardItem:
    key: str  # one of KEYS
    count: int
    filter: CaseFilter  # the list the tile opens: count_matching(filter) == count


@dataclass(frozen=True)
class Dashboard:
    items: tuple[DashboardItem, ...]
    own: bool  # True: the person's own cases (a case officer); False: the office's
    since: str  # the previous login (UTC instant) that "new since" counts from

    def item(self, key: str) -> DashboardItem | None:
        return next((i for i in self.items if i.key == key), None)

    def tile_keys(self) -> list[str]:
        return [i.key for i in self.items]


class DashboardService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def own_cases_only(self) -> bool:
        """A case officer's home view is about their own cases (as their "My cases" view);
        whoever assigns cases, or handles none, sees the office's."""
        role = self.core.session.role
        return can(role, Perm.CASE_HANDLE) and not can(role, Perm.CASE_ASSIGN)

    def filters(self, since: str) -> dict[str, CaseFilter]:
        """Each tile's filter, in tile order, for this person; `since`: the last login."""
        me = self.core.session.username if self.own_cases_only() else ""
        due = "due"  # most pressing first, as the saved views that list the same cases
        # Where a tile means what a saved view means, its filter is the view's own (the View
        # menu then shows it checked): desktop/ui/main_window.py saved_views.
        flts = {
            URGENT: CaseFilter(urgent=True, open_only=True, officer=me, order=due),
            CONTACT_TODAY: CaseFilter(contact_today=True, officer=me, order=due),
            CONTACT_OVERDUE: CaseFilter(overdue=True, officer=me, order=due),
            PAST_DEADLINE: CaseFilter(past_deadline=True, officer=me, order=due),
            NEAR_DEADLINE: CaseFilter(near_deadline=True, officer=me, order=due),
            UNASSIGNED_CASES: CaseFilter(officer=UNASSIGNED, open_only=True),
            AWAITING_APPROVAL: CaseFilter(awaiting_approval=True, officer=me),
            REFERRAL_WAITING: CaseFilter(referral_waiting=True, officer=me, order=due),
            NEW_SINCE_LOGIN: CaseFilter(recorded_since=since, officer=me),
        }
        if not can(self.core.session.role, Perm.CASE_ASSIGN):
            del flts[UNASSIGNED_CASES]  # only the supervisor assigns them
        return flts

    def counts(self) -> Dashboard:
        """The tiles' counts now: one COUNT per tile, each on an index."""
        core = self.core
        core.require(Perm.CASE_READ)
        since = self.last_login()
        items = tuple(DashboardItem(key, core.cases.count_matching(flt), flt)
                      for key, flt in self.filters(since).items())
        return Dashboard(items, self.own_cases_only(), since)

    def last_login(self) -> str:
        """When this person logged in before this session (on any PC whose audit trail came
        here), as a UTC instant. The session's own login is this user's latest on this PC;
        at a first login it stands in (nothing is new yet), and without one, now."""
        store = self.core.store
        user = self.core.session.username
        current = store.query_one(
            "SELECT at FROM audit_log WHERE user = ? AND action = ? AND device = ?"
            " ORDER BY at DESC LIMIT 1", (user, audit.LOGIN, store.device_id))
        if current is None:
            return iso_utc(self.core.now())
        previous = store.query_one(
            "SELECT max(at) FROM audit_log WHERE user = ? AND action = ? AND at < ?",
            (user, audit.LOGIN, current[0]))
        return previous[0] or current[0]
