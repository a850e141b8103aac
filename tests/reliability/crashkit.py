"""Killing IOM Desk with SIGKILL in the middle of its work, and checking what it left behind.

Used by tests/reliability/test_crash_kill.py (a few thousand rows) and benchmarks/crash_kill.py (the
100,000-row version). Three parts:

- generators: a CSV of N contacts, a folder of N press releases, a database at an older revision;
- :func:`run_and_kill`: runs ``python -m iomdesk --db ...`` (or this file as a driver, for kill
  points that need a hook inside the process) and SIGKILLs it when a trigger fires: after a delay,
  when the WAL or a file grows past a size, or, from inside the process, just before or just after
  the write transaction commits, or before a given SQL statement runs;
- :func:`check_database`: what a restarted app would find: ``PRAGMA integrity_check``, foreign keys,
  the FTS indexes, their triggers, the contact counter, and the schema revision.

As a driver: ``python crashkit.py KILL_POINT -- IOMDESK ARGS...`` where KILL_POINT is one of
``before-commit``, ``after-commit``, ``sql:TEXT`` or ``sql:TEXT#N`` (before the first, or the Nth,
statement containing TEXT),
``before-rename`` (an export about to move its temp file into place), or ``none``.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "REPLACE")


# -- generators ------------------------------------------------------------------------------------
def write_contacts_csv(path: Path, n: int, start: int = 0) -> Path:
    """N distinct contacts (names, emails and phones all different: no row merges with another)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Role", "Office", "Country", "Phones", "Emails", "Tags"])
        for i in range(start, start + n):
            w.writerow([f"Crash Tester {i:06d}", "Media officer", f"IOM Office {i % 50}", "CH",
                        f"+41 79 {i % 10_000_000:07d}", f"crash.tester.{i}@example.org", "crash"])
    return path


RELEASE = """Crash test release number {i}: IOM supports {i} families

Geneva – 12 March 2024 – IOM distributed {i} shelter kits to families displaced by floods.

"Rapid response saves lives," said the mayor.

For more information, please contact
Amina {surname}
IOM Switzerland
Tel: +41 22 717 {phone:04d}
Email: release.contact.{i}@example.org
"""


def surname(i: int) -> str:
    """A different made-up surname for every number (names hold no digits)."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if i == 0:
            break
    return "Kov" + letters + "ski"


def write_release_folder(folder: Path, n: int) -> Path:
    """N press releases, each naming one new contact."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = RELEASE.format(i=i, phone=i % 10_000, surname=surname(i).capitalize())
        (folder / f"release_{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def make_old_database(path: Path, revision: str, n: int) -> None:
    """A directory file at an older schema ``revision`` holding ``n`` contacts with a phone each."""
    from sqlalchemy import text

    from iomdesk.store.db import make_engine, upgrade

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, revision)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO contacts (id, name, name_key, role, notes, search_text, created_at, updated_at, version) "
            "VALUES (:i, :name, :key, '', '', :key, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"),
            [{"i": i, "name": f"Old Contact {i:06d}", "key": f"old contact {i:06d}"} for i in range(1, n + 1)])
        conn.execute(text(
            "INSERT INTO phones (contact_id, position, raw, e164, display, kind, valid) "
            "VALUES (:i, 0, :raw, :e164, :raw, 'work', 1)"),
            [{"i": i, "raw": f"+41 79 {i:07d}", "e164": f"+4179{i:07d}"} for i in range(1, n + 1)])
    engine.dispose()


# -- running and killing ---------------------------------------------------------------------------
@dataclass
class Killed:
    killed: bool  # False: the process finished before the trigger fired
    seconds: float  # from start to kill (or to exit)
    returncode: int | None
    stderr: str = ""


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def wal_over(db: Path, size: int) -> Callable[[], bool]:
    wal = db.with_name(db.name + "-wal")
    return lambda: _file_size(wal) >= size


def file_over(path: Path, size: int) -> Callable[[], bool]:
    return lambda: _file_size(path) >= size


def any_file(folder: Path, pattern: str, size: int = 1) -> Callable[[], bool]:
    return lambda: any(_file_size(p) >= size for p in folder.glob(pattern))


def iomdesk_command(db: Path, *args: str, kill_point: str | None = None) -> list[str]:
    """``python -m iomdesk --db DB ARGS`` or, with a kill point, the same through this driver."""
    if kill_point is None:
        return [sys.executable, "-m", "iomdesk", "--db", str(db), *args]
    return [sys.executable, str(Path(__file__).resolve()), kill_point, "--", "--db", str(db), *args]


@dataclass
class Job:
    """One process to run and kill: SIGKILL it ``after`` seconds, or as soon as ``when()`` is true
    (polled every millisecond). With neither, it is expected to kill itself (a driver kill point)
    or to finish."""

    cmd: list[str]
    after: float | None = None
    when: Callable[[], bool] | None = None


