"""CLI: ``iomdesk import-article PATH... [--dry-run] [--json]``, press releases and their media contacts.

A PATH is a release file or a folder (its *.txt, *.html and *.htm files, sorted by name). Without
``--dry-run`` every release and its contacts are saved in one transaction (contacts already in the
directory are matched and linked); with it nothing is stored. Prints per release its title, date and
dateline and each contact with what was done with it (created, updated, linked, or which contact it
matches), or with ``--json`` the list ``_release_json`` describes; errors and warnings (a number kept as
printed for want of a country, a contact block that could not be read) go to stderr with the file's name.
Exit 0 saved or previewed cleanly, warnings included; 1 some contact data was invalid (the valid part
was saved, the rest reported); 2 a file could not be read (the others are still imported) or bad usage.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..core.errors import FieldError
from ..interchange.press import ExtractedRelease, UnreadableRelease, read_release, release_files
from ..services.context import AppContext
from ..services.press_import import PressImportService, release_warnings
from .base import EXIT_INVALID, EXIT_OK, EXIT_USAGE, command, err, fail, out, phone_note


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register the `import-article` parser; its handler registers with ``base.command``."""
    p = sub.add_parser(
        "import-article",
        help="import press releases (.txt, .html) and their media contacts",
        description="Read press releases, extract their media contacts, and save the articles and "
        "contacts (matching contacts already in the directory).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a release file, or a folder of them")
    p.add_argument("--dry-run", action="store_true", help="show what would be saved; save nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def _contact_json(c, existing_id: int | None) -> dict:
    return {
        "name": c.name,
        "role": c.role or "",
        "office": c.office or "",
        "country": c.country,
        "phones": [p.e164 or p.raw for p in c.phones],
        "extensions": [p.extension or "" for p in c.phones],
        "no_country": [p.raw for p in c.phones if p.e164 is None],
        "emails": list(c.emails),
        "existing_id": existing_id,
    }


def _release_json(file: Path, r: ExtractedRelease, ids: list[int | None]) -> dict:
    """One release as ``--json`` prints it.

    ``{"file", "title", "date", "dateline", "contacts": [{"name", "role", "office", "country", "phones":
    [E.164...], "extensions": [...], "no_country": [...], "emails": [...], "existing_id"}],
    "unread_blocks": [...], "unassigned": [...]}``. "extensions" gives each phone's extension ("" when
    none). A number printed without a country code for which no country could be told is in "phones"
    as printed and also in "no_country"; "unread_blocks" holds the text of contact blocks
    no contact could be read from, "unassigned" the numbers and addresses printed in a block before any
    name (not stored). ``existing_id`` is the id of the directory contact the person matches; with
    ``--dry-run`` it is null for someone new, and after saving it is the id the contact was linked to or
    created as (null only when it could not be stored).
    """
    return {
        "file": str(file),
        "title": r.title,
        "date": r.date.isoformat() if r.date else None,
        "dateline": r.dateline,
        "contacts": [_contact_json(c, i) for c, i in zip(r.contacts, ids, strict=True)],
        "unread_blocks": list(r.unread_blocks),
        "unassigned": list(r.unassigned),
    }


def _summary(file: Path, r: ExtractedRelease, notes: list[str]) -> str:
    head = f"{file}: {r.title or '(no title)'}"
    extra = ", ".join(x for x in (r.dateline, r.date.isoformat() if r.date else "") if x)
    lines = [head + (f" ({extra})" if extra else "")]
    for block in r.unread_blocks:
        lines.append(f"  a contact block was found but no contact could be read from it: {block!r}")
    if r.unassigned:
        lines.append("  printed in a contact block before any name (not stored): " + ", ".join(r.unassigned))
    if not r.contacts:
        lines.append("  no media contacts found")
    for c, note in zip(r.contacts, notes, strict=True):
        where = ", ".join(x for x in (c.role, c.office or "", c.country or "") if x)
        lines.append(f"  {c.name}" + (f" - {where}" if where else "") + f"  [{note}]")
        for p in c.phones:
            note = phone_note(p.e164, p.valid, "kept as printed", p.raw in c.ambiguous_phones)
            shown = f"{p.e164} ext. {p.extension}" if p.e164 and p.extension else (p.e164 or p.raw)
            lines.append(f"    phone {shown}" + (f" ({note})" if note else ""))
        for e in c.emails:
            lines.append(f"    email {e}")
    return "\n".join(lines)


def _print_problems(file: Path, problems: list[FieldError]) -> None:
    for p in problems:
        err(f"error: {file}: {p}")


def _print_warnings(file: Path, r: ExtractedRelease, warnings: list[FieldError]) -> None:
    for line in release_warnings(r, warnings):
        err(f"warning: {file}: {line}")


@command("import-article")
def cmd_import_article(ctx: AppContext, args: argparse.Namespace) -> int:
    try:
        found = release_files(args.paths)
    except UnreadableRelease as exc:
        return fail(f"{exc.value}: {exc.message}", "nothing was stored")
    # A file that cannot be read is reported by name; the others are still imported, and the
    # exit code says that a file could not be read.
    files, releases, unreadable = [], [], False
    for f in found:
        try:
            releases.append(read_release(f))
            files.append(f)
        except UnreadableRelease as exc:
            err(f"error: {exc.value}: {exc.message} (skipped)")
            unreadable = True
    service = PressImportService(ctx.db.session_factory)
    invalid = False
    reports: list[tuple[Path, ExtractedRelease, list[int | None], list[str], str]] = []
    if args.dry_run:
        for f, r in zip(files, releases, strict=True):
            matches = service.preview(r)
            problems = [p for m in matches for p in m.problems]
            invalid = invalid or bool(problems)
            _print_problems(f, problems)
            _print_warnings(f, r, [w for m in matches for w in m.warnings])
            ids = [m.existing_id for m in matches]
            notes = [
                f"matches #{m.existing_id} {m.existing_name} ({m.reason})" if m.existing_id else m.reason
                for m in matches
            ]
            reports.append((f, r, ids, notes, ""))
    else:
        results = service.save_many(releases)
        for f, r, res in zip(files, releases, results, strict=True):
            invalid = invalid or bool(res.problems)
            _print_problems(f, res.problems)
            _print_warnings(f, r, res.warnings)
            if res.dnc_contact_ids:
                err(f"{f}: {res.dnc_summary()}")
            notes = []
            for cid in res.contact_ids:
                if cid is None:
                    notes.append("not stored")
                elif cid in res.created_contact_ids:
                    notes.append(f"created #{cid}")
                elif cid in res.updated_contact_ids:
                    notes.append(f"updated #{cid}")
                elif cid in res.linked_contact_ids:
                    notes.append(f"linked #{cid}")
                else:
                    notes.append(f"already linked #{cid}")
            state = "new article" if res.created_article else "article already in the directory"
            reports.append((f, r, list(res.contact_ids), notes, f"saved: {state} #{res.article_id}"))
    if args.json:
        out(
            json.dumps(
                [_release_json(rep[0], rep[1], rep[2]) for rep in reports], ensure_ascii=False, indent=2
            )
        )
    else:
        for rep in reports:
            out(_summary(rep[0], rep[1], rep[3]))
            if rep[4]:
                out(f"  {rep[4]}")
        if args.dry_run:
            err("dry run: nothing was stored")
    if unreadable:
        return EXIT_USAGE
    return EXIT_INVALID if invalid else EXIT_OK
