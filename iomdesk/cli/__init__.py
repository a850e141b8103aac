"""Headless subcommands on the services: ``add_subcommands`` builds their parsers, ``run`` runs one.

``iomdesk.app`` owns the top-level parser (``--db``, ``--version``) and loads this package only when a
subcommand is given, so the GUI starts without it. ``run`` opens the directory (``AppContext``) once,
calls the handler the command module registered with ``base.command``, and turns the errors a user can
fix into a message on stderr and an exit code: 0 success, 1 invalid data, 2 usage or unreadable input.
One module per command group: ``contacts`` (add, search, show), ``screenshot``, ``interchange`` (import,
export), ``articles`` (import-article), ``backup`` (backup, restore), ``lists`` (list ...), ``outreach``
(send, history), ``copying`` (copy). The argument shapes and the JSON printed are used by people's scripts: keep them stable.
"""

from __future__ import annotations

import argparse

from sqlalchemy.exc import DBAPIError as SQLAlchemyDBAPIError

from ..core.errors import UserError, ValidationError
from ..services.context import AppContext
from ..store.db import DatabaseBusy, DatabaseError, is_busy_error
from . import articles, backup, contacts, copying, interchange, lists, outreach, screenshot
from .base import COMMANDS, EXIT_INVALID, EXIT_OK, EXIT_USAGE, err, fail

__all__ = ["COMMANDS", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "add_subcommands", "run"]

# Ctrl+C: the shell's code for a command ended by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130

# In the order `iomdesk --help` lists them.
GROUPS = (contacts, screenshot, interchange, articles, backup, lists, outreach, copying)


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Add every command group's parsers to `sub` (the top-level parser's subparsers)."""
    for group in GROUPS:
        group.add_subcommands(sub)


def run(args: argparse.Namespace) -> int:
    """Run the subcommand `args.command` on the directory `args.db`; return the exit code."""
    handler = COMMANDS[args.command]
    try:
        ctx = AppContext.open(args.db)
    except DatabaseError as exc:
        return fail(exc)
    try:
        return handler(ctx, args)
    except ValidationError as exc:
        for e in exc.errors:
            err(f"error: {e}")
        err("nothing was stored")
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