def run_and_kill_many(jobs: list[Job], timeout: float = 300) -> list[Killed]:
    """Run the jobs side by side (each on its own files) and kill each at its trigger."""
    started = time.monotonic()
    errs = [tempfile.TemporaryFile("w+", encoding="utf-8") for _ in jobs]  # a pipe could fill and block
    procs = [subprocess.Popen(j.cmd, stdout=subprocess.DEVNULL, stderr=e) for j, e in zip(jobs, errs, strict=True)]
    ended: list[float | None] = [None] * len(jobs)
    try:
        while any(e is None for e in ended):
            elapsed = time.monotonic() - started
            for i, (job, proc) in enumerate(zip(jobs, procs, strict=True)):
                if ended[i] is not None:
                    continue
                if proc.poll() is not None:
                    ended[i] = elapsed
                elif (job.after is not None and elapsed >= job.after) or (job.when is not None and job.when()):
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                    ended[i] = elapsed
            if elapsed > timeout:
                raise TimeoutError(f"still running after {timeout} s: {[j.cmd for j in jobs]}")
            time.sleep(0.001)
        results = []
        for proc, seconds, e in zip(procs, ended, errs, strict=True):
            e.seek(0)
            err = e.read()
            results.append(Killed(proc.returncode == -signal.SIGKILL, seconds or 0.0, proc.returncode, err))
        return results
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        for e in errs:
            e.close()


def run_and_kill(cmd: list[str], *, after: float | None = None, when: Callable[[], bool] | None = None,
                 timeout: float = 300) -> Killed:
    return run_and_kill_many([Job(cmd, after, when)], timeout)[0]


# -- checking ---------------------------------------------------------------------------------------
@dataclass
class DatabaseState:
    integrity: str
    revision: str | None
    contacts: int
    phones: int
    articles: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.problems


HEAD_TRIGGERS = {
    "contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au",
    "contacts_digits_fts_ai", "contacts_digits_fts_ad", "contacts_digits_fts_au",
    "contacts_count_ai", "contacts_count_ad",
}


def check_database(path: Path) -> DatabaseState:
    """Open the file as a restarted app would (SQLite replays or drops the WAL) and check it."""
    conn = sqlite3.connect(path)
    try:
        integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        problems = []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if list(conn.execute("PRAGMA foreign_key_check")):
            problems.append("foreign key violations")

        def count(table: str) -> int:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] if table in tables else 0

        contacts = count("contacts")
        if revision is not None and revision >= "0003":
            stored = conn.execute("SELECT value FROM meta WHERE key = 'contact_count'").fetchone()
            if stored is None or int(stored[0]) != contacts:
                problems.append(f"contact counter {stored} != {contacts} rows")
        if revision is not None and revision >= "0004":
            triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            if triggers != HEAD_TRIGGERS:
                problems.append(f"triggers {sorted(triggers ^ HEAD_TRIGGERS)} missing or extra")
            for fts in ("contacts_fts", "contacts_digits_fts"):
                try:
                    conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
                except sqlite3.DatabaseError as exc:
                    problems.append(f"{fts}: {exc}")
        return DatabaseState(integrity, revision, contacts, count("phones"), count("articles"), problems)
    finally:
        conn.close()


def leftover_temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", ".tmp")) or "_alembic_tmp" in p.name)


# -- the driver -------------------------------------------------------------------------------------
def _sigkill_self() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(point: str) -> None:
    from sqlalchemy import event
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
    from sqlalchemy.engine import Engine

    wrote: set[int] = set()
    needle, _, nth = point[4:].rpartition("#") if "#" in point else (point[4:], "", "1")
    seen = [0]

    @event.listens_for(Engine, "before_cursor_execute")
    def _seen(conn, _cursor, statement, _params, _context, _many):
        if point.startswith("sql:") and needle in statement:
            seen[0] += 1
            if seen[0] >= int(nth):
                _sigkill_self()
        if statement.lstrip().upper().startswith(WRITE_VERBS):
            wrote.add(id(conn.connection.dbapi_connection))

    if point == "before-commit":
        @event.listens_for(Engine, "commit")
        def _before_commit(conn):
            if id(conn.connection.dbapi_connection) in wrote:
                _sigkill_self()
    elif point == "after-commit":
        real_commit = SQLiteDialect_pysqlite.do_commit

        def do_commit(self, dbapi_connection):
            real_commit(self, dbapi_connection)
            if id(getattr(dbapi_connection, "dbapi_connection", dbapi_connection)) in wrote:
                _sigkill_self()

        SQLiteDialect_pysqlite.do_commit = do_commit
    elif point == "before-rename":
        import iomdesk.services.exporter as exporter

        class _Os:
            def __getattr__(self, name):
                return getattr(os, name)

            def replace(self, src, dst):
                _sigkill_self()

        exporter.os = _Os()
    elif point != "none" and not point.startswith("sql:"):
        raise SystemExit(f"unknown kill point {point!r}")


if __name__ == "__main__":
    kill_point, sep, *iomdesk_args = sys.argv[1:]
    assert sep == "--", "usage: crashkit.py KILL_POINT -- IOMDESK ARGS..."
    _arm(kill_point)
    from iomdesk.app import main

    raise SystemExit(main(iomdesk_args))
