"""Importing contacts from CSV and vCard files: validated, de-duplicated, all or nothing.

The flow the GUI wizard and the CLI share::

    source = read_source(path)                 # whole-file problems raise FileReadError (a UserError)
    source.mapping                             # the automatic column mapping; edit it freely
    source.preview(20)                         # the first rows as the app will read them
    result = ImportService(sf).import_source(source, on_duplicate="update",
                                             progress=cb, cancelled=flag)
    write_rejects(result, "rejects.csv")       # the rows to fix, with a "reason" column

Every row is validated with the core rules (:func:`iomdesk.core.contact.validate_contact`, using the
country already recorded for the office, like :func:`~iomdesk.services.contacts.draft_for`). A
duplicate (same email, else same E.164 phone, else same name and office) of a contact in the
directory or of an earlier row is skipped, merged ("update": fill empty fields and add new phones,
emails, tags and notes, never remove anything) or created anyway. The whole import is one
transaction: a cancel or any failure leaves the database exactly as it was.

Every row ends up counted once: ``added + updated + skipped + rejected == rows``. A row is
"updated" when its data went into an existing contact (from the directory or an earlier row), and
"skipped" when it was a duplicate that was not merged or brought nothing new.

Memory does not grow with the file or the directory: rows are read as a stream, new contacts and
merges are written every :data:`FLUSH_AT` rows (still inside the one transaction) and duplicates
are looked up in the database. What does grow: the rejected rows (the rejects file needs them),
the ids of the contacts added and updated, and the first :data:`DUPLICATES_KEPT` duplicate rows
(the rest are counted in ``duplicates_more``).

A big CSV file is read and validated by worker processes while this process matches and writes
(:mod:`iomdesk.services.import_pool`; ``workers``); the result is the one a single process gives.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from ..core.contact import ContactDraft, ContactInput, PhoneInput, validate_contact
from ..core.emails import email_key
from ..core.errors import UserError, ValidationError
from ..core.offices import country_for_office
from ..core.phones import phone_key
from ..core.text import clean
from ..interchange.csv_read import (
    PREFIX_BYTES,
    CsvReader,
    CsvRow,
    FileReadError,
    file_size,
    open_csv,
    open_csv_bytes,
    peek_text,
)
from ..interchange.csv_write import OWN_HEADERS, write_rows
from ..interchange.mapping import (
    ColumnMap,
    RowInput,
    add_unmapped_to_notes,
    auto_mapping,
    check_mapping,
    header_key,
    row_to_input,
)
from ..interchange.vcard import CardInput, looks_like_vcard, read_vcard_bytes, read_vcard_file
from ..store.db import is_database_file, write_session
from ..store.fts import drop_fts_insert_triggers, index_contact_range, restore_fts_insert_triggers
from ..store.models import Contact, Email, Office, Phone, Tag, contact_tags, utcnow
from ..store.search import refresh_search_text, search_fields
from .contacts import CONTACT_LOAD, add_missing, same_person_by_phone, set_office_country
from .import_pool import (
    PoolStartFailed,
    ValidatorPool,
    choose_workers,
    name_key,
    office_key,
    reason,
    refuse_in_worker_start,
)

DUPLICATE_POLICIES = ("skip", "update", "create")
UNMAPPED_POLICIES = ("notes", "report")
SOURCE_FORMATS = ("auto", "csv", "vcard")
VCARD_SUFFIXES = (".vcf", ".vcard")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(UserError):
    """The user cancelled; nothing was stored."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was stored")


class _DryRun(Exception):
    pass


# -- sources ----------------------------------------------------------------------------------------


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
            f"{len(dropped)} card(s) hold a {' / '.join(kinds)}; the directory has no field for it, "
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


# -- results ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowIssue:
    """A rejected row (``reasons``: every problem) or a duplicate row (why it was skipped/merged)."""

    row: int
    reasons: tuple[str, ...]
    source: str = ""
    cells: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    contact_id: int | None = None  # for duplicates: the contact it matched, when stored

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}row {self.row}: {'; '.join(self.reasons)}"


@dataclass
class ImportResult:
    rows: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    duplicates: list[RowIssue] = field(default_factory=list)  # the first DUPLICATES_KEPT only
    duplicates_more: int = 0  # duplicate rows beyond those listed in ``duplicates``
    unmapped_columns: list[str] = field(default_factory=list)  # columns whose values were not kept
    added_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    stored: bool = False
    dry_run: bool = False
    strict_failed: bool = False
    warnings: list[str] = field(default_factory=list)
    kept_phones: int = 0  # phones stored as entered (no country code, no country); each a warning

    @property
    def duplicate_count(self) -> int:
        """Every duplicate row, listed in ``duplicates`` or not."""
        return len(self.duplicates) + self.duplicates_more

    def add_duplicate(self, issue: RowIssue) -> None:
        if len(self.duplicates) < DUPLICATES_KEPT:
            self.duplicates.append(issue)
        else:
            self.duplicates_more += 1

    def add_kept_phone(self, where: str) -> None:
        """Count a phone kept as entered; the first :data:`KEPT_LISTED` are listed in
        ``warnings`` by row (the number itself is not: the user sees it in the file)."""
        self.kept_phones += 1
        if self.kept_phones <= KEPT_LISTED:
            self.warnings.append(f"{where}: phone kept as entered: no country code")
        elif self.kept_phones == KEPT_LISTED + 1:
            self.warnings.append("more phones kept as entered: no country code (see the summary)")

    def summary(self) -> str:
        text = f"added {self.added}, updated {self.updated}, skipped {self.skipped}, rejected {len(self.rejected)}"
        if self.kept_phones:
            n = self.kept_phones
            text += f"; {n} phone{'s' if n != 1 else ''} kept as entered (no country code)"
        if self.dry_run:
            text += " (dry run: nothing was stored)"
        elif self.strict_failed:
            text += " (strict: some rows were rejected, so nothing was imported)"
        return text


