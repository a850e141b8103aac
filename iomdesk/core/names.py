"""Person names."""

from __future__ import annotations

from .errors import InvalidValue
from .text import clean, fold

MAX_NAME = 300


def normalize_name(raw: str | None) -> str:
    name = clean(raw)
    if not name:
        raise InvalidValue("a name is required", raw)
    if len(name) > MAX_NAME or len(fold(name)) > MAX_NAME:  # folding can lengthen a name (ligatures)
        raise InvalidValue(f"longer than {MAX_NAME} characters", name[:40] + "...")
    if not any(ch.isalnum() for ch in name):
        raise InvalidValue("a name needs at least one letter", raw)
    return name
