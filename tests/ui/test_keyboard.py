"""Keyboard users: every action is in a menu with an Alt letter unique in its menu (or a shortcut), no
shortcut does two things, every control of every dialog is reached with Tab (no control left out, no
trap), and the control that has the focus shows it, for each kind of control the app uses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QTreeWidget,
    QWidget,
)
from shiboken6 import getCppPointer

from iomdesk.ui import keyboard
from iomdesk.ui.keyboard import mnemonic

from .every_dialog import every_dialog
from .test_appearance import app_palette  # noqa: F401 (a fixture)


def key(obj) -> int:
    return getCppPointer(obj)[0]


# -- menus ----------------------------------------------------------------------------------------------
def menu_problems(window) -> list[str]:
    """What a keyboard user would trip over in ``window``'s menus, as they are shown (each menu is opened
    the way the user opens it, so texts set on the way are what is checked). Written for any language:
    call it with the translator of that language installed."""
    problems: list[str] = []

    def check(owner: str, actions) -> None:
        seen: dict[str, str] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            text = action.text()
            letter = mnemonic(text)
            has_key = any(not s.isEmpty() for s in action.shortcuts())
            if letter is None:
                if not has_key:
                    problems.append(f"{owner}: {text!r} has no & letter and no shortcut")
            elif letter in seen:
                problems.append(f"{owner}: {text!r} and {seen[letter]!r} share the letter {letter!r}")
            else:
                seen[letter] = text
            if action.menu() is not None:
                opened(action.menu(), f"{owner} > {text}")

    def opened(menu: QMenu, name: str) -> None:
        menu.aboutToShow.emit()  # what the user gets: the menu as it is just before it opens
        check(name, menu.actions())

    check("menu bar", window.menuBar().actions())
    if window.model.rowCount():
        opened(table_menu(window), "contacts table right-click menu")
    return problems


def table_menu(window) -> QMenu:
    """The contacts table's right-click menu on the first row, as the user gets it."""
    from unittest import mock

    shown: list[QMenu] = []
    with mock.patch.object(QMenu, "popup", lambda self, pos, at=None: shown.append(self)):
        window.table.selectRow(0)
        window._table_menu(window.table.visualRect(window.model.index(0, 0)).center())
    assert len(shown) == 1
    return shown[0]


def test_menus_have_unique_alt_letters_in_english(window):
    assert menu_problems(window) == []


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_menus_have_unique_alt_letters_in_french_and_spanish(lang, language, seeded, qtbot, settings, captured):
    """The translation (resources/i18n/iomdesk_LANG.ts), installed before the window is built."""
    from .conftest import make_window

    language(lang)
    window = make_window(seeded, qtbot, settings, captured)
    assert window.lists.act_rename_list.text() != "Rename lis&t..."  # the translation is in use
    assert menu_problems(window) == []


def test_the_check_finds_a_clash_and_the_window_fixes_a_menu_filled_later(window):
    extra = window.menuBar().addMenu("&Extras")
    extra.addAction("&Alpha")
    extra.addAction("&Another")  # clashes with &Alpha
    extra.addAction("Plain")  # no letter at all
    problems = menu_problems_without_fixing(window)
    assert any("'&Another' and '&Alpha' share the letter 'a'" in p for p in problems)
    assert any("'Plain' has no & letter" in p for p in problems)
    keyboard.install(window)
    assert menu_problems(window) == []
    assert [a.text() for a in extra.actions()] == ["&Alpha", "A&nother", "&Plain"]


def menu_problems_without_fixing(window) -> list[str]:
    menus = window.findChildren(QMenu)
    blocked = [m.blockSignals(True) for m in menus]
    try:
        return menu_problems(window)
    finally:
        for m, b in zip(menus, blocked, strict=True):
            m.blockSignals(b)


def test_mnemonic_helpers():
    assert mnemonic("Copy &email") == "e" and mnemonic("R&&D notes") is None and mnemonic("R&&D &notes") == "n"
    assert keyboard.with_free_mnemonic("Copy contact &card", {"c"}) == "C&opy contact card"
    assert keyboard.with_free_mnemonic("Import press release", {"i"}) == "Import &press release"
    assert keyboard.with_free_mnemonic("R&&D", {"r", "d"}) is None


def in_menus(window) -> set[int]:
    found: set[int] = set()

    def walk(actions) -> None:
        for a in actions:
            found.add(key(a))
            if a.menu() is not None:
                walk(a.menu().actions())

    walk(window.menuBar().actions())
    return found


def test_every_action_of_the_window_is_in_a_menu(window):
    menus = in_menus(window)
    missing = [a.text() for a in window.findChildren(QAction)
               if not a.isSeparator() and a.menu() is None and a.text() and not a.objectName().startswith("_q_")
               and key(a) not in menus]
    assert missing == []


# What each right-click menu offers, and the menu-bar action that does the same for a keyboard user.
CONTEXT_EQUIVALENTS = {
    "side panel list": {"Rename...": "act_rename_list", "Delete (contacts stay)": "act_delete_list",
                        "Edit search...": "act_edit_list_search", "Send to list...": "act_send_to_list"},
}


