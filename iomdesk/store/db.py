"""Engine and session factory, database selection, and schema upgrades at start.

``open_database()`` picks the database (``--db`` value, else ``IOMDESK_DB``, else an SQLite file in
the user data folder), upgrades its schema with Alembic (backing up an SQLite file first), refuses a
database newer than this app, and returns a :class:`Database` holding the engine and session factory.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DBAPIError as SADBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..core.errors import QT_TRANSLATE_NOOP, Text, UserError
from ..paths import default_database_path

# The newest Alembic revision this app knows. A test checks it matches the migration scripts; the
# start-up path compares against it without importing Alembic when the database is current.
SCHEMA_HEAD = "0011"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseError(UserError):
    """The database cannot be opened or used as it is (unreadable, too new, bad URL)."""


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseBusy(DatabaseError):
    """Another program held the write lock longer than the busy timeout. Nothing was stored."""

    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "the directory is busy: another IOM Desk is saving to it (or an import is still running); "
                    "try again in a moment. Nothing was stored.")))


# How long a writer waits for another writer's transaction to end (SQLite busy timeout).
BUSY_TIMEOUT_S = 5.0

# Execution option marking a connection whose transaction will write: on SQLite it begins with
# BEGIN IMMEDIATE, taking the write lock up front (waiting up to the busy timeout for it). A deferred
# BEGIN that reads and then writes fails at once with SQLITE_BUSY (BUSY_SNAPSHOT in WAL mode), with
# no wait, when another connection committed in between. Readers keep the deferred BEGIN, so a
# search never waits behind a long import. Other databases ignore the option.
WRITE = "iomdesk_write"


def is_busy_error(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" (SQLITE_BUSY, after the busy timeout)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED and their extended codes
    return type(orig).__name__ == "OperationalError" and "database is locked" in str(orig)


class ReadOnlyDirectory(UserError):
    """The directory was opened read-only (a database role that may only read, a file or folder that
    cannot be written): nothing can be changed in it. Not a DatabaseError: the CLI exits 1."""

    def __init__(self, reason: str | None = None):
        self.reason = reason or READ_ONLY_MESSAGE
        super().__init__(self.reason)


READ_ONLY_MESSAGE = "You have read-only access to this team directory"
READ_ONLY_KEY = "iomdesk_read_only"  # in a session factory's ``info``: why nothing may be written


class DatabaseUnreachable(UserError):
    """The database server cannot be reached (network cut, server stopped). The transaction in
    progress was rolled back: nothing of it was stored. The engine reconnects at the next use."""

    def __init__(self, where: str = "the database server"):
        self.where = where
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The team database at {where} cannot be reached; nothing was stored. IOM Desk will reconnect "
                    "when it is back."), where=where))

    def in_dialog(self) -> str:
        return Text(QT_TRANSLATE_NOOP(
            "core", "The team database at {where} cannot be reached; your changes are kept in the dialog; IOM Desk "
                    "will reconnect when it is back. Save again then."), where=self.where)


def is_connection_lost(exc: BaseException) -> bool:
    """True when ``exc`` says the database server went away or cannot be reached (PostgreSQL): a
    connection invalidated by SQLAlchemy, or the driver's OperationalError (refused, closed, reset)."""
    if isinstance(exc, DatabaseUnreachable):
        return True
    if isinstance(exc, SADBAPIError) and exc.connection_invalidated:
        return True
    orig = getattr(exc, "orig", exc)
    return type(orig).__name__ == "OperationalError" and type(orig).__module__.startswith("psycopg")


