"""A report's period: a month, a quarter, a year or a range of days (both ends included),
counted by the day a complaint was received in the office's zone."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desktop.formatting import format_date, zone_info
from desktop.messages import HaloError, Msg

MONTH, QUARTER, YEAR, RANGE = "month", "quarter", "year", "range"
KINDS = (MONTH, QUARTER, YEAR, RANGE)
MAX_DAYS = 366 * 20  # a range longer than this is a typing error, not a report
# Days a report can name (year 1 or 9999 would overflow the day after; no complaint is older).
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)

MSG_PERIOD_REVERSED = Msg(
    "report_period_reversed",
    "Tanggal awal periode tidak boleh setelah tanggal akhirnya.",
    "The period's first day cannot be after its last day.")
MSG_PERIOD_TOO_LONG = Msg(
    "report_period_too_long",
    "Periode laporan paling lama 20 tahun.",
    "A report's period is at most 20 years.")
MSG_PERIOD_OUT_OF_RANGE = Msg(
    "report_period_out_of_range",
    "Tanggal periode harus antara tahun 1900 dan 2199.",
    "The period's days must lie between the years 1900 and 2199.")
MSG_PERIOD_DATE = Msg(
    "report_period_date",
    "Tanggal periode tidak valid: tulis sebagai TTTT-BB-HH, misalnya 2026-10-31.",
    "The period's date is not valid: write it as YYYY-MM-DD, for example 2026-10-31.")
_QUARTER_ID = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    first: date
    last: date  # included
    kind: str = RANGE

    def __post_init__(self) -> None:
        for day, field in ((self.first, "period.first"), (self.last, "period.last")):
            if not EARLIEST <= day <= LATEST:
                raise HaloError(MSG_PERIOD_OUT_OF_RANGE, field=field)
        if self.first > self.last:
            raise HaloError(MSG_PERIOD_REVERSED, field="period.last")
        if (self.last - self.first).days > MAX_DAYS:
            raise HaloError(MSG_PERIOD_TOO_LONG, field="period.first")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]),
                   MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = date(year, 3 * quarter - 2, 1)
        end_month = 3 * quarter
        return cls(first, date(year, end_month, calendar.monthrange(year, end_month)[1]),
                   QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), YEAR)

    @classmethod
    def days(cls, first: date, last: date) -> Period:
        """A range; named as a month, quarter or year when it is exactly one."""
        period = cls(first, last, RANGE)
        for kind in (MONTH, QUARTER, YEAR):
            whole = period._as(kind)
            if whole == (first, last):
                return cls(first, last, kind)
        return period

    @classmethod
    def parse(cls, first: str, last: str) -> Period:
        """From the command line's --from and --to (YYYY-MM-DD)."""
        def day(text: str, field: str) -> date:
            try:
                return date.fromisoformat((text or "").strip())
            except ValueError:
                raise HaloError(MSG_PERIOD_DATE, field=field) from None
        return cls.days(day(first, "period.first"), day(last, "period.last"))

    def _as(self, kind: str) -> tuple[date, date]:
        y, m = self.first.year, self.first.month
        if kind == MONTH:
            p = Period.month(y, m)
        elif kind == QUARTER:
            p = Period.quarter(y, (m - 1) // 3 + 1)
        else:
            p = Period.year(y)
        return p.first, p.last

    def label(self, lang: str = "id") -> str:
        """'Oktober 2026', 'Triwulan IV 2026' / 'Q4 2026', '2026', or '1 Oktober 2026 –
        15 November 2026'."""
        if self.kind == MONTH:
            return format_date(self.first, lang).split(" ", 1)[1]
        if self.kind == QUARTER:
            q = (self.first.month - 1) // 3 + 1
            return f"Q{q} {self.first.year}" if lang == "en" else \
                f"Triwulan {_QUARTER_ID[q - 1]} {self.first.year}"
        if self.kind == YEAR:
            return str(self.first.year)
        return f"{format_date(self.first, lang)} – {format_date(self.last, lang)}"

    def instants(self, tz_label: str) -> tuple[str, str]:
        """[start, end) as stored UTC text: the first moment of `first` and of the day
        after `last` in the office's zone (received_at compares as text)."""
        return day_start(self.first, tz_label), day_start(self.last + timedelta(days=1), tz_label)

    def to_json(self) -> dict:
        return {"first": self.first.isoformat(), "last": self.last.isoformat(), "kind": self.kind}

    @classmethod
    def from_json(cls, data: dict) -> Period:
        return cls(date.fromisoformat(data["first"]), date.fromisoformat(data["last"]),
                   data.get("kind", RANGE))


def day_start(day: date, tz_label: str) -> str:
    """The first moment of an office day as stored UTC text."""
    moment = datetime(day.year, day.month, day.day, tzinfo=zone_info(tz_label))
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def months_ending(last: date, count: int = 12) -> list[tuple[int, int]]:
    """(year, month) of the `count` months that end with `last`'s month, oldest first."""
    y, m = last.year, last.month
    out = []
    for _ in range(count):
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]