def test_right_click_commands_are_in_the_menu_bar_too(seeded, qtbot, settings, captured, monkeypatch):
    from .test_lists_gui import list_items, with_lists

    window, _ = with_lists(seeded, qtbot, settings, captured)
    offered: list[str] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: offered.extend(
        keyboard.strip_mnemonic(a.text()) for a in self.actions() if not a.isSeparator()))
    tree = window.filter_tree
    window.lists.tree_menu(tree.visualItemRect(list_items(window)["Media (1, smart)"]).center())
    equivalents = CONTEXT_EQUIVALENTS["side panel list"]
    assert set(offered) == set(equivalents)  # a new right-click command needs its menu-bar twin here
    menus = in_menus(window)
    for text, name in equivalents.items():
        action = getattr(window.lists, name, None) or getattr(window, name)
        assert key(action) in menus, text


def test_the_contacts_table_right_click_menu_offers_only_menu_bar_actions(window):
    offered = [a for a in table_menu(window).actions() if not a.isSeparator()]
    assert len(offered) > 8
    menus = in_menus(window)
    assert [a.text() for a in offered if key(a) not in menus] == []


def test_list_commands_from_the_menu_act_on_the_list_shown(seeded, qtbot, settings, captured, monkeypatch):
    from iomdesk.services.search import Filters

    from .test_lists_gui import list_items, with_lists

    window, _ = with_lists(seeded, qtbot, settings, captured)
    window.lists.act_rename_list.trigger()  # no list shown: says what to do, changes nothing
    assert "Show a list first" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.set_filter(Filters(list="Geneva wires"))
    window.lists.act_edit_list_search.trigger()
    assert "not a smart list" in window.statusBar().currentMessage()
    monkeypatch.setattr(window.lists, "ask_new_name", lambda old: "Geneva desk")
    window.lists.act_rename_list.trigger()
    assert list(list_items(window)) == ["Geneva desk (2)", "Media (1, smart)"]
    window.lists.act_delete_list.trigger()
    assert list(list_items(window)) == ["Media (1, smart)"]
    assert seeded.lists.names() == ["Media"]


def test_no_shortcut_does_two_things(window):
    owners: dict[str, set[int]] = {}
    for a in window.findChildren(QAction):
        for s in a.shortcuts():
            if not s.isEmpty():
                owners.setdefault(s.toString(), set()).add(key(a))
    for s in window.findChildren(QShortcut):  # keys of one field count only against that field's
        if s.context() != Qt.ShortcutContext.WidgetShortcut:
            owners.setdefault(s.key().toString(), set()).add(key(s))
    twice = {k: len(v) for k, v in owners.items() if len(v) > 1}
    assert twice == {}
    assert owners  # the walk found the window's shortcuts
    assert QKeySequence("Ctrl+N").toString() in owners


# -- Tab through every dialog -----------------------------------------------------------------------------
def tab_stops(top: QWidget) -> set[QWidget]:
    """The controls a user meets pressing Tab from the first focus until focus comes back round."""
    top.activateWindow()
    QApplication.processEvents()
    start = QApplication.focusWidget()
    assert start is not None and start.window() is top, f"{type(top).__name__}: no focus on open"
    met, widget, stayed = [start], start, 0
    for _ in range(400):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        before, widget = widget, QApplication.focusWidget()
        stayed = stayed + 1 if widget is before else 0
        if stayed > 8 and len(should_reach(top)) > 1:
            break  # Tab does not move the focus on (a date field takes one Tab per part, then moves on)
        if widget is start and (stayed == 0 or len(should_reach(top)) == 1):
            return set(met)
        met.append(widget)
    raise AssertionError(f"{type(top).__name__}: Tab never comes back to {type(start).__name__} (a trap)")


def should_reach(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget)
            if w.window() is top and w.isVisible() and w.isEnabled() and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def arrow_reach(met: set[QWidget]) -> set[QWidget]:
    """Buttons of a button box met with Tab, and the ones the arrow keys go to from there: Qt makes a
    button box with a default button one Tab stop (Tab goes to the default button) and moves inside it
    with the arrows, as inside a group of radio buttons."""
    more: set[QWidget] = set()
    for box in {w.parentWidget() for w in met if isinstance(w.parentWidget(), QDialogButtonBox)}:
        start = next(w for w in met if w.parentWidget() is box)
        for arrow in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            start.setFocus(Qt.FocusReason.TabFocusReason)
            for _ in box.buttons():
                QTest.keyClick(QApplication.focusWidget(), arrow)
                more.add(QApplication.focusWidget())
    return more


def unreached(top: QWidget) -> list[str]:
    met = tab_stops(top)
    met |= arrow_reach(met)
    left = []
    for w in should_reach(top):
        if w in met:
            continue
        if isinstance(w, QRadioButton) and w.autoExclusive():  # one Tab stop per group, arrows inside
            group = [r for r in w.parentWidget().findChildren(QRadioButton) if r.parentWidget() is w.parentWidget()]
            if any(r in met for r in group):
                continue
        label = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "") or w.objectName()
        left.append(f"{type(top).__name__}: {type(w).__name__} {label!r}")
    return left


