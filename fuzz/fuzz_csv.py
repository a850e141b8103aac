"""Coverage-guided fuzzing (atheris) of the CSV reading path an import takes.

    python fuzz/fuzz_csv.py --seconds 300        # bounded run; prints executions, time, crashes
    python fuzz/fuzz_csv.py crash-1234abcd       # replay one saved input

Each input: its first byte picks the options a user can give (encoding, delimiter) and the size of
the pieces the reader decodes (1 character up to the real 1 M, so line endings and multi-byte letters
fall across pieces); its second byte may scale the big-file limits (record length, columns, rows
read when opening) down to the size of a fuzz input; the rest is the file. The bytes go through ``source_from_bytes`` (encoding and
delimiter detection, header, first rows), every row is read (``ImportSource.items``: decoding,
csv, ``row_to_input``) and the preview built, as an import does before validation. Only UserError
(FileReadError, CsvReadError and its subclasses) may escape; any other exception, a row number that
does not grow, or an undecodable byte leaving the reader as a lone surrogate is a crash.

Seeds: the CSV fixtures of the tests. Run from a scratch folder: libFuzzer saves crash files in the
working folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from harness import main  # noqa: E402

with atheris.instrument_imports():
    from iomdesk.core.errors import UserError
    from iomdesk.interchange import csv_read
    from iomdesk.services.importer import source_from_bytes

ENCODINGS = (None, None, None, "utf-8", "cp1252", "utf-16", "utf-8-sig", "latin-1")
DELIMITERS = (None, None, ",", ";", "\t", "|")
PIECES = (1024 * 1024, 1024 * 1024, 1, 2, 7, 64)
LINE_CHUNK, MAX_RECORD_CHARS = csv_read._LINE_CHUNK, csv_read.MAX_RECORD_CHARS
MAX_COLUMNS, HEAD_ROWS = csv_read.MAX_COLUMNS, csv_read.HEAD_ROWS


def target(data: bytes) -> None:
    if len(data) < 2:
        return
    options, limits, body = data[0], data[1], data[2:]
    encoding = ENCODINGS[options % len(ENCODINGS)]
    delimiter = DELIMITERS[(options >> 3) % len(DELIMITERS)]
    csv_read._LINE_CHUNK = PIECES[(options >> 5) % len(PIECES)]
    if limits & 1:  # the limits of big files, scaled down to the size of a fuzz input
        csv_read.MAX_RECORD_CHARS = 16 + (limits >> 1)
        csv_read.MAX_COLUMNS = 1 + (limits >> 4)
        csv_read.HEAD_ROWS = 1 + ((limits >> 1) & 3)
    try:
        source = source_from_bytes(body, name="fuzz.csv", format="csv", encoding=encoding, delimiter=delimiter)
        for h in source.headers:
            if csv_read._MARKED.search(h):
                raise AssertionError("an undecodable byte left the reader in a header")
        last = 0
        for row, ri, _problems, cells in source.items():
            if row <= last:
                raise AssertionError(f"row numbers do not grow: {last} then {row}")
            last = row
            if any(csv_read._MARKED.search(c) for c in cells):
                raise AssertionError("an undecodable byte left the reader in a cell")
            if ri is None:
                raise AssertionError("a CSV row without its input")
        source.preview(20)
    finally:
        csv_read._LINE_CHUNK, csv_read.MAX_RECORD_CHARS = LINE_CHUNK, MAX_RECORD_CHARS
        csv_read.MAX_COLUMNS, csv_read.HEAD_ROWS = MAX_COLUMNS, HEAD_ROWS


if __name__ == "__main__":
    seeds = sorted((HERE.parent / "tests" / "fixtures" / "csv").glob("*.csv"))
    main("csv", target, (UserError,), seeds)
