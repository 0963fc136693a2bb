"""What every command gets: data paths, language, KDF policy, output, and an unlocked core."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

from desktop.cli import credentials
from desktop.cli.credentials import Login
from desktop.core import Core
from desktop.crypto.keyslots import KdfParams
from desktop.messages import Msg
from desktop.paths import DataPaths
from desktop.session.login import log_in


@dataclass
class CliContext:
    paths: DataPaths
    lang: str
    kdf: KdfParams
    out: TextIO
    lang_override: str | None = None  # --lang as given; the GUI falls back to its setting
    _login: Login | None = field(default=None, repr=False)

    def login(self) -> Login:
        """Asked once per run: `user passwd` needs the login password again as the old one."""
        if self._login is None:
            self._login = credentials.login(self.lang)
        return self._login

    @contextmanager
    def core(self, record_login: bool = True) -> Iterator[Core]:
        login = self.login()
        core = log_in(self.paths, login.username, login.password, self.kdf,
                      record_login=record_login)
        try:
            yield core
        finally:
            core.close()

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def text(self, msg: Msg, **params: object) -> str:
        return msg.text(self.lang, **params)

    def say(self, msg: Msg, **params: object) -> None:
        """One message on the output, in the command's language."""
        self.print(msg.text(self.lang, **params))
