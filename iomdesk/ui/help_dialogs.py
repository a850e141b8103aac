"""Help menu: the keyboard shortcuts page (built from the window's own actions, so it never goes stale)
and the About box."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from .keyboard import key_text
from .widgets import plain_label


def menu_title(text: str) -> str:
    """ "&File" -> "File", "Save && close" -> "Save & close", "Import..." stays."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_text(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def _walk(menu: QMenu, path: str, groups: dict[str, list[tuple[str, str]]], seen: set[int]) -> None:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, f"{path} > {menu_title(action.text())}", groups, seen)
            continue
        if action.isSeparator() or id(action) in seen:
            continue
        keys = shortcut_text(action)
        if keys:
            seen.add(id(action))
            groups.setdefault(path, []).append((menu_title(action.text()), keys))


def shortcut_groups(window) -> dict[str, list[tuple[str, str]]]:
    """Every action of ``window`` that has a shortcut, grouped by the menu that shows it (the first one
    when an action is in two menus); shortcuts in no menu under "Other"."""
    groups: dict[str, list[tuple[str, str]]] = {}
    seen: set[int] = set()
    for top in window.menuBar().actions():
        sub = top.menu()
        if isinstance(sub, QMenu):
            _walk(sub, menu_title(top.text()), groups, seen)
    for action in window.actions():
        keys = shortcut_text(action)
        if keys and id(action) not in seen:
            seen.add(id(action))
            groups.setdefault(QCoreApplication.translate("ShortcutsDialog", "Other", "shortcuts in no menu"),
                              []).append((menu_title(action.text()), keys))
    # Keys of one field (QShortcut, not an action): those that say what they do, same text together.
    fields: dict[str, list[str]] = {}
    for shortcut in window.findChildren(QShortcut):
        what = shortcut.whatsThis()
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        if what and keys and keys not in fields.get(what, []):
            fields.setdefault(what, []).append(keys)
    in_a_field = QCoreApplication.translate("ShortcutsDialog", "In a field")
    for what, keys_list in fields.items():
        groups.setdefault(in_a_field, []).append((what, ", ".join(keys_list)))
    # The contact editor's own keys (its window is not open while this page is).
    editor = QCoreApplication.translate("ShortcutsDialog", "In the contact editor")
    for what, keys in EDITOR_KEYS:
        groups.setdefault(editor, []).append((QCoreApplication.translate("ShortcutsDialog", what),
                                              ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                                                        for k in keys)))
    return groups


EDITOR_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the contact"), ("Ctrl+Return", QKeySequence.StandardKey.Save)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Close without saving (twice when there are edits)"), ("Esc",)),
)


class ShortcutsDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self.setWindowTitle(self.tr("Keyboard shortcuts - {app}").format(app=APP_NAME))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        find_label = QLabel(self.tr("&Search:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Action or key, e.g. import or {keys}").format(
            keys=key_text("Ctrl+I")))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search shortcuts"))
        self.search_edit.setAccessibleDescription(self.tr(
            "Type words of an action, a menu or a key: only the shortcuts holding every word are listed"))
        find_label.setBuddy(self.search_edit)
        layout.addWidget(find_label)
        layout.addWidget(self.search_edit)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setAccessibleDescription(self.tr("Every keyboard shortcut, grouped by the menu that shows it"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        for group, rows in shortcut_groups(window).items():
            top = QTreeWidgetItem([group])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(top)
            for name, keys in rows:
                top.addChild(QTreeWidgetItem([name, keys]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        self.empty_label = plain_label(self.tr("No shortcut matches."), selectable=False)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Close the list of keyboard shortcuts"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search_edit.textChanged.connect(self.filter)
        self.search_edit.setFocus()

    def filter(self, text: str) -> None:
        """Show the rows whose action, shortcut or menu holds every word typed."""
        words = text.casefold().split()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            visible_children = 0
            for j in range(top.childCount()):
                child = top.child(j)
                hay = f"{top.text(0)} {child.text(0)} {child.text(1)}".casefold()
                hide = not all(w in hay for w in words)
                child.setHidden(hide)
                visible_children += not hide
            top.setHidden(visible_children == 0)
            shown += visible_children
        self.empty_label.setVisible(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcut) of the rows shown."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if not top.isHidden() and not child.isHidden():
                    rows.append((top.text(0), child.text(0), child.text(1)))
        return rows


def app_version() -> str:
    try:
        return metadata.version("iomdesk")
    except metadata.PackageNotFoundError:
        return __version__


def about_lines(database_url: str) -> list[tuple[str, str]]:
    """(name, value) rows of the About box; the names in English (translated where shown)."""
    return [
        (QT_TRANSLATE_NOOP("AboutDialog", "Version"), app_version()),
        (QT_TRANSLATE_NOOP("AboutDialog", "Database"), database_url),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Python", platform.python_version()),
    ]


class AboutDialog(QDialog):
    def __init__(self, database_url: str, parent: QWidget | None = None):
        """``database_url``: the URL with its password hidden (Database.shown_url)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(48, 48))
        head.addWidget(icon)
        title = plain_label(APP_NAME, selectable=False)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        head.addWidget(title, 1)
        layout.addLayout(head)
        layout.addWidget(plain_label(self.tr("A desktop directory of media contacts for IOM country offices."),
                                     selectable=False))
        self.values: dict[str, str] = {}
        for name, value in about_lines(database_url):
            self.values[name] = value
            line = self.tr("{name}: {value}").format(name=self.tr(name), value=value)
            label = plain_label(line)
            label.setAccessibleName(line)
            label.setAccessibleDescription(self.tr("Select this line to copy it, for example into a support request"))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(self.tr("Close this box"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
