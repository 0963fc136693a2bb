"""Normalisation and validation of what staff type into forms.

Pure functions: no Qt, no database. Each returns the canonical form of its input
(what gets stored and compared) or raises `ValidationError`. Error messages never
carry the offending value, neither in `str()` nor in `params`, because errors end
up in logs and the values are personal data (NIK, passport, phone numbers). A refused
foreign phone number's country calling code ("+60") is shown: it identifies no one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from desktop.domain import phones
from desktop.messages import HaloError, Msg

T = TypeVar("T")

# --- messages ---------------------------------------------------------------

REQUIRED = Msg(
    "validation.required",
    "Isian ini wajib diisi.",
    "This field is required.",
)
NIK_LENGTH = Msg(
    "validation.nik_length",
    "NIK harus terdiri dari 16 angka (spasi, titik, dan tanda hubung boleh).",
    "The NIK must be exactly 16 digits (spaces, dots and dashes are allowed).",
)
NIK_STRUCTURE = Msg(
    "validation.nik_structure",
    "NIK ini tidak sah: periksa kode provinsi (2 angka pertama) serta tanggal dan "
    "bulan lahir (angka ke-7 sampai ke-10).",
    "This is not a valid NIK: check the province code (first 2 digits) and the day "
    "and month of birth (digits 7 to 10).",
)
PASSPORT_CHARS = Msg(
    "validation.passport_chars",
    "Nomor paspor hanya boleh berisi huruf dan angka.",
    "A passport number may contain only letters and digits.",
)
PASSPORT_FORMAT = Msg(
    "validation.passport_format",
    "Format nomor paspor tidak dikenali: 1-2 huruf diikuti 6-8 angka (contoh A1234567), "
    "atau untuk paspor asing 6-9 huruf/angka yang diawali huruf.",
    "Passport number format not recognised: 1-2 letters followed by 6-8 digits "
    "(e.g. A1234567), or for foreign passports 6-9 letters/digits starting with a letter.",
)
PHONE_LETTERS = Msg(
    "validation.phone_letters",
    "Nomor telepon tidak boleh berisi huruf.",
    "A phone number must not contain letters.",
)
PHONE_FORMAT = Msg(
    "validation.phone_format",
    "Nomor telepon tidak dikenali: awali dengan 0 atau +62 untuk nomor Indonesia, "
    "atau dengan + dan kode negara untuk nomor luar negeri.",
    "Phone number not recognised: start with 0 or +62 for an Indonesian number, "
    "or with + and the country code for a foreign number.",
)
PHONE_COUNTRY_CODE = Msg(
    "validation.phone_country_code",
    "Kode negara nomor telepon ini tidak dikenal: periksa angka sesudah tanda + "
    "(contoh: +60 Malaysia, +852 Hong Kong, +966 Arab Saudi).",
    "The country code of this phone number does not exist: check the digits after the + "
    "(e.g. +60 Malaysia, +852 Hong Kong, +966 Saudi Arabia).",
)
PHONE_LENGTH_ID = Msg(
    "validation.phone_length_id",
    "Jumlah angka nomor telepon Indonesia ini tidak sesuai: nomor HP 10 sampai 13 angka "
    "(08...), nomor rumah atau kantor diawali kode wilayah (contoh 031).",
    "This Indonesian phone number has too few or too many digits: mobile numbers have "
    "10 to 13 digits (08...), landlines start with the area code (e.g. 031).",
)
PHONE_INVALID_ID = Msg(
    "validation.phone_invalid_id",
    "Ini bukan nomor telepon Indonesia yang sah: periksa kode operator (08...) atau "
    "kode wilayahnya.",
    "This is not a valid Indonesian phone number: check the mobile prefix (08...) or the "
    "area code.",
)
PHONE_LENGTH_FOREIGN = Msg(
    "validation.phone_length_foreign",
    "Jumlah angka nomor telepon ini tidak sesuai untuk negara dengan kode {country}: "
    "periksa apakah ada angka yang hilang atau berlebih.",
    "This phone number has too few or too many digits for the country with code "
    "{country}: check for a missing or extra digit.",
)
PHONE_INVALID_FOREIGN = Msg(
    "validation.phone_invalid_country",
    "Ini bukan nomor telepon yang sah di negara dengan kode {country}: periksa kode "
    "negara dan angka sesudahnya.",
    "This is not a valid phone number in the country with code {country}: check the "
    "country code and the digits after it.",
)
EMAIL_INVALID = Msg(
    "validation.email_invalid",
    "Alamat email tidak valid (contoh: nama@contoh.co.id).",
    "This is not a valid email address (example: name@example.com).",
)
DATE_FORMAT = Msg(
    "validation.date_format",
    "Tanggal tidak dikenali; tulis seperti 22/11/2026 atau 22 November 2026.",
    "Date not recognised; write it like 22/11/2026 or 22 November 2026.",
)
DATE_INVALID = Msg(
    "validation.date_invalid",
    "Tanggal tersebut tidak ada di kalender.",
    "That date does not exist in the calendar.",
)
DATE_FUTURE = Msg(
    "validation.date_future",
    "Tanggal tidak boleh melewati hari ini.",
    "The date cannot be in the future.",
)
BIRTH_DATE_TOO_OLD = Msg(
    "validation.birth_date_too_old",
    "Tanggal lahir lebih dari 100 tahun yang lalu; periksa kembali tahunnya.",
    "The date of birth is more than 100 years ago; please check the year.",
)
NAME_TOO_LONG = Msg(
    "validation.name_too_long",
    "Nama terlalu panjang (paling banyak {max} karakter).",
    "The name is too long (at most {max} characters).",
)
NAME_NO_LETTERS = Msg(
    "validation.name_no_letters",
    "Nama harus berisi huruf, tidak boleh hanya angka atau tanda baca.",
    "A name must contain letters, not only digits or punctuation.",
)
CONTROL_CHARS = Msg(
    "validation.control_chars",
    "Isian berisi karakter tersembunyi yang tidak diizinkan; silakan ketik ulang.",
    "The entry contains hidden characters that are not allowed; please retype it.",
)
TEXT_TOO_LONG = Msg(
    "validation.text_too_long",
    "Teks terlalu panjang: {length} karakter, paling banyak {max}.",
    "The text is too long: {length} characters, at most {max}.",
)
MANY_ERRORS = Msg(
    "validation.errors",
    "Ada {n} isian yang perlu diperbaiki.",
    "{n} fields need correcting.",
)
# A separate singular message because English "1 fields" reads as a bug to staff.
ONE_ERROR = Msg(
    "validation.error_one",
    "Ada 1 isian yang perlu diperbaiki.",
    "1 field needs correcting.",
)


# --- errors -----------------------------------------------------------------


class ValidationError(HaloError):
    """One field's input is wrong. Never put the input value in `params`."""

    def __init__(self, msg: Msg, field: str, **params: object) -> None:
        super().__init__(msg, field, **params)


