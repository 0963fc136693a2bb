"""Finding a case by the number a family quotes (issue 12 §1), in a store of a few thousand
demo cases over two years: the whole number shows that case alone; a tail of it puts every
case with that number first, newest first; then NIK/passport, phone numbers and names."""

from __future__ import annotations

import pytest

from desktop.demo.generator import bulk_generate
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF

CASES = 4000  # enough for the same number in two years
NUMBER = 899


def demo_office(root, cases: int, seed: int):
    """A supervisor's core on a new office with `cases` demo cases over two years."""
    paths = DataPaths(root / "data")
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW,
                                          device_label="PC-Loket"), TEST_KDF)
    admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
    admin.close()
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    bulk_generate(core, cases, seed=seed)
    return core


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    core = demo_office(tmp_path_factory.mktemp("numbers"), CASES, seed=3)
    yield core
    core.close()


def _numbered(core, number: int) -> list[str]:
    """Every case number ending in this number, newest case first."""
    rows = core.cases.rows(core.cases.list_seqs())
    same = [r for r in rows if r.case_number.endswith(f"-{number:05d}")]
    return [r.case_number for r in sorted(same, key=lambda r: (r.received_at, r.seq),
                                          reverse=True)]


def _found(core, text: str) -> list[str]:
    return [r.case_number for r in core.cases.rows(core.search.search(text))]


def test_the_store_has_the_number_in_two_years(office):
    numbered = _numbered(office, NUMBER)
    assert len(numbered) >= 2 and len({n.split("-")[1] for n in numbered}) >= 2


@pytest.mark.parametrize("form", ["{number}", "{lower}", "{slashes}", " {spaced} "])
def test_the_whole_number_shows_exactly_that_case(office, form):
    for number in _numbered(office, NUMBER):
        office_code, year, letter, tail = number.split("-")
        typed = form.format(number=number, lower=number.lower(),
                            slashes=f"{office_code}/{year}/{letter}/{int(tail)}",
                            spaced=f"{office_code} {year} {letter} {tail}")
        assert _found(office, typed) == [number], typed


@pytest.mark.parametrize("typed", ["899", "00899", "A-899", "a00899", "a 899", "A899"])
def test_a_tail_puts_every_case_with_that_number_first_newest_first(office, typed):
    numbered = _numbered(office, NUMBER)
    assert _found(office, typed)[:len(numbered)] == numbered


def test_year_and_letter_narrow_it_to_that_year(office):
    numbered = _numbered(office, NUMBER)
    year = numbered[-1].split("-")[1]  # the older one
    found = _found(office, f"{year}/A/{NUMBER}")
    assert found[0] == numbered[-1]
    assert all(n.split("-")[1] == year for n in found if n in numbered)


def test_after_numbers_come_identity_then_phone_then_names(office):
    row = office.cases.rows(office.cases.list_seqs())[10]
    detail = office.cases.get(row.case_number)
    passport, nik = detail.worker.get("passport"), detail.worker.get("nik")
    if passport:
        assert _found(office, passport.lower())[0] == row.case_number
    if nik:
        assert row.case_number in _found(office, nik)[:5]
    name = detail.worker["name"]
    assert row.case_number in _found(office, name)


def test_a_number_that_exists_nowhere_finds_no_case_by_number(office):
    assert _found(office, "SBY-2019-Z-00001") == []
    assert not any(n.endswith("-99999") for n in _found(office, "99999"))
