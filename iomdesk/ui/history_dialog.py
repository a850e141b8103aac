"""A contact's history: every change newest first (version, when, who, what), each expandable to its
fields before and after, and "Restore this version..." (with an inline confirmation naming the fields
that would change; the restore is itself a change, undoable with Ctrl+Z in the window)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.merge import changed_fields
from ..services.contacts import record_to_input
from ..services.context import AppContext
from ..services.history import NOT_RESTORED, before_history, shown
from ..services.records import ChangeRecord, ContactRecord
from . import theme
from .dates import locale_datetime
from .keyboard import key_text
from .messages import phone_kind, translated
from .widgets import HINT_STYLE, plain_label, plain_tip

VERSION_ROLE = Qt.ItemDataRole.UserRole


# A contact's fields as the history and the conflict dialog name them (core and services keep English).
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("history_dialog", "Name"),
    "role": QT_TRANSLATE_NOOP("history_dialog", "Role"),
    "office": QT_TRANSLATE_NOOP("history_dialog", "Office"),
    "country": QT_TRANSLATE_NOOP("history_dialog", "Country"),
    "phones": QT_TRANSLATE_NOOP("history_dialog", "Phones"),
    "emails": QT_TRANSLATE_NOOP("history_dialog", "Emails"),
    "tags": QT_TRANSLATE_NOOP("history_dialog", "Tags"),
    "languages": QT_TRANSLATE_NOOP("history_dialog", "Languages"),
    "beats": QT_TRANSLATE_NOOP("history_dialog", "Beats"),
    "notes": QT_TRANSLATE_NOOP("history_dialog", "Notes"),
    "source": QT_TRANSLATE_NOOP("history_dialog", "Source"),
    "lawful_basis": QT_TRANSLATE_NOOP("history_dialog", "Lawful basis"),
    "review_date": QT_TRANSLATE_NOOP("history_dialog", "Review date"),
    "do_not_contact": QT_TRANSLATE_NOOP("history_dialog", "Do not contact"),
    "dnc_reason": QT_TRANSLATE_NOOP("history_dialog", "Do-not-contact reason"),
    "articles": QT_TRANSLATE_NOOP("history_dialog", "Articles"),
}


def field_name(field: str) -> str:
    """A field's name in the user's language ("Role", "Fonction"); an unknown field as stored."""
    return translated("history_dialog", FIELD_NAMES, field)


def field_names(fields) -> str:
    return ", ".join(field_name(f) for f in fields)


def who_text(c: ChangeRecord) -> str:
    """ "alice", "alice (database user iomdesk_team)" or "unknown"."""
    if c.db_user and c.db_user != c.os_user:
        return QCoreApplication.translate("history_dialog", "{user} (database user {db_user})").format(user=c.os_user, db_user=c.db_user)
    return c.os_user or QCoreApplication.translate("history_dialog", "unknown", "who made a change")


# What a change did (ChangeRecord.action), a whole phrase each; the note is placed by the phrase.
_VERSION_NOTE = re.compile(r"^(from|on top of) version (\d+)$")


def what_text(c: ChangeRecord) -> str:
    """ "Edited (Role, Phones)", "Restored from version 3 (Name)", in the user's language."""
    action, note = c.action, c.note or ""
    m = _VERSION_NOTE.match(note)
    version = QLocale().toString(int(m.group(2))) if m else ""
    if action == "restored" and m and m.group(1) == "from":
        head = QCoreApplication.translate("history_dialog", "Restored from version {version}").format(version=version)
    elif action == "edited" and m and m.group(1) == "on top of":
        head = QCoreApplication.translate("history_dialog", "Edited on top of version {version}").format(version=version)
    elif action == "imported" and note == "from a press release":
        head = QCoreApplication.translate("history_dialog", "Imported from a press release")
    elif action == "imported" and note == "update":
        head = QCoreApplication.translate("history_dialog", "Updated by an import")
    elif action == "imported" and note.startswith("update from "):
        head = QCoreApplication.translate("history_dialog", "Updated by an import from {source}").format(source=note[len("update from "):])
    elif action == "imported" and note.startswith("from "):
        head = QCoreApplication.translate("history_dialog", "Imported from {source}").format(source=note[len("from "):])
    elif action == "created" and note == "sample data":
        head = QCoreApplication.translate("history_dialog", "Created (sample data)")
    elif action == "tagged" and note:
        head = QCoreApplication.translate("history_dialog", "Tag \u201c{tag}\u201d added").format(tag=note)
    elif action == "untagged" and note:
        head = QCoreApplication.translate("history_dialog", "Tag \u201c{tag}\u201d removed").format(tag=note)
    elif action in ACTIONS and not note:
        head = QCoreApplication.translate("history_dialog", ACTIONS[action])
    else:  # written by a newer version or another path: as stored
        head = action.capitalize() + (f" {note}" if note else "")
    if c.changes:
        return QCoreApplication.translate("history_dialog", "{what} ({fields})").format(what=head, fields=field_names(c.changes))
    return head


