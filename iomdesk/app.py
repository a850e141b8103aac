"""Entry point: the GUI when no subcommand is given, else the CLI."""

from __future__ import annotations

import argparse
import sys

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    from .cli import add_subcommands

    parser = argparse.ArgumentParser(
        prog="iomdesk",
        description="IOM Desk: the media contacts of IOM country offices. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or SQLAlchemy URL (also IOMDESK_DB)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_subcommands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from .ui.application import run_gui

        return run_gui(args.db)
    from .cli import run

    return run(args)
