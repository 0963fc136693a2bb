"""Small JSON files replaced atomically, so a crash leaves the old or the new content."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from desktop.private_fs import make_private, private_dir


def write_json_atomic(path: Path, data: Any) -> None:
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        make_private(Path(tmp))
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path, default: Any) -> Any:
    """Unreadable non-essential files (settings, counters) fall back to the default."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return default
