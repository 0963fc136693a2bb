"""The encrypted local store: one writer connection, migrations, and the outbox write path."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.private_fs import make_private, private_dir
from desktop.store import clock, connection, digests
from desktop.store.errors import StoreCorrupt, StoreNewerSchema, WriteFailed
from desktop.store.folder_lock import FolderLock
from desktop.store.outbox import WriteTx
from desktop.store.schema import migrations
from desktop.store.seeds import load_reference
from sync.hlc import HybridClock

log = logging.getLogger(__name__)
BACKUPS_KEPT = 3


class Store:
    """Owns the single connection. Not thread-safe by design: the UI runs every call on
    one database executor thread, the CLI on its main thread."""

    def __init__(self, path: Path, conn, device_id: str, lock: FolderLock | None = None) -> None:
        self.path = Path(path)
        self._conn = conn
        self._lock = lock  # shared on the data folder while open (folder_lock.py)
        self.db = sqlite_utils.Database(conn)
        self.device_id = device_id
        # The newest change carries the newest local timestamp; max(hlc) would scan the outbox.
        row = conn.execute("SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
        last = row[0] if row else None
        self.clock = HybridClock(device_id[:8], last)
        # One connection, one user at a time: a read from another thread waits for the
        # transaction under way (sqlite's statement cache is not safe to share between
        # threads: concurrent use raised KeyError from it). Re-entrant: a transaction's own
        # code reads too.
        self._write_lock = threading.RLock()
        self._column_defaults: dict[str, dict[str, Any]] = {}  # the outbox's, per table
        # Called after each committed local write (e.g. the sync scheduler's "something
        # changed" trigger); never inside the transaction.
        self.after_commit: list = []

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, key: bytes, meta: dict[str, str], reference: dict) -> Store:
        lock = FolderLock.shared(Path(path).parent)
        try:
            conn = connection.connect(path, key, create=True)
            db = sqlite_utils.Database(conn)
            migrations.apply(db)
            with db.atomic():
                for k, v in meta.items():
                    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (k, str(v)))
                load_reference(conn, reference)
            clock.refresh_if_stale(conn)
            digests.ensure_triggers(conn)
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, meta["device_id"], lock)

    @classmethod
    def open(cls, path: Path, key: bytes, backup_dir: Path | None = None) -> Store:
        # A missing or unusable file is refused before anything is written beside it.
        connection.check_file_shape(Path(path))
        # Before the file is opened: a restore must not swap it between our checks and use.
        lock = FolderLock.shared(Path(path).parent)
        try:
            conn = connection.connect(path, key)
        except BaseException:
            lock.release()
            raise
        try:
            db = sqlite_utils.Database(conn)
            known = {m.name for m in migrations._migrations}
            applied = {m.name for m in migrations.applied(db)}
            if applied - known:
                raise StoreNewerSchema()
            if migrations.pending(db):
                if backup_dir is not None:
                    _backup_before_migrating(conn, path, backup_dir, len(applied))
                migrations.apply(db)
            device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
            if device is None:
                raise StoreCorrupt(path, "metadata missing")
            # Derived, not synced: rows made by other rules (a newer holiday calendar) are
            # made again before anyone reads them.
            clock.refresh_if_stale(conn)
            # After every migration: one that rebuilt a table dropped its triggers.
            digests.ensure_triggers(conn)
            return cls(path, conn, device[0], lock)
        except connection.DatabaseError as exc:
            conn.close()
            lock.release()
            raise connection.classify(exc, path) from exc
        except BaseException:
            conn.close()
            lock.release()
            raise

    def close(self) -> None:
        with self._write_lock:
            self._close()

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except connection.DatabaseError:
                log.warning("checkpoint at close failed", exc_info=True)
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- reading -----------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            with self._write_lock:
                return self._conn.execute(sql, params).fetchall()
        except connection.DatabaseError as exc:
            raise connection.classify(exc, self.path) from exc

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def query_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            with self._write_lock:
                cur = self._conn.execute(sql, params)
                names = [d[0] for d in cur.description]
                return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        except connection.DatabaseError as exc:
            raise connection.classify(exc, self.path) from exc

    def case_clock(self, case_id: str, now: datetime):
        """The case's deadline clock as of `now` (desktop/store/clock.py live)."""
        try:
            with self._write_lock:
                return clock.live(self._conn, case_id, now)
        except connection.DatabaseError as exc:
            raise connection.classify(exc, self.path) from exc

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else default

    # -- writing -----------------------------------------------------------------------
    @contextmanager
    def write(self, user: str, now: datetime | None = None) -> Iterator[WriteTx]:
        """All-or-nothing: any exception rolls the whole transaction back."""
        committed = False
        with self._write_lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                # Another connection (the sync engine, a CLI run) may have seen newer clocks.
                high = conn.execute("SELECT value FROM meta WHERE key = 'hlc_high'").fetchone()
                if high:
                    self.clock.observe(high[0])
                tx = WriteTx(conn, self.clock, user, self.device_id, now,
                             self._column_defaults)
                yield tx
                tx.finish()
                conn.execute("COMMIT")
                committed = True
            except BaseException as exc:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except connection.DatabaseError:
                        log.error("rollback failed", exc_info=True)
                if isinstance(exc, connection.DatabaseError):
                    log.error("write failed: %s", type(exc).__name__, exc_info=True)
                    raise connection.classify(exc, self.path) from exc
                raise
        if committed:
            for listener in list(self.after_commit):
                try:
                    listener()
                except Exception:  # a listener must not turn a saved change into an error
                    log.exception("after-commit listener failed")

    def set_meta(self, key: str, value: str) -> None:
        """Local, unsynced settings of this PC (office, device letter, sequences)."""
        try:
            with self._write_lock:
                self._conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
        except connection.DatabaseError as exc:
            raise connection.classify(exc, self.path) from exc

    # -- maintenance -------------------------------------------------------------------
    def backup_to(self, target: Path, key: bytes) -> None:
        """A consistent encrypted copy via SQLite's online backup, safe while others write."""
        dest = connection.connect(target, key, create=True)
        try:
            self._conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()

    def integrity_errors(self) -> list[str]:
        try:
            errors = connection.cipher_integrity_errors(self._conn)
            errors += connection.sqlite_integrity_errors(self._conn)
        except connection.DatabaseError as exc:
            return [str(exc)]
        return errors

    @property
    def raw_connection(self):
        """For the health check and tests only; services go through query() and write()."""
        return self._conn


def _backup_before_migrating(conn, path: Path, backup_dir: Path, version: int) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    # Zero-padded so that name order is age order when old backups are pruned.
    target = backup_dir / f"halotki-v{version:04d}-{stamp}.db"
    try:
        private_dir(backup_dir)
        shutil.copy2(path, target)
        make_private(target)
    except OSError as exc:
        # Never migrate without a way back.
        raise WriteFailed(f"backup before migration failed: {exc.strerror}") from exc
    # Oldest first by the timestamp in the name, whatever the version width.
    old = sorted(backup_dir.glob("halotki-v*.db"), key=lambda p: (p.stem.rsplit("-", 1)[-1], p.name))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