ACTIONS = {
    "created": QT_TRANSLATE_NOOP("history_dialog", "Created"),
    "edited": QT_TRANSLATE_NOOP("history_dialog", "Edited"),
    "imported": QT_TRANSLATE_NOOP("history_dialog", "Imported"),
    "restored": QT_TRANSLATE_NOOP("history_dialog", "Restored"),
    "undeleted": QT_TRANSLATE_NOOP("history_dialog", "Put back after a delete"),
    "linked": QT_TRANSLATE_NOOP("history_dialog", "Linked to an article"),
    "unlinked": QT_TRANSLATE_NOOP("history_dialog", "Unlinked from an article"),
    "undone": QT_TRANSLATE_NOOP("history_dialog", "Change undone"),
    "redone": QT_TRANSLATE_NOOP("history_dialog", "Change redone"),
    "tagged": QT_TRANSLATE_NOOP("history_dialog", "Tag added"),
    "untagged": QT_TRANSLATE_NOOP("history_dialog", "Tag removed"),
    "do not contact": QT_TRANSLATE_NOOP("history_dialog", "Marked do not contact"),
    "contact allowed again": QT_TRANSLATE_NOOP("history_dialog", "Contact allowed again"),
}


# Phone kinds (core.phones.KINDS) and lawful bases (core.contact.LAWFUL_BASIS_LABELS): data values stay
# English, the history and the conflict dialog show them in the user's language.
LAWFUL_BASES = {
    "public_role": QT_TRANSLATE_NOOP("history_dialog", "Public role"),
    "legitimate_interest": QT_TRANSLATE_NOOP("history_dialog", "Legitimate interest"),
    "consent": QT_TRANSLATE_NOOP("history_dialog", "Consent"),
}


def phone_line(number: str, kind: str | None) -> str:
    """ "+41 22 717 9111 (work)", the kind in the user's language (an unknown kind as stored)."""
    if not kind:
        return number
    return QCoreApplication.translate("history_dialog", "{number} ({kind})").format(
        number=number, kind=phone_kind(kind))


def basis_label(value: str | None) -> str:
    """A lawful basis as the user's language names it (an unknown value as stored)."""
    return translated("history_dialog", LAWFUL_BASES, value)


def shown_text(field: str, value) -> str:
    """A field's value as the history shows it: yes/no, phone kinds and lawful bases in the user's
    language, the rest is data (one line per phone or email)."""
    if field == "do_not_contact":
        return (QCoreApplication.translate("history_dialog", "yes", "do not contact") if value
                else QCoreApplication.translate("history_dialog", "no", "do not contact"))
    if field == "phones" and isinstance(value, list):
        return "\n".join(phone_line(str(p.get("display") or p.get("raw")), p.get("kind"))
                         for p in value if isinstance(p, dict))
    if field == "lawful_basis":
        return basis_label(value)
    return shown(field, value)


