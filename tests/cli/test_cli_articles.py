"""`iomdesk import-article`: JSON contract, saving, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from iomdesk.app import main

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "press" / "samples"


@pytest.fixture
def run(db_path, capsys):
    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def test_dry_run_json_of_a_folder_saves_nothing(run):
    code, out, err = run("import-article", str(SAMPLES), "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [Path(d["file"]).name for d in data] == sorted(p.name for p in SAMPLES.glob("0*"))
    seed = data[0]
    assert seed["title"] == "Zimbabwe rolls out Migration Crisis Operational Framework (MCOF)"
    assert seed["dateline"] == "Zimbabwe" and seed["date"] is None
    assert seed["contacts"] == [
        {
            "name": "Knowledge Mareyanadzo",
            "role": "",
            "office": "IOM Zimbabwe",
            "country": "ZW",
            "phones": ["+2634335044"],
            "extensions": [""],
            "no_country": [],
            "emails": ["kmareyanadzo@iom.int"],
            "existing_id": None,
        }
    ]
    assert data[6]["date"] == "2021-03-04"
    code, out, _ = run("search", "--json")
    assert json.loads(out) == []


def test_saving_then_importing_again_reports_the_same_contacts(run):
    code, out, _ = run("import-article", str(SAMPLES / "02_two_contacts_inline.txt"), "--json")
    assert code == 0
    ids = [c["existing_id"] for c in json.loads(out)[0]["contacts"]]
    assert all(isinstance(i, int) for i in ids)
    code, out, _ = run("import-article", str(SAMPLES / "02_two_contacts_inline.txt"), "--dry-run", "--json")
    assert [c["existing_id"] for c in json.loads(out)[0]["contacts"]] == ids
    code, out, _ = run("search", "Lindqvist", "--json")
    (sofia,) = json.loads(out)
    assert sofia["articles"][0]["title"].startswith("IOM Appeals for USD 12 Million")


def test_readable_summary(run):
    code, out, err = run("import-article", str(SAMPLES / "00_seed_zimbabwe_mcof.txt"))
    assert code == 0
    assert "Knowledge Mareyanadzo - IOM Zimbabwe, ZW  [created #1]" in out
    assert "+2634335044 (unverified" in out
    assert "saved: new article #1" in out


def test_missing_file_exits_2_and_saves_nothing(run, tmp_path):
    code, _, err = run("import-article", str(SAMPLES / "01_one_line_contact.txt"), str(tmp_path / "nope.txt"))
    assert code == 2
    assert "nope.txt: does not exist" in err
    assert json.loads(run("search", "--json")[1]) == []


def test_folder_without_releases_exits_2(run, tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    code, _, err = run("import-article", str(tmp_path))
    assert code == 2 and "holds no .txt" in err


def test_invalid_contact_data_exits_1_and_keeps_the_valid_part(run, tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(SAMPLES / "01_one_line_contact.txt", folder)
    (folder / "bad.txt").write_text(
        "A title without a dateline\n\nMedia contacts\nJane Doe, Tel: +999 0142 999, jdoe@iom.int\n", "utf-8"
    )
    code, out, err = run("import-article", str(folder))
    assert code == 1
    assert "+999 0142 999" in err and "Jane Doe" in err
    names = [c["name"] for c in json.loads(run("search", "--json")[1])]
    assert names == ["Ana Kovač", "Jane Doe"]


def test_a_page_without_a_headline_is_named_skipped_and_the_rest_imported(capsys, tmp_path):
    from iomdesk.app import main

    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "menu.html").write_text("<html><body><nav>Menu</nav></body></html>", encoding="utf-8")
    (folder / "one.txt").write_text(
        "Croatia opens first migrant information centre in Zagreb\n\nZagreb – IOM opened a centre.\n\n"
        "For more information please contact Ana Kovač at IOM Croatia, Tel: +385 1 4816 774, "
        "Email: akovac@iom.int\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    code = main(["--db", str(db), "import-article", str(folder)])
    captured = capsys.readouterr()
    assert code == 2
    assert "menu.html" in captured.err and "headline" in captured.err
    main(["--db", str(db), "search", "kovac", "--json"])
    assert "Ana Kovač" in capsys.readouterr().out


SHAPES = SAMPLES.parent / "shapes"


def test_number_without_a_country_is_stored_exit_0_with_a_warning_naming_file_and_position(run, tmp_path):
    release = tmp_path / "no_country.txt"
    shutil.copy(SHAPES / "s07_no_country.txt", release)
    code, out, err = run("import-article", str(release))
    assert code == 0, err
    (warning,) = err.strip().splitlines()
    assert warning.startswith(f"warning: {release}: contact 1, phone 1: has no country code")
    assert "0803" not in warning and "Okafor" not in warning  # position, not personal data
    assert "phone 0803 555 0199 (no country: kept as printed; add +CC to it or a country to the contact)" in out
    (stored,) = json.loads(run("search", "--json")[1])
    assert stored["phones"] == [
        {"raw": "0803 555 0199", "e164": None, "display": "0803 555 0199", "valid": False, "kind": "work"}
    ]
    assert "0803 555 0199 (no country)" in run("search", "okafor")[1]  # not "unverified"
    assert "[no country: kept as entered" in run("show", str(stored["id"]))[1]


def test_dry_run_json_lists_the_number_kept_without_a_country(run):
    code, out, err = run("import-article", str(SHAPES / "s07_no_country.txt"), "--dry-run", "--json")
    assert code == 0 and "contact 1, phone 1: has no country code" in err
    (contact,) = json.loads(out)[0]["contacts"]
    assert contact["phones"] == ["0803 555 0199"] and contact["no_country"] == ["0803 555 0199"]


def test_unreadable_contact_block_is_reported_and_no_contact_made_up(run):
    code, out, err = run("import-article", str(SHAPES / "s17_unreadable_block.txt"))
    assert code == 0
    assert "could not be read into a contact; none was made up" in err
    assert "no contact could be read from it: 'the communications team through the website.'" in out
    assert json.loads(run("search", "--json")[1]) == []
    code, out, _ = run("import-article", str(SHAPES / "s17_unreadable_block.txt"), "--dry-run", "--json")
    assert json.loads(out)[0]["unread_blocks"] == ["the communications team through the website."]


def test_number_before_any_name_is_listed_and_warned_not_stored(run, tmp_path):
    release = tmp_path / "switchboard.txt"
    release.write_text(
        "A title for the switchboard case\n\nMedia contacts:\nSwitchboard: +41 22 717 9111\n"
        "Jane Doe, IOM Kenya, +254 20 422 1000\n", encoding="utf-8")
    code, out, err = run("import-article", str(release))
    assert code == 0
    assert "printed in a contact block before any name (not stored): +41 22 717 9111" in out
    assert f"warning: {release}: 1 number or address printed in a contact block before any name belongs to no contact" in err
    (jane,) = json.loads(run("search", "--json")[1])
    assert [p["e164"] for p in jane["phones"]] == ["+254204221000"]


def test_number_read_in_two_release_countries_is_stored_as_printed_and_said_so(run, tmp_path):
    release = tmp_path / "two_countries.txt"
    shutil.copy(SHAPES.parent / "shapes2" / "u05_valid_in_two_countries.txt", release)
    code, out, err = run("import-article", str(release))
    assert code == 0, err
    (warning,) = err.strip().splitlines()
    assert warning.startswith(f"warning: {release}: contact 1, phone 1: has no country code")
    assert "7946" not in warning and "Reed" not in warning
    assert "phone 020 7946 0999 (no country: reads in more than one of the release's countries" in out
    stored = {c["name"]: c for c in json.loads(run("search", "--json")[1])}
    assert [(p["raw"], p["e164"]) for p in stored["Sam Reed"]["phones"]] == [("020 7946 0999", None)]
    assert [p["e164"] for p in stored["Lucy Ward"]["phones"]] == ["+442079460111"]


def test_extension_read_from_a_release_is_shown_before_saving(run):
    # --dry-run printed "phone +34911234567" and the JSON had no trace of "ext. 204": the user could not
    # see the extension that saving keeps.
    release = SAMPLES.parent / "lead_blind" / "lb06_wrapped_numbers_ext.txt"
    code, out, err = run("import-article", str(release), "--dry-run")
    assert code == 0, err
    assert "phone +34911234567 ext. 204" in out and "phone +34917654321 ext. 15" in out
    code, out, err = run("import-article", str(release), "--dry-run", "--json")
    (maria, pablo) = json.loads(out)[0]["contacts"]
    assert (maria["phones"], maria["extensions"]) == (["+34911234567"], ["204"])
    assert (pablo["phones"], pablo["extensions"]) == (["+34917654321"], ["15"])
