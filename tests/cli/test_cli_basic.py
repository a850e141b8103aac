import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iomdesk.app import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_seed_contact_added_and_found_by_name(capsys, db_path):
    code, out, err = run(
        capsys, "--db", str(db_path), "add", "--name", "Knowledge Mareyanadzo", "--office", "IOM Zimbabwe",
        "--phone", "+ 263 4 33 50 44", "--email", "kmareyanadzo@iom.int",
    )
    assert code == 0
    assert out.strip() == "1"
    assert "not valid under today's numbering plan" in err
    code, out, _ = run(capsys, "--db", str(db_path), "search", "mareyanadzo", "--json")
    assert code == 0
    (found,) = json.loads(out)
    assert found["name"] == "Knowledge Mareyanadzo"
    assert found["country"] == "ZW"
    assert found["phones"] == [
        {"raw": "+ 263 4 33 50 44", "e164": "+2634335044", "display": "+263 4335044", "valid": False, "kind": "work"}
    ]
    assert found["emails"] == ["kmareyanadzo@iom.int"]
    assert set(found) == {"id", "name", "role", "office", "country", "phones", "emails", "tags", "articles",
                          "languages", "beats", "do_not_contact", "dnc_reason", "source", "lawful_basis", "review_date"}


def test_readable_table_marks_unverified_numbers(capsys, db_path):
    run(capsys, "--db", str(db_path), "add", "--name", "Knowledge Mareyanadzo", "--office", "IOM Zimbabwe",
        "--phone", "+ 263 4 33 50 44")
    code, out, _ = run(capsys, "--db", str(db_path), "search", "MAREYANADZO")
    assert code == 0
    assert "Knowledge Mareyanadzo" in out and "+2634335044 (unverified)" in out and "ZW" in out


def test_invalid_input_prints_every_error_exits_1_and_stores_nothing(capsys, db_path):
    code, out, err = run(
        capsys, "--db", str(db_path), "add", "--name", "Ana", "--phone", "call me", "--email", "bad@",
    )
    assert code == 1
    assert out == ""
    assert "phones[0]" in err and "call me" in err
    assert "emails[0]" in err and "bad@" in err
    code, out, _ = run(capsys, "--db", str(db_path), "search", "--json")
    assert json.loads(out) == []


def test_country_option_is_the_default_region(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "add", "--name", "Jane Doe", "--country", "US",
                       "--phone", "212.555.0142")
    assert code == 0
    code, out, _ = run(capsys, "--db", str(db_path), "show", out.strip(), "--json")
    assert json.loads(out)["phones"][0]["e164"] == "+12125550142"


def test_show_readable_and_missing(capsys, db_path):
    run(capsys, "--db", str(db_path), "add", "--name", "Ana Kovač", "--office", "IOM Croatia",
        "--phone", "+385 1 4816 774", "--tag", "press")
    code, out, _ = run(capsys, "--db", str(db_path), "show", "1")
    assert code == 0
    assert "Ana Kovač" in out and "Croatia (HR)" in out and "+385 1 4816 774" in out and "press" in out
    code, _, err = run(capsys, "--db", str(db_path), "show", "99")
    assert code == 1 and "does not exist" in err


def test_search_limit(capsys, db_path):
    for i in range(5):
        run(capsys, "--db", str(db_path), "add", "--name", f"Person {i}", "--office", "IOM Kenya")
    code, out, err = run(capsys, "--db", str(db_path), "search", "person", "--json", "--limit", "2")
    assert len(json.loads(out)) == 2
    code, out, err = run(capsys, "--db", str(db_path), "search", "person", "--limit", "2")
    assert "2 of 5" in err


def test_usage_error_exits_2(capsys, db_path):
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "add"])
    assert info.value.code == 2
    code, _, err = run(capsys, "--db", str(db_path), "search", "x", "--limit", "0")
    assert code == 2


def test_unreadable_database_exits_2(capsys, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database " * 100)
    code, _, err = run(capsys, "--db", str(bad), "search", "x")
    assert code == 2 and "cannot open" in err


def test_iomdesk_db_environment_variable(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("IOMDESK_DB", str(tmp_path / "env.sqlite3"))
    assert run(capsys, "add", "--name", "Env Person")[0] == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_main_py_runs_the_cli_in_a_real_process(tmp_path):
    env = {**os.environ, "IOMDESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "add", "--name", "Ana Kovač", "--office", "IOM Croatia"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    assert (tmp_path / "data" / "iomdesk.sqlite3").exists()


def test_every_cli_command_is_known_to_the_gui_start_check():
    """app.COMMANDS decides whether the CLI modules are loaded; it must name every subcommand."""
    from iomdesk.app import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)


def test_starting_the_gui_does_not_load_cli_modules(monkeypatch):
    import sys

    import iomdesk.app as app

    called = {}
    monkeypatch.setattr("iomdesk.ui.application.run_gui", lambda db: called.setdefault("db", db) and 0)
    for name in [m for m in sys.modules if m.startswith("iomdesk.cli")]:
        monkeypatch.delitem(sys.modules, name)
    app.main(["--db", "x.sqlite3"])
    assert called == {"db": "x.sqlite3"}
    assert not [m for m in sys.modules if m.startswith("iomdesk.cli")]


def test_huge_numbers_are_usage_errors_not_crashes(capsys, db_path):
    for argv in (["show", "99999999999999999999"], ["search", "x", "--limit", "99999999999999999999"]):
        with pytest.raises(SystemExit) as info:
            main(["--db", str(db_path), *argv])
        assert info.value.code == 2
        assert "too large" in capsys.readouterr().err


def test_a_read_only_database_is_reported_with_exit_1(capsys, db_path, monkeypatch):
    from sqlalchemy import event

    from iomdesk.store import db as dbmod

    assert run(capsys, "--db", str(db_path), "add", "--name", "First")[0] == 0
    real = dbmod.make_engine

    def read_only_engine(url):
        engine = real(url)
        event.listen(engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only = ON"))
        return engine

    monkeypatch.setattr(dbmod, "make_engine", read_only_engine)
    code, _out, err = run(capsys, "--db", str(db_path), "add", "--name", "Second")
    assert code == 1  # issue 13: a directory that may only be read is exit 1, saying so
    assert "read-only access" in err and "Traceback" not in err


def test_ctrl_c_during_a_command_is_one_line_and_exit_130(capsys, db_path, monkeypatch):
    # Ctrl+C during a long import printed a 40-line traceback from inside SQLAlchemy (nothing was stored).
    from iomdesk.cli import base

    def interrupted(ctx, args):
        raise KeyboardInterrupt

    monkeypatch.setitem(base.COMMANDS, "search", interrupted)
    try:
        code, out, err = run(capsys, "--db", str(db_path), "search", "x")
    except KeyboardInterrupt:
        pytest.fail("Ctrl+C escaped the CLI as a traceback")
    assert code == 130
    assert err == "interrupted: what the command had not finished was not stored\n"
