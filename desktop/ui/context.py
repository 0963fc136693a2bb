"""The application context as the UI sees it: the core's AppContext plus the UI's helpers.

The core never knows these types, so they live here rather than in desktop/app_context.py.
Named, typed attributes instead of a dict: a misspelt helper fails in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTranslator

from desktop.app_context import AppContext
from desktop.crypto.keyslots import DEFAULT_KDF, KdfParams
from desktop.ui.tasks import TaskManager

if TYPE_CHECKING:
    from desktop.ui.startup_flow import StartupFlow
    from desktop.ui.sync.controller import SyncController


@dataclass
class UiContext(AppContext):
    # Keyword-only, so they may follow the base class's fields that have defaults.
    tasks: TaskManager = field(kw_only=True)  # background work, results on the UI thread
    # The session's sync controller: made at login, None again once logged out.
    sync: SyncController | None = field(default=None, kw_only=True)
    flow: StartupFlow | None = field(default=None, kw_only=True)  # set by run_gui
    translators: list[QTranslator] = field(default_factory=list, kw_only=True)  # installed

    @classmethod
    def create(cls, data_dir: Path, lang: str | None = None,  # type: ignore[override]
               kdf: KdfParams = DEFAULT_KDF, *, tasks: TaskManager) -> UiContext:
        """As AppContext.create (paths and saved settings of `data_dir`), with the UI's tasks."""
        base = AppContext.create(data_dir, lang, kdf)
        return cls(paths=base.paths, settings=base.settings, kdf=base.kdf, core=base.core,
                   tasks=tasks)
