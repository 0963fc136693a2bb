"""Phone numbers as people read them (desktop.formatting.format_phone): grouped, in
international form, on the receipt and in the command line's case view; and found by the
digits of their stored form however they are typed (desktop.domain.phones.search_digits)."""

from __future__ import annotations

import io

import pytest

from desktop.cli.case_view import CaseView
from desktop.domain.phones import search_digits
from desktop.formatting import format_phone, format_phones
from tests.conftest import make_intake

pypdf = pytest.importorskip("pypdf")


@pytest.mark.parametrize(("stored", "shown"), [
    ("+6281333124455", "+62 813-3312-4455"),
    ("+62318410040", "+62 31 8410040"),
    ("+622157901234", "+62 21 57901234"),  # libphonenumber's grouping for Jakarta
    ("+85251234567", "+852 5123 4567"),
    ("+60123456789", "+60 12-345 6789"),
    ("+966501234567", "+966 50 123 4567"),
    ("+886912345678", "+886 912 345 678"),
    ("+6591234567", "+65 9123 4567"),
    ("+62 31 8410040", "+62 31 8410040"),  # an office's number, written by hand
    ("(031) 8494531", "+62 31 8494531"),
])
def test_numbers_are_grouped_in_international_form(stored: str, shown: str):
    assert format_phone(stored) == shown


@pytest.mark.parametrize("stored", [
    "+6221000",  # stored before numbers were checked: no such number
    "031-8410040 ext 5", "Telp 031-8410040",  # free text: never trimmed to a number
    "031-8410040 / 031-8410041",
])
def test_what_is_no_valid_number_is_shown_as_it_is(stored: str):
    assert format_phone(stored) == stored


def test_blank_stays_blank():
    assert format_phone("") == format_phones("") == ""


def test_a_list_is_grouped_number_by_number():
    assert format_phones("+6281234567890, +60123456789") == "+62 812-3456-7890, +60 12-345 6789"


@pytest.mark.parametrize("typed", [
    "0813 3312 4455", "813-3312-4455", "+62 813-3312-4455", "0062 813 3312 4455",
    "+62 (0)813 3312 4455", "6281333124455",
])
def test_every_way_of_typing_a_number_searches_for_its_stored_digits(typed: str):
    assert search_digits(typed) == "6281333124455"


@pytest.mark.parametrize("typed", ["00899", "SBY-2026-A-00899", "3578014101800001", "0812",
                                   "Dewi", ""])
def test_what_is_not_a_whole_number_has_no_search_digits(typed: str):
    assert search_digits(typed) is None


# -- where numbers are shown ----------------------------------------------------------------

@pytest.fixture
def number(officer):
    return officer.cases.record_intake(make_intake(
        worker__phone="0060 12 345 6789", worker__employer_phone="+852 5123 4567",
        complainant__phones="0813 3312 4455, 031 8410040"))


def test_the_receipt_shows_the_complainants_first_number_grouped(officer, number):
    data = officer.receipts.data(number, "id")
    assert data.complainant_phone == "+62 813-3312-4455"
    assert data.office_phone == format_phone(officer.office.phone)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(officer.receipts.render(number))).pages)
    assert "+62 813-3312-4455" in text
    assert "Nomor telepon pengadu" in text and "pelapor" not in text.lower()


@pytest.mark.parametrize(("lang", "label"), [("id", "Telepon"), ("en", "Phone")])
def test_the_command_line_case_view_groups_every_number(officer, number, lang, label):
    view = CaseView(officer.reference, officer.office.tz, lang, officer.cases.today())
    lines = view.lines(officer.cases.get(number))
    assert any(line.strip().startswith(label) and line.endswith(" +60 12-345 6789")
               for line in lines)
    assert any(line.endswith(" +852 5123 4567") for line in lines)  # the employer's
    assert any(line.endswith(" +62 813-3312-4455, +62 31 8410040") for line in lines)
