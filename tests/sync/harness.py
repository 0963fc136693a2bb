"""Helpers of the sync fault tests: views of both sides' state.

The restartable live server they use is tests/live_server.py.
"""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.store.replica import Replica
from sync.server.context import ServerContext
from sync.server.db.tables import changes, events
from sync.server.services import sync_pull
from sync.server.services.actor import Actor


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
