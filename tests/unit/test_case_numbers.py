"""Reading a case number as people quote it (desktop/domain/case_numbers.py)."""

from __future__ import annotations

import pytest

from desktop.domain.case_numbers import NumberQuery, parse_number_query


@pytest.mark.parametrize("typed, parts", [
    ("SBY-2026-A-00899", NumberQuery(899, "A", "2026", "SBY")),
    ("sby-2026-a-00899", NumberQuery(899, "A", "2026", "SBY")),
    ("SBY/2026/A/899", NumberQuery(899, "A", "2026", "SBY")),
    (" SBY 2026 A 899 ", NumberQuery(899, "A", "2026", "SBY")),
    ("SBY2026A00899", NumberQuery(899, "A", "2026", "SBY")),
    ("2026-A-899", NumberQuery(899, "A", "2026")),
    ("A-899", NumberQuery(899, "A")),
    ("a00899", NumberQuery(899, "A")),
    ("A 899", NumberQuery(899, "A")),
    ("899", NumberQuery(899)),
    ("00899", NumberQuery(899)),
    ("123456", NumberQuery(123456)),
])
def test_the_forms_families_quote(typed, parts):
    assert parse_number_query(typed) == parts


@pytest.mark.parametrize("typed", [
    "", "   ", "Dewi Lestari", "B1234567",  # a passport: seven digits
    "081234567890", "3578014101800001",  # a phone number, a NIK
    "0", "A-0", "SBY-2026", "SBY-2026-A", "-",
])
def test_what_is_not_a_case_number(typed):
    assert parse_number_query(typed) is None


def test_a_query_matches_the_stored_numbers_with_its_parts():
    tail = NumberQuery(899)
    assert tail.tail == "00899"
    assert tail.matches("SBY-2026-A-00899") and tail.matches("MDN-2025-B-00899")
    assert not tail.matches("SBY-2026-A-08990") and not tail.matches("SBY-2026-A-10899")
    lettered = NumberQuery(899, "A")
    assert lettered.matches("SBY-2025-A-00899") and not lettered.matches("SBY-2026-B-00899")
    full = NumberQuery(899, "A", "2026", "SBY")
    assert full.full and full.case_number() == "SBY-2026-A-00899"
    assert full.matches("SBY-2026-A-00899") and not full.matches("SBY-2025-A-00899")
    assert NumberQuery(123456).matches("SBY-2026-A-123456")
    assert not tail.matches("not a number")
