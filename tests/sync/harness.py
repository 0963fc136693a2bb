"""Helpers of the sync fault tests: a restartable live server and views of both sides' state.

Every wait here has a bound (uvicorn's start and stop) and a reason.
"""

from __future__ import annotations

import threading

import uvicorn
from sqlalchemy import func, select

from desktop.store.replica import Replica
from sync.server.context import ServerContext
from sync.server.db.tables import changes, events
from sync.server.services import sync_pull
from sync.server.services.actor import Actor
from tests.server.helpers import loopback_socket

START_TIMEOUT_S = 20.0


class _Server(uvicorn.Server):
    async def main_loop(self) -> None:
        # uvicorn looks at should_exit every 0.1 s; tests stop and start servers often.
        import asyncio

        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.01)
            should_exit = await self.on_tick(counter // 10)


class LiveServer:
    """uvicorn on loopback in a thread, serving one ServerContext; stop() and start a new
    one on the same database to restart the server."""

    def __init__(self, ctx: ServerContext) -> None:
        from sync.server.api.app import create_app

        self.ctx = ctx
        self._sock = loopback_socket()
        self.port = self._sock.getsockname()[1]
        self._server = _Server(uvicorn.Config(create_app(ctx), log_config=None,
                                                     access_log=False, lifespan="off"))
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        self._thread.start()
        started = threading.Event()
        for _ in range(int(START_TIMEOUT_S / 0.01)):  # bounded: uvicorn starts in ms
            if self._server.started or not self._thread.is_alive():
                break
            started.wait(0.01)
        if not self._server.started:
            raise RuntimeError("the test server did not start")
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)  # bounded: it looks at should_exit every 10 ms
        self._sock.close()


def actor_of(pc) -> Actor:
    """The server's view of a PC, as sync/server/services/actor.py builds it for a device."""
    return Actor(user=pc.core.session.username, device=pc.credential.device_id,
                 office_code=pc.office, national=pc.national)


def server_checksum(ctx: ServerContext, pc) -> str:
    with ctx.db.read() as conn:
        return sync_pull.compute_checksum(conn, actor_of(pc))


def local_checksum(pc) -> str:
    return Replica(pc.core.store).state_checksum()


def converged(ctx: ServerContext, pc) -> bool:
    return local_checksum(pc) == server_checksum(ctx, pc)


def server_change_ids(ctx: ServerContext, among: set[str] | None = None) -> list[str]:
    """Every change id in the server's log (or those of `among` that are there)."""
    with ctx.db.read() as conn:
        if among is None:
            return [r[0] for r in conn.execute(select(changes.c.change_id))]
        wanted, out = sorted(among), []
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            out += [r[0] for r in conn.execute(
                select(changes.c.change_id).where(changes.c.change_id.in_(part)))]
        return out


def server_event_counts(ctx: ServerContext) -> tuple[int, int]:
    """(event rows, distinct event ids): equal unless an event was applied twice."""
    with ctx.db.read() as conn:
        rows = conn.scalar(select(func.count()).select_from(events))
        distinct = conn.scalar(select(func.count(func.distinct(events.c.id))))
    return rows, distinct


def own_changes(pc) -> dict[str, bool]:
    """{change id: marked pushed} of the changes this PC recorded itself."""
    store = pc.core.store
    return {r[0]: r[1] is not None for r in store.query(
        "SELECT change_id, pushed_at FROM changes WHERE device = ?", (store.device_id,))}


def pending_ids(pc) -> set[str]:
    return {c for c, pushed in own_changes(pc).items() if not pushed}
