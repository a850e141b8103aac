"""Undo and redo of add, edit and delete.

Each action is carried out through the services first (so errors show before anything is pushed);
the command then only knows how to reverse and repeat it. A delete keeps the full record, so its undo
restores the contact with its id, phones, emails, tags and article links.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from ..services.context import AppContext
from ..services.records import ArticleRecord, ContactRecord

# A command's text in the user's language: what the Edit menu's Undo and Redo append to their own word
# ("&Undo Delete 3 contacts"; French "&Annuler la suppression de 3 contacts"), hence the note the
# translators see (a literal each time: lupdate reads only literals).

Changed = Callable[[list[int], int | None], None]  # (changed ids, id to select)
Failed = Callable[[BaseException], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, ctx: AppContext, changed: Changed, failed: Failed):
        super().__init__(text)
        self.ctx = ctx
        self.changed = changed
        self.failed = failed
        self._first = True
        self._skip = False  # the next undo/redo only puts the stack back (see _guard)
        self.stuck: str | None = None  # "undo" or "redo": the move that puts the stack back after a failure

    def redo(self) -> None:
        if self._first or self._skip:  # already done when pushed; or the stack put back after a failed undo
            self._first = self._skip = False
            return
        self._guard(self.do, "undo")

    def undo(self) -> None:
        if self._skip:  # the stack put back after a failed redo
            self._skip = False
            return
        self._guard(self.undo_it, "redo")

    def _guard(self, fn, back: str) -> None:
        try:
            fn()
        except Exception as exc:  # e.g. someone else deleted the contact meanwhile
            from ..store.db import is_connection_lost

            if is_connection_lost(exc):  # the server gone for a while: it can be done once it is back
                self._skip, self.stuck = True, back  # the UndoController moves the stack back
            else:
                self.setObsolete(True)
            self.failed(exc)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddContact(_Command):
    def __init__(self, ctx: AppContext, record: ContactRecord, changed: Changed, failed: Failed):
        text = QCoreApplication.translate("UndoCommand", "Add {name}",
                                          "after Undo or Redo in the Edit menu").format(name=record.name)
        super().__init__(text, ctx, changed, failed)
        self.record = record

    def undo_it(self) -> None:
        # refused when a colleague changed the new contact since: their edit is never deleted
        self.record = self.ctx.contacts.delete(self.record.id, expected_version=self.record.version)
        self.changed([self.record.id], None)

    def do(self) -> None:
        (self.record,) = self.ctx.contacts.restore(self.record)
        self.changed([self.record.id], self.record.id)


class EditContact(_Command):
    """Undo and redo of an edit (or of a restored version): each is itself a recorded change, refused
    when someone else changed the contact since (their change is never overwritten)."""

    def __init__(self, ctx: AppContext, before: ContactRecord, after: ContactRecord, changed: Changed,
                 failed: Failed, text: str | None = None):
        text = text or QCoreApplication.translate("UndoCommand", "Edit {name}",
                                                  "after Undo or Redo in the Edit menu").format(name=after.name)
        super().__init__(text, ctx, changed, failed)
        self.before = before
        self.after = after
        self.version = after.version  # the contact's version as this command left it

    def undo_it(self) -> None:
        self.version = self.ctx.contacts.replace(self.before, expected_version=self.version,
                                                 action="undone").version
        self.changed([self.before.id], self.before.id)

    def do(self) -> None:
        self.version = self.ctx.contacts.replace(self.after, expected_version=self.version,
                                                 action="redone").version
        self.changed([self.after.id], self.after.id)


class DeleteContacts(_Command):
    def __init__(self, ctx: AppContext, records: list[ContactRecord], changed: Changed, failed: Failed):
        n = len(records)
        if n == 1:
            text = QCoreApplication.translate("UndoCommand", "Delete {name}",
                                              "after Undo or Redo in the Edit menu").format(name=records[0].name)
        else:  # always 2 or more (pyside6-lupdate makes no plural message of QCoreApplication.translate)
            text = QCoreApplication.translate("UndoCommand", "Delete {count} contacts",
                                              "after Undo or Redo in the Edit menu").format(
                count=QLocale().toString(n))
        super().__init__(text, ctx, changed, failed)
        self.records = records

    def undo_it(self) -> None:
        self.records = self.ctx.contacts.restore(self.records)
        self.changed([r.id for r in self.records], self.records[0].id if self.records else None)

    def do(self) -> None:
        self.records = self.ctx.contacts.delete_many([r.id for r in self.records],
                                                     expected_versions={r.id: r.version for r in self.records})
        self.changed([r.id for r in self.records], None)


class DeleteArticle(_Command):
    """Deleting an article never deletes contacts; undo brings the article and its links back."""

    def __init__(self, ctx: AppContext, record: ArticleRecord, changed: Callable[[int | None], None],
                 failed: Failed):
        text = QCoreApplication.translate("UndoCommand", "Delete article {title}",
                                          "after Undo or Redo in the Edit menu").format(title=record.title)
        super().__init__(text, ctx, lambda ids, sel: None, failed)
        self.record = record
        self.article_changed = changed

    def undo_it(self) -> None:
        self.record = self.ctx.articles.restore(self.record)
        self.article_changed(self.record.id)

    def do(self) -> None:
        self.record = self.ctx.articles.delete(self.record.id)
        self.article_changed(None)
