"""Planning: the rows of the sources -> validated drafts placed as new, skipped or merged.

In: ImportSources (:mod:`.source`). Each row is mapped and validated here or, for a big CSV
file, by the worker pool (:mod:`.pool`; a row a worker read with another country than this
process would now is validated again here), then matched (:mod:`.match`) and held; a full chunk
(:data:`FLUSH_AT`) is written (:mod:`.write`) while reading goes on. Out: ``result``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import PureWindowsPath

from sqlalchemy.orm import Session

from ...core.contact import MAX_SOURCE, ContactDraft, validate_contact
from ...core.errors import QT_TRANSLATE_NOOP, FieldError, Text, ValidationError
from ...interchange.csv_read import CsvRow
from ...interchange.mapping import RowInput, add_unmapped_to_notes, row_to_input
from .match import Cancelled, Progress, _merge, _New
from .pool import PoolStartFailed, ValidatorPool, choose_workers
from .pool import reason as _reason  # the worker processes' function, also used here
from .result import RowIssue
from .source import ImportSource
from .write import Writer

FLUSH_AT = 2000  # new contacts (or merged rows) held in memory before they are written


def auto_source(name: str) -> str:
    """The source of a contact an import of file ``name`` adds: "Imported from media.csv". The file
    name only: a folder path can hold the user's name."""
    base = PureWindowsPath(name or "").name  # either kind of separator
    return f"Imported from {base}"[:MAX_SOURCE] if base else "Imported from a file"


class ImportRun(Writer):
    """One import inside one transaction.

    Rows are planned and written a chunk at a time (:data:`FLUSH_AT`): memory holds the drafts of
    the new contacts not written yet, the merges into stored contacts not applied yet and their
    duplicate keys; earlier contacts (the directory's and those this import wrote) are matched
    through the database. A later row that matches a contact written by an earlier chunk is merged
    into it like into any stored contact.
    """

    def __init__(
        self,
        s: Session,
        policy: str,
        unmapped: str,
        progress: Progress | None,
        cancelled: Cancelled | None,
        workers: int | None = None,
    ):
        self.workers = workers  # see pool.choose_workers
        self.redone = 0  # rows a worker validated that this process validated again
        self.unmapped = unmapped
        super().__init__(s, policy, progress, cancelled)

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
                self.auto_sources.setdefault(label, auto_source(src.name))
                counted = 0
                workers = choose_workers(self.workers, estimate) if src.format == "csv" and not pool_failed else 1
                if workers > 1 and pool is None:
                    pool = self._start_pool(workers)
                rest = None  # rows for this process alone: all of them, or those after a pool that failed
                if workers > 1 and pool is not None:  # (a pool is started above when workers > 1)
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
        errors: tuple[FieldError, ...] = ()
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
                errors = tuple(exc.errors)
                reasons.extend(_reason(e) for e in errors)
        if reasons or draft is None:
            res.rejected.append(RowIssue(row, tuple(reasons), label, tuple(cells), headers, errors=errors))
            return
        self._place(draft, row, label)
        self._note_kept(draft, row, label)

    def _validated_row(self, src: ImportSource, r: CsvRow, out: tuple, label: str,
                       headers: tuple[str, ...], cells, unmapped_seen: dict[str, None]) -> None:
        """One row a worker validated: placed as :meth:`_row` would, which it does itself when the
        worker read the row's phones with another country than this process would now."""
        draft, reasons, office_text, unmapped_headers, region, errors = out
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
            res.rejected.append(RowIssue(r.row, tuple(reasons), label, tuple(cells), headers, errors=errors))
            return
        self._place(draft, r.row, label)
        self._note_kept(draft, r.row, label)

    def _note_kept(self, draft: ContactDraft, row: int, label: str) -> None:
        """A warning for each phone of the row kept as entered (no country code, no country to
        read it in): stored, not rejected, and listed so the user can add the country."""
        kept = sum(p.e164 is None for p in draft.phones)
        if kept:  # one warning a row, however many of its phones
            where = (Text(QT_TRANSLATE_NOOP("core", "{source}: row {row}"), source=label, row=row) if label
                     else Text(QT_TRANSLATE_NOOP("core", "row {row}"), row=row))
            self.result.add_kept_phone(where, kept)

    def _place(self, draft: ContactDraft, row: int, label: str) -> None:
        res = self.result
        target, why = (None, "") if self.policy == "create" else self._match(draft)
        if target is None:
            if not draft.source:
                draft.source = self.auto_sources.get(label, "")
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
