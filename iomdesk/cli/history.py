"""CLI: ``iomdesk changes ID [--json]`` and ``iomdesk restore-version ID VERSION [--expect-version V]``.

``changes`` prints a contact's history, newest first: the version after each change, when, who (OS
user, and the database user on PostgreSQL), what, and each field before -> after (``--json``: the
rows as JSON). ``restore-version`` puts the contact back as it was at VERSION (one its history lists),
itself a recorded change; with ``--expect-version`` it is refused (exit 1, nothing changed) when the
contact is no longer at that version, because a colleague changed it meanwhile. (``iomdesk history``
is the send ledger's.)
"""

from __future__ import annotations

import argparse
import json

from ..services.context import AppContext
from ..services.history import LABELS, shown
from .base import EXIT_OK, bounded_int, command, err, out


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("changes", help="a contact's history of changes: who, when, each field before and after")
    p.add_argument("id", type=bounded_int)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("restore-version", help="put a contact back as it was at an earlier version")
    p.add_argument("id", type=bounded_int)
    p.add_argument("version", type=bounded_int)
    p.add_argument("--expect-version", type=bounded_int, default=None, metavar="V",
                   help="refuse (exit 1) unless the contact is still at version V")


def _one_line(text: str) -> str:
    return text.replace("\n", "; ") or "(empty)"


@command("changes")
def cmd_changes(ctx: AppContext, args: argparse.Namespace) -> int:
    changes = ctx.history.changes(args.id)
    if args.json:
        out(json.dumps([c.to_json() for c in changes], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not changes:
        err("no changes recorded for this contact (it was stored before history was kept)")
    for c in changes:
        out(f"v{c.version}  {c.at.astimezone().strftime('%Y-%m-%d %H:%M')}  {c.who}  {c.what}")
        for field, pair in c.changes.items():
            before, after = pair
            out(f"    {LABELS.get(field, field)}: {_one_line(shown(field, before))} -> "
                f"{_one_line(shown(field, after))}")
    return EXIT_OK


@command("restore-version")
def cmd_restore_version(ctx: AppContext, args: argparse.Namespace) -> int:
    before, after = ctx.history.restore_version(args.id, args.version, expected_version=args.expect_version)
    if after.version == before.version:
        err(f"contact {args.id} is already as it was at version {args.version}: nothing changed")
    else:
        err(f"restored contact {args.id} to version {args.version}; it is now version {after.version}")
    return EXIT_OK
