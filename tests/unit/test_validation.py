from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import validation as v
from desktop.domain.validation import (
    Collector,
    ValidationError,
    ValidationErrors,
    nik_birth_info,
    normalize_email,
    normalize_name,
    normalize_nik,
    normalize_passport,
    normalize_phone,
    normalize_phones,
    normalize_text,
    parse_date,
    validate_birth_date,
    validate_not_future,
)
from desktop.messages import HaloError, Msg

TODAY = date(2026, 6, 15)


def raises(msg: Msg, fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    assert info.value.msg is msg, info.value.code
    return info.value


# --- messages -----------------------------------------------------------------

ALL_MSGS = [m for m in vars(v).values() if isinstance(m, Msg)]


def test_module_declares_messages():
    assert len(ALL_MSGS) >= 15


@pytest.mark.parametrize("msg", ALL_MSGS, ids=lambda m: m.code)
def test_msg_texts_non_empty_and_differ_by_language(msg: Msg):
    assert msg.code.startswith("validation.")
    assert msg.id.strip() and msg.en.strip()
    assert msg.id != msg.en


def test_msg_codes_and_texts_are_distinct():
    assert len({m.code for m in ALL_MSGS}) == len(ALL_MSGS)
    assert len({m.id for m in ALL_MSGS}) == len(ALL_MSGS)
    assert len({m.en for m in ALL_MSGS}) == len(ALL_MSGS)


def test_validation_error_is_halo_error_with_field():
    e = raises(v.NIK_LENGTH, normalize_nik, "123", field="worker.nik")
    assert isinstance(e, HaloError)
    assert e.field == "worker.nik"
    assert str(e) == "validation.nik_length"


# Each call fails; the sensitive value must not leak into str/repr/params, and the
# message must render in both languages (catches missing format parameters).
LEAK_CASES = [
    (normalize_nik, "3578015505900001999"),
    (normalize_nik, "9978015505900001"),
    (normalize_nik, "35780155O5900001"),
    (normalize_passport, "A12-34567"),
    (normalize_passport, "TIDAKADA"),
    (normalize_phone, "0812-3456-78901234"),
    (normalize_phone, "0812 CALL ME"),
    (normalize_phone, "+60 12"),
    (normalize_email, "siti.nurhaliza@gmail"),
    (normalize_email, "siti nurhaliza@gmail.com"),
    (lambda s: parse_date(s, "d"), "31/02/2026"),
    (lambda s: parse_date(s, "d"), "31 Smarch 2026"),
    (lambda s: normalize_name(s, "name"), "1234567890123"),
    (lambda s: normalize_name(s, "name"), "Siti\x00Nurhaliza"),
    (lambda s: normalize_text(s, "t", max_len=10), "Gaji tidak dibayar selama 7 bulan"),
]


@pytest.mark.parametrize(("fn", "value"), LEAK_CASES)
def test_error_never_contains_input(fn, value: str):
    with pytest.raises(ValidationError) as info:
        fn(value)
    e = info.value
    for rendered in (str(e), repr(e), repr(e.args), repr(e.params)):
        assert value not in rendered
    for lang in ("id", "en"):
        text = e.text(lang)
        assert text and "{" not in text
        assert value not in text


# --- NIK ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3578015505900001", "3578015505900001"),
        ("3201011208850003", "3201011208850003"),
        ("35 78 01 550590 0001", "3578015505900001"),
        ("3578.0155.0590.0001", "3578015505900001"),
        ("3578-0155-0590-0001", "3578015505900001"),
        ("3578\u20130155\u201305900001", "3578015505900001"),
        ("  3578015505900001\n", "3578015505900001"),
        ("1101014101000001", "1101014101000001"),  # province 11, woman born on the 1st
        ("9471017112990001", "9471017112990001"),  # province 94, woman born on the 31st
        ("1101013112990001", "1101013112990001"),  # man born on the 31st
    ],
)
def test_nik_valid(raw: str, expected: str):
    assert normalize_nik(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", " - . ", None])
def test_nik_empty_is_optional(raw):
    assert normalize_nik(raw) == ""


@pytest.mark.parametrize(
    "raw",
    [
        "357801550590001",  # 15 digits
        "35780155059000012",  # 17 digits
        "3578",
        "35780155O5900001",  # letter O instead of zero
        "NIK3578015505900",
        "3578/0155/0590/0001",  # slash is not an accepted separator
        "\u0663\u0665\u0667\u0668015505900001",  # Arabic-Indic digits
    ],
)
def test_nik_wrong_length_or_characters(raw: str):
    raises(v.NIK_LENGTH, normalize_nik, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "1078015505900001",  # province 10
        "0078015505900001",  # province 00
        "9578015505900001",  # province 95
        "3578010005900001",  # day 00
        "3578013205900001",  # day 32
        "3578014005900001",  # day 40
        "3578017205900001",  # day 72
        "3578019905900001",  # day 99
        "3578011500900001",  # month 00
        "3578011513900001",  # month 13
    ],
)
def test_nik_invalid_structure(raw: str):
    raises(v.NIK_STRUCTURE, normalize_nik, raw)


