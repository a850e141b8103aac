"""The store tests run on both backends: ``ctx`` is an AppContext on a fresh SQLite file, then on a
fresh PostgreSQL database (``backend_ctx`` in tests/conftest.py). Tests about SQLite itself (its file,
WAL, FTS5, backups of the .sqlite file, worker pools reading a file) use ``sqlite_ctx`` (tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def ctx(backend_ctx):
    return backend_ctx
