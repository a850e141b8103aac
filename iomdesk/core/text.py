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
    text = text.replace("\x00", "")
    return unicodedata.normalize("NFC", _WS.sub(" ", text).strip())


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for matching: "José Núñez" -> "jose nunez".

    Works in every script: letters without a decomposition (ø, æ, ß, ł ...) are mapped explicitly,
    combining marks are dropped, and Cyrillic, Arabic or CJK letters are kept as themselves.
    """
    if not text:
        return ""
    text = text.translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WS.sub(" ", stripped.casefold().translate(_FOLD_EXTRA)).strip()


def digits(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit() and ch.isascii())


def count_of(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 contact", "1,234 contacts": a count with its noun, thousands separated."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"
