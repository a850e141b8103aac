"""CLI: ``iomdesk list ...``, distribution lists.

``list create NAME [--query Q]`` makes a list (a smart list when Q is given: its members are that search's
results when read) and prints its id; ``list add NAME ID...`` or ``list add NAME --query Q`` puts contacts
on a list (those already on it stay; stderr says how many were new); ``list remove NAME ID...`` takes them
off; ``list show`` prints every list with its count, ``list show NAME [--limit N] [--json]`` one list's
members as ``search`` prints them; ``list rename OLD NEW``; ``list delete NAME`` (its contacts stay);
``list export NAME FILE [--format F]`` writes the members to CSV or vCard. Exit 1 for a list or contact
that does not exist, a name already taken or a smart list edited by hand; 2 for usage and files.
"""

from __future__ import annotations

import argparse
import json

from ..core.errors import UserError
from ..core.outreach import SendSplit
from ..core.text import count_of
from ..services.context import AppContext
from ..services.exporter import EXPORT_FORMATS, ExportService
from ..services.lists import ListInfo, ListService
from ..services.search import Filters
from .base import EXIT_OK, bounded_int, command, contacts_table, err, fail, out, table


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register the `list` parser and its actions; the handler registers with ``base.command``."""
    p = sub.add_parser("list", help="distribution lists: create, add, remove, show, rename, delete, export")
    actions = p.add_subparsers(dest="list_command", metavar="ACTION", required=True)

    a = actions.add_parser("create", help="make a list; prints its id")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--query", default=None, help="a smart list: its members are this search's results")

    a = actions.add_parser("add", help="put contacts (ids, or a search's results) on a list")
    a.add_argument("name", metavar="NAME")
    a.add_argument("ids", metavar="ID", nargs="*", type=bounded_int)
    a.add_argument("--query", default=None, help="add every contact this search finds")

    a = actions.add_parser("remove", help="take contacts off a list")
    a.add_argument("name", metavar="NAME")
    a.add_argument("ids", metavar="ID", nargs="+", type=bounded_int)

    a = actions.add_parser("show", help="every list with its count, or one list's members")
    a.add_argument("name", metavar="NAME", nargs="?")
    a.add_argument("--json", action="store_true")
    a.add_argument("--limit", type=bounded_int, default=50)

    a = actions.add_parser("rename", help="rename a list")
    a.add_argument("old", metavar="OLD")
    a.add_argument("new", metavar="NEW")

    a = actions.add_parser("delete", help="delete a list (its contacts stay)")
    a.add_argument("name", metavar="NAME")

    a = actions.add_parser("export", help="write a list's contacts to CSV or vCard")
    a.add_argument("name", metavar="NAME")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--format", choices=list(EXPORT_FORMATS), default=None, help="default: from FILE's suffix")
    a.add_argument("--include-do-not-contact", action="store_true",
                   help="export the contacts marked do not contact too (left out by default, as a send does)")


def _count(info: ListInfo) -> str:
    return "error" if info.count is None else str(info.count)


def _show_all(lists: ListService, as_json: bool) -> int:
    infos = lists.all()
    if as_json:
        out(json.dumps([i.to_json() for i in infos], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not infos:
        err("no lists yet; make one with: iomdesk list create NAME")
        return EXIT_OK
    out(table(["Name", "Contacts", "Search"], [[i.name, _count(i), i.query or ""] for i in infos]))
    for i in infos:
        if i.problem:
            err(f"warning: {i.problem}")
    return EXIT_OK


def _show_one(ctx: AppContext, lists: ListService, name: str, limit: int, as_json: bool) -> int:
    info = lists.get(name)
    if info.problem:
        return fail(info.problem, code=1)
    records = ctx.search.search("", limit=limit, filters=Filters(list=info.name))
    if as_json:
        out(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
    elif records:
        out(contacts_table(records))
        if (info.count or 0) > len(records):
            err(f"{len(records)} of {info.count} shown; use --limit to see more")
    else:
        err(f"the list {info.name!r} has no contacts")
    return EXIT_OK


def _format_from_suffix(path: str) -> str:
    return "vcard" if path.lower().endswith((".vcf", ".vcard")) else "csv"


@command("list")
def cmd_list(ctx: AppContext, args: argparse.Namespace) -> int:
    lists = ListService(ctx.db.session_factory)
    action = args.list_command
    if action == "create":
        info = lists.create(args.name, query=args.query)
        now = f" ({count_of(info.count or 0, 'contact')} now)" if info.smart else ""
        err(f"{'smart list' if info.smart else 'list'} {info.name!r} created{now}")
        out(str(info.id))
    elif action == "add":
        if bool(args.ids) == (args.query is not None):
            return fail("give contact ids or --query (one of them)")
        if args.query is not None:
            n = lists.add_query(args.name, args.query)
        else:
            n = lists.add(args.name, args.ids)
        info = lists.get(args.name)
        err(f"{count_of(n, 'contact')} added to {info.name!r}; it has {count_of(info.count or 0, 'contact')}")
    elif action == "remove":
        n = lists.remove(args.name, args.ids)
        info = lists.get(args.name)
        err(f"{count_of(n, 'contact')} removed from {info.name!r}; it has {count_of(info.count or 0, 'contact')}")
    elif action == "show":
        if args.limit < 1:
            return fail("--limit must be at least 1")
        if args.name is None:
            return _show_all(lists, args.json)
        return _show_one(ctx, lists, args.name, args.limit, args.json)
    elif action == "rename":
        old = lists.get(args.old).name
        info = lists.rename(args.old, args.new)
        err(f"list {old!r} renamed to {info.name!r}")
    elif action == "delete":
        gone = lists.delete(args.name)
        kept = "" if gone.query is not None else f"; its {count_of(len(gone.contact_ids), 'contact')} stay"
        err(f"list {gone.name!r} deleted{kept}")
        for smart in gone.referred_by:
            err(f"note: the smart list {smart!r} names it in its search and now finds nobody; "
                "change its search or undo by making the list again")
    elif action == "export":
        info = lists.get(args.name)
        fmt = args.format or _format_from_suffix(args.file)
        note = ""
        try:
            if args.include_do_not_contact:
                n = ExportService(ctx.db.session_factory).export(args.file, fmt, query=f'list:"{info.name}"')
            else:  # who a send would leave out as do not contact stays out of a file for a mail tool too
                ids = lists.members(info.name)
                dnc = ctx.outreach.split(ids).do_not_contact
                left = {p.id for p in dnc}
                n = ExportService(ctx.db.session_factory).export(
                    args.file, fmt, ids=[i for i in ids if i not in left])
                if dnc:
                    note = ("; " + SendSplit([], dnc, []).note()
                            + " (--include-do-not-contact to export them too)")
        except UserError as exc:
            return fail(exc)
        err(f"{count_of(n, 'contact')} of {info.name!r} written to {args.file}{note}")
    return EXIT_OK
