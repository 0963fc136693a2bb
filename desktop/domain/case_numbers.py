"""Case numbers as people quote them: "SBY-2026-A-00899" on the receipt, but on the phone
"899", "00899", "A-899", "a00899", "SBY/2026/A/899", in any case and with spaces.

A case number is <office>-<year>-<device letter>-<number, 5 digits or more>
(desktop/services/cases.py). `parse_number_query` reads what a person typed as the parts of
a case number it names; `matches` says whether a stored number has those parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WIDTH = 5  # case numbers are zero-padded to at least this many digits
MAX_DIGITS = 6  # more digits are a phone number, a NIK or a passport, not a case number
_SEPARATORS = re.compile(r"[\s/._\\-]+")
_FULL = re.compile(r"([A-Z]{2,5})-?(\d{4})-?([A-Z])-?(\d{1,6})")
_YEAR_TAIL = re.compile(r"(\d{4})-([A-Z])-?(\d{1,6})")
_LETTER_TAIL = re.compile(r"([A-Z])-?(\d{1,6})")
_TAIL = re.compile(r"\d{1,6}")
_STORED = re.compile(r"([A-Z]+)-(\d{4})-([A-Z])-(\d+)")


@dataclass(frozen=True)
class NumberQuery:
    number: int
    letter: str = ""
    year: str = ""
    office: str = ""

    @property
    def full(self) -> bool:
        """Every part given: it names one case, not a family of them."""
        return bool(self.office and self.year and self.letter)

    @property
    def tail(self) -> str:
        """The number as stored at the end of a case number ('899' -> '00899')."""
        return f"{self.number:0{NUMBER_WIDTH}d}"

    def case_number(self) -> str:
        return f"{self.office}-{self.year}-{self.letter}-{self.tail}"

    def matches(self, stored: str) -> bool:
        m = _STORED.fullmatch(stored or "")
        if m is None:
            return False
        office, year, letter, number = m.groups()
        return (int(number) == self.number
                and (not self.letter or letter == self.letter)
                and (not self.year or year == self.year)
                and (not self.office or office == self.office))


def parse_number_query(text: str) -> NumberQuery | None:
    """The case-number parts `text` names, or None when it is not a case number's form
    (a name, a passport with 7 digits, a phone number...)."""
    compact = _SEPARATORS.sub("-", (text or "").strip().upper()).strip("-")
    if not compact:
        return None
    if m := _FULL.fullmatch(compact):
        office, year, letter, number = m.groups()
        return _query(number, letter, year, office)
    if m := _YEAR_TAIL.fullmatch(compact):
        year, letter, number = m.groups()
        return _query(number, letter, year)
    if m := _LETTER_TAIL.fullmatch(compact):
        letter, number = m.groups()
        return _query(number, letter)
    if _TAIL.fullmatch(compact):
        return _query(compact)
    return None


def _query(number: str, letter: str = "", year: str = "", office: str = "") -> NumberQuery | None:
    value = int(number)
    if value == 0 or len(number) > MAX_DIGITS:
        return None
    return NumberQuery(value, letter, year, office)
