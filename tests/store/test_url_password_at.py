"""A password typed with an unescaped "@" in a --db / IOMDESK_DB URL: SQLAlchemy then reads the part of the
password after the "@" as the start of the host name, and "hiding the password" hid only the part before it.
The rest of the password must appear in no message; the user is told how to write it."""

import pytest

from iomdesk.app import main
from iomdesk.store.db import DatabaseError, open_database

URL = "postgresql+psycopg://alice:p@ssw0rd!42@127.0.0.1:1/team"


def test_open_refuses_an_unescaped_at_in_the_password_without_showing_it():
    with pytest.raises(DatabaseError) as info:
        open_database(URL)
    message = str(info.value)
    assert "ssw0rd" not in message
    assert "%40" in message  # how to write it
    assert "alice" in message and "127.0.0.1" in message  # which connection


def test_cli_error_shows_no_part_of_the_password(capsys):
    assert main(["--db", URL, "search", "x"]) != 0
    out = capsys.readouterr()
    assert "ssw0rd" not in out.out + out.err
    assert "%40" in out.err


# libpq also takes the password as a URL option: postgresql://alice@host/team?password=...
QUERY_URL = "postgresql+psycopg://alice@127.0.0.1:1/team?sslmode=disable&password=Hunter2secret"


def test_a_password_given_as_an_option_is_hidden_too():
    from iomdesk.services.connections import shown_url
    from iomdesk.services.copying import display_url as shown_target
    from iomdesk.store.db import hidden_password

    for shown in (hidden_password(QUERY_URL), shown_url(QUERY_URL), shown_target(QUERY_URL)):
        assert "Hunter2secret" not in shown
        assert "alice@127.0.0.1:1/team" in shown and "sslmode=disable" in shown


def test_cli_error_hides_a_password_given_as_an_option(capsys):
    assert main(["--db", QUERY_URL, "search", "x"]) != 0
    out = capsys.readouterr()
    assert "Hunter2secret" not in out.out + out.err and "alice@127.0.0.1:1/team" in out.err


def test_the_connect_dialog_never_saves_a_password_option():
    from iomdesk.services import connections

    saved = connections.SavedConnection(host="127.0.0.1", port=5432, database="team", user="alice",
                                        options={"sslmode": "require", "password": "Hunter2secret"})
    connections.save(saved)
    text = connections.settings_path().read_text(encoding="utf-8")
    assert "Hunter2secret" not in text and "sslmode" in text


def test_an_open_directory_never_shows_its_password_in_its_repr(pg):
    """Tracebacks, debuggers and logs print objects: the Database (and so the AppContext) keeps the URL,
    with its password, out of its repr."""
    from iomdesk.services.context import AppContext

    url = pg.new_database(migrated=True).replace("postgres@", "postgres:Hunter2secret@")
    ctx = AppContext.open(url)
    try:
        assert "Hunter2secret" not in repr(ctx.db) and "Hunter2secret" not in repr(ctx)
        assert ctx.db.shown_url in repr(ctx.db)  # still says which database
    finally:
        ctx.close()