def change_line(c: ChangeRecord) -> str:
    """ "v3 · 04/12/2026 14:02 · alice · Edited (Role, Phones)" """
    return QCoreApplication.translate("history_dialog", "v{version} · {when} · {who} · {what}").format(
        version=QLocale().toString(c.version), when=locale_datetime(c.at), who=who_text(c), what=what_text(c))


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, record: ContactRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        # Called with (record, version) on a confirmed restore; returns the restored record or None.
        self.restore_handler: Callable[[ContactRecord, int], ContactRecord | None] | None = None
        self._pending: int | None = None  # the version waiting for confirmation
        layout = QVBoxLayout(self)
        self.title = plain_label("", selectable=False)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setAccessibleName(self.tr("Changes to this contact, newest first"))
        self.tree.setAccessibleDescription(self.tr(
            "Each change with its version, date, author and fields; expand a change to see each field before "
            "and after it. Select a change to restore the contact as it was then."))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Change / field"), self.tr("Before"), self.tr("After")])
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.tree, 1)
        self.hint = plain_label("", selectable=False, style=HINT_STYLE)
        layout.addWidget(self.hint)

        self.confirm = QFrame()
        self.confirm.setObjectName("restoreConfirm")
        theme.style(self.confirm, "warning-banner")
        confirm_layout = QVBoxLayout(self.confirm)
        self.confirm_text = plain_label("", selectable=False)
        confirm_layout.addWidget(self.confirm_text)
        row = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("&Restore"))
        self.confirm_button.setAccessibleDescription(self.tr("Restore the selected version now"))
        self.confirm_cancel = QPushButton(self.tr("Do&n't restore"))
        self.confirm_cancel.setAccessibleDescription(self.tr("Close this question and change nothing"))
        row.addWidget(self.confirm_button)
        row.addWidget(self.confirm_cancel)
        row.addStretch(1)
        confirm_layout.addLayout(row)
        self.confirm.hide()
        layout.addWidget(self.confirm)
        self.confirm_button.clicked.connect(self._confirmed)
        self.confirm_cancel.clicked.connect(self._cancel_restore)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Close the history"))
        self.restore_button = QPushButton(self.tr("Restore &this version..."))
        self.restore_tip = self.tr(
            "Put the contact back as it was after the selected change ({keys}). These fields stay as they "
            "are now: {fields}.").format(keys=key_text("Ctrl+R"), fields=field_names(NOT_RESTORED))
        self.restore_button.setToolTip(self.restore_tip)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.ask_restore)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.ask_restore)
        self.resize(760, 520)
        self.load()

    # -- filling ---------------------------------------------------------------------------------
    def load(self) -> None:
        self.changes = self.ctx.history.changes(self.record.id)
        self.setWindowTitle(self.tr("History of {name}").format(name=self.record.name))
        self.title.setText(self.tr("{name}: version {version}, %n recorded change(s)", None, len(self.changes))
                           .format(name=self.record.name, version=QLocale().toString(self.record.version)))
        self.tree.clear()
        for c in self.changes:
            item = QTreeWidgetItem([change_line(c)])
            item.setData(0, VERSION_ROLE, c.version)
            item.setToolTip(0, plain_tip(change_line(c)))
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            for field, pair in c.changes.items():
                before, after = pair if isinstance(pair, list) and len(pair) == 2 else (None, None)
                b, a = shown_text(field, before), shown_text(field, after)
                empty = self.tr("(empty)")
                child = QTreeWidgetItem([field_name(field), b or empty, a or empty])
                child.setToolTip(1, plain_tip(b))
                child.setToolTip(2, plain_tip(a))
                child.setData(0, VERSION_ROLE, c.version)
                item.addChild(child)
        first = before_history(self.changes)
        if first is not None:  # stored before history was kept: its state before the first change
            item = QTreeWidgetItem([self.tr("v{version} · as it was before its first recorded change")
                                    .format(version=QLocale().toString(first))])
            item.setData(0, VERSION_ROLE, first)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 270)
        if self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            first.setExpanded(True)
            self.tree.setCurrentItem(first)
        else:
            self.hint.setText(self.tr("No change recorded: this contact was stored before IOM Desk kept a "
                                      "history."))
        self._selection_changed()

    def selected_version(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, VERSION_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        version = self.selected_version()
        current = version is not None and version == self.record.version
        reason = self.ctx.read_only_reason  # a directory that may only be read: no restore, saying why
        if reason:
            from .controllers.access import read_only_text

            reason = read_only_text(reason)
        self.restore_button.setEnabled(version is not None and not current and not reason)
        self.restore_button.setToolTip(reason or self.restore_tip)
        if version is None:
            return
        self.hint.setText(self.tr("This is how the contact is now.") if current else
                          self.tr("Restore this version: the contact as it was at version {version}.")
                          .format(version=QLocale().toString(version)))
        self._cancel_restore()

    # -- restoring -------------------------------------------------------------------------------
    def ask_restore(self) -> None:
        """Show the inline confirmation: which fields restoring the selected version would change."""
        version = self.selected_version()
        if version is None or version == self.record.version or self.ctx.read_only_reason:
            return
        try:
            old = self.ctx.history.as_of(self.record.id, version)
        except Exception as exc:
            from ..store.db import DatabaseUnreachable, is_connection_lost

            if is_connection_lost(exc) or isinstance(exc, DatabaseUnreachable):  # plain words, not the driver's
                self.hint.setText(self.tr("The team database at {host} cannot be reached; nothing was stored. "
                                          "IOM Desk will reconnect when it is back.").format(
                    host=self.ctx.db.engine.url.host or "localhost"))
            else:
                self.hint.setText(str(exc))
            return
        fields = changed_fields(record_to_input(self.record), old)
        self._pending = version
        if not fields:
            self.confirm_text.setText(self.tr("Version {version} has the same fields as now: nothing would "
                                              "change.").format(version=QLocale().toString(version)))
            self.confirm_button.setEnabled(False)
        else:
            self.confirm_text.setText(self.tr(
                "Restore {name} as it was at version {version}? This changes: {fields}. You can undo it with "
                "{undo_keys}.").format(name=self.record.name, version=QLocale().toString(version),
                                       fields=field_names(fields),
                                       undo_keys=key_text(QKeySequence.StandardKey.Undo)))
            self.confirm_button.setEnabled(True)
        self.confirm.show()
        self.confirm_button.setFocus()

    def _cancel_restore(self) -> None:
        self._pending = None
        self.confirm.hide()

    def _confirmed(self) -> None:
        version = self._pending
        self._cancel_restore()
        if version is None or self.restore_handler is None:
            return
        restored = self.restore_handler(self.record, version)
        if restored is not None:
            self.record = restored
        else:  # refused (a colleague changed it meanwhile): show the history as it is now
            try:
                self.record = self.ctx.contacts.get(self.record.id)
            except Exception:
                self.reject()
                return
        self.load()
