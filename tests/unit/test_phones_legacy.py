"""Evidence for the phone migration (desktop/store/migration_phones.py): which numbers the
old hand-written rules stored in a form that libphonenumber's rules now write differently.

`legacy_phone` is the old desktop/domain/validation.normalize_phone (before issue 12),
frozen here: stores hold what it returned.

Findings: every Indonesian number keeps its form (the new rules give the same E.164 text or
refuse it); a foreign number typed with its trunk 0 after the country code ("+60 012...",
"+44 (0)20...") was stored with that 0 and changes form, so stores are re-normalised.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import validation as v
from desktop.store.migration_phones import renormalized

_SEPARATORS = re.compile(r"[\s\-.()\u2010-\u2015]")


def legacy_phone(value: str) -> str | None:
    """The old rules' stored form, or None where they refused the input."""
    if any(c.isalpha() for c in value):
        return None
    raw = _SEPARATORS.sub("", value)
    if not raw or not re.fullmatch(r"\+?[0-9]+", raw):
        return None
    international = None
    if raw.startswith("+"):
        international = raw[1:]
    elif raw.startswith("00"):
        international = raw[2:]
    elif raw.startswith("62"):
        international = raw
    elif raw.startswith("0"):
        national = raw[1:]
    elif raw.startswith("8"):
        national = raw
    else:
        return None
    if international is not None:
        if not international or international.startswith("0"):
            return None
        if not international.startswith("62"):
            return "+" + international if 7 <= len(international) <= 15 else None
        national = international[2:]
        if national.startswith("0"):
            national = national[1:]
    if national.startswith("0") or not 8 <= len(national) <= 12:
        return None
    return "+62" + national


def new_phone(value: str) -> str | None:
    try:
        return v.normalize_phone(value)
    except v.ValidationError:
        return None


# --- Indonesian numbers: no stored form changes ----------------------------------------

@given(st.text("0123456789", min_size=8, max_size=12).filter(lambda s: s[0] != "0"))
def test_every_indonesian_number_the_old_rules_stored_keeps_its_form(nsn: str):
    stored = "+62" + nsn  # the only shape of Indonesian number the old rules stored
    assert legacy_phone("0" + nsn) == stored
    assert new_phone(stored) in (stored, None)  # the same text, or refused: never another


@pytest.mark.parametrize("area", [
    "811", "812", "813", "821", "822", "823", "851", "852", "853", "855", "856", "857", "858",
    "859", "877", "878", "881", "895", "896", "897", "898", "899", "831", "838",  # mobiles
    "21", "22", "24", "31", "61", "274", "341", "361", "370", "380", "411", "778", "967",
])
@pytest.mark.parametrize("length", range(8, 13))
def test_indonesian_prefixes_of_every_length_keep_their_form(area: str, length: int):
    """Each operator and a spread of area codes, at every length the old rules allowed."""
    for filler in "0123456789":
        nsn = (area + filler * 12)[:length]
        stored = legacy_phone("0" + nsn)
        assert stored == "+62" + nsn
        assert new_phone(stored) in (stored, None)


# --- what changes: foreign numbers typed with their trunk 0 -----------------------------

@pytest.mark.parametrize(("typed", "old", "new"), [
    ("+60 012-345 6789", "+600123456789", "+60123456789"),  # Malaysia
    ("+44 (0)20 7946 0958", "+4402079460958", "+442079460958"),  # United Kingdom
    ("+886 0912 345 678", "+8860912345678", "+886912345678"),  # Taiwan
    ("+966 050 123 4567", "+9660501234567", "+966501234567"),  # Saudi Arabia
])
def test_a_foreign_number_with_its_trunk_0_changes_form(typed: str, old: str, new: str):
    assert legacy_phone(typed) == old
    assert new_phone(typed) == new_phone(old) == new
    assert renormalized(old) == new


@pytest.mark.parametrize(("typed", "stored"), [
    ("0812-3456-7890", "+6281234567890"), ("+62 (0)812 3456 7890", "+6281234567890"),
    ("0062 812 3456 7890", "+6281234567890"), ("812 3456 7890", "+6281234567890"),
    ("(031) 8410040", "+62318410040"), ("+60 12-345 6789", "+60123456789"),
    ("+852 9123 4567", "+85291234567"), ("00966 50 123 4567", "+966501234567"),
    ("+886 912 345 678", "+886912345678"), ("+65 9123 4567", "+6591234567"),
])
def test_common_shapes_are_stored_as_before(typed: str, stored: str):
    assert legacy_phone(typed) == new_phone(typed) == stored


_TYPED_PREFIXES = ["0", "+62", "62", "0062", "+62 (0)", "8", "+60", "+60 0", "0060", "+852",
                   "+966", "+966 0", "+886", "+886 0", "+65", "+971", "+44 (0)", "+82", "+81 0"]


@given(st.sampled_from(_TYPED_PREFIXES), st.text("0123456789", min_size=6, max_size=11))
def test_the_migration_gives_old_entries_the_form_a_new_entry_gets(prefix: str, digits: str):
    """Whatever was typed, once re-normalised the stored old form equals the new one."""
    typed = prefix + digits
    if re.match(r"00[1789]", typed):
        return  # an operator's prefix (001, 007...): the old rules misread it as +1, +7...
    old, new = legacy_phone(typed), new_phone(typed)
    if old is not None and new is not None:
        assert renormalized(old) == new


def test_a_list_is_renormalised_piece_by_piece():
    assert renormalized("+6281234567890, +600123456789, +6221000", is_list=True) == (
        "+6281234567890, +60123456789, +6221000")  # a refused piece stays as it was
    assert renormalized("+60123456789, +600123456789", is_list=True) == "+60123456789"
