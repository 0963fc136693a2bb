"""Account rules that both sides of the wire apply: the form of a username and what a new
password must be. Pure: the PC's key slots and accounts and the central server's staff
accounts all check names and passwords here."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from zxcvbn import zxcvbn

from desktop.messages import HaloError, Msg

MIN_PASSWORD_LEN = 8
MAX_PASSWORD_LEN = 128
# zxcvbn's score: 0-1 fall within a million guesses (the commonest passwords, keyboard
# walks, a name with digits); against a stolen key file that is days of work at most.
MIN_PASSWORD_SCORE = 2
_JUDGED_LEN = 72  # zxcvbn reads at most this much; the rest only adds strength
# Words a guesser tries first in this office, beside the username and the person's name.
_OFFICE_WORDS = ("halotki", "halo tki", "bp2mi", "bp3tki", "tki", "pmi", "pusat", "kantor")
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")

MSG_USERNAME = Msg(
    "username_invalid",
    "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
    "Usernames are 3-32 characters: lower-case letters, digits, dot, underscore or hyphen.",
)
MSG_WEAK_PASSWORD = Msg(
    "keyslot.weak_password",
    "Kata sandi baru terlalu pendek. Gunakan paling sedikit {min_length} karakter.",
    "The new password is too short. Use at least {min_length} characters.",
)
MSG_PASSWORD_TOO_LONG = Msg(
    "password_too_long",
    "Kata sandi paling panjang {max_length} karakter.",
    "A password can be at most {max_length} characters long.",
)
MSG_PASSWORD_TOO_COMMON = Msg(
    "password_too_common",
    "Kata sandi ini terlalu mudah ditebak: sering dipakai orang, atau mirip nama pengguna. "
    "Pakai gabungan beberapa kata yang tidak berhubungan, misalnya kopi-hujan-kereta-7.",
    "This password is too easy to guess: many people use it, or it is close to the username. "
    "Use a few unrelated words together, e.g. coffee-rain-train-7.",
)
MSG_PASSWORD_MISMATCH = Msg(
    "password_mismatch",
    "Kedua kata sandi baru tidak sama.",
    "The two new passwords do not match.",
)


class AccountError(HaloError):
    pass


class WeakPassword(HaloError):
    exit_code = 1

    def __init__(self, field: str | None = None, **params: object) -> None:
        super().__init__(MSG_WEAK_PASSWORD, field, **params)


def normalize_username(username: str) -> str:
    # NFC first so the same name typed on different keyboards/IMEs maps to one account.
    return unicodedata.normalize("NFC", username or "").strip().lower()


def check_username(username: str) -> str:
    name = normalize_username(username)
    if not USERNAME_RE.match(name):
        raise AccountError(MSG_USERNAME, field="username")
    return name


def check_password_length(password: str) -> None:
    """Only the length: for a password someone else already judged (a central account's,
    checked by the server when it was set)."""
    if len(password or "") < MIN_PASSWORD_LEN:
        raise WeakPassword("password", min_length=MIN_PASSWORD_LEN)
    if len(password) > MAX_PASSWORD_LEN:
        raise AccountError(MSG_PASSWORD_TOO_LONG, field="password", max_length=MAX_PASSWORD_LEN)


def check_new_password(password: str, confirm: str | None = None, *,
                       user_inputs: Iterable[str] = ()) -> None:
    """A password someone chooses now: long enough, not too long, not among the commonest
    nor built from the username or name (`user_inputs`), and typed the same twice."""
    check_password_length(password)
    words = [w for w in (*user_inputs, *_OFFICE_WORDS) if w]
    if zxcvbn(password[:_JUDGED_LEN], user_inputs=words)["score"] < MIN_PASSWORD_SCORE:
        raise AccountError(MSG_PASSWORD_TOO_COMMON, field="password")
    if confirm is not None and confirm != password:
        raise AccountError(MSG_PASSWORD_MISMATCH, field="password_confirm")
