"""Coverage-guided fuzzing (atheris) of the press-release reading path (text and HTML files).

    python fuzz/fuzz_press.py --seconds 300      # bounded run; prints executions, time, crashes
    python fuzz/fuzz_press.py crash-1234abcd     # replay one saved input

Each input: its first byte picks the file name's suffix (.html, .htm, .txt, or none: sniffed); the
rest is the file. The bytes go through ``read_release_bytes`` as ``import-article`` and the GUI
read a file: size and binary checks, decoding, HTML to text (bs4 over html.parser, with the depth
and element limits), title, date, dateline and the contact blocks. Only UserError (UnreadableRelease)
may escape; any other exception (RecursionError, bs4's ParserRejectedMarkup, ...) is a crash, as is
a contact without a name or a title that is not one line.

Seeds: the press-release fixtures of the tests (text and HTML). Run from a scratch folder: libFuzzer
saves crash files in the working folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from harness import main  # noqa: E402

with atheris.instrument_imports():
    from iomdesk.core.errors import UserError
    from iomdesk.interchange.press import read_release_bytes

NAMES = ("fuzz.html", "fuzz.txt", "fuzz.htm", "fuzz", "fuzz.html", "fuzz.txt")


def target(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    release = read_release_bytes(data[1:], name=name, source=name)
    if not release.title or "\n" in release.title:
        raise AssertionError(f"a release without a one-line title: {release.title!r}")
    for c in release.contacts:
        if not c.name.strip():
            raise AssertionError("a contact without a name")


if __name__ == "__main__":
    fixtures = HERE.parent / "tests" / "fixtures" / "press"
    seeds = sorted(p for p in fixtures.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm"))
    main("press", target, (UserError,), seeds)
