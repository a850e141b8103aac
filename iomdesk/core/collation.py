"""The order people expect for names: a Unicode Collation Algorithm sort key, as bytes.

``collation_key(name)`` is stored with every contact (``contacts.sort_key``, revision 0011) and the
table, the CLI and every page of results sort by it, so the order is the same on SQLite and
PostgreSQL and needs no Qt: "Ábel" < "Adam" < "Æsa" < "de la Cruz" < "Dean" < "Lukas" < "Łukasz" <
"Oscar" < "Ørsted"... < "Zoe" < "Zoë", then Arabic, Hangul and CJK names (by script, in the order of
the Default Unicode Collation Element Table, DUCET).

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
from functools import lru_cache

# Bump when the key's recipe changes (another table, other levels): revision 0011's backfill and any
# later one rewrite the stored keys.
KEY_VERSION = 1
MAX_KEY = 1000  # bytes: a 300-character name of plain letters needs 6 bytes a character (3 levels)

_collator = None


def _get_collator():
    global _collator
    if _collator is None:
        from pyuca.collator import Collator_10_0_0  # pinned: see the module docstring

        _collator = Collator_10_0_0()
    return _collator


@lru_cache(maxsize=8192)
def collation_key(name: str) -> bytes:
    """The sort key of ``name`` (a display name, as stored): bytes whose byte order is the UCA order."""
    weights = _get_collator().sort_key(name)
    # Weights outside 16 bits cannot come from DUCET or the implicit weights; clamp rather than fail.
    if any(w > 0xFFFF for w in weights):
        weights = tuple(min(w, 0xFFFF) for w in weights)
    key = struct.pack(f">{len(weights)}H", *weights)
    return key[:MAX_KEY]
