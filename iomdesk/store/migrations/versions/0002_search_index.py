"""Search fields on contacts, a meta table, and the FTS5 index (SQLite) kept in step by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

The fields are filled by the app (iomdesk.store.fts.ensure_search_index) after the upgrade, because
they come from Python folding rules: the ``meta`` row ``search_index_version`` says whether they are
current.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS_COLUMNS = ("fts_name", "fts_role", "fts_office", "fts_country", "fts_email", "fts_tags", "fts_articles",
               "fts_digits")


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        for column in FTS_COLUMNS:
            batch.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        cols = ", ".join(FTS_COLUMNS)
        new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
        old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
        op.execute(
            f"CREATE VIRTUAL TABLE contacts_fts USING fts5({cols}, content='contacts', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
        )
        op.execute(
            f"CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN "
            f"INSERT INTO contacts_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN "
            f"INSERT INTO contacts_fts(contacts_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
        )
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in FTS_COLUMNS)
        op.execute(
            f"CREATE TRIGGER contacts_fts_au AFTER UPDATE ON contacts WHEN {changed} BEGIN "
            f"INSERT INTO contacts_fts(contacts_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO contacts_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        op.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS contacts_fts")
    op.drop_table("meta")
    with op.batch_alter_table("contacts") as batch:
        for column in FTS_COLUMNS:
            batch.drop_column(column)
