"""Distribution lists in the window: the "Lists" section of the side panel (built by ``search``), Contact >
Add to list... (Ctrl+L) and Remove from list, dropping selected rows onto a list, the list's right-click
menu (Send to list..., Rename..., Edit search... of a smart list, Delete), and Save search as smart
list... (Ctrl+Shift+S). Adding, removing, renaming, deleting, making a smart list and changing its search
are undone with Ctrl+Z (the window's undo stack).

Needs from the window: ``ctx`` (``ctx.lists``), ``alerts``, ``status``, ``filter_tree``, ``refresh``,
``selected_ids``, ``search`` (its ``filters``), ``undo`` (its ``stack``) and the ``act_add_to_list`` and
``act_remove_from_list`` actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMenu,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import NotFound
from ...services.lists import DeletedList, ListInfo
from ...services.search import Filters
from ..contact_model import IDS_MIME
from ..keyboard import fix_mnemonics

if TYPE_CHECKING:
    from ..main_window import MainWindow


def list_label(info: ListInfo) -> str:
    """The side panel's text for a list: its name and count; a smart list is marked."""
    if info.count is None:
        return QCoreApplication.translate("ListsController", "{name} (smart, cannot run)").format(name=info.name)
    count = QLocale().toString(info.count)
    if info.smart:
        return QCoreApplication.translate("ListsController", "{name} ({count}, smart)").format(
            name=info.name, count=count)
    return QCoreApplication.translate("ListsController", "{name} ({count})").format(name=info.name, count=count)


class AddToListDialog(QDialog):
    """Choose an existing static list or type the name of a new one."""

    def __init__(self, names: list[str], count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to list"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Add %Ln contact(s) to the list (choose one, or type a new name):", None, count))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(names)
        self.combo.setAccessibleName(self.tr("List name"))
        self.combo.setAccessibleDescription(self.tr("Choose a list, or type a name to make a new list"))
        self.combo.lineEdit().setAccessibleName(self.combo.accessibleName())
        self.combo.lineEdit().setAccessibleDescription(self.combo.accessibleDescription())
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Adds the contacts to this list"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without adding anyone"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.combo.currentText().strip()


class DeleteList(QUndoCommand):
    """Deleting a list keeps its contacts; undo makes it again with its search or its members."""

    def __init__(self, controller: ListsController, gone: DeletedList):
        super().__init__(QCoreApplication.translate("ListsController", "Delete list {name}").format(
            name=gone.name))
        self.controller = controller
        self.gone = gone
        self._first = True

    def redo(self) -> None:
        if self._first:  # already deleted when pushed
            self._first = False
            return
        self._guard(lambda: setattr(self, "gone", self.controller.win.ctx.lists.delete(self.gone.name)))

    def undo(self) -> None:
        def restore() -> None:
            lists = self.controller.win.ctx.lists
            lists.create(self.gone.name, self.gone.query)
            ids = list(self.gone.contact_ids)
            if self.gone.query is None and ids:
                try:
                    lists.add(self.gone.name, ids)
                except NotFound:  # a member was deleted since: the others come back
                    kept = [r.id for r in self.controller.win.ctx.contacts.get_many(ids)]
                    lists.add(self.gone.name, kept)

        self._guard(restore)

    def _guard(self, fn) -> None:
        win = self.controller.win
        try:
            fn()
        except Exception as exc:  # e.g. a list of that name was made meanwhile
            self.setObsolete(True)
            win.alerts.error(QCoreApplication.translate("ListsController", "Cannot undo"), exc)
        self.controller.changed()


