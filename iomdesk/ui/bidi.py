"""Right-to-left text (Arabic, Hebrew, Persian names) in item views.

QLabel and QLineEdit find a text's direction themselves (an Arabic name in the detail pane or the editor
is laid out right to left, against the right edge); an item view does not: every cell takes the view's
direction (left to right), so an Arabic name too long for its column was cut at its end but the
ellipsis landed on its right, beside the first word, as if the start were missing. :class:`BidiDelegate`
gives each cell the direction of its own text, as QLabel does.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

_ISOLATES = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI: skipped up to their PDI (Unicode bidi P2)
_PDI = "\u2069"


def is_right_to_left(text: str) -> bool:
    """Whether ``text``'s first strong character reads right to left (Unicode bidi rules P2 and P3, as
    Qt's QString::isRightToLeft): "محمد عبد الله" yes, "Ahmed محمد" and "王小明" no."""
    depth = 0
    for ch in text:
        if ch in _ISOLATES:
            depth += 1
            continue
        if ch == _PDI:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class BidiDelegate(QStyledItemDelegate):
    """Each cell's text in its own direction: a right-to-left name reads right to left, starts at the
    cell's right edge and, when the column is too narrow, loses its end (the ellipsis on its left),
    never its start. Left-to-right cells are drawn as before."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text and is_right_to_left(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft
