"""Person names."""

from __future__ import annotations

from .errors import QT_TRANSLATE_NOOP, InvalidValue, too_long
from .text import clean, fold

MAX_NAME = 300


def normalize_name(raw: str | None) -> str:
    name = clean(raw)
    if not name:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "a name is required"), raw)
    if len(name) > MAX_NAME or len(fold(name)) > MAX_NAME:  # folding can lengthen a name (ligatures)
        raise too_long(name, MAX_NAME)
    if not any(ch.isalnum() for ch in name):
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "a name needs at least one letter"), raw)
    return name
