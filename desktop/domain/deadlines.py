"""The deadline clock of a case, derived from its status history: every PC that holds the
same history shows the same day count, whatever its own clock did.

Working days are Monday to Friday minus Indonesia's national holidays and collective leave
days (cuti bersama), from the maintained `holidays` package, never a hand-written list.
Day 1 is the first working day from the day the complaint was received (office zone). A
working day does not count when it ends with the case waiting for documents
(`menunggu_dokumen`: the clock is paused), nor after the day the case was resolved or closed
(the clock stops; a reopened case runs on).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from desktop.domain.status import BARU, CLOSED, MENUNGGU_DOKUMEN
from desktop.formatting import zone_info

NEAR_DAYS = 3  # "mendekati tenggat": at most this many working days left
_CATEGORIES = ("public", "government")  # government: the collective leave days


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("ID", years=year, categories=_CATEGORIES))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays_of(day.year)


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after `start` (start itself when n is 0)."""
    day = start
    while n > 0:
        day += timedelta(days=1)
        n -= is_working_day(day)
    return day


@dataclass(frozen=True)
class StatusChange:
    at: datetime  # aware
    status: str


@dataclass(frozen=True)
class Clock:
    day: int  # "hari ke-N": the working days the clock has run
    target: int  # "dari M"
    paused_days: int  # working days it stood still, waiting for documents
    paused: bool  # waiting for documents now
    stopped: bool  # resolved or closed now
    due: date  # the working day the target was or will be reached (if it runs on)
    # While the case is new or being verified: the working day verification is due by
    # (the reference policy, 3 working days in public service practice); else None.
    verify_due: date | None = None

    @property
    def remaining(self) -> int:
        return self.target - self.day

    @property
    def past(self) -> bool:
        return not self.stopped and self.day > self.target

    @property
    def near(self) -> bool:
        return not self.stopped and not self.past and self.remaining <= NEAR_DAYS


def clock(received_at: datetime, history: Iterable[StatusChange], target: int,
          now: datetime, tz_label: str) -> Clock:
    """The clock on the office's date of `now`. `history`: the case's status changes in any
    order; before the first one the case is `baru`."""
    zone = zone_info(tz_label)
    start, today = received_at.astimezone(zone).date(), now.astimezone(zone).date()
    counted = paused_days = 0
    due: date | None = None
    before = BARU  # the status at the end of the previous day
    status = BARU
    for day, status in _day_ends(history, zone, start, today):
        if is_working_day(day):
            if status == MENUNGGU_DOKUMEN:
                paused_days += 1
            elif status not in CLOSED or before not in CLOSED:  # the closing day counts
                counted += 1
                if counted == target:
                    due = day
        before = status
    if due is None:  # not reached yet: when it will be, if it runs from tomorrow
        due = add_working_days(today, target - counted)
    return Clock(counted, target, paused_days, status == MENUNGGU_DOKUMEN, status in CLOSED, due)


def _day_ends(history: Iterable[StatusChange], zone, start: date,
              today: date) -> Iterable[tuple[date, str]]:
    """(day, the status at the end of that day), from `start` to `today`."""
    changes = sorted(history, key=lambda c: c.at)
    status, i, day = BARU, 0, start
    while day <= today:
        end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
        while i < len(changes) and changes[i].at < end:
            status = changes[i].status
            i += 1
        yield day, status
        day += timedelta(days=1)
