"""Contact actions: new, edit (the contact dialog and its save), delete, the sample contacts, and
copying the selection to the clipboard (Name <email> lines, email, phone, card, vCard).

Needs from the window: ``ctx``, ``alerts``, ``status``, ``model``, ``table``, ``search_edit``, ``banner``,
``refresh``, the selection (``selected_ids``, ``current_id``, ``current_record``), ``search`` (to show a
saved contact the current search hides) and ``undo`` (to record each change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from ...core.contact import ContactInput
from ...core.errors import ConflictError, NotFound
from ...core.outreach import address_lines, contact_card
from ...services.contacts import record_to_input
from ...services.records import ContactRecord
from ...store.db import DatabaseUnreachable
from ..summaries import Summaries

if TYPE_CHECKING:
    from ..conflict_dialog import ConflictDialog
    from ..contact_dialog import ContactDialog
    from ..history_dialog import HistoryDialog
    from ..main_window import MainWindow


def undo_key() -> str:
    """The Undo shortcut as the platform writes it ("Ctrl+Z"), for "Undo with Ctrl+Z"."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)


def vcard_text(records: list[ContactRecord]) -> str:
    from ...interchange.vcard import write_vcards

    return "".join(write_vcards(records))


class ContactsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.contact_dialog: ContactDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.history_dialog: HistoryDialog | None = None

    # -- new, edit, delete ---------------------------------------------------------------------
    def open_contact_dialog(self, record: ContactRecord | None = None):
        from ..contact_dialog import ContactDialog

        if self.win.access.refuse():  # read-only directory: the details pane shows the contact
            return None
        dialog = ContactDialog(self.win.ctx, record, self.win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # dialog.record: the version the editor shows (another one after "Discard mine")
        dialog.save_handler = lambda data: self.save_from_dialog(dialog.record, data, dialog)
        dialog.openExisting.connect(self.show_contact)
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def save_from_dialog(self, before: ContactRecord | None, data, dialog: ContactDialog | None = None) -> bool:
        contacts = self.win.ctx.contacts
        try:
            if before is None:
                record = contacts.add(data)
                self.win.undo.added(record)
            else:
                record = contacts.update(before.id, data, expected_version=before.version)
                self.win.undo.edited(before, record)
        except DatabaseUnreachable as exc:  # the team database went away: the dialog keeps the edits
            self.win.access.lost()
            self.win.alerts.error(self.tr("Cannot save the contact"), Summaries().unreachable_in_dialog(exc))
            return False
        except ConflictError as exc:
            if before is None or dialog is None:
                self.win.alerts.error(self.tr("Cannot save the contact"), exc)
            else:  # a colleague saved it first: show both versions; the editor keeps the edits
                self.show_conflict(dialog, before, data)
            return False
        except NotFound as exc:
            if before is not None and dialog is not None and exc.ident == before.id:
                self._deleted_meanwhile(dialog, before)
            else:
                self.win.alerts.error(self.tr("Cannot save the contact"), exc)
            return False
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot save the contact"), exc)
            return False
        self.win.status(self.tr("Saved {name}").format(name=record.name))
        self.show_contact(record.id)
        return True

    # -- a colleague saved first --------------------------------------------------------------------
    def show_conflict(self, dialog: ContactDialog, opened: ContactRecord, mine: ContactInput) -> ConflictDialog | None:
        """The save of ``mine`` (edits of ``opened``) was refused: open the conflict dialog over the editor."""
        from ..conflict_dialog import ConflictDialog

        ctx = self.win.ctx
        try:
            theirs = ctx.contacts.get(opened.id)
            latest = ctx.history.latest(opened.id)
        except NotFound:
            self._deleted_meanwhile(dialog, opened)
            return None
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot save the contact"), exc)
            return None
        conflict = ConflictDialog(record_to_input(opened), theirs, record_to_input(theirs), mine, latest, dialog)
        conflict.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        conflict.applyMine.connect(lambda merge: self._apply_on_top(dialog, opened, theirs, mine, merge))
        conflict.discardMine.connect(lambda: self._discard_mine(dialog, theirs))
        self.conflict_dialog = conflict
        conflict.open()
        return conflict

    def _deleted_meanwhile(self, dialog: ContactDialog, opened: ContactRecord) -> None:
        dialog.record = None  # the next Save stores the edits as a new contact: nothing is lost
        dialog.setWindowTitle(self.tr("New contact"))
        self.win.alerts.error(
            self.tr("Cannot save the contact"),
            self.tr("{name} was deleted by someone else after you opened it. Your edits are still in the "
                    "editor: save again to store them as a new contact, or cancel.").format(name=opened.name))

    def _apply_on_top(self, dialog: ContactDialog, opened: ContactRecord, theirs: ContactRecord,
                      mine: ContactInput, merge) -> None:
        try:
            record = self.win.ctx.contacts.update(theirs.id, merge.merged, expected_version=theirs.version,
                                                  note=f"on top of version {theirs.version}")
        except (ConflictError, NotFound):  # saved again (or deleted) meanwhile: compare with the newest
            self.show_conflict(dialog, opened, mine)
            return
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot save the contact"), exc)
            return
        self.win.undo.edited(theirs, record)
        dialog.saved.emit(merge.merged)
        dialog.accept()
        self.win.status(self.tr("Saved {name}: your changes applied on top of your colleague's").format(
            name=record.name))
        self.show_contact(record.id)

    def _discard_mine(self, dialog: ContactDialog, theirs: ContactRecord) -> None:
        dialog.reload(theirs)
        self.win.status(self.tr("Your edits were discarded: the editor shows {name} as your colleague saved it")
                        .format(name=theirs.name))
        self.show_contact(theirs.id)

    # -- history ---------------------------------------------------------------------------------
    def show_history(self, contact_id: int | None = None) -> HistoryDialog | None:
        """The History dialog of a contact (the current one by default): its changes, newest first."""
        from ..history_dialog import HistoryDialog

        cid = contact_id if contact_id is not None else self.win.current_id()
        if cid is None:
            return None
        try:
            record = self.win.ctx.contacts.get(cid)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot show the history"), exc)
            return None
        dialog = HistoryDialog(self.win.ctx, record, self.win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_handler = self.restore_version
        self.history_dialog = dialog
        dialog.open()
        return dialog

    def restore_version(self, record: ContactRecord, version: int) -> ContactRecord | None:
        """Restore ``record`` to ``version`` (refused if it changed since the dialog read it); undoable."""
        try:
            before, after = self.win.ctx.history.restore_version(record.id, version,
                                                                 expected_version=record.version)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot restore this version"), exc)
            return None
        if after.version != before.version:
            text = self.tr("Restore version {version} of {name}", "after Undo or Redo in the Edit menu")
            self.win.undo.edited(before, after, text.format(version=version, name=after.name))
            self.win.status(self.tr("Restored {name} as it was at version {version}. Undo with {key}.").format(
                name=after.name, version=version, key=undo_key()))
        else:
            self.win.status(self.tr("{name} is already as it was at version {version}").format(
                name=after.name, version=version))
        self.show_contact(after.id)
        return after

    def show_contact(self, contact_id: int) -> None:
        """Select this contact after a change; when the current search hides it, show everything."""
        win = self.win
        win.model.forget([contact_id])
        win.refresh(contact_id)
        if win.model.row_of(contact_id) is None and (win.search_edit.text() or not win.search.filters.empty):
            # Saved, but the current search hides it: show it rather than leave the user wondering.
            win.search.show_everything()
            win.refresh(contact_id)

    def new_contact(self):
        return self.open_contact_dialog(None)

    def edit_contact(self, contact_id: int):
        records = self.win.ctx.contacts.get_many([contact_id])
        return self.open_contact_dialog(records[0]) if records else None

    def edit_selected(self):
        cid = self.win.current_id()
        return self.edit_contact(cid) if cid is not None else None

    def delete_selected(self) -> None:
        win = self.win
        ids = win.selected_ids()
        if not ids or win.access.refuse():
            return
        try:
            records = win.ctx.contacts.delete_many(ids)
        except Exception as exc:
            win.alerts.error(self.tr("Cannot delete"), exc)
            return
        win.undo.deleted(records)
        row = min(i.row() for i in win.table.selectionModel().selectedRows())
        win.refresh()
        if win.model.rowCount():
            win.table.selectRow(min(row, win.model.rowCount() - 1))
        if len(records) == 1:
            win.status(self.tr("Deleted {name}. Undo with {key}.").format(name=records[0].name, key=undo_key()))
        else:
            win.status(self.tr("Deleted %Ln contacts. Undo with {key}.", None, len(records)).format(key=undo_key()))

    def load_samples(self) -> None:
        from ...services.samples import load_samples

        try:
            n = load_samples(self.win.ctx)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot load the sample contacts"), exc)
            return
        self.win.banner.hide()
        self.win.refresh()
        self.win.status(self.tr("Loaded %Ln sample contacts", None, n))

    # -- copying -------------------------------------------------------------------------------
    def copy_text(self, text: str, what: str, count: int = 1) -> None:
        """Put ``text`` on the clipboard and say so: ``what`` is "email", "phone", "address" (Name <email>
        lines), "card" or "vcard", ``count`` how many of them; any other ``what`` is shown as it is
        ("Copied {what}": the caller translated it)."""
        QGuiApplication.clipboard().setText(text)
        if "\n" not in text and len(text) < 80 and count == 1:
            shown = {"email": self.tr("Copied email: {text}"), "phone": self.tr("Copied phone: {text}"),
                     "address": self.tr("Copied address: {text}")}.get(what)
            if shown is not None:
                self.win.status(shown.format(text=text))
                return
        if count == 1:
            message = {"email": self.tr("Copied email"), "phone": self.tr("Copied phone"),
                       "address": self.tr("Copied 1 address"), "card": self.tr("Copied contact card"),
                       "vcard": self.tr("Copied vCard")}.get(what)
        else:
            message = {"address": self.tr("Copied %Ln addresses", None, count),
                       "card": self.tr("Copied %Ln contact cards", None, count),
                       "vcard": self.tr("Copied %Ln vCards", None, count)}.get(what)
        self.win.status(message if message is not None else self.tr("Copied {what}").format(what=what))

    def copy_selection(self) -> None:
        edit = self.win.search_edit
        if edit.hasFocus() and edit.hasSelectedText():
            edit.copy()
            return
        records = self.win.ctx.contacts.get_many(self.win.selected_ids())
        pairs = [(r.name, r.primary_email) for r in records if r.primary_email]
        if not pairs:
            self.win.status(self.tr("The selected contacts have no email address: nothing copied"))
            return
        self.copy_text(address_lines(pairs), "address", len(pairs))

    def copy_email(self) -> None:
        record = self.win.current_record()
        if record and record.primary_email:
            self.copy_text(record.primary_email, "email")
        elif record:
            self.win.status(self.tr("{name} has no email address").format(name=record.name))

    def copy_phone(self) -> None:
        record = self.win.current_record()
        if record and record.primary_phone:
            self.copy_text(record.primary_phone.e164 or record.primary_phone.raw, "phone")
        elif record:
            self.win.status(self.tr("{name} has no phone number").format(name=record.name))

    def copy_card(self) -> None:
        records = self.win.ctx.contacts.get_many(self.win.selected_ids())
        if not records:
            return
        text = "\n\n".join(
            contact_card(r.name, r.role, r.office, r.country_name, [(p.shown, p.kind) for p in r.phones], list(r.emails))
            for r in records
        )
        self.copy_text(text, "card", len(records))

    def copy_vcard(self) -> None:
        records = self.win.ctx.contacts.get_many(self.win.selected_ids())
        if records:
            self.copy_text(vcard_text(records), "vcard", len(records))
