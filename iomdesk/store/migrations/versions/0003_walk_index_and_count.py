"""Search speed on SQLite: a covering index for walking contacts in name order, and a contact counter.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

- ix_contacts_walk (name_key, id, fts_name, search_text): a search whose words match many contacts
  walks names in order and tests each; with this index the walk never reads the wide contact rows.
- meta 'contact_count', kept by triggers: "N of M contacts" without counting the table every time.
PostgreSQL keeps neither (its search path and count differ).
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE INDEX ix_contacts_walk ON contacts (name_key, id, fts_name, search_text)")
    op.execute("DELETE FROM meta WHERE key = 'contact_count'")
    op.execute("INSERT INTO meta (key, value) SELECT 'contact_count', CAST(count(*) AS TEXT) FROM contacts")
    op.execute(
        "CREATE TRIGGER contacts_count_ai AFTER INSERT ON contacts BEGIN "
        "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'contact_count'; END"
    )
    op.execute(
        "CREATE TRIGGER contacts_count_ad AFTER DELETE ON contacts BEGIN "
        "UPDATE meta SET value = CAST(CAST(value AS INTEGER) - 1 AS TEXT) WHERE key = 'contact_count'; END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS contacts_count_ai")
    op.execute("DROP TRIGGER IF EXISTS contacts_count_ad")
    op.execute("DELETE FROM meta WHERE key = 'contact_count'")
    op.execute("DROP INDEX IF EXISTS ix_contacts_walk")
