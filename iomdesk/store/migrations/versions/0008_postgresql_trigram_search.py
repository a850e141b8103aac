"""PostgreSQL: trigram indexes (pg_trgm) on the search fields, so a search reads the index instead of
every contact. Nothing changes on SQLite, which has its FTS5 index (revision 0002/0004).

The search fields hold text already folded in Python (case, accents, scripts: core/search_text.py), so
PostgreSQL needs no ``unaccent``: the same normalized text is indexed on both backends and a query
means the same on both. ``pg_trgm`` is a trusted extension (PostgreSQL 13+): the owner of the database
may create it. Where it cannot be created (an older server, a role without the right), the upgrade
goes on without the indexes and search stays correct, only slower; the log says so.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

COLUMNS = ("search_text", "fts_name", "fts_role", "fts_office", "fts_country", "fts_email", "fts_tags",
           "fts_articles", "fts_digits")


def index_name(column: str) -> str:
    return f"ix_contacts_{column}_trgm"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        log.warning("pg_trgm could not be created (%s); search works without its indexes, more slowly",
                    type(exc.orig).__name__)
        return
    for column in COLUMNS:
        # On the column after one space, the expression services/search.py tests: a word's first letters
        # then make trigrams of their own ("  j", " jo"), so even a two-letter prefix reads the index.
        bind.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {index_name(column)} ON contacts "
            f"USING gin ((' ' || {column}) gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for column in COLUMNS:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {index_name(column)}")
