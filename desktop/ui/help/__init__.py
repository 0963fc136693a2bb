"""The user guide shipped with the program (guide_<lang>.html and its PNG illustrations,
screenshots of the demo office) and the Help menu's dialogs (help/dialogs.py).

PyInstaller bundles this folder as data: packaging/halotki.spec lists it in `datas`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def help_dir() -> Path:
    return Path(str(resources.files("desktop.ui.help")))


def guide_path(lang: str) -> Path:
    """The guide in `lang`, English when there is none in it."""
    path = help_dir() / f"guide_{lang}.html"
    return path if path.is_file() else help_dir() / "guide_en.html"