class _ListCommand(QUndoCommand):
    """Done through the service before it is pushed; undo and redo call ``undo_it`` and ``do``."""

    def __init__(self, controller: ListsController, text: str):
        super().__init__(text)
        self.controller = controller
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, fn) -> None:
        try:
            fn()
        except Exception as exc:  # the list was deleted or renamed meanwhile (by another user too)
            self.setObsolete(True)
            self.controller.win.alerts.error(QCoreApplication.translate("ListsController", "Cannot undo"), exc)
        self.controller.changed()

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddToList(_ListCommand):
    """Undo takes off only the contacts this add put on the list (and the list, if the add made it).
    The undo stack is linear, so the list has the name it had when the add was pushed."""

    def __init__(self, controller: ListsController, name: str, ids: list[int], created: bool):
        super().__init__(controller, controller.add_text(len(ids), name))
        self.name, self.ids, self.created = name, ids, created

    def undo_it(self) -> None:
        lists = self.controller.win.ctx.lists
        if self.created:
            lists.delete(self.name)
        else:
            lists.remove(self.name, self.ids)

    def do(self) -> None:
        lists = self.controller.win.ctx.lists
        if self.created:
            lists.create(self.name)
        kept = [r.id for r in self.controller.win.ctx.contacts.get_many(self.ids)]  # some may be deleted since
        lists.add(self.name, kept)


class RemoveFromList(_ListCommand):
    def __init__(self, controller: ListsController, name: str, ids: list[int]):
        super().__init__(controller, controller.remove_text(len(ids), name))
        self.name, self.ids = name, ids

    def undo_it(self) -> None:
        kept = [r.id for r in self.controller.win.ctx.contacts.get_many(self.ids)]
        self.controller.win.ctx.lists.add(self.name, kept)

    def do(self) -> None:
        self.controller.win.ctx.lists.remove(self.name, self.ids)


class RenameList(_ListCommand):
    def __init__(self, controller: ListsController, old: str, new: str):
        super().__init__(controller, QCoreApplication.translate("ListsController", "Rename list {name}").format(
            name=old))
        self.old, self.new = old, new

    def _rename(self, a: str, b: str) -> None:
        win = self.controller.win
        info = win.ctx.lists.rename(a, b)
        if (self.controller.current_list() or "").casefold() == a.casefold():
            win.search.filters = Filters(list=info.name)

    def undo_it(self) -> None:
        self._rename(self.new, self.old)

    def do(self) -> None:
        self._rename(self.old, self.new)


class MakeSmartList(_ListCommand):
    def __init__(self, controller: ListsController, name: str, query: str):
        super().__init__(controller, QCoreApplication.translate(
            "ListsController", "Save search as smart list {name}").format(name=name))
        self.name, self.query = name, query

    def undo_it(self) -> None:
        self.controller.win.ctx.lists.delete(self.name)

    def do(self) -> None:
        self.controller.win.ctx.lists.create(self.name, self.query)


class SetQuery(_ListCommand):
    def __init__(self, controller: ListsController, name: str, before: str, after: str):
        super().__init__(controller, QCoreApplication.translate(
            "ListsController", "Change the search of {name}").format(name=name))
        self.name, self.before, self.after = name, before, after

    def undo_it(self) -> None:
        self.controller.win.ctx.lists.set_query(self.name, self.before)

    def do(self) -> None:
        self.controller.win.ctx.lists.set_query(self.name, self.after)


class ListsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window

    # Undo texts with a count (self.tr, as pyside6-lupdate marks plurals only in tr() calls).
    def add_text(self, n: int, name: str) -> str:
        return self.tr("Add %Ln contact(s) to {name}", None, n).format(name=name)

    def remove_text(self, n: int, name: str) -> str:
        return self.tr("Remove %Ln contact(s) from {name}", None, n).format(name=name)

    def install(self) -> None:
        """Wire the side panel: right-click menu and drops of dragged rows (called once widgets exist)."""
        tree = self.win.filter_tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self.tree_menu)
        tree.setAcceptDrops(True)
        tree.viewport().setAcceptDrops(True)
        tree.viewport().installEventFilter(self)
        search = self.win.search_edit  # its right-click menu offers Save search as smart list...
        search.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        search.customContextMenuRequested.connect(self.search_menu)
        table = self.win.table
        table.setDragEnabled(True)
        table.setDragDropMode(table.DragDropMode.DragOnly)

    def install_menu(self) -> None:
        """The side panel's right-click commands (rename, delete, edit a smart list's search) in the Contact
        menu too, after Send to list, so a keyboard user reaches them: they act on the list shown."""
        from PySide6.QtGui import QAction

        win = self.win
        self.act_rename_list = QAction(self.tr("Rename lis&t..."), win)
        self.act_rename_list.setStatusTip(self.tr("Rename the list shown in the table"))
        self.act_rename_list.triggered.connect(lambda: self.on_shown_list(self.rename))
        self.act_delete_list = QAction(self.tr("Delete list (c&ontacts stay)"), win)
        self.act_delete_list.setStatusTip(self.tr("Delete the list shown in the table; its contacts stay"))
        self.act_delete_list.triggered.connect(lambda: self.on_shown_list(self.delete))
        self.act_edit_list_search = QAction(self.tr("Edit smart list sear&ch..."), win)
        self.act_edit_list_search.setStatusTip(self.tr("Change the search of the smart list shown in the table"))
        self.act_edit_list_search.triggered.connect(lambda: self.on_shown_list(self.edit_query, smart=True))
        actions = win.contact_menu.actions()
        at = actions.index(win.act_send_to_list) + 1 if win.act_send_to_list in actions else len(actions)
        before = actions[at] if at < len(actions) else None
        for action in (self.act_rename_list, self.act_delete_list, self.act_edit_list_search):
            win.contact_menu.insertAction(before, action)

    def on_shown_list(self, command, smart: bool = False) -> None:
        name = self.current_list()
        if name is None:
            self.win.status(self.tr("Show a list first: choose it under Lists in the side panel"))
            return
        if smart and name not in self.win.ctx.lists.names(smart=True):
            self.win.status(self.tr("The list shown is not a smart list: it has no search to edit"))
            return
        command(name)

    # -- what is chosen ------------------------------------------------------------------------
    def current_list(self) -> str | None:
        return self.win.search.filters.list

    def static_names(self) -> list[str]:
        return self.win.ctx.lists.names(smart=False)

    def update_actions(self, has_selection: bool) -> None:
        win = self.win
        writable = not win.ctx.read_only
        win.act_add_to_list.setEnabled(has_selection and writable)
        win.act_remove_from_list.setEnabled(has_selection and writable and self.current_list() is not None)

    def changed(self) -> None:
        """Members or lists changed: the table (when it shows a list) and the counts follow; a list
        shown that is gone (deleted) gives way to everyone."""
        shown = self.current_list()
        if shown is not None and shown.casefold() not in {n.casefold() for n in self.win.ctx.lists.names()}:
            self.win.search.filters = Filters()
        self.win.model.forget()
        self.win.refresh()

    # -- adding and removing -------------------------------------------------------------------
    def ask_list_name(self, count: int) -> str | None:
        """The list to add to, from a small dialog (tests replace this)."""
        dialog = AddToListDialog(self.static_names(), count, self.win)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name() or None

    def add_selected(self) -> None:
        ids = self.win.selected_ids()
        if not ids:
            return
        name = self.ask_list_name(len(ids))
        if name:
            self.add_to(name, ids)

    def add_to(self, name: str, ids: list[int]) -> int | None:
        """Put contacts on the list ``name`` (made, as a static list, when there is none). Returns how many
        were new, or None when nothing could be done (the user was told why)."""
        if self.win.access.refuse():  # a directory that may only be read: the status bar says why
            return None
        lists = self.win.ctx.lists
        created = False
        try:
            same = [n for n in lists.names() if n.casefold() == name.casefold()]
            if same:
                name = same[0]
                info = lists.get(name)
                present = set(lists.members(name)) if not info.smart else set()
            else:
                info = lists.create(name)
                name, present = info.name, set()
                created = True
            n = lists.add(name, ids)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot add to the list"), exc)
            self.changed()
            return None
        already = len(ids) - n
        new_ids = [i for i in dict.fromkeys(ids) if i not in present]
        if new_ids or created:
            self.win.undo.stack.push(AddToList(self, name, new_ids, created))
        self.changed()
        if created:
            text = self.tr("Added %Ln contact(s) to '{name}' (new list)", None, n)
        elif already:
            text = self.tr("Added %Ln contact(s) to '{name}'; {already} already on it", None, n)
        else:
            text = self.tr("Added %Ln contact(s) to '{name}'", None, n)
        self.win.status(text.format(name=name, already=QLocale().toString(already)))
        return n

    def remove_selected(self) -> None:
        name, ids = self.current_list(), self.win.selected_ids()
        if name is None or not ids:
            return
        lists = self.win.ctx.lists
        try:
            info = lists.get(name)
            present = set(lists.members(name)) if not info.smart else set()
            n = lists.remove(name, ids)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot remove from the list"), exc)
            return
        removed = [i for i in dict.fromkeys(ids) if i in present]
        if removed:
            self.win.undo.stack.push(RemoveFromList(self, info.name, removed))
        self.changed()
        self.win.status(self.tr("Removed %Ln contact(s) from '{name}' (they stay in the directory)", None,
                                n).format(name=name))

    # -- rename and delete ---------------------------------------------------------------------
    def ask_new_name(self, old: str) -> str | None:
        """The list's new name, from a small dialog (tests replace this)."""
        text, ok = QInputDialog.getText(self.win, self.tr("Rename list"),
                                        self.tr("New name for '{name}':").format(name=old), text=old)
        return text.strip() if ok and text.strip() else None

    def rename(self, old: str) -> None:
        if self.win.access.refuse():
            return
        new = self.ask_new_name(old)
        if not new or new == old:
            return
        try:
            info = self.win.ctx.lists.rename(old, new)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot rename the list"), exc)
            return
        if self.current_list() == old:
            self.win.search.filters = Filters(list=info.name)
        self.win.undo.stack.push(RenameList(self, old, info.name))
        self.changed()
        self.win.status(self.tr("Renamed list '{old}' to '{new}'").format(old=old, new=info.name))

    def delete(self, name: str) -> None:
        if self.win.access.refuse():
            return
        try:
            gone = self.win.ctx.lists.delete(name)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot delete the list"), exc)
            return
        self.win.undo.stack.push(DeleteList(self, gone))
        self.changed()
        n = len(gone.contact_ids)
        sentences = [self.tr("Deleted list '{name}'; its %Ln contact(s) stay.", None, n).format(
            name=gone.name)]
        sentences += [self.tr("The smart list '{name}' names it and now finds nobody.").format(name=smart)
                      for smart in gone.referred_by]
        sentences.append(self.tr("Undo with Ctrl+Z."))
        self.win.status(" ".join(sentences))

    # -- smart lists ---------------------------------------------------------------------------
    def current_query(self) -> str:
        """The search typed, with the list shown in the side panel as ``list:"NAME"``."""
        text = self.win.search_edit.text().strip()
        shown = self.current_list()
        return " ".join(p for p in ((f'list:"{shown}"' if shown else ""), text) if p)

    def ask_smart_name(self, query: str) -> str | None:
        """The new smart list's name (tests replace this)."""
        text, ok = QInputDialog.getText(self.win, self.tr("Save search as smart list"),
                                        self.tr("Name of the smart list (its members are the results of "
                                                "'{search}', and follow the directory as it changes):"
                                                ).format(search=query))
        return text.strip() if ok and text.strip() else None

    def save_search(self) -> None:
        """Save search as smart list... (Ctrl+Shift+S): the search typed (and the list shown) as a list."""
        query = self.current_query()
        if not query:
            self.win.alerts.info(self.tr("Nothing to save"),
                                 self.tr("Type a search first (for example office:zimbabwe tag:media); a smart "
                                         "list keeps that search and its results follow the data."))
            return
        name = self.ask_smart_name(query)
        if not name:
            return
        try:
            info = self.win.ctx.lists.create(name, query)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot make the smart list"), exc)
            return
        self.win.undo.stack.push(MakeSmartList(self, info.name, query))
        self.changed()
        n = info.count or 0
        self.win.status(self.tr("Smart list '{name}' saved: %Ln contact(s) now", None, n).format(
            name=info.name))

    def search_menu(self, pos) -> None:
        edit = self.win.search_edit
        menu = edit.createStandardContextMenu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        menu.addAction(self.win.act_save_search)
        menu.popup(edit.mapToGlobal(pos))

    def ask_query(self, name: str, query: str) -> str | None:
        """A smart list's new search (tests replace this)."""
        text, ok = QInputDialog.getText(self.win, self.tr("Edit smart list"),
                                        self.tr("Search of '{name}':").format(name=name), text=query)
        return text.strip() if ok and text.strip() else None

    def edit_query(self, name: str) -> None:
        if self.win.access.refuse():
            return
        lists = self.win.ctx.lists
        try:
            info = lists.get(name)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot edit the list"), exc)
            return
        if info.query is None:
            return
        query = self.ask_query(info.name, info.query)
        if not query or query == info.query:
            return
        try:
            after = lists.set_query(info.name, query)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot change the search"), exc)
            return
        self.win.undo.stack.push(SetQuery(self, info.name, info.query, query))
        self.changed()
        n = after.count or 0
        self.win.status(self.tr("Smart list '{name}' now finds %Ln contact(s)", None, n).format(
            name=info.name))

    # -- the side panel ------------------------------------------------------------------------
    @staticmethod
    def list_of(item: QTreeWidgetItem | None) -> str | None:
        flt = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return flt.list if isinstance(flt, Filters) else None

    def tree_menu(self, pos) -> None:
        tree = self.win.filter_tree
        name = self.list_of(tree.itemAt(pos))
        if name is None:
            return
        menu = QMenu(tree)
        reason = self.win.ctx.read_only_reason  # a directory that may only be read: offered, turned off
        changes = [menu.addAction(self.tr("Rename..."), lambda: self.rename(name)),
                   menu.addAction(self.tr("Delete (contacts stay)"), lambda: self.delete(name))]
        if name in self.win.ctx.lists.names(smart=True):
            changes.append(menu.addAction(self.tr("Edit search..."), lambda: self.edit_query(name)))
        if reason:
            menu.setToolTipsVisible(True)
            for action in changes:
                action.setEnabled(False)
                action.setToolTip(reason)
        menu.addSeparator()
        menu.addAction(self.tr("Send to list..."), lambda: self.win.outreach.send_to_list(name))
        fix_mnemonics(menu)  # an Alt letter for each entry, in every language
        menu.popup(tree.viewport().mapToGlobal(pos))

    def dropped_ids(self, event) -> list[int]:
        mime = event.mimeData()
        if not mime.hasFormat(IDS_MIME):
            return []
        text = bytes(mime.data(IDS_MIME).data()).decode("ascii", "replace")
        return [int(part) for part in text.split(",") if part.strip().isdigit()]

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        ids = self.dropped_ids(event)
        if not ids:
            return super().eventFilter(watched, event)
        name = self.list_of(self.win.filter_tree.itemAt(event.position().toPoint()))
        if self.win.ctx.read_only:  # nothing may be put on a list: no drop, the status bar says why
            event.ignore()
            if kind != QEvent.Type.DragMove:
                self.win.access.refuse()
        elif kind == QEvent.Type.DragEnter:
            event.acceptProposedAction()  # the rows may move on to a list
        elif name is None:
            event.ignore()
        elif kind == QEvent.Type.DragMove:
            event.acceptProposedAction()
        else:
            event.acceptProposedAction()
            self.add_to(name, ids)
        return True
