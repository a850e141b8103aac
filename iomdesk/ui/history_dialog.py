"""A contact's history: every change newest first (version, when, who, what), each expandable to its
fields before and after, and "Restore this version..." (with an inline confirmation naming the fields
that would change; the restore is itself a change, undoable with Ctrl+Z in the window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from ..core.merge import FIELD_LABELS, changed_fields
from ..services.contacts import record_to_input
from ..services.context import AppContext
from ..services.history import LABELS, NOT_RESTORED, before_history, shown
from ..services.records import ChangeRecord, ContactRecord
from . import theme
from .widgets import HINT_STYLE, plain_label, plain_tip

VERSION_ROLE = Qt.ItemDataRole.UserRole


def change_line(c: ChangeRecord) -> str:
    """ "v3 · 2026-12-04 14:02 · alice · Edited (role, phones)" """
    return f"v{c.version} · {c.at.astimezone().strftime('%Y-%m-%d %H:%M')} · {c.who or 'unknown'} · {c.what}"


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
        self.tree.setAccessibleName("Changes to this contact, newest first")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Change / field", "Before", "After"])
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
        self.confirm_button = QPushButton("&Restore")
        self.confirm_cancel = QPushButton("Do&n't restore")
        row.addWidget(self.confirm_button)
        row.addWidget(self.confirm_cancel)
        row.addStretch(1)
        confirm_layout.addLayout(row)
        self.confirm.hide()
        layout.addWidget(self.confirm)
        self.confirm_button.clicked.connect(self._confirmed)
        self.confirm_cancel.clicked.connect(self._cancel_restore)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("Restore &this version...")
        self.restore_button.setToolTip(
            "Put the contact back as it was after the selected change (Ctrl+R). "
            f"{', '.join(LABELS[f] for f in NOT_RESTORED)} stay as they are now.")
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
        self.setWindowTitle(f"History of {self.record.name}")
        self.title.setText(f"{self.record.name}: version {self.record.version}, {len(self.changes)} recorded "
                           f"change{'' if len(self.changes) == 1 else 's'}")
        self.tree.clear()
        for c in self.changes:
            item = QTreeWidgetItem([change_line(c)])
            item.setData(0, VERSION_ROLE, c.version)
            item.setToolTip(0, plain_tip(change_line(c)))
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            for field, pair in c.changes.items():
                before, after = pair if isinstance(pair, list) and len(pair) == 2 else (None, None)
                b, a = shown(field, before), shown(field, after)
                child = QTreeWidgetItem([LABELS.get(field, field), b or "(empty)", a or "(empty)"])
                child.setToolTip(1, plain_tip(b))
                child.setToolTip(2, plain_tip(a))
                child.setData(0, VERSION_ROLE, c.version)
                item.addChild(child)
        first = before_history(self.changes)
        if first is not None:  # stored before history was kept: its state before the first change
            item = QTreeWidgetItem([f"v{first} · as it was before its first recorded change"])
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
            self.hint.setText("No change recorded: this contact was stored before IOM Desk kept a history.")
        self._selection_changed()

    def selected_version(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, VERSION_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        version = self.selected_version()
        current = version is not None and version == self.record.version
        reason = self.ctx.read_only_reason  # a directory that may only be read: no restore, saying why
        self.restore_button.setEnabled(version is not None and not current and not reason)
        if reason:
            self.restore_button.setToolTip(reason)
        if version is None:
            return
        self.hint.setText("This is how the contact is now." if current else
                          f"Restore this version: the contact as it was at version {version}.")
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

            if is_connection_lost(exc):  # plain words, not the driver's message
                exc = DatabaseUnreachable(self.ctx.db.engine.url.host or "localhost")
            self.hint.setText(str(exc))
            return
        fields = changed_fields(record_to_input(self.record), old)
        self._pending = version
        if not fields:
            self.confirm_text.setText(f"Version {version} has the same fields as now: nothing would change.")
            self.confirm_button.setEnabled(False)
        else:
            names = ", ".join(FIELD_LABELS[f] for f in fields)
            self.confirm_text.setText(
                f"Restore {self.record.name} as it was at version {version}? This changes: {names}. "
                "You can undo it with Ctrl+Z.")
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
