"""Reading any CSV a person is likely to have: encodings, delimiters, quoting, ragged rows.

:func:`read_csv` turns bytes (or a file) into a :class:`CsvTable`: the header, and every non-blank
record with the row number a spreadsheet shows for it (the header is row 1; a quoted value spanning
several lines is still one row). Whole-file problems raise :class:`CsvReadError` subclasses, which are
:class:`~iomdesk.core.errors.UserError`; problems of one row are left to the caller (see
:func:`iomdesk.interchange.mapping.row_to_input`).

Pure functions: no Qt, no database.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import UserError

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
MAX_FILE_BYTES = 512 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class FileReadError(UserError):
    """The whole file cannot be read as contacts; nothing was imported."""

    def __init__(self, message: str, path: str | os.PathLike | None = None):
        self.path = str(path) if path is not None else None
        where = f"{Path(self.path).name}: " if self.path else ""
        super().__init__(where + message)
        self.message = message


class CsvReadError(FileReadError):
    pass


class EmptyFileError(CsvReadError):
    pass


class NoRowsError(CsvReadError):
    """The file has a header row but no contacts."""


class NotTextError(CsvReadError):
    """The file is binary (a spreadsheet, an image, ...) rather than text."""


class EncodingError(CsvReadError):
    pass


@dataclass(frozen=True)
class CsvRow:
    row: int  # the row number a spreadsheet shows (header = 1)
    cells: list[str]


@dataclass
class CsvTable:
    headers: list[str]
    rows: list[CsvRow]
    encoding: str
    delimiter: str
    header_row: int = 1
    path: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.headers)


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch not in "\t\r\n" and unicodedata.category(ch) == "Cc")
    return bad / len(sample)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def decode(
    data: bytes, encoding: str | None = None, path: str | os.PathLike | None = None
) -> tuple[str, str]:
    """Return (text, encoding used). An explicit ``encoding`` overrides detection."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyFileError("the file is empty", path)
    if encoding:
        try:
            codec = codecs.lookup(encoding)
        except LookupError:
            raise EncodingError(f"{encoding!r} is not an encoding this app knows", path) from None
        name = codec.name
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"the file is not {encoding}: byte {exc.start} cannot be read in it; "
                "leave the encoding on automatic or choose another",
                path,
            ) from None
        if name.startswith("utf-16") or name.startswith("utf-32"):
            text = text.lstrip("\ufeff")
        return text, name
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name.replace("-sig", "")), name
            except UnicodeDecodeError:
                raise EncodingError(
                    f"the file starts as {name} but is not valid {name}; it may be damaged", path
                ) from None
    guess16 = _looks_utf16(data)
    if guess16:
        try:
            return data.decode(guess16), guess16
        except UnicodeDecodeError:
            pass
    head = data[:65536]
    if head.count(0) > max(2, len(head) // 1000):
        raise NotTextError(
            "this is not a text file (it holds binary data); if it is an Excel workbook, "
            "save it as CSV UTF-8 first",
            path,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None:
        raise NotTextError("this is not a text file the app can read (no text encoding fits)", path)
    name = codecs.lookup(best.encoding).name
    # Short Latin texts are often guessed as a sibling code page; Excel in Western Europe and Latin
    # America saves cp1252, so prefer it whenever it reads the file.
    if name in ("cp1250", "cp1254", "cp1257", "iso8859-1", "iso8859-15", "mac-roman", "latin-1", "cp850"):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        raise EncodingError(f"the file's encoding could not be told (best guess {name})", path) from None


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out = []
    for rec in reader:
        out.append(rec)
        if limit is not None and len(out) >= limit:
            break
    return out


def _allow_big_fields(size: int) -> None:
    # csv refuses fields over 128 KiB by default; rows with huge cells are rejected one by one
    # later, with a message, instead of failing the whole file.
    wanted = min(max(size + 1, 131072), 2**31 - 1)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that splits the first records most consistently."""
    sample = text[:65536]
    truncated = len(text) > len(sample)
    best, best_score = ",", (-1.0, 0)
    _allow_big_fields(len(sample))
    for d in DELIMITERS:
        try:
            recs = [r for r in _records(sample, d, 60) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if truncated and len(recs) > 1:
            recs = recs[:-1]
        if not recs:
            continue
        head = len(recs[0])
        if head < 2:
            continue
        consistent = sum(1 for r in recs if len(r) == head or (len(r) < head and len(recs) > 1)) / len(recs)
        score = (round(consistent, 1), head)
        if score > best_score:
            best, best_score = d, score
    return best


def parse_csv(
    text: str,
    delimiter: str | None = None,
    *,
    encoding: str = "utf-8",
    path: str | os.PathLike | None = None,
) -> CsvTable:
    """Split decoded text into header and rows."""
    if delimiter is not None and len(delimiter) != 1:
        if delimiter.lower() in ("\\t", "tab"):
            delimiter = "\t"
        else:
            raise CsvReadError(f"the delimiter must be one character, not {delimiter!r}", path)
    warnings = []
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("the file held NUL bytes; they were removed")
    if _control_ratio(text) > 0.01:
        raise NotTextError(
            "this does not look like a CSV file (it holds many control characters); "
            "if it is a spreadsheet, save it as CSV first",
            path,
        )
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    _allow_big_fields(len(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    header_row = 1
    rows: list[CsvRow] = []
    number = 0
    try:
        for rec in reader:
            number += 1
            if not any(c.strip() for c in rec):
                continue
            if headers is None:
                headers = [unicodedata.normalize("NFC", h.strip().lstrip("\ufeff").strip()) for h in rec]
                header_row = number
                continue
            rows.append(CsvRow(number, rec))
    except csv.Error as exc:
        raise CsvReadError(f"row {number + 1} cannot be read as CSV: {exc}", path) from None
    if headers is None:
        raise EmptyFileError("the file is empty (no header row)", path)
    while (
        len(headers) > 1
        and headers[-1] == ""
        and all(len(r.cells) < len(headers) or not r.cells[len(headers) - 1].strip() for r in rows)
    ):
        headers.pop()  # Thunderbird ends every line with a delimiter
    if not rows:
        raise NoRowsError("the file has a header row but no contacts below it", path)
    if len(headers) < 2 and len(text) > 0 and delimiter not in headers[0]:
        warnings.append(
            f"the header has one column; if the file uses another delimiter than "
            f"{DELIMITER_NAMES.get(delimiter, delimiter)}, choose it"
        )
    return CsvTable(
        headers=headers,
        rows=rows,
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_row,
        path=str(path) if path is not None else None,
        warnings=warnings,
    )


def read_csv_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    path: str | os.PathLike | None = None,
) -> CsvTable:
    text, used = decode(data, encoding, path)
    return parse_csv(text, delimiter, encoding=used, path=path)


def read_file_bytes(path: str | os.PathLike) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise FileReadError("is a folder, not a file", path)
        if size > MAX_FILE_BYTES:
            raise FileReadError(
                f"the file is {size // (1024 * 1024)} MB; files over {MAX_FILE_BYTES // (1024 * 1024)} MB "
                "are not imported (split it)",
                path,
            )
        return p.read_bytes()
    except FileNotFoundError:
        raise FileReadError("the file does not exist", path) from None
    except PermissionError:
        raise FileReadError("the file cannot be opened (permission denied)", path) from None
    except OSError as exc:
        raise FileReadError(f"the file cannot be read: {exc.strerror or exc}", path) from None


def read_csv(
    path: str | os.PathLike, *, encoding: str | None = None, delimiter: str | None = None
) -> CsvTable:
    """Read a CSV file. Raises CsvReadError (a UserError) when the whole file is unusable."""
    return read_csv_bytes(read_file_bytes(path), encoding=encoding, delimiter=delimiter, path=path)
