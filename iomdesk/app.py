"""Entry point: the GUI when no subcommand is given, else the CLI."""

from __future__ import annotations

import argparse
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
    return parser


def _wants_cli(argv: list[str]) -> bool:
    return any(a in COMMANDS or a in ("-h", "--help") for a in argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(with_commands=_wants_cli(argv)).parse_args(argv)
    if args.command is None:
        from .ui.application import run_gui

        return run_gui(args.db)
    from .cli import run

    return run(args)
