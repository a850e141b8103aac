"""Text normalization shared by names, search and duplicate detection."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")

# Letters with no Unicode decomposition that people type without the mark.
_FOLD_EXTRA = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ẞ": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "ŀ": "l",
        "Ŀ": "l",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
    }
)


def clean(text: str | None) -> str:
    """Trim, collapse inner whitespace, Unicode NFC. ``None`` becomes ``""``."""
    if not text:
        return ""
    if "\x00" in text:
        text = text.replace("\x00", "")
    # " ".join(split()) is _WS.sub(" ", text).strip(): both split on str.isspace() characters
    text = " ".join(text.split())
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for matching: "José Núñez" -> "jose nunez".

    Works in every script: letters without a decomposition (ø, æ, ß, ł ...) are mapped explicitly,
    combining marks are dropped, and Cyrillic, Arabic or CJK letters are kept as themselves.
    """
    if not text:
        return ""
    if text.isascii():  # no mapped letters, no decomposition, no marks: the same result, faster
        return " ".join(text.lower().split())
    text = text.translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = decomposed.translate(_NO_MARKS)
    return " ".join(stripped.casefold().translate(_FOLD_EXTRA).split())


class _MarkTable(dict):
    """str.translate table deleting combining marks (unicodedata.combining() != 0), filled as
    characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_NO_MARKS = _MarkTable()


_NOT_ASCII_DIGITS = re.compile(r"[^0-9]+")


def digits(text: str | None) -> str:
    """The ASCII digits of ``text`` (the characters both isdigit() and isascii())."""
    return _NOT_ASCII_DIGITS.sub("", text) if text else ""


def count_of(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 contact", "1,234 contacts": a count with its noun, thousands separated."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"
