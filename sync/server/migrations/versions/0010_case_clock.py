"""The deadline clock of each case (issue 13: the figures of /api/v1/stats), as on the
desktop: case_clock(case_id, day, target, paused_days, state, due, as_of), derived from
the synced status history by desktop.domain.deadlines and kept current by
sync/server/services/case_clock.py. Existing cases get their rows here, and the rules
that made them are recorded in server_meta (a later change of the rules recomputes them).

Revision ID: 0010_case_clock
Revises: 0009_attachment_doc_type
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0010_case_clock"
down_revision = "0009_attachment_doc_type"
branch_labels = None
depends_on = None

# This revision's columns, written as they are here (not through the app's table object,
# which follows the newest schema).
_CLOCK = sa.table("case_clock", *(sa.column(n) for n in (
    "case_id", "day", "target", "paused_days", "state", "due", "as_of")))
_META = sa.table("server_meta", sa.column("key"), sa.column("value"))
_CHUNK = 500


def upgrade() -> None:
    op.create_table(
        "case_clock",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("paused_days", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("due", sa.String(length=10), nullable=False),
        sa.Column("as_of", sa.String(length=10), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE",
                                name=op.f("fk_case_clock_case_id_cases")),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_clock")),
    )
    op.create_index(op.f("ix_case_clock_state_due"), "case_clock", ["state", "due"])
    _fill(op.get_bind())


def _fill(conn: sa.Connection) -> None:
    # The clock's derivation is the app's (one rule on every replica); it reads only
    # cases, events, offices and ref_items, which this revision's schema has.
    from sync.server.services import case_clock

    rules = case_clock.Rules(conn)
    ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM cases ORDER BY id"))]
    rows, _none = case_clock.clock_rows(conn, ids, datetime.now(UTC), rules)
    for start in range(0, len(rows), _CHUNK):
        conn.execute(_CLOCK.insert(), rows[start:start + _CHUNK])
    conn.execute(_META.delete().where(_META.c.key == case_clock.RULES_KEY))
    conn.execute(_META.insert().values(key=case_clock.RULES_KEY, value=rules.key()))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM server_meta WHERE key = 'case_clock_rules'"))
    op.drop_index(op.f("ix_case_clock_state_due"), table_name="case_clock")
    op.drop_table("case_clock")