class RejectsTargetError(UserError):
    """The rejects file would overwrite a file being imported or a database. Nothing was written."""


def check_rejects_target(path: str | os.PathLike, inputs: Sequence[str | os.PathLike | None] = ()) -> None:
    """Refuse a rejects file that is one of the files being imported (it would replace the user's file
    with its rejected rows) or a database (the directory itself, a backup)."""
    target = Path(path)
    for source in inputs:
        if source is None:
            continue
        try:
            same = target.resolve() == Path(source).resolve() or (
                target.exists() and os.path.samefile(target, source))
        except OSError:
            same = False
        if same:
            raise RejectsTargetError(f"{path} is the file being imported; the rejected rows would replace "
                                     "it. Choose another name for the rejects file. Nothing was written.")
    if is_database_file(target):
        raise RejectsTargetError(f"{path} is a database (a directory or a backup); it was not overwritten. "
                                 "Choose another name for the rejects file.")


def write_rejects(result: ImportResult, path: str | os.PathLike,
                  inputs: Sequence[str | os.PathLike | None] = ()) -> int:
    """Write the rejected rows, as they were in the file, plus a "reason" column.

    The file is UTF-8 with a BOM (Excel opens it right); fixed, it imports again as it is. Returns
    the number of rows written. ``inputs``: the files imported, which it refuses to overwrite (as it
    refuses a database: :func:`check_rejects_target`).
    """
    check_rejects_target(path, inputs)
    headers: list[str] = []
    seen: set[tuple[str, int]] = set()
    keyed_rows = []
    for issue in result.rejected:
        counts: dict[str, int] = {}
        keyed = []
        for i, h in enumerate(issue.headers):
            if header_key(h) == "reason":
                continue
            n = counts.get(h, 0)
            counts[h] = n + 1
            if (h, n) not in seen:
                seen.add((h, n))
                headers.append(h)
            keyed.append(((h, n), issue.cells[i] if i < len(issue.cells) else ""))
        keyed_rows.append((dict(keyed), issue))
    order: list[tuple[str, int]] = []
    counts2: dict[str, int] = {}
    for h in headers:
        n = counts2.get(h, 0)
        counts2[h] = n + 1
        order.append((h, n))
    rows = [[cells.get(k, "") for k in order] + ["; ".join(issue.reasons)] for cells, issue in keyed_rows]
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        write_rows(fh, headers + ["reason"], rows)
    os.replace(tmp, target)
    return len(rows)


# -- the import ---------------------------------------------------------------------------------------


_reason = reason  # the worker processes' function (import_pool), also used here
_key = office_key  # fold() for strings that repeat across rows (office and tag names)


def search_columns(
    name: str,
    role: str,
    office: str,
    country: str | None,
    emails: Sequence[str],
    tags: Sequence[str],
    phones: Sequence,
    own: tuple[str, str, str, str] | None = None,
) -> dict[str, str]:
    """Every search column of a new contact, as ``refresh_search_text`` would set them (a test
    proves the stored values equal a fresh ``refresh_search_text``). ``own``: the draft's
    :func:`~.import_pool.own_search_parts` when a worker computed them."""
    return search_fields(name, role, office, country, emails, tags, phones, own=own)


draft_name_key = name_key  # fold(draft.name), computed once per draft (maybe by a worker)


@dataclass
class _Office:
    id: int | None
    name: str
    country: str | None  # as stored (or as it will be stored)
    changed: bool = False
    resolved: str | None = None  # country_for_office(name), computed once
    resolved_done: bool = False

    def validation_country(self) -> str | None:
        if self.country:
            return self.country
        if not self.resolved_done:
            self.resolved = country_for_office(self.name)
            self.resolved_done = True
        return self.resolved


@dataclass
class _New:
    draft: ContactDraft
    row: int
    source: str


def _merge(into: ContactDraft, new: ContactDraft) -> bool:
    """Fill empty fields of ``into`` and add new phones, emails, tags, notes. True if it changed."""
    changed = False
    if not into.role and new.role:
        into.role, changed = new.role, True
    if not into.office and new.office:
        into.office, into.office_country, changed = new.office, new.office_country, True
    if not into.country and new.country:
        into.country, changed = new.country, True
    if new.notes and new.notes not in into.notes:
        into.notes, changed = (f"{into.notes}\n\n{new.notes}" if into.notes else new.notes), True
    changed = _append_new(into.phones, new.phones, phone_key) or changed
    changed = _append_new(into.emails, new.emails, email_key) or changed
    changed = _append_new(into.tags, new.tags, _key) or changed
    if changed:
        into.__dict__.pop("_own", None)  # its search parts are computed again when it is written
    return changed


def _append_new(into: list, new: list, key) -> bool:
    """Append the items of ``new`` whose key ``into`` does not have yet; True if any was."""
    have = {key(x) for x in into}
    added = False
    for x in new:
        if key(x) not in have:
            into.append(x)
            have.add(key(x))
            added = True
    return added


_MISSING = object()


def _tag_order(tag: tuple[int | None, str]) -> str:
    return _key(tag[1])


BULK_INDEX_AT = 2000  # from this many new contacts on, the FTS indexes are filled after the inserts


