"""Small widgets shared by the windows and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
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


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders tooltips as rich text whenever they look
    like HTML, so "<b>" in a name would turn bold (or an <img> would load a file)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def action_text(text: str) -> str:
    """Text for a button, menu item or radio button: "&" in user data stays an ampersand instead of
    becoming a keyboard mnemonic."""
    return text.replace("&", "&&")


def table_item(text: str, editable: bool = False, tooltip: bool = True) -> QTableWidgetItem:
    """A cell of a small QTableWidget (previews, review lists), plain text."""
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if tooltip:
        item.setToolTip(plain_tip(text))
    return item
