"""`iomdesk list ...` end to end: create, add, remove, show, rename, delete, export; exit codes."""

from __future__ import annotations

import csv
import json

import pytest

from iomdesk.app import main

from .cli_run import run


@pytest.fixture
def people(capsys, db_path) -> dict[str, str]:
    ids = {}
    for key, argv in {
        "amina": ["--name", "Amina Diop", "--office", "IOM Zimbabwe", "--email", "adiop@herald.co.zw",
                  "--tag", "press"],
        "tendai": ["--name", "Tendai Moyo", "--office", "IOM Zimbabwe"],
        "fatou": ["--name", "Fatou Sow", "--office", "OIM Sénégal", "--tag", "radio"],
    }.items():
        code, out, _ = run(capsys, db_path, "add", *argv)
        assert code == 0
        ids[key] = out.strip()
    return ids


def test_a_list_made_filled_shown_renamed_and_deleted(capsys, db_path, people):
    code, out, err = run(capsys, db_path, "list", "create", "Zimbabwe media")
    assert code == 0 and out.strip().isdigit() and "'Zimbabwe media' created" in err
    code, _, err = run(capsys, db_path, "list", "add", "zimbabwe media", people["amina"], people["tendai"])
    assert code == 0 and "2 contacts added to 'Zimbabwe media'; it has 2 contacts" in err
    code, _, err = run(capsys, db_path, "list", "add", "Zimbabwe media", people["amina"])
    assert code == 0 and "0 contacts added" in err  # already on it: nothing twice
    code, out, _ = run(capsys, db_path, "list", "show", "Zimbabwe media")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Name", "Office", "Country", "Phone", "Email"]
    assert [line.split()[1] for line in lines[2:]] == ["Amina", "Tendai"]
    code, out, _ = run(capsys, db_path, "list", "show", "Zimbabwe media", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Amina Diop", "Tendai Moyo"]
    code, out, err = run(capsys, db_path, "list", "show", "Zimbabwe media", "--limit", "1")
    assert len(out.splitlines()) == 3 and "1 of 2 shown" in err

    code, _, err = run(capsys, db_path, "list", "remove", "Zimbabwe media", people["tendai"])
    assert code == 0 and "1 contact removed" in err and "it has 1 contact" in err
    code, _, err = run(capsys, db_path, "list", "rename", "Zimbabwe media", "Harare desk")
    assert code == 0 and "renamed to 'Harare desk'" in err
    code, out, _ = run(capsys, db_path, "list", "show", "--json")
    assert json.loads(out) == [{"id": 1, "name": "Harare desk", "smart": False, "count": 1}]
    code, _, err = run(capsys, db_path, "list", "delete", "Harare desk")
    assert code == 0 and "its 1 contact stay" in err
    code, out, _ = run(capsys, db_path, "search", "--json")
    assert len(json.loads(out)) == 3  # the contacts stayed
    code, out, err = run(capsys, db_path, "list", "show")
    assert code == 0 and out == "" and "no lists yet" in err


def test_smart_lists_the_list_filter_and_adding_a_search(capsys, db_path, people):
    code, _, err = run(capsys, db_path, "list", "create", "Press", "--query", "tag:press")
    assert code == 0 and "smart list 'Press' created (1 contact now)" in err
    assert run(capsys, db_path, "list", "create", "Desk")[0] == 0
    code, _, err = run(capsys, db_path, "list", "add", "Desk", "--query", "office:zimbabwe")
    assert code == 0 and "2 contacts added" in err
    code, out, _ = run(capsys, db_path, "list", "show")
    assert out.splitlines()[0].split() == ["Name", "Contacts", "Search"]
    assert [line.split() for line in out.splitlines()[2:]] == [["Desk", "2"], ["Press", "1", "tag:press"]]
    code, out, _ = run(capsys, db_path, "search", "list:Desk tendai", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Tendai Moyo"]
    # the smart list follows the data
    run(capsys, db_path, "add", "--name", "Zanele Dube", "--tag", "press")
    code, out, _ = run(capsys, db_path, "list", "show", "Press", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Amina Diop", "Zanele Dube"]
    code, _, err = run(capsys, db_path, "list", "add", "Press", people["fatou"])
    assert code == 1 and "is a smart list" in err


def test_export_writes_the_list_members(capsys, db_path, people, tmp_path):
    run(capsys, db_path, "list", "create", "Médias")
    run(capsys, db_path, "list", "add", "Médias", people["fatou"], people["amina"])
    target = tmp_path / "medias.csv"
    code, _, err = run(capsys, db_path, "list", "export", "medias", str(target))
    assert code == 0 and f"2 contacts of 'Médias' written to {target}" in err
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["Name"] for r in rows) == ["Amina Diop", "Fatou Sow"]
    vcf = tmp_path / "medias.vcf"
    code, _, _ = run(capsys, db_path, "list", "export", "Médias", str(vcf))
    assert code == 0 and vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2


@pytest.mark.parametrize("argv, code, message", [
    (["list", "add", "Nope", "1"], 1, "list 'Nope' does not exist"),
    (["list", "add", "Desk", "999"], 1, "contact 999 does not exist"),
    (["list", "add", "Desk"], 2, "give contact ids or --query"),
    (["list", "add", "Desk", "1", "--query", "x"], 2, "give contact ids or --query"),
    (["list", "create", "desk"], 1, "a list named 'Desk' already exists"),
    (["list", "create", "  "], 1, "a list needs a name"),
    (["list", "create", "Loop", "--query", "list:Loop"], 1, "refers to itself"),
    (["list", "show", "Desk", "--limit", "0"], 2, "--limit must be at least 1"),
    (["list", "export", "Nope", "x.csv"], 1, "list 'Nope' does not exist"),
])
def test_errors_exit_as_the_other_commands(capsys, db_path, people, argv, code, message):
    assert run(capsys, db_path, "list", "create", "Desk")[0] == 0
    got, out, err = run(capsys, db_path, *argv)
    assert got == code and message in err and out == ""
    code2, out, _ = run(capsys, db_path, "list", "show", "--json")
    assert [i["name"] for i in json.loads(out)] == ["Desk"] and json.loads(out)[0]["count"] == 0


def test_a_list_action_is_required(capsys, db_path):
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "list"])
    assert info.value.code == 2


