"""Coverage-guided fuzzing (atheris) of the vCard reading path an import takes.

    python fuzz/fuzz_vcard.py --seconds 300      # bounded run; prints executions, time, crashes
    python fuzz/fuzz_vcard.py crash-1234abcd     # replay one saved input

Each input: its first byte picks the encoding a user can give and the size of the pieces the file is
decoded in (1 byte up to the real 1 MB, so line ends, folds and multi-byte letters fall across
pieces); the rest is the file. The bytes go through ``source_from_bytes(format="vcard")`` (encoding
detection, piece-by-piece decoding, card splitting with binary properties left out, vobject, the
mapping to a contact) and every card is read as an import does before validation. Only UserError
(FileReadError and its subclasses) may escape. Also a crash: card or line numbers that do not grow,
a card with neither data nor a problem, an undecodable byte leaving the reader, or a text split into
cards differently when it comes in pieces.

Seeds: the vCard fixtures of the tests. Run from a scratch folder: libFuzzer saves crash files in the
working folder.
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
    from iomdesk.interchange import vcard
    from iomdesk.services.importer import source_from_bytes

ENCODINGS = (None, None, None, "utf-8", "cp1252", "utf-16", "utf-8-sig", "latin-1")
PIECES = (1024 * 1024, 1024 * 1024, 1, 2, 7, 64)


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def target(data: bytes) -> None:
    if not data:
        return
    options, body = data[0], data[1:]
    encoding = ENCODINGS[options % len(ENCODINGS)]
    size = PIECES[(options >> 3) % len(PIECES)]
    vcard._PIECE = size
    try:
        # splitting: the same cards whether the text comes whole or in pieces
        text = body.decode("latin-1")
        whole = [(c.line, c.text, c.dropped, c.size) for c in vcard.iter_cards(text)]
        pieces = [(c.line, c.text, c.dropped, c.size) for c in vcard.iter_cards(_pieces(text, size))]
        if whole != pieces:
            raise AssertionError("cards differ when the text comes in pieces")
        source = source_from_bytes(body, name="fuzz.vcf", format="vcard", encoding=encoding)
        last_row = last_line = 0
        for card in source.cards:
            if card.row <= last_row or card.line < last_line:
                raise AssertionError(f"card numbers do not grow: {last_row}/{last_line} then {card}")
            last_row, last_line = card.row, card.line
            if card.data is None and not card.problems:
                raise AssertionError("a card without data and without a problem")
            if card.data is not None:
                values = [card.data.name, card.data.notes, *card.data.emails, *(p.raw for p in card.data.phones)]
                if any(vcard._MARKED.search(v) for v in values):
                    raise AssertionError("an undecodable byte left the reader")
        source.preview(20)
        list(source.items())
    finally:
        vcard._PIECE = 1024 * 1024


if __name__ == "__main__":
    seeds = sorted((HERE.parent / "tests" / "fixtures" / "vcard").glob("*.vcf"))
    main("vcard", target, (UserError,), seeds)
