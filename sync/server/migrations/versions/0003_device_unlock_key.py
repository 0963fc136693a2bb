"""Devices keep the escrowed device unlock key (a central account's first login on a PC).

The desktop generates a random 32-byte key at enrolment and wraps its database key under
it; the server hands the key back only to a staff member who proves their central password
for an office the device belongs to. Older devices have none (NULL).

Revision ID: 0003_device_unlock_key
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_device_unlock_key"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unlock_key", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("unlock_key")
