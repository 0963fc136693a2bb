"""Where this PC keeps its data; `--data-dir` or HALOTKI_DATA_DIR override the default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import appdirs

from desktop.private_fs import private_dir

ENV_DATA_DIR = "HALOTKI_DATA_DIR"


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir("HaloTKI", "BP2MI"))


def resolve_data_dir(arg: str | os.PathLike | None = None) -> Path:
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser() if env else default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "halotki.db"

    @property
    def keyslots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def login_state(self) -> Path:
        return self.root / "login-state.json"

    @property
    def pending_exports(self) -> Path:
        """Exports being written (their temporary files), for the sweep after a crash."""
        return self.root / "pending-exports.json"

    def ensure_root(self) -> None:
        private_dir(self.root)

    def database_companions(self) -> list[Path]:
        return [self.database.with_name(self.database.name + s) for s in ("-wal", "-shm")]
