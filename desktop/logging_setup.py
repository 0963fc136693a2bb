"""Technical log file in the data folder. Log records carry codes and ids, never personal data."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.private_fs import private_dir, private_opener

LOG_NAME = "halotki.log"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Every file it opens, rotated ones included, is readable by this user only."""

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                    opener=private_opener)


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to <data dir>/logs/halotki.log; returns its path, or None if it can't be written."""
    try:
        private_dir(log_dir)
        path = log_dir / LOG_NAME
        handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                             encoding="utf-8")
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
