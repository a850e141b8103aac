"""Has anyone else changed the directory? A cheap question the window asks every few seconds, so a
colleague's edits (PostgreSQL) or another copy of the app on the same file (SQLite) show up without a
restart.

- SQLite: ``PRAGMA data_version`` on a connection of our own changes when any other connection
  commits (another process, or this app's other connections).
- PostgreSQL: a connection of our own ``LISTEN``s on ``iomdesk_changes``; revision 0009's triggers send
  it at every commit that wrote a table the window shows. Reading it does not touch the server.

The watcher never raises: a lost connection answers "no change" and is opened again at the next ask
(when the server is back), so a network cut costs nothing here.
"""

from __future__ import annotations

import logging
from typing import Any

from ..store.db import Database

log = logging.getLogger(__name__)

CHANNEL = "iomdesk_changes"


class ChangeWatcher:
    def __init__(self, db: Database):
        self.db = db
        self._raw: Any = None  # the driver's connection we hold (detached from the pool)
        self._version: int | None = None
        self.tables: set[str] = set()  # what changed, by table name (PostgreSQL; empty on SQLite)

    @property
    def backend(self) -> str:
        return self.db.engine.dialect.name

    def _open(self) -> None:
        pooled = self.db.engine.raw_connection()
        driver: Any = pooled.driver_connection
        pooled.detach()  # ours alone: never handed back to the pool with LISTEN on it
        if self.backend == "postgresql":
            driver.rollback()
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")
        else:
            cur = driver.cursor()
            cur.execute("PRAGMA data_version")
            self._version = cur.fetchone()[0]
            cur.close()
        self._raw = driver

    @property
    def connected(self) -> bool:
        """False after the connection was lost, until it is opened again (the server is back)."""
        return self._raw is not None

    def start(self) -> None:
        """Start watching (what others change from now on counts)."""
        try:
            self._open()
        except Exception as exc:  # the database is unreachable now: try again at the next ask
            log.info("change watcher not started: %s", type(exc).__name__)
            self.close()

    def changed(self, wait: float = 0.0) -> bool:
        """True when others committed changes since the last call (or since :meth:`start`).

        A notification travels from the server after the other commit; ``wait`` (seconds, PostgreSQL)
        waits that long for one to arrive. The window asks again every few seconds, so it never waits."""
        if self._raw is None:
            self.start()
            return False
        try:
            driver = self._raw
            if self.backend == "postgresql":
                seen = set()
                for note in driver.notifies(timeout=wait):
                    seen.add(note.payload)
                    break  # one is enough to know; the rest are read without waiting
                seen |= {n.payload for n in driver.notifies(timeout=0)}
                self.tables = seen
                return bool(seen)
            cur = driver.cursor()
            cur.execute("PRAGMA data_version")
            version = cur.fetchone()[0]
            cur.close()
            moved, self._version = version != self._version, version
            return moved
        except Exception as exc:  # connection lost: say nothing changed, reopen next time
            log.info("change watcher lost its connection: %s", type(exc).__name__)
            self.close()
            return False

    def close(self) -> None:
        if self._raw is not None:
            try:
                self._raw.close()
            except Exception:  # already broken
                pass
        self._raw = None