def test_tab_reaches_every_control_of_every_dialog(window, seeded, tmp_path):
    from PySide6.QtWidgets import QDialog

    left = unreached(window)
    window.tabs.setCurrentIndex(1)  # the Articles tab
    left += unreached(window)
    for _what, dialog in every_dialog(window, seeded, tmp_path):  # each wizard page in turn
        left += unreached(dialog)
    assert left == [], "\n".join(left)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_the_tab_walk_finds_a_trap(qtbot):
    from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, notes, button = QLineEdit(), QPlainTextEdit(), QPushButton("OK")
    for w in (first, notes, button):
        layout.addWidget(w)
    dialog.show()
    first.setFocus()
    notes.setTabChangesFocus(True)
    assert unreached(dialog) == [] and tab_stops(dialog) == {first, notes, button}
    notes.setTabChangesFocus(False)  # Tab types a tab character: the button is never reached
    with pytest.raises(AssertionError, match="a trap"):
        tab_stops(dialog)


# -- visible focus ------------------------------------------------------------------------------------------
def focus_shows(widget: QWidget, elsewhere: QWidget) -> bool:
    """The widget drawn with the keyboard focus differs from the widget drawn without it."""
    top = widget.window()
    top.activateWindow()
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert not widget.hasFocus()
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    top.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # what Qt sets when Tab moves the focus
    QApplication.processEvents()
    assert widget.hasFocus(), type(widget).__name__
    return widget.grab().toImage() != before


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_focus_is_visible_on_every_kind_of_control(palette, app_palette, seeded, qtbot, settings, captured):  # noqa: F811
    from .conftest import make_window

    app_palette(palette)
    window = make_window(seeded, qtbot, settings, captured)
    seeded.lists.create("Editors")
    window.search.refresh_filters()
    window.table.selectRow(0)
    controls = {
        "line edit": window.search_edit,
        "button": window.new_button,
        "table": window.table,
        "tree": window.filter_tree,
        "tab bar": window.tabs.tabBar(),
    }
    for kind, widget in controls.items():
        assert isinstance(widget, (QLineEdit, QPushButton, QTableView, QTreeWidget, QTabBar)), kind
        other = window.search_edit if widget is not window.search_edit else window.new_button
        assert focus_shows(widget, other), kind
    window.table.clearSelection()
    empty = window.table.model().rowCount() == 0
    assert not empty
    dialog = window.contacts.open_contact_dialog(seeded.contacts.get(window.model.id_at(0)))
    combo = dialog.findChild(QComboBox)
    check = dialog.findChild(QCheckBox)
    assert combo is not None and check is not None
    for kind, widget in {"combo box": combo, "check box": check}.items():
        assert focus_shows(widget, dialog.name if hasattr(dialog, "name") else combo), kind
    dialog.close()
    window.tabs.setCurrentIndex(1)
    articles = window.articles_view
    lists = [w for w in articles.findChildren(QListWidget) if w.isVisible()]
    assert lists, "the Articles tab shows a list"
    assert focus_shows(lists[0], articles.findChild(QLineEdit)), "list"
    body = articles.body  # a read-only text: Fusion alone draws no focus there
    assert focus_shows(body, articles.findChild(QLineEdit)), "read-only text"


def test_focus_is_visible_on_a_button_inside_a_coloured_banner(ctx, qtbot, settings, captured):
    """A style sheet on a banner must not hide the focus of the buttons in it."""
    from .conftest import make_window

    window = make_window(ctx, qtbot, settings, captured)  # an empty directory: the banner shows
    assert window.banner.isVisible() and window.banner.styleSheet()
    assert focus_shows(window.sample_button, window.search_edit)


def dialog_letter_clashes(dialog) -> list[str]:
    """Alt letters used twice among the visible buttons, check boxes and labelled fields of ``dialog``."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from iomdesk.ui.keyboard import mnemonic

    seen: dict[str, list[str]] = {}
    for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel) + dialog.findChildren(QGroupBox):
        if not w.isVisible() or w.window() is not dialog:
            continue
        if isinstance(w, QLabel) and w.buddy() is None:
            continue  # a label without a buddy: its & is shown, it moves nowhere
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        letter = mnemonic(text)
        if letter:
            seen.setdefault(letter, []).append(text)
    return [f"{type(dialog).__name__}: Alt+{k.upper()} for {' and '.join(map(repr, v))}"
            for k, v in seen.items() if len(v) > 1]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_no_alt_letter_does_two_things_in_a_dialog(lang, language, seeded, qtbot, settings, captured, tmp_path):
    from .conftest import make_window
    from .every_dialog import every_dialog

    language(lang)
    window = make_window(seeded, qtbot, settings, captured)
    clashes = []
    for what, dialog in every_dialog(window, seeded, tmp_path):
        clashes += [f"{what}: {c}" for c in dialog_letter_clashes(dialog)]
    assert clashes == [], "\n".join(clashes)
