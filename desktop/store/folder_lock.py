"""One lock on the data folder, so nothing replaces the store's files under a process that
works on them (a restore under the running application lost the application's work).

Every process that opens the store holds the lock SHARED for as long as the store is open:
the application, each command, the sync thread's own connection. They may run side by side
(SQLite orders their writes). Replacing the files (restore) takes it EXCLUSIVE: it waits a
moment for the others to finish, or refuses while they hold it. Cross-platform through
portalocker (LockFileEx on Windows, flock elsewhere); the OS drops a crashed process's lock.
"""

from __future__ import annotations

import logging
from pathlib import Path

import portalocker

from desktop.messages import HaloError, Msg
from desktop.private_fs import private_opener

log = logging.getLogger(__name__)

LOCK_NAME = "halotki.lock"
OPEN_WAIT_S = 30.0  # a restore takes seconds; whoever opens the store waits it out
EXCLUSIVE_WAIT_S = 5.0  # a restore waits this long for others, then refuses

MSG_IN_USE = Msg(
    "data_in_use",
    "Data di komputer ini sedang dipakai oleh program Halo TKI Desk lain (aplikasi yang masih "
    "terbuka atau perintah yang sedang berjalan). Tutup aplikasi dan tunggu perintah lain "
    "selesai, lalu coba lagi. Tidak ada yang diubah.",
    "The data on this computer is in use by another Halo TKI Desk program (the application "
    "is still open, or a command is running). Close the application and wait for other "
    "commands to finish, then try again. Nothing was changed.")
MSG_BEING_REPLACED = Msg(
    "data_being_replaced",
    "Data di komputer ini sedang dipulihkan dari cadangan. Tunggu sampai selesai, lalu coba "
    "lagi.",
    "The data on this computer is being restored from a backup. Wait until it has finished, "
    "then try again.")


class DataInUse(HaloError):
    exit_code = 3


class FolderLock:
    """Held while the store is open (shared) or while its files are replaced (exclusive)."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._lock: portalocker.Lock | None = None

    @classmethod
    def shared(cls, folder: Path, timeout: float | None = None) -> FolderLock:
        return cls(folder)._take(portalocker.LockFlags.SHARED,
                                 OPEN_WAIT_S if timeout is None else timeout, MSG_BEING_REPLACED)

    @classmethod
    def exclusive(cls, folder: Path, timeout: float | None = None) -> FolderLock:
        return cls(folder)._take(portalocker.LockFlags.EXCLUSIVE,
                                 EXCLUSIVE_WAIT_S if timeout is None else timeout, MSG_IN_USE)

    def _take(self, kind: portalocker.LockFlags, timeout: float, busy: Msg) -> FolderLock:
        lock = portalocker.Lock(self.path, mode="a", timeout=timeout, check_interval=0.1,
                                flags=kind | portalocker.LockFlags.NON_BLOCKING,
                                opener=private_opener)
        try:
            lock.acquire()
        except portalocker.LockException:
            raise DataInUse(busy) from None
        except OSError:
            # No lock file possible (a read-only or missing folder): nothing can replace
            # files there either, and whoever opens the store gets the precise error.
            if kind & portalocker.LockFlags.EXCLUSIVE:
                raise
            log.warning("the data folder lock could not be taken")
            return self
        self._lock = lock
        return self

    def release(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            try:
                lock.release()
            except Exception:  # the handle closes with it; the OS drops the lock anyway
                log.warning("releasing the data folder lock failed", exc_info=True)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
