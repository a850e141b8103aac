"""Entry point: the GUI when no subcommand is given, else the CLI."""

from __future__ import annotations

import argparse
import os
import sys

from . import __version__

# The CLI's subcommands. Starting the GUI (no subcommand) does not load their modules.
COMMANDS = ("add", "search", "show", "import", "export", "import-article", "screenshot", "backup",
            "restore", "list", "send", "history", "changes", "restore-version")
COMMANDS += ("dnc", "optout", "export-my-data", "erase", "retention")  # data protection (issue 12)
COMMANDS += ("copy",)  # a personal directory into a team database (issue 13)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iomdesk",
        description="IOM Desk: the media contacts of IOM country offices. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or SQLAlchemy URL (also IOMDESK_DB)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    if with_commands:
        from .cli import add_subcommands

        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        add_subcommands(sub)
    else:
        parser.set_defaults(command=None)
        # `iomdesk contacts.vcf` (a double-click in the file manager): the GUI opens the files.
        parser.add_argument("files", nargs="*", metavar="FILE", help=argparse.SUPPRESS)
    return parser


def _wants_cli(argv: list[str]) -> bool:
    """A subcommand or help goes to the CLI; a path to an existing file is not a subcommand."""
    return any((a in COMMANDS and not os.path.isfile(a)) or a in ("-h", "--help") for a in argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(with_commands=_wants_cli(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        missing = [f for f in getattr(args, "files", []) if not os.path.exists(f)]
        if missing:  # a mistyped command, not a file to open: a usage error as before (exit 2)
            parser.error(f"no such command or file: {missing[0]}")
        from .ui.application import run_gui

        if args.files:
            return run_gui(args.db, files=args.files)
        return run_gui(args.db)
    from .cli import run

    return run(args)
