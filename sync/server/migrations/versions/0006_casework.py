"""The office's case work (issue 11): a case's handling officer, urgency and closure
proposal; its referrals and PPTKIS summons; the stakeholder directory.

- cases gain officer, urgent, urgent_reason and the proposal's fields, all '' by default;
- referrals and summons belong to a case (their changes carry its office, as a worker's do);
- stakeholders: the directory, which every device receives (its changes are logged with
  office '*'); its seed entries are written by `halotki-server migrate`'s seeding step;
- case_digests loses its foreign key to cases: the directory's digest is kept under the
  pseudo case 'directory'. Every digest is recomputed by `migrate` after the upgrade (a
  case's digest now covers the new columns).

Revision ID: 0006_casework
Revises: 0005_review
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.server.db.types import BigId

revision = "0006_casework"
down_revision = "0005_review"
branch_labels = None
depends_on = None

CASE_WORK = ("officer", "urgent", "urgent_reason", "proposed_status", "proposed_outcome",
             "proposed_duplicate_of", "proposal_summary", "proposed_by", "proposed_at")


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _short(name: str, length: int) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False, server_default="")


def _required(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _case_row() -> list:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        _short("stakeholder_id", 36),
    ]


def _case_row_constraints(table: str) -> list:
    return [
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f(f"fk_{table}_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    # Plain ALTER TABLE on both databases: a batch copy of cases would trip the foreign
    # keys that name it (SQLite drops columns itself since 3.35).
    for name in CASE_WORK:
        op.add_column("cases", _text(name))
    op.create_table(
        "referrals", *_case_row(),
        _required("addressee"), sa.Column("method", sa.String(length=30), nullable=False),
        _text("letter_no"), sa.Column("sent_on", sa.String(length=10), nullable=False),
        _required("request"), _short("reply_due", 10), _short("reply_on", 10),
        _text("reply_summary"), _short("withdrawn_on", 10),
        _required("created_by"), _required("created_at"), _required("updated_at"),
        *_case_row_constraints("referrals"),
    )
    op.create_index(op.f("ix_referrals_case_id"), "referrals", ["case_id"])
    op.create_table(
        "summons", *_case_row(),
        _required("agency"), _text("letter_no"),
        sa.Column("meeting_at", sa.String(length=40), nullable=False), _required("place"),
        _short("attendance", 30), _text("result"),
        _required("created_by"), _required("created_at"), _required("updated_at"),
        *_case_row_constraints("summons"),
    )
    op.create_index(op.f("ix_summons_case_id"), "summons", ["case_id"])
    op.create_table(
        "stakeholders",
        sa.Column("seq", BigId, autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False), _required("name"),
        _short("country", 60), _text("licence_no"), _short("licence_status", 30),
        _text("address"), _text("phone"), _text("email"), _short("office_code", 5),
        _short("demo", 1), sa.Column("active", sa.String(length=1), nullable=False),
        _required("created_by"), _required("created_at"), _required("updated_at"),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_stakeholders")),
        sa.UniqueConstraint("id", name=op.f("uq_stakeholders_id")),
    )
    with op.batch_alter_table("case_digests", schema=None) as batch_op:
        batch_op.drop_constraint("fk_case_digests_case_id_cases", type_="foreignkey")


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM case_digests WHERE case_id NOT IN (SELECT id FROM cases)"))
    with op.batch_alter_table("case_digests", schema=None) as batch_op:
        batch_op.create_foreign_key("fk_case_digests_case_id_cases", "cases", ["case_id"],
                                    ["id"])
    op.drop_table("stakeholders")
    op.drop_index(op.f("ix_summons_case_id"), table_name="summons")
    op.drop_table("summons")
    op.drop_index(op.f("ix_referrals_case_id"), table_name="referrals")
    op.drop_table("referrals")
    # The log keeps the new entities' changes (append-only): the previous release sends
    # a device only the entities it knows.
    for name in CASE_WORK:
        op.drop_column("cases", name)
