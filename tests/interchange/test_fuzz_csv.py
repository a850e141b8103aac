"""Property tests of the CSV reading path an import takes: bytes -> open/read -> auto_mapping ->
row_to_input. Random bytes, and structured CSV with random delimiters, quoting, BOMs, encodings,
ragged rows and the headers of the shapes we know. Only the documented errors (FileReadError and its
CsvReadError subclasses, UserError) may escape; files written by a CSV writer read back exactly,
however the reader's pieces fall."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from iomdesk.core.errors import UserError
from iomdesk.interchange import csv_read
from iomdesk.interchange.csv_read import NoRowsError, read_csv_bytes
from iomdesk.interchange.mapping import auto_mapping, row_to_input

FIX = Path(__file__).parent.parent / "fixtures" / "csv"
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _shape_headers() -> list[list[str]]:
    """The header rows of the fixtures (Google, Outlook, Thunderbird, French, Spanish, ...)."""
    out = []
    for path in sorted(FIX.glob("*.csv")):
        table = csv_read.read_csv(path)
        out.append(table.headers)
    return out


SHAPES = _shape_headers()


@contextmanager
def pieces(n: int):
    old = csv_read._LINE_CHUNK
    csv_read._LINE_CHUNK = n
    try:
        yield
    finally:
        csv_read._LINE_CHUNK = old


def import_path(data: bytes, **kw) -> list:
    """What an import does with a file's bytes; returns the RowInputs. Raises only UserErrors."""
    reader = csv_read.open_csv_bytes(data, **kw)
    mapping = auto_mapping(reader.headers)
    width = len(reader.headers)
    out = []
    last = reader.header_row
    for row in reader.rows():
        assert row.row > last  # row numbers only grow
        last = row.row
        for cell in row.cells:
            assert not csv_read._MARKED.search(cell)  # no undecodable byte leaves the reader as such
        ri = row_to_input(row.cells, mapping, width)
        out.append((row, ri))
    for h in reader.headers:
        assert not csv_read._MARKED.search(h)
    return out


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([1, 5, 64, 1024 * 1024]))
@example(b"\xef\xbb\xbfName\r\n\xff", 1024 * 1024)
@example(b"Name,Email\r\nA\r", 1)
@example(b'"', 1)
@example(b"\x00\x00Name\x00\n", 3)
def test_random_bytes_give_rows_or_a_documented_error(data, chunk):
    with pieces(chunk):
        try:
            import_path(data)
        except UserError:
            pass  # FileReadError, CsvReadError and its subclasses are UserErrors


_CELL_TEXT = st.text(
    alphabet=st.sampled_from(list('abcXYZ ,;\t|"\'\r\n=+-@éüñØłЖ中\u00a0\ufeff\u2028:::') + ["\x00", "\x85"]),
    max_size=12,
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]


@st.composite
def csv_files(draw):
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    encoding = draw(st.sampled_from(ENCODINGS))
    headers = list(draw(st.sampled_from(SHAPES)))
    if draw(st.booleans()):
        headers = headers[: draw(st.integers(1, len(headers)))]
    width = len(headers)
    rows = draw(
        st.lists(
            st.lists(_CELL_TEXT, min_size=0, max_size=width + 3),  # ragged: short and long rows
            min_size=1,
            max_size=12,
        )
    )
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    terminator = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    if terminator != "\r\n":  # csv.writer quotes only the terminator's characters, not a lone \r or \n
        quoting = csv.QUOTE_ALL
    if encoding == "cp1252":  # what the code page can hold
        rows = [[c.encode("cp1252", "replace").decode("cp1252") for c in r] for r in rows]
        headers = [h.encode("cp1252", "replace").decode("cp1252") for h in headers]
    rows = [[c.replace("\x00", "") for c in r] for r in rows]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=terminator)
    writer.writerow(headers)
    writer.writerows(rows)
    return buf.getvalue().encode(encoding), delimiter, encoding, headers, rows


@FUZZ
@given(csv_files(), st.sampled_from([1, 2, 7, 100, 1024 * 1024]))
def test_written_csv_reads_back_exactly_in_any_pieces(case, chunk):
    data, delimiter, encoding, headers, rows = case
    if sum(c.count("\x85") for r in rows for c in r) >= 16:
        return  # many control characters: refused as "not a CSV file" (the test below covers it)
    written = [(n, r) for n, r in enumerate(rows, start=2) if any(c.strip() for c in r)]
    with pieces(chunk):
        if not written:
            with pytest.raises(NoRowsError):
                read_csv_bytes(data, delimiter=delimiter, encoding=encoding)
            return
        table = read_csv_bytes(data, delimiter=delimiter, encoding=encoding)
        found = import_path(data, delimiter=delimiter, encoding=encoding)
    want_headers = [unicodedata.normalize("NFC", h.strip().lstrip("\ufeff").strip()) for h in headers]
    assert table.headers == want_headers[: len(table.headers)]
    assert all(h == "" for h in want_headers[len(table.headers) :])  # only empty trailing headers go
    got = [(r.row, r.cells) for r in table.rows]
    # csv.writer writes an empty row as '""': one empty cell; and quoting keeps every character
    assert got == [(n, r or [""]) for n, r in written]
    assert len(found) == len(written)
    assert codecs.lookup(table.encoding).name.replace("-sig", "") == codecs.lookup(encoding).name.replace(
        "-sig", ""
    )


@FUZZ
@given(csv_files(), st.sampled_from([3, 1024 * 1024]), st.booleans())
def test_detection_on_structured_csv_only_raises_documented_errors(case, chunk, mangle):
    data = case[0]
    if mangle:  # an unclosed quote, a stray byte, a cut file
        cut = len(data) // 2
        data = data[:cut] + b'"\xff' + data[cut:-3]
    with pieces(chunk):
        try:
            import_path(data)
        except UserError:
            pass


# -- inputs the atheris fuzzer (fuzz/fuzz_csv.py) found ---------------------------------------------------


def test_explicit_utf16_without_bom_is_read_not_a_crash():
    """crash-1001217...: `--encoding utf-16` on a file without a BOM raised a bare UnicodeError."""
    body = b'e,Reporter,Newsroom,,"Met at the Harare briefing,\r\nprefers WhatsApp ","Company"\r\n'
    with pytest.raises(UserError):  # ASCII bytes are no UTF-16 text: a documented error, not a crash
        import_path(body, encoding="utf-16")
    table = read_csv_bytes("Name,Email\r\nZoé,z@x.org\r\n".encode("utf-16-le"), encoding="utf-16")
    assert table.encoding == "utf-16-le" and table.rows[0].cells == ["Zoé", "z@x.org"]
    with pytest.raises(UserError):
        read_csv_bytes(b"N", encoding="utf-16")