class ValidationErrors(HaloError):
    """Several fields are wrong; a form marks every `errors[i].field` at once."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors: list[ValidationError] = list(errors)
        if not self.errors:
            raise ValueError("ValidationErrors needs at least one error")
        n = len(self.errors)
        super().__init__(ONE_ERROR if n == 1 else MANY_ERRORS, None, n=n)

    @property
    def fields(self) -> list[str | None]:
        return [e.field for e in self.errors]


class Collector:
    """Runs several checks and reports all failures together.

    A form calls `check(normalize_nik, text, field="worker.nik")` for each input,
    keeps the returned values (None where invalid), then `raise_if_any()`.
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return fn(*args, **kwargs)
        except ValidationErrors as e:
            self.errors.extend(e.errors)
        except ValidationError as e:
            self.errors.append(e)
        return None

    def add(self, error: ValidationError) -> None:
        """Record a cross-field problem found by the caller (e.g. NIK vs. birth date)."""
        self.errors.append(error)

    def __bool__(self) -> bool:
        return bool(self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


# --- helpers ----------------------------------------------------------------

_ASCII_DIGITS = re.compile(r"[0-9]+")


def _has_control_chars(value: str, allowed: str = "") -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cs") and c not in allowed for c in value)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap target year
        return day.replace(year=day.year - years, day=28)


# --- NIK --------------------------------------------------------------------

# Unicode dashes too: numbers pasted from word processors carry en dashes.
_NIK_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015]")


def normalize_nik(value: str | None, field: str = "nik") -> str:
    """Return the 16-digit NIK, or "" when left empty (the NIK is optional)."""
    if value is None:
        return ""
    nik = _NIK_SEPARATORS.sub("", value)
    if not nik:
        return ""
    if len(nik) != 16 or not _ASCII_DIGITS.fullmatch(nik):
        raise ValidationError(NIK_LENGTH, field)
    province = int(nik[0:2])
    day = int(nik[6:8])
    month = int(nik[8:10])
    # Women's NIKs carry day of birth + 40, hence 41-71.
    day_ok = 1 <= day <= 31 or 41 <= day <= 71
    if not (11 <= province <= 94 and day_ok and 1 <= month <= 12):
        raise ValidationError(NIK_STRUCTURE, field)
    return nik


