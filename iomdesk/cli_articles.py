"""CLI: press-release import (see the articles issue)."""

from __future__ import annotations

import argparse


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Register the `import-article` parser; its handler registers with ``cli.command``."""
