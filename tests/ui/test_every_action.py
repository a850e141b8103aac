"""Every command of the menus, triggered in English, French and Spanish with a contact selected: none
crashes (the crash dialog is never shown). Modal questions answer Cancel, file choosers nothing, so the
test never blocks on a real modal dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

from .conftest import make_window

SKIP = {"act_quit"}  # closes the window the test still uses


@pytest.fixture
def no_modal(monkeypatch):
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))


def menu_actions(window):
    skip = {getattr(window, name, None) for name in SKIP}
    seen = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        menu.aboutToShow.emit()  # menus filled or fixed just before they open
        for action in menu.actions():
            if action.menu() is not None or action.isSeparator() or action in skip or action in seen:
                continue
            seen.append(action)
    return seen


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_menu_command_runs_without_a_crash(lang, language, no_modal, seeded, qtbot, settings, captured):
    language(lang)
    window = make_window(seeded, qtbot, settings, captured)
    actions = menu_actions(window)
    assert len(actions) > 30
    for action in actions:
        window.table.selectRow(0)
        if action.isEnabled():
            action.trigger()
        qtbot.wait(1)
        for dialog in window.findChildren(QDialog):  # close what opened (non-modal dialogs)
            if dialog.isVisible():
                dialog.close()
        for menu in window.findChildren(QMenu):
            menu.close()
    crashes = [m for m in captured.messages if m[0] == "crash"]
    assert crashes == [], crashes
