"""The CLI package's registry: every subcommand `iomdesk --help` lists has a handler, and no handler is orphaned."""

from iomdesk.app import COMMANDS as APP_COMMANDS
from iomdesk.app import build_parser


def test_every_parser_has_its_handler():
    from iomdesk.cli import COMMANDS

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert list(sub.choices) == [
        "add", "search", "show", "screenshot", "import", "export", "import-article", "backup", "restore", "list",
        "send", "history",
        "dnc", "optout", "export-my-data", "erase", "retention",
        "changes", "restore-version",
        "copy",
    ]  # the order `iomdesk --help` has always listed them in (new commands at the end)
    assert set(COMMANDS) == set(sub.choices) == set(APP_COMMANDS)
