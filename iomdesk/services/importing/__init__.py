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
merges are written every :data:`~.plan.FLUSH_AT` rows (still inside the one transaction) and duplicates
are looked up in the database. What does grow: the rejected rows (the rejects file needs them),
the ids of the contacts added and updated, and the first :data:`~.result.DUPLICATES_KEPT` duplicate rows
(the rest are counted in ``duplicates_more``).

A big CSV file is read and validated by worker processes while this process matches and writes
(:mod:`.pool`; ``workers``); the result is the one a single process gives.

The stages, one module each: :mod:`.source` (read) -> :mod:`.plan` (map and validate, here or in
the worker :mod:`.pool`) -> :mod:`.match` (duplicates) -> :mod:`.write` (with :mod:`.bulk`);
:mod:`.result` and :mod:`.service` are what callers use (re-exported here and by
``iomdesk.services.importer``).

The public names load on first use (PEP 562): a spawned worker imports :mod:`.pool` through this
package and must not load SQLAlchemy or the store (``tests/services/test_import_pool_start.py``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_PUBLIC = {
    "DUPLICATE_POLICIES": "service",
    "UNMAPPED_POLICIES": "service",
    "ImportService": "service",
    "SOURCE_FORMATS": "source",
    "ImportSource": "source",
    "PreviewRow": "source",
    "read_source": "source",
    "source_from_bytes": "source",
    "ImportCancelled": "result",
    "ImportResult": "result",
    "RejectsTargetError": "result",
    "RowIssue": "result",
    "check_rejects_target": "result",
    "write_rejects": "result",
    "ImportWorkerError": "pool",
}

__all__ = [
    "DUPLICATE_POLICIES",
    "ImportCancelled",
    "ImportResult",
    "ImportService",
    "ImportSource",
    "ImportWorkerError",
    "PreviewRow",
    "RejectsTargetError",
    "RowIssue",
    "SOURCE_FORMATS",
    "UNMAPPED_POLICIES",
    "check_rejects_target",
    "read_source",
    "source_from_bytes",
    "write_rejects",
]

if TYPE_CHECKING:
    from .pool import ImportWorkerError
    from .result import (
        ImportCancelled,
        ImportResult,
        RejectsTargetError,
        RowIssue,
        check_rejects_target,
        write_rejects,
    )
    from .service import DUPLICATE_POLICIES, UNMAPPED_POLICIES, ImportService
    from .source import SOURCE_FORMATS, ImportSource, PreviewRow, read_source, source_from_bytes


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
