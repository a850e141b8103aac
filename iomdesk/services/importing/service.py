"""The import service: ImportService, the one entry the GUI wizard and the CLI call.

In: ImportSources (or a path), the duplicate and unmapped-column policies, strict / dry run,
progress and cancel callbacks, the number of workers. Out: an ImportResult; one transaction per
import (:class:`~.plan.ImportRun` plans and writes inside it): a cancel, a strict failure, a dry
run or any error leaves the database exactly as it was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from ...interchange.mapping import ColumnMap, check_mapping
from ...store.db import write_session
from ...store.pg_search import settle_search_indexes
from .match import Cancelled, Progress
from .plan import ImportRun
from .pool import refuse_in_worker_start
from .result import ImportResult
from .source import ImportSource, read_source

DUPLICATE_POLICIES = ("skip", "update", "create")
UNMAPPED_POLICIES = ("notes", "report")


class _DryRun(Exception):
    pass


class _StrictFailed(Exception):
    pass


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
        chosen by the number of cores and the file's size, see :func:`.pool.choose_workers`);
        the result is the same either way. A worker that dies raises ImportWorkerError (a
        UserError), nothing stored.
        """
        refuse_in_worker_start()  # a worker of another import re-running a script: see .pool
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
                run = ImportRun(s, on_duplicate, unmapped, progress, cancelled, workers)
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
            result.dnc_ids.clear()
            result.dnc_rows.clear()
            result.strict_failed = True
            return result
        settle_search_indexes(self.sf.kw["bind"].engine)  # PostgreSQL: merge the new trigram index entries
        if progress is not None:
            progress(1, 1)
        return result
