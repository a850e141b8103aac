"""The order people expect for names: a Unicode Collation Algorithm sort key, as bytes.

``collation_key(name)`` is stored with every contact (``contacts.sort_key``, revision 0011) and the
table, the CLI and every page of results sort by it, so the order is the same on SQLite and
PostgreSQL and needs no Qt: "Ábel" < "Adam" < "Æsa" < "de la Cruz" < "Dean" < "Lukas" < "Łukasz" <
"Ørsted" < "Oscar"... < "Zoe" < "Zoë", then Arabic, Hangul and CJK names (by script, in the order of
the Default Unicode Collation Element Table, DUCET: the root order, no one language's tailoring, so
"Ørsted" files with O as in most languages, not after Z as in Danish).

The key is pyuca's (a pure-Python UCA over DUCET 10.0.0, pinned so that a key written by one machine
compares with a key written by another): the primary weights of every character, then the secondary
(accents), then the tertiary (case), each weight a 16-bit unsigned number, levels separated by 0.
Each weight is written as two big-endian bytes, so comparing two keys byte by byte (SQLite's BLOB
order, PostgreSQL's bytea order) is comparing the weight tuples: the collation order.

Variable weighting is non-ignorable (UCA's, and ICU's root default): a space sorts before every
letter, so "de la Cruz" comes before "Dean" as in a printed directory.

A key is cut at ``MAX_KEY`` bytes (a B-tree entry must stay small on PostgreSQL); two names that
share that long a key are then in id order.
"""

from __future__ import annotations

import struct
import unicodedata
from functools import lru_cache

# A change to the key's recipe (another table, other levels) needs a revision that rewrites the stored
# keys, as 0011's backfill writes them.
MAX_KEY = 1000  # bytes: a 300-character name of plain letters needs 6 bytes a character (3 levels)

_collator = None
# Per character (after NFD): its primary, secondary and tertiary weights as big-endian bytes, or None
# when a contraction may start with it (then the whole name takes pyuca's own path).
_chars: dict[str, tuple[bytes, bytes, bytes] | None] = {}


def _get_collator():
    global _collator
    if _collator is None:
        from pyuca.collator import Collator_10_0_0  # pinned: see the module docstring

        _collator = Collator_10_0_0()
    return _collator


def _char_weights(ch: str) -> tuple[bytes, bytes, bytes] | None:
    collator = _get_collator()
    node = (collator.table.root.children or {}).get(ord(ch))
    if node is not None and node.children is not None:
        return None  # "L·", "и" + breve...: a sequence may weigh otherwise than its characters
    elements = node.value if node is not None and node.value else collator.implicit_weight(ord(ch))
    levels = tuple(struct.pack(f">{len(w)}H", *w)
                   for w in ([min(e[i], 0xFFFF) for e in elements if e[i]] for i in range(3)))
    return levels[0], levels[1], levels[2]


def _slow_key(name: str) -> bytes:
    """pyuca's own sort key, packed: the reference the fast path must equal."""
    weights = _get_collator().sort_key(name)
    return struct.pack(f">{len(weights)}H", *(min(w, 0xFFFF) for w in weights))


_SEPARATOR = b"\x00\x00"


@lru_cache(maxsize=8192)
def collation_key(name: str) -> bytes:
    """The sort key of ``name`` (a display name, as stored): bytes whose byte order is the UCA order.

    The same bytes as pyuca's ``sort_key`` packed two bytes a weight (levels 1, 2, 3, each followed by
    a 0 separator), built here from per-character weights remembered once: about four times faster,
    which keeps the key's share of a big import small. A name with a character that may start a
    contraction takes pyuca's own path."""
    primary, secondary, tertiary = [], [], []
    chars = _chars
    for ch in name if name.isascii() else unicodedata.normalize("NFD", name):
        w = chars.get(ch)
        if w is None:
            if ch not in chars:
                w = chars[ch] = _char_weights(ch)
            if w is None:
                return _slow_key(name)[:MAX_KEY]
        primary.append(w[0])
        secondary.append(w[1])
        tertiary.append(w[2])
    key = _SEPARATOR.join((b"".join(primary), b"".join(secondary), b"".join(tertiary), b""))
    return key[:MAX_KEY]
