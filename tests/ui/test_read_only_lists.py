"""A read-only team directory: the side panel's lists refuse changes cleanly. Rows dragged onto a list are
not taken (no error dialog, the status bar says why), and the list's right-click menu offers Rename,
Delete and Edit search turned off (Send to list stays)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMenu

from iomdesk.core.contact import ContactInput
from iomdesk.services.context import AppContext
from tests.services.test_connections import read_only_role

from .conftest import make_window
from .test_lists_gui import list_items


@pytest.fixture
def reader(pg):
    url = pg.new_database()
    writer = AppContext.open(url)
    writer.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"]))
    writer.lists.create("Editors")
    writer.close()
    ctx = AppContext.open(read_only_role(pg, url))
    yield ctx
    ctx.close()


def test_dropping_rows_on_a_list_is_refused_without_an_error(reader, qtbot, settings, captured):
    window = make_window(reader, qtbot, settings, captured)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    mime = window.model.mimeData(window.table.selectionModel().selectedIndexes())
    tree = window.filter_tree
    pos = QPointF(tree.visualItemRect(list_items(window)["Editors (0)"]).center())
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.lists.eventFilter(tree.viewport(), drop)
    assert not drop.isAccepted()
    assert captured.messages == []
    assert "read-only access" in window.statusBar().currentMessage()
    assert reader.lists.members("Editors") == []


def test_list_menu_offers_no_change_in_a_read_only_directory(reader, qtbot, settings, captured, monkeypatch):
    window = make_window(reader, qtbot, settings, captured)
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: shown.append(
        {a.text(): a.isEnabled() for a in self.actions() if a.text()}))
    tree = window.filter_tree
    window.lists.tree_menu(tree.visualItemRect(list_items(window)["Editors (0)"]).center())
    assert shown == [{"&Rename...": False, "&Delete (contacts stay)": False, "&Send to list...": True}]
    window.lists.rename("Editors")  # reached some other way: refused before asking anything
    window.lists.delete("Editors")
    assert captured.messages == [] and reader.lists.names() == ["Editors"]
