"""English plurals without an English translation file.

Plural messages are written once in English with Qt's "%Ln" and a "(s)" or "(es)" mark, as
``english(self.tr("%Ln contact(s)", None, n), n)``: French and Spanish give both forms in their .ts
files. In English there is no translator, so Qt returns the source text with the number put in, and
``english`` turns "1 contact(s)" into "1 contact" and "2 address(es)" into "2 addresses". In any other
language the text is the translator's and comes back unchanged (a French "(s)" stays as written).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_MARK = re.compile(r"(?<=\w)\((e?s)\)")
_ENGLISH = (QLocale.Language.English, QLocale.Language.C)


def english(text: str, n: int) -> str:
    """``text`` with its "(s)" / "(es)" marks resolved for ``n`` (singular for 1, plural otherwise) when
    the interface is in English (QLocale() English, or C with no language chosen, as in the tests)."""
    if QLocale().language() not in _ENGLISH:
        return text
    return _MARK.sub("" if n == 1 else r"\1", text)


__all__ = ["english"]
