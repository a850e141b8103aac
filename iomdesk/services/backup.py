"""Backup and restore of the whole directory, and the automatic backups before risky changes.

A backup is always an IOM Desk SQLite file at the current schema, whatever the database it came from:

- from an SQLite file, SQLite's online backup API copies one consistent snapshot while the app (or
  another program) keeps writing;
- from any other database (PostgreSQL), a fresh SQLite file gets the schema from the Alembic
  revisions, then every table is copied (all columns, ids kept) inside one REPEATABLE READ, read-only
  transaction, so the copy is one consistent state; the copy is then compared with the source, row
  for row.

The file is written under a temporary name beside the target and renamed when complete: a failed or
cancelled backup leaves no half file. The live database itself is never overwritten.

A restore goes into an empty directory (no contacts, no articles) of either kind. The backup is
copied to a temporary folder first (the user's file is never changed), migrated there when it is
older than this app, refused when newer; then every table is copied in foreign-key order, ids kept,
in one transaction on the target, PostgreSQL sequences are moved past the restored ids, the SQLite
search index is built, and every row of every table is compared field for field between backup and
target before the transaction commits. Anything wrong rolls back: the target stays as it was.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, func, insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ..core.errors import UserError
from ..core.text import count_of
from ..store.db import (
    BACKUP_MARK,
    SCHEMA_HEAD,
    SQLITE_MAGIC,
    WRITE,
    Database,
    _sqlite_path,
    backup_mark,
    is_sqlite_file,
    known_revisions,
    make_automatic_backup,
    make_engine,
    mark_as_backup,
    open_database,
    sqlite_online_copy,
    upgrade,
)
from ..store.fts import indexing_after_bulk_insert
from ..store.models import Base, Meta
from ..store.pg_search import settle_search_indexes

CHUNK = 2000
# Meta rows a restore does not take from the backup: the contact count the target's triggers keep, and
# the mark that makes a file a backup (a restored directory is live, not a backup).
DERIVED_META = frozenset({"contact_count", BACKUP_MARK})
# What the summaries name, in the order they name it.
LABELS = {
    "contacts": "contacts", "articles": "articles", "phones": "phones", "emails": "emails",
    "offices": "offices", "tags": "tags", "contact_tags": "tag links", "contact_articles": "article links",
    "lists": "lists", "list_members": "list memberships",
}

Progress = Callable[[int, int], None]


class BackupError(UserError):
    """A backup or restore that cannot be done as asked. Nothing was written or changed."""


class NotABackup(BackupError):
    pass


class BackupTooNew(BackupError):
    pass


class TargetNotEmpty(BackupError):
    pass


class BackupCancelled(BackupError):
    def __init__(self, what: str = "cancelled") -> None:
        super().__init__(what)


class VerificationFailed(BackupError):
    pass


def tables() -> list[Table]:
    """Every table of the schema, parents before children (the order rows can be inserted in)."""
    return list(Base.metadata.sorted_tables)


def _label_counts(counts: dict[str, int], skip: tuple[str, ...] = ("contacts", "articles", "meta")) -> str:
    return ", ".join(count_of(counts[t], label.rstrip("s") if label.endswith("s") else label, label)
                     for t, label in LABELS.items() if t in counts and t not in skip)


class _Counted:
    """Rows per table of a backup or restore (``counts``), with the two a summary leads with."""

    counts: dict[str, int]

    @property
    def contacts(self) -> int:
        return self.counts.get("contacts", 0)

    @property
    def articles(self) -> int:
        return self.counts.get("articles", 0)


@dataclass
class BackupResult(_Counted):
    path: Path
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return (f"Backed up {count_of(self.contacts, 'contact')}, {count_of(self.articles, 'article')} "
                f"to {self.path}")


@dataclass
class RestoreResult(_Counted):
    source: Path
    target: str
    counts: dict[str, int] = field(default_factory=dict)
    migrated_from: str | None = None  # the backup's schema when it was older than this app

    def summary(self) -> str:
        return (f"Restored {count_of(self.contacts, 'contact')}, {count_of(self.articles, 'article')} "
                f"from {self.source} "
                f"({_label_counts(self.counts)}); every row verified")


def describe_target(db: Database) -> str:
    path = _sqlite_path(db.url)
    return str(path) if path is not None else make_url(db.url).render_as_string(hide_password=True)


# -- reading and copying tables -------------------------------------------------------------------
@contextmanager
def read_snapshot(engine: Engine) -> Iterator[Connection]:
    """One read transaction that sees one consistent state of the whole database."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin():
            yield conn