class _BulkWriter:
    """Inserts many rows of one table. On SQLite: one DB-API executemany with plain tuples (the
    values bound exactly as SQLAlchemy binds them); elsewhere SQLAlchemy's executemany."""

    def __init__(self, conn):
        self.conn = conn
        self.dialect = conn.dialect
        self.raw = self.dialect.name == "sqlite"
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[str, list]] = {}

    def _plan(self, table, keys: tuple[str, ...]) -> tuple[str, list]:
        plan = self._plans.get((table.name, keys))
        if plan is None:
            quote = self.dialect.identifier_preparer.quote
            sql = (
                f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[k].name) for k in keys)}) "
                f"VALUES ({', '.join('?' for _ in keys)})"
            )
            procs = [
                (i, proc)
                for i, k in enumerate(keys)
                if (proc := table.c[k].type.dialect_impl(self.dialect).bind_processor(self.dialect))
                is not None
            ]
            plan = self._plans[(table.name, keys)] = (sql, procs)
        return plan

    def insert_tuples(self, table, keys: tuple[str, ...], rows: list[tuple]) -> None:
        """Insert ``rows``, each a tuple of the values of ``keys`` in that order."""
        if not self.raw:
            self.conn.execute(insert(table), [dict(zip(keys, row, strict=True)) for row in rows])
            return
        sql, procs = self._plan(table, keys)
        if procs:
            memos = [(i, proc, {}) for i, proc in procs]
            out = []
            for row in rows:
                values = list(row)
                for i, proc, memo in memos:
                    v = values[i]
                    try:
                        values[i] = memo[v]
                    except KeyError:
                        values[i] = memo[v] = proc(v)
                    except TypeError:  # not hashable
                        values[i] = proc(v)
                out.append(tuple(values))
            rows = out
        self.conn.exec_driver_sql(sql, rows)

    def insert(self, table, rows: list[dict]) -> None:
        if not self.raw:
            self.conn.execute(insert(table), rows)
            return
        keys = tuple(rows[0])
        sql, procs = self._plan(table, keys)
        if procs:
            # The processed columns (timestamps, booleans) repeat a few values: each is bound once.
            get = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
            memos = [(i, proc, {}) for i, proc in procs]
            tuples = []
            for row in rows:
                values = list(get(row))
                for i, proc, memo in memos:
                    v = values[i]
                    try:
                        values[i] = memo[v]
                    except KeyError:
                        values[i] = memo[v] = proc(v)
                    except TypeError:  # not hashable
                        values[i] = proc(v)
                tuples.append(tuple(values))
        else:
            tuples = [tuple(row.values()) for row in rows]
        self.conn.exec_driver_sql(sql, tuples)


_PHONE_KEYS = ("contact_id", "position", "raw", "e164", "display", "kind", "valid", "extension")
_EMAIL_KEYS = ("contact_id", "position", "address", "address_key")
_TAG_KEYS = ("contact_id", "tag_id")

FLUSH_AT = 2000  # new contacts (or merged rows) held in memory before they are written
DUPLICATES_KEPT = 10_000  # duplicate rows listed in the result; the rest are only counted
KEPT_LISTED = 1_000  # phones kept as entered listed by row in the result's warnings; the rest counted

_SQL_EMAIL = "SELECT contact_id FROM emails WHERE address_key = ? ORDER BY contact_id LIMIT 1"
_SQL_PHONE = "SELECT contact_id FROM phones WHERE e164 = ? ORDER BY contact_id LIMIT 1"
# "+office_id": the name_key index, not the office one (an office holds thousands of contacts)
_SQL_NAME = "SELECT id FROM contacts WHERE name_key = ? AND +office_id = ? ORDER BY id LIMIT 1"
_SQL_NAME_NO_OFFICE = "SELECT id FROM contacts WHERE name_key = ? AND office_id IS NULL ORDER BY id LIMIT 1"
_SQL_CONTACT = "SELECT name, name_key FROM contacts WHERE id = ?"
_SQL_EMAILS_OF = "SELECT address_key FROM emails WHERE contact_id = ?"


class _StrictFailed(Exception):
    pass


