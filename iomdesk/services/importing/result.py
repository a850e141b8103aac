"""What an import gives back: the counts, the rejected and duplicate rows, the rejects file.

In: the rows the plan and write stages rejected, skipped or merged (:class:`RowIssue`).
Out: :class:`ImportResult` (``added + updated + skipped + rejected == rows``) and its summary;
:func:`write_rejects` writes the rejected rows as they were plus a "reason" column (refusing the
imported files and databases: :func:`check_rejects_target`). :class:`ImportCancelled` too.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...core.errors import QT_TRANSLATE_NOOP, FieldError, Text, UserError
from ...interchange.csv_write import write_rows
from ...interchange.mapping import header_key
from ...store.db import is_database_file

DUPLICATES_KEPT = 10_000  # duplicate rows listed in the result; the rest are only counted
DNC_ROWS_LISTED = 50  # rows of contacts marked do not contact listed in the summary; the rest counted
KEPT_LISTED = 1_000  # phones kept as entered listed by row in the result's warnings; the rest counted


class ImportCancelled(UserError):
    """The user cancelled; nothing was stored."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was stored")


@dataclass(frozen=True)
class RowIssue:
    """A rejected row (``reasons``: every problem) or a duplicate row (why it was skipped/merged)."""

    row: int
    reasons: tuple[str, ...]
    source: str = ""
    cells: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    contact_id: int | None = None  # for duplicates: the contact it matched, when stored
    # a rejected row's field errors, the last ``len(errors)`` of ``reasons`` (the interface translates them)
    errors: tuple[FieldError, ...] = field(default=(), compare=False)

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
    kept_more_said: bool = False  # the "more phones kept" line is in warnings
    # contacts marked do not contact because an email or phone of theirs is on the suppression list:
    # their ids, and the (row, source) each came from
    dnc_ids: list[int] = field(default_factory=list)
    dnc_rows: list[tuple[int, str]] = field(default_factory=list)

    def dnc_summary(self) -> str:
        """ "2 contacts were marked do not contact (on the suppression list): rows 4, 9"; "" if none."""
        n = len(self.dnc_ids)
        if not n:
            return ""
        sources = {src for _row, src in self.dnc_rows}
        shown = self.dnc_rows[:DNC_ROWS_LISTED]
        if len(sources) > 1:
            where = ", ".join(f"{src} row {row}" if src else f"row {row}" for row, src in shown)
        else:
            where = ("row " if len(self.dnc_rows) == 1 else "rows ") + ", ".join(str(r) for r, _s in shown)
        more = f" and {len(self.dnc_rows) - DNC_ROWS_LISTED:,} more" if len(self.dnc_rows) > DNC_ROWS_LISTED else ""
        was = "contact was" if n == 1 else "contacts were"
        return f"{n:,} {was} marked do not contact (on the suppression list): {where}{more}"

    @property
    def duplicate_count(self) -> int:
        """Every duplicate row, listed in ``duplicates`` or not."""
        return len(self.duplicates) + self.duplicates_more

    def add_duplicate(self, issue: RowIssue) -> None:
        if len(self.duplicates) < DUPLICATES_KEPT:
            self.duplicates.append(issue)
        else:
            self.duplicates_more += 1

    def add_kept_phone(self, where: Text, n: int = 1) -> None:
        """Count the ``n`` phones of one row kept as entered; the rows of the first :data:`KEPT_LISTED`
        are listed in ``warnings``, one line a row (the number itself is not: the user sees it in the
        file)."""
        before = self.kept_phones
        self.kept_phones += n
        if before < KEPT_LISTED:  # a Text: the window says it in the user's language (ui/messages.text_of)
            self.warnings.append(
                Text(QT_TRANSLATE_NOOP("core", "{where}: phone kept as entered: no country code"), where=where)
                if n == 1 else
                Text(QT_TRANSLATE_NOOP("core", "{where}: {count} phones kept as entered: no country code"),
                     where=where, count=n))
        elif not self.kept_more_said:
            self.kept_more_said = True
            self.warnings.append(Text(QT_TRANSLATE_NOOP(
                "core", "more phones kept as entered: no country code (see the summary)")))

    def summary(self) -> str:
        text = f"added {self.added}, updated {self.updated}, skipped {self.skipped}, rejected {len(self.rejected)}"
        if self.kept_phones:
            n = self.kept_phones
            text += f"; {n} phone{'s' if n != 1 else ''} kept as entered (no country code)"
        if self.dnc_ids:
            text += "; " + self.dnc_summary()
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
