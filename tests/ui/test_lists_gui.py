"""Distribution lists in the window: the side panel's Lists section, Add to list (action and drop),
Remove from list, Rename, Delete and its undo."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDropEvent

from iomdesk.services.search import Filters
from iomdesk.ui.contact_model import IDS_MIME
from iomdesk.ui.controllers.lists import AddToListDialog

from .conftest import make_window


def names(window):
    return [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]


def contact_id(window, name):
    return window.model.id_at(names(window).index(name))


def list_items(window):
    tree = window.filter_tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0) == "Lists":
            return {group.child(j).text(0): group.child(j) for j in range(group.childCount())}
    return {}


def select_names(window, *wanted):
    window.table.clearSelection()
    sm = window.table.selectionModel()
    for name in wanted:
        row = names(window).index(name)
        sm.select(window.model.index(row, 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)


def with_lists(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    ids = {n: contact_id(window, n) for n in names(window)}
    seeded.lists.create("Geneva wires")
    seeded.lists.add("Geneva wires", [ids["Sofia Lindqvist"], ids["No Email Person"]])
    seeded.lists.create("Media", "tag:media")
    window.refresh()
    return window, ids


def test_side_panel_lists_each_list_with_its_count_and_marks_smart_ones(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    assert list_items(window) == {}  # no lists: no empty section
    window, _ = with_lists(seeded, qtbot, settings, captured)
    assert list(list_items(window)) == ["Geneva wires (2)", "Media (1, smart)"]
    assert list_items(window)["Geneva wires (2)"].toolTip(0) == "Geneva wires (2)"  # the panel cuts long names


def test_clicking_a_list_filters_the_table(seeded, qtbot, settings, captured):
    window, _ = with_lists(seeded, qtbot, settings, captured)
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.filter_tree.setCurrentItem(list_items(window)["Geneva wires (2)"])
    assert window.search.filters == Filters(list="Geneva wires")
    assert names(window) == ["No Email Person", "Sofia Lindqvist"]
    assert window.count_label.text() == "2 of 4 contacts"
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.filter_tree.setCurrentItem(list_items(window)["Media (1, smart)"])
    assert names(window) == ["Knowledge Mareyanadzo"]


def test_add_to_list_action_adds_the_selection_and_counts_follow(seeded, qtbot, settings, captured, monkeypatch):
    window, ids = with_lists(seeded, qtbot, settings, captured)
    asked = []
    monkeypatch.setattr(window.lists, "ask_list_name", lambda n: asked.append(n) or "geneva WIRES")
    select_names(window, "Ana Kovač", "Sofia Lindqvist")
    assert window.act_add_to_list.isEnabled()
    assert window.act_add_to_list.shortcut().toString() == "Ctrl+L"
    window.act_add_to_list.trigger()
    assert asked == [2]
    assert window.statusBar().currentMessage() == "Added 1 contact to 'Geneva wires'; 1 already on it"
    assert "Geneva wires (3)" in list_items(window)
    assert sorted(seeded.lists.members("Geneva wires")) == sorted(
        [ids["Ana Kovač"], ids["Sofia Lindqvist"], ids["No Email Person"]])
    # A new name makes a new static list.
    monkeypatch.setattr(window.lists, "ask_list_name", lambda n: "Croatia desk")
    select_names(window, "Ana Kovač")
    window.act_add_to_list.trigger()
    assert window.statusBar().currentMessage() == "Added 1 contact to 'Croatia desk' (new list)"
    assert "Croatia desk (1)" in list_items(window)


def test_adding_to_a_smart_list_is_refused_with_a_message(seeded, qtbot, settings, captured, monkeypatch):
    window, _ = with_lists(seeded, qtbot, settings, captured)
    monkeypatch.setattr(window.lists, "ask_list_name", lambda n: "Media")
    select_names(window, "Ana Kovač")
    window.act_add_to_list.trigger()
    assert captured.messages and "smart list" in captured.messages[-1][2]
    assert "Media (1, smart)" in list_items(window)


def test_cancelled_dialog_adds_nothing(seeded, qtbot, settings, captured, monkeypatch):
    window, _ = with_lists(seeded, qtbot, settings, captured)
    monkeypatch.setattr(window.lists, "ask_list_name", lambda n: None)
    select_names(window, "Ana Kovač")
    window.act_add_to_list.trigger()
    assert list(list_items(window)) == ["Geneva wires (2)", "Media (1, smart)"]


def test_add_dialog_offers_static_lists_and_takes_a_typed_name(seeded, qtbot, settings, captured):
    window, _ = with_lists(seeded, qtbot, settings, captured)
    dialog = AddToListDialog(window.lists.static_names(), 2, window)
    qtbot.addWidget(dialog)
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == ["Geneva wires"]
    dialog.combo.setEditText("  Press  ")
    assert dialog.name() == "Press"


def test_dragging_selected_rows_onto_a_list_adds_them(seeded, qtbot, settings, captured):
    window, ids = with_lists(seeded, qtbot, settings, captured)
    select_names(window, "Ana Kovač", "Knowledge Mareyanadzo")
    mime = window.model.mimeData(window.table.selectionModel().selectedIndexes())
    assert mime.hasFormat(IDS_MIME)
    tree = window.filter_tree
    item = list_items(window)["Geneva wires (2)"]
    pos = QPointF(tree.visualItemRect(item).center())
    # Dropped anywhere but on a list: refused, nothing added.
    elsewhere = QPointF(tree.visualItemRect(tree.topLevelItem(0)).center())
    miss = QDropEvent(elsewhere, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.DragMove)
    window.lists.eventFilter(tree.viewport(), miss)  # Qt delivers drops only during a real drag
    assert not miss.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.lists.eventFilter(tree.viewport(), drop)
    assert drop.isAccepted()
    assert window.statusBar().currentMessage() == "Added 2 contacts to 'Geneva wires'"
    assert "Geneva wires (4)" in list_items(window)
    assert set(seeded.lists.members("Geneva wires")) == set(ids.values())


def test_remove_from_list_takes_the_selection_off_the_list_shown(seeded, qtbot, settings, captured):
    window, ids = with_lists(seeded, qtbot, settings, captured)
    assert not window.act_remove_from_list.isEnabled()
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.set_filter(Filters(list="Geneva wires"))
    select_names(window, "Sofia Lindqvist")
    assert window.act_remove_from_list.isEnabled()
    window.act_remove_from_list.trigger()
    assert names(window) == ["No Email Person"]
    assert window.statusBar().currentMessage() == (
        "Removed 1 contact from 'Geneva wires' (they stay in the directory)")
    assert "Geneva wires (1)" in list_items(window)
    assert seeded.contacts.get(ids["Sofia Lindqvist"]).name == "Sofia Lindqvist"


def test_rename_keeps_the_list_shown_and_refuses_a_taken_name(seeded, qtbot, settings, captured, monkeypatch):
    window, _ = with_lists(seeded, qtbot, settings, captured)
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.set_filter(Filters(list="Geneva wires"))
    monkeypatch.setattr(window.lists, "ask_new_name", lambda old: "Geneva desk")
    window.lists.rename("Geneva wires")
    assert list(list_items(window)) == ["Geneva desk (2)", "Media (1, smart)"]
    assert window.filter_tree.currentItem().text(0) == "Geneva desk (2)"
    assert names(window) == ["No Email Person", "Sofia Lindqvist"]
    monkeypatch.setattr(window.lists, "ask_new_name", lambda old: "media")
    window.lists.rename("Geneva desk")
    assert "already exists" in captured.messages[-1][2]
    assert list(list_items(window)) == ["Geneva desk (2)", "Media (1, smart)"]


def test_delete_keeps_contacts_and_undo_restores_members(seeded, qtbot, settings, captured):
    window, ids = with_lists(seeded, qtbot, settings, captured)
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.set_filter(Filters(list="Geneva wires"))
    window.lists.delete("Geneva wires")
    assert list(list_items(window)) == ["Media (1, smart)"]
    assert window.search.filters == Filters()  # the table shows everyone again
    assert len(names(window)) == 4
    assert window.statusBar().currentMessage() == (
        "Deleted list 'Geneva wires'; its 2 contacts stay. Undo with Ctrl+Z.")
    window.act_undo.trigger()
    assert "Geneva wires (2)" in list_items(window)
    assert sorted(seeded.lists.members("Geneva wires")) == sorted(
        [ids["Sofia Lindqvist"], ids["No Email Person"]])
    window.act_redo.trigger()
    assert list(list_items(window)) == ["Media (1, smart)"]
    window.lists.delete("Media")
    window.act_undo.trigger()
    assert seeded.lists.get("Media").query == "tag:media"


def test_deleting_a_list_a_smart_list_names_says_so(seeded, qtbot, settings, captured):
    window, _ids = with_lists(seeded, qtbot, settings, captured)
    seeded.lists.create("Geneva media", query='list:"Geneva wires" tag:media')
    window.lists.delete("Geneva wires")
    assert window.statusBar().currentMessage() == (
        "Deleted list 'Geneva wires'; its 2 contacts stay. The smart list 'Geneva media' names it and now "
        "finds nobody. Undo with Ctrl+Z.")


def test_undoing_a_delete_after_a_member_was_deleted_restores_the_others(seeded, qtbot, settings, captured):
    window, ids = with_lists(seeded, qtbot, settings, captured)
    window.lists.delete("Geneva wires")
    seeded.contacts.delete(ids["No Email Person"])
    window.act_undo.trigger()
    assert seeded.lists.members("Geneva wires") == [ids["Sofia Lindqvist"]]
    assert "Geneva wires (1)" in list_items(window)
    assert not captured.messages


def test_right_click_on_a_list_offers_rename_and_delete(seeded, qtbot, settings, captured, monkeypatch):
    from PySide6.QtWidgets import QMenu

    window, _ = with_lists(seeded, qtbot, settings, captured)
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: shown.append(
        [a.text() for a in self.actions()]))
    tree = window.filter_tree
    window.lists.tree_menu(tree.visualItemRect(list_items(window)["Geneva wires (2)"]).center())
    window.lists.tree_menu(tree.visualItemRect(tree.topLevelItem(0)).center())  # All contacts: no menu
    assert shown == [["&Rename...", "&Delete (contacts stay)", "", "&Send to list..."]]  # with Alt letters


def test_window_with_lists_renders(seeded, qtbot, settings, captured, tmp_path):
    window, _ = with_lists(seeded, qtbot, settings, captured)
    path = tmp_path / "lists.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 1000
