"""Exporting contacts: all of them, the results of a search, or a list of ids; CSV or vCard.

The file is written to a temporary name beside the target and renamed at the end, so a cancelled
or failed export never leaves a half-written file (and never damages an existing one).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..core.errors import UserError
from ..interchange.csv_write import ENCODINGS, FORMATS, table_for, write_rows
from ..interchange.vcard import write_vcards
from ..store.db import is_database_file, read_snapshot
from .contacts import ContactService
from .records import ContactRecord
from .search import SearchService

EXPORT_FORMATS = {**FORMATS, "vcard": "vCard 3.0 (.vcf)", "vcard4": "vCard 4.0 (.vcf)"}
SUFFIXES = {
    "csv": ".csv",
    "excel": ".csv",
    "google": ".csv",
    "outlook": ".csv",
    "vcard": ".vcf",
    "vcard4": ".vcf",
}


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


class ExportError(UserError):
    pass


class ExportService:
    PAGE = 1000

    def __init__(self, session_factory):
        self.sf = session_factory
        self.search = SearchService(session_factory)
        self.contacts = ContactService(session_factory)

    def count(self, *, query: str | None = None, ids: Sequence[int] | None = None) -> int:
        if ids is not None:
            return len(ids)
        return self.search.count(query or "")

    def records(
        self, *, query: str | None = None, ids: Sequence[int] | None = None
    ) -> Iterator[ContactRecord]:
        """The contacts to export, a page at a time: ``ids`` in their order, else the search
        results for ``query`` (every contact when it is empty), sorted by name."""
        if ids is not None:
            ids = list(ids)
            for start in range(0, len(ids), self.PAGE):
                yield from self.contacts.get_many(ids[start : start + self.PAGE])
            return
        offset = 0
        while True:
            page = self.search.search(query or "", limit=self.PAGE, offset=offset)
            yield from page
            if len(page) < self.PAGE:
                return
            offset += self.PAGE

    def export(
        self,
        path: str | os.PathLike,
        format: str = "csv",
        *,
        query: str | None = None,
        ids: Sequence[int] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the contacts to ``path``; return how many were written.

        ``format``: "csv" (ours, UTF-8), "excel" (ours, UTF-8 with BOM), "google", "outlook",
        "vcard" (3.0) or "vcard4". Raises ExportCancelled when ``cancelled()`` turns True.
        """
        if format not in EXPORT_FORMATS:
            raise ExportError(f"unknown export format {format!r} (use {', '.join(EXPORT_FORMATS)})")
        if is_database_file(Path(path)):
            raise ExportError(f"{path} is a database (a directory or a backup); it was not overwritten. "
                              "Choose another file name for the export.")
        records: list[ContactRecord] = []
        with read_snapshot(self.sf) as snapshot:  # pages of one state, whatever other apps save meanwhile
            reader = self if snapshot is self.sf else ExportService(snapshot)
            total = reader.count(query=query, ids=ids)
            for rec in reader.records(query=query, ids=ids):
                records.append(rec)
                if len(records) % 200 == 0:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    if progress is not None:
                        progress(len(records), total)
        target = Path(path)
        if target.is_dir():
            raise ExportError(f"{target} is a folder; choose a file name")
        tmp = target.with_name(f".{target.name}.part")
        try:
            if format in ("vcard", "vcard4"):
                version = "4.0" if format == "vcard4" else "3.0"
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    for i, card in enumerate(write_vcards(records, version), start=1):
                        fh.write(card)
                        if i % 200 == 0 and cancelled is not None and cancelled():
                            raise ExportCancelled()
                    _flush_to_disk(fh)
            else:
                headers, rows = table_for(format, records)
                with open(tmp, "w", encoding=ENCODINGS[format], newline="") as fh:
                    write_rows(fh, headers, rows)
                    _flush_to_disk(fh)
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            os.replace(tmp, target)
        except OSError as exc:
            raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
        finally:
            if tmp.exists():
                tmp.unlink()
        if progress is not None:
            progress(total, total)
        return len(records)


def _flush_to_disk(fh) -> None:
    """The new file's bytes reach the disk before it replaces the old one: after a power cut the
    target is the old export or the new one, never an empty file."""
    fh.flush()
    os.fsync(fh.fileno())
