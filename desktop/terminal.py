"""Terminal I/O that both command lines share (`halotki` and `halotki-server`): prompts,
a new password typed twice, and plain-text tables. No data, no network: only the terminal.

Prompts go to stderr (getpass: the terminal) so that `halotki case list --json > out.json`
never writes a prompt into the output.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from desktop.messages import HaloError, Msg

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


def prompt(kind: str, lang: str) -> str:
    return PROMPTS[kind][1 if lang == "en" else 0]


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def require_new_password_source(from_stdin: bool) -> None:
    """Fail before anything is done (a login is audited) when no new password could be
    read later."""
    if not from_stdin and not interactive():
        raise HaloError(MSG_NO_NEW_PASSWORD)


def new_password(from_stdin: bool, lang: str) -> str:
    """One line of stdin with --new-password-stdin, else typed twice on the terminal."""
    require_new_password_source(from_stdin)
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    try:
        first = getpass.getpass(prompt("new", lang))
        second = getpass.getpass(prompt("repeat", lang))
    except EOFError:
        raise HaloError(MSG_NO_NEW_PASSWORD) from None
    if first != second:
        raise HaloError(MSG_NEW_MISMATCH)
    return first


# -- tables ------------------------------------------------------------------------------

def render(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[str]:
    """One line per row, no header: each line starts with its key (`grep`, `cut` friendly).
    The last column is never cut or padded."""
    return [_line(row, widths) for row in rows]


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    out = []
    last = len(cells) - 1
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        text = " ".join(str(cell).split())  # a newline in a name must not break the row
        out.append(text if i == last else _fit(text, width))
    return "  ".join(out).rstrip()


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[:width - 1] + "…"


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=_iso)


def _iso(value: Any) -> str:
    """Dates (a case's deadline) as ISO text; anything else is a bug, not output."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")