def is_read_only_error(exc: BaseException) -> bool:
    """The database refused a write for lack of rights: PostgreSQL's insufficient privilege (42501) or a
    read-only transaction (25006), SQLite's "attempt to write a readonly database"."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) in ("42501", "25006"):
        return True
    code = getattr(orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == 8  # SQLITE_READONLY and its extended codes


def _refusal(factory: sessionmaker[Session]) -> str:
    bind = factory.kw.get("bind")
    if getattr(getattr(bind, "dialect", None), "name", "") == "sqlite":
        return "You have read-only access to this directory: its file cannot be written. Nothing was stored."
    return f"{READ_ONLY_MESSAGE}. Nothing was stored."


def _where(factory: sessionmaker[Session]) -> str:
    bind = factory.kw.get("bind")
    url = getattr(bind, "url", None)
    return (url.host or "localhost") if url is not None else "the database server"


@contextmanager
def write_session(factory: sessionmaker[Session]) -> Iterator[Session]:
    """``with write_session(sf) as s:`` is ``with sf.begin() as s:`` for a transaction that writes.

    On SQLite the transaction begins IMMEDIATE, so it waits its turn behind another writer (up to
    the busy timeout) instead of failing half-way; if the wait runs out, :class:`DatabaseBusy` is
    raised and nothing is stored. Every service call that writes uses this.
    """
    reason = (factory.kw.get("info") or {}).get(READ_ONLY_KEY)
    if reason:
        raise ReadOnlyDirectory(reason)
    try:
        with factory.begin() as s:
            s.connection(execution_options={WRITE: True})
            yield s
    except OperationalError as exc:
        if is_busy_error(exc):
            raise DatabaseBusy() from None
        if is_read_only_error(exc):
            raise ReadOnlyDirectory(_refusal(factory)) from None
        if is_connection_lost(exc):
            raise DatabaseUnreachable(_where(factory)) from None
        raise
    except SADBAPIError as exc:
        if is_read_only_error(exc):
            raise ReadOnlyDirectory(_refusal(factory)) from None
        if is_connection_lost(exc):
            raise DatabaseUnreachable(_where(factory)) from None
        raise


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    backup: Path | None = None  # the copy made before an upgrade, if any
    read_only_reason: str | None = None  # why nothing may be written (None: it may)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def shown_url(self) -> str:
        """The URL as the user may see it: never a password."""
        return hidden_password(self.url)

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:  # tracebacks and logs print it: never the password
        return f"Database({self.shown_url!r}, read_only={self.read_only})"


def _misread_password(url: str):
    """The URL parsed, and True when its password holds an unescaped "@": SQLAlchemy then takes what follows
    that "@" for the start of the host name (``user:p@ss@host`` -> password "p", host "ss@host")."""
    parsed = make_url(url)
    return parsed, parsed.get_backend_name() != "sqlite" and "@" in (parsed.host or "")


def hidden_password(url: str) -> str:
    """The URL as the user may see it: no part of the password, even one typed with an unescaped "@"."""
    parsed, misread = _misread_password(url)
    if misread:
        parsed = parsed.set(password="***", host=parsed.host.rsplit("@", 1)[1])
    elif parsed.password is not None:
        parsed = parsed.set(password="***")
    if "password" in parsed.query:  # libpq's own option: ?password=...
        parsed = parsed.update_query_dict({"password": "***"})
    return parsed.render_as_string(hide_password=False).replace("%2A%2A%2A", "***")


def check_password_escaped(url: str) -> None:
    """Refuse a URL whose password holds an unescaped "@" before anything connects (it would otherwise be
    shown, from the "@" on, as part of the host name in messages)."""
    if _misread_password(url)[1]:
        raise DatabaseError(
            f"the password in {hidden_password(url)} holds an \"@\": write it as %40 in the URL "
            "(or leave the password out and type it when asked). Nothing was opened."
        )


def resolve_url(value: str | None = None) -> str:
    """``--db`` value or ``IOMDESK_DB`` or the default file -> SQLAlchemy URL."""
    value = value or os.environ.get("IOMDESK_DB") or ""
    if not value:
        return f"sqlite:///{default_database_path()}"
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# File systems on which SQLite's WAL mode is unsafe: WAL keeps its index in shared memory (the -shm
# file, memory-mapped), which only processes on one computer share. On a network folder, two IOM Desks
# on two PCs would not see each other's commits and could corrupt the file (sqlite.org/wal.html), so
# there the rollback journal is used; its file locks work across the network.
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gpfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "davfs", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.smbnetfs",
}
JOURNAL_ENV = "IOMDESK_SQLITE_JOURNAL"  # "wal" or "delete": overrides the choice made from the path


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The type of the file system holding ``path`` on Linux (from /proc/self/mounts), else None."""
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def on_network_folder(path: Path) -> bool:
    if os.name == "nt":
        text = str(path)
        if text.startswith("\\\\"):  # \\server\share
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # type: ignore[attr-defined]  # DRIVE_REMOTE (Windows only)
        except (AttributeError, OSError):
            return False
    return filesystem_type(path) in NETWORK_FILESYSTEMS


def journal_mode_for(path: Path | None) -> str:
    chosen = os.environ.get(JOURNAL_ENV, "").strip().lower()
    if chosen in ("wal", "delete"):
        return chosen.upper()
    return "DELETE" if path is not None and on_network_folder(path.parent) else "WAL"