def nik_birth_info(
    nik: str | None, today: date | None = None, field: str = "nik"
) -> tuple[date | None, str | None]:
    """Birth date and sex ("L" male, "P" female) encoded in a NIK.

    The date is None when the NIK is empty or its day/month do not form a real
    date (structure checks cannot rule out e.g. 31 February); staff may still
    have a genuine card with such a number, so that is not an error here.
    """
    nik = normalize_nik(nik, field)
    if not nik:
        return None, None
    today = today or date.today()
    day = int(nik[6:8])
    month = int(nik[8:10])
    yy = int(nik[10:12])
    sex = "P" if day > 40 else "L"
    if day > 40:
        day -= 40
    # Only two year digits: take the most recent century that is not in the future.
    for century in (2000, 1900):
        try:
            born = date(century + yy, month, day)
        except ValueError:
            continue
        if born <= today:
            return born, sex
    return None, sex


# --- passport ---------------------------------------------------------------

_PASSPORT_CHARS = re.compile(r"[A-Z0-9]+")
_PASSPORT_ID = re.compile(r"[A-Z]{1,2}[0-9]{6,8}")
_PASSPORT_OTHER = re.compile(r"[A-Z][A-Z0-9]{5,8}")


def normalize_passport(value: str | None, field: str = "passport") -> str:
    """Return the upper-cased passport number without spaces, or ""."""
    if value is None:
        return ""
    passport = re.sub(r"\s", "", value).upper()
    if not passport:
        return ""
    if not _PASSPORT_CHARS.fullmatch(passport):
        raise ValidationError(PASSPORT_CHARS, field)
    if _PASSPORT_ID.fullmatch(passport):
        return passport
    # Require a digit so words typed into the field ("TIDAKADA", "HILANG") fail.
    if _PASSPORT_OTHER.fullmatch(passport) and any(c.isdigit() for c in passport):
        return passport
    raise ValidationError(PASSPORT_FORMAT, field)


# --- phone ------------------------------------------------------------------

_PHONE_LIST_SPLIT = re.compile(r"[,;/\n\r]+")
_PHONE_MESSAGES = {
    phones.Problem.LETTERS: PHONE_LETTERS,
    phones.Problem.FORMAT: PHONE_FORMAT,
    phones.Problem.COUNTRY_CODE: PHONE_COUNTRY_CODE,
    phones.Problem.LENGTH_ID: PHONE_LENGTH_ID,
    phones.Problem.INVALID_ID: PHONE_INVALID_ID,
    phones.Problem.LENGTH_FOREIGN: PHONE_LENGTH_FOREIGN,
    phones.Problem.INVALID_FOREIGN: PHONE_INVALID_FOREIGN,
}


def normalize_phone(value: str | None, field: str = "phone") -> str:
    """Return the E.164 form ("+6281234567890", "+60123456789"), or "" when left empty.

    Indonesian unless it says otherwise (desktop/domain/phones.py); a foreign number must
    be valid in its own country. The error names the country code (not personal data),
    never the number.
    """
    try:
        return phones.to_e164(value)
    except phones.PhoneError as e:
        msg = _PHONE_MESSAGES[e.problem]
        if e.country_code is None:
            raise ValidationError(msg, field) from None
        raise ValidationError(msg, field, country=f"+{e.country_code}") from None


def normalize_phones(values: list[str] | str | None, field: str = "phones") -> list[str]:
    """Split a free-text list of numbers, normalise each and drop duplicates."""
    if values is None:
        return []
    items = [values] if isinstance(values, str) else list(values)
    result: list[str] = []
    for item in items:
        for piece in _PHONE_LIST_SPLIT.split(item or ""):
            phone = normalize_phone(piece, field)
            if phone and phone not in result:
                result.append(phone)
    return result


# --- email ------------------------------------------------------------------


def normalize_email(value: str | None, field: str = "email") -> str:
    """Light sanity check only; the real test is whether mail gets through."""
    if value is None:
        return ""
    email = value.strip()
    if not email:
        return ""
    if (
        len(email) > 254
        or email.count("@") != 1
        or any(c.isspace() for c in email)
        or _has_control_chars(email)
    ):
        raise ValidationError(EMAIL_INVALID, field)
    local, domain = email.split("@")
    labels = domain.split(".")
    if not local or len(labels) < 2 or not all(labels):
        raise ValidationError(EMAIL_INVALID, field)
    return f"{local}@{domain.lower()}"


