"""CLI: ``iomdesk import FILE...`` and ``iomdesk export FILE``, contacts in CSV and vCard files.

``import`` takes CSV or vCard files (``--format``, ``--encoding``, ``--delimiter``; detected by default),
``--on-duplicate skip|update|create``, ``--strict`` (nothing stored if a row is rejected), ``--dry-run`` and
``--rejects FILE`` (the rejected rows with a reason column); it prints ``added N, updated N, skipped N,
rejected N`` and, on stderr, warnings, the backup made before updating, and each rejected row. Exit 0
when every row imported, 1 when some were rejected, 2 when a file could not be read or the backup could
not be made (nothing imported). ``export FILE [--format csv|vcard] [--query Q]`` writes all contacts,
or those the search finds, and says on stderr how many.
"""

from __future__ import annotations

import argparse

from ..core.errors import UserError
from ..core.text import count_of
from ..interchange.csv_read import FileReadError
from ..interchange.mapping import MappingError
from ..services.backup import BackupError, backup_before_import
from ..services.context import AppContext
from ..services.exporter import EXPORT_FORMATS, ExportService
from ..services.importer import (
    DUPLICATE_POLICIES,
    SOURCE_FORMATS,
    ImportService,
    RejectsTargetError,
    check_rejects_target,
    read_source,
    write_rejects,
)
from .base import EXIT_INVALID, EXIT_OK, EXIT_USAGE, command, err, fail, out

NOTHING_IMPORTED = "nothing was imported"


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register `import` and `export` parsers; handlers register with ``base.command``."""
    p = sub.add_parser("import", help="import contacts from CSV or vCard files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=SOURCE_FORMATS, default="auto")
    p.add_argument("--on-duplicate", choices=DUPLICATE_POLICIES, default="skip")
    p.add_argument("--strict", action="store_true", help="import nothing if any row is rejected")
    p.add_argument("--rejects", metavar="FILE", help="write rejected rows (with a reason column) here")
    p.add_argument("--dry-run", action="store_true", help="check and report; store nothing")
    p.add_argument("--encoding", help="the files' encoding (default: detected)")
    p.add_argument("--delimiter", help="CSV delimiter: , ; tab | (default: detected)")

    p = sub.add_parser("export", help="export contacts to CSV or vCard")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=list(EXPORT_FORMATS), default=None, help="default: from FILE's suffix")
    p.add_argument("--query", default="", help="export only the contacts this search finds")


@command("import")
def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    delimiter = args.delimiter
    if delimiter is not None and delimiter.lower() in ("tab", "\\t"):
        delimiter = "\t"
    if args.rejects:
        try:
            check_rejects_target(args.rejects, args.files)
        except RejectsTargetError as exc:
            return fail(exc)
    sources = []
    unreadable = False
    for path in args.files:
        try:
            sources.append(read_source(path, format=args.format, encoding=args.encoding, delimiter=delimiter))
        except FileReadError as exc:
            err(f"error: {exc}")
            unreadable = True
    if unreadable:
        err(NOTHING_IMPORTED)
        return EXIT_USAGE
    shown = set()
    for src in sources:
        for w in src.warnings:
            shown.add(f"{src.name}: {w}" if src.name else w)
            err(f"warning: {src.name}: {w}")
    try:
        saved = backup_before_import(ctx.db, args.on_duplicate, args.dry_run)
    except BackupError as exc:
        return fail(exc, NOTHING_IMPORTED)
    if saved is not None:
        err(f"the directory was backed up to {saved} before the import")
    try:
        result = ImportService(ctx.db.session_factory).import_sources(
            sources, on_duplicate=args.on_duplicate, strict=args.strict, dry_run=args.dry_run
        )
    except (MappingError, FileReadError) as exc:  # FileReadError: damage found further down a big file
        return fail(exc, NOTHING_IMPORTED)
    out(result.summary())
    for w in result.warnings:  # found while importing: phones kept as entered, damage further down a file
        if w not in shown:
            err(f"warning: {w}")
    for issue in result.rejected:
        err(f"rejected: {issue}")
    if result.rejected and args.rejects:
        try:
            n = write_rejects(result, args.rejects, args.files)
        except RejectsTargetError as exc:
            return fail(exc)
        except OSError as exc:
            return fail(f"cannot write {args.rejects}: {exc.strerror or exc}")
        err(f"{count_of(n, 'rejected row')} written to {args.rejects}; fix them and import that file again")
    return EXIT_INVALID if result.rejected else EXIT_OK


def _format_from_suffix(path: str) -> str:
    lower = path.lower()
    return "vcard" if lower.endswith((".vcf", ".vcard")) else "csv"


@command("export")
def cmd_export(ctx: AppContext, args: argparse.Namespace) -> int:
    fmt = args.format or _format_from_suffix(args.file)
    try:
        n = ExportService(ctx.db.session_factory).export(args.file, fmt, query=args.query or None)
    except UserError as exc:
        return fail(exc)
    err(f"{count_of(n, 'contact')} written to {args.file}")
    return EXIT_OK
