"""`iomdesk [--db SRC] copy --to URL` end to end: the report, JSON, duplicates, dry run, exit codes, and the
target's password never printed."""

from __future__ import annotations

import json

import pytest

from iomdesk.app import main
from iomdesk.services.context import AppContext


def run(capsys, db, *argv):
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def personal(capsys, tmp_path):
    db = tmp_path / "personal.sqlite3"
    for argv in (["--name", "Amina Diop", "--office", "IOM Zimbabwe", "--email", "adiop@herald.co.zw"],
                 ["--name", "Tendai Moyo", "--office", "IOM Zimbabwe", "--phone", "+263 77 212 3456"]):
        assert run(capsys, db, "add", *argv)[0] == 0
    assert run(capsys, db, "list", "create", "Zimbabwe media")[0] == 0
    assert run(capsys, db, "list", "add", "Zimbabwe media", "1", "2")[0] == 0
    return db


def test_copy_into_a_new_sqlite_file_then_again(capsys, personal, tmp_path):
    team = tmp_path / "team.sqlite3"
    code, out, err = run(capsys, personal, "copy", "--to", str(team))
    assert code == 0, err
    assert out.startswith(f"copied into {team}: contacts: added 2, updated 0, skipped 0")
    assert "lists: added 1" in out and "(2 members added)" in out
    code, out, err = run(capsys, personal, "copy", "--to", str(team))
    assert code == 0 and "contacts: added 0, updated 0, skipped 2" in out
    assert "duplicate: Amina Diop: skipped: same email adiop@herald.co.zw" in err
    ctx = AppContext.open(str(team))
    try:
        assert ctx.contacts.count() == 2 and ctx.lists.get("Zimbabwe media").count == 2
    finally:
        ctx.close()


def test_copy_json_and_dry_run_to_postgresql(capsys, personal, pg):
    url = pg.new_database()
    code, out, _ = run(capsys, personal, "copy", "--to", url, "--dry-run", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["dry_run"] and report["added"] == 2 and not report["stored"]
    code, out, _ = run(capsys, personal, "copy", "--to", url, "--json", "--on-duplicate", "update")
    report = json.loads(out)
    assert code == 0 and report["stored"] and report["added"] == 2 and report["lists_added"] == 1
    ctx = AppContext.open(url)
    try:
        assert sorted(r.name for r in ctx.search.search("")) == ["Amina Diop", "Tendai Moyo"]
    finally:
        ctx.close()


def test_copy_onto_itself_exits_2_and_writes_nothing(capsys, personal):
    code, out, err = run(capsys, personal, "copy", "--to", str(personal))
    assert code == 2 and out == ""
    assert "the target is the directory being copied" in err and "nothing was copied" in err


def test_an_unreachable_server_exits_2_without_showing_the_password(capsys, personal):
    url = "postgresql+psycopg://team:S3cretPass@127.0.0.1:9/directory?connect_timeout=2"
    code, out, err = run(capsys, personal, "copy", "--to", url)
    assert code == 2 and out == ""
    assert "S3cretPass" not in err and err.startswith("error:")


def test_an_unknown_duplicate_policy_is_a_usage_error(capsys, personal, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(personal), "copy", "--to", str(tmp_path / "t.sqlite3"), "--on-duplicate", "merge"])
    assert exc.value.code == 2