# --- dates ------------------------------------------------------------------

# Clocks of office PCs drift; a timestamp a few minutes ahead is not an error.
CLOCK_TOLERANCE = timedelta(minutes=5)


def validate_not_future(
    value: date | datetime | None, field: str, today: date | datetime | None = None
) -> date | datetime | None:
    """Reject dates after today. `today` may be a datetime to fix "now" in tests."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if today is not None and not isinstance(today, datetime):
            if value.date() > today:
                raise ValidationError(DATE_FUTURE, field)
            return value
        now = today if isinstance(today, datetime) else datetime.now(value.tzinfo)
        moment = value
        # Naive values are local wall-clock time; compare like with like.
        if moment.tzinfo is None and now.tzinfo is not None:
            moment = moment.astimezone()
        elif moment.tzinfo is not None and now.tzinfo is None:
            now = now.astimezone()
        if moment > now + CLOCK_TOLERANCE:
            raise ValidationError(DATE_FUTURE, field)
        return value
    if today is None:
        today = date.today()
    elif isinstance(today, datetime):
        today = today.date()
    if value > today:
        raise ValidationError(DATE_FUTURE, field)
    return value


def validate_birth_date(
    value: date | None, field: str = "birth_date", today: date | None = None
) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    today = today or date.today()
    validate_not_future(value, field, today)
    if value < _years_before(today, 100):
        raise ValidationError(BIRTH_DATE_TOO_OLD, field)
    return value


_MONTHS = {
    # Indonesian, including the older spellings Pebruari and Nopember that still
    # appear on documents.
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
    "juni": 6, "juli": 7, "agustus": 8, "september": 9, "oktober": 10,
    "november": 11, "nopember": 11, "desember": 12,
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "ags": 8, "agt": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
    "nop": 11, "des": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "december": 12,
    "aug": 8, "oct": 10, "dec": 12,
}  # fmt: skip

_DATE_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DATE_DMY = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")
_DATE_TEXT = re.compile(r"([0-9]{1,2})[\s\-]*([^\W\d_]+)\.?,?[\s\-]*([0-9]{4})")


def parse_date(value: str | None, field: str) -> date | None:
    """Parse the date forms staff type; two-digit years are refused as ambiguous."""
    if value is None:
        return None
    text = " ".join(value.split())
    if not text:
        return None
    if m := _DATE_ISO.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DATE_DMY.fullmatch(text):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    elif m := _DATE_TEXT.fullmatch(text):
        month_no = _MONTHS.get(m[2].casefold())
        if month_no is None:
            raise ValidationError(DATE_FORMAT, field)
        day, month, year = int(m[1]), month_no, int(m[3])
    else:
        raise ValidationError(DATE_FORMAT, field)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(DATE_INVALID, field) from None


# --- free text --------------------------------------------------------------

NAME_MAX_LEN = 120


def normalize_name(value: str | None, field: str, required: bool = False) -> str:
    """Collapse whitespace; keep the case as typed ("Siti Nurhaliza binti Ahmad")."""
    # Tabs and line breaks come from pasting and are treated as spaces; other
    # control characters are invisible in the form and corrupt exports.
    if value and _has_control_chars(value, allowed="\t\n\r"):
        raise ValidationError(CONTROL_CHARS, field)
    name = " ".join((value or "").split())
    if not name:
        if required:
            raise ValidationError(REQUIRED, field)
        return ""
    if len(name) > NAME_MAX_LEN:
        raise ValidationError(NAME_TOO_LONG, field, max=NAME_MAX_LEN)
    if not any(c.isalpha() for c in name):
        raise ValidationError(NAME_NO_LETTERS, field)
    return name


def normalize_text(
    value: str | None, field: str, max_len: int = 4000, required: bool = False
) -> str:
    """Descriptions and notes: keep line breaks and tabs, nothing else invisible."""
    # Windows clipboards deliver \r\n; store plain \n so lengths and diffs agree.
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        if required:
            raise ValidationError(REQUIRED, field)
        return ""
    if _has_control_chars(text, allowed="\n\t"):
        raise ValidationError(CONTROL_CHARS, field)
    if len(text) > max_len:
        raise ValidationError(TEXT_TOO_LONG, field, length=len(text), max=max_len)
    return text