def _sqlite_connect_listener(journal: str):
    def on_connect(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        try:
            cur.execute(f"PRAGMA journal_mode={journal}")
        except dbapi_conn.OperationalError:
            pass  # another program has the file open and holds it in its mode; keep that mode
        cur.execute("PRAGMA synchronous=NORMAL" if journal == "WAL" else "PRAGMA synchronous=FULL")
        cur.close()
        # pysqlite defers BEGIN on its own; take over so that a session.begin() is one real
        # transaction (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_conn.isolation_level = None

    return on_connect


@contextmanager
def read_snapshot(factory: sessionmaker[Session]) -> Iterator[sessionmaker[Session]]:
    """A session factory whose sessions all read one consistent state of the directory, for work
    that reads in many steps (an export a page at a time): another app's edits meanwhile neither
    shift nor duplicate a page. One read transaction on one connection (REPEATABLE READ on
    PostgreSQL; SQLite in WAL mode, where it holds up no writer). With SQLite's rollback journal
    (a network folder) a long read would block other apps' saves, so there each session reads for
    itself as before."""
    engine = factory.kw.get("bind")
    if not isinstance(engine, Engine):
        yield factory
        return
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            if str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower() != "wal":
                conn.rollback()
                yield factory
                return
            conn.rollback()
        elif conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield sessionmaker(bind=conn, expire_on_commit=False)


def _on_sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def _read_only_uri(path: Path | None) -> str | None:
    """For an SQLite file this user may not write (the file, or the folder where its journal goes): the
    URI that opens it read-only. SQLite reads a WAL file read-only only when its shared-memory file
    (-shm) exists or can be made; in a folder that cannot be written and without one (the file was
    closed cleanly), it is opened as immutable: what others change shows after reopening it."""
    if path is None or not path.exists() or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return None
    uri = f"{path.absolute().as_uri()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK) and not shm.exists():
        uri += "&immutable=1"
    return uri


def make_engine(url: str, password: str | None = None) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database path or URL: {url!r} ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        if path is not None:
            if path.exists() and path.is_dir():
                raise DatabaseError(f"{path} is a folder, not a database file")
            if not path.parent.exists():
                raise DatabaseError(f"the folder {path.parent} does not exist")
        # hide_parameters: a database error names its statement but never the contact's values, so
        # no name, email or phone reaches a log file or a crash report through it.
        ro_uri = _read_only_uri(path)
        if ro_uri is not None:
            import sqlite3

            def creator():
                return sqlite3.connect(ro_uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)

            engine = create_engine(url, creator=creator, hide_parameters=True)
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect_listener(journal_mode_for(path)))
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    # A password from the keyring goes to the driver only, never into the URL that is shown or logged.
    connect_args: dict[str, object] = {"password": password} if password else {}
    if parsed.get_backend_name() == "postgresql":
        # A server gone away (network cut) fails a save in seconds instead of the system's TCP timeouts
        # (minutes): libpq's connect_timeout, and tcp_user_timeout for a connection already open. The
        # URL's own values win.
        for key, value in (("connect_timeout", 10), ("tcp_user_timeout", 20000)):
            if key not in parsed.query:
                connect_args[key] = value
    try:
        return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"the database driver for {parsed.get_backend_name()} is not installed: {exc}"
        ) from None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool([t for t in inspect(conn).get_table_names() if t != "alembic_version"])


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    cfg = alembic_config(None)  # type: ignore[arg-type]
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


# Automatic backups (before a schema upgrade, before an import that changes contacts) are written next
# to the SQLite file as "<stem>.backup-before-<kind>[-rev<rev>]-<YYYYmmdd-HHMMSS>[-<n>]<suffix>"; only
# the newest AUTO_BACKUP_KEEP of each kind are kept. Files named otherwise (backups the user made with
# File > Back up or `iomdesk backup`) are never deleted.
AUTO_BACKUP_KEEP = 5
AUTO_BACKUP_KINDS = ("upgrade", "import")
SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def file_head(path: Path, n: int = 16) -> bytes:
    """The first ``n`` bytes of ``path``; empty when it is missing, a folder or unreadable."""
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError:
        return b""


def is_sqlite_file(path: Path) -> bool:
    return file_head(path) == SQLITE_MAGIC


BACKUP_MARK = "backup_made_at"  # meta key that only backup files carry (never copied by a restore)


