"""Opening the SQLCipher 4 database: never creates over, never falls back to plaintext."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from desktop.store.errors import StoreCorrupt, StoreError, StoreNotEncrypted, WriteFailed

log = logging.getLogger(__name__)

PAGE_SIZE = 4096  # SQLCipher 4 default; a main file that is not a multiple of it was cut short
PLAINTEXT_HEADER = b"SQLite format 3\x00"

DatabaseError = dbapi2.DatabaseError
OperationalError = dbapi2.OperationalError
IntegrityError = dbapi2.IntegrityError

_CORRUPT_HINTS = ("file is not a database", "malformed", "hmac", "corrupt", "not an error")
_WRITE_HINTS = ("disk is full", "disk i/o error", "readonly", "read-only", "unable to open")


def check_file_shape(path: Path) -> None:
    """Cheap checks before any key is tried, so a plaintext or cut file gets a precise message."""
    if path.exists() and not path.is_file():  # a folder (or a device) in the file's place
        raise StoreCorrupt(path, "not a file")
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(len(PLAINTEXT_HEADER))
    if head == PLAINTEXT_HEADER:
        raise StoreNotEncrypted(path)
    if size == 0:
        raise StoreCorrupt(path, "empty file")
    if size % PAGE_SIZE:
        raise StoreCorrupt(path, "truncated file")


def connect(path: Path, key: bytes, *, create: bool = False) -> dbapi2.Connection:
    """Open (or, with create=True, create) the encrypted database keyed with `key`.

    The URI mode keeps SQLite from silently creating an empty database when the file
    vanished between our checks and the open.
    """
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    if not create:
        check_file_shape(path)
    mode = "rwc" if create else "rw"
    uri = Path(path).resolve().as_uri() + f"?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except DatabaseError as exc:
        raise classify(exc, path) from exc
    try:
        # SQLCipher would print its own diagnostics to stderr, in front of the user; our
        # errors say what happened in their language instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Sorts and temp tables stay in memory so no plaintext spills into the temp dir.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Decrypted pages are cached: without it search re-decrypts the same index pages.
        conn.execute("PRAGMA cache_size = -65536")
    except DatabaseError as exc:
        conn.close()
        raise classify(exc, path) from exc
    if create:
        os.chmod(path, 0o600)
    return conn


def classify(exc: BaseException, path: Path | str = "") -> StoreError:
    """Turn a driver error into a store error whose message says what to do."""
    text = str(exc).lower()
    if any(h in text for h in _WRITE_HINTS):
        return WriteFailed(_short(text))
    if isinstance(exc, DatabaseError) and any(h in text for h in _CORRUPT_HINTS):
        return StoreCorrupt(path, _short(text))
    return WriteFailed(_short(text))


def _short(text: str) -> str:
    return text.splitlines()[0][:120] if text else "unknown error"


def cipher_integrity_errors(conn: dbapi2.Connection) -> list[str]:
    """SQLCipher's per-page HMAC check: catches flipped bytes anywhere in the file."""
    return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def sqlite_integrity_errors(conn: dbapi2.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
