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