def test_deleting_a_list_warns_of_the_smart_lists_that_name_it(capsys, db_path, people):
    run(capsys, db_path, "list", "create", "Zimbabwe media")
    run(capsys, db_path, "list", "add", "Zimbabwe media", people["amina"])
    run(capsys, db_path, "list", "create", "Harare press", "--query", "list:'Zimbabwe media'")
    run(capsys, db_path, "list", "create", "Harare wires", "--query", 'list:"Zimbabwe media"')
    code, _, err = run(capsys, db_path, "list", "delete", "Zimbabwe media")
    assert code == 0 and "its 1 contact stay" in err
    assert "the smart list 'Harare wires' names it in its search and now finds nobody" in err


def test_a_list_export_leaves_out_do_not_contact_unless_asked(capsys, db_path, people, tmp_path):
    """A list exported for a mail tool must not carry those who asked to be left alone."""
    run(capsys, db_path, "list", "create", "Wires")
    run(capsys, db_path, "list", "add", "Wires", *people.values())
    run(capsys, db_path, "dnc", people["amina"], "--reason", "asked to be removed")
    for fmt, name in (("csv", "wires.csv"), ("outlook", "wires-outlook.csv"), ("vcard", "wires.vcf")):
        out = tmp_path / name
        code, _, err = run(capsys, db_path, "list", "export", "Wires", str(out), "--format", fmt)
        assert code == 0 and "2 contacts of 'Wires' written" in err
        assert "1 marked do not contact left out: Amina Diop" in err
        text = out.read_text(encoding="utf-8-sig")
        assert "adiop@herald.co.zw" not in text and "Amina" not in text and "Tendai" in text
    out = tmp_path / "all.csv"
    code, _, err = run(capsys, db_path, "list", "export", "Wires", str(out), "--include-do-not-contact")
    assert code == 0 and "3 contacts of 'Wires' written" in err
    assert len(list(csv.DictReader(out.open(encoding="utf-8-sig")))) == 3
