"""Fixes of the adversarial review: wider escrowed unlock keys, what each device was sent,
and which offices proved they hold an attachment's content.

- devices.unlock_key becomes Text: the key is now stored encrypted with a server key kept
  outside the database (a tagged AES-GCM ciphertext is longer than the 43-character key).
- devices.pulled_seq: the highest change-log seq the server has sent the device in a pull
  answer. "The device had not been sent a case's move" is then a server fact, not the
  device's word (late changes of a moved case are accepted only then).
- blob_owners: an office owns a content once a device of that office uploaded it whole
  (it hashed right). Content is authorised by the office that created the attachment row
  naming it, so a row naming someone else's hash grants nothing. Existing content is owned
  by the offices that inserted attachments naming it.

Revision ID: 0005_review
Revises: 0004_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.server.db.types import UtcDateTime

revision = "0005_review"
down_revision = "0004_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.alter_column("unlock_key", existing_type=sa.String(length=64),
                              type_=sa.Text(), existing_nullable=True)
        batch_op.add_column(sa.Column("pulled_seq", sa.BigInteger(), nullable=False,
                                      server_default="0"))
    op.create_table(
        "blob_owners",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("office_code", sa.String(length=5), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], ondelete="CASCADE",
                                name=op.f("fk_blob_owners_sha256_blobs")),
        sa.PrimaryKeyConstraint("sha256", "office_code", name=op.f("pk_blob_owners")),
    )
    # The offices whose devices inserted an attachment naming a content already stored
    # (the case's office when the device is unknown: a row written centrally).
    op.execute(sa.text("""
        INSERT INTO blob_owners (sha256, office_code, created_at)
        SELECT DISTINCT a.sha256, COALESCE(d.office_code, ch.office_code), b.created_at
        FROM attachments a
        JOIN changes ch ON ch.entity = 'attachment' AND ch.entity_id = a.id AND ch.op = 'insert'
        JOIN blobs b ON b.sha256 = a.sha256
        LEFT JOIN devices d ON d.id = ch.device
        WHERE COALESCE(d.office_code, ch.office_code) <> ''
    """))


def downgrade() -> None:
    op.drop_table("blob_owners")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("pulled_seq")
        batch_op.alter_column("unlock_key", existing_type=sa.Text(),
                              type_=sa.String(length=64), existing_nullable=True)
