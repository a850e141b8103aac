"""Two FTS5 indexes: words with prefix indexes up to 8 characters, phone digits without.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

A prefix query longer than the indexed prefix lengths makes FTS5 merge the whole doclist of every
word with that prefix, which at a million contacts costs a tenth of a second for a common word such
as "media". Prefix indexes for 1 to 8 characters make such words stream, and stop at a LIMIT.
Phone digits (every suffix of every number, so that a digit substring is a prefix of some word) are
many short words: they get their own index without prefix indexes, which keeps inserts cheap.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

WORDS = ("fts_name", "fts_role", "fts_office", "fts_country", "fts_email", "fts_tags", "fts_articles")
OLD = WORDS + ("fts_digits",)


def _index(table: str, columns: tuple[str, ...], options: str) -> None:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {table} USING fts5({cols}, content='contacts', content_rowid='id', "
        f"tokenize='unicode61 remove_diacritics 0'{options})"
    )
    op.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON contacts BEGIN "
               f"INSERT INTO {table}(rowid, {cols}) VALUES (new.id, {new}); END")
    op.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON contacts BEGIN "
               f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ('delete', old.id, {old}); END")
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    op.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE ON contacts WHEN {changed} BEGIN "
               f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
               f"INSERT INTO {table}(rowid, {cols}) VALUES (new.id, {new}); END")
    op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def _drop(table: str) -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {table}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop("contacts_fts")
    _index("contacts_fts", WORDS, ", prefix='1 2 3 4 5 6 7 8'")
    _index("contacts_digits_fts", ("fts_digits",), "")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop("contacts_digits_fts")
    _drop("contacts_fts")
    _index("contacts_fts", OLD, ", prefix='1 2 3'")
