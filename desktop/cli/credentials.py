"""Who runs a command: HALOTKI_USER / HALOTKI_PASSWORD for scripts, else a prompt on a terminal."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass

from desktop import terminal
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


class MissingCredentials(HaloError):
    exit_code = 2


@dataclass(frozen=True)
class Login:
    username: str
    password: str


def login(lang: str) -> Login:
    return Login(username(lang), password(lang))


def username(lang: str) -> str:
    name = os.environ.get(ENV_USER, "").strip()
    if name:
        return name
    if not terminal.interactive():
        raise MissingCredentials(MSG_NO_USER)
    sys.stderr.write(terminal.prompt("user", lang))
    sys.stderr.flush()
    name = sys.stdin.readline().strip()
    if not name:  # Ctrl-D or just Enter
        raise MissingCredentials(MSG_NO_USER)
    return name


def password(lang: str) -> str:
    # Present but empty is passed on, so the user hears "the password is empty" (exit 2).
    if ENV_PASSWORD in os.environ:
        return os.environ[ENV_PASSWORD]
    if not terminal.interactive():
        raise MissingCredentials(MSG_NO_PASSWORD)
    try:
        return getpass.getpass(terminal.prompt("password", lang))
    except EOFError:
        raise MissingCredentials(MSG_NO_PASSWORD) from None


def admin_password(from_stdin: bool, lang: str) -> str:
    """The first administrator's password where no one is logged in yet (`enrol`):
    --new-password-stdin, else HALOTKI_PASSWORD (scripts), else typed twice."""
    if not from_stdin and os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    return terminal.new_password(from_stdin, lang)