def test_nik_error_carries_custom_field():
    e = raises(v.NIK_STRUCTURE, normalize_nik, "9978015505900001", field="complainant.nik")
    assert e.field == "complainant.nik"


@pytest.mark.parametrize(
    ("nik", "born", "sex"),
    [
        ("3201011208850003", date(1985, 8, 12), "L"),
        ("3578015505900001", date(1990, 5, 15), "P"),
        ("3578014101000001", date(2000, 1, 1), "P"),
        ("3578013112050001", date(2005, 12, 31), "L"),
        ("3578017112050001", date(2005, 12, 31), "P"),
        ("3578010106260001", date(2026, 6, 1), "L"),  # this year, already past
        ("3578011506260001", date(2026, 6, 15), "L"),  # today
        ("3578011606260001", date(1926, 6, 16), "L"),  # tomorrow in 2026: previous century
        ("3578015007300001", date(1930, 7, 10), "P"),
    ],
)
def test_nik_birth_info(nik: str, born: date, sex: str):
    assert nik_birth_info(nik, today=TODAY) == (born, sex)


def test_nik_birth_info_accepts_separators():
    assert nik_birth_info("3201 0112 0885 0003", today=TODAY) == (date(1985, 8, 12), "L")


def test_nik_birth_info_empty():
    assert nik_birth_info("", today=TODAY) == (None, None)
    assert nik_birth_info(None) == (None, None)


@pytest.mark.parametrize(
    ("nik", "sex"),
    [
        ("3578013102900001", "L"),  # 31 February
        ("3578017102900001", "P"),
        ("3578012902010001", "L"),  # 29 February 2001 / 1901: neither is a leap year
    ],
)
def test_nik_birth_info_impossible_date_gives_sex_only(nik: str, sex: str):
    assert nik_birth_info(nik, today=TODAY) == (None, sex)


def test_nik_birth_info_leap_day_2000():
    assert nik_birth_info("3578016902000001", today=TODAY) == (date(2000, 2, 29), "P")


def test_nik_birth_info_rejects_invalid_nik():
    raises(v.NIK_STRUCTURE, nik_birth_info, "9978015505900001")
    raises(v.NIK_LENGTH, nik_birth_info, "12345")


_DAYS = st.one_of(st.integers(1, 31), st.integers(41, 71))


@st.composite
def valid_structure_niks(draw) -> str:
    province = draw(st.integers(11, 94))
    region = draw(st.integers(0, 9999))
    day = draw(_DAYS)
    month = draw(st.integers(1, 12))
    rest = draw(st.integers(0, 999999))
    return f"{province:02d}{region:04d}{day:02d}{month:02d}{rest:06d}"


@given(valid_structure_niks(), st.sampled_from(["", " ", ".", "-"]))
def test_nik_accepts_any_valid_structure(nik: str, sep: str):
    spaced = sep.join([nik[:4], nik[4:8], nik[8:12], nik[12:]])
    assert normalize_nik(nik) == nik
    assert normalize_nik(spaced) == nik


@given(valid_structure_niks())
def test_nik_birth_info_consistent_with_digits(nik: str):
    born, sex = nik_birth_info(nik, today=TODAY)
    day = int(nik[6:8])
    assert sex == ("P" if day > 40 else "L")
    if born is not None:
        assert born <= TODAY
        assert born.day == (day - 40 if day > 40 else day)
        assert born.month == int(nik[8:10])
        assert born.year % 100 == int(nik[10:12])
        assert TODAY.year - born.year <= 100