class _Run:
    """One import inside one transaction.

    Rows are planned and written a chunk at a time (:data:`FLUSH_AT`): memory holds the drafts of
    the new contacts not written yet, the merges into stored contacts not applied yet and their
    duplicate keys; earlier contacts (the directory's and those this import wrote) are matched
    through the database. A later row that matches a contact written by an earlier chunk is merged
    into it like into any stored contact.
    """

    CHUNK = 1000

    def __init__(
        self,
        s: Session,
        policy: str,
        unmapped: str,
        progress: Progress | None,
        cancelled: Cancelled | None,
        workers: int | None = None,
    ):
        self.s = s
        self.workers = workers  # see import_pool.choose_workers
        self.redone = 0  # rows a worker validated that this process validated again
        self._claimed: dict[str, str] = {}  # office key -> the country this import gave it
        self.policy = policy
        self.unmapped = unmapped
        self.progress = progress
        self.cancelled = cancelled
        self.result = ImportResult()
        self.new: list[_New] = []
        self.new_base = 0  # new contacts written before self.new[0]
        self.db_merges: dict[int, list[tuple[ContactDraft, int, str, str]]] = {}
        self.merge_rows = 0
        self.written = 0  # rows written so far (new contacts and merges): the second half of progress
        self.done = 0
        self.total = 0
        self.now = utcnow()
        self.conn = s.connection()
        self.raw = self.conn.dialect.name == "sqlite"
        self.writer = _BulkWriter(self.conn)
        self.cur = self.conn.connection.driver_connection.cursor() if self.raw else None
        self.next_id: int | None = None
        self.first_new_id: int | None = None
        self._fts: list | None = None  # SQLite: the FTS insert triggers dropped, put back at the end
        self._updated: set[int] = set()
        self._office_by_text: dict[str, _Office | None] = {}  # office text as given -> office
        # stored contacts by email key, e164, (name key, office id): look-ups asked for a chunk of
        # rows at once (_prefetch), until the next write; None: ask row by row
        self._known: tuple[dict, dict, dict] | None = None
        self._load()
        self._clear_pending_keys()

    # -- directory state ---------------------------------------------------------------------------
    def _load(self) -> None:
        s = self.s
        self.offices: dict[str, _Office] = {
            key: _Office(id_, name, country)
            for id_, name, key, country in s.execute(
                select(Office.id, Office.name, Office.name_key, Office.country)
            )
        }
        self.tags: dict[str, tuple[int | None, str]] = {
            key: (id_, name) for id_, name, key in s.execute(select(Tag.id, Tag.name, Tag.name_key))
        }

    def _clear_pending_keys(self) -> None:
        # duplicate keys of the rows not written yet -> target: a stored contact id (> 0) or
        # -(index + 1) of a new contact (counting every new contact of this import)
        self.by_email: dict[str, int] = {}
        self.emails_of: dict[int, set[str]] = {}  # target -> its email keys (phone-match guard)
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.name_keys: dict[int, str] = {}  # new targets only

    # -- stored contacts, looked up (the earliest contact wins) -------------------------------------
    def _one(self, raw_sql: str, params: tuple, stmt):
        """The first row of a look-up: on SQLite straight through the DB-API cursor of the
        transaction's connection (a look-up per row and key: SQLAlchemy's overhead would double
        the import's time); elsewhere the Core statement ``stmt()`` builds."""
        if self.cur is not None:
            return self.cur.execute(raw_sql, params).fetchone()
        return self.conn.execute(stmt()).first()

    def _stored_by_email(self, key: str) -> int | None:
        if self._known is not None:
            return self._known[0].get(key)
        row = self._one(_SQL_EMAIL, (key,), lambda: select(Email.contact_id).where(Email.address_key == key)
                        .order_by(Email.contact_id).limit(1))
        return row[0] if row else None

    def _stored_by_phone(self, e164: str) -> int | None:
        if self._known is not None:
            return self._known[1].get(e164)
        row = self._one(_SQL_PHONE, (e164,), lambda: select(Phone.contact_id).where(Phone.e164 == e164)
                        .order_by(Phone.contact_id).limit(1))
        return row[0] if row else None

    def _stored_by_name(self, name_key: str, office: _Office | None) -> int | None:
        if office is not None and office.id is None:
            return None  # an office no stored contact can be in yet
        if self._known is not None:
            return self._known[2].get((name_key, office.id if office is not None else None))
        def stmt(where):
            return lambda: select(Contact.id).where(Contact.name_key == name_key, where()).order_by(Contact.id).limit(1)

        if office is None:
            row = self._one(_SQL_NAME_NO_OFFICE, (name_key,), stmt(lambda: Contact.office_id.is_(None)))
        else:
            row = self._one(_SQL_NAME, (name_key, office.id), stmt(lambda: Contact.office_id == office.id))
        return row[0] if row else None

    def _prefetch(self, drafts: list[ContactDraft]) -> None:
        """Ask the database at once what :meth:`_match` would ask it row by row for ``drafts``
        (SQLite; the earliest contact of each key, as the single look-ups give). The answers hold
        until the next write (:meth:`_flush`)."""
        if self.cur is None or self.policy == "create":
            return
        emails = list({email_key(a) for d in drafts for a in d.emails})
        phones = list({p.e164 for d in drafts for p in d.phones if p.e164})
        names = list({draft_name_key(d) for d in drafts})
        cur = self.cur
        by_email: dict[str, int] = {}
        by_phone: dict[str, int] = {}
        by_name: dict[tuple[str, int | None], int] = {}
        step = 500  # bound parameters per statement
        for i in range(0, len(emails), step):
            part = emails[i : i + step]
            by_email.update(cur.execute(
                "SELECT address_key, MIN(contact_id) FROM emails WHERE address_key IN "
                f"({','.join('?' * len(part))}) GROUP BY address_key", part))
        for i in range(0, len(phones), step):
            part = phones[i : i + step]
            by_phone.update(cur.execute(
                f"SELECT e164, MIN(contact_id) FROM phones WHERE e164 IN ({','.join('?' * len(part))}) "
                "GROUP BY e164", part))
        for i in range(0, len(names), step):
            part = names[i : i + step]
            for key, office_id, cid in cur.execute(
                f"SELECT name_key, office_id, MIN(id) FROM contacts WHERE name_key IN ({','.join('?' * len(part))}) "
                "GROUP BY name_key, office_id", part):
                by_name[(key, office_id)] = cid
        self._known = (by_email, by_phone, by_name)

    def _stored_contact(self, cid: int) -> tuple[str, str]:
        row = self._one(_SQL_CONTACT, (cid,), lambda: select(Contact.name, Contact.name_key).where(Contact.id == cid))
        return (row[0], row[1]) if row else ("?", "")

    def _stored_email_keys(self, cid: int) -> set[str]:
        if self.cur is not None:
            rows = self.cur.execute(_SQL_EMAILS_OF, (cid,)).fetchall()
        else:
            rows = self.conn.execute(select(Email.address_key).where(Email.contact_id == cid))
        return {r[0] for r in rows}

    # -- helpers ---------------------------------------------------------------------------------------
    def _tick(self, n: int = 1) -> None:
        self._tick_to(self.done + n)

    def _tick_to(self, done: int) -> None:
        self.done = done
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def _office(self, name: str) -> _Office | None:
        found = self._office_by_text.get(name, _MISSING)
        if found is not _MISSING:
            return found
        text = name
        name = clean(name)
        key = _key(name)
        if not key:
            office = None
        else:
            office = self.offices.get(key)
            if office is None:
                office = self.offices[key] = _Office(None, name, None)
        self._office_by_text[text] = office
        return office

    def _claim_office_country(self, draft: ContactDraft) -> None:
        """What get_or_create_office does: an office without a country takes the contact's."""
        office = self._office(draft.office)
        country = draft.office_country or draft.country
        if office is not None and office.country is None and country:
            office.country = country
            office.changed = True
            self._claimed = {**self._claimed, _key(clean(draft.office)): country}  # for the workers

    def _pending(self, target: int) -> _New:
        return self.new[-target - 1 - self.new_base]

    @staticmethod
    def _stored_label(cid: int, name: str) -> str:
        return f"{name} (contact {cid} in the directory)"

    def _describe(self, target: int) -> str:
        if target > 0:
            return self._stored_label(target, self._stored_contact(target)[0])
        first = self._pending(target)
        return f"row {first.row}" + (f" of {first.source}" if first.source else "")

    def _name_key_of(self, target: int) -> str:
        if target > 0:
            return self._stored_contact(target)[1]
        return self.name_keys.get(target, "")

    def _email_keys_of(self, target: int) -> set[str]:
        if target > 0:
            return self._stored_email_keys(target) | self.emails_of.get(target, set())
        return self.emails_of.get(target, set())

    def _match(self, draft: ContactDraft) -> tuple[int | None, str]:
        # The database holds every key registered before this chunk, so it is asked first.
        for a in draft.emails:
            key = email_key(a)
            t = self._stored_by_email(key)
            if t is None:
                t = self.by_email.get(key)
            if t is not None:
                return t, f"same email {a}"
        for p in draft.phones:
            if p.e164:
                t = self._stored_by_phone(p.e164)
                if t is None:
                    t = self.by_phone.get(p.e164)
                if t is not None and same_person_by_phone(
                    draft_name_key(draft), {email_key(a) for a in draft.emails},
                    self._name_key_of(t), self._email_keys_of(t),
                ):
                    return t, f"same phone {p.e164}"
        name_key = draft_name_key(draft)
        t = self._stored_by_name(name_key, self._office(draft.office))
        if t is None:
            t = self.by_name.get((name_key, _key(draft.office)))
        if t is not None:
            return t, "same name and office"
        return None, ""

    def _register(self, draft: ContactDraft, target: int) -> None:
        if target < 0:
            self.name_keys.setdefault(target, draft_name_key(draft))
        for a in draft.emails:
            self.by_email.setdefault(email_key(a), target)
            self.emails_of.setdefault(target, set()).add(email_key(a))
        for p in draft.phones:
            if p.e164:
                self.by_phone.setdefault(p.e164, target)
        self.by_name.setdefault((draft_name_key(draft), _key(draft.office)), target)

    # -- phase 1: read, validate, resolve duplicates; written a chunk at a time ----------------------
    def plan(self, sources: Sequence[ImportSource]) -> None:
        res = self.result
        # Progress: reading is the first half, writing (chunks written as they fill up) the second; a
        # big CSV file's row count is an estimate, and how far its reading is comes from the bytes read.
        estimates = [max(1, src.row_count) for src in sources]
        self.total = 2 * sum(estimates)
        unmapped_seen: dict[str, None] = {}
        base = 0
        pool = None
        pool_failed = False
        try:
            for src, estimate in zip(sources, estimates, strict=True):
                headers = tuple(src.headers)
                label = src.name if len(sources) > 1 else ""
                counted = 0
                workers = choose_workers(self.workers, estimate) if src.format == "csv" and not pool_failed else 1
                if workers > 1 and pool is None:
                    pool = self._start_pool(workers)
                rest = None  # rows for this process alone: all of them, or those after a pool that failed
                if workers > 1:
                    width = len(src.headers)
                    source_rows = src.iter_rows()
                    try:
                        for chunk in pool.results(source_rows, src.mapping, width, lambda: self._claimed,
                                                  self.cancelled):
                            self._prefetch([out[0] for _r, out in chunk if out[0] is not None])
                            for r, out in chunk:
                                counted += 1
                                self._tick_to(base + min(src.rows_done(counted), estimate) + self.written)
                                cells = r.cells if len(r.cells) <= width else r.cells[:width]
                                self._validated_row(src, r, out, label, headers, cells, unmapped_seen)
                            self._known = None
                    except PoolStartFailed as exc:
                        # the workers never started: this process reads every row itself (from
                        # the first; the pool gave none back), without a pool from now on
                        pool_failed = True
                        pool.close()
                        pool = None
                        self._known = None
                        rest = src.items(rows=itertools.chain(exc.rows, source_rows))
                    self._tick_to(self.done)  # a cancel seen while waiting for a worker
                else:
                    rest = src.items()
                if rest is not None:
                    for row, ri, problems, cells in rest:
                        counted += 1
                        self._tick_to(base + min(src.rows_done(counted), estimate) + self.written)
                        self._row(row, ri, problems, cells, label, headers, unmapped_seen)
                base += estimate
        finally:
            if pool is not None:
                pool.close()
        res.unmapped_columns = list(unmapped_seen)
        self.done, self.total = res.rows + self.written, 2 * res.rows  # the rows are counted now

    def _start_pool(self, workers: int) -> ValidatorPool:
        # The country each office's rows are validated with, as the directory has it now; the
        # countries this import gives offices follow with every chunk (self._claimed).
        known = {key: office.validation_country() for key, office in self.offices.items()}
        return ValidatorPool(workers, known, self.unmapped)

    def _row(self, row: int, ri: RowInput | None, problems: list[str], cells, label: str,
             headers: tuple[str, ...], unmapped_seen: dict[str, None]) -> None:
        """One row read in this process: validate it and place it."""
        res = self.result
        res.rows += 1
        reasons = list(problems)
        draft = None
        if ri is not None:
            if ri.unmapped:
                if self.unmapped == "notes":
                    add_unmapped_to_notes(ri.data, ri.unmapped)
                else:
                    unmapped_seen.update((h, None) for h, _ in ri.unmapped)
            office = self._office(ri.data.office)
            try:
                # Phones without a country code take the row's country, else the office's.
                draft = validate_contact(
                    ri.data, office.validation_country() if office else None, country_first=True,
                    keep_no_country=True,
                )
            except ValidationError as exc:
                reasons.extend(_reason(e) for e in exc.errors)
        if reasons or draft is None:
            res.rejected.append(RowIssue(row, tuple(reasons), label, tuple(cells), headers))
            return
        self._place(draft, row, label)
        self._note_kept(draft, row, label)

    def _validated_row(self, src: ImportSource, r: CsvRow, out: tuple, label: str,
                       headers: tuple[str, ...], cells, unmapped_seen: dict[str, None]) -> None:
        """One row a worker validated: placed as :meth:`_row` would, which it does itself when the
        worker read the row's phones with another country than this process would now."""
        draft, reasons, office_text, unmapped_headers, region = out
        office = self._office(office_text)
        if (office.validation_country() if office else None) != region:
            self.redone += 1
            self._known = None  # prefetched for the worker's draft, not this one
            ri = row_to_input(r.cells, src.mapping, len(src.headers))
            problems = [*r.problems, *ri.problems] if r.problems else ri.problems
            self._row(r.row, ri, problems, cells, label, headers, unmapped_seen)
            return
        res = self.result
        res.rows += 1
        if unmapped_headers:
            unmapped_seen.update((h, None) for h in unmapped_headers)
        if draft is None:
            res.rejected.append(RowIssue(r.row, tuple(reasons), label, tuple(cells), headers))
            return
        self._place(draft, r.row, label)
        self._note_kept(draft, r.row, label)

    def _note_kept(self, draft: ContactDraft, row: int, label: str) -> None:
        """A warning for each phone of the row kept as entered (no country code, no country to
        read it in): stored, not rejected, and listed so the user can add the country."""
        for p in draft.phones:
            if p.e164 is None:
                self.result.add_kept_phone(f"{label}: row {row}" if label else f"row {row}")

    def _place(self, draft: ContactDraft, row: int, label: str) -> None:
        res = self.result
        target, why = (None, "") if self.policy == "create" else self._match(draft)
        if target is None:
            self.new.append(_New(draft, row, label))
            self._register(draft, -(self.new_base + len(self.new)))
            self._claim_office_country(draft)
            res.added += 1
            if len(self.new) >= FLUSH_AT:
                self._flush()
            return
        if self.policy == "skip":
            res.skipped += 1
            res.add_duplicate(
                RowIssue(
                    row,
                    (f"skipped: {why} as {self._describe(target)}",),
                    label,
                    contact_id=max(target, 0) or None,
                )
            )
            return
        if target < 0:  # an earlier row of this import, not written yet
            into = self._pending(target).draft
            had_office = bool(into.office)
            if _merge(into, draft):
                res.updated += 1
                res.add_duplicate(RowIssue(row, (f"merged into {self._describe(target)}: {why}",), label))
                if not had_office and into.office:
                    self._claim_office_country(into)
            else:
                res.skipped += 1
                res.add_duplicate(
                    RowIssue(row, (f"skipped: {why} as {self._describe(target)}, nothing new",), label)
                )
            self._register(into, target)
            return
        # a stored contact: the directory's, or one an earlier chunk of this import wrote
        self.db_merges.setdefault(target, []).append((draft, row, label, why))
        self._register(draft, target)
        self.merge_rows += 1
        if self.merge_rows >= FLUSH_AT:
            self._flush()

    # -- phase 2: write --------------------------------------------------------------------------------
    def write(self) -> None:
        """Write what is still held, then what waits for the end: the country an existing office
        gained (its contacts' search fields follow) and the FTS insert triggers."""
        self._flush()
        s = self.s
        changed = [o for o in self.offices.values() if o.id is not None and o.changed]
        for office in changed:
            obj = s.get(Office, office.id)
            if obj is not None and obj.country is None:
                set_office_country(s, obj, office.country)  # its contacts' search fields follow
        s.flush()
        if self._fts is not None:
            restore_fts_insert_triggers(self.conn, self._fts)
            self._fts = None

    def _flush(self) -> None:
        """Write the new contacts held (offices and tags they need first) and apply the merges into
        stored contacts; then forget them and their keys."""
        self._known = None  # the database changes: prefetched look-ups no longer hold
        self._write_offices_tags()
        if self.new:
            self._insert_new()
        if self.db_merges:
            self._write_merges()
        self.new_base += len(self.new)
        self.new = []
        self.db_merges = {}
        self.merge_rows = 0
        self._clear_pending_keys()

    def _write_offices_tags(self) -> None:
        s = self.s
        needed_offices = {_key(n.draft.office) for n in self.new if n.draft.office}
        needed_offices |= {
            _key(d.office) for merges in self.db_merges.values() for d, *_ in merges if d.office
        }
        created = []
        for key in sorted(needed_offices):
            office = self.offices[key]
            if office.id is None:
                obj = Office(name=office.name, name_key=key, country=office.country)
                s.add(obj)
                created.append((office, obj))
        needed_tags: dict[str, str] = {}
        for n in self.new:
            for t in n.draft.tags:
                needed_tags.setdefault(_key(t), t)
        for merges in self.db_merges.values():
            for d, *_ in merges:
                for t in d.tags:
                    needed_tags.setdefault(_key(t), t)
        new_tags = []
        for key, name in needed_tags.items():
            if key not in self.tags:
                obj = Tag(name=name, name_key=key)
                s.add(obj)
                new_tags.append((key, obj))
        if not created and not new_tags:
            return
        s.flush()
        for office, obj in created:
            office.id = obj.id
            office.changed = False  # stored with the country it has now
        for key, obj in new_tags:
            self.tags[key] = (obj.id, obj.name)

    def _insert_new(self) -> None:
        s = self.s
        contact_table = Contact.__table__
        writer = self.writer
        tags = self.tags
        offices = self.offices
        now = self.now
        stmt = insert(contact_table).returning(contact_table.c.id, sort_by_parameter_order=True)
        # SQLite: the ids the database would give (max + 1, one after another: the table has no
        # AUTOINCREMENT), set here so the rows go in one executemany without RETURNING. The
        # transaction already read the directory, so a concurrent writer makes this write fail
        # (and roll back) rather than collide.
        if writer.raw and self.next_id is None:
            self.next_id = (s.scalar(select(func.max(Contact.id))) or 0) + 1
        # Many new contacts: they are indexed (FTS) a chunk at a time right after their inserts,
        # before a later merge can UPDATE them, instead of row by row.
        bulk_index = writer.raw and (self._fts is not None or len(self.new) >= BULK_INDEX_AT)
        if bulk_index and self._fts is None:
            self._fts = drop_fts_insert_triggers(self.conn)
        first_id = self.next_id
        for start in range(0, len(self.new), self.CHUNK):
            chunk = self.new[start : start + self.CHUNK]
            rows = []
            for n in chunk:
                d = n.draft
                office = offices.get(_key(d.office)) if d.office else None
                if len(d.tags) > 1:
                    tag_names = [
                        name for _id, name in sorted((tags[_key(t)] for t in d.tags), key=_tag_order)
                    ]
                else:
                    tag_names = [tags[_key(t)][1] for t in d.tags]
                country = (office.country if office is not None and office.country else None) or d.country
                row = {
                    "name": d.name,
                    "name_key": draft_name_key(d),
                    "role": d.role,
                    "office_id": office.id if office is not None else None,
                    "country": d.country,
                    "notes": d.notes,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                row.update(
                    search_columns(
                        d.name,
                        d.role,
                        office.name if office is not None else "",
                        country,
                        d.emails,
                        tag_names,
                        d.phones,
                        d.__dict__.get("_own"),  # a worker's own_search_parts, dropped if merged into
                    )
                )
                rows.append(row)
            if self.next_id is not None:
                ids = list(range(self.next_id, self.next_id + len(rows)))
                self.next_id += len(rows)
                for row, cid in zip(rows, ids, strict=True):
                    row["id"] = cid
                writer.insert(contact_table, rows)
            else:
                ids = list(s.scalars(stmt, rows))
            if self.first_new_id is None:
                self.first_new_id = ids[0]
            # rows as tuples in these columns' order (see _PHONE_KEYS ...): no dict per row
            phone_rows, email_rows, tag_rows = [], [], []
            for cid, n in zip(ids, chunk, strict=True):
                d = n.draft
                phone_rows.extend(
                    (cid, i, p.raw, p.e164, p.display, p.kind, p.valid, p.extension)
                    for i, p in enumerate(d.phones)
                )
                email_rows.extend((cid, i, a, email_key(a)) for i, a in enumerate(d.emails))
                if d.tags:
                    tag_rows.extend((cid, tid) for tid in {tags[_key(t)][0] for t in d.tags})
            if phone_rows:
                writer.insert_tuples(Phone.__table__, _PHONE_KEYS, phone_rows)
            if email_rows:
                writer.insert_tuples(Email.__table__, _EMAIL_KEYS, email_rows)
            if tag_rows:
                writer.insert_tuples(contact_tags, _TAG_KEYS, tag_rows)
            self.result.added_ids.extend(ids)
            self.written += len(chunk)
            self._tick(len(chunk))
        if bulk_index:
            index_contact_range(self.conn, self._fts, first_id, self.next_id - 1)

    def _write_merges(self) -> None:
        s = self.s
        res = self.result
        ids = list(self.db_merges)
        for start in range(0, len(ids), self.CHUNK):
            chunk = ids[start : start + self.CHUNK]
            # A re-import mostly brings nothing new: those contacts are compared in plain rows and
            # only the others are loaded (with their phones, emails, tags) and changed.
            names, load = self._merge_targets(chunk)
            contacts = {
                c.id: c
                for c in s.scalars(select(Contact).where(Contact.id.in_(load)).options(*CONTACT_LOAD))
            } if load else {}
            for cid in chunk:
                merges = self.db_merges[cid]
                if cid in names:  # nothing new in any of its rows
                    label = self._stored_label(cid, names[cid])
                    res.skipped += len(merges)
                    for _draft, row, source, why in merges:
                        res.add_duplicate(
                            RowIssue(row, (f"skipped: {why} as {label}, nothing new",), source, contact_id=cid)
                        )
                    continue
                contact = contacts.get(cid)
                if contact is None:  # deleted meanwhile: treat as skipped
                    res.skipped += len(merges)
                    continue
                changed_any = False
                for draft, row, label, why in merges:
                    if self._apply(contact, draft):
                        changed_any = True
                        res.updated += 1
                        res.add_duplicate(
                            RowIssue(row, (f"added to {self._stored_label(cid, contact.name)}: {why}",),
                                     label, contact_id=cid)
                        )
                    else:
                        res.skipped += 1
                        res.add_duplicate(
                            RowIssue(
                                row,
                                (f"skipped: {why} as {self._stored_label(cid, contact.name)}, nothing new",),
                                label,
                                contact_id=cid,
                            )
                        )
                if changed_any:
                    refresh_search_text(contact)
                    # a contact this import added is listed in added_ids only
                    if (self.first_new_id is None or cid < self.first_new_id) and cid not in self._updated:
                        self._updated.add(cid)
                        res.updated_ids.append(cid)
            s.flush()
            n = sum(len(self.db_merges[c]) for c in chunk)
            self.written += n
            self._tick(n)
            s.expunge_all()  # the merged contacts are written; do not keep them

    def _merge_targets(self, chunk: list[int]) -> tuple[dict[int, str], list[int]]:
        """Split stored contacts to merge into: ({id: name} of those no row of :attr:`db_merges`
        brings anything new to, as :meth:`_apply` decides), [ids to load and change]."""
        conn = self.conn
        state: dict[int, tuple] = {
            cid: (name, role, office_id, country, notes, set(), set(), set())
            for cid, name, role, office_id, country, notes in conn.execute(
                select(Contact.id, Contact.name, Contact.role, Contact.office_id, Contact.country,
                       Contact.notes).where(Contact.id.in_(chunk))
            )
        }
        for cid, e164, raw, ext in conn.execute(
            select(Phone.contact_id, Phone.e164, Phone.raw, Phone.extension).where(Phone.contact_id.in_(chunk))
        ):
            state[cid][5].add(f"{e164 or raw};{ext or ''}")  # phone_key
        for cid, key in conn.execute(
            select(Email.contact_id, Email.address_key).where(Email.contact_id.in_(chunk))
        ):
            state[cid][6].add(key)
        for cid, key in conn.execute(
            select(contact_tags.c.contact_id, Tag.name_key)
            .join(Tag, Tag.id == contact_tags.c.tag_id)
            .where(contact_tags.c.contact_id.in_(chunk))
        ):
            state[cid][7].add(key)
        unchanged: dict[int, str] = {}
        load: list[int] = []
        for cid in chunk:
            st = state.get(cid)
            if st is not None and not any(self._would_change(st, d) for d, *_ in self.db_merges[cid]):
                unchanged[cid] = st[0]
            else:
                load.append(cid)
        return unchanged, load

    @staticmethod
    def _would_change(st: tuple, d: ContactDraft) -> bool:
        """Whether :meth:`_apply` would change a contact in state ``st`` (see _merge_targets)."""
        _name, role, office_id, country, notes, phones, emails, tags = st
        return bool(
            (not role and d.role)
            or (office_id is None and d.office)
            or (not country and d.country)
            or (d.notes and d.notes not in (notes or ""))
            or any(phone_key(p) not in phones for p in d.phones)
            or any(email_key(a) not in emails for a in d.emails)
            or any(_key(t) not in tags for t in d.tags)
        )

    def _apply(self, contact: Contact, d: ContactDraft) -> bool:
        """Fill empty fields and add what is new; never remove anything."""
        changed = False
        if not contact.role and d.role:
            contact.role, changed = d.role, True
        if contact.office is None and d.office:
            office = self.offices[_key(d.office)]
            contact.office = self.s.get(Office, office.id)
            changed = True
        if not contact.country and d.country:
            contact.country, changed = d.country, True
        if d.notes and d.notes not in (contact.notes or ""):
            contact.notes = f"{contact.notes}\n\n{d.notes}" if contact.notes else d.notes
            changed = True
        if add_missing(contact, d.phones, d.emails):
            changed = True
        have = {t.name_key for t in contact.tags}
        for t in d.tags:
            key = _key(t)
            if key not in have:
                contact.tags.append(self.s.get(Tag, self.tags[key][0]))
                have.add(key)
                changed = True
        return changed


class ImportService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    def read(
        self,
        path: str | os.PathLike,
        *,
        format: str = "auto",
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> ImportSource:
        return read_source(path, format=format, encoding=encoding, delimiter=delimiter)

    def import_file(self, path: str | os.PathLike, **options) -> ImportResult:
        """Read and import one file. ``options``: format, encoding, delimiter, then as
        :meth:`import_sources`."""
        read_opts = {k: options.pop(k) for k in ("format", "encoding", "delimiter") if k in options}
        return self.import_sources([read_source(path, **read_opts)], **options)

    def import_source(
        self, source: ImportSource, mapping: list[ColumnMap] | None = None, **options
    ) -> ImportResult:
        if mapping is not None:
            source.mapping = mapping
        return self.import_sources([source], **options)

    def import_sources(
        self,
        sources: Sequence[ImportSource],
        *,
        on_duplicate: str = "skip",
        strict: bool = False,
        dry_run: bool = False,
        unmapped: str = "notes",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        workers: int | None = None,
    ) -> ImportResult:
        """Import every row of ``sources`` in one transaction.

        ``on_duplicate``: "skip", "update" (fill empty fields, add new phones/emails/tags/notes) or
        "create". ``strict``: import nothing if any row is rejected. ``dry_run``: validate and count,
        store nothing. ``unmapped``: "notes" keeps values of columns that map to no field in the
        contact's notes ("Header: value" lines); "report" lists those columns in the result instead.
        ``progress(done, total)`` is called as work advances (done/total is the fraction);
        ``cancelled()`` is polled as often, and returning True raises ImportCancelled with nothing
        stored. Raises MappingError or FileReadError (UserErrors) before touching the database.
        ``workers``: processes that read and validate a big CSV file (1: this one alone; None or 0:
        chosen by the number of cores and the file's size, see :func:`import_pool.choose_workers`);
        the result is the same either way. A worker that dies raises ImportWorkerError (a
        UserError), nothing stored.
        """
        refuse_in_worker_start()  # a worker of another import re-running a script: see import_pool
        if on_duplicate not in DUPLICATE_POLICIES:
            raise ValueError(f"on_duplicate must be one of {DUPLICATE_POLICIES}, not {on_duplicate!r}")
        if unmapped not in UNMAPPED_POLICIES:
            raise ValueError(f"unmapped must be one of {UNMAPPED_POLICIES}, not {unmapped!r}")
        for src in sources:
            if src.format == "csv":
                check_mapping(src.mapping, len(src.headers))
        result: ImportResult
        try:
            with write_session(self.sf) as s:
                run = _Run(s, on_duplicate, unmapped, progress, cancelled, workers)
                run.plan(sources)
                result = run.result
                for src in sources:
                    result.warnings.extend(f"{src.name}: {w}" if src.name else w for w in src.warnings)
                if strict and result.rejected:
                    raise _StrictFailed()  # rolls back what was written so far
                run.write()
                if dry_run:
                    raise _DryRun()
                result.stored = True
        except _DryRun:
            result.dry_run = True
            result.added_ids.clear()
            result.updated_ids.clear()
        except _StrictFailed:
            result.added = result.updated = result.skipped = 0
            result.duplicates.clear()
            result.duplicates_more = 0
            result.added_ids.clear()
            result.updated_ids.clear()
            result.strict_failed = True
            return result
        if progress is not None:
            progress(1, 1)
        return result
