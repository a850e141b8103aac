"""An index on contacts.country: the side panel's list of countries and the country filter.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contacts_country", "contacts", ["country"])


def downgrade() -> None:
    op.drop_index("ix_contacts_country", table_name="contacts")
