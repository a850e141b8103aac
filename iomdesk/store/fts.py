"""Keeping the search fields current: a full re-index when the folding rules change."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from .db import write_session
from .models import Contact, Meta
from .search import INDEX_VERSION, contact_search_fields

KEY = "search_index_version"


def index_version(session: Session) -> int | None:
    row = session.get(Meta, KEY)
    try:
        return int(row.value) if row else None
    except ValueError:
        return None


def reindex_all(session_factory: sessionmaker[Session], progress: Callable[[int, int], None] | None = None,
                batch: int = 2000) -> int:
    """Recompute every contact's search fields in one transaction; returns how many."""
    with write_session(session_factory) as s:
        ids = list(s.scalars(select(Contact.id).order_by(Contact.id)))
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            contacts = s.scalars(
                select(Contact).where(Contact.id.in_(chunk)).options(
                    selectinload(Contact.office), selectinload(Contact.phones), selectinload(Contact.emails),
                    selectinload(Contact.tags), selectinload(Contact.articles),
                ).execution_options(populate_existing=True)
            ).all()
            # Plain UPDATEs: the version counter is for user edits, not for index maintenance.
            for c in contacts:
                s.execute(update(Contact).where(Contact.id == c.id).values(updated_at=Contact.updated_at, **contact_search_fields(c))
                          .execution_options(synchronize_session=False))
            s.expunge_all()
            if progress:
                progress(min(start + batch, len(ids)), len(ids))
        row = s.get(Meta, KEY)
        if row is None:
            s.add(Meta(key=KEY, value=str(INDEX_VERSION)))
        else:
            row.value = str(INDEX_VERSION)
        return len(ids)


def ensure_search_index(session_factory: sessionmaker[Session]) -> bool:
    """Re-index when the stored index was built by other folding rules. Returns True if it did."""
    with session_factory.begin() as s:
        if index_version(s) == INDEX_VERSION:
            return False
    reindex_all(session_factory)
    return True


FTS_INSERT_TRIGGERS = ("contacts_fts_ai", "contacts_digits_fts_ai")


@contextmanager
def indexing_after_bulk_insert(conn, first_id: int):
    """Inside the caller's transaction on SQLite: insert many contacts without the per-row FTS
    triggers, then index every contact with ``id >= first_id`` in one statement per index and put
    the triggers back. DDL is transactional in SQLite, so a failure or a cancel (rollback) restores
    the triggers with everything else. Does nothing special elsewhere."""
    if conn.dialect.name != "sqlite":
        yield
        return
    saved = drop_fts_insert_triggers(conn)
    yield
    index_contact_range(conn, saved, first_id, 2**63 - 1)
    restore_fts_insert_triggers(conn, saved)


def drop_fts_insert_triggers(conn) -> list:
    """SQLite, inside the caller's transaction: drop the per-row FTS insert triggers and return
    what :func:`index_contact_range` and :func:`restore_fts_insert_triggers` need. Contacts
    inserted meanwhile must be indexed (:func:`index_contact_range`) before anything UPDATEs them:
    the update triggers stay, and an FTS 'delete' of values never indexed corrupts an
    external-content index. A rollback restores the triggers (DDL is transactional in SQLite)."""
    saved = conn.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        FTS_INSERT_TRIGGERS,
    ).all()
    for name, _table, _sql in saved:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    return saved


def index_contact_range(conn, saved: list, first_id: int, last_id: int) -> None:
    """Index the contacts with ``first_id <= id <= last_id`` in each index whose insert trigger
    ``saved`` holds (one statement per index)."""
    for name, _table, sql in saved:
        # "CREATE TRIGGER <index>_ai AFTER INSERT ON contacts BEGIN INSERT INTO <index>(rowid, cols)
        # VALUES (new.id, new.col, ...); END" -> the same INSERT, for the new rows at once.
        index = name.removesuffix("_ai")
        cols = sql.split(f"INSERT INTO {index}(rowid, ", 1)[1].split(")", 1)[0]
        conn.exec_driver_sql(
            f"INSERT INTO {index}(rowid, {cols}) SELECT id, {cols} FROM contacts WHERE id >= ? AND id <= ?",
            (first_id, last_id),
        )


def restore_fts_insert_triggers(conn, saved: list) -> None:
    for _name, _table, sql in saved:
        conn.exec_driver_sql(sql)
