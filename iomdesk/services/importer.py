"""Importing contacts from CSV and vCard files: the public names of :mod:`iomdesk.services.importing`.

The import lives in the package, one module per stage (source, plan, match, write, result,
service, the worker pool); this module keeps ``from iomdesk.services.importer import ...`` working
for the CLI, the GUI wizard, tests, benchmarks and fuzz scripts.
"""

from __future__ import annotations

from .importing.pool import ImportWorkerError
from .importing.result import (
    ImportCancelled,
    ImportResult,
    RejectsTargetError,
    RowIssue,
    check_rejects_target,
    write_rejects,
)
from .importing.service import DUPLICATE_POLICIES, UNMAPPED_POLICIES, ImportService
from .importing.source import SOURCE_FORMATS, ImportSource, PreviewRow, read_source, source_from_bytes

__all__ = [
    "DUPLICATE_POLICIES",
    "SOURCE_FORMATS",
    "UNMAPPED_POLICIES",
    "ImportCancelled",
    "ImportResult",
    "ImportService",
    "ImportSource",
    "ImportWorkerError",
    "PreviewRow",
    "RejectsTargetError",
    "RowIssue",
    "check_rejects_target",
    "read_source",
    "source_from_bytes",
    "write_rejects",
]