# --- passport -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A1234567", "A1234567"),
        ("a1234567", "A1234567"),
        ("B 1234567", "B1234567"),
        ("  b 123 4567 ", "B1234567"),
        ("AT123456", "AT123456"),
        ("at 123456", "AT123456"),
        ("X1234567", "X1234567"),  # electronic passport
        ("C12345678", "C12345678"),
        ("AB12345678", "AB12345678"),  # 2 letters + 8 digits
        ("A123456", "A123456"),
        ("P1234567A", "P1234567A"),  # Philippine-style, foreign-issued
        ("K12AB34", "K12AB34"),  # legacy alphanumeric
        ("EA123456", "EA123456"),
        ("A12345", "A12345"),  # the general 6-9 alphanumeric rule admits it
    ],
)
def test_passport_valid(raw: str, expected: str):
    assert normalize_passport(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_passport_empty(raw):
    assert normalize_passport(raw) == ""


@pytest.mark.parametrize(
    "raw",
    ["A-1234567", "A.1234567", "A/1234567", "Á1234567", "A1234567!", "Ä123456"],
)
def test_passport_bad_characters(raw: str):
    raises(v.PASSPORT_CHARS, normalize_passport, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "A1234",  # too short
        "1234567",  # starts with a digit
        "12345678",
        "AB123456789",  # too long
        "ABC1234567",  # 3 letters + 7 digits = 10 characters
        "A123456789",  # 1 letter + 9 digits
        "TIDAKADA",  # "none" typed into the field
        "HILANG",
        "ABCDEFGHI",
    ],
)
def test_passport_bad_shape(raw: str):
    raises(v.PASSPORT_FORMAT, normalize_passport, raw)


# --- phone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("62 812-3456-7890", "+6281234567890"),
        ("+62 (0)812 3456 7890", "+6281234567890"),
        ("0062 812 3456 7890", "+6281234567890"),
        ("0813 3312 4455", "+6281333124455"),
        ("813-3312-4455", "+6281333124455"),  # the 0 lost from a "+62 8xx" listing
        ("(031) 1234567", "+62311234567"),
        ("031-1234567", "+62311234567"),
        ("31 8410040", "+62318410040"),  # a landline that lost its 0
        ("(021) 5790 1234", "+622157901234"),
        ("0812 3456 789", "+628123456789"),
        ("0812.345.678", "+62812345678"),
        ("812 3456 7890", "+6281234567890"),
        ("(0778) 12345", "+6277812345"),
        ("0812345678901", "+62812345678901"),  # 13 digits with 0, the longest mobile
        ("+60 12-345 6789", "+60123456789"),  # Malaysia
        ("+60 012-345 6789", "+60123456789"),  # Malaysia, its trunk 0 kept after +60
        ("+60 3-2116 4000", "+60321164000"),  # a Kuala Lumpur landline
        ("+966 50 123 4567", "+966501234567"),  # Saudi Arabia
        ("00966 50 123 4567", "+966501234567"),
        ("+886 912 345 678", "+886912345678"),  # Taiwan
        ("+852 9123 4567", "+85291234567"),  # Hong Kong
        ("+852 5123 4567", "+85251234567"),
        ("00852 9123 4567", "+85291234567"),
        ("001 852 9123 4567", "+85291234567"),  # an Indonesian operator's 001 prefix
        ("+65 9123 4567", "+6591234567"),  # Singapore
        ("+971 50 123 4567", "+971501234567"),  # United Arab Emirates
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("+1 650 253 0000", "+16502530000"),
        ("  +6281234567890  ", "+6281234567890"),
        ("0812\u20133456\u20137890", "+6281234567890"),  # en dashes from a word processor
    ],
)
def test_phone_valid(raw: str, expected: str):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", " - ", None])
def test_phone_empty(raw):
    assert normalize_phone(raw) == ""


