"""CLI: ``iomdesk [--db SRC] copy --to URL``, a personal directory copied into a team database.

``--to`` is a database URL (``postgresql+psycopg://user@host/db``) or an SQLite file (made when
missing); ``--on-duplicate skip|update|create`` as the import; ``--dry-run`` counts and stores nothing;
``--json`` prints the report as one JSON object. Prints ``copied into <target>: contacts: added N,
updated N, skipped N; articles ...`` (the target without its password) and, on stderr, each duplicate
and why, and warnings. Exit 0 when copied (or counted), 2 when the target cannot be opened or is the
directory itself (nothing written); a failure or Ctrl+C part-way stores nothing.
"""

from __future__ import annotations

import argparse
import json

from ..services.context import AppContext
from ..services.copying import DUPLICATE_POLICIES, CopyCancelled, CopyError, CopyService, display_url
from ..store.db import DatabaseError
from .base import EXIT_OK, EXIT_USAGE, command, err, fail, out

NOTHING_COPIED = "nothing was copied"


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("copy", help="copy this directory into another database (a team's), merging duplicates")
    p.add_argument("--to", required=True, metavar="URL",
                   help="the target: a database URL (postgresql+psycopg://user@host/db) or an SQLite file")
    p.add_argument("--on-duplicate", choices=DUPLICATE_POLICIES, default="skip",
                   help="a contact the target already has (same email, phone, or name and office): "
                        "skip it, update the target's (fill and add, never remove) or create another")
    p.add_argument("--dry-run", action="store_true", help="count what would be copied; store nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


@command("copy")
def cmd_copy(ctx: AppContext, args: argparse.Namespace) -> int:
    shown = display_url(args.to)
    try:
        result = CopyService(ctx.db.session_factory).copy_to(args.to, on_duplicate=args.on_duplicate,
                                                              dry_run=args.dry_run)
    except (CopyError, DatabaseError) as exc:
        return fail(exc, NOTHING_COPIED)
    except CopyCancelled as exc:
        return fail(exc)
    if args.json:
        out(json.dumps(result.as_dict(), ensure_ascii=False, default=str))
    else:
        out(f"copied into {shown}: {result.summary()}" if not result.dry_run
            else f"would copy into {shown}: {result.summary()}")
        for issue in result.duplicates:
            err(f"duplicate: {issue}")
        for w in result.warnings:
            err(f"warning: {w}")
    return EXIT_OK


__all__ = ["EXIT_USAGE", "add_subcommands", "cmd_copy"]
