"""The application context passed to every part of the app (no module-level globals)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core import Core
from desktop.crypto.keyslots import DEFAULT_KDF, KdfParams
from desktop.paths import DataPaths
from desktop.settings import Settings


@dataclass
class AppContext:
    paths: DataPaths
    settings: Settings
    kdf: KdfParams = DEFAULT_KDF
    core: Core | None = None  # set after a successful login
    # The UI's helpers (task manager, sync controller) are fields of its subclass,
    # desktop.ui.context.UiContext; the core never uses them.

    @classmethod
    def create(cls, data_dir: Path, lang: str | None = None, kdf: KdfParams = DEFAULT_KDF) -> AppContext:
        paths = DataPaths(Path(data_dir))
        settings = Settings.load(paths.settings)
        if lang:
            settings.language = lang
        return cls(paths=paths, settings=settings, kdf=kdf)

    @property
    def lang(self) -> str:
        return self.settings.language

    def save_settings(self) -> None:
        self.paths.ensure_root()
        self.settings.save(self.paths.settings)

    def require_core(self) -> Core:
        if self.core is None:
            raise RuntimeError("not logged in")
        return self.core
