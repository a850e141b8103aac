"""CLI: ``iomdesk add``, ``iomdesk search`` and ``iomdesk show``.

``add --name N [--office O] [--country C] [--role R] [--notes T] [--phone P]... [--mobile P]...
[--email E]... [--tag T]... [--language L]... [--beat B]... [--source S] [--lawful-basis B]
[--review-date YYYY-MM-DD]`` stores one contact (its source "Typed by hand" unless given) and prints its id (a note on stderr for a number kept but
not valid under today's numbering plan; exit 1 and nothing stored for invalid data). ``search [QUERY]
[--limit N] [--json]`` prints a table of the contacts found (or their JSON records), and on stderr how
many more there are; ``show ID [--json]`` prints one contact with its phones, emails, tags and articles
(exit 1 when there is no such id).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from ..core.contact import LAWFUL_BASIS_LABELS, TYPED_BY_HAND, ContactInput, PhoneInput
from ..core.languages import language_label
from ..services.context import AppContext
from ..services.records import ContactRecord
from .base import EXIT_OK, bounded_int, command, contacts_table, err, fail, out, phone_note


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register the `add`, `search` and `show` parsers; their handlers register with ``base.command``."""
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
    p.add_argument("--language", action="append", default=[], metavar="L",
                   help="a language the contact works in: fr, French, français (repeat for several)")
    p.add_argument("--beat", action="append", default=[], metavar="B", help="a subject covered (repeatable)")
    p.add_argument("--source", default="", help=f'where the data came from (default "{TYPED_BY_HAND}")')
    p.add_argument("--lawful-basis", default="", metavar="B",
                   help="public role, legitimate interest or consent")
    p.add_argument("--review-date", default="", metavar="YYYY-MM-DD", help="when to review this contact's data")

    p = sub.add_parser("search", help="find contacts")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=bounded_int, default=50)

    p = sub.add_parser("show", help="show one contact")
    p.add_argument("id", type=bounded_int)
    p.add_argument("--json", action="store_true")


@command("add")
def cmd_add(ctx: AppContext, args: argparse.Namespace) -> int:
    phones: list[PhoneInput | str] = [PhoneInput(p) for p in args.phone]
    phones += [PhoneInput(p, "mobile") for p in args.mobile]
    data = ContactInput(
        name=args.name,
        role=args.role,
        office=args.office,
        country=args.country,
        notes=args.notes,
        phones=phones,
        emails=args.email,
        tags=args.tag,
        languages=args.language,
        beats=args.beat,
        source=args.source,
        lawful_basis=args.lawful_basis,
        review_date=args.review_date or None,
    )
    rec = ctx.contacts.add(data)
    for p in rec.phones:
        if p.e164 and not p.valid:
            err(
                f"note: {p.raw!r} is stored as {p.e164} but is not valid under today's numbering plan "
                "(kept, flagged unverified)"
            )
    if rec.do_not_contact:
        err("note: an email or phone of this contact is on the suppression list (an opt-out, a bounce or an "
            "erased contact): it is marked do not contact")
    out(str(rec.id))
    return EXIT_OK


@command("search")
def cmd_search(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail("--limit must be at least 1")
    records = ctx.search.search(args.query, limit=args.limit)
    if args.json:
        out(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
    elif records:
        out(contacts_table(records))
        total = ctx.search.count(args.query)
        if total > len(records):
            err(f"{len(records)} of {total} shown; use --limit to see more")
    else:
        err("no contacts match")
    return EXIT_OK


def _describe(r: ContactRecord) -> str:
    lines = [r.name + ("  [DO NOT CONTACT]" if r.do_not_contact else "")]
    if r.do_not_contact:
        since = f" since {r.dnc_at.date().isoformat()}" if r.dnc_at else ""
        lines.append(f"  Do not contact{since}: {r.dnc_reason or 'no reason given'}")
    if r.role:
        lines.append(f"  Role:    {r.role}")
    if r.office:
        lines.append(f"  Office:  {r.office}")
    if r.country:
        lines.append(f"  Country: {r.country_name} ({r.country})")
    for p in r.phones:
        note = phone_note(p.e164, p.valid)
        lines.append(f"  Phone:   {p.display or p.raw} ({p.kind})" + (f"  [{note}]" if note else ""))
    for e in r.emails:
        lines.append(f"  Email:   {e}")
    if r.tags:
        lines.append(f"  Tags:    {', '.join(r.tags)}")
    if r.languages:
        lines.append(f"  Languages: {', '.join(language_label(code) for code in r.languages)}")
    if r.beats:
        lines.append(f"  Beats:   {', '.join(r.beats)}")
    if r.source:
        lines.append(f"  Source:  {r.source}")
    if r.lawful_basis:
        lines.append(f"  Lawful basis: {LAWFUL_BASIS_LABELS.get(r.lawful_basis, r.lawful_basis)}")
    if r.review_date:
        due = "  [review due]" if r.review_date <= dt.date.today() else ""
        lines.append(f"  Review date: {r.review_date.isoformat()}{due}")
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
