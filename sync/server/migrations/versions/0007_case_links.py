"""Links between cases (issue 12): related complaints, a duplicate and the case it was
closed for, two cases checked and found not the same. One row per side, each under its own
case (its changes carry that case's office, as a referral's do).

Revision ID: 0007_case_links
Revises: 0006_casework
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_case_links"
down_revision = "0006_casework"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_links",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("other_case_id", sa.String(length=36), nullable=False),
        sa.Column("other_number", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("ended_at", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_links_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_links")),
    )
    op.create_index(op.f("ix_case_links_case_id"), "case_links", ["case_id"])


def downgrade() -> None:
    # The log keeps the links' changes (append-only): the previous release sends a device
    # only the entities it knows.
    op.drop_index(op.f("ix_case_links_case_id"), table_name="case_links")
    op.drop_table("case_links")