def mark_as_backup(path: Path) -> None:
    """Write into the SQLite file ``path`` (a finished copy) that it is a backup, so a later backup may
    replace it but never a live directory."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone():
            return  # a copy of a schema older than the meta table (before an upgrade): left as it is
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (BACKUP_MARK, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
    finally:
        conn.close()


def backup_mark(path: Path) -> str | None:
    """When ``path`` is an IOM Desk backup: the time it was made; else None (a live directory, another
    program's database, an unreadable file)."""
    import sqlite3

    try:
        # immutable: read without creating -wal/-shm files beside it (a read-only WAL reader would leave
        # them behind, and they would then look like a program holding the file open).
        conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (BACKUP_MARK,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def is_database_file(path: Path) -> bool:
    """An SQLite database or its write-ahead log (a directory, a backup): never to be overwritten by an
    export, a rejects file or anything else that is not a backup."""
    head = file_head(path)
    return head == SQLITE_MAGIC or head[:4] in _WAL_MAGICS
STALE_PART_S = 600  # an unfinished automatic backup older than this was killed mid-copy


def sqlite_online_copy(source: Path, target: Path, step: Callable[[int, int], None] | None = None,
                       pages: int = 1024) -> None:
    """Copy the SQLite file ``source`` into the new file ``target`` with SQLite's online backup API.

    The copy is one consistent snapshot, WAL included, while other connections keep writing: the
    source connection holds one read transaction for the whole copy, so the backup never restarts
    and never mixes two states. ``step(done_pages, total_pages)`` runs between steps; an exception
    it raises aborts the copy (the caller removes ``target``). The copy uses rollback journalling,
    so it is a single self-contained file.
    """
    import sqlite3

    src = sqlite3.connect(source, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
            progress = (lambda _status, remaining, total: step(total - remaining, total)) if step else None
            src.backup(dst, pages=pages, progress=progress)
            src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            dst.close()
    finally:
        src.close()


def automatic_backup_path(path: Path, kind: str, revision: str | None = None) -> Path:
    """A new, unused name for an automatic backup of the SQLite file ``path``."""
    if kind not in AUTO_BACKUP_KINDS:
        raise ValueError(f"unknown automatic backup kind {kind!r}")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    rev = f"-rev{revision}" if revision else ""
    base = f"{path.stem}.backup-before-{kind}{rev}-{stamp}"
    # Several in one second: number them after the highest taken, even if an older one of that second
    # was pruned since (a freed name would sort first and be the next one pruned).
    taken = [p.name for p in path.parent.glob(f"{base}*{path.suffix}")]
    if not taken:
        return path.with_name(f"{base}{path.suffix}")
    numbers = [1] + [int(t[len(base) + 1 : -len(path.suffix) or None]) for t in taken
                     if t[len(base) + 1 : -len(path.suffix) or None].isdigit()]
    return path.with_name(f"{base}-{max(numbers) + 1}{path.suffix}")


def automatic_backups(path: Path, kind: str) -> list[Path]:
    """The automatic backups of ``kind`` beside the SQLite file ``path``, oldest first."""
    import re

    pattern = re.compile(
        rf"{re.escape(path.stem)}\.backup-before-{re.escape(kind)}(?:-rev[0-9A-Za-z_]+)?"
        rf"-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(path.suffix)}"
    )
    found = []
    for candidate in path.parent.iterdir():
        m = pattern.fullmatch(candidate.name)
        if m and candidate.is_file():
            found.append(((m.group(1), int(m.group(2) or 1)), candidate))
    return [p for _key, p in sorted(found)]


def prune_automatic_backups(path: Path, kind: str, keep: int = AUTO_BACKUP_KEEP,
                            made: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``kind``; returns what was deleted.

    Only files named by :func:`automatic_backup_path` are candidates: a backup the user made by
    hand is never deleted. A file that cannot be deleted is left (it is only a backup). ``made``,
    the backup just written, counts as the newest whatever its name says: after the clock went back
    (end of summer time, a flight west) its local-time stamp sorts before older backups.
    """
    backups = automatic_backups(path, kind)
    if made is not None and made in backups:
        backups.remove(made)
        backups.append(made)
    deleted = []
    for old in backups[: max(0, len(backups) - keep)]:
        try:
            old.unlink()
        except OSError:
            continue
        for extra in ("-wal", "-shm", "-journal"):
            old.with_name(old.name + extra).unlink(missing_ok=True)
        deleted.append(old)
    # A backup killed mid-copy leaves its hidden temporary file (and its journal); a live copy is
    # never this old, so one left for ten minutes is an orphan.
    import time

    for part in path.parent.glob(f".{path.stem}.backup-before-{kind}*{path.suffix}.part*"):
        try:
            if time.time() - part.stat().st_mtime > STALE_PART_S:
                part.unlink()
                deleted.append(part)
        except OSError:
            continue
    return deleted


def make_automatic_backup(path: Path, kind: str, revision: str | None = None) -> Path:
    """Back up the SQLite file ``path`` beside it (consistent while in use), then apply retention.

    Written to a temporary name and renamed when complete: a failure leaves no half file.
    """
    target = automatic_backup_path(path, kind, revision)
    tmp = target.with_name(f".{target.name}.part")
    try:
        sqlite_online_copy(path, tmp)
        mark_as_backup(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    prune_automatic_backups(path, kind, made=target)
    return target


def _backup_sqlite(engine: Engine, path: Path, revision: str | None) -> Path:
    """The copy made before a schema upgrade (the engine's connections need not be closed)."""
    return make_automatic_backup(path, "upgrade", revision)


def read_only_reason(engine: Engine, url: str) -> str | None:
    """Why this directory may only be read, or None when it may be written: on PostgreSQL a role
    without INSERT, UPDATE or DELETE on the contacts (or a read-only server or session); on SQLite a
    file, or the folder holding it (its journal lives there), that cannot be written."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            if not inspect(conn).has_table("contacts"):
                return None
            row = conn.execute(text(
                "SELECT has_table_privilege(current_user, 'contacts', 'INSERT') "
                "AND has_table_privilege(current_user, 'contacts', 'UPDATE') "
                "AND has_table_privilege(current_user, 'contacts', 'DELETE'), "
                "pg_is_in_recovery(), current_setting('default_transaction_read_only'), current_user"
            )).one()
        if not row[0]:
            return f"{READ_ONLY_MESSAGE}: the database role {row[3]} may only read it."
        if row[1] or row[2] == "on":
            return f"{READ_ONLY_MESSAGE}: the database server accepts only reading now."
        return None
    path = _sqlite_path(url)
    if path is None or not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return f"You have read-only access to this directory: the file {path} cannot be written."
    if not os.access(path.parent, os.W_OK):
        return f"You have read-only access to this directory: the folder {path.parent} cannot be written."
    return None


def open_database(value: str | None = None, *, migrate: bool = True, password: str | None = None) -> Database:
    url = resolve_url(value)
    check_password_escaped(url)
    engine = make_engine(url, password) if password else make_engine(url)
    backup: Path | None = None
    try:
        revision = current_revision(engine)
        if migrate and revision != SCHEMA_HEAD:
            if revision is not None and revision not in known_revisions():
                raise DatabaseTooNew(
                    f"this database was made by a newer IOM Desk (schema {revision}); "
                    "update the app to open it. Nothing was changed."
                )
            if revision is None and _has_user_tables(engine):
                raise DatabaseError(
                    "this database holds tables that IOM Desk did not create; "
                    "choose another file or an empty database. Nothing was changed."
                )
            path = _sqlite_path(url)
            if path is not None and revision is not None and path.exists():
                import sqlite3

                try:
                    backup = _backup_sqlite(engine, path, revision)
                except (OSError, sqlite3.Error) as exc:  # a folder not writable, a full disk...
                    reason = getattr(exc, "strerror", None) or exc
                    raise DatabaseError(
                        f"this database must be upgraded for this IOM Desk, and the backup made first could "
                        f"not be written beside {path} ({reason}). Nothing was changed."
                    ) from None
            upgrade(engine)
        factory = sessionmaker(engine, expire_on_commit=False)
        reason = read_only_reason(engine, url)
        if reason:
            factory.kw["info"] = {READ_ONLY_KEY: reason}  # write_session refuses at once (never half-way)
        if migrate and not reason:
            from .fts import ensure_search_index

            ensure_search_index(factory)
    except SADBAPIError as exc:
        engine.dispose()
        if is_busy_error(exc):
            raise DatabaseBusy() from None
        shown = hidden_password(url)  # never a password on screen
        raise DatabaseError(f"cannot open the database {shown}: {exc.orig}") from None
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, session_factory=factory, backup=backup, read_only_reason=reason)