def _rows(conn: Connection, table: Table):
    stmt = select(table).order_by(*table.primary_key.columns)
    if table.name == Meta.__tablename__:
        stmt = stmt.where(table.c.key.not_in(DERIVED_META))
    return conn.execute(stmt, execution_options={"yield_per": CHUNK})  # streamed, this statement only


def _check_columns(conn: Connection, where: str) -> None:
    """Both ends must hold exactly the columns this app knows, or "all columns" would be a lie."""
    insp = inspect(conn)
    for table in tables():
        found = {c["name"] for c in insp.get_columns(table.name)}
        known = set(table.columns.keys())
        if found != known:
            raise VerificationFailed(
                f"the {where}'s table {table.name} has columns this IOM Desk does not expect "
                f"({', '.join(sorted(found ^ known))}); nothing was changed"
            )


def count_rows(conn: Connection) -> dict[str, int]:
    counts = {}
    for table in tables():
        stmt = select(func.count()).select_from(table)
        if table.name == Meta.__tablename__:
            stmt = stmt.where(table.c.key.not_in(DERIVED_META))
        counts[table.name] = conn.execute(stmt).scalar_one()
    return counts


def copy_tables(src: Connection, dst: Connection, step: Callable[[int], None]) -> dict[str, int]:
    """Insert every row of every table from ``src`` into ``dst`` (ids kept), parents first.

    Meta rows replace the target's rows of the same key; ``contact_count`` is kept by the target's own
    triggers. On SQLite the search index is built in one go after the inserts.
    """
    counts: dict[str, int] = {}
    with indexing_after_bulk_insert(dst, -(2**63)):
        for table in tables():
            n = 0
            for chunk in _rows(src, table).partitions(CHUNK):
                rows = [r._asdict() for r in chunk]
                if table.name == Meta.__tablename__:
                    dst.execute(delete(table).where(table.c.key.in_([r["key"] for r in rows])))
                try:
                    dst.execute(insert(table), rows)
                except DBAPIError as exc:
                    # The first line only: PostgreSQL's DETAIL line quotes the row's values.
                    reason = (str(exc.orig).strip().splitlines() or ["refused"])[0]
                    raise BackupError(f"table {table.name}: the rows cannot be stored in the target ({reason}); "
                                      "nothing was changed") from None
                n += len(rows)
                step(len(rows))
            counts[table.name] = n
    return counts


def reset_sequences(dst: Connection) -> None:
    """PostgreSQL: the next new row of each table gets an id after the restored ones."""
    if dst.dialect.name != "postgresql":
        return
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id":
            continue
        dst.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), coalesce(max(id), 1), "
            f"max(id) IS NOT NULL) FROM {table.name}"
        ))


_END = object()


