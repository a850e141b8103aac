"""Reading any CSV a person is likely to have: encodings, delimiters, quoting, ragged rows, and files
of hundreds of megabytes, streamed.

:func:`open_csv` (a file) and :func:`open_csv_bytes` (bytes in memory) return a :class:`CsvReader`:
the encoding and delimiter are told from the first megabyte, the header and the first rows are read,
and :meth:`CsvReader.rows` then yields every non-blank record with the row number a spreadsheet
shows for it (the header is row 1; a quoted value spanning several lines is still one row), decoding
the file as it goes: memory stays bounded by the largest record (:data:`MAX_RECORD_CHARS`), not by the
file. :func:`read_csv` / :func:`read_csv_bytes` read every row into a :class:`CsvTable`.

Whole-file problems raise :class:`CsvReadError` subclasses, which are
:class:`~iomdesk.core.errors.UserError`: when opening (binary or compressed file, no header, too many
columns, ...) or, for damage found further down a big file (a record over the size limit), while
rows are read. Problems of one row are left to the caller (:attr:`CsvRow.problems` for bytes the
encoding cannot read; :func:`iomdesk.interchange.mapping.row_to_input` for the rest).

Pure functions over files: no Qt, no database.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import unicodedata
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import UserError

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
MAX_FILE_BYTES = 512 * 1024 * 1024
# The encoding, the delimiter and whether the file is text at all are told from this much of it.
PREFIX_BYTES = 1024 * 1024
# One record (a row, every line of a quoted multi-line value included) may hold this many characters;
# beyond it the file is refused (a closing quote is missing, or it is not a contacts file).
MAX_RECORD_CHARS = 16 * 1024 * 1024
# More columns than this is not a contacts file (Outlook writes 92, Google about 90).
MAX_COLUMNS = 2000
HEAD_ROWS = 200  # rows kept in memory when a file is opened (the wizard previews 20)
_LINE_CHUNK = 1024 * 1024  # lines are read in pieces of at most this many characters

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Files people rename to .csv by mistake, told by their first bytes (nothing is ever unpacked).
_MAGIC = (
    (b"PK\x03\x04", "a zip archive (or an Excel .xlsx / OpenDocument workbook)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"(\xb5/\xfd", "a zstd-compressed file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel .xls (or Word/Outlook) file"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Bytes the file's encoding cannot read are decoded as U+DC00 + byte (lone surrogates, which no valid
# decoding produces), so the row holding them can be told and rejected; they never leave this module.
_MARK_HANDLER = "iomdesk-mark"
_MARKED = re.compile("[\udc00-\udcff]")
_EOL = re.compile("\r\n|\r|\n")


def _mark(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_MARK_HANDLER, _mark)


def _unmark(text: str) -> str:
    return _MARKED.sub("\ufffd", text)


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
    """The file is binary (a spreadsheet, an archive, an image, ...) rather than text."""


class EncodingError(CsvReadError):
    pass


class TooManyColumnsError(CsvReadError):
    pass


class RecordTooLongError(CsvReadError):
    """One record is over :data:`MAX_RECORD_CHARS` (found while reading, possibly mid-import)."""


@dataclass(frozen=True)
class CsvRow:
    row: int  # the row number a spreadsheet shows (header = 1)
    cells: list[str]
    problems: tuple[str, ...] = ()  # the row cannot be used as it is (bytes the encoding cannot read)


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
    """The share of control characters in the start of ``text`` (0 when there are only a few: one
    stray control character in a small file does not make it binary)."""
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch not in "\t\r\n" and unicodedata.category(ch) == "Cc")
    return bad / len(sample) if bad >= 16 else 0.0


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


# Latin code pages a short text is often mistaken for (not Cyrillic, Greek, Arabic or Hebrew ones).
_LATIN_SIBLINGS = frozenset(
    ["cp1250", "cp1254", "cp1257", "cp1258", "latin-1", "iso8859-1", "iso8859-2", "iso8859-3", "iso8859-4",
     "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "mac-roman",
     "mac-latin2", "mac-turkish", "mac-iceland", "cp437", "cp775", "cp850", "cp852", "cp858", "hp-roman8"]
)


def _magic(data: bytes) -> str | None:
    return next((what for sig, what in _MAGIC if data.startswith(sig)), None)


def _is_blank(data: bytes) -> bool:
    return not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe")


def _decode_prefix(prefix: bytes, codec: str, final: bool, errors: str = "strict") -> str:
    return codecs.getincrementaldecoder(codec)(errors).decode(prefix, final)


def detect_encoding(
    prefix: bytes, complete: bool, encoding: str | None = None, path: str | os.PathLike | None = None
) -> tuple[str, str, int]:
    """(encoding to report, codec to decode with, BOM bytes to skip) for a file starting with
    ``prefix`` (``complete``: the prefix is the whole file). An explicit ``encoding`` overrides
    detection; it must read the prefix. Raises CsvReadError for files that are not text."""
    if complete and _is_blank(prefix):
        raise EmptyFileError("the file is empty", path)
    what = _magic(prefix)
    if what:
        raise NotTextError(
            f"this is {what}, not a text file; nothing was unpacked or imported. "
            "Open it in its program (a spreadsheet: save as CSV UTF-8) and import that file",
            path,
        )
    if encoding:
        try:
            info = codecs.lookup(encoding)
        except LookupError:
            raise EncodingError(f"{encoding!r} is not an encoding this app knows", path) from None
        name = info.name
        # base64, zlib, rot13, hex... (bytes-to-bytes codecs) and idna/punycode are not file encodings:
        # their decoders raise errors of their own (binascii.Error, TypeError, zlib.error...)
        if not getattr(info, "_is_text_encoding", True) or name in ("idna", "punycode", "undefined"):
            raise EncodingError(f"{encoding!r} is not an encoding text files are written in; "
                                "leave the encoding on automatic or choose another", path)
        skip = 0
        if name == "utf-8" and prefix.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        codec = name.replace("-sig", "")
        for bom, bom_name in _BOMS:  # "utf-8-sig", "utf-16-le", ... given with the file's own BOM
            if prefix.startswith(bom) and bom_name.replace("-sig", "") == codec:
                skip = len(bom)
                break
        if codec in ("utf-16", "utf-32") and not prefix.startswith((codecs.BOM_LE, codecs.BOM_BE)):
            # Python's streaming UTF-16/32 decoders need a BOM; without one, the order Windows writes
            order = "-be" if _looks_utf16(prefix) == "utf-16-be" else "-le"
            codec = name = codec + order
        try:
            _decode_prefix(prefix[skip:], codec, complete)
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"the file is not {encoding}: byte {exc.start + skip} cannot be read in it; "
                "leave the encoding on automatic or choose another",
                path,
            ) from None
        except UnicodeError:  # a codec's own complaint (a stream too short for its BOM, ...)
            raise EncodingError(
                f"the file is not {encoding}; leave the encoding on automatic or choose another", path
            ) from None
        return name, codec, skip
    for bom, name in _BOMS:
        if prefix.startswith(bom):
            codec = name.replace("-sig", "")
            if codec != "utf-8":  # UTF-8 with a few bad bytes: those rows are rejected, one by one
                try:
                    _decode_prefix(prefix[len(bom) :], codec, complete)
                except UnicodeDecodeError:
                    raise EncodingError(
                        f"the file starts as {name} but is not valid {name}; it may be damaged", path
                    ) from None
            return name, codec, len(bom)
    guess16 = _looks_utf16(prefix)
    if guess16:
        try:
            _decode_prefix(prefix, guess16, complete)
            return guess16, guess16, 0
        except UnicodeDecodeError:
            pass
    head = prefix[:65536]
    if head.count(0) > max(2, len(head) // 1000):
        raise NotTextError(
            "this is not a text file (it holds binary data); if it is an Excel workbook, "
            "save it as CSV UTF-8 first",
            path,
        )
    text = _decode_prefix(prefix, "utf-8", complete, _MARK_HANDLER)
    bad = len(_MARKED.findall(text))
    if not bad:
        return "utf-8", "utf-8", 0
    # A few bad bytes among many UTF-8 letters: a UTF-8 file with damaged rows (rejected one by one).
    # Mostly bad bytes: a legacy code page.
    if sum(1 for ch in text if ord(ch) > 127) - bad >= bad:
        return "utf-8", "utf-8", 0
    from charset_normalizer import from_bytes

    best = from_bytes(prefix).best()
    if best is None:
        raise NotTextError("this is not a text file the app can read (no text encoding fits)", path)
    name = codecs.lookup(best.encoding).name
    # Short Latin texts are often guessed as a sibling code page; Excel in Western Europe and Latin
    # America saves cp1252, so prefer it whenever it reads the file.
    # A text of plain ASCII with one or two stray high bytes tells nothing about its script: a DOS or
    # Cyrillic guess (cp1125 reads 0xFF as a no-break space) would change a letter silently; take cp1252.
    few_high = sum(1 for b in prefix if b > 127) <= 2
    if name in _LATIN_SIBLINGS or (few_high and name != "cp1252"):
        try:
            _decode_prefix(prefix, "cp1252", complete)
            return "cp1252", "cp1252", 0
        except UnicodeDecodeError:
            pass
    return name, name, 0


def peek_text(
    prefix: bytes, complete: bool, encoding: str | None = None, path: str | os.PathLike | None = None
) -> str:
    """The first characters of a file starting with ``prefix`` (to tell a vCard from a CSV file)."""
    _name, codec, skip = detect_encoding(prefix, complete, encoding, path)
    return _decode_prefix(prefix[skip : skip + 4096], codec, False, "replace")


def decode(
    data: bytes, encoding: str | None = None, path: str | os.PathLike | None = None
) -> tuple[str, str]:
    """Return (text, encoding used) for a whole file in memory (vCard files). Bytes the encoding
    cannot read become U+FFFD. An explicit ``encoding`` overrides detection."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyFileError("the file is empty", path)
    name, codec, skip = detect_encoding(data[:PREFIX_BYTES], len(data) <= PREFIX_BYTES, encoding, path)
    text = data[skip:].decode(codec, "replace")
    if codec.startswith(("utf-16", "utf-32")):
        text = text.lstrip("\ufeff")
    return text, name


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out = []
    for rec in reader:
        out.append(rec)
        if limit is not None and len(out) >= limit:
            break
    return out


