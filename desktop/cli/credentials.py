"""Who runs a command: HALOTKI_USER / HALOTKI_PASSWORD for scripts, else a prompt on a terminal.

Prompts go to stderr (getpass: the terminal) so that `halotki case list --json > out.json`
never writes a prompt into the output.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass

from desktop.messages import HaloError, Msg

ENV_USER, ENV_PASSWORD = "HALOTKI_USER", "HALOTKI_PASSWORD"

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

PROMPTS = {
    "user": ("Nama pengguna: ", "Username: "),
    "password": ("Kata sandi: ", "Password: "),
    "new": ("Kata sandi baru: ", "New password: "),
    "repeat": ("Ulangi kata sandi baru: ", "Repeat the new password: "),
}


class MissingCredentials(HaloError):
    exit_code = 2


@dataclass(frozen=True)
class Login:
    username: str
    password: str


def _prompt(kind: str, lang: str) -> str:
    return PROMPTS[kind][1 if lang == "en" else 0]


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def login(lang: str) -> Login:
    return Login(username(lang), password(lang))


def username(lang: str) -> str:
    name = os.environ.get(ENV_USER, "").strip()
    if name:
        return name
    if not _interactive():
        raise MissingCredentials(MSG_NO_USER)
    sys.stderr.write(_prompt("user", lang))
    sys.stderr.flush()
    name = sys.stdin.readline().strip()
    if not name:  # Ctrl-D or just Enter
        raise MissingCredentials(MSG_NO_USER)
    return name


def password(lang: str) -> str:
    # Present but empty is passed on, so the user hears "the password is empty" (exit 2).
    if ENV_PASSWORD in os.environ:
        return os.environ[ENV_PASSWORD]
    if not _interactive():
        raise MissingCredentials(MSG_NO_PASSWORD)
    try:
        return getpass.getpass(_prompt("password", lang))
    except EOFError:
        raise MissingCredentials(MSG_NO_PASSWORD) from None


def require_new_password_source(from_stdin: bool) -> None:
    """Fail before logging in (which is audited) when no new password could be read later."""
    if not from_stdin and not _interactive():
        raise HaloError(MSG_NO_NEW_PASSWORD)


def admin_password(from_stdin: bool, lang: str) -> str:
    """The first administrator's password where no one is logged in yet (`enroll`):
    --new-password-stdin, else HALOTKI_PASSWORD (scripts), else typed twice."""
    if not from_stdin and os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    return new_password(from_stdin, lang)


def new_password(from_stdin: bool, lang: str) -> str:
    """One line of stdin with --new-password-stdin, else typed twice on the terminal."""
    require_new_password_source(from_stdin)
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    try:
        first = getpass.getpass(_prompt("new", lang))
        second = getpass.getpass(_prompt("repeat", lang))
    except EOFError:
        raise HaloError(MSG_NO_NEW_PASSWORD) from None
    if first != second:
        raise HaloError(MSG_NEW_MISMATCH)
    return first
