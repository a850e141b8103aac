"""`iomdesk import` and `iomdesk export` end to end."""

from __future__ import annotations

from pathlib import Path

from iomdesk.app import main

FIX = Path(__file__).parent.parent / "fixtures"


def run(db, *args):
    return main(["--db", str(db), *args])


def test_import_all_good_prints_counts_and_exits_0(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    code = run(db, "import", str(FIX / "csv" / "thunderbird.csv"), str(FIX / "vcard" / "contacts_v4.vcf"))
    out, err = capsys.readouterr()
    assert code == 0
    assert out.strip() == "added 4, updated 0, skipped 0, rejected 0"
    assert run(db, "import", str(FIX / "csv" / "thunderbird.csv")) == 0
    assert capsys.readouterr().out.strip() == "added 0, updated 0, skipped 2, rejected 0"


def test_rejected_rows_exit_1_with_reasons_and_rejects_file(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    src = tmp_path / "in.csv"
    src.write_text(
        "Name,Phone,Email\nGood One,+254 712 345678,g@x.org\nBad One,123,nope\n", encoding="utf-8"
    )  # "123": too short to be a number even kept as entered (no country)
    rejects = tmp_path / "rejects.csv"
    code = run(db, "import", str(src), "--rejects", str(rejects))
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip() == "added 1, updated 0, skipped 0, rejected 1"
    assert "row 3:" in err and "'123'" in err and "nope" in err
    assert "Bad One,123,nope," in rejects.read_text(encoding="utf-8-sig")


def test_a_phone_without_a_country_is_kept_and_its_row_named_on_stderr(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    src = tmp_path / "in.csv"
    src.write_text("Name,Phone\nTom Baker,8123 4567\nAna Ruiz,+57 310 123 4567\n", encoding="utf-8")
    assert run(db, "import", str(src)) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "added 2, updated 0, skipped 0, rejected 0; 1 phone kept as entered (no country code)"
    assert "warning: row 2: phone kept as entered: no country code" in err
    assert "8123" not in err  # the row is named, the number is in the user's own file
    assert run(db, "show", "1", "--json") == 0
    assert '"raw": "8123 4567"' in capsys.readouterr().out


def test_rejects_file_never_replaces_the_file_imported_or_a_database(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    src = tmp_path / "in.csv"
    original = "Name,Phone,Email\nGood One,+254 712 345678,g@x.org\nBad One,12345,nope\n"
    src.write_text(original, encoding="utf-8")
    assert run(db, "import", str(src), "--rejects", str(src)) == 2
    assert "is the file being imported" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == original
    db_bytes = db.read_bytes()
    assert run(db, "import", str(src), "--rejects", str(db)) == 2
    assert "is a database" in capsys.readouterr().err
    assert db.read_bytes() == db_bytes
    assert run(db, "search", "good") == 0  # nothing was imported by the refused runs
    assert "Good One" not in capsys.readouterr().out


def test_strict_and_dry_run_store_nothing(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    src = tmp_path / "in.csv"
    src.write_text("Name,Email\nGood One,g@x.org\nBad One,nope\n", encoding="utf-8")
    assert run(db, "import", str(src), "--strict") == 1
    assert run(db, "import", str(FIX / "csv" / "spanish.csv"), "--dry-run") == 0
    assert "dry run" in capsys.readouterr().out
    assert run(db, "search", "--json") == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_unreadable_file_exits_2_and_imports_nothing(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code = run(db, "import", str(FIX / "csv" / "spanish.csv"), str(empty), str(tmp_path / "missing.csv"))
    err = capsys.readouterr().err
    assert code == 2
    assert "empty.csv: the file is empty" in err and "missing.csv: the file does not exist" in err
    run(db, "search", "--json")
    assert capsys.readouterr().out.strip() == "[]"


def test_encoding_delimiter_and_duplicate_options(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    src = tmp_path / "fr.csv"
    src.write_bytes("Nom|Prénom|Bureau|Téléphone\nTraoré|Aïssata|OIM Niger|96 12 34 56\n".encode("cp1252"))
    assert run(db, "import", str(src), "--encoding", "cp1252", "--delimiter", "|") == 0
    src.write_bytes("Nom|Prénom|Bureau|Fonction\nTraoré|Aïssata|OIM Niger|Rédactrice\n".encode("cp1252"))
    assert (
        run(db, "import", str(src), "--encoding", "cp1252", "--delimiter", "|", "--on-duplicate", "update")
        == 0
    )
    assert "updated 1" in capsys.readouterr().out
    run(db, "show", "1")
    shown = capsys.readouterr().out
    assert "Aïssata Traoré" in shown and "Rédactrice" in shown and "+227 96 12 34 56" in shown


def test_export_formats_and_query(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    run(
        db,
        "import",
        str(FIX / "csv" / "google_bom.csv"),
        str(FIX / "vcard" / "contacts_v3.vcf"),
        "--on-duplicate",
        "update",
    )
    capsys.readouterr()
    assert run(db, "export", str(tmp_path / "all.csv")) == 0
    assert "3 contacts written" in capsys.readouterr().err
    assert run(db, "export", str(tmp_path / "q.vcf"), "--query", "ecuador") == 0
    vcf = (tmp_path / "q.vcf").read_text(encoding="utf-8")
    assert vcf.count("BEGIN:VCARD") == 1 and "Núñez" in vcf
    for fmt in ("excel", "google", "outlook"):
        assert run(db, "export", str(tmp_path / f"{fmt}.csv"), "--format", fmt) == 0
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    other = tmp_path / "other.sqlite3"
    assert run(other, "import", str(tmp_path / "all.csv")) == 0
    assert "added 3" in capsys.readouterr().out


def test_export_of_one_contact_says_contact_not_contacts(capsys, db_path, tmp_path):
    from iomdesk.app import main

    assert main(["--db", str(db_path), "add", "--name", "Ana Kovac", "--email", "akovac@iom.int"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "export", str(tmp_path / "one.csv")]) == 0
    assert capsys.readouterr().err == f"1 contact written to {tmp_path / 'one.csv'}\n"  # was "1 contacts"
