"""Keyboard reach of the menus: every menu title and menu item gets an Alt mnemonic unique within its menu.

The texts choose their own letters ("&File", "Copy &email"). When two items of one menu end up with the
same letter, or an item has none (a translation that picked a taken letter, a text built at run time such
as "Undo Add contact"), ``fix_mnemonics`` gives the later item a free letter of its own text, preferring the
first letter of a word, as KDE's accelerator manager does. It runs on the menu bar when the window is
built and on each menu just before it opens, so menus filled or renamed later are covered too.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


def key_text(key) -> str:
    """A shortcut ("Ctrl+N", a QKeySequence.StandardKey) as the user's platform and language write it, for
    a tooltip or a hint ("Undo with Ctrl+Z")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (lower case), or None; "&&" is a literal ampersand."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower() if text[i + 1].strip() else None
        i += 1
    return None


def strip_mnemonic(text: str) -> str:
    """``text`` without its mnemonic marker (a literal "&&" stays)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&":
            if i + 1 < len(text) and text[i + 1] == "&":
                out.append("&&")
                i += 2
                continue
            i += 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def with_free_mnemonic(text: str, used: set[str]) -> str | None:
    """``text`` with a mnemonic on a letter not in ``used``: a word's first letter if one is free, else any
    letter or digit; None when every letter of the text is taken."""
    plain = strip_mnemonic(text)
    positions = [i for i, ch in enumerate(plain) if ch.isalnum()]  # a literal "&&" is no candidate
    starts = [i for i in positions if i == 0 or not plain[i - 1].isalnum()]
    for i in starts + [i for i in positions if i not in starts]:
        if plain[i].lower() not in used:
            return plain[:i] + "&" + plain[i:]
    return None


def fix_mnemonics(widget: QMenu | QMenuBar) -> list[tuple[str, str]]:
    """Give every visible item of ``widget`` a mnemonic unique within it; returns (old, new) texts changed."""
    items = [a for a in widget.actions() if a.isVisible() and not a.isSeparator() and a.text()]
    used: set[str] = set()
    keep: list = []
    for action in items:  # first come keep their letter
        letter = mnemonic(action.text())
        if letter is not None and letter not in used:
            used.add(letter)
            keep.append(action)
    changed = []
    for action in items:
        if any(action is k for k in keep):
            continue
        new = with_free_mnemonic(action.text(), used)
        if new is not None:
            used.add(mnemonic(new))
            changed.append((action.text(), new))
            action.setText(new)
    return changed


def install(window: QWidget) -> None:
    """Fix the menu bar of ``window`` now, and each of its menus now and whenever it is about to open."""
    bar = window.menuBar()
    fix_mnemonics(bar)
    for menu in window.findChildren(QMenu):
        if not menu.property("iomdeskMnemonics"):
            menu.setProperty("iomdeskMnemonics", True)
            menu.aboutToShow.connect(lambda m=menu: fix_mnemonics(m))
        fix_mnemonics(menu)
