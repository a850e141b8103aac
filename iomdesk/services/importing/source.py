"""Reading an import's files: a CSV or vCard file (a path, or bytes) -> an :class:`ImportSource`.

In: a path or the file's bytes, with the format, encoding and delimiter the user chose (or "auto").
Out: an ImportSource: the headers, the automatic column mapping (CSV), the cards (vCard), warnings,
and the rows as a stream (``items``: row number, RowInput, problems, original cells). Whole-file
problems raise FileReadError (a UserError) here, before the import touches the database.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...core.contact import ContactInput, PhoneInput
from ...core.text import count_of
from ...interchange.csv_read import (
    PREFIX_BYTES,
    CsvReader,
    CsvRow,
    FileReadError,
    file_size,
    open_csv,
    open_csv_bytes,
    peek_text,
)
from ...interchange.csv_write import OWN_HEADERS
from ...interchange.mapping import ColumnMap, RowInput, auto_mapping, row_to_input
from ...interchange.vcard import CardInput, looks_like_vcard, read_vcard_bytes, read_vcard_file

SOURCE_FORMATS = ("auto", "csv", "vcard")
VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass
class PreviewRow:
    row: int
    data: ContactInput | None
    problems: list[str]
    unmapped: list[tuple[str, str]]


@dataclass
class ImportSource:
    """A file opened and ready to import. ``mapping`` (CSV only) may be edited before importing.

    A CSV file is read row by row while it is imported (:meth:`iter_rows`); only its header and
    first rows (:attr:`first_rows`) are held from opening on. ``row_count`` is exact for vCard and
    small CSV files, an estimate from the bytes per row of the first rows otherwise
    (``row_count_exact``).
    """

    name: str
    format: str  # "csv" or "vcard"
    headers: list[str]
    encoding: str
    delimiter: str | None = None
    cards: list[CardInput] = field(default_factory=list)
    mapping: list[ColumnMap] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    path: str | None = None
    reader: CsvReader | None = None

    @property
    def first_rows(self) -> list[CsvRow]:
        """The first rows of a CSV file (up to csv_read.HEAD_ROWS; all of a small file)."""
        return self.reader.first_rows if self.reader is not None else []

    @property
    def rows(self) -> list[CsvRow]:
        """Every row of a CSV file, in memory; an import streams them (:meth:`iter_rows`) instead."""
        return list(self.iter_rows())

    def iter_rows(self) -> Iterator[CsvRow]:
        return self.reader.rows() if self.reader is not None else iter(())

    @property
    def row_count(self) -> int:
        return self.reader.estimated_rows if self.reader is not None else len(self.cards)

    @property
    def row_count_exact(self) -> bool:
        return self.reader.exact_count if self.reader is not None else True

    def rows_done(self, counted: int) -> int:
        """How many of ``row_count`` rows are behind once ``counted`` rows were read (for progress:
        by bytes read when the count is an estimate)."""
        if self.reader is None or self.reader.exact_count:
            return counted
        return int(self.reader.fraction_read() * self.row_count)

    def items(self, mapping: Sequence[ColumnMap] | None = None, rows: Iterable[CsvRow] | None = None):
        """(row number, RowInput | None, problems, original cells) for every row or card."""
        if self.format == "vcard":
            for card in self.cards:
                cells = _input_cells(card.data) if card.data is not None else [""] * len(OWN_HEADERS)
                ri = RowInput(card.data, list(card.problems), list(card.unmapped)) if card.data else None
                yield card.row, ri, list(card.problems), cells
            return
        mapping = self.mapping if mapping is None else mapping
        width = len(self.headers)
        for r in self.iter_rows() if rows is None else rows:
            ri = row_to_input(r.cells, mapping, width)
            problems = [*r.problems, *ri.problems] if r.problems else ri.problems
            # a rejected row keeps its cells under the header (the rejects file has no others)
            yield r.row, ri, problems, r.cells if len(r.cells) <= width else r.cells[:width]

    def preview(self, n: int = 20, mapping: Sequence[ColumnMap] | None = None) -> list[PreviewRow]:
        """The first ``n`` rows as the import will read them (before validation)."""
        head = self.first_rows
        rows = head if self.reader is not None and (n <= len(head) or self.reader.complete) else None
        out = []
        for row, ri, problems, _cells in self.items(mapping, rows):
            out.append(PreviewRow(row, ri.data if ri else None, problems, ri.unmapped if ri else []))
            if len(out) >= n:
                break
        return out


def _input_cells(data: ContactInput) -> list[str]:
    """A ContactInput as a row of our own CSV format (for the rejects file of a vCard import)."""
    phones = [p if isinstance(p, PhoneInput) else PhoneInput(str(p)) for p in data.phones]
    return [
        data.name,
        data.role,
        data.office,
        data.country,
        "; ".join(p.raw for p in phones),
        "; ".join(p.kind or "auto" for p in phones),
        "; ".join(data.emails),
        "; ".join(data.tags),
        data.notes,
        "; ".join(data.languages),
        "; ".join(data.beats),
        data.source,
        data.lawful_basis,
        data.review_date.isoformat() if isinstance(data.review_date, dt.date) else (data.review_date or ""),
    ]


def _vcard_source(data: bytes | None, name: str, encoding: str | None, path) -> ImportSource:
    """The cards of a vCard file (``data``: its bytes, else read from ``path`` a piece at a time)."""
    if data is None:
        cards, used = read_vcard_file(path, encoding)
    else:
        cards, used = read_vcard_bytes(data, encoding, path)
    if not cards:
        raise FileReadError("no vCard found (no BEGIN:VCARD line)", path)
    warnings = []
    dropped = [c for c in cards if c.dropped]
    if dropped:
        kinds = sorted({k.lower() for c in dropped for k in c.dropped})
        warnings.append(
            f"{count_of(len(dropped), 'card')} {'holds' if len(dropped) == 1 else 'hold'} a {' / '.join(kinds)}; "
            "the directory has no field for it, "
            "so it was not imported (the rest of each card was)"
        )
    return ImportSource(
        name=name,
        format="vcard",
        headers=list(OWN_HEADERS),
        encoding=used,
        cards=cards,
        path=_s(path),
        warnings=warnings,
    )


def _csv_source(reader: CsvReader, name: str, path) -> ImportSource:
    return ImportSource(
        name=name,
        format="csv",
        headers=reader.headers,
        encoding=reader.encoding,
        delimiter=reader.delimiter,
        mapping=auto_mapping(reader.headers),
        warnings=reader.warnings,  # the same list: warnings found while rows are read join it
        path=_s(path),
        reader=reader,
    )


def _is_vcard(prefix: bytes, complete: bool, name: str, encoding: str | None, path) -> bool:
    if Path(name).suffix.lower() in VCARD_SUFFIXES:
        return True
    return looks_like_vcard(peek_text(prefix, complete, encoding, path))


def source_from_bytes(
    data: bytes,
    *,
    name: str = "",
    format: str = "auto",
    encoding: str | None = None,
    delimiter: str | None = None,
    path: str | os.PathLike | None = None,
) -> ImportSource:
    if format not in SOURCE_FORMATS:
        raise FileReadError(f"unknown format {format!r} (use {', '.join(SOURCE_FORMATS)})", path)
    if format == "vcard" or (
        format == "auto" and _is_vcard(data[:PREFIX_BYTES], len(data) <= PREFIX_BYTES, name, encoding, path)
    ):
        return _vcard_source(data, name, encoding, path)
    reader = open_csv_bytes(data, encoding=encoding, delimiter=delimiter, path=path)
    return _csv_source(reader, name, path)


def _s(path) -> str | None:
    return str(path) if path is not None else None


def read_source(
    path: str | os.PathLike,
    *,
    format: str = "auto",
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ImportSource:
    """Open a CSV or vCard file. Raises FileReadError (a UserError) when it cannot be used at all.

    A CSV file is streamed: opening reads its first megabyte and first rows, the import the rest.
    """
    if format not in SOURCE_FORMATS:
        raise FileReadError(f"unknown format {format!r} (use {', '.join(SOURCE_FORMATS)})", path)
    name = Path(path).name
    if format == "auto":
        size = file_size(path)
        try:
            with open(path, "rb") as fh:
                prefix = fh.read(PREFIX_BYTES)
        except OSError as exc:
            raise FileReadError(f"the file cannot be read: {exc.strerror or exc}", path) from None
        if _is_vcard(prefix, size <= PREFIX_BYTES, name, encoding, path):
            format = "vcard"
    if format == "vcard":
        return _vcard_source(None, name, encoding, path)
    return _csv_source(open_csv(path, encoding=encoding, delimiter=delimiter), name, path)
