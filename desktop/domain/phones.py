"""Phone numbers as staff type them, read with libphonenumber's data (`phonenumbers`).

Indonesia is the default region: "0813 3312 4455", "813-3312-4455" (the 0 lost when copied
from a "+62 8xx" listing), "+62 (0)813...", "0062 813..." and "62813..." all mean
+6281333124455. Foreign numbers are checked against their own country's numbering plan
(Malaysia, Saudi Arabia, Hong Kong...). The stored form is E.164.

Pure: no Qt, no database, no messages. `to_e164` raises `PhoneError` with a `Problem`;
desktop.domain.validation turns it into the bilingual message of the form field.
"""

from __future__ import annotations

import re
from enum import Enum

import phonenumbers as pn

DEFAULT_REGION = "ID"
INDONESIA = 62

# Spaces, dashes (Unicode ones too: pasted from word processors), dots and brackets.
_SEPARATORS = re.compile(r"[\s\-.()\u2010-\u2015]")
_SHAPE = re.compile(r"\+?[0-9]+")
# Indonesian operators' international prefixes besides 00 (001 Indosat, 007 Telkom, 008
# and 009 their cheaper routes): "001 852 9123 4567" is the Hong Kong number.
_ID_IDD_DIGIT = "1789"
_ID_META = pn.PhoneMetadata.metadata_for_region(DEFAULT_REGION)
_ID_MOBILE_LENGTHS = frozenset(_ID_META.mobile.possible_length)
_ID_FIXED_LENGTHS = frozenset(_ID_META.fixed_line.possible_length)
_WRONG_LENGTH = frozenset({
    pn.ValidationResult.TOO_SHORT, pn.ValidationResult.TOO_LONG,
    pn.ValidationResult.INVALID_LENGTH, pn.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
})


class Problem(Enum):
    LETTERS = "letters"  # "0812 CALL ME", "ext 12"
    FORMAT = "format"  # not a number, no usable prefix, "+0..."
    COUNTRY_CODE = "country_code"  # "+999...": no such country
    LENGTH_ID = "length_id"  # an Indonesian number with digits missing or extra
    INVALID_ID = "invalid_id"  # right length, but no Indonesian operator or area code
    LENGTH_FOREIGN = "length_foreign"
    INVALID_FOREIGN = "invalid_foreign"  # not a number of that country's plan


class PhoneError(ValueError):
    """Why a text is not a phone number; never carries the text (personal data).
    `country_code` is the calling code (60 for Malaysia) of a refused foreign number."""

    def __init__(self, problem: Problem, country_code: int | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.country_code = country_code


def to_e164(text: str | None) -> str:
    """The E.164 form ("+6281333124455") of one typed number, or "" for a blank entry."""
    if text is None:
        return ""
    if any(c.isalpha() for c in text):
        raise PhoneError(Problem.LETTERS)
    raw = _SEPARATORS.sub("", text)
    if not raw:
        return ""
    if not _SHAPE.fullmatch(raw) or raw.startswith(("+0", "000")) or raw in ("+", "00"):
        raise PhoneError(Problem.FORMAT)
    candidates = _candidates(raw)
    for candidate in candidates:
        number = _parse(candidate)
        if number is not None and pn.is_valid_number(number):
            return pn.format_number(number, pn.PhoneNumberFormat.E164)
    if raw[0] in "123456789" and not raw.startswith(("62", "8")):
        # Digits with no prefix at all that are no Indonesian number either: say how to
        # write a number rather than guess which country it was meant for.
        raise PhoneError(Problem.FORMAT)
    raise _why(candidates[0])


def search_digits(text: str | None) -> str | None:
    """The digits of the E.164 form ("6281333124455") when `text` is one whole valid
    number in any form people type it; None otherwise (part of a number, a name...).
    For finding a stored number by substring, whatever way it was typed."""
    try:
        e164 = to_e164(text)
    except PhoneError:
        return None
    return e164[1:] or None


def _candidates(raw: str) -> list[str]:
    """The readings of a typed number to try, most likely first."""
    if raw.startswith("+"):
        return [raw]
    if raw.startswith("00"):
        readings = ["+" + raw[2:]]
        if raw[2] in _ID_IDD_DIGIT and len(raw) > 3:
            readings.append("+" + raw[3:])
        return readings
    if raw.startswith("62"):
        # +62 without its plus; never read as a landline of area 062x that lost its 0, so
        # that "62812..." means the same whether or not it is complete.
        return ["+" + raw]
    return [raw]  # national: with its 0, or without it ("813...")


def _parse(candidate: str) -> pn.PhoneNumber | None:
    try:
        return pn.parse(candidate, DEFAULT_REGION)
    except pn.NumberParseException:
        return None


def _why(candidate: str) -> PhoneError:
    """The most useful reason a reading is not a valid number."""
    code = _calling_code(candidate)
    if code is None:
        return PhoneError(Problem.COUNTRY_CODE)
    if code == INDONESIA:
        return PhoneError(_why_indonesian(candidate))
    number = _parse(candidate)
    if number is None or _wrong_length(number):
        return PhoneError(Problem.LENGTH_FOREIGN, code)
    return PhoneError(Problem.INVALID_FOREIGN, code)


def _wrong_length(number: pn.PhoneNumber) -> bool:
    """No mobile or fixed-line number of its country has that many digits (the country's
    overall lengths also count rare service numbers, so they let too much through)."""
    return all(pn.is_possible_number_for_type_with_reason(number, kind) in _WRONG_LENGTH
               for kind in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE))


def _calling_code(candidate: str) -> int | None:
    """62 for a national reading; the country calling code after a +, None if unknown."""
    if not candidate.startswith("+"):
        return INDONESIA
    digits = candidate[1:]
    for size in (1, 2, 3):  # calling codes are prefix-free: at most one matches
        if len(digits) >= size and int(digits[:size]) in pn.COUNTRY_CODE_TO_REGION_CODE:
            return int(digits[:size])
    return None


def _why_indonesian(candidate: str) -> Problem:
    # The national significant number: after +62 or the trunk 0 (one of them, or both as
    # in "+62 (0)812"); libphonenumber's own lengths for Indonesia are too loose to tell
    # a missing digit (they include 17-digit service numbers).
    rest = candidate[3:] if candidate.startswith("+62") else candidate
    if rest.startswith("0"):
        rest = rest[1:]
    if not rest or rest.startswith("0"):
        return Problem.FORMAT
    lengths = _ID_MOBILE_LENGTHS if rest.startswith("8") else _ID_FIXED_LENGTHS
    return Problem.INVALID_ID if len(rest) in lengths else Problem.LENGTH_ID
