"""What each PC holds (issue 14 §1.5, UU PDP: a lost PC's breach notice names the data):
device_holdings(device_id, root_id, root_kind, since, until), kept by every sync from then
on, and device_syncs(device_id, synced_at, office_code, national), each device's last sync.

Existing devices get their holdings derived from the change log, best effort: a device
holds the cases and information requests that were in its scope at the log position it
had been sent (devices.pulled_seq; a device that never pulled since that column came, the
position of its last contact). A root's office at a position is the office of its newest
move up to there, else the office it was made in. These rows start at the migration
(`since`); the device's next sync corrects what the log could not tell.

Revision ID: 0012_device_holdings
Revises: 0011_data_protection
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from sync.server.db.types import UtcDateTime

revision = "0012_device_holdings"
down_revision = "0011_data_protection"
branch_labels = None
depends_on = None

# This revision's columns, written as they are here (not through the app's table objects,
# which follow the newest schema).
_HOLDINGS = sa.table("device_holdings", sa.column("device_id"), sa.column("root_id"),
                     sa.column("root_kind"), sa.column("since", UtcDateTime()),
                     sa.column("until", UtcDateTime()))
_CHANGES = sa.table("changes", sa.column("seq"), sa.column("received_at", UtcDateTime()))
_DEVICES = sa.table("devices", sa.column("id"), sa.column("office_code"),
                    sa.column("pulled_seq"), sa.column("last_seen_at", UtcDateTime()))
_OFFICES = sa.table("offices", sa.column("code"), sa.column("national"))
# Entities whose changes name no scope root (the directory; what PCs keep for the server).
_NOT_ROOTED = ("stakeholder", "user", "audit")
_CHUNK = 500


def upgrade() -> None:
    op.create_table(
        "device_holdings",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("root_id", sa.String(length=36), nullable=False),
        sa.Column("root_kind", sa.String(length=10), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name=op.f("fk_device_holdings_device_id_devices")),
        sa.PrimaryKeyConstraint("device_id", "root_id", name=op.f("pk_device_holdings")),
    )
    op.create_table(
        "device_syncs",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("office_code", sa.String(length=5), nullable=False),
        sa.Column("national", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name=op.f("fk_device_syncs_device_id_devices")),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_syncs")),
    )
    _derive(op.get_bind(), datetime.now(UTC))


def _derive(conn: sa.Connection, now: datetime) -> None:
    """Holdings of the devices enrolled before this revision, from the change log."""
    roots = _roots(conn)
    moves = _moves(conn)
    rows = []
    for device_id, office, bound, national in _devices(conn):
        for root_id, (kind, first_seq, office_made) in roots.items():
            if first_seq > bound:
                continue
            if national or _office_at(moves.get(root_id, ()), bound, office_made) == office:
                rows.append({"device_id": device_id, "root_id": root_id, "root_kind": kind,
                             "since": now, "until": None})
        for start in range(0, len(rows), _CHUNK):
            conn.execute(_HOLDINGS.insert(), rows[start:start + _CHUNK])
        rows.clear()


def _roots(conn: sa.Connection) -> dict[str, tuple[str, int, str]]:
    """{root id: (kind, seq of its first change, office it was made in)} of the cases and
    information requests the server has."""
    skip = ", ".join(f"'{e}'" for e in _NOT_ROOTED)
    found = conn.execute(sa.text(
        "SELECT f.case_id, f.first, c.office_code,"
        " CASE WHEN i.id IS NULL THEN 'case' ELSE 'inquiry' END"
        " FROM (SELECT case_id, min(seq) AS first FROM changes"
        f"       WHERE case_id != '' AND entity NOT IN ({skip}) GROUP BY case_id) f"
        " JOIN changes c ON c.seq = f.first"
        " LEFT JOIN cases k ON k.id = f.case_id"
        " LEFT JOIN inquiries i ON i.id = f.case_id"
        " WHERE k.id IS NOT NULL OR i.id IS NOT NULL"))
    return {root_id: (kind, int(first), office) for root_id, first, office, kind in found}


def _moves(conn: sa.Connection) -> dict[str, list[tuple[int, str]]]:
    """Each root's moves between offices, in log order: (seq, office after it)."""
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for case_id, seq, office in conn.execute(sa.text(
            "SELECT case_id, seq, office_code FROM changes WHERE left_office != ''"
            " AND case_id != '' ORDER BY seq")):
        out[case_id].append((int(seq), office))
    return out


def _office_at(moves, bound: int, office_made: str) -> str:
    office = office_made
    for seq, moved_to in moves:
        if seq > bound:
            break
        office = moved_to
    return office


def _devices(conn: sa.Connection):
    """(id, office, log position it had been sent, national) of every device, revoked ones
    too (a PC revoked because it was lost is the one whose list is wanted)."""
    found = conn.execute(
        sa.select(_DEVICES.c.id, _DEVICES.c.office_code, _DEVICES.c.pulled_seq,
                  _DEVICES.c.last_seen_at, _OFFICES.c.national)
        .select_from(_DEVICES.join(_OFFICES, _OFFICES.c.code == _DEVICES.c.office_code))
        .order_by(_DEVICES.c.id)).all()
    for device_id, office, pulled, seen, national in found:
        bound = int(pulled or 0)
        if not bound and seen is not None:
            # Never recorded what it was sent: everything logged before its last contact.
            bound = conn.scalar(sa.select(sa.func.max(_CHANGES.c.seq))
                                .where(_CHANGES.c.received_at <= seen)) or 0
        yield device_id, office, bound, bool(national)


def downgrade() -> None:
    op.drop_table("device_syncs")
    op.drop_table("device_holdings")
