"""The user's Documents folder, where exports are offered by default (without Qt: the
command line and the core use it too)."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path

_XDG_DOCUMENTS = re.compile(r'^\s*XDG_DOCUMENTS_DIR\s*=\s*"?([^"\n]*)"?\s*$', re.MULTILINE)


def documents_folder() -> Path:
    """Documents (as Windows or the desktop's user-dirs names it, a translated "Dokumen"
    included), else the home folder."""
    home = Path.home()
    for candidate in (_windows_documents(), _xdg_documents(home), home / "Documents"):
        if candidate is not None and candidate.is_dir():
            return candidate
    return home


def _windows_documents() -> Path | None:
    if sys.platform != "win32":
        return None
    # The known folder: it may be redirected (OneDrive, a network share).
    import ctypes
    from ctypes import wintypes

    class _Guid(ctypes.Structure):
        _fields_ = [("d1", wintypes.DWORD), ("d2", wintypes.WORD), ("d3", wintypes.WORD),
                    ("d4", ctypes.c_ubyte * 8)]

    folder_id = _Guid(0xFDD39AD0, 0x238F, 0x46AF,
                      (ctypes.c_ubyte * 8)(0xAD, 0xB4, 0x6C, 0x85, 0x48, 0x03, 0x69, 0xC7))
    out = ctypes.c_wchar_p()
    try:
        shell32, ole32 = ctypes.windll.shell32, ctypes.windll.ole32  # type: ignore[attr-defined]
        if shell32.SHGetKnownFolderPath(ctypes.byref(folder_id), 0, None,
                                        ctypes.byref(out)) != 0:
            return None
        path = Path(out.value) if out.value else None
        ole32.CoTaskMemFree(out)
        return path
    except (OSError, AttributeError):
        return None


def _xdg_documents(home: Path) -> Path | None:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "user-dirs.dirs"
    with contextlib.suppress(OSError, UnicodeDecodeError):
        match = _XDG_DOCUMENTS.search(config.read_text("utf-8"))
        if match and match.group(1):
            return Path(match.group(1).replace("$HOME", str(home)))
    return None
