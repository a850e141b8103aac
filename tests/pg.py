"""A throw-away PostgreSQL server for tests, started from the machine's own PostgreSQL binaries.

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    def __init__(self) -> None:
        self.initdb = find_bin("initdb")
        self.pg_ctl = find_bin("pg_ctl")
        self.dir = Path(tempfile.mkdtemp(prefix="iomdesk-pg-"))
        self.port = _free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            self.prefix = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.dir, 0o777)

    @property
    def available(self) -> bool:
        return bool(self.initdb and self.pg_ctl) and (not self.prefix or shutil.which("runuser") is not None)

    def start(self) -> None:
        data = self.dir / "data"
        run = self.prefix
        subprocess.run(run + [self.initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"],
                       check=True, capture_output=True, timeout=120)
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(run + [self.pg_ctl, "-D", str(data), "-o", opts, "-l", str(self.dir / "log"), "-w", "start"],
                       check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        subprocess.run(self.prefix + [self.pg_ctl, "-D", str(self.dir / "data"), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self, migrated: bool = False) -> str:
        """A new, empty database; ``migrated``: with the app's schema already in it (a copy of a template
        database migrated once per server: CREATE DATABASE ... TEMPLATE is a file copy, about ten times
        faster than running the migrations for every test)."""
        from sqlalchemy import create_engine

        name = "t_" + uuid.uuid4().hex[:12]
        template = self._migrated_template() if migrated else None
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        engine.dispose()
        return self.url(name)

    _template: str | None = None

    def _migrated_template(self) -> str:
        if self._template is None:
            from iomdesk.store.db import open_database

            name = "t_template_migrated"
            url = self.new_database()
            from sqlalchemy import create_engine

            engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
            with engine.connect() as conn:
                conn.exec_driver_sql(f"ALTER DATABASE {url.rsplit('/', 1)[1]} RENAME TO {name}")
            engine.dispose()
            db = open_database(self.url(name))  # migrated to the head revision, then left alone
            db.dispose()
            self._template = name
        return self._template
