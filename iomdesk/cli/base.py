"""What every command module shares: exit codes, the ``@command`` registry, and the output helpers.

Command modules import this module only (never the ``iomdesk.cli`` package, whose ``__init__`` imports
them): ``command(name)`` registers a handler ``(ctx, args) -> exit code``; ``out`` writes a line of the
result to stdout, ``err`` a line of errors, warnings and notes to stderr; ``fail`` prints an error and
returns the exit code; ``bounded_int`` is an argparse type for ids and limits.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..services.context import AppContext
from ..services.records import ContactRecord

# Scripts rely on these: 0 success, 1 invalid data (some of it may be stored), 2 usage or unreadable input.
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

Handler = Callable[[AppContext, argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of subcommand `name`."""

    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn

    return register


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def fail(error: object, *then: str, code: int = EXIT_USAGE) -> int:
    """Print ``error: <error>`` and the lines `then` on stderr; return `code` (by default 2)."""
    err(f"error: {error}")
    for line in then:
        err(line)
    return code


def bounded_int(text: str) -> int:
    """An int argument that fits the database (SQLite integers are 64-bit)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not -(2**63) <= value < 2**63:
        raise argparse.ArgumentTypeError(f"too large: {text}")
    return value


def phone_note(e164: str | None, valid: bool, kept: str = "kept as entered", ambiguous: bool = False) -> str:
    """What the CLI says after a number that is not simply valid ("" when it is): kept without a
    country (``kept``: "kept as entered" for a stored number, "kept as printed" for a release's), or
    not valid under today's numbering plan."""
    if e164 is None and ambiguous:
        return f"no country: reads in more than one of the release's countries; {kept}"
    if e164 is None:
        return f"no country: {kept}; add +CC to it or a country to the contact"
    return "" if valid else "unverified: not valid under today's numbering plan"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """Rows under their headers in columns (each at most 40 characters), as the terminal shows them."""
    widths = [min(40, max(len(h), *(len(row[i]) for row in rows))) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def contacts_table(records: list[ContactRecord]) -> str:
    """The search result table: id, name, office, country, first phone (flagged) and first email."""
    rows = []
    for r in records:
        phone = r.primary_phone
        shown = ""
        if phone:
            shown = phone.e164 or phone.raw
            if phone.e164 is None:
                shown += " (no country)"
            elif not phone.valid:
                shown += " (unverified)"
        name = f"{r.name} [DNC]" if r.do_not_contact else r.name
        rows.append([str(r.id), name, r.office, r.country or "", shown, r.primary_email or ""])
    headers = ["ID", "Name", "Office", "Country", "Phone", "Email"]
    if any(r.languages or r.beats for r in records):  # the columns only when some contact has them
        headers += ["Languages", "Beats"]
        for row, r in zip(rows, records, strict=True):
            row += [", ".join(r.languages), ", ".join(r.beats)]
    return table(headers, rows)
