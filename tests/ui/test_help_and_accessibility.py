"""Help menu (keyboard shortcuts page, About box), the application icon, and an accessible name on
every control a keyboard or screen-reader user can reach, in the main window and its dialogs."""

from __future__ import annotations

import fnmatch
import platform
import tomllib
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)

import iomdesk
from iomdesk.ui.help_dialogs import shortcut_groups

from .every_dialog import every_dialog

ROOT = Path(__file__).resolve().parents[2]


# -- keyboard shortcuts page ------------------------------------------------------------------------
def test_f1_and_ctrl_slash_open_the_shortcuts_page_from_the_help_menu(window):
    assert [a.text() for a in window.help_menu.actions()] == ["&Keyboard shortcuts", "&About IOM Desk"]
    assert window.menuBar().actions()[-1].menu() is window.help_menu
    assert window.act_shortcuts.shortcuts() == [QKeySequence("F1"), QKeySequence("Ctrl+/")]
    window.act_shortcuts.trigger()
    dialog = window.shortcuts_dialog
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.close()


def test_shortcuts_page_lists_every_action_with_a_shortcut_grouped_by_menu(window):
    dialog = window.show_shortcuts()
    rows = dialog.visible_rows()
    assert ("File", "Import contacts...", QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText)) in rows
    assert ("Contact", "Edit contact...", "F2") in rows
    assert ("Edit", "Find", ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                                      for k in ("Ctrl+F", "Ctrl+K"))) in rows
    assert ("Tools", "Retention review...", "") not in rows  # no shortcut: not listed
    assert any(r[0] == "Help" and r[1] == "Keyboard shortcuts" for r in rows)
    # Keys of one field (Enter in the table, Esc and Down in the search field) are listed too.
    enter = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in (Qt.Key.Key_Return,
                                                                                                  Qt.Key.Key_Enter))
    assert ("In a field", "Write email (in the contacts table)", enter) in rows
    assert ("In a field", "Clear the search (in the search field)", "Esc") in rows
    # Generated from the window: every action that has a shortcut is on the page, once.
    with_keys = {a.text().replace("&", "") for a in window.actions() if any(not s.isEmpty() for s in a.shortcuts())}
    save = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                     for k in ("Ctrl+Return", QKeySequence.StandardKey.Save))
    assert ("In the contact editor", "Save the contact", save) in rows
    listed = [name for menu, name, _ in rows if menu not in ("In a field", "In the contact editor")]
    assert set(listed) == with_keys and len(listed) == len(set(listed))
    # An action added later shows up the next time the page opens: the page cannot go stale.
    window._action("Brand new thing", lambda: None, "Ctrl+Alt+B")
    assert "Brand new thing" in [name for rows in shortcut_groups(window).values() for name, _ in rows]


def test_shortcuts_page_search_filters_by_action_key_or_menu(window, qtbot):
    dialog = window.show_shortcuts()
    everything = dialog.visible_rows()
    qtbot.keyClicks(dialog.search_edit, "import")
    assert {r[1] for r in dialog.visible_rows()} == {"Import contacts...", "Import press release...",
                                                      "Import press release from the clipboard"}
    dialog.search_edit.setText("F2")
    assert [r[1] for r in dialog.visible_rows()] == ["Edit contact..."]
    dialog.search_edit.setText("view")  # a menu's name keeps its whole group
    assert [r[:2] for r in dialog.visible_rows()] == [("View", "Contacts"), ("View", "Articles")]
    dialog.search_edit.setText("no such thing")
    assert dialog.visible_rows() == [] and dialog.empty_label.isVisible()
    dialog.search_edit.clear()
    assert dialog.visible_rows() == everything and not dialog.empty_label.isVisible()


# -- About box ----------------------------------------------------------------------------------------
def test_about_box_names_app_version_database_and_versions(window):
    window.act_about.trigger()
    dialog = window.about_dialog
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert "IOM Desk" in texts
    assert f"Version: {iomdesk.__version__}" in texts
    assert f"Database: {window.ctx.db.shown_url}" in texts
    assert f"Qt: {qVersion()}" in texts and f"PySide6: {pyside_version}" in texts
    assert f"Python: {platform.python_version()}" in texts


def test_about_box_never_shows_the_database_password(qtbot):
    from iomdesk.store.db import hidden_password
    from iomdesk.ui.help_dialogs import AboutDialog

    url = hidden_password("postgresql+psycopg://desk:s3cr3t-pw@db.example.org/iomdesk")
    dialog = AboutDialog(url)
    qtbot.addWidget(dialog)
    text = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "s3cr3t-pw" not in text and "db.example.org/iomdesk" in text