@pytest.mark.parametrize(
    "raw", ["0812-CALL-NOW", "0812 3456 7890 ext 12", "nomor: 0812345678", "O812345678"]
)
def test_phone_letters(raw: str):
    raises(v.PHONE_LETTERS, normalize_phone, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "1234567",  # no prefix at all
        "5551234",
        "12",
        "0812#345678",
        "0812*345678",
        "0812+345678",  # plus in the middle
        "++6281234567",
        "+",
        "00",
        "+0812345678",  # trunk 0 after +
        "000812345678",
        "+62 00 812345678",  # two zeros after the country code
    ],
)
def test_phone_bad_format(raw: str):
    raises(v.PHONE_FORMAT, normalize_phone, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "0812345",  # 7 digits
        "+62 812 345",
        "08123456789012",  # 14 digits
        "+62 812 3456 7890 12",
        "62812",
        "+62 21 5555",
    ],
)
def test_phone_indonesian_length(raw: str):
    raises(v.PHONE_LENGTH_ID, normalize_phone, raw)


@pytest.mark.parametrize("raw", ["(0778) 1234", "0200 1234 567"])
def test_phone_not_an_indonesian_number(raw: str):
    """Digits enough, but no Indonesian area code or operator uses them."""
    raises(v.PHONE_INVALID_ID, normalize_phone, raw)


@pytest.mark.parametrize(
    ("raw", "country"),
    [("+60 1234", "+60"), ("+123456", "+1"), ("+1234567890123456", "+1"), ("0060 12", "+60"),
     ("+1 234 567", "+1"), ("00812345678", "+81"), ("+852 9123 45678", "+852")],
)
def test_phone_foreign_length(raw: str, country: str):
    e = raises(v.PHONE_LENGTH_FOREIGN, normalize_phone, raw)
    assert e.params == {"country": country}
    assert f"kode {country}:" in e.text("id") and f"code {country}:" in e.text("en")


@pytest.mark.parametrize(
    ("raw", "country"),
    [("+852 1234 5678", "+852"), ("+60 02 1234 567", "+60"), ("+966 40 123 4567", "+966")],
)
def test_phone_not_valid_in_its_country(raw: str, country: str):
    """The right length for the country, but no number of its plan: a digit mistyped."""
    e = raises(v.PHONE_INVALID_FOREIGN, normalize_phone, raw)
    assert e.params == {"country": country}


@pytest.mark.parametrize("raw", ["+999 1234 5678", "00 999 1234 5678", "+80 1234 5678"])
def test_phone_unknown_country_code(raw: str):
    raises(v.PHONE_COUNTRY_CODE, normalize_phone, raw)


def test_phone_error_field():
    e = raises(v.PHONE_LETTERS, normalize_phone, "abc", field="complainant.phone")
    assert e.field == "complainant.phone"


_PHONE_SEPARATORS = st.sampled_from(["", " ", "-", ".", "  "])


@st.composite
def phone_inputs(draw) -> str:
    prefix = draw(st.sampled_from(["0", "+62", "62", "0062", "+62 (0)", "+", "00", "8", "001"]))
    digits = draw(st.text("0123456789", min_size=1, max_size=16))
    sep = draw(_PHONE_SEPARATORS)
    chunks = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    return prefix + sep + sep.join(chunks)


@given(phone_inputs())
def test_phone_idempotent(raw: str):
    try:
        once = normalize_phone(raw)
    except ValidationError:
        return
    assert once.startswith("+")
    assert once[1:].isdigit()
    assert normalize_phone(once) == once


@given(st.sampled_from(["812", "813", "857", "878", "31", "21", "361", "778"]),
       st.text("0123456789", min_size=5, max_size=9))
def test_phone_indonesian_forms_agree(area: str, rest: str):
    """Every way of writing one Indonesian number gives the same answer: the same E.164
    form, or the same refusal."""
    nsn = area + rest

    def outcome(raw: str) -> str:
        try:
            return normalize_phone(raw)
        except ValidationError as e:
            return e.code

    forms = ["0" + nsn, "+62" + nsn, "62" + nsn, "0062" + nsn, "+62 (0)" + nsn, "+62 0" + nsn]
    if nsn.startswith("8"):
        forms.append(nsn)
    assert len({outcome(raw) for raw in forms}) == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-7890, +60 12-345 6789", ["+6281234567890", "+60123456789"]),
        ("0812-3456-7890; 031 1234567", ["+6281234567890", "+62311234567"]),
        ("0812-3456-7890 / +62 812 3456 7890", ["+6281234567890"]),
        ("0812-3456-7890\n+966 50 123 4567\r\n", ["+6281234567890", "+966501234567"]),
        ("+852 9123 4567,,0812-3456-7890", ["+85291234567", "+6281234567890"]),
        (["0812-3456-7890", "6281234567890", "031 1234567"], ["+6281234567890", "+62311234567"]),
        (["0812-3456-7890, 031 1234567", ""], ["+6281234567890", "+62311234567"]),
        ("", []),
        (" , ; ", []),
        ([], []),
        (None, []),
    ],
)
def test_phones(raw, expected: list[str]):
    assert normalize_phones(raw) == expected


