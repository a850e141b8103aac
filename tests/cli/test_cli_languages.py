"""`iomdesk add` with languages, beats, source, lawful basis and review date; `show` and `search` print them."""

from __future__ import annotations

import json

from iomdesk.app import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_with_every_new_option_then_show_and_search(capsys, db_path):
    db = ("--db", str(db_path))
    code, out, err = run(capsys, *db, "add", "--name", "Amina Diop", "--language", "French", "--language", "EN",
                         "--beat", "health", "--beat", "Migration", "--lawful-basis", "public role",
                         "--review-date", "2020-01-31")
    assert (code, out.strip(), err) == (0, "1", "")
    code, out, _ = run(capsys, *db, "show", "1")
    assert code == 0
    assert "Languages: French (fr), English (en)" in out
    assert "Beats:   health, Migration" in out
    assert "Source:  Typed by hand" in out
    assert "Lawful basis: Public role" in out
    assert "Review date: 2020-01-31  [review due]" in out
    code, out, _ = run(capsys, *db, "search", "lang:fr beat:health", "--json")
    (found,) = json.loads(out)
    assert (found["languages"], found["beats"], found["source"], found["lawful_basis"], found["review_date"]) == (
        ["fr", "en"], ["health", "Migration"], "Typed by hand", "public_role", "2020-01-31")
    code, out, _ = run(capsys, *db, "search", "beat:migr")
    assert code == 0
    header = out.splitlines()[0].split()
    assert header[-2:] == ["Languages", "Beats"] and "fr, en" in out and "health, Migration" in out


def test_a_source_typed_is_kept_and_a_table_without_languages_has_no_columns(capsys, db_path):
    db = ("--db", str(db_path))
    run(capsys, *db, "add", "--name", "Tendai Moyo", "--source", "Business card")
    code, out, _ = run(capsys, *db, "show", "1")
    assert "Source:  Business card" in out and "Languages" not in out and "Review date" not in out
    code, out, _ = run(capsys, *db, "search", "tendai")
    assert "Languages" not in out.splitlines()[0]


def test_invalid_values_exit_1_and_store_nothing(capsys, db_path):
    db = ("--db", str(db_path))
    code, out, err = run(capsys, *db, "add", "--name", "Amina Diop", "--language", "fr", "--language", "Klingon",
                         "--lawful-basis", "whim", "--review-date", "tomorrow")
    assert code == 1 and out == ""
    assert "languages[1] ('Klingon'): is not a language (use a 2-letter ISO 639-1 code such as fr)" in err
    assert "lawful_basis ('whim')" in err and "review_date ('tomorrow')" in err
    code, out, err = run(capsys, *db, "search", "amina")
    assert "no contacts match" in err
