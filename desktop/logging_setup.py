"""Technical log file in the data folder. Log records carry codes and ids, never personal data;
tracebacks keep frames and exception types, never an exception's words."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.messages import HaloError
from desktop.private_fs import private_dir, private_opener

LOG_NAME = "halotki.log"


def safe_traceback(exc: BaseException) -> str:
    """A traceback with frames and exception types only, causes included."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts: list[str] = []
    for item in reversed(chain):
        if parts:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        parts.append(f"{type(item).__module__}.{type(item).__qualname__}{_safe_detail(item)}\n")
    return "".join(parts).rstrip("\n")


def _safe_detail(exc: BaseException) -> str:
    if isinstance(exc, HaloError):
        return f": {exc.code}"
    # SQLite's error name (SQLITE_CORRUPT, SQLITE_FULL) is what support needs; the message
    # may quote a search text.
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str):
        return f": {name}"
    if isinstance(exc, OSError) and exc.errno is not None:
        return f": errno {exc.errno}"
    return ""


class SafeFormatter(logging.Formatter):
    """Tracebacks as frames and exception types: an exception's words can quote personal
    data (a search text, a typed date)."""

    def format(self, record: logging.LogRecord) -> str:
        # logging keeps the first handler's rendering in exc_text and reuses it: a handler
        # without this formatter (a console, a test's capture) would put the words back.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return safe_traceback(ei[1]) if ei and ei[1] is not None else ""

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return stack_info


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
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_halotki", False)]:
        root.removeHandler(old)
        old.close()
    handler._halotki = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
