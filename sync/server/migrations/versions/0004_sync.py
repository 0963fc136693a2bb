"""Sync: conflicts kept for a person to resolve, attachment content, per-case digests.

Revision ID: 0004_sync
Revises: 0003_device_unlock_key
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.server.db.types import UtcDateTime

revision = "0004_sync"
down_revision = "0003_device_unlock_key"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        _text("kept_value"), _text("kept_by"), _text("other_value"), _text("other_by"),
        _text("reason"),
        sa.Column("created_at", sa.Text(), nullable=False),
        _text("resolved_at"), _text("resolved_by"), _text("resolution"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_conflicts_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index(op.f("ix_conflicts_case_id"), "conflicts", ["case_id"])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("complete", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], ondelete="CASCADE",
                                name=op.f("fk_blob_chunks_sha256_blobs")),
        sa.PrimaryKeyConstraint("sha256", "offset", name=op.f("pk_blob_chunks")),
    )
    op.create_table(
        "case_digests",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("office_code", sa.String(length=5), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_digests_case_id_cases")),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_digests")),
    )
    op.create_index(op.f("ix_case_digests_office_code"), "case_digests", ["office_code"])
    # Cases recorded before this revision get their digests from `migrate` once the
    # database is at this build's head (sync/server/setup.py migrate_and_seed): the digest
    # rule is this build's, over columns a later revision may add.


def downgrade() -> None:
    op.drop_index(op.f("ix_case_digests_office_code"), table_name="case_digests")
    op.drop_table("case_digests")
    op.drop_table("blob_chunks")
    op.drop_table("blobs")
    op.drop_index(op.f("ix_conflicts_case_id"), table_name="conflicts")
    op.drop_table("conflicts")
