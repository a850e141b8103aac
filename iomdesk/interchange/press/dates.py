"""Dates printed in a release, in English, French and Spanish.

Enters: a line or a header of text. Leaves: the first date printed in it (``find_date`` with its span,
``parse_date`` without), and whether a line is a date and little else (``_is_date_line``: a header's
"Published: 4 March 2024", not a sentence that names a day).
"""

from __future__ import annotations

import datetime as dt
import re

from ...core.text import fold

__all__ = ["find_date", "parse_date"]

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan janvier janv enero ene",
        "february feb fevrier fev fevr febrero",
        "march mar mars marzo",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juin junio",
        "july jul juillet juil julio",
        "august aug aout agosto ago",
        "september sep sept septembre septiembre setiembre set",
        "october oct octobre octubre",
        "november nov novembre noviembre",
        "december dec decembre diciembre dic",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(
    r"\b(\d{1,2})(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?([a-z]{3,10})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b"
)
_MDY = re.compile(r"\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def _make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date printed in ``text`` and its span: ISO, "04 Mar 2021", "March 4, 2021",
    "4 mars 2021", "1er avril 2024", "3 de mayo de 2024", "12.03.2024" (day first)."""
    folded = fold(text)
    if len(folded) != len(text):  # folding changed lengths ("ß"): spans are approximate, fine here
        text = folded
    found: list[tuple[int, int, dt.date]] = []
    for m in _ISO_DATE.finditer(folded):
        d = _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), m.end(), d))
    for m in _DMY.finditer(folded):
        month = _MONTHS.get(m.group(2))
        d = _make_date(int(m.group(3)), month, int(m.group(1))) if month else None
        if d:
            found.append((m.start(), m.end(), d))
    for m in _MDY.finditer(folded):
        month = _MONTHS.get(m.group(1))
        d = _make_date(int(m.group(3)), month, int(m.group(2))) if month else None
        if d:
            found.append((m.start(), m.end(), d))
    for m in _NUMERIC.finditer(folded):
        d = _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), m.end(), d))
    if not found:
        return None
    start, end, d = min(found, key=lambda t: t[0])
    return d, start, end


def parse_date(text: str) -> dt.date | None:
    hit = find_date(text or "")
    return hit[0] if hit else None


def _is_date_line(line: str) -> bool:
    """A line that is a date and little else ("date 2021-03-04 04 Mar 2021", "Published: 4 March")."""
    hit = find_date(line)
    if hit is None:
        return False
    rest = fold(line)
    rest = _ISO_DATE.sub(" ", rest)
    rest = _DMY.sub(" ", rest)
    rest = _MDY.sub(" ", rest)
    rest = _NUMERIC.sub(" ", rest)
    return len(re.findall(r"[^\W\d_]+", rest)) <= 3
