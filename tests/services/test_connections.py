"""The saved team database connection: what is opened in which order, where the password lives (the
keyring, never the settings file), and a directory that may only be read (a PostgreSQL role, a file)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url

from iomdesk.core.contact import ContactInput
from iomdesk.services import connections
from iomdesk.services.connections import KEYRING_SERVICE, SavedConnection
from iomdesk.services.context import AppContext
from iomdesk.store.db import READ_ONLY_MESSAGE, ReadOnlyDirectory
from tests.keyring_memory import memory_keyring, no_keyring  # noqa: F401

SECRET = "s3cret-Pw!"


def saved_for(pg_url: str) -> SavedConnection:
    u = make_url(pg_url)
    return SavedConnection(host=u.host or "", port=u.port or 5432, database=u.database or "", user=u.username or "")


def test_saved_connection_keeps_the_password_in_the_keyring_only(memory_keyring, tmp_path):  # noqa: F811
    conn = SavedConnection(host="db.example.org", port=5433, database="team", user="amina",
                           options={"sslmode": "require"})
    path = connections.save(conn)
    connections.store_password(conn, SECRET)
    assert SECRET not in path.read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["host"] == "db.example.org"
    assert memory_keyring.items == {(KEYRING_SERVICE, "amina@db.example.org:5433/team"): SECRET}
    assert connections.load() == conn
    choice = connections.choose(None)
    assert choice.source == "saved" and choice.password == SECRET
    assert SECRET not in choice.value and "sslmode=require" in choice.value
    connections.forget()
    assert connections.load() is None and memory_keyring.items == {}
    assert connections.choose(None).value is None  # the local file again


def test_db_argument_then_environment_then_saved_then_local(memory_keyring, monkeypatch, tmp_path):  # noqa: F811
    connections.save(SavedConnection(host="h", database="d", user="u"))
    assert connections.choose("x.sqlite3").value == "x.sqlite3"
    monkeypatch.setenv("IOMDESK_DB", str(tmp_path / "env.sqlite3"))
    assert connections.choose("x.sqlite3").source == "argument"
    assert connections.choose(None).value == str(tmp_path / "env.sqlite3")
    monkeypatch.delenv("IOMDESK_DB")
    assert connections.choose(None).source == "saved"


def test_without_a_keyring_the_password_is_asked_never_written(no_keyring, tmp_path):  # noqa: F811
    assert "no system keyring" in (connections.keyring_problem() or "")
    conn = SavedConnection(host="h", database="d", user="u", ask_password=True)
    path = connections.save(conn)
    asked = []
    choice = connections.choose(None, ask=lambda c: asked.append(c.key) or SECRET)
    assert asked == ["u@h:5432/d"] and choice.password == SECRET
    assert SECRET not in path.read_text(encoding="utf-8")
    assert [p.name for p in path.parent.iterdir() if p.is_file()] == ["connection.json"]


def test_a_damaged_settings_file_is_a_clear_error(tmp_path):
    connections.settings_path().write_text("{not json", encoding="utf-8")
    with pytest.raises(connections.ConnectionSettingsError, match="cannot be read"):
        connections.load()


def test_a_url_with_a_password_works_and_is_shown_without_it(pg):
    url = pg.new_database()
    with_pw = url.replace("postgres@", f"postgres:{SECRET}@")
    ctx = AppContext.open(with_pw)
    try:
        assert ctx.contacts.count() == 0
        assert SECRET not in ctx.db.shown_url and "***" in ctx.db.shown_url
        assert SECRET not in connections.directory_label(ctx.db.url)
    finally:
        ctx.close()
    assert not connections.settings_path().exists()  # never saved


def test_the_keyring_password_goes_to_the_driver_not_the_url(pg, memory_keyring):  # noqa: F811
    conn = saved_for(pg.new_database())
    connections.save(conn)
    connections.store_password(conn, SECRET)
    ctx = AppContext.open(None)
    try:
        seen = []
        event.listen(ctx.db.engine, "do_connect", lambda d, r, a, kw: seen.append(kw.get("password")))
        ctx.db.engine.dispose()
        ctx.contacts.count()
        assert seen == [SECRET]
        assert SECRET not in ctx.db.url
        assert connections.try_connection(conn, SECRET).startswith("Connected: an IOM Desk directory with 0")
    finally:
        ctx.close()


def test_try_connection_says_why_it_failed(pg):
    conn = SavedConnection(host="127.0.0.1", port=pg.port, database="no_such_db", user="postgres")
    with pytest.raises(connections.ConnectionSettingsError, match='database "no_such_db" does not exist'):
        connections.try_connection(conn, None)


# -- read-only ----------------------------------------------------------------------------------------
def read_only_role(pg, url: str) -> str:
    """A role that may only read the directory at ``url``; returns its URL."""
    name = make_url(url).database
    role = f"ro_{name}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {name} TO {role}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    engine.dispose()
    return url.replace("postgres@", f"{role}@")


@pytest.fixture
def team_read_only(pg):
    url = pg.new_database()
    writer = AppContext.open(url)
    writer.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"]))
    writer.close()
    reader = AppContext.open(read_only_role(pg, url))
    yield reader
    reader.close()


def test_a_read_only_role_opens_the_directory_read_only(team_read_only):
    ctx = team_read_only
    assert ctx.read_only and READ_ONLY_MESSAGE in (ctx.read_only_reason or "")
    assert [r.name for r in ctx.search.search("ana")] == ["Ana Kovač"]
    with pytest.raises(ReadOnlyDirectory, match="read-only access"):
        ctx.contacts.add(ContactInput(name="Someone New"))
    with pytest.raises(ReadOnlyDirectory):
        ctx.lists.create("Editors")
    with pytest.raises(ReadOnlyDirectory):
        ctx.contacts.delete_many([1])
    assert ctx.contacts.count() == 1


def test_the_database_refuses_a_write_that_skips_the_check(team_read_only):
    """Were the check at open skipped, the server's refusal is still the read-only message, not a bug."""
    ctx = team_read_only
    ctx.db.session_factory.kw["info"] = {}
    with pytest.raises(ReadOnlyDirectory, match="read-only access"):
        ctx.contacts.add(ContactInput(name="Someone New"))
    assert ctx.contacts.count() == 1


def test_a_writer_is_not_read_only(ctx):
    assert not ctx.read_only and ctx.read_only_reason is None


def test_cli_uses_the_saved_connection_and_refuses_writes_for_a_read_only_role(pg, memory_keyring, capsys):  # noqa: F811
    from iomdesk.app import main

    url = pg.new_database()
    writer = AppContext.open(url)
    writer.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    writer.close()
    ro_url = read_only_role(pg, url)
    conn = saved_for(ro_url)
    connections.save(conn)
    connections.store_password(conn, SECRET)
    assert main(["search", "ana"]) == 0
    assert "Ana Kovač" in capsys.readouterr().out
    assert main(["add", "--name", "Someone New"]) == 1
    err = capsys.readouterr().err
    assert "You have read-only access to this team directory" in err and "nothing was changed" in err
    assert main(["list", "create", "Editors"]) == 1
    assert "read-only access" in capsys.readouterr().err
    assert main(["--db", url, "search", ""]) == 0  # --db first: the writer's URL, one contact
    assert "Someone New" not in capsys.readouterr().out