def test_phones_keep_first_seen_order():
    assert normalize_phones("031 1234567, 0812 3456 7890, +62 31 1234567") == [
        "+62311234567",
        "+6281234567890",
    ]


def test_phones_invalid_piece_raises():
    e = raises(v.PHONE_LETTERS, normalize_phones, "0812-3456-7890, tanya Pak RT", field="p")
    assert e.field == "p"


# --- email ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("siti@gmail.com", "siti@gmail.com"),
        ("Siti.Nurhaliza@GMAIL.COM", "Siti.Nurhaliza@gmail.com"),
        ("  budi+tki@Mail.Example.co.id ", "budi+tki@mail.example.co.id"),
        ("a@b.co", "a@b.co"),
    ],
)
def test_email_valid(raw: str, expected: str):
    assert normalize_email(raw) == expected


@pytest.mark.parametrize("raw", ["", "  ", None])
def test_email_empty(raw):
    assert normalize_email(raw) == ""


@pytest.mark.parametrize(
    "raw",
    [
        "siti",
        "siti@gmail",
        "@gmail.com",
        "siti@@gmail.com",
        "siti@ali@gmail.com",
        "siti nur@gmail.com",
        "siti@gmail .com",
        "siti@.gmail.com",
        "siti@gmail.com.",
        "siti@gmail..com",
        "siti@gmail.com\x00",
        "x" * 250 + "@a.com",
    ],
)
def test_email_invalid(raw: str):
    raises(v.EMAIL_INVALID, normalize_email, raw)