# -- icon -----------------------------------------------------------------------------------------
def test_the_app_has_the_iom_desk_icon_in_every_size(window):
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == [16, 32, 48, 256]
    image = icon.pixmap(48, 48).toImage()
    assert image.pixelColor(24, 24).name() in {"#0033a0", "#ffffff"}  # IOM blue card, white figure
    assert image.pixelColor(40, 12).name() == "#0033a0"


def test_icon_files_ship_in_the_wheel():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert data["package-dir"]["iomdesk.resources"] == "resources"
    patterns = data["package-data"]["iomdesk.resources"]
    names = ["iomdesk.svg"] + [f"iomdesk-{s}.png" for s in (16, 32, 48, 256)]
    for name in names:
        assert (ROOT / "resources" / name).is_file(), name
        assert any(fnmatch.fnmatch(name, p) for p in patterns), name


# -- accessible names ---------------------------------------------------------------------------------
def has_name(widget: QWidget) -> bool:
    """The name a screen reader announces: an accessible name, a button's own text, or the text of a
    visible label whose buddy it is. A placeholder is not a name."""
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton | QLabel) and widget.text().replace("&", "").strip():
        return True  # a button's or a label's own text
    if isinstance(widget, QLabel) and not widget.text():
        return True  # an empty message line (filled in later): nothing to announce yet, not a control
    if isinstance(widget, QTabBar) and widget.count() and all(widget.tabText(i).strip() for i in range(widget.count())):
        return True  # each tab is announced by its text
    top = widget.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.isVisible() and label.text().replace("&", "").strip():
            return True
    # The inner line edit of a combo box or a spin box: the outer widget carries the name.
    parent = widget.parentWidget()
    inner = isinstance(parent, QAbstractSpinBox | QComboBox) or parent is not None and parent.focusProxy() is widget
    return inner and has_name(parent)


def focusable(top: QWidget) -> list[QWidget]:
    """``top`` and its widgets that take the focus and are shown (not another window's)."""
    return [w for w in [top, *top.findChildren(QWidget)]
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.window() is top]


def unnamed(top: QWidget) -> list[str]:
    offenders = []
    for w in focusable(top):
        if not has_name(w):
            label = w.objectName() or (w.placeholderText() if hasattr(w, "placeholderText") else "")
            offenders.append(f"{type(top).__name__}: {type(w).__name__} {label!r}")
    return offenders


def everywhere(check, window, seeded, tmp_path) -> list[str]:
    """``check`` run on the window (both tabs) and on every dialog it opens."""
    offenders = check(window)
    window.tabs.setCurrentIndex(1)  # the Articles tab
    offenders += check(window)
    for _what, dialog in every_dialog(window, seeded, tmp_path):
        offenders += check(dialog)
    return sorted(set(offenders))


def test_every_reachable_control_has_an_accessible_name(window, qtbot, seeded, tmp_path):
    offenders = everywhere(unnamed, window, seeded, tmp_path)
    assert offenders == [], "\n".join(offenders)


def controls(top: QWidget) -> list[QWidget]:
    """The controls of ``top`` a keyboard user reaches (visible, focusable, not another window's)."""
    found = []
    for w in focusable(top):
        if w is top or isinstance(w, QLabel):  # the window itself; a label is read, not operated
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or parent is not None and parent.focusProxy() is w:
            continue  # the inner field of a combo or spin box: the outer control is described
        found.append(w)
    return found


def undescribed(top: QWidget) -> list[str]:
    """Controls without an accessible description (Qt reads the tooltip when there is none)."""
    offenders = []
    for w in controls(top):
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Description).strip():
            name = w.accessibleName() or (w.text() if hasattr(w, "text") and isinstance(w.text(), str) else "")
            offenders.append(f"{type(top).__name__}: {type(w).__name__} {name or w.objectName()!r}")
    return offenders


def test_every_reachable_control_has_an_accessible_description(window, qtbot, seeded, tmp_path):
    offenders = everywhere(undescribed, window, seeded, tmp_path)
    assert offenders == [], "\n".join(offenders)


def test_the_description_check_catches_a_button_without_one(qtbot):
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    button = QPushButton("Save")
    QVBoxLayout(dialog).addWidget(button)
    dialog.show()
    assert undescribed(dialog) == ["QDialog: QPushButton 'Save'"]
    button.setToolTip("Save the contact and close the editor")
    assert undescribed(dialog) == []


def test_the_name_check_catches_a_field_with_only_a_placeholder(qtbot):
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    field = QLineEdit()
    field.setPlaceholderText("Name")
    layout.addWidget(field)
    dialog.show()
    assert unnamed(dialog) == ["QDialog: QLineEdit 'Name'"]
    label = QLabel("&Name:")
    label.setBuddy(field)
    layout.insertWidget(0, label)
    label.show()
    assert unnamed(dialog) == []
    label.hide()  # a hidden label names nothing
    assert unnamed(dialog) == ["QDialog: QLineEdit 'Name'"]
