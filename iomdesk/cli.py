"""Headless subcommands on the services. Exit codes: 0 success, 1 invalid data, 2 usage/unreadable.

The argument shapes and the JSON printed here are used by people's scripts: keep them stable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError as SQLAlchemyDBAPIError

from .core.contact import ContactInput, PhoneInput
from .core.errors import NotFound, UserError, ValidationError
from .services.context import AppContext
from .services.records import ContactRecord
from .store.db import DatabaseBusy, DatabaseError, is_busy_error

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

COMMANDS: dict[str, Callable[[AppContext, argparse.Namespace], int]] = {}


def command(name: str):
    def register(fn):
        COMMANDS[name] = fn
        return fn

    return register


def bounded_int(text: str) -> int:
    """An int argument that fits the database (SQLite integers are 64-bit)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not -(2**63) <= value < 2**63:
        raise argparse.ArgumentTypeError(f"too large: {text}")
    return value


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", help="add a contact; prints its id")
    p.add_argument("--name", required=True)
    p.add_argument("--office", default="")
    p.add_argument("--country", default="", help="ISO code or name; default region for phones")
    p.add_argument("--role", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--phone", action="append", default=[], metavar="P")
    p.add_argument("--mobile", action="append", default=[], metavar="P", help="a mobile number")
    p.add_argument("--email", action="append", default=[], metavar="E")
    p.add_argument("--tag", action="append", default=[], metavar="T")

    p = sub.add_parser("search", help="find contacts")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=bounded_int, default=50)

    p = sub.add_parser("show", help="show one contact")
    p.add_argument("id", type=bounded_int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("screenshot", help="render the main window to a PNG (offscreen)")
    p.add_argument("out", metavar="OUT.png")
    p.add_argument("--query", default="", help="search typed in the window")
    p.add_argument("--size", default="1280x760", metavar="WxH")

    # Subcommands that live in their own modules register themselves here.
    from . import cli_articles, cli_backup, cli_interchange

    cli_interchange.add_subcommands(sub)
    cli_articles.add_subcommands(sub)
    cli_backup.add_subcommands(sub)


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def print_validation(exc: ValidationError) -> None:
    for e in exc.errors:
        err(f"error: {e}")


@command("add")
def cmd_add(ctx: AppContext, args: argparse.Namespace) -> int:
    data = ContactInput(
        name=args.name,
        role=args.role,
        office=args.office,
        country=args.country,
        notes=args.notes,
        phones=[PhoneInput(p) for p in args.phone] + [PhoneInput(p, "mobile") for p in args.mobile],
        emails=args.email,
        tags=args.tag,
    )
    rec = ctx.contacts.add(data)
    for p in rec.phones:
        if p.e164 and not p.valid:
            err(
                f"note: {p.raw!r} is stored as {p.e164} but is not valid under today's numbering plan "
                "(kept, flagged unverified)"
            )
    out(str(rec.id))
    return EXIT_OK


def _table(records: list[ContactRecord]) -> str:
    headers = ["ID", "Name", "Office", "Country", "Phone", "Email"]
    rows = []
    for r in records:
        phone = r.primary_phone
        shown = ""
        if phone:
            shown = phone.e164 or phone.raw
            if not phone.valid:
                shown += " (unverified)"
        rows.append([str(r.id), r.name, r.office, r.country or "", shown, r.primary_email or ""])
    widths = [min(40, max(len(h), *(len(row[i]) for row in rows))) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


@command("search")
def cmd_search(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.limit < 1:
        err("error: --limit must be at least 1")
        return EXIT_USAGE
    records = ctx.search.search(args.query, limit=args.limit)
    if args.json:
        out(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
    elif records:
        out(_table(records))
        total = ctx.search.count(args.query)
        if total > len(records):
            err(f"{len(records)} of {total} shown; use --limit to see more")
    else:
        err("no contacts match")
    return EXIT_OK


def _describe(r: ContactRecord) -> str:
    lines = [r.name]
    if r.role:
        lines.append(f"  Role:    {r.role}")
    if r.office:
        lines.append(f"  Office:  {r.office}")
    if r.country:
        lines.append(f"  Country: {r.country_name} ({r.country})")
    for p in r.phones:
        flag = "" if p.valid else "  [unverified: not valid under today's numbering plan]"
        lines.append(f"  Phone:   {p.display or p.raw} ({p.kind}){flag}")
    for e in r.emails:
        lines.append(f"  Email:   {e}")
    if r.tags:
        lines.append(f"  Tags:    {', '.join(r.tags)}")
    for a in r.articles:
        lines.append(f"  Article: {a.title}" + (f" ({a.date.isoformat()})" if a.date else ""))
    if r.notes:
        lines.append("  Notes:   " + r.notes.replace("\n", "\n           "))
    return "\n".join(lines)


@command("show")
def cmd_show(ctx: AppContext, args: argparse.Namespace) -> int:
    rec = ctx.contacts.get(args.id)
    out(json.dumps(rec.to_json(), ensure_ascii=False, indent=2) if args.json else _describe(rec))
    return EXIT_OK


@command("screenshot")
def cmd_screenshot(ctx: AppContext, args: argparse.Namespace) -> int:
    from pathlib import Path

    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
        if width < 200 or height < 150:
            raise ValueError
    except ValueError:
        err(f"error: --size must look like 1280x760 (got {args.size!r})")
        return EXIT_USAGE
    from .ui.screenshot import render  # the GUI is loaded only for this command

    out = render(ctx, Path(args.out), args.query, (width, height))
    out_path = str(out)
    sys.stdout.write(out_path + "\n")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    handler = COMMANDS[args.command]
    try:
        ctx = AppContext.open(args.db)
    except DatabaseError as exc:
        err(f"error: {exc}")
        return EXIT_USAGE
    try:
        return handler(ctx, args)
    except ValidationError as exc:
        print_validation(exc)
        err("nothing was stored")
        return EXIT_INVALID
    except NotFound as exc:
        err(f"error: {exc}")
        return EXIT_INVALID
    except (DatabaseError, OSError) as exc:
        err(f"error: {exc}")
        return EXIT_USAGE
    except SQLAlchemyDBAPIError as exc:  # read-only file, "database is locked" after the busy wait
        err(f"error: {DatabaseBusy()}" if is_busy_error(exc) else f"error: the database could not be used: {exc.orig}")
        return EXIT_USAGE
    except UserError as exc:
        err(f"error: {exc}")
        return EXIT_INVALID
    finally:
        ctx.close()
