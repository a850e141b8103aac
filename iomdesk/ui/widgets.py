"""Small widgets shared by the windows and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from . import theme

# Theme roles (iomdesk/ui/theme.py) for plain_label's ``style``: the colour follows light and dark palettes.
ERROR_STYLE = "error"
HINT_STYLE = "hint"
WARNING_STYLE = "warning"
# A colour written in before the theme roles: "palette(mid)" is no readable text colour (2:1 on the window).
_OLD_STYLES = {"color: palette(mid);": HINT_STYLE}


def plain_label(text: str = "", selectable: bool = True, style: str = "") -> QLabel:
    """A label that shows user data literally: never rich text, never a link."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    style = _OLD_STYLES.get(style, style)
    if style in theme.ROLES:
        theme.style(label, style)
    elif style:
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


def file_row(accessible_name: str, browse, placeholder: str = "", description: str = "",
             browse_description: str = "") -> tuple[QHBoxLayout, QLineEdit]:
    """A file path field and its "Browse..." button (the import wizard and the export dialog), with the
    accessible descriptions of both (the caller's words, translated in its own context)."""
    row = QHBoxLayout()
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    if description:
        edit.setAccessibleDescription(description)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    button = QPushButton(QCoreApplication.translate("widgets", "B&rowse..."))
    button.setAccessibleDescription(browse_description
                                    or QCoreApplication.translate("widgets", "Chooses the file in a file dialog"))
    button.clicked.connect(browse)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row, edit


def list_table(headers: list[str], accessible_name: str) -> QTableWidget:
    """A small read-only QTableWidget with column headers and no row numbers (previews, summaries)."""
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().hide()
    return table


class TaskDialog(QDialog):
    """A dialog that runs one background task at a time (the import wizard, the export dialog).

    While ``task`` runs, Esc and the window's close button call ``cancel`` (which stops the task) instead
    of closing, so nothing is left half written; ``_report`` moves ``progress`` (a 0..1000 bar).
    """

    task = None
    progress: QProgressBar

    def cancel(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.task is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.task is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _report(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)
