"""Who is running a command: HALOTKI_USER / HALOTKI_PASSWORD for scripts, else a prompt."""

from __future__ import annotations

import getpass
import os
import sys

from desktop.messages import HaloError, Msg

ENV_USER, ENV_PASSWORD = "HALOTKI_USER", "HALOTKI_PASSWORD"
ENV_FAST_KDF = "HALOTKI_TEST_FAST_KDF"

MSG_NO_USER = Msg(
    "cli_no_user",
    "Nama pengguna tidak diketahui: isi HALOTKI_USER atau jalankan di terminal.",
    "No username given: set HALOTKI_USER or run it in a terminal.",
)
MSG_NO_PASSWORD = Msg(
    "cli_no_password",
    "Kata sandi tidak diketahui: isi HALOTKI_PASSWORD atau jalankan di terminal.",
    "No password given: set HALOTKI_PASSWORD or run it in a terminal.",
)
MSG_NO_NEW_PASSWORD = Msg(
    "cli_no_new_password",
    "Kata sandi baru tidak diberikan: pakai --new-password-stdin atau jalankan di terminal.",
    "No new password given: use --new-password-stdin or run it in a terminal.",
)
MSG_NEW_MISMATCH = Msg(
    "cli_new_password_mismatch",
    "Kedua kata sandi baru tidak sama. Tidak ada yang diubah.",
    "The two new passwords do not match. Nothing was changed.",
)


class CredentialError(HaloError):
    exit_code = 2


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def username(lang: str) -> str:
    name = os.environ.get(ENV_USER, "")
    if name:
        return name
    if not _interactive():
        raise CredentialError(MSG_NO_USER)
    return input("Nama pengguna: " if lang == "id" else "Username: ")


def password(lang: str) -> str:
    if ENV_PASSWORD in os.environ:
        return os.environ[ENV_PASSWORD]
    if not _interactive():
        raise CredentialError(MSG_NO_PASSWORD)
    return getpass.getpass("Kata sandi: " if lang == "id" else "Password: ")


def new_password(from_stdin: bool, lang: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not _interactive():
        raise HaloError(MSG_NO_NEW_PASSWORD)
    first = getpass.getpass("Kata sandi baru: " if lang == "id" else "New password: ")
    second = getpass.getpass("Ulangi kata sandi baru: " if lang == "id" else "Repeat new password: ")
    if first != second:
        raise HaloError(MSG_NEW_MISMATCH)
    return first
