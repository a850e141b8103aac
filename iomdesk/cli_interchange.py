"""CLI: import and export of CSV and vCard files (see the import/export issue)."""

from __future__ import annotations

import argparse


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register `import` and `export` parsers; handlers register with ``cli.command``."""
