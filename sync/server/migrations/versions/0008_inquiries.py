"""Information requests (issue 12 §3): questions answered at an office, counted apart from
complaints. Each is its own scope root, like a case: its changes carry its office and its
own id as their case id; its digest is kept beside the cases' (case_digests).

Revision ID: 0008_inquiries
Revises: 0007_case_links
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_inquiries"
down_revision = "0007_case_links"
branch_labels = None
depends_on = None


def _short(name: str, length: int) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "inquiries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_code", sa.String(length=5), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("topic", sa.String(length=60), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False, server_default=""),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        _short("phone", 20), _short("complainant_type", 30),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        _short("complaint_id", 36), _short("complaint_number", 40),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["office_code"], ["offices.code"],
                                name=op.f("fk_inquiries_office_code_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiries")),
    )
    op.create_index(op.f("ix_inquiries_office_code"), "inquiries", ["office_code"])


def downgrade() -> None:
    # The log keeps their changes (append-only): the previous release sends a device only
    # the entities it knows. Their digests go with them.
    op.execute(sa.text("DELETE FROM case_digests WHERE case_id IN (SELECT id FROM inquiries)"))
    op.drop_index(op.f("ix_inquiries_office_code"), table_name="inquiries")
    op.drop_table("inquiries")