# --- dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-22", date(2026, 11, 22)),
        ("2026-1-2", date(2026, 1, 2)),
        ("22/11/2026", date(2026, 11, 22)),
        ("22-11-2026", date(2026, 11, 22)),
        ("22.11.2026", date(2026, 11, 22)),
        ("2/3/2026", date(2026, 3, 2)),
        ("  22/11/2026 ", date(2026, 11, 22)),
        ("22 November 2026", date(2026, 11, 22)),
        ("22 Nov 2026", date(2026, 11, 22)),
        ("22 nov. 2026", date(2026, 11, 22)),
        ("22-Nov-2026", date(2026, 11, 22)),
        ("22  NOVEMBER   2026", date(2026, 11, 22)),
        ("1 Januari 2026", date(2026, 1, 1)),
        ("14 Februari 2026", date(2026, 2, 14)),
        ("14 Pebruari 1990", date(1990, 2, 14)),
        ("3 Maret 2026", date(2026, 3, 3)),
        ("4 April 2026", date(2026, 4, 4)),
        ("5 Mei 2026", date(2026, 5, 5)),
        ("6 Juni 2026", date(2026, 6, 6)),
        ("7 Juli 2026", date(2026, 7, 7)),
        ("17 Agustus 1945", date(1945, 8, 17)),
        ("9 September 2026", date(2026, 9, 9)),
        ("10 Oktober 2026", date(2026, 10, 10)),
        ("10 Nopember 1945", date(1945, 11, 10)),
        ("25 Desember 2026", date(2026, 12, 25)),
        ("1 Jan 2026", date(2026, 1, 1)),
        ("1 Feb 2026", date(2026, 2, 1)),
        ("1 Mar 2026", date(2026, 3, 1)),
        ("1 Apr 2026", date(2026, 4, 1)),
        ("1 Mei 2026", date(2026, 5, 1)),
        ("1 Jun 2026", date(2026, 6, 1)),
        ("1 Jul 2026", date(2026, 7, 1)),
        ("1 Agu 2026", date(2026, 8, 1)),
        ("1 Ags 2026", date(2026, 8, 1)),
        ("1 Sep 2026", date(2026, 9, 1)),
        ("1 Okt 2026", date(2026, 10, 1)),
        ("1 Nov 2026", date(2026, 11, 1)),
        ("1 Des 2026", date(2026, 12, 1)),
        ("1 January 2026", date(2026, 1, 1)),
        ("1 February 2026", date(2026, 2, 1)),
        ("1 March 2026", date(2026, 3, 1)),
        ("1 May 2026", date(2026, 5, 1)),
        ("1 June 2026", date(2026, 6, 1)),
        ("1 July 2026", date(2026, 7, 1)),
        ("1 August 2026", date(2026, 8, 1)),
        ("1 Aug 2026", date(2026, 8, 1)),
        ("1 October 2026", date(2026, 10, 1)),
        ("1 Oct 2026", date(2026, 10, 1)),
        ("1 December 2026", date(2026, 12, 1)),
        ("1 Dec 2026", date(2026, 12, 1)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_parse_date_valid(raw: str, expected: date):
    assert parse_date(raw, "d") == expected


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_parse_date_empty(raw):
    assert parse_date(raw, "d") is None


@pytest.mark.parametrize(
    "raw",
    [
        "31/02/2026",
        "29/02/2026",
        "31-04-2026",
        "00/01/2026",
        "32.01.2026",
        "15/13/2026",
        "2026-02-30",
        "2026-13-01",
        "0 Januari 2026",
        "31 Juni 2026",
        "0000-01-01",
    ],
)
def test_parse_date_impossible(raw: str):
    e = raises(v.DATE_INVALID, parse_date, raw, "worker.birth_date")
    assert e.field == "worker.birth_date"


@pytest.mark.parametrize(
    "raw",
    [
        "22/11/26",  # two-digit year is ambiguous
        "22/11-2026",  # mixed separators
        "2026/11/22",
        "22 11 2026",
        "22 Smarch 2026",
        "November 22, 2026",
        "kemarin",
        "22/11/2026 10:00",
        "٢٢/١١/٢٠٢٦",
    ],
)
def test_parse_date_unrecognised(raw: str):
    raises(v.DATE_FORMAT, parse_date, raw, "d")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_parse_date_round_trips(d: date):
    assert parse_date(d.isoformat(), "d") == d
    assert parse_date(d.strftime("%d/%m/%Y"), "d") == d
    assert parse_date(d.strftime("%d.%m.%Y"), "d") == d
    assert parse_date(d.strftime("%d %B %Y"), "d") == d  # C locale: English names


@pytest.mark.parametrize("value", [TODAY, TODAY - timedelta(days=1), date(1950, 1, 1), None])
def test_not_future_accepts(value):
    assert validate_not_future(value, "d", today=TODAY) == value


@pytest.mark.parametrize("value", [TODAY + timedelta(days=1), date(2027, 1, 1)])
def test_not_future_rejects_dates(value):
    e = raises(v.DATE_FUTURE, validate_not_future, value, "case.incident_date", today=TODAY)
    assert e.field == "case.incident_date"


NOW = datetime(2026, 6, 15, 10, 0, 0)


@pytest.mark.parametrize(
    "value",
    [
        NOW,
        NOW - timedelta(days=3),
        NOW + timedelta(minutes=4, seconds=59),
        NOW + timedelta(minutes=5),
    ],
)
def test_not_future_datetime_tolerates_clock_skew(value: datetime):
    assert validate_not_future(value, "d", today=NOW) == value


@pytest.mark.parametrize("value", [NOW + timedelta(minutes=5, seconds=1), NOW + timedelta(hours=2)])
def test_not_future_datetime_rejects(value: datetime):
    raises(v.DATE_FUTURE, validate_not_future, value, "d", today=NOW)


def test_not_future_datetime_with_date_today_compares_days():
    assert validate_not_future(datetime(2026, 6, 15, 23, 59), "d", today=TODAY)
    raises(v.DATE_FUTURE, validate_not_future, datetime(2026, 6, 16, 0, 1), "d", today=TODAY)


def test_not_future_aware_datetimes():
    now = datetime(2026, 6, 15, 3, 0, tzinfo=UTC)
    wib = timezone(timedelta(hours=7))
    # 10:04 WIB is 03:04 UTC: within tolerance although the wall clock reads later.
    assert validate_not_future(datetime(2026, 6, 15, 10, 4, tzinfo=wib), "d", today=now)
    raises(
        v.DATE_FUTURE,
        validate_not_future,
        datetime(2026, 6, 15, 10, 6, tzinfo=wib),
        "d",
        today=now,
    )


def test_not_future_default_clock():
    assert validate_not_future(date.today(), "d") == date.today()
    assert validate_not_future(datetime.now(), "d")
    assert validate_not_future(datetime.now(UTC), "d")
    raises(v.DATE_FUTURE, validate_not_future, datetime.now() + timedelta(hours=1), "d")
    raises(v.DATE_FUTURE, validate_not_future, date.today() + timedelta(days=1), "d")


@pytest.mark.parametrize(
    "value", [date(1990, 5, 15), TODAY, date(1926, 6, 15), date(2000, 2, 29), None]
)
def test_birth_date_valid(value):
    assert validate_birth_date(value, "worker.birth_date", today=TODAY) == value


def test_birth_date_future():
    raises(v.DATE_FUTURE, validate_birth_date, date(2026, 6, 16), "b", today=TODAY)


@pytest.mark.parametrize("value", [date(1926, 6, 14), date(1900, 1, 1)])
def test_birth_date_too_old(value: date):
    e = raises(v.BIRTH_DATE_TOO_OLD, validate_birth_date, value, "worker.birth_date", today=TODAY)
    assert e.field == "worker.birth_date"


def test_birth_date_hundred_years_from_leap_day():
    leap = date(2000, 2, 29)  # 1900 was not a leap year
    assert validate_birth_date(date(1900, 2, 28), "b", today=leap)
    raises(v.BIRTH_DATE_TOO_OLD, validate_birth_date, date(1900, 2, 27), "b", today=leap)


# --- names and text -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Siti Nurhaliza binti Ahmad", "Siti Nurhaliza binti Ahmad"),
        ("  siti   nurhaliza  ", "siti nurhaliza"),
        ("SITI\tNURHALIZA", "SITI NURHALIZA"),
        ("Siti\r\nNurhaliza", "Siti Nurhaliza"),
        ("Siti\u00a0Nurhaliza", "Siti Nurhaliza"),
        ("Muhammad Al-Fatih", "Muhammad Al-Fatih"),
        ("Ni Luh Putu Ayu", "Ni Luh Putu Ayu"),
        ("I Made O'Neil", "I Made O'Neil"),
        ("Hamengkubuwono X", "Hamengkubuwono X"),
        ("Abdul 2", "Abdul 2"),
        ("Sukarno", "Sukarno"),
        ("عبد الله", "عبد الله"),
        ("A" * 120, "A" * 120),
    ],
)
def test_name_valid(raw: str, expected: str):
    assert normalize_name(raw, "worker.name") == expected


