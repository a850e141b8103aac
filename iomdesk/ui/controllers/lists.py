"""Distribution lists in the window: the "Lists" section of the side panel (built by ``search``), Contact >
Add to list... (Ctrl+L) and Remove from list, dropping selected rows onto a list, and the list's
right-click menu (Rename..., Delete with undo).

Needs from the window: ``ctx`` (``ctx.lists``), ``alerts``, ``status``, ``filter_tree``, ``refresh``,
``selected_ids``, ``search`` (its ``filters``), ``undo`` (its ``stack``) and the ``act_add_to_list`` and
``act_remove_from_list`` actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
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
from ...core.text import count_of
from ...services.lists import DeletedList, ListInfo
from ...services.search import Filters
from ..contact_model import IDS_MIME

if TYPE_CHECKING:
    from ..main_window import MainWindow


def list_label(info: ListInfo) -> str:
    """The side panel's text for a list: its name and count; a smart list is marked."""
    if info.count is None:
        return f"{info.name} (smart, cannot run)"
    return f"{info.name} ({info.count:,}{', smart' if info.smart else ''})"


class AddToListDialog(QDialog):
    """Choose an existing static list or type the name of a new one."""

    def __init__(self, names: list[str], count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Add to list")
        layout = QVBoxLayout(self)
        label = QLabel(f"Add {count_of(count, 'contact')} to the list (choose one, or type a new name):")
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(names)
        self.combo.setAccessibleName("List name")
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.combo.currentText().strip()


class DeleteList(QUndoCommand):
    """Deleting a list keeps its contacts; undo makes it again with its search or its members."""

    def __init__(self, controller: ListsController, gone: DeletedList):
        super().__init__(f"Delete list {gone.name}")
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
            win.alerts.error("Cannot undo", exc)
        self.controller.changed()


class ListsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window

    def install(self) -> None:
        """Wire the side panel: right-click menu and drops of dragged rows (called once widgets exist)."""
        tree = self.win.filter_tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self.tree_menu)
        tree.setAcceptDrops(True)
        tree.viewport().setAcceptDrops(True)
        tree.viewport().installEventFilter(self)
        table = self.win.table
        table.setDragEnabled(True)
        table.setDragDropMode(table.DragDropMode.DragOnly)

    # -- what is chosen ------------------------------------------------------------------------
    def current_list(self) -> str | None:
        return self.win.search.filters.list

    def static_names(self) -> list[str]:
        return self.win.ctx.lists.names(smart=False)

    def update_actions(self, has_selection: bool) -> None:
        win = self.win
        win.act_add_to_list.setEnabled(has_selection)
        win.act_remove_from_list.setEnabled(has_selection and self.current_list() is not None)

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
        lists = self.win.ctx.lists
        created = ""
        try:
            same = [n for n in lists.names() if n.casefold() == name.casefold()]
            if same:
                name = same[0]
            else:
                name = lists.create(name).name
                created = " (new list)"
            n = lists.add(name, ids)
        except Exception as exc:
            self.win.alerts.error("Cannot add to the list", exc)
            self.changed()
            return None
        already = len(ids) - n
        self.changed()
        self.win.status(f"Added {count_of(n, 'contact')} to {name!r}{created}"
                        + (f"; {already:,} already on it" if already else ""))
        return n

    def remove_selected(self) -> None:
        name, ids = self.current_list(), self.win.selected_ids()
        if name is None or not ids:
            return
        try:
            n = self.win.ctx.lists.remove(name, ids)
        except Exception as exc:
            self.win.alerts.error("Cannot remove from the list", exc)
            return
        self.changed()
        self.win.status(f"Removed {count_of(n, 'contact')} from {name!r} (they stay in the directory)")

    # -- rename and delete ---------------------------------------------------------------------
    def ask_new_name(self, old: str) -> str | None:
        """The list's new name, from a small dialog (tests replace this)."""
        text, ok = QInputDialog.getText(self.win, "Rename list", f"New name for {old!r}:", text=old)
        return text.strip() if ok and text.strip() else None

    def rename(self, old: str) -> None:
        new = self.ask_new_name(old)
        if not new or new == old:
            return
        try:
            info = self.win.ctx.lists.rename(old, new)
        except Exception as exc:
            self.win.alerts.error("Cannot rename the list", exc)
            return
        if self.current_list() == old:
            self.win.search.filters = Filters(list=info.name)
        self.changed()
        self.win.status(f"Renamed list {old!r} to {info.name!r}")

    def delete(self, name: str) -> None:
        try:
            gone = self.win.ctx.lists.delete(name)
        except Exception as exc:
            self.win.alerts.error("Cannot delete the list", exc)
            return
        self.win.undo.stack.push(DeleteList(self, gone))
        self.changed()
        self.win.status(f"Deleted list {gone.name!r}; its {count_of(len(gone.contact_ids), 'contact')} stay. Undo with Ctrl+Z.")

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
        menu.addAction("Rename...", lambda: self.rename(name))
        menu.addAction("Delete (contacts stay)", lambda: self.delete(name))
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
        if kind == QEvent.Type.DragEnter:
            event.acceptProposedAction()  # the rows may move on to a list
        elif name is None:
            event.ignore()
        elif kind == QEvent.Type.DragMove:
            event.acceptProposedAction()
        else:
            event.acceptProposedAction()
            self.add_to(name, ids)
        return True
