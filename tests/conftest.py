"""Test set-up: every test runs headless, with its own data folder, never the real home folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point every per-user path (data folder, QSettings, XDG, HOME) at a temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("IOMDESK_DATA_DIR", str(home / "iomdesk-data"))
    monkeypatch.delenv("IOMDESK_DB", raising=False)
    yield home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite3"


@pytest.fixture
def sqlite_ctx(db_path):
    """An AppContext (database + services) on a fresh SQLite file; also for a test about SQLite itself
    (its file, WAL, FTS5) in the folders whose ``ctx`` runs on both backends."""
    from iomdesk.services.context import AppContext

    context = AppContext.open(str(db_path))
    yield context
    context.close()


@pytest.fixture
def ctx(sqlite_ctx):
    """An AppContext on a fresh SQLite file (tests/services and tests/store run ``ctx`` on both
    backends: their conftest files make it ``backend_ctx``)."""
    return sqlite_ctx


@pytest.fixture(scope="session")
def pg():
    """One throw-away PostgreSQL server for the whole test run (tests/pg.py); each test asks it for a
    new database with ``pg.new_database()``. Skipped where the binaries are missing, a failure where
    IOMDESK_REQUIRE_POSTGRES is set (CI)."""
    from tests.pg import TempPostgres

    server = TempPostgres()
    if not server.available:
        if os.environ.get("IOMDESK_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) not found but IOMDESK_REQUIRE_POSTGRES is set")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed on this machine")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def stoppable_server(pg):
    """A PostgreSQL server of its own for one test, which it can kill (``pg_ctl stop -m immediate``) and
    bring back (tests/pg_stop.py); ``pg`` first, so it skips or fails as the other PostgreSQL tests do."""
    from tests.pg_stop import StoppableServer

    server = StoppableServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_ctx(request, db_path):
    """An AppContext on a fresh SQLite file, then on a fresh PostgreSQL database: a test module runs on
    both backends by defining ``ctx`` as this fixture."""
    from iomdesk.services.context import AppContext

    url = str(db_path) if request.param == "sqlite" else request.getfixturevalue("pg").new_database(migrated=True)
    context = AppContext.open(url)
    yield context
    context.close()


@pytest.fixture
def colleague(ctx):
    """A second person: another AppContext (its own engine and sessions) on ``ctx``'s database."""
    from iomdesk.services.context import AppContext

    other = AppContext.open(ctx.db.url)
    yield other
    other.close()


@pytest.fixture
def pools_started(monkeypatch):
    """The import's worker pools started during the test, in order (the real pools, counted)."""
    from iomdesk.services.importing import plan
    from iomdesk.services.importing import pool as import_pool

    started: list = []

    class Counted(import_pool.ValidatorPool):
        def __init__(self, *args):
            super().__init__(*args)
            started.append(self)

    monkeypatch.setattr(plan, "ValidatorPool", Counted)
    return started