def verify_tables(src: Connection, dst: Connection, step: Callable[[int], None]) -> None:
    """Every row of every table equal, field for field (values as the app reads them), in both."""
    for table in tables():
        names = list(table.columns.keys())
        pk = [c.name for c in table.primary_key.columns]
        n = 0
        pairs: Iterator[tuple[Any, Any]] = itertools.zip_longest(
            _rows(src, table), _rows(dst, table), fillvalue=_END
        )
        if table.name == Meta.__tablename__:  # a text key: PostgreSQL's collation may order it otherwise
            pairs = itertools.zip_longest(sorted(map(tuple, _rows(src, table))),
                                          sorted(map(tuple, _rows(dst, table))), fillvalue=_END)
        for a, b in pairs:
            if a is _END or b is _END:
                raise VerificationFailed(f"table {table.name}: the restored copy has a different number of rows")
            if tuple(a) != tuple(b):
                where = ", ".join(f"{k}={v}" for k, v in zip(names, a, strict=True)
                                  if k in pk and k in ("id", "list_id", "contact_id", "article_id", "tag_id"))
                cols = [c for c, x, y in zip(names, a, b, strict=True) if x != y]
                raise VerificationFailed(
                    f"table {table.name}, row {where or '(key)'}: {', '.join(cols)} differ between the backup "
                    "and the restored copy"
                )
            n += 1
            if n % CHUNK == 0:
                step(CHUNK)
        step(n % CHUNK)
    if dst.dialect.name == "sqlite":
        count = dst.execute(select(Meta.value).where(Meta.key == "contact_count")).scalar()
        contacts = dst.execute(text("SELECT count(*) FROM contacts")).scalar_one()
        if count is not None and int(count) != contacts:
            raise VerificationFailed("the contact counter does not match the restored contacts")
        for (name,) in dst.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")):
            # Raises when the full-text index does not match the contacts it indexes.
            dst.execute(text(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)"))


class _Steps:
    """Turns row counts into progress reports, and a cancel request into BackupCancelled."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None,
                 what: str) -> None:
        self.done, self.total = 0, max(total, 1)
        self.progress, self.cancelled, self.what = progress, cancelled, what

    def __call__(self, n: int) -> None:
        self.done += n
        self.check()
        if self.progress:
            self.progress(min(self.done, self.total), self.total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BackupCancelled(self.what)


# -- backup ---------------------------------------------------------------------------------------
def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _check_backup_target(db: Database, target: Path) -> None:
    if target.is_dir():
        raise BackupError(f"{target} is a folder; choose a file name for the backup")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist; nothing was written")
    live = _sqlite_path(db.url)
    if live is not None:
        lives = [live] + [live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal")]
        if any(_same_file(target, p) or target.resolve() == p.resolve() for p in lives):
            raise BackupError(f"{target} is the directory's own database file; choose another file for "
                              "the backup. Nothing was written.")
    if target.exists() and target.stat().st_size > 0 and not is_sqlite_file(target):
        raise BackupError(f"{target} exists and is not a backup (not an SQLite file); it was not "
                          "overwritten. Choose another file name.")
    # A -wal or -journal beside the file: a program has it open (or crashed with it open), or the
    # file was deleted without them. SQLite would replay that journal onto the new file and damage
    # the backup, so no backup is written there.
    if any(target.with_name(target.name + s).exists() for s in ("-wal", "-journal")):
        raise BackupError(f"an SQLite journal (-wal or -journal) lies beside {target}: a program has that "
                          "database open, or left the journal behind. Nothing was written; choose another "
                          "file name.")
    if target.exists() and target.stat().st_size > 0 and backup_mark(target) is None:
        raise BackupError(f"{target} is a database but not an IOM Desk backup (a directory in use, or another "
                          "program's file); it was not overwritten. Choose another file name.")


def _sqlite_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"the backup copy failed its check ({check}); nothing was written")
        return {t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in tables()
                if t.name != Meta.__tablename__}
    finally:
        conn.close()


def _remove(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        p.unlink(missing_ok=True)


def backup_database(db: Database, target: str | os.PathLike[str], progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> BackupResult:
    """Write a consistent copy of the whole directory to ``target`` (an IOM Desk SQLite file)."""
    target = Path(target).expanduser().absolute()
    _check_backup_target(db, target)
    tmp = target.with_name(f".{target.name}.part")
    _remove(tmp)  # a leftover of a backup killed part-way
    live = _sqlite_path(db.url)
    try:
        if live is not None:
            steps = _Steps(0, progress, cancelled, "backup cancelled; no file was written")

            def step(done: int, total: int) -> None:
                steps.check()
                if progress:
                    progress(done, total)

            sqlite_online_copy(live, tmp, step)
            counts = _sqlite_counts(tmp)
        else:
            counts = _backup_through_tables(db, tmp, progress, cancelled)
        mark_as_backup(tmp)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise BackupError(f"the backup could not be written: {exc}; nothing was written") from None
    except OSError as exc:
        raise BackupError(f"the backup could not be written to {target}: {exc.strerror or exc}; "
                          "nothing was written") from None
    finally:
        _remove(tmp)
    return BackupResult(target, counts)


def _backup_through_tables(db: Database, tmp: Path, progress: Progress | None,
                           cancelled: Callable[[], bool] | None) -> dict[str, int]:
    dst_engine = make_engine(f"sqlite:///{tmp}")
    try:
        upgrade(dst_engine)
        with read_snapshot(db.engine) as src:
            _check_columns(src, "database")
            total = count_rows(src)
            steps = _Steps(2 * sum(total.values()), progress, cancelled, "backup cancelled; no file was written")
            with dst_engine.connect() as dst:
                dst.execution_options(**{WRITE: True})
                with dst.begin():
                    counts = copy_tables(src, dst, steps)
                    verify_tables(src, dst, steps)
    finally:
        dst_engine.dispose()
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()  # one self-contained file
    finally:
        conn.close()
    counts.pop(Meta.__tablename__, None)
    return counts


# -- restore --------------------------------------------------------------------------------------
def _open_backup(source: Path, folder: Path) -> tuple[Database, str]:
    """Copy the backup into ``folder`` and open the copy at this app's schema."""
    if not source.exists():
        raise NotABackup(f"{source} does not exist")
    if source.is_dir():
        raise NotABackup(f"{source} is a folder, not a backup file")
    try:
        with open(source, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise NotABackup(f"cannot read {source}: {exc.strerror or exc}") from None
    if head != SQLITE_MAGIC:
        raise NotABackup(f"{source} is not an IOM Desk backup (not an SQLite file)")
    copy = folder / "backup.sqlite3"
    try:
        sqlite_online_copy(source, copy)
        conn = sqlite3.connect(copy)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in names:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotABackup(f"{source} is not a readable IOM Desk backup ({exc})") from None
    if check != "ok":
        raise NotABackup(f"{source} is damaged ({check}); it cannot be restored")
    if revision is None or "contacts" not in names:
        raise NotABackup(f"{source} is not an IOM Desk backup (no IOM Desk tables in it)")
    if revision not in known_revisions():
        raise BackupTooNew(f"{source} was made by a newer IOM Desk (schema {revision}); update IOM Desk to "
                           "restore it. Nothing was changed.")
    return open_database(str(copy)), revision


def restore_database(db: Database, source: str | os.PathLike[str], progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> RestoreResult:
    """Restore the backup ``source`` into the empty directory ``db``; verified field for field."""
    source = Path(source).expanduser().absolute()
    target_name = describe_target(db)
    try:
        return _restore(db, source, target_name, progress, cancelled)
    except OSError as exc:
        raise BackupError(f"the restore could not be done: {exc.strerror or exc}; nothing was changed") from None


def _restore(db: Database, source: Path, target_name: str, progress: Progress | None,
             cancelled: Callable[[], bool] | None) -> RestoreResult:
    with tempfile.TemporaryDirectory(prefix="iomdesk-restore-") as folder:
        backup_db, revision = _open_backup(source, Path(folder))
        try:
            with read_snapshot(backup_db.engine) as src, db.engine.connect() as dst:
                _check_columns(src, "backup")
                total = count_rows(src)
                steps = _Steps(2 * sum(total.values()), progress, cancelled,
                               "restore cancelled; nothing was changed")
                dst.execution_options(**{WRITE: True})
                with dst.begin():
                    _check_columns(dst, "target")
                    contacts = dst.execute(text("SELECT count(*) FROM contacts")).scalar_one()
                    articles = dst.execute(text("SELECT count(*) FROM articles")).scalar_one()
                    if contacts or articles:
                        raise TargetNotEmpty(
                            f"restore goes into an empty directory: {target_name} holds {contacts:,} contacts "
                            f"and {articles:,} articles. Choose an empty database with --db. Nothing was changed."
                        )
                    # Offices and tags left over after every contact was deleted: the backup's replace them.
                    for table in reversed(tables()):
                        if table.name != Meta.__tablename__:
                            dst.execute(delete(table))
                    counts = copy_tables(src, dst, steps)
                    reset_sequences(dst)
                    verify_tables(src, dst, steps)
        finally:
            backup_db.dispose()
    settle_search_indexes(db.engine)  # PostgreSQL: merge the restored rows' trigram index entries
    counts.pop(Meta.__tablename__, None)
    return RestoreResult(source, target_name, counts, None if revision == SCHEMA_HEAD else revision)


# -- automatic backups ----------------------------------------------------------------------------
def automatic_backup(db: Database, kind: str) -> Path | None:
    """Back up an SQLite directory beside its file before a risky change (retention: the newest 5 of
    each kind). Returns None for other databases, whose own (DBA) backups apply. Raises BackupError
    when the copy cannot be written: the caller must then not go ahead."""
    path = _sqlite_path(db.url)
    if path is None or not path.exists():
        return None
    try:
        return make_automatic_backup(path, kind)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise BackupError(f"the automatic backup before the {kind} could not be written beside {path} "
                          f"({reason})") from None


def backup_before_import(db: Database, on_duplicate: str, dry_run: bool = False) -> Path | None:
    """The automatic backup before an import that may change existing contacts (duplicates
    updated), on SQLite, when the directory holds contacts. Returns where it went, or None."""
    if on_duplicate != "update" or dry_run:
        return None
    with db.engine.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM contacts LIMIT 1")).first():
            return None
    return automatic_backup(db, "import")


def suggested_backup_name() -> str:
    """The file name offered for a backup the user makes by hand."""
    import datetime as dt

    return f"iomdesk-backup-{dt.datetime.now():%Y-%m-%d-%H%M}.sqlite3"