def _allow_big_fields() -> None:
    # csv refuses fields over 128 KiB by default; our own record limit (MAX_RECORD_CHARS) applies,
    # and rows with huge cells are rejected one by one later, with a message.
    if csv.field_size_limit() < MAX_RECORD_CHARS + 1:
        csv.field_size_limit(MAX_RECORD_CHARS + 1)


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that splits the first records most consistently."""
    sample = text[:65536]
    truncated = len(text) > len(sample)
    best, best_score = ",", (-1.0, 0)
    _allow_big_fields()
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


def _check_delimiter(delimiter: str | None, path) -> str | None:
    if delimiter is not None and len(delimiter) != 1:
        if delimiter.lower() in ("\\t", "tab"):
            return "\t"
        raise CsvReadError(f"the delimiter must be one character, not {delimiter!r}", path)
    return delimiter


class CsvReader:
    """A CSV file opened for reading row by row.

    Opening reads the first megabyte (encoding, delimiter, "is it text"), the header and the first
    rows (:attr:`first_rows`). :meth:`rows` reads the whole file again from the start, decoding as it
    goes; :attr:`position` / :attr:`size` tell how far the current pass is (for progress).
    """

    def __init__(
        self,
        opener: Callable[[], io.IOBase],
        size: int,
        *,
        text: bool = False,
        encoding: str | None = None,
        delimiter: str | None = None,
        path: str | os.PathLike | None = None,
    ):
        self._opener = opener  # a fresh binary (or, with text=True, text) stream per call
        self._text = text
        self.size = size
        self.path = str(path) if path is not None else None
        self.warnings: list[str] = []
        self.position = 0
        delimiter = _check_delimiter(delimiter, path)
        if text:
            self.encoding, self._codec, self._skip = encoding or "utf-8", "", 0
            with self._open_stream() as fh:
                sample = fh.read(PREFIX_BYTES)
            complete = len(sample) < PREFIX_BYTES
            if complete and not sample.strip(" \t\r\n\x00\ufeff"):
                raise EmptyFileError("the file is empty", path)
        else:
            with self._open_stream(raw=True) as fh:
                prefix = fh.read(PREFIX_BYTES)
            complete = len(prefix) < PREFIX_BYTES
            self.encoding, self._codec, self._skip = detect_encoding(prefix, complete, encoding, path)
            sample = _decode_prefix(prefix[self._skip :], self._codec, complete, _MARK_HANDLER)
            if self._codec.startswith(("utf-16", "utf-32")):
                sample = sample.lstrip("\ufeff")
        sample = sample.replace("\x00", "")
        if _control_ratio(sample) > 0.01:
            raise NotTextError(
                "this does not look like a CSV file (it holds many control characters); "
                "if it is a spreadsheet, save it as CSV first",
                path,
            )
        self.delimiter = delimiter if delimiter is not None else sniff_delimiter(sample)
        self._read_head()

    # -- opening ---------------------------------------------------------------------------------------
    def _open_stream(self, raw: bool = False):
        try:
            fh = self._opener()
        except FileNotFoundError:
            raise FileReadError("the file does not exist (any more)", self.path) from None
        except PermissionError:
            raise FileReadError("the file cannot be opened (permission denied)", self.path) from None
        except OSError as exc:
            raise FileReadError(f"the file cannot be read: {exc.strerror or exc}", self.path) from None
        if raw or self._text:
            return fh
        if self._skip:
            fh.read(self._skip)
        return io.TextIOWrapper(fh, encoding=self._codec, errors=_MARK_HANDLER, newline="")

    def _read_head(self) -> None:
        headers: list[str] | None = None
        head: list[CsvRow] = []
        seen = 0
        at_end = True
        first_piece = self.size
        records = self._records()
        try:
            for number, cells, problems in records:
                if headers is None:
                    if not any(c.strip() for c in cells):
                        continue
                    if len(cells) > MAX_COLUMNS:
                        raise TooManyColumnsError(self._too_many(len(cells)), self.path)
                    headers = [unicodedata.normalize("NFC", h.strip().lstrip("\ufeff").strip()) for h in cells]
                    if problems:
                        headers = [_unmark(h) for h in headers]
                        self.warnings.append("the header holds bytes the encoding cannot read (shown as \ufffd)")
                    self.header_row = number
                    first_piece = self.position
                    continue
                if not any(c.strip() for c in cells):
                    continue
                if len(head) >= HEAD_ROWS and self.position > first_piece:
                    # the rows of the first piece read are counted: enough for an estimate
                    at_end = False
                    break
                seen += 1
                if len(head) < HEAD_ROWS:
                    head.append(CsvRow(number, cells, problems))
        finally:
            records.close()
        if headers is None:
            raise EmptyFileError("the file is empty (no header row)", self.path)
        if not head:
            raise NoRowsError("the file has a header row but no contacts below it", self.path)
        while (
            len(headers) > 1
            and headers[-1] == ""
            and all(len(r.cells) < len(headers) or not r.cells[len(headers) - 1].strip() for r in head)
        ):
            headers.pop()  # Thunderbird ends every line with a delimiter
        if len(headers) < 2 and self.delimiter not in headers[0]:
            self.warnings.append(
                f"the header has one column; if the file uses another delimiter than "
                f"{DELIMITER_NAMES.get(self.delimiter, self.delimiter)}, choose it"
            )
        self.headers = headers
        self.first_rows = head
        self.complete = at_end and len(head) == seen  # every row is in first_rows
        self.exact_count = at_end  # estimated_rows is the row count
        # Else rows per byte of the part read, for a big file's progress and "about N rows".
        self.estimated_rows = seen if at_end else max(seen, round(seen * self.size / max(1, first_piece)))

    def _too_many(self, n: int) -> str:
        return (
            f"the header has {n:,} columns; a contacts file has at most {MAX_COLUMNS:,} "
            "(is this the right file, and is the delimiter right?)"
        )

    # -- reading ----------------------------------------------------------------------------------------
    def _lines(self, fh, state: list) -> Iterator[str]:
        """Physical lines (line ending kept: \r\n, \n or \r), NULs removed, read in pieces of
        _LINE_CHUNK characters. Raises RecordTooLongError when the record being read (``state[0]``
        characters so far) grows over MAX_RECORD_CHARS, before holding more than that."""
        parts: list[str] = []  # the start of a line that continues in the next piece
        held = 0
        first = True
        while True:
            chunk = fh.read(_LINE_CHUNK)
            if not chunk:
                break
            if first:
                first = False
                if chunk[0] == "\ufeff":  # a byte-order mark the codec kept (explicit or guessed UTF-16)
                    chunk = chunk[1:]
                    if not chunk:
                        first = True
                        continue
            start, n = 0, len(chunk)
            if parts and parts[-1][-1] == "\r":  # a line ended with \r at the end of the last piece
                if chunk[0] == "\n":
                    parts.append("\n")
                    start = 1
                yield self._line("".join(parts), state)
                parts, held = [], 0
            for m in _EOL.finditer(chunk, start):
                end = m.end()
                if end == n and chunk[-1] == "\r":  # a \n may follow in the next piece
                    break
                piece = chunk[start:end]
                if parts:
                    parts.append(piece)
                    piece = "".join(parts)
                    parts, held = [], 0
                yield self._line(piece, state)
                start = end
            if start < n:
                parts.append(chunk[start:] if start else chunk)
                held += n - start
                if held + state[0] > MAX_RECORD_CHARS:
                    self._too_long(state)
        if parts:
            yield self._line("".join(parts), state)

    def _line(self, line: str, state: list) -> str:
        state[0] += len(line)
        if state[0] > MAX_RECORD_CHARS:
            self._too_long(state)
        if "\x00" in line:
            line = line.replace("\x00", "")
            if not state[3]:
                state[3] = True
                self.warnings.append("the file held NUL bytes; they were removed")
        if _MARKED.search(line):
            state[1] = True
        return line

    def _too_long(self, state: list):
        raise RecordTooLongError(
            f"row {state[2] + 1} is over {MAX_RECORD_CHARS:,} characters long "
            '(a closing quote (") is probably missing, or this is not a contacts file); '
            "nothing was imported",
            self.path,
        )

    def _records(self) -> Generator[tuple[int, list[str], tuple[str, ...]], None, None]:
        """(row number, cells, problems) of every record, blank ones included."""
        _allow_big_fields()
        state: list = [0, False, 0, any("NUL" in w for w in self.warnings)]  # chars, marked, row, NUL
        with self._open_stream() as fh:
            self.position = 0
            reader = csv.reader(self._lines(fh, state), delimiter=self.delimiter, strict=False)
            number = 0
            while True:
                state[0], state[1], state[2] = 0, False, number
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    raise CsvReadError(f"row {number + 1} cannot be read as CSV: {exc}", self.path) from None
                except UnicodeError:  # not a byte the codec rejects (those are marked) but the stream
                    raise EncodingError(
                        f"row {number + 1} cannot be decoded as {self.encoding}; choose another encoding",
                        self.path,
                    ) from None
                number += 1
                self.position = self._tell(fh)
                problems: tuple[str, ...] = ()
                if state[1]:
                    cells = [_unmark(c) for c in cells]
                    problems = (
                        f"the row holds bytes that are not valid {self.encoding} (shown as \ufffd); "
                        "fix them, or import the file again choosing its encoding",
                    )
                yield number, cells, problems
        self.position = self.size

    def _tell(self, fh) -> int:
        try:
            return (fh if self._text else fh.buffer).tell()
        except (OSError, ValueError):
            return self.position

    def rows(self) -> Iterator[CsvRow]:
        """Every non-blank row after the header, read from the file as it is iterated."""
        if self.complete:
            self.position = self.size
            yield from self.first_rows
            return
        for number, cells, problems in self._records():
            if number <= self.header_row or not any(c.strip() for c in cells):
                continue
            yield CsvRow(number, cells, problems)

    def fraction_read(self) -> float:
        return min(1.0, self.position / self.size) if self.size else 1.0

    def table(self) -> CsvTable:
        """Every row in memory (small files, tests)."""
        return CsvTable(
            headers=self.headers,
            rows=list(self.rows()),
            encoding=self.encoding,
            delimiter=self.delimiter,
            header_row=self.header_row,
            path=self.path,
            warnings=self.warnings,
        )


@contextmanager
def _file_errors(path: str | os.PathLike) -> Iterator[None]:
    """An OSError opening or reading ``path`` as the FileReadError the user sees."""
    try:
        yield
    except FileNotFoundError:
        raise FileReadError("the file does not exist", path) from None
    except PermissionError:
        raise FileReadError("the file cannot be opened (permission denied)", path) from None
    except OSError as exc:
        raise FileReadError(f"the file cannot be read: {exc.strerror or exc}", path) from None


def file_size(path: str | os.PathLike) -> int:
    p = Path(path)
    with _file_errors(path):
        if p.is_dir():
            raise FileReadError("is a folder, not a file", path)
        size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileReadError(
            f"the file is {size // (1024 * 1024)} MB; files over {MAX_FILE_BYTES // (1024 * 1024)} MB "
            "are not imported (split it)",
            path,
        )
    return size


def open_csv(
    path: str | os.PathLike, *, encoding: str | None = None, delimiter: str | None = None
) -> CsvReader:
    """Open a CSV file for streaming. Raises CsvReadError (a UserError) when the file is unusable."""
    size = file_size(path)
    return CsvReader(lambda: open(path, "rb"), size, encoding=encoding, delimiter=delimiter, path=path)


def open_csv_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    path: str | os.PathLike | None = None,
) -> CsvReader:
    return CsvReader(lambda: io.BytesIO(data), len(data), encoding=encoding, delimiter=delimiter, path=path)


def parse_csv(
    text: str,
    delimiter: str | None = None,
    *,
    encoding: str = "utf-8",
    path: str | os.PathLike | None = None,
) -> CsvTable:
    """Split decoded text into header and rows."""
    reader = CsvReader(
        lambda: io.StringIO(text, newline=""), len(text), text=True, encoding=encoding, delimiter=delimiter,
        path=path,
    )
    return reader.table()


def read_csv_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    path: str | os.PathLike | None = None,
) -> CsvTable:
    return open_csv_bytes(data, encoding=encoding, delimiter=delimiter, path=path).table()


def read_file_bytes(path: str | os.PathLike) -> bytes:
    """The whole file (vCard files, which are small); CSV files are streamed by :func:`open_csv`."""
    file_size(path)
    with _file_errors(path):
        return Path(path).read_bytes()


def read_csv(
    path: str | os.PathLike, *, encoding: str | None = None, delimiter: str | None = None
) -> CsvTable:
    """Read a whole CSV file into memory. Raises CsvReadError (a UserError) when it is unusable."""
    return open_csv(path, encoding=encoding, delimiter=delimiter).table()
