"""`iomdesk search` lists names in the collation order the table shows, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from iomdesk.app import main

ADDED = ["王小明", "Zoë Kravitz", "محمد عبد الله", "Łukasz Nowak", "de la Cruz", "Dean Jones", "Lukas Meyer",
         "Zoe Ball", "김민준", "Ábel Nagy", "Adam Smith"]
EXPECTED = ["Ábel Nagy", "Adam Smith", "de la Cruz", "Dean Jones", "Lukas Meyer", "Łukasz Nowak", "Zoe Ball",
            "Zoë Kravitz", "محمد عبد الله", "김민준", "王小明"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, db_path):
    if request.param == "sqlite":
        return str(db_path)
    return request.getfixturevalue("pg").new_database(migrated=True)


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_lists_names_in_collation_order(capsys, db):
    for name in ADDED:
        assert run(capsys, "--db", db, "add", "--name", name)[0] == 0
    code, out, _ = run(capsys, "--db", db, "search", "--json")
    assert code == 0
    assert [c["name"] for c in json.loads(out)] == EXPECTED
    code, out, _ = run(capsys, "--db", db, "search")
    lines = out.splitlines()[2:]  # the header and its rule
    assert [line.split(None, 1)[1].strip() for line in lines] == EXPECTED
    # A word query keeps the order among its matches.
    code, out, _ = run(capsys, "--db", db, "search", "lu", "--json")
    assert [c["name"] for c in json.loads(out)] == ["Lukas Meyer", "Łukasz Nowak"]
