"""Account rules that both sides of the wire apply: the form of a username and the minimum
of a new password. Pure: the PC's key slots and accounts and the central server's staff
accounts all check names and passwords here."""

from __future__ import annotations

import re
import unicodedata

from desktop.messages import HaloError, Msg

MIN_PASSWORD_LEN = 8
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


def check_new_password(password: str, confirm: str | None = None) -> None:
    if len(password or "") < MIN_PASSWORD_LEN:
        raise WeakPassword("password", min_length=MIN_PASSWORD_LEN)
    if confirm is not None and confirm != password:
        raise AccountError(MSG_PASSWORD_MISMATCH, field="password_confirm")
