"""`iomdesk dnc / optout / export-my-data / erase / retention` end to end, with exit codes."""

from __future__ import annotations

import io
import json

import pytest

from iomdesk.app import main

from .cli_run import run


@pytest.fixture
def people(capsys, db_path) -> dict[str, str]:
    ids = {}
    for key, argv in {
        "amina": ["--name", "Amina Diop", "--office", "IOM Zimbabwe", "--email", "adiop@herald.co.zw"],
        "tendai": ["--name", "Tendai Moyo", "--office", "IOM Zimbabwe", "--email", "t.moyo@herald.co.zw",
                   "--phone", "+263 77 123 4567"],
    }.items():
        code, out, _ = run(capsys, db_path, "add", *argv)
        assert code == 0
        ids[key] = out.strip()
    return ids


def test_dnc_marks_shows_and_removes(capsys, db_path, people):
    code, _, err = run(capsys, db_path, "dnc", people["tendai"])
    assert code == 1 and "give a reason" in err
    code, out, _ = run(capsys, db_path, "dnc", people["tendai"], "--reason", "asked to be removed")
    assert code == 0 and "1 contact marked do not contact; 2 addresses and numbers added" in out
    code, out, _ = run(capsys, db_path, "show", people["tendai"])
    assert "Tendai Moyo  [DO NOT CONTACT]" in out and ": asked to be removed" in out
    code, out, _ = run(capsys, db_path, "search", "herald")
    assert "Tendai Moyo [DNC]" in out and "Amina Diop [DNC]" not in out
    code, out, _ = run(capsys, db_path, "show", people["tendai"], "--json")
    assert json.loads(out)["do_not_contact"] is True
    code, out, _ = run(capsys, db_path, "dnc", "--remove", people["tendai"])
    assert code == 0 and "taken off the suppression list" in out
    code, out, _ = run(capsys, db_path, "show", people["tendai"])
    assert "DO NOT CONTACT" not in out
    code, _, err = run(capsys, db_path, "dnc", "999", "--reason", "x")
    assert code == 1 and "999" in err


def test_optout_from_stdin(capsys, db_path, people, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(
        "From: MAILER-DAEMON@mail.iom.int\n<ADIOP@herald.co.zw>: 550 user unknown\nnew@elsewhere.org\n"))
    code, out, err = run(capsys, db_path, "optout", "-", "--reason", "bounced")
    assert code == 0
    assert f"marked #{people['amina']} Amina Diop" in out
    assert "not in the directory (suppressed): new@elsewhere.org" in out
    assert "ignored (a mail system's address): MAILER-DAEMON@mail.iom.int" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("no addresses here"))
    code, _, err = run(capsys, db_path, "optout", "--reason", "bounced")
    assert code == 1 and "no email address" in err


def test_export_my_data_json_text_and_file(capsys, db_path, people, tmp_path):
    code, out, _ = run(capsys, db_path, "export-my-data", people["tendai"], "--json")
    data = json.loads(out)
    assert code == 0 and data["contact"]["emails"] == ["t.moyo@herald.co.zw"] and data["records"]["phones"]
    code, out, _ = run(capsys, db_path, "export-my-data", people["tendai"])
    assert "Personal data held by IOM Desk about Tendai Moyo" in out and "+263 77 123 4567" in out
    target = tmp_path / "tendai.txt"
    code, _, err = run(capsys, db_path, "export-my-data", people["tendai"], "--text", "-o", str(target))
    assert code == 0 and "Tendai Moyo" in target.read_text(encoding="utf-8")
    code, _, err = run(capsys, db_path, "export-my-data", people["tendai"], "-o", str(db_path))
    assert code == 2 and "is a database" in err
    code, _, err = run(capsys, db_path, "export-my-data", "777")
    assert code == 1 and "777" in err


def test_erase_needs_yes_then_erases_and_audits(capsys, db_path, people):
    code, _, err = run(capsys, db_path, "erase", people["tendai"])
    assert code == 2 and "--yes" in err and "Nothing was erased" in err
    code, out, _ = run(capsys, db_path, "show", people["tendai"])
    assert code == 0
    code, out, _ = run(capsys, db_path, "erase", people["tendai"], "--yes")
    assert code == 0 and "1 contact erased for good" in out
    code, _, err = run(capsys, db_path, "show", people["tendai"])
    assert code == 1 and "does not exist" in err
    assert b"t.moyo@herald" not in db_path.read_bytes()
    # back in a CSV import: marked do not contact, and the summary says so
    csv_path = db_path.parent / "back.csv"
    csv_path.write_text("Name,Email\nTendai Moyo,T.Moyo@herald.co.zw\n", encoding="utf-8")
    code, out, _ = run(capsys, db_path, "import", str(csv_path))
    assert code == 0 and "1 contact was marked do not contact (on the suppression list): row 2" in out


def test_retention_setting_is_shared_and_json(capsys, db_path, people):
    code, out, err = run(capsys, db_path, "retention")
    assert code == 0 and "no contact is due" in err and "24 months" in err
    code, out, err = run(capsys, db_path, "retention", "--set-months", "6", "--json")
    assert code == 0 and json.loads(out) == {"months": 6, "due": []}
    code, out, _ = run(capsys, db_path, "retention", "--json")
    assert json.loads(out)["months"] == 6
    code, _, err = run(capsys, db_path, "retention", "--set-months", "0")
    assert code == 1 and "1 to 600" in err


def test_add_of_an_opted_out_address_is_marked_and_says_so(capsys, db_path):

    assert main(["--db", str(db_path), "add", "--name", "Ana", "--email", "ana@x.org"]) == 0
    assert main(["--db", str(db_path), "erase", "1", "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "add", "--name", "Ana again", "--email", "ANA@x.org"]) == 0
    added = capsys.readouterr()
    assert "on the suppression list" in added.err
    assert main(["--db", str(db_path), "show", added.out.strip()]) == 0
    assert "DO NOT CONTACT" in capsys.readouterr().out
