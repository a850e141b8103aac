"""Revision 0011: every contact already stored gets its collation key, on SQLite and PostgreSQL, and the
names then list in the expected order; a downgrade takes the column away again."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from iomdesk.core.collation import collation_key
from iomdesk.store import db as dbmod
from iomdesk.store.db import make_engine, upgrade

NAMES = ["王小明", "Zoë Kravitz", "Łukasz Nowak", "محمد عبد الله", "Adam Smith", "de la Cruz", "Dean Jones",
         "Ørsted Hansen", "김민준", "Æsa Jónsdóttir"]
EXPECTED = ["Adam Smith", "Æsa Jónsdóttir", "de la Cruz", "Dean Jones", "Łukasz Nowak", "Ørsted Hansen",
            "Zoë Kravitz", "محمد عبد الله", "김민준", "王小明"]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, db_path):
    if request.param == "sqlite":
        return f"sqlite:///{db_path}"
    return request.getfixturevalue("pg").new_database()


def _revision_module():
    import importlib.util

    path = dbmod.MIGRATIONS_DIR / "versions" / "0011_contact_sort_key.py"
    spec = importlib.util.spec_from_file_location("rev0011", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _insert_old(conn, names) -> None:
    for i, name in enumerate(names, start=1):
        conn.execute(text(
            "INSERT INTO contacts (id, name, name_key, role, notes, search_text, created_at, updated_at,"
            " version) VALUES (:i, :n, :k, '', '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"),
            {"i": i, "n": name, "k": name.lower()})


def test_upgrade_to_0011_fills_every_key_and_orders_the_names(url):
    engine = make_engine(url)
    try:
        upgrade(engine, "0010")
        with engine.begin() as conn:
            _insert_old(conn, NAMES)
        upgrade(engine, "0011")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name, sort_key FROM contacts ORDER BY sort_key, id")).all()
            assert [r[0] for r in rows] == EXPECTED
            assert all(bytes(r[1]) == collation_key(r[0]) for r in rows)
            indexes = {ix["name"]: ix["column_names"] for ix in inspect(conn).get_indexes("contacts")}
        assert indexes["ix_contacts_sort_key"] == ["sort_key", "id"]
        if engine.dialect.name == "sqlite":  # the search's covering walk index follows the new order
            assert indexes["ix_contacts_walk"][:2] == ["sort_key", "id"]
        from alembic import command

        command.downgrade(dbmod.alembic_config(engine), "0010")
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("contacts")}
            assert "sort_key" not in columns
            assert conn.execute(text("SELECT count(*) FROM contacts")).scalar() == len(NAMES)
    finally:
        engine.dispose()



def test_the_backfill_walks_every_chunk(db_path, monkeypatch):
    """More contacts than one chunk of the backfill: none is left with the empty default."""
    rev = _revision_module()
    monkeypatch.setattr(rev, "CHUNK", 3)
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        upgrade(engine, "0011")
        with engine.begin() as conn:
            _insert_old(conn, NAMES)
            conn.execute(text("UPDATE contacts SET sort_key = X''"))
            assert rev.backfill(conn) == len(NAMES)
            rows = conn.execute(text("SELECT name, sort_key FROM contacts")).all()
        assert all(bytes(k) == collation_key(n) for n, k in rows)
    finally:
        engine.dispose()
