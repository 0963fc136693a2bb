"""Personal data protection (issue 14, UU PDP): a supervisor's restriction of a case or an
information request and when the retention run anonymised it (cases, inquiries); what
sharing a referral's data with its addressee rests on (referrals). Every digest is made
again by `migrate` (a case's, an inquiry's and a referral's digest now cover the new
columns).

Revision ID: 0011_data_protection
Revises: 0010_case_clock
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_data_protection"
down_revision = "0010_case_clock"
branch_labels = None
depends_on = None

_PROTECTION = ("restricted_at", "restricted_by", "restriction_reason", "anonymised_at")


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def upgrade() -> None:
    for table in ("cases", "inquiries"):
        for name in _PROTECTION:
            op.add_column(table, _text(name))
    op.add_column("referrals", sa.Column("legal_basis", sa.String(length=30), nullable=False,
                                         server_default=""))
    op.add_column("referrals", sa.Column("consent_on", sa.String(length=10), nullable=False,
                                         server_default=""))
    op.add_column("referrals", _text("consent_by"))
    op.add_column("referrals", _text("basis_note"))


def downgrade() -> None:
    # plain ALTERs: a batch copy trips the keys
    for name in ("basis_note", "consent_by", "consent_on", "legal_basis"):
        op.drop_column("referrals", name)
    for table in ("inquiries", "cases"):
        for name in reversed(_PROTECTION):
            op.drop_column(table, name)
