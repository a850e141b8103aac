"""PostgreSQL: tell listening copies of the app that the directory changed (LISTEN/NOTIFY).

Every statement that writes a table the window shows sends ``NOTIFY iomdesk_changes`` with the table's
name; PostgreSQL delivers it when the transaction commits (never for a rolled-back one) and folds
repeats within one transaction. Nothing is locked: two colleagues importing at once do not wait on
each other. SQLite needs nothing: ``PRAGMA data_version`` tells a connection that another committed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("contacts", "phones", "emails", "offices", "tags", "contact_tags", "articles", "contact_articles",
          "lists", "list_members", "beats", "contact_beats", "contact_languages", "outreach_log")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION iomdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('iomdesk_changes', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    for table in TABLES:
        bind.exec_driver_sql(
            f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION iomdesk_notify_change()"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in TABLES:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS iomdesk_notify_change()")
