"""Issue 15: sync whose cost follows the work. Two tables kept in the transaction of every
write, so that neither the end-of-sync checksum nor a push reads what grows with time:

- scope_digests(office_code, rows, roots, acc): each office's running total of its cases'
  digests (protocol.ScopeTotal; '*' holds the directory), filled here from case_digests;
- field_clocks(entity, entity_id, clocks): each mutable row's per-field clocks as JSON,
  filled here from the change log, streamed in entity and id order (one row's changes in
  memory at a time).

Revision ID: 0013_running_digests
Revises: 0012_device_holdings
"""

from __future__ import annotations

import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0013_running_digests"
down_revision = "0012_device_holdings"
branch_labels = None
depends_on = None

# This revision's columns, written as they are here (not through the app's table objects,
# which follow the newest schema).
_TOTALS = sa.table("scope_digests", sa.column("office_code"), sa.column("rows"),
                   sa.column("roots"), sa.column("acc"))
_CLOCKS = sa.table("field_clocks", sa.column("entity"), sa.column("entity_id"),
                   sa.column("clocks"))
_DIGESTS = sa.table("case_digests", sa.column("office_code"), sa.column("rows"),
                    sa.column("digest"))
_CHANGES = sa.table("changes", sa.column("entity"), sa.column("entity_id"), sa.column("hlc"),
                    sa.column("fields"))
# The entities whose rows change in place at this revision (services/field_clocks.CLOCKED
# then): every synced entity but the append-only timeline and attachments.
_CLOCKED = ("case", "complainant", "conflict", "document", "inquiry", "link", "referral",
            "stakeholder", "summons", "user", "worker")
_BATCH = 1000


def upgrade() -> None:
    op.create_table(
        "scope_digests",
        sa.Column("office_code", sa.String(length=5), nullable=False),
        sa.Column("rows", sa.BigInteger(), nullable=False),
        sa.Column("roots", sa.BigInteger(), nullable=False),
        sa.Column("acc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("office_code", name=op.f("pk_scope_digests")),
    )
    op.create_table(
        "field_clocks",
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("clocks", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_field_clocks")),
    )
    conn = op.get_bind()
    _fill_totals(conn)
    _fill_clocks(conn)


def _fill_totals(conn: sa.Connection) -> None:
    """Each office's total summed from the per-case digests the previous build kept."""
    from sync.protocol import ScopeTotal

    totals: dict[str, ScopeTotal] = defaultdict(ScopeTotal)
    for office, rows, digest in conn.execute(sa.select(
            _DIGESTS.c.office_code, _DIGESTS.c.rows, _DIGESTS.c.digest)):
        totals[office] = totals[office].plus(int(rows), digest)
    rows = [{"office_code": office, "rows": total.rows, "roots": total.roots,
             "acc": f"{total.acc:064x}"} for office, total in sorted(totals.items())]
    if rows:
        conn.execute(_TOTALS.insert(), rows)


def _fill_clocks(conn: sa.Connection) -> None:
    """Each row's newest clock per field over its logged changes, the log streamed in
    entity and id order (one row's changes in memory at a time)."""
    stmt = (sa.select(_CHANGES.c.entity, _CHANGES.c.entity_id, _CHANGES.c.hlc,
                      _CHANGES.c.fields)
            .where(_CHANGES.c.entity.in_(_CLOCKED))
            .order_by(_CHANGES.c.entity, _CHANGES.c.entity_id))
    batch: list[dict[str, str]] = []
    key: tuple[str, str] | None = None
    clocks: dict[str, str] = {}
    for entity, entity_id, hlc, fields in conn.execute(stmt.execution_options(
            yield_per=_BATCH)):
        if (entity, entity_id) != key:
            if key is not None:
                batch.append(_clock_row(key, clocks))
            key, clocks = (entity, entity_id), {}
        for name in json.loads(fields):
            if hlc > clocks.get(name, ""):
                clocks[name] = hlc
        if len(batch) >= _BATCH:
            conn.execute(_CLOCKS.insert(), batch)
            batch.clear()
    if key is not None:
        batch.append(_clock_row(key, clocks))
    if batch:
        conn.execute(_CLOCKS.insert(), batch)


def _clock_row(key: tuple[str, str], clocks: dict[str, str]) -> dict[str, str]:
    return {"entity": key[0], "entity_id": key[1],
            "clocks": json.dumps(clocks, separators=(",", ":"), sort_keys=True)}


def downgrade() -> None:
    op.drop_table("field_clocks")
    op.drop_table("scope_digests")
