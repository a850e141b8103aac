"""CLI: ``iomdesk screenshot OUT.png [--query Q] [--size WxH] [--language en|fr|es]``.

Renders the main window offscreen (the search ``--query`` typed in it, at ``--size``, default 1280x760)
to OUT.png and prints the path written, in the interface ``--language`` (default: the one the app would
use: Tools > Settings, else the OS's); exit 2 for a size that is not WxH of at least 200x150. The GUI
(PySide6) is imported inside the command only, so the other commands never load it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.context import AppContext
from .base import EXIT_OK, command, fail, out


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register the `screenshot` parser; its handler registers with ``base.command``."""
    p = sub.add_parser("screenshot", help="render the main window to a PNG (offscreen)")
    p.add_argument("out", metavar="OUT.png")
    p.add_argument("--query", default="", help="search typed in the window")
    p.add_argument("--size", default="1280x760", metavar="WxH")
    p.add_argument("--language", choices=("en", "fr", "es"), help="interface language of the picture")


@command("screenshot")
def cmd_screenshot(ctx: AppContext, args: argparse.Namespace) -> int:
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
        if width < 200 or height < 150:
            raise ValueError
    except ValueError:
        return fail(f"--size must look like 1280x760 (got {args.size!r})")
    from ..ui.screenshot import render  # the GUI is loaded only for this command

    written = render(ctx, Path(args.out), args.query, (width, height), language=args.language)
    out(str(written))
    return EXIT_OK