@pytest.mark.parametrize("raw", ["", "   ", None, "\t\n"])
def test_name_empty_optional(raw):
    assert normalize_name(raw, "n") == ""


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_name_required(raw):
    e = raises(v.REQUIRED, normalize_name, raw, "worker.name", required=True)
    assert e.field == "worker.name"


def test_name_too_long():
    e = raises(v.NAME_TOO_LONG, normalize_name, "A" * 121, "n")
    assert "120" in e.text("id") and "120" in e.text("en")


def test_name_length_counts_after_collapsing():
    assert normalize_name("A" * 60 + "     " + "B" * 59, "n") == "A" * 60 + " " + "B" * 59


@pytest.mark.parametrize("raw", ["12345", "0812 3456 789", "-", "...", "123-456"])
def test_name_without_letters(raw: str):
    raises(v.NAME_NO_LETTERS, normalize_name, raw, "n")


@pytest.mark.parametrize(
    "raw", ["Siti\x00Nurhaliza", "Siti\x1bNurhaliza", "Siti\x7f", "Siti\x1cNur", "\x08Siti"]
)
def test_name_control_characters(raw: str):
    raises(v.CONTROL_CHARS, normalize_name, raw, "n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Gaji tidak dibayar 7 bulan.", "Gaji tidak dibayar 7 bulan."),
        ("  baris 1\nbaris 2\n\n", "baris 1\nbaris 2"),
        ("kolom\tnilai", "kolom\tnilai"),
        ("baris 1\r\nbaris 2\rbaris 3", "baris 1\nbaris 2\nbaris 3"),
        ("Majikan di Riyadh; TKI ingin dipulangkan", "Majikan di Riyadh; TKI ingin dipulangkan"),
    ],
)
def test_text_valid(raw: str, expected: str):
    assert normalize_text(raw, "case.description") == expected


