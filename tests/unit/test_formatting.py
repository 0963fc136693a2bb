from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.formatting import (
    OFFICE_ZONES,
    format_date,
    format_date_short,
    format_datetime,
    weekday_name,
    zone_info,
)

MONTHS_ID = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
def test_format_date_every_month_indonesian(month: int) -> None:
    assert format_date(date(2026, month, 22)) == f"22 {MONTHS_ID[month - 1]} 2026"
    assert format_date(date(2026, month, 22), "id") == f"22 {MONTHS_ID[month - 1]} 2026"


@pytest.mark.parametrize("month", range(1, 13))
def test_format_date_every_month_english(month: int) -> None:
    assert format_date(date(2026, month, 22), "en") == f"22 {MONTHS_EN[month - 1]} 2026"


def test_format_date_day_has_no_leading_zero() -> None:
    assert format_date(date(2026, 3, 5)) == "5 Maret 2026"
    assert format_date(date(2026, 8, 1), "en") == "1 August 2026"


def test_unknown_language_falls_back_to_indonesian() -> None:
    assert format_date(date(2026, 5, 1), "fr") == "1 Mei 2026"


def test_format_datetime_indonesian_uses_dot_and_zone_label() -> None:
    dt = datetime(2026, 11, 22, 7, 5, tzinfo=UTC)
    assert format_datetime(dt) == "22 November 2026, 14.05 WIB"
    assert format_datetime(dt, "WIB", "id") == "22 November 2026, 14.05 WIB"


def test_format_datetime_english_uses_colon() -> None:
    dt = datetime(2026, 11, 22, 7, 5, tzinfo=UTC)
    assert format_datetime(dt, "WIB", "en") == "22 November 2026, 14:05 WIB"


@pytest.mark.parametrize(
    ("label", "expected_id", "expected_en"),
    [
        # 20:30 UTC on 31 Dec is already New Year in every Indonesian zone.
        ("WIB", "1 Januari 2027, 03.30 WIB", "1 January 2027, 03:30 WIB"),
        ("WITA", "1 Januari 2027, 04.30 WITA", "1 January 2027, 04:30 WITA"),
        ("WIT", "1 Januari 2027, 05.30 WIT", "1 January 2027, 05:30 WIT"),
    ],
)
def test_format_datetime_converts_across_midnight(
    label: str, expected_id: str, expected_en: str
) -> None:
    dt = datetime(2026, 12, 31, 20, 30, tzinfo=UTC)
    assert format_datetime(dt, label, "id") == expected_id
    assert format_datetime(dt, label, "en") == expected_en


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("WIB", "28 Februari 2026, 23.59 WIB"),
        ("WITA", "1 Maret 2026, 00.59 WITA"),
        ("WIT", "1 Maret 2026, 01.59 WIT"),
    ],
)
def test_format_datetime_midnight_boundary_differs_by_zone(label: str, expected: str) -> None:
    dt = datetime(2026, 2, 28, 16, 59, tzinfo=UTC)
    assert format_datetime(dt, label) == expected


def test_format_datetime_accepts_any_aware_zone() -> None:
    # 09:00 in Kuala Lumpur (UTC+8) is 08:00 WIB and 10:00 WIT.
    dt = datetime(2026, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    assert format_datetime(dt, "WIB") == "1 Juni 2026, 08.00 WIB"
    assert format_datetime(dt, "WITA") == "1 Juni 2026, 09.00 WITA"
    assert format_datetime(dt, "WIT") == "1 Juni 2026, 10.00 WIT"


def test_format_datetime_rejects_naive() -> None:
    with pytest.raises(ValueError):
        format_datetime(datetime(2026, 11, 22, 14, 5))


def test_format_datetime_rejects_unknown_zone_label() -> None:
    with pytest.raises(ValueError):
        format_datetime(datetime(2026, 11, 22, 14, 5, tzinfo=UTC), "CET")


def test_zone_info_maps_labels() -> None:
    assert set(OFFICE_ZONES) == {"WIB", "WITA", "WIT"}
    probe = datetime(2026, 1, 1, tzinfo=UTC)
    assert probe.astimezone(zone_info("WIB")).utcoffset() == timedelta(hours=7)
    assert probe.astimezone(zone_info("WITA")).utcoffset() == timedelta(hours=8)
    assert probe.astimezone(zone_info("WIT")).utcoffset() == timedelta(hours=9)
    with pytest.raises(ValueError):
        zone_info("UTC")


def test_format_date_short() -> None:
    assert format_date_short(date(2026, 11, 22)) == "22/11/2026"
    assert format_date_short(date(2026, 3, 5)) == "05/03/2026"


@pytest.mark.parametrize(
    ("offset", "name_id", "name_en"),
    [
        (0, "Senin", "Monday"),
        (1, "Selasa", "Tuesday"),
        (2, "Rabu", "Wednesday"),
        (3, "Kamis", "Thursday"),
        (4, "Jumat", "Friday"),
        (5, "Sabtu", "Saturday"),
        (6, "Minggu", "Sunday"),
    ],
)
def test_weekday_name(offset: int, name_id: str, name_en: str) -> None:
    monday = date(2026, 11, 23)  # a Monday
    d = monday + timedelta(days=offset)
    assert weekday_name(d) == name_id
    assert weekday_name(d, "id") == name_id
    assert weekday_name(d, "en") == name_en
