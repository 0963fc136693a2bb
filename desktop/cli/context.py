"""What every command gets: the data paths, the language, the KDF policy, an unlocked core."""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.cli import credentials
from desktop.crypto.keyslots import DEFAULT_KDF, MINIMUM_KDF, KdfParams
from desktop.paths import DataPaths
from desktop.services.startup import unlock


def kdf_policy() -> KdfParams:
    # For tests and CI only: still Argon2id (19 MiB, t=2, the OWASP floor), just faster.
    return MINIMUM_KDF if os.environ.get(credentials.ENV_FAST_KDF) == "1" else DEFAULT_KDF


@dataclass
class CliContext:
    paths: DataPaths
    lang: str
    out: object  # a text stream

    @property
    def kdf(self) -> KdfParams:
        return kdf_policy()

    @contextmanager
    def core(self):
        core = unlock(self.paths, credentials.username(self.lang), credentials.password(self.lang),
                      self.kdf)
        try:
            yield core
        finally:
            core.close()

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out)

    def t(self, id_text: str, en_text: str) -> str:
        return en_text if self.lang == "en" else id_text


def data_paths(data_dir: str | os.PathLike) -> DataPaths:
    return DataPaths(Path(data_dir))
