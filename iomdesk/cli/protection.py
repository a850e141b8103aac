"""CLI: do not contact, opt-outs, export my data, erase, retention.

``dnc ID... --reason TEXT`` marks contacts do not contact (their emails and phones go on the
suppression list); ``dnc --remove ID...`` allows contact again (and takes them off it);
``optout [FILE|-] --reason TEXT`` records every email address in a text (a bounce message, a list) as
suppressed and marks the contacts that have one; ``export-my-data ID [--json|--text] [-o FILE]`` prints
(or writes) everything held about one contact; ``erase ID... --yes`` deletes contacts for good (refused
without ``--yes``), keeps the suppression hashes and writes an audit line; ``retention [--months N]
[--set-months N] [--json]`` lists the contacts due for review. Exit 1 for an id that does not exist or a
missing reason, 2 for usage and files.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..services.context import AppContext
from ..services.protection import ProtectionService, find_addresses
from .base import EXIT_INVALID, EXIT_OK, EXIT_USAGE, bounded_int, command, err, fail, out, table


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dnc", help="mark contacts do not contact (or --remove: allow contact again)")
    p.add_argument("ids", metavar="ID", nargs="+", type=bounded_int)
    p.add_argument("--reason", default=None, help='why (required to mark): "asked to be removed", "bounced"')
    p.add_argument("--remove", action="store_true",
                   help="allow contact again: clear the mark and take their emails and phones off the "
                        "suppression list")

    p = sub.add_parser("optout", help="record bounces or opt-outs: every email address in a text")
    p.add_argument("file", metavar="FILE", nargs="?", default="-", help="a text file, or - for stdin (default)")
    p.add_argument("--reason", required=True, help='"bounced", "asked to be removed", ...')
    p.add_argument("--dry-run", action="store_true", help="list the addresses found; store nothing")

    p = sub.add_parser("export-my-data", help="everything held about one contact (JSON or readable text)")
    p.add_argument("id", metavar="ID", type=bounded_int)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON (the default is readable text)")
    fmt.add_argument("--text", action="store_true", help="readable text (the default)")
    p.add_argument("-o", "--output", metavar="FILE", default=None, help="write to FILE instead of stdout")

    p = sub.add_parser("erase", help="erase contacts for good (no undo); keeps only the suppression hashes")
    p.add_argument("ids", metavar="ID", nargs="+", type=bounded_int)
    p.add_argument("--yes", action="store_true", help="confirm: the contacts cannot be brought back")

    p = sub.add_parser("retention", help="contacts due for review: review date passed or not contacted")
    p.add_argument("--months", type=bounded_int, default=None,
                   help="not contacted for this many months (default: the stored setting, 24 at first)")
    p.add_argument("--set-months", type=bounded_int, default=None, metavar="N",
                   help="store N as the setting the app and this command use")
    p.add_argument("--json", action="store_true")


def _service(ctx: AppContext) -> ProtectionService:
    return ProtectionService(ctx.db.session_factory)


@command("dnc")
def cmd_dnc(ctx: AppContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    if args.remove:
        if args.reason:
            return fail("--reason is for marking; --remove takes none")
        result = service.unmark(args.ids)
        out(result.summary())
        missing = result.missing
    else:
        if not (args.reason or "").strip():
            return fail('give a reason: --reason "asked to be removed"', code=EXIT_INVALID)
        result_m = service.mark(args.ids, args.reason)
        out(result_m.summary())
        missing = result_m.missing
    if missing:
        err(f"warning: no contact with id {', '.join(map(str, missing))}")
        return EXIT_INVALID
    return EXIT_OK


def _read_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8", errors="replace")


@command("optout")
def cmd_optout(ctx: AppContext, args: argparse.Namespace) -> int:
    try:
        text = _read_text(args.file)
    except OSError as exc:
        return fail(f"cannot read {args.file}: {exc.strerror or exc}")
    found = find_addresses(text)
    for a in found.ignored:
        err(f"ignored (a mail system's address): {a}")
    for a in found.headers:
        err(f"left out (in the bounce's From/To/Cc lines; give it alone to record it): {a}")
    if not found.addresses:
        return fail("no email address was found in the text; nothing was stored", code=EXIT_INVALID)
    if args.dry_run:
        for a in found.addresses:
            out(a)
        err("dry run: nothing was stored")
        return EXIT_OK
    result = _service(ctx).record_optouts(found.addresses, args.reason)
    for cid, name in result.marked:
        out(f"marked #{cid} {name}")
    for cid, name in result.already:
        out(f"already do not contact #{cid} {name}")
    for a in result.not_in_directory:
        out(f"not in the directory (suppressed): {a}")
    err(result.summary())
    return EXIT_OK


@command("export-my-data")
def cmd_export_my_data(ctx: AppContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    data = service.export_data(args.id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n" if args.json else service.export_text(data)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    target = Path(args.output)
    from ..store.db import is_database_file

    if is_database_file(target):
        return fail(f"{target} is a database; it was not overwritten")
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        return fail(f"cannot write {target}: {exc.strerror or exc}")
    err(f"written: {target}")
    return EXIT_OK


@command("erase")
def cmd_erase(ctx: AppContext, args: argparse.Namespace) -> int:
    if not args.yes:
        return fail("erase cannot be undone: the contacts, their ledger entries and list memberships are "
                    "deleted for good. Run again with --yes to confirm. Nothing was erased.")
    result = _service(ctx).erase(args.ids)
    out(result.summary())
    for b in result.backups:
        err(f"still holds the data: {b}")
    return EXIT_INVALID if result.missing else EXIT_OK


@command("retention")
def cmd_retention(ctx: AppContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    if args.set_months is not None:
        service.set_retention_months(args.set_months)
        err(f"retention period stored: {args.set_months} months")
    if args.months is not None and args.months < 1:
        return fail("--months must be at least 1", code=EXIT_USAGE)
    months = args.months if args.months is not None else service.retention_months()
    items = service.retention(months=months)
    if args.json:
        out(json.dumps({"months": months, "due": [i.to_json() for i in items]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not items:
        err(f"no contact is due for review (review date passed, or not contacted for {months} months)")
        return EXIT_OK
    out(table(["ID", "Name", "Office", "Why"],
              [[str(i.id), i.name + (" [DNC]" if i.do_not_contact else ""), i.office, i.why] for i in items]))
    err(f"{len(items)} due for review (not contacted for {months} months, or review date passed)")
    return EXIT_OK
