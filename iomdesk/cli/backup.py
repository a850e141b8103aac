"""CLI: ``iomdesk backup FILE`` and ``iomdesk restore FILE``.

``backup`` writes a consistent copy of the whole directory (``--db``: SQLite or PostgreSQL) to FILE,
an IOM Desk SQLite file, and prints ``Backed up N contacts, N articles to FILE``. ``restore`` copies a
backup into the empty directory ``--db`` names, verifies every row, and prints what it restored (a
percentage on stderr while it works, when stderr is a terminal). Exit 2, with nothing written or
changed, for an unreadable or non-IOM-Desk file, a backup made by a newer IOM Desk, a non-empty target,
or the live database given as the backup file.
"""

from __future__ import annotations

import argparse
import sys

from ..services.backup import BackupError, backup_database, restore_database
from ..services.context import AppContext
from .base import EXIT_OK, command, err, fail, out


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register `backup` and `restore` parsers; handlers register with ``base.command``."""
    p = sub.add_parser("backup", help="write a consistent copy of the whole directory to FILE")
    p.add_argument("file", metavar="FILE", help="the backup file to write (an IOM Desk SQLite file)")
    p = sub.add_parser("restore", help="restore a backup FILE into an empty directory (pick it with --db)")
    p.add_argument("file", metavar="FILE", help="a file written by `iomdesk backup` or File > Back up")


@command("backup")
def cmd_backup(ctx: AppContext, args: argparse.Namespace) -> int:
    try:
        result = backup_database(ctx.db, args.file)
    except BackupError as exc:
        return fail(exc)
    out(result.summary())
    return EXIT_OK


def _terminal_progress(verb: str):
    """A percentage on stderr when it is a terminal (a big restore takes tens of seconds)."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            sys.stderr.write(f"\r{verb}: {percent}%")
            sys.stderr.flush()

    return report


@command("restore")
def cmd_restore(ctx: AppContext, args: argparse.Namespace) -> int:
    progress = _terminal_progress("restoring and verifying")
    try:
        result = restore_database(ctx.db, args.file, progress=progress)
    except BackupError as exc:
        if progress:
            sys.stderr.write("\n")
        return fail(exc)
    if progress:
        sys.stderr.write("\r" + " " * 40 + "\r")
    if result.migrated_from:
        err(f"note: the backup was made at schema {result.migrated_from}; it was upgraded (on a copy) first")
    out(result.summary())
    return EXIT_OK
