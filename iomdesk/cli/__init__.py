"""Headless subcommands on the services: ``add_subcommands`` builds their parsers, ``run`` runs one.

``iomdesk.app`` owns the top-level parser (``--db``, ``--version``) and loads this package only when a
subcommand is given, so the GUI starts without it. ``run`` opens the directory (``AppContext``) once,
calls the handler the command module registered with ``base.command``, and turns the errors a user can
fix into a message on stderr and an exit code: 0 success, 1 invalid data, 2 usage or unreadable input.
One module per command group: ``contacts`` (add, search, show), ``screenshot``, ``interchange`` (import,
export), ``articles`` (import-article), ``backup`` (backup, restore), ``lists`` (list ...), ``outreach``
(send, history), ``protection`` (dnc, optout, export-my-data, erase, retention), ``history`` (changes,
restore-version), ``copying`` (copy). The argument shapes and the JSON printed are used by people's
scripts: keep them stable.
"""

from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy.exc import DBAPIError as SQLAlchemyDBAPIError

from ..core.errors import UserError, ValidationError
from ..services.context import AppContext
from ..store.db import DatabaseBusy, DatabaseError, ReadOnlyDirectory, is_busy_error
from . import (
    articles,
    backup,
    contacts,
    copying,
    history,
    interchange,
    lists,
    outreach,
    protection,
    screenshot,
)
from .base import COMMANDS, EXIT_INVALID, EXIT_OK, EXIT_USAGE, err, fail

__all__ = ["COMMANDS", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "add_subcommands", "run"]

# Ctrl+C: the shell's code for a command ended by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130

# In the order `iomdesk --help` lists them.
GROUPS = (contacts, screenshot, interchange, articles, backup, lists, outreach, protection, history, copying)


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Add every command group's parsers to `sub` (the top-level parser's subparsers)."""
    for group in GROUPS:
        group.add_subcommands(sub)


# Commands that change the directory: on a read-only directory they stop before doing anything (exit 1),
# except a --dry-run. ``list`` changes it for some of its actions: those are refused by the services
# (ReadOnlyDirectory, also exit 1). ``send`` records each send in the history, so it is refused too.
WRITING_COMMANDS = {"add", "import", "import-article", "restore", "send", "dnc", "optout", "erase"}


def ask_password_on_terminal(conn) -> str | None:
    """The saved team database's password where no keyring keeps it: asked on a terminal (never echoed,
    never stored); a script without a terminal relies on libpq (~/.pgpass, PGPASSFILE, PGPASSWORD)."""
    import getpass
    import sys

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {conn.key}: ") or None


def _silence_stdout() -> None:
    """After a broken pipe: what is still buffered for stdout goes nowhere (no second error at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests)
        pass


def run(args: argparse.Namespace) -> int:
    """Run the subcommand `args.command` on the directory `args.db`; return the exit code."""
    handler = COMMANDS[args.command]
    try:
        ctx = AppContext.open(args.db, ask_password=ask_password_on_terminal)
    except DatabaseError as exc:
        return fail(exc)
    try:
        if ctx.read_only and args.command in WRITING_COMMANDS and not getattr(args, "dry_run", False):
            return fail(ReadOnlyDirectory(ctx.read_only_reason), "nothing was changed", code=EXIT_INVALID)
        return handler(ctx, args)
    except ValidationError as exc:
        for e in exc.errors:
            err(f"error: {e}")
        err("nothing was stored")
        return EXIT_INVALID
    except BrokenPipeError:  # the output went into a pipe whose reader stopped early (| head): stop quietly
        _silence_stdout()
        return EXIT_INVALID
    except (DatabaseError, OSError) as exc:
        return fail(exc)
    except SQLAlchemyDBAPIError as exc:  # read-only file, "database is locked" after the busy wait
        return fail(DatabaseBusy() if is_busy_error(exc) else f"the database could not be used: {exc.orig}")
    except UserError as exc:  # NotFound and the other errors the user can fix in what they typed
        return fail(exc, code=EXIT_INVALID)
    except KeyboardInterrupt:  # Ctrl+C: one line, not a traceback; the open transaction was rolled back
        err("interrupted: what the command had not finished was not stored")
        return EXIT_INTERRUPTED
    finally:
        ctx.close()