@pytest.mark.parametrize("raw", ["", "  \n ", None])
def test_text_empty(raw):
    assert normalize_text(raw, "t") == ""
    raises(v.REQUIRED, normalize_text, raw, "t", required=True)


@pytest.mark.parametrize("raw", ["a\x00b", "a\x0bb", "a\x0cb", "a\x1bb", "a\x7fb", "a\x85b"])
def test_text_control_characters(raw: str):
    raises(v.CONTROL_CHARS, normalize_text, raw, "t")


def test_text_length_limit():
    assert normalize_text("x" * 4000, "t") == "x" * 4000
    e = raises(v.TEXT_TOO_LONG, normalize_text, "x" * 4001, "t")
    assert e.params == {"length": 4001, "max": 4000}
    assert "4001" in e.text("en") and "4000" in e.text("id")
    assert normalize_text("  " + "x" * 10 + "\n", "t", max_len=10) == "x" * 10
    raises(v.TEXT_TOO_LONG, normalize_text, "x" * 11, "t", max_len=10)


# --- aggregation ----------------------------------------------------------------


def test_collector_collects_every_error():
    c = Collector()
    nik = c.check(normalize_nik, "12345", field="worker.nik")
    phone = c.check(normalize_phone, "0812-3456-7890", field="worker.phone")
    name = c.check(normalize_name, "", "worker.name", required=True)
    born = c.check(parse_date, "31/02/1990", "worker.birth_date")
    assert (nik, phone, name, born) == (None, "+6281234567890", None, None)
    assert bool(c)
    with pytest.raises(ValidationErrors) as info:
        c.raise_if_any()
    e = info.value
    assert isinstance(e, HaloError)
    assert e.fields == ["worker.nik", "worker.name", "worker.birth_date"]
    assert [x.msg for x in e.errors] == [v.NIK_LENGTH, v.REQUIRED, v.DATE_INVALID]
    assert e.text("id") == "Ada 3 isian yang perlu diperbaiki."
    assert e.text("en") == "3 fields need correcting."
    assert str(e) == "validation.errors"


def test_collector_without_errors():
    c = Collector()
    assert c.check(normalize_passport, "b 1234567") == "B1234567"
    assert c.check(normalize_email, "") == ""
    assert not c
    c.raise_if_any()


def test_collector_single_error_grammar():
    c = Collector()
    c.check(normalize_email, "siti@", field="complainant.email")
    with pytest.raises(ValidationErrors) as info:
        c.raise_if_any()
    assert info.value.text("en") == "1 field needs correcting."
    assert info.value.text("id") == "Ada 1 isian yang perlu diperbaiki."


def test_collector_flattens_nested_aggregates_and_accepts_manual_errors():
    inner = Collector()
    inner.check(normalize_nik, "9978015505900001", field="a")
    inner.check(normalize_phone, "x", field="b")

    def sub_form():
        inner.raise_if_any()

    outer = Collector()
    assert outer.check(sub_form) is None
    outer.add(ValidationError(v.DATE_FUTURE, "c"))
    with pytest.raises(ValidationErrors) as info:
        outer.raise_if_any()
    assert info.value.fields == ["a", "b", "c"]


def test_collector_lets_programming_errors_through():
    c = Collector()
    with pytest.raises(TypeError):
        c.check(normalize_nik, 12345)
    assert not c


def test_validation_errors_needs_errors():
    with pytest.raises(ValueError):
        ValidationErrors([])


@given(st.lists(st.sampled_from(["nik", "phone", "email"]), min_size=1, max_size=8))
def test_collector_counts(kinds: list[str]):
    bad = {
        "nik": (normalize_nik, "1"),
        "phone": (normalize_phone, "x"),
        "email": (normalize_email, "@"),
    }
    c = Collector()
    for kind in kinds:
        fn, value = bad[kind]
        assert c.check(fn, value, field=kind) is None
    with pytest.raises(ValidationErrors) as info:
        c.raise_if_any()
    assert info.value.params == {"n": len(kinds)}
    assert info.value.fields == kinds
    assert str(len(kinds)) in info.value.text("id")
    assert str(len(kinds)) in info.value.text("en")
