"""English plurals without an English translation file.

Plural messages are written once in English with Qt's "%n" / "%Ln" and a "(s)" or "(es)" mark, as
``self.tr("%Ln contact(s)", None, n)``: French and Spanish give both forms in their .ts files. With no
translator (English), Qt returns the source text with the number put in, so ``english(text, n)`` turns
"1 contact(s)" into "1 contact" and "2 address(es)" into "2 addresses". A translated text has no such
mark and comes back unchanged.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"(?<=\w)\((e?s)\)")


def english(text: str, n: int) -> str:
    """``text`` with its "(s)" / "(es)" marks resolved for ``n`` (singular for 1, plural otherwise)."""
    return _MARK.sub("" if n == 1 else r"\1", text)


__all__ = ["english"]
