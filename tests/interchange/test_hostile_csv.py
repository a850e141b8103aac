"""Hostile CSV files: small versions of the files fuzz/make_hostile_csv.py writes big.

Archives and binaries renamed .csv, a zip bomb, invalid UTF-8, 300,000 columns, mixed line endings,
100,000-character fields, a record that never ends, and files read in pieces (streamed): each gives
a clear error or the rows a user expects, with row numbers, and memory that does not follow the file.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from iomdesk.app import main
from iomdesk.core.errors import UserError
from iomdesk.interchange import csv_read
from iomdesk.interchange.csv_read import (
    FileReadError,
    NotTextError,
    RecordTooLongError,
    TooManyColumnsError,
    open_csv,
    read_csv,
    read_csv_bytes,
)
from iomdesk.interchange.mapping import MAX_CELL, auto_mapping, row_to_input
from iomdesk.services.importer import ImportCancelled, ImportService, read_source, write_rejects
from iomdesk.store.models import Contact
from tests.snapshot import dump


def names(ctx) -> set[str]:
    with ctx.db.session_factory() as s:
        return set(s.scalars(select(Contact.name)))


def cli(tmp_path, *args) -> int:
    return main(["--db", str(tmp_path / "cli.sqlite3"), "import", *map(str, args)])


def people(n: int, start: int = 0) -> str:
    return "".join(f"Zoé Person {i},IOM Kenya,+254 722 {i:06d},p{i}@example.org\r\n" for i in range(start, n))


HEADER = "Name,Office,Phone,Email\r\n"


@pytest.fixture
def pieces(monkeypatch):
    """Files are read in pieces of 16 K characters instead of 1 M, so that a test file of a few hundred KB is
    streamed like a file of hundreds of MB."""
    monkeypatch.setattr(csv_read, "_LINE_CHUNK", 16 * 1024)


# -- not a CSV file at all ---------------------------------------------------------------------------


def _zip_bomb(path: Path, megabytes: int) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z, z.open("c.csv", "w") as fh:
        for _ in range(megabytes):
            fh.write(b"\0" * (1024 * 1024))


def test_zip_bomb_renamed_csv_is_named_without_inflating_it(tmp_path, capsys):
    path = tmp_path / "contacts.csv"
    _zip_bomb(path, 16)  # 16 MB of zeros in about 16 KB
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(NotTextError, match="zip archive") as exc:
            read_source(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "nothing was unpacked" in str(exc.value)
    assert peak < 4 * 1024 * 1024  # the 16 MB inside were never inflated
    assert cli(tmp_path, path) == 2
    assert "zip archive" in capsys.readouterr().err


BINARIES = [
    (gzip.compress(b"Name,Email\n" * 1000), "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8, "old Excel .xls"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG image"),
    (b"SQLite format 3\x00" + b"\0" * 100, "SQLite database"),
]


@pytest.mark.parametrize("start, what", BINARIES, ids=[what for _, what in BINARIES])
def test_binary_or_compressed_file_renamed_csv_exits_2_naming_what_it_is(tmp_path, capsys, start, what):
    path = tmp_path / "contacts.csv"
    path.write_bytes(start)
    assert cli(tmp_path, path) == 2
    err = capsys.readouterr().err
    assert what in err and "nothing was imported" in err
    assert not (tmp_path / "cli.sqlite3").exists() or names_in(tmp_path / "cli.sqlite3") == set()


def names_in(db: Path) -> set[str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM contacts")}


# -- encodings ------------------------------------------------------------------------------------


def test_invalid_utf8_rows_are_rejected_with_their_reason_and_the_others_kept_exactly(ctx, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Name,Email\r\nZoé Côté,zoe@example.org\r\nAna Núñez,ana@example.org\r\n".encode()
        + b"Bad \xff\xfe Byte,bad@example.org\r\n"
        + "Łukasz Nowak,lukasz@example.org\r\n".encode()
        + b"Caf\xe9 Owner,cafe@example.org\r\n"
    )
    result = ImportService(ctx.db.session_factory).import_file(path)
    assert names(ctx) == {"Zoé Côté", "Ana Núñez", "Łukasz Nowak"}  # UTF-8 kept, not re-guessed
    assert [(r.row, "not valid utf-8" in r.reasons[0]) for r in result.rejected] == [(4, True), (6, True)]
    rejects = tmp_path / "rejects.csv"
    assert write_rejects(result, rejects) == 2
    fixed = read_csv(rejects)
    assert [r.cells[0] for r in fixed.rows] == ["Bad \ufffd\ufffd Byte", "Caf\ufffd Owner"]


def test_invalid_utf8_past_the_first_piece_rejects_that_row_only(ctx, tmp_path, pieces):
    n = 2000
    body = people(n).encode()
    assert len(body) > 5 * csv_read._LINE_CHUNK
    path = tmp_path / "late.csv"
    path.write_bytes(HEADER.encode() + body + b"Late \x81\xfe Bad,IOM Kenya,,late@example.org\r\n")
    source = read_source(path)
    assert source.encoding == "utf-8" and not source.row_count_exact
    result = ImportService(ctx.db.session_factory).import_source(source)
    assert result.added == n
    assert [r.row for r in result.rejected] == [n + 2]
    assert "not valid utf-8" in result.rejected[0].reasons[0]


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_rows_past_the_first_piece_decode_like_the_first(tmp_path, monkeypatch, encoding):
    monkeypatch.setattr(csv_read, "_LINE_CHUNK", 1000)  # many pieces, decoded one after another
    rows = [f"Zoé Núñez {i};Côte d'Ivoire;{i}" for i in range(3000)]
    path = tmp_path / "enc.csv"
    path.write_bytes(("Nom;Pays;N\r\n" + "\r\n".join(rows) + "\r\n").encode(encoding))
    table = read_csv(path)
    assert table.delimiter == ";"
    assert [";".join(r.cells) for r in table.rows] == rows
    assert table.rows[-1].row == 3001


def test_nul_bytes_past_the_first_rows_are_removed_with_a_warning(tmp_path, pieces):
    path = tmp_path / "nul.csv"
    path.write_bytes((HEADER + people(3000)).encode() + b"Nu\x00l Person,IOM Kenya,,nul@example.org\r\n")
    source = read_source(path)
    assert source.warnings == []
    last = list(source.iter_rows())[-1]
    assert last.cells[0] == "Nul Person"
    assert any("NUL" in w for w in source.warnings)


# -- shapes -----------------------------------------------------------------------------------------


def test_300000_column_header_is_a_clear_error_in_bounded_memory(tmp_path, capsys):
    path = tmp_path / "wide.csv"
    cols = 300_000
    path.write_text("Name," + ",".join(f"C{i}" for i in range(cols)) + "\nAmina," + "x," * cols + "\n")
    tracemalloc.start()
    try:
        with pytest.raises(TooManyColumnsError, match="300,001 columns") as exc:
            open_csv(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(exc.value, UserError) and "at most 2,000" in str(exc.value)
    assert peak < 80 * 1024 * 1024
    assert cli(tmp_path, path) == 2
    assert "columns" in capsys.readouterr().err


def test_mixed_line_endings_give_every_row_its_number(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"Name,Email\r\nAmina Diop,amina@example.org\nBob Lee,bob@example.org\rCarla Ruiz,carla@example.org\r\n"
        b'"Dee\r\nMultiline",dee@example.org\rEve Moyo,eve@example.org'
    )
    table = read_csv(path)
    assert [(r.row, r.cells[0]) for r in table.rows] == [
        (2, "Amina Diop"),
        (3, "Bob Lee"),
        (4, "Carla Ruiz"),
        (5, "Dee\r\nMultiline"),
        (6, "Eve Moyo"),
    ]


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 64])
def test_reading_in_pieces_gives_the_rows_of_the_whole_text(monkeypatch, chunk):
    """A \\r\\n, a quoted newline or a multi-byte letter cut between two pieces changes nothing."""
    data = (
        'Name,Notes\r\n"Zoé\r\nCôté",a\r\n\r\nB\rC,"x\r\ny"\nD,é\r\n\r\r\nE,"q""q"\r\n'
        "Ł,\u00a0\r\n\"unclosed,end"
    )
    expected = [
        (n, rec) for n, rec in enumerate(csv.reader(io.StringIO(data, newline="")), 1) if any(rec)
    ]
    monkeypatch.setattr(csv_read, "_LINE_CHUNK", chunk)
    table = read_csv_bytes(data.encode())
    assert [(table.header_row, table.headers)] + [(r.row, r.cells) for r in table.rows] == expected


def test_fields_of_100000_characters_are_stored_whole_or_rejected_with_row_and_reason(ctx, tmp_path):
    big = 100_000
    rows = [
        ["Name", "Role", "Office", "Notes", "Email", "Phone"],
        ["Long Notes", "Editor", "IOM Kenya", "n" * big, "notes@example.org", "+254 722 000001"],
        ["N" + "a" * (big - 1), "Editor", "IOM Kenya", "", "name@example.org", ""],
        ["Long Role", "r" * big, "IOM Kenya", "", "role@example.org", ""],
        ["Long Office", "Editor", "o" * big, "", "office@example.org", ""],
        ["Long Email", "Editor", "IOM Kenya", "", "e" * (big - 12) + "@example.org", ""],
        ["Long Phone", "Editor", "IOM Kenya", "", "phone@example.org", "7" * big],
        ["Over Limit", "Editor", "IOM Kenya", "m" * (MAX_CELL + 1), "over@example.org", ""],
    ]
    path = tmp_path / "long.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    result = ImportService(ctx.db.session_factory).import_file(path)
    with ctx.db.session_factory() as s:
        stored = {c.name: c for c in s.scalars(select(Contact))}
        assert set(stored) == {"Long Notes"}
        assert stored["Long Notes"].notes == "n" * big  # whole, not cut
    rejected = {r.row: "; ".join(r.reasons) for r in result.rejected}
    assert set(rejected) == {3, 4, 5, 6, 7, 8}
    assert "name" in rejected[3] and "role" in rejected[4] and "office" in rejected[5]
    assert "email" in rejected[6] and "phone" in rejected[7] and "100,001 characters" in rejected[8]
    assert all(len(reason) < 400 for reason in rejected.values())  # the reason, not the cell again


# -- records that never end -----------------------------------------------------------------------------


def test_unclosed_quote_swallowing_a_big_file_is_a_clear_error_naming_its_row(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_read, "MAX_RECORD_CHARS", 200_000)
    path = tmp_path / "quote.csv"
    path.write_text(HEADER + 'Bob,"IOM Kenya,,b@example.org\r\n' + people(20000), encoding="utf-8")
    with pytest.raises(RecordTooLongError, match=r"row 2 is over .*closing quote") as exc:
        read_source(path)
    assert isinstance(exc.value, FileReadError)


def test_record_too_long_far_down_the_file_stops_the_import_and_stores_nothing(
    ctx, tmp_path, monkeypatch, capsys, pieces
):
    monkeypatch.setattr(csv_read, "MAX_RECORD_CHARS", 200_000)
    path = tmp_path / "late.csv"
    path.write_text(HEADER + people(3000) + "Late," + "y" * 300_000 + "\r\n" + people(100), encoding="utf-8")
    before = dump(ctx)
    source = read_source(path)  # the first rows are fine
    with pytest.raises(RecordTooLongError, match="row 3002"):
        ImportService(ctx.db.session_factory).import_source(source)
    assert dump(ctx) == before
    assert cli(tmp_path, path) == 2
    err = capsys.readouterr().err
    assert "row 3002" in err and "nothing was imported" in err


# -- streaming -------------------------------------------------------------------------------------------


def test_big_file_is_read_in_bounded_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_read, "_LINE_CHUNK", 16 * 1024)
    path = tmp_path / "big.csv"
    path.write_text(HEADER + people(30000), encoding="utf-8")
    size = path.stat().st_size
    assert size > 1.5 * 1024 * 1024
    reader = open_csv(path)
    tracemalloc.start()
    try:
        count = 0
        for row in reader.rows():
            count += 1
            last = row
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 30000 and last.row == 30001 and last.cells[0] == "Zoé Person 29999"
    assert peak < size / 8  # not the file, not its rows: a piece and a row at a time


def test_streamed_import_keeps_row_numbers_progress_and_one_transaction(ctx, tmp_path, pieces):
    n = 3000
    lines = [HEADER.strip()] + people(n).splitlines()
    lines[2500] = "Bad Phone,IOM Kenya,12345,bad@example.org"  # row 2501 of the file
    path = tmp_path / "big.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    source = read_source(path)
    assert len(source.first_rows) == 200 and not source.row_count_exact
    # "about 3,000 rows", from the rows of the first piece (within 3% with the real 1 MB pieces)
    assert abs(source.row_count - n) < 0.4 * n
    assert len(source.preview(20)) == 20
    seen = []
    result = ImportService(ctx.db.session_factory).import_source(source, progress=lambda d, t: seen.append(d / t))
    assert result.rows == n and result.added == n - 1
    assert [r.row for r in result.rejected] == [2501]
    assert seen == sorted(seen) and seen[-1] == 1
    assert len({round(f, 2) for f in seen if f <= 0.5}) > 4  # the reading half moves, by bytes read


def test_cancel_while_a_big_file_is_read_stores_nothing(ctx, tmp_path, pieces):
    path = tmp_path / "big.csv"
    path.write_text(HEADER + people(3000), encoding="utf-8")
    before = dump(ctx)
    seen = []

    def cancelled():
        return bool(seen) and seen[-1] >= 0.2

    with pytest.raises(ImportCancelled):
        ImportService(ctx.db.session_factory).import_file(
            path, progress=lambda d, t: seen.append(d / t), cancelled=cancelled
        )
    assert dump(ctx) == before
    assert seen[-1] < 0.5  # cancelled while reading, not at the end


def test_thunderbird_trailing_delimiter_in_a_streamed_file(tmp_path, pieces):
    path = tmp_path / "tb.csv"
    path.write_text(
        "First Name,Last Name,Primary Email,\r\n"
        + "".join(f"Ann,Lee {i},a{i}@example.org,\r\n" for i in range(5000)),
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.headers == ["First Name", "Last Name", "Primary Email"]
    mapping = auto_mapping(source.headers)
    last = list(source.iter_rows())[-1]
    ri = row_to_input(last.cells, mapping, len(source.headers))
    assert ri.problems == [] and ri.data.name == "Ann Lee 4999"


def test_explicit_wrong_encoding_is_refused_on_the_first_megabyte(tmp_path):
    path = tmp_path / "cp.csv"
    path.write_bytes("Nom;Email\r\nZoé;z@example.org\r\n".encode("cp1252"))
    with pytest.raises(csv_read.EncodingError, match="not utf-8"):
        read_source(path, encoding="utf-8")
    assert read_source(path, encoding="cp1252").first_rows[0].cells == ["Zoé", "z@example.org"]
    assert codecs.lookup(read_source(path).encoding).name == "cp1252"


@pytest.mark.parametrize("encoding", ["base64", "rot13", "hex", "zlib", "uu", "bz2", "quopri", "idna", "punycode"])
def test_an_explicit_encoding_that_is_not_a_text_encoding_is_an_encoding_error(tmp_path, encoding):
    # their decoders raised binascii.Error, TypeError, zlib.error, UnicodeError... a traceback
    csv_file, vcf_file = tmp_path / "ok.csv", tmp_path / "ok.vcf"
    csv_file.write_text("name,email\r\nAnn Lee,ann@example.org\r\n", encoding="utf-8")
    vcf_file.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEND:VCARD\r\n", encoding="utf-8")
    for path in (csv_file, vcf_file):
        with pytest.raises(csv_read.EncodingError, match="not an encoding text files are written in"):
            read_source(path, encoding=encoding)


def test_ascii_file_with_one_stray_high_byte_reads_as_cp1252_not_a_dos_code_page(tmp_path):
    from iomdesk.interchange.csv_read import read_csv

    path = tmp_path / "stray.csv"
    path.write_bytes(b"Name,Email\nAna,a@x.org\nBad\xff,b@x.org\n")  # charset-normalizer says cp1125
    table = read_csv(path)
    assert table.encoding == "cp1252"
    assert [r.cells[0] for r in table.rows] == ["Ana", "Bad\u00ff"]


def test_a_cyrillic_cp1251_file_is_still_read_as_cyrillic(tmp_path):
    from iomdesk.interchange.csv_read import read_csv

    path = tmp_path / "ru.csv"
    path.write_bytes("Name,Office\r\nМария Иванова,МОМ Украина\r\nОлег Петров,МОМ Москва\r\n".encode("cp1251"))
    table = read_csv(path)
    assert [r.cells[0] for r in table.rows] == ["Мария Иванова", "Олег Петров"]
