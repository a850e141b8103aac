"""`iomdesk backup FILE` and `iomdesk restore FILE`; the automatic backup before `import --on-duplicate update`."""

import json
import sqlite3
from pathlib import Path

from iomdesk.app import main
from iomdesk.services.backup import BackupResult


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def seed(capsys, db):
    for args in (
        ("--name", "Knowledge Mareyanadzo", "--office", "IOM Zimbabwe", "--phone", "+ 263 4 33 50 44",
         "--email", "kmareyanadzo@iom.int", "--tag", "media"),
        ("--name", "José Núñez", "--office", "OIM Ecuador", "--email", "jnunez@iom.int"),
    ):
        assert run(capsys, "--db", db, "add", *args)[0] == 0


def test_backup_then_restore_into_an_empty_file(capsys, tmp_path):
    live, saved, fresh = tmp_path / "live.sqlite3", tmp_path / "saved.sqlite3", tmp_path / "fresh.sqlite3"
    seed(capsys, live)
    code, out, err = run(capsys, "--db", live, "backup", saved)
    assert (code, err) == (0, "")
    assert out.strip() == f"Backed up 2 contacts, 0 articles to {saved}"
    code, out, err = run(capsys, "--db", fresh, "restore", saved)
    assert code == 0, err
    assert out.startswith(f"Restored 2 contacts, 0 articles from {saved} (1 phone, 2 emails, 2 offices, 1 tag")
    assert "every row verified" in out
    _, live_json, _ = run(capsys, "--db", live, "search", "--json")
    _, fresh_json, _ = run(capsys, "--db", fresh, "search", "--json")
    assert json.loads(fresh_json) == json.loads(live_json) and len(json.loads(fresh_json)) == 2
    code, out, _ = run(capsys, "--db", fresh, "search", "jose nunez", "--json")
    assert [c["name"] for c in json.loads(out)] == ["José Núñez"]


def test_summary_counts_use_thousands_separators():
    result = BackupResult(Path("b.sqlite3"), {"contacts": 1234, "articles": 56})
    assert result.summary() == "Backed up 1,234 contacts, 56 articles to b.sqlite3"


def test_refusals_exit_2_with_a_clear_message_and_change_nothing(capsys, tmp_path):
    live, saved = tmp_path / "live.sqlite3", tmp_path / "saved.sqlite3"
    seed(capsys, live)
    assert run(capsys, "--db", live, "backup", saved)[0] == 0
    text_file = tmp_path / "contacts.csv"
    text_file.write_text("name,email\nAna,a@iom.int\n", encoding="utf-8")
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(saved.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    cases = [
        (("--db", tmp_path / "a.sqlite3", "restore", text_file), "is not an IOM Desk backup"),
        (("--db", tmp_path / "b.sqlite3", "restore", tmp_path / "missing.sqlite3"), "does not exist"),
        (("--db", tmp_path / "c.sqlite3", "restore", newer), "made by a newer IOM Desk (schema 9999)"),
        (("--db", live, "restore", saved), "restore goes into an empty directory"),
        (("--db", live, "backup", live), "own database file"),
        (("--db", live, "backup", text_file), "not overwritten"),
    ]
    for argv, message in cases:
        code, out, err = run(capsys, *argv)
        assert code == 2, (argv, out, err)
        assert out == ""
        assert err.startswith("error: ") and message in err, err
        assert "Traceback" not in err
    assert text_file.read_text(encoding="utf-8") == "name,email\nAna,a@iom.int\n"
    _, out, _ = run(capsys, "--db", live, "search", "--json")
    assert len(json.loads(out)) == 2
    for name in ("a.sqlite3", "c.sqlite3"):
        _, out, _ = run(capsys, "--db", tmp_path / name, "search", "--json")
        assert json.loads(out) == []


def test_import_that_updates_contacts_backs_up_first(capsys, tmp_path):
    live = tmp_path / "live.sqlite3"
    seed(capsys, live)
    csv = tmp_path / "update.csv"
    csv.write_text("Name,Email,Title\nKnowledge Mareyanadzo,kmareyanadzo@iom.int,Senior Media Officer\n",
                   encoding="utf-8")
    code, out, err = run(capsys, "--db", live, "import", csv, "--on-duplicate", "skip")
    assert code == 0
    assert list(tmp_path.glob("live.backup-*")) == []
    code, out, err = run(capsys, "--db", live, "import", csv, "--on-duplicate", "update", "--dry-run")
    assert list(tmp_path.glob("live.backup-*")) == []
    code, out, err = run(capsys, "--db", live, "import", csv, "--on-duplicate", "update")
    assert code == 0, err
    (saved,) = tmp_path.glob("live.backup-before-import-*.sqlite3")
    assert f"the directory was backed up to {saved} before the import" in err
    assert "updated 1" in out
    # The backup holds the directory as it was before the update.
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT role FROM contacts WHERE name = 'Knowledge Mareyanadzo'").fetchone() == ("",)
    conn.close()
    _, out, _ = run(capsys, "--db", live, "show", "1", "--json")
    assert json.loads(out)["role"] == "Senior Media Officer"


def test_import_stops_when_its_backup_cannot_be_written(capsys, tmp_path, monkeypatch):
    live = tmp_path / "live.sqlite3"
    seed(capsys, live)
    csv = tmp_path / "update.csv"
    csv.write_text("Name,Email,Title\nKnowledge Mareyanadzo,kmareyanadzo@iom.int,Senior Media Officer\n",
                   encoding="utf-8")
    from iomdesk.services import backup

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "make_automatic_backup", full)
    code, out, err = run(capsys, "--db", live, "import", csv, "--on-duplicate", "update")
    assert code == 2
    assert "No space left on device" in err and "nothing was imported" in err
    _, out, _ = run(capsys, "--db", live, "show", "1", "--json")
    assert json.loads(out)["role"] == ""
