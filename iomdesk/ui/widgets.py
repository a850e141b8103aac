"""Small widgets shared by the windows and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(mid);"


def plain_label(text: str = "", selectable: bool = True, style: str = "") -> QLabel:
    """A label that shows user data literally: never rich text, never a link."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def table_item(text: str, editable: bool = False, tooltip: bool = True) -> QTableWidgetItem:
    """A cell of a small QTableWidget (previews, review lists), plain text."""
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if tooltip:
        item.setToolTip(text)
    return item
