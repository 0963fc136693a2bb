"""The technical log of one command run: <data dir>/logs/halotki.log.

Records carry command names, error codes and exception types with their stack frames,
never personal data. Exception messages are left out of tracebacks because they can quote
what was typed (a search text in an FTS syntax error, a date in a ValueError).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop.logging_setup import PrivateRotatingFileHandler, SafeFormatter, safe_traceback
from desktop.paths import DataPaths
from desktop.private_fs import private_dir

LOG_NAME = "halotki.log"
MAX_BYTES, BACKUP_COUNT = 2_000_000, 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class CommandLog:
    """Attached to the root logger while one command runs, and removed afterwards."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self.path = paths.logs / LOG_NAME
        self._handler: logging.Handler | None = None
        self._previous_level: int | None = None
        # Without any handler, logging's last resort would print records (with tracebacks)
        # to stderr, in front of the user.
        self._quiet = logging.NullHandler()
        logging.getLogger().addHandler(self._quiet)

    @property
    def is_open(self) -> bool:
        return self._handler is not None or self._existing_handler() is not None

    def open(self, create: bool = False) -> bool:
        """Start writing to the log file; only into an existing data folder unless `create`."""
        if self.is_open:
            return True
        if not (create or self.paths.root.is_dir()):
            return False
        try:
            self.paths.ensure_root()  # before logs/, so the data folder itself gets 0700
            private_dir(self.paths.logs)
            handler = PrivateRotatingFileHandler(self.path, maxBytes=MAX_BYTES,
                                                 backupCount=BACKUP_COUNT, encoding="utf-8")
        except OSError:
            return False
        handler.setFormatter(SafeFormatter(_FORMAT))
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            self._previous_level = root.level
            root.setLevel(logging.INFO)
        self._handler = handler
        return True

    def internal_error(self, command: str, exc: BaseException) -> Path | None:
        """Log an unexpected failure; returns the file it went to, if any."""
        opened = self.open(create=True)
        logging.getLogger("halotki.cli").error(
            "internal error in command %s\n%s", command, safe_traceback(exc))
        return self.path if opened else None

    def close(self) -> None:
        root = logging.getLogger()
        root.removeHandler(self._quiet)
        if self._handler is not None:
            root.removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        if self._previous_level is not None:
            root.setLevel(self._previous_level)
            self._previous_level = None

    def _existing_handler(self) -> logging.Handler | None:
        # The desktop application configures its own handler for the same file; a second
        # one would write every line twice and fight over rotation.
        target = os.path.abspath(self.path)
        for h in logging.getLogger().handlers:
            if isinstance(h, logging.FileHandler) and os.path.abspath(h.baseFilename) == target:
                return h
        return None
