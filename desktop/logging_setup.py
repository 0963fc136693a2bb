"""Technical log file in the data folder. Log records carry codes and ids, never personal data."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "halotki.log"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to <data dir>/logs/halotki.log; returns its path, or None if it can't be written."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = log_dir / LOG_NAME
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_halotki", False)]:
        root.removeHandler(old)
        old.close()
    handler._halotki = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
