"""Which cases differ between a PC and the server, and those cases again, whole.

When a PC's state checksum differs from its scope's, it sends the checksums of its cases
in buckets of their ids (protocol.drift_bucket); the server answers the digest of every
case in the buckets that differ, and the PC asks again only for the cases whose digests
differ. A heal then costs the cases that drifted, not the scope. When too many buckets
differ (a PC restored from an old backup), the answer says so and the PC downloads the
whole scope again (sync_pull.rebuild_page).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, select

from sync import protocol
from sync.server.db.tables import case_digests, cases, inquiries
from sync.server.services import device_holdings, digests
from sync.server.services.actor import Actor
from sync.server.services.changelog import ServerTx
from sync.server.services.sync_pull import RebuildPage, history, scope_head, wire


@dataclass
class Drift:
    whole: bool  # too many buckets differ: download the whole scope again
    buckets: list[str] = field(default_factory=list)
    # (case id, rows, digest) of every case of the scope in the buckets that differ.
    cases: list[tuple[str, int, str]] = field(default_factory=list)
    # The scope's running total is not the sum of its case digests (repair_totals).
    totals_drifted: bool = False


def _scope_digests(conn: Connection, actor: Actor) -> list[tuple[str, int, str]]:
    stmt = select(case_digests.c.case_id, case_digests.c.rows, case_digests.c.digest)
    offices = digests.scope_offices(actor)
    if offices is not None:
        stmt = stmt.where(case_digests.c.office_code.in_(offices))
    return [(r[0], int(r[1]), r[2]) for r in conn.execute(stmt)]


def locate(conn: Connection, actor: Actor, theirs: Mapping[str, str]) -> Drift:
    """The buckets whose checksum differs from the PC's (`theirs`, {bucket: checksum}) and
    the digests of the scope's cases in them. Reads one digest row per case of the scope:
    a heal's cost, never a sync's."""
    found = _scope_digests(conn, actor)
    drifted = protocol.combine((rows, digest) for _id, rows, digest in found) != \
        digests.scope_checksum(conn, actor)
    ours = protocol.bucket_checksums(found)
    differ = sorted(b for b in ours.keys() | theirs.keys() if ours.get(b) != theirs.get(b))
    if len(differ) > protocol.MAX_DRIFT_BUCKETS:
        return Drift(whole=True, buckets=differ, totals_drifted=drifted)
    wanted = set(differ)
    return Drift(whole=False, buckets=differ, totals_drifted=drifted,
                 cases=sorted(d for d in found if protocol.drift_bucket(d[0]) in wanted))


def repair_totals(conn: Connection, actor: Actor, now: datetime) -> None:
    """Every office's running total summed again from the case digests, with the change
    log's lock held (no write moves a total meanwhile): a total that drifted from its
    digests (a bug) would otherwise send every PC of the scope into a heal that finds no
    case to download, at every sync."""
    ServerTx(conn, actor, now).clock()
    digests.rewrite_totals(conn)


def cases_page(conn: Connection, actor: Actor, ids: list[str]) -> RebuildPage:
    """These cases and information requests of the scope with their whole history (those
    no longer in the scope are left out: the PC removes them)."""
    kinds: dict[str, str] = {}
    for table, kind in ((cases, device_holdings.CASE), (inquiries, device_holdings.INQUIRY)):
        stmt = select(table.c.id).where(table.c.id.in_(ids))
        if not actor.national:
            stmt = stmt.where(table.c.office_code == actor.office_code)
        kinds.update((r[0], kind) for r in conn.execute(stmt))
    found = sorted(kinds)
    out = [wire(r) for case_id in found for r in history(conn, case_id)]
    return RebuildPage(found, out, None, scope_head(conn, actor), kinds=kinds)
