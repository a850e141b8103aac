"""The undo stack: records each add, edit and delete once the service has carried it out, and
refreshes the window when an undo or redo changes the directory (or reports why it could not).

Needs from the window: ``ctx``, ``alerts``, ``model``, ``articles_view`` and ``refresh``. The window
builds its Undo and Redo actions from ``stack``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack

from ...services.records import ArticleRecord, ContactRecord
from ..undo import AddContact, DeleteArticle, DeleteContacts, EditContact

if TYPE_CHECKING:
    from ..main_window import MainWindow


class UndoController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.stack = QUndoStack(window)
        self._index = 0
        self._redo_next = None  # the command Redo would do next (a push puts a new one there)
        self.stack.indexChanged.connect(self._moved)

    def _moved(self, index: int) -> None:
        """Undo and Redo say what they did, in the status bar and to a screen reader (a push says nothing
        here: the action that pushed it already did)."""
        before, redo_next = self._index, self._redo_next
        self._index = index
        self._redo_next = self.stack.command(index) if index < self.stack.count() else None
        if index < before:
            done = self.stack.command(index)
            text = self.tr("Undone: {action}")
        elif index > before and redo_next is not None and self.stack.command(index - 1) is redo_next:
            done = self.stack.command(index - 1)
            text = self.tr("Redone: {action}")
        else:
            return
        if done is not None and done.text():
            self.win.status(text.format(action=done.text()))

    def added(self, record: ContactRecord) -> None:
        self.stack.push(AddContact(self.win.ctx, record, self.changed, self.failed))

    def edited(self, before: ContactRecord, after: ContactRecord, text: str | None = None) -> None:
        self.stack.push(EditContact(self.win.ctx, before, after, self.changed, self.failed, text))

    def deleted(self, records: list[ContactRecord]) -> None:
        self.stack.push(DeleteContacts(self.win.ctx, records, self.changed, self.failed))

    def article_deleted(self, record: ArticleRecord) -> None:
        self.stack.push(DeleteArticle(self.win.ctx, record, self.article_changed, self.failed))

    def changed(self, ids: list[int], select_id: int | None) -> None:
        self.win.model.forget(ids)
        self.win.refresh(select_id)

    def article_changed(self, article_id: int | None) -> None:
        """An article was saved, deleted or restored: its list and the contacts' article counts follow."""
        self.win.articles_view.refresh(article_id)
        self.win.model.forget()
        self.win.refresh()

    def failed(self, exc: BaseException) -> None:
        self.win.alerts.error(self.tr("Cannot undo"), exc)
        self.win.refresh()
        QTimer.singleShot(0, self._put_back)

    def _put_back(self) -> None:
        """After an undo or redo the server could not carry out (it was gone): the stack moves back to where
        it was, doing nothing, so that Undo (or Redo) offers the same step again."""
        i = self.stack.index()
        after, before = self.stack.command(i), self.stack.command(i - 1) if i > 0 else None
        if after is not None and getattr(after, "stuck", None) == "redo":
            after.stuck = None
            self.stack.redo()
        elif before is not None and getattr(before, "stuck", None) == "undo":
            before.stuck = None
            self.stack.undo()
