"""The desktop's view of syncing: is this PC linked, the sync log, refused changes, and the
background scheduler with its own connection to the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.domain.roles import Perm
from desktop.store.replica import Replica
from desktop.store.store import Store
from desktop.sync.api import CentralClient
from desktop.sync.runner import is_national, make_engine
from desktop.sync.scheduler import SyncScheduler
from sync.credentials import parse_token

if TYPE_CHECKING:
    from desktop.core import Core


class SyncService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def _replica(self) -> Replica:
        return Replica(self.core.store)

    def enrolled(self) -> bool:
        return self._replica().link() is not None

    def national(self) -> bool:
        return is_national(self.core.reference, self.core.office.code)

    def pending_count(self) -> int:
        return self._replica().pending_count()

    def runs(self, limit: int = 200) -> list[dict]:
        self.core.require(Perm.CASE_READ)
        return self._replica().runs(limit)

    def rejected(self) -> list[dict]:
        """Changes the server refused, with its reason, for a person to look at."""
        self.core.require(Perm.CASE_READ)
        rows = self._replica().rejected()
        if self.core.cases.sees_restricted():
            return rows
        # A restricted case's (or information request's) values are for supervisors only.
        hidden = {r[0] for r in self.core.store.query(
            "SELECT id FROM cases WHERE restricted_at != ''"
            " UNION SELECT id FROM inquiries WHERE restricted_at != ''")}
        return [r for r in rows if r["case_id"] not in hidden]

    def scheduler(self, listener: Callable) -> SyncScheduler:
        """A SyncScheduler on its own thread and its own connection to this store."""
        core = self.core
        opened: list[Store] = []
        national = self.national()

        def make():
            store = Store.open(core.paths.database, core.db_key)
            opened.append(store)
            return make_engine(store, office_code=core.office.code, national=national,
                               user=core.session.username)

        def close() -> None:
            for store in opened:
                store.close()

        scheduler = SyncScheduler(make, listener, close=close)
        # Every saved change here is a reason to sync soon (debounced by the scheduler).
        core.store.after_commit.append(scheduler.local_change)
        return scheduler

    def watch_local_changes(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener` after each committed local write (on the thread that wrote it);
        returns the function that stops it. The desktop refreshes its pending count so."""
        hooks = self.core.store.after_commit
        hooks.append(listener)

        def unwatch() -> None:
            if listener in hooks:
                hooks.remove(listener)

        return unwatch

    def case_mover(self) -> CentralClient | None:
        """The central client for assigning and transferring cases (a PST PC): the person
        must be allowed to edit cases. None on a PC that is not enrolled."""
        self.core.require(Perm.CASE_EDIT)
        return self.central_client()

    def central_client(self) -> CentralClient | None:
        """A client of the central server for central operations (assign, transfer), or
        None on a PC that is not enrolled. Build it on the database thread, use it on the
        network pool."""
        link = self._replica().link()
        credential = parse_token(link[1]) if link else None
        if credential is None:
            return None
        return CentralClient(link[0], credential, user=self.core.session.username)
