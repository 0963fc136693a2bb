"""A scan says which checklist item it is (issue 12 §4): attachments.doc_type, the document
type ('' for any other attachment). Every digest is made again by `migrate` (an
attachment's digest now covers the new column).

Revision ID: 0009_attachment_doc_type
Revises: 0008_inquiries
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_attachment_doc_type"
down_revision = "0008_inquiries"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attachments", sa.Column("doc_type", sa.String(length=60), nullable=False,
                                           server_default=""))


def downgrade() -> None:
    op.drop_column("attachments", "doc_type")  # plain ALTER: a batch copy trips the keys
