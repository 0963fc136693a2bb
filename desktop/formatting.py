"""Dates, times, sizes and phone numbers as the offices write them, in Bahasa Indonesia or
English, and the UTC timestamp form both sides of the wire store.

Pure functions with no locale dependency: the OS locale of an office PC is often
English or missing, yet receipts and screens must read "22 November 2026, 14.05 WIB".
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import phonenumbers as pn

OFFICE_ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}

_MONTHS = {
    "id": (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

# Indexed by date.weekday(): Monday is 0.
_WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _lang(lang: str) -> str:
    # Anything but English falls back to Indonesian, the application's default language.
    return "en" if lang == "en" else "id"


def zone_info(tz_label: str) -> ZoneInfo:
    """The IANA zone of an office zone label (WIB, WITA, WIT)."""
    try:
        return ZoneInfo(OFFICE_ZONES[tz_label])
    except KeyError:
        raise ValueError(f"unknown office time zone label: {tz_label!r}") from None


def format_date(d: date, lang: str = "id") -> str:
    """'22 November 2026' (Indonesian month names by default)."""
    return f"{d.day} {_MONTHS[_lang(lang)][d.month - 1]} {d.year}"


def format_datetime(dt: datetime, tz_label: str = "WIB", lang: str = "id") -> str:
    """'22 November 2026, 14.05 WIB' (id) or '22 November 2026, 14:05 WIB' (en).

    The instant is shown in the office's zone, whatever zone it carries.
    """
    if dt.tzinfo is None or dt.utcoffset() is None:
        # A naive time has no defined instant; guessing a zone would print a wrong hour.
        raise ValueError("format_datetime needs a timezone-aware datetime")
    local = dt.astimezone(zone_info(tz_label))
    # Indonesian spelling (PUEBI) separates hours and minutes with a dot.
    sep = ":" if _lang(lang) == "en" else "."
    return f"{format_date(local.date(), lang)}, {local.hour:02d}{sep}{local.minute:02d} {tz_label}"


def format_received(received: datetime, tz_label: str = "WIB", lang: str = "id") -> str:
    """When a complaint arrived. A day typed for a letter is kept as the start of that day
    in the office's zone: shown as the day alone."""
    local = received.astimezone(zone_info(tz_label))
    if (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0):
        return format_date(local.date(), lang)
    return format_datetime(received, tz_label, lang)


def format_date_short(d: date) -> str:
    """'22/11/2026', day first as in Indonesia, for dense tables."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def weekday_name(d: date, lang: str = "id") -> str:
    """'Senin' … 'Minggu', or 'Monday' … 'Sunday'."""
    return _WEEKDAYS[_lang(lang)][d.weekday()]


def iso_utc(moment: datetime) -> str:
    """The instant as stored and sent: '2026-11-22T07:05:00.000000Z' (UTC, microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def format_size(size: int, lang: str) -> str:
    """'820 KB', '4,5 MB' (Indonesian decimal comma) or '4.5 MB'."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    text = f"{size / (1024 * 1024):.1f} MB"
    return text if lang == "en" else text.replace(".", ",")


_PHONE_LIST = re.compile(r"\s*[,;]\s*")
_PHONE_CHARS = re.compile(r"\+?[0-9\s\-.()\u2010-\u2015]+")


def format_phone(number: str) -> str:
    """A stored number grouped for reading, in international form for every country:
    '+6281333124455' -> '+62 813-3312-4455', '+85251234567' -> '+852 5123 4567'.

    Anything libphonenumber does not read as a valid number (a value stored before it
    checked numbers, free text) is shown as it is: never hidden, never guessed at.
    """
    text = (number or "").strip()
    if not _PHONE_CHARS.fullmatch(text):
        return text  # "" or free text ("Telp 031...", two numbers): libphonenumber would
        # quietly drop the words or the second number
    try:
        parsed = pn.parse(text, None if text.startswith("+") else "ID")
    except pn.NumberParseException:
        return text
    if not pn.is_valid_number(parsed):
        return text
    return pn.format_number(parsed, pn.PhoneNumberFormat.INTERNATIONAL)


def format_phones(numbers: str) -> str:
    """A stored list of numbers ('+62..., +60...') with each one grouped."""
    return ", ".join(format_phone(n) for n in _PHONE_LIST.split(numbers or "") if n.strip())
