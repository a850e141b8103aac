"""Contacts sort by a collation key: ``contacts.sort_key`` (iomdesk.core.collation), indexed with the id.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

The name order was ``name_key`` (the folded name) in each backend's text order: accents stripped,
"Łukasz" filed as "lukasz", and PostgreSQL's collation differing from SQLite's byte order. The new
column holds the Unicode Collation Algorithm key of the display name as bytes; byte order (SQLite
BLOB, PostgreSQL bytea) is the collation order, so both backends and the CLI list names alike.
``name_key`` stays for lookups and duplicates.

Every existing contact gets its key here (in chunks, by id). On SQLite the covering walk index
(revision 0003) moves from ``name_key`` to ``sort_key``: the search's name-order walk reads it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CHUNK = 2000


def _empty(dialect: str):
    return sa.text("X''") if dialect == "sqlite" else sa.text("'\\x'::bytea")


def backfill(bind) -> int:
    """Write the collation key of every contact's name (chunks by id). Returns the rows written."""
    from iomdesk.core.collation import collation_key

    contacts = sa.table("contacts", sa.column("id", sa.Integer), sa.column("name", sa.String),
                        sa.column("sort_key", sa.LargeBinary))
    update = (sa.update(contacts).where(contacts.c.id == sa.bindparam("cid"))
              .values(sort_key=sa.bindparam("key", type_=sa.LargeBinary)))
    last, done = None, 0
    while True:
        stmt = sa.select(contacts.c.id, contacts.c.name).order_by(contacts.c.id).limit(CHUNK)
        if last is not None:
            stmt = stmt.where(contacts.c.id > last)
        rows = bind.execute(stmt).all()
        if not rows:
            return done
        bind.execute(update, [{"cid": cid, "key": collation_key(name or "")} for cid, name in rows])
        last, done = rows[-1][0], done + len(rows)


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    # NOT NULL from the start (a NULL would fall out of keyset paging); the default only fills the
    # rows the backfill then rewrites.
    op.add_column("contacts", sa.Column("sort_key", sa.LargeBinary(), nullable=False,
                                        server_default=_empty(dialect)))
    backfill(bind)
    if dialect == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_contacts_walk")
        op.execute("CREATE INDEX ix_contacts_walk ON contacts (sort_key, id, fts_name, search_text)")
    op.create_index("ix_contacts_sort_key", "contacts", ["sort_key", "id"])


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_contacts_sort_key", table_name="contacts")
    if bind.dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_contacts_walk")
        op.execute("CREATE INDEX ix_contacts_walk ON contacts (name_key, id, fts_name, search_text)")
        # SQLite (3.35+) drops a column that no index or view uses.
    op.drop_column("contacts", "sort_key")
