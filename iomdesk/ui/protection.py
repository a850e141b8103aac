"""Dialogs for do not contact and data protection: the reason prompt, recording bounces and opt-outs
from pasted text, the erase confirmation and the retention review. Every value shown is plain text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.text import count_of
from ..services.protection import FoundAddresses, OptOutResult, RetentionItem, find_addresses
from ..services.records import ContactRecord
from .widgets import plain_label, plain_tip

REASONS = ("asked to be removed", "bounced", "left the outlet", "legal or safety concern")


def _names(records: Sequence[ContactRecord], most: int = 5) -> str:
    shown = ", ".join(r.name for r in records[:most])
    more = len(records) - most
    return shown + (f" and {count_of(more, 'other')}" if more > 0 else "")


class ReasonDialog(QDialog):
    """Do not contact...: why (required: OK stays disabled until there is a reason)."""

    def __init__(self, records: Sequence[ContactRecord], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Do not contact")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            f"Mark {_names(records)} do not contact. They will never be put into an email, a BCC or a list "
            "send, and their emails and phones go on the suppression list, so an import that brings them "
            "back marks them again.", selectable=False))
        layout.addWidget(plain_label("Reason (required):", selectable=False))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(REASONS)
        self.reason.setAccessibleName("Reason")
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Mark do not contact")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.editTextChanged.connect(self._changed)
        self._changed()

    def _changed(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.currentText().strip()


class OptOutDialog(QDialog):
    """Record bounces or opt-outs: paste a bounce message or a list of addresses (pre-filled from the
    clipboard), see the addresses found (untick any, such as your own address in a bounce's To:),
    give a reason, record; the result is shown in the dialog."""

    recorded = Signal(object)  # the OptOutResult

    def __init__(self, text: str, record: Callable[[list[str], str], OptOutResult],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Record bounces or opt-outs")
        self.resize(560, 520)
        self._record = record
        self.result_value: OptOutResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Paste a bounce message or a list of addresses (any separator):",
                                     selectable=False))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab goes on to the next control (a pasted message needs no tab)
        self.text.setAccessibleName("Bounce message or addresses")
        self.text.setPlainText(text)
        layout.addWidget(self.text, 2)
        row = QHBoxLayout()
        row.addWidget(plain_label("Reason:", selectable=False))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(["bounced", "asked to be removed"])
        self.reason.setAccessibleName("Reason")
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        self.found_label = plain_label("", selectable=False)
        layout.addWidget(self.found_label)
        self.addresses = QListWidget()
        self.addresses.setAccessibleName("Addresses found")
        layout.addWidget(self.addresses, 2)
        self.result_label = plain_label("")
        self.result_label.setObjectName("optoutResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox()
        self.record_button = self.buttons.addButton("Record", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.record_button.clicked.connect(self.record)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.preview)
        self.reason.editTextChanged.connect(lambda _t: self._enable())
        self.preview()

    def preview(self) -> FoundAddresses:
        found = find_addresses(self.text.toPlainText())
        self.addresses.clear()
        for address in found.addresses:
            item = QListWidgetItem(address)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.addresses.addItem(item)
        for address, tip in [*((a, "In the bounce's From/To/Cc lines (your own address?): not ticked")
                                for a in found.headers),
                             *((a, "A mail system's address (the sender of the bounce): not ticked")
                               for a in found.ignored)]:
            item = QListWidgetItem(address)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(tip)
            self.addresses.addItem(item)
        n = len(found.addresses)
        left = len(found.headers) + len(found.ignored)
        self.found_label.setText(
            f"{count_of(n, 'address', 'addresses')} found" + (
                f"; {left} from the bounce's headers or its mail system left unticked" if left else "")
            + ". Untick any that should not be recorded; tick any that should.")
        self._enable()
        return found

    def checked(self) -> list[str]:
        return [self.addresses.item(i).text() for i in range(self.addresses.count())
                if self.addresses.item(i).checkState() == Qt.CheckState.Checked]

    def _enable(self) -> None:
        self.record_button.setEnabled(self.result_value is None and bool(self.reason.currentText().strip())
                                      and self.addresses.count() > 0)

    def record(self) -> None:
        addresses = self.checked()
        if not addresses:
            self.result_label.setText("No address is ticked: nothing was recorded.")
            return
        result = self._record(addresses, self.reason.currentText().strip())
        if result is None:
            return  # the error was shown
        self.result_value = result
        lines = [result.summary() + "."]
        if result.marked:
            lines.append("Marked: " + ", ".join(name for _id, name in result.marked))
        if result.already:
            lines.append("Already marked: " + ", ".join(name for _id, name in result.already))
        if result.not_in_directory:
            lines.append("Not in the directory (an import will mark them): " + ", ".join(result.not_in_directory))
        self.result_label.setText("\n".join(lines))
        self.text.setReadOnly(True)
        self._enable()
        self.recorded.emit(result)


class EraseDialog(QDialog):
    """Erase...: names the contacts, says it cannot be undone, and asks the user to type ERASE."""

    WORD = "ERASE"

    def __init__(self, records: Sequence[ContactRecord], backups: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Erase for good")
        layout = QVBoxLayout(self)
        n = len(records)
        what = f"{records[0].name}" if n == 1 else count_of(n, "contact")
        text = (f"Erase {what} for good? This cannot be undone.\n\n"
                f"{'The contact' if n == 1 else 'The contacts'}, with every phone, email, note, list membership, "
                "article link and outreach-ledger entry, will be deleted and wiped from the directory file. "
                "Only a hash of the emails and phones is kept (so an import never brings them back unnoticed), "
                "and an audit line records that contact ids were erased, by whom and when.")
        if n > 1:
            text += f"\n\nContacts: {_names(records, 10)}"
        if backups:
            text += (f"\n\n{count_of(backups, 'automatic backup')} beside the directory still "
                     f"{'holds' if backups == 1 else 'hold'} the data; "
                     "delete them afterwards to finish the erasure.")
        message = plain_label(text, selectable=False)
        message.setWordWrap(True)
        layout.addWidget(message)
        layout.addWidget(plain_label(f"Type {self.WORD} to confirm:", selectable=False))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(f"Type {self.WORD} to confirm")
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Erase for good")
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(lambda t: self.ok.setEnabled(t.strip().upper() == self.WORD))

    def accept(self) -> None:
        if self.confirm.text().strip().upper() != self.WORD:
            return
        super().accept()


_RET_COLUMNS = ("Name", "Office", "Why")


class RetentionModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[RetentionItem] = []

    def set_items(self, items: list[RetentionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_RET_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _RET_COLUMNS[section] if 0 <= section < len(_RET_COLUMNS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = (item.name + (" (do not contact)" if item.do_not_contact else ""), item.office, item.why)
            text = value[index.column()] if 0 <= index.column() < len(value) else None
            return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole and text else text
        return None


class RetentionDialog(QDialog):
    """Tools > Retention review: the contacts due (review date passed, or not contacted for N months),
    the months setting (stored in the directory), and bulk actions on the selection."""

    def __init__(self, load: Callable[[int], list[RetentionItem]], months: int,
                 save_months: Callable[[int], None], set_review: Callable[[list[int], dt.date], None],
                 show: Callable[[int], None], erase: Callable[[list[int]], None], parent: QWidget | None = None,
                 read_only_reason: str | None = None):
        super().__init__(parent)
        self.read_only_reason = read_only_reason  # a directory that may only be read: changes off, saying why
        self.setWindowTitle("Retention review")
        self.resize(760, 520)
        self._load, self._save_months, self._set_review = load, save_months, set_review
        self._show, self._erase = show, erase
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(plain_label("Contacts whose review date has passed, or not contacted for", selectable=False))
        self.months = QSpinBox()
        self.months.setRange(1, 600)
        self.months.setValue(months)
        self.months.setSuffix(" months")
        self.months.setAccessibleName("Months without contact")
        self.months.setToolTip("Stored in the directory: the command line's `iomdesk retention` uses it too")
        top.addWidget(self.months)
        top.addStretch(1)
        layout.addLayout(top)
        self.count_label = plain_label("", selectable=False)
        layout.addWidget(self.count_label)
        self.model = RetentionModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Contacts due for review")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().resizeSection(0, 220)
        self.table.horizontalHeader().resizeSection(1, 160)
        self.table.doubleClicked.connect(lambda ix: self.show_current())
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(plain_label("New review date:", selectable=False))
        self.review_date = QDateEdit()
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_date.setDate(QDate.currentDate().addYears(1))
        self.review_date.setAccessibleName("New review date")
        actions.addWidget(self.review_date)
        self.set_button = QPushButton("Set review date")
        self.set_button.clicked.connect(self.set_review)
        actions.addWidget(self.set_button)
        self.show_button = QPushButton("Show in table")
        self.show_button.clicked.connect(self.show_current)
        actions.addWidget(self.show_button)
        actions.addStretch(1)
        self.erase_button = QPushButton("Erase selected...")
        self.erase_button.clicked.connect(self.erase_selected)
        actions.addWidget(self.erase_button)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        actions.addWidget(close)
        layout.addLayout(actions)
        self.months.valueChanged.connect(lambda _v: self.months_changed())  # stored at once: nothing to lose
        if read_only_reason:
            for w in (self.months, self.set_button, self.erase_button, self.review_date):
                w.setToolTip(read_only_reason)
            self.months.setEnabled(False)
            self.review_date.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reload()

    def months_changed(self) -> None:
        self._save_months(self.months.value())
        self.reload()

    def reload(self) -> None:
        items = self._load(self.months.value())
        self.model.set_items(items)
        self.count_label.setText(f"{count_of(len(items), 'contact')} due for review")
        self._enable()

    def selected_ids(self) -> list[int]:
        rows = sorted({ix.row() for ix in self.table.selectionModel().selectedRows()})
        return [self.model.items[r].id for r in rows if 0 <= r < len(self.model.items)]

    def _enable(self) -> None:
        has = bool(self.selected_ids())
        self.show_button.setEnabled(has)
        for b in (self.set_button, self.erase_button):
            b.setEnabled(has and not self.read_only_reason)

    def set_review(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._set_review(ids, self.review_date.date().toPython())
            self.reload()

    def show_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._show(ids[0])

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._erase(ids)


__all__ = ["EraseDialog", "OptOutDialog", "REASONS", "ReasonDialog", "RetentionDialog", "RetentionModel"]
