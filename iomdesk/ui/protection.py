"""Dialogs for do not contact and data protection: the reason prompt, recording bounces and opt-outs
from pasted text, the erase confirmation and the retention review. Every value shown is plain text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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

from ..services.protection import FoundAddresses, OptOutResult, RetentionItem, find_addresses
from ..services.records import ContactRecord
from .dates import edit_date_format
from .summaries import Summaries
from .widgets import plain_label, plain_tip

# The reasons offered (the combo shows them translated; the user may type any other).
REASONS = (QT_TRANSLATE_NOOP("ReasonDialog", "asked to be removed"), QT_TRANSLATE_NOOP("ReasonDialog", "bounced"),
           QT_TRANSLATE_NOOP("ReasonDialog", "left the outlet"),
           QT_TRANSLATE_NOOP("ReasonDialog", "legal or safety concern"))


_TEXT_WIDTH = 540  # the width of the long explanations (French and Spanish run ~30% longer than English)


class ContactNames(QObject):
    """Names of contacts for a sentence: "Ana, Bo and 3 others". A QObject of its own because lupdate
    marks a plural only in tr(), and PySide6 finds a plural only in the object's own class context."""

    def names(self, records: Sequence[ContactRecord], most: int = 5) -> str:
        shown = ", ".join(r.name for r in records[:most])
        more = len(records) - most
        if more <= 0:
            return shown
        return self.tr("{names} and %Ln other(s)", None, more).format(names=shown)


class ReasonDialog(QDialog):
    """Do not contact...: why (required: OK stays disabled until there is a reason)."""

    def __init__(self, records: Sequence[ContactRecord], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Do not contact"))
        layout = QVBoxLayout(self)
        message = plain_label(
            self.tr("Mark {names} do not contact. They will never be put into an email, a BCC or a list "
                    "send, and their emails and phones go on the suppression list, so an import that brings "
                    "them back marks them again.").format(names=ContactNames().names(records)), selectable=False)
        message.setMinimumWidth(_TEXT_WIDTH)
        message.setMinimumHeight(message.heightForWidth(_TEXT_WIDTH))
        layout.addWidget(message)
        layout.addWidget(plain_label(self.tr("Reason (required):"), selectable=False))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems([self.tr(r) for r in REASONS])
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setAccessibleDescription(self.tr("Why these contacts must not be contacted: choose a reason "
                                                     "or type your own"))
        self.reason.lineEdit().setAccessibleName(self.reason.accessibleName())
        self.reason.lineEdit().setAccessibleDescription(self.reason.accessibleDescription())
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark do not contact"))
        ok.setAccessibleDescription(self.tr("Marks the contacts do not contact with this reason"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without marking anyone"))
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
        self.setWindowTitle(self.tr("Record bounces or opt-outs"))
        self.resize(620, 540)
        self._record = record
        self.result_value: OptOutResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Paste a bounce message or a list of addresses (any separator):"),
                                     selectable=False))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab goes on to the next control (a pasted message needs no tab)
        self.text.setAccessibleName(self.tr("Bounce message or addresses"))
        self.text.setAccessibleDescription(self.tr("The text to look for email addresses in: a bounce message "
                                                   "or addresses separated by anything"))
        self.text.setPlainText(text)
        layout.addWidget(self.text, 2)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Reason:"), selectable=False))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems([self.tr("bounced"), self.tr("asked to be removed")])
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setAccessibleDescription(self.tr("Recorded as the do-not-contact reason of each address"))
        self.reason.lineEdit().setAccessibleName(self.reason.accessibleName())
        self.reason.lineEdit().setAccessibleDescription(self.reason.accessibleDescription())
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        self.found_label = plain_label("", selectable=False)
        layout.addWidget(self.found_label)
        self.addresses = QListWidget()
        self.addresses.setAccessibleName(self.tr("Addresses found"))
        self.addresses.setAccessibleDescription(self.tr("The ticked addresses are recorded; untick any that "
                                                        "should not be"))
        layout.addWidget(self.addresses, 2)
        self.result_label = plain_label("")
        self.result_label.setObjectName("optoutResult")
        self.result_label.setAccessibleDescription(self.tr("What was recorded: the contacts marked, those "
                                                           "already marked and the addresses not in the directory"))
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox()
        self.record_button = self.buttons.addButton(self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setAccessibleDescription(self.tr("Marks the ticked addresses do not contact"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleDescription(self.tr("Closes the dialog"))
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
        header_tip = self.tr("In the bounce's From/To/Cc lines (your own address?): not ticked")
        system_tip = self.tr("A mail system's address (the sender of the bounce): not ticked")
        for address, tip in [*((a, header_tip) for a in found.headers),
                             *((a, system_tip) for a in found.ignored)]:
            item = QListWidgetItem(address)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(tip)
            self.addresses.addItem(item)
        n = len(found.addresses)
        left = len(found.headers) + len(found.ignored)
        if left:
            text = self.tr("%Ln address(es) found; {left} from the bounce's headers or its mail system left "
                           "unticked. Untick any that should not be recorded; tick any that should.", None, n)
        else:
            text = self.tr("%Ln address(es) found. Untick any that should not be recorded; tick any that "
                           "should.", None, n)
        self.found_label.setText(text.format(left=QLocale().toString(left)))
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
            self.result_label.setText(self.tr("No address is ticked: nothing was recorded."))
            return
        result = self._record(addresses, self.reason.currentText().strip())
        if result is None:
            return  # the error was shown
        self.result_value = result
        lines = [Summaries().opted_out(result) + "."]
        if result.marked:
            lines.append(self.tr("Marked: {names}").format(names=", ".join(name for _id, name in result.marked)))
        if result.already:
            lines.append(self.tr("Already marked: {names}").format(
                names=", ".join(name for _id, name in result.already)))
        if result.not_in_directory:
            lines.append(self.tr("Not in the directory (an import will mark them): {addresses}").format(
                addresses=", ".join(result.not_in_directory)))
        self.result_label.setText("\n".join(lines))
        self.text.setReadOnly(True)
        self._enable()
        self.recorded.emit(result)


class EraseDialog(QDialog):
    """Erase...: names the contacts, says it cannot be undone, and asks the user to type ERASE -- the
    word in the interface's language (EFFACER in French, BORRAR in Spanish): ``word`` is the one asked
    for and the only one accepted, in any case."""

    WORD = "ERASE"  # the English word; ``self.word`` is the one asked for

    def __init__(self, records: Sequence[ContactRecord], backups: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.word = self.tr("ERASE", "the word the user types to confirm erasing: one word, in capitals")
        self.setWindowTitle(self.tr("Erase for good"))
        layout = QVBoxLayout(self)
        n = len(records)
        if n == 1:
            text = self.tr("Erase {name} for good? This cannot be undone.\n\n"
                           "The contact, with every phone, email, note, list membership, article link and "
                           "outreach-ledger entry, will be deleted and wiped from the directory file. Only a hash "
                           "of the emails and phones is kept (so an import never brings them back unnoticed), and "
                           "an audit line records that contact ids were erased, by whom and when."
                           ).format(name=records[0].name)
        else:
            text = self.tr(
                "Erase %Ln contact(s) for good? This cannot be undone.\n\n"
                "The contacts, with every phone, email, note, list membership, article link and outreach-ledger "
                "entry, will be deleted and wiped from the directory file. Only a hash of the emails and phones "
                "is kept (so an import never brings them back unnoticed), and an audit line records that "
                "contact ids were erased, by whom and when.", None, n)
            text += "\n\n" + self.tr("Contacts: {names}").format(names=ContactNames().names(records, 10))
        if backups == 1:
            text += "\n\n" + self.tr("1 automatic backup beside the directory still holds the data; delete it "
                                      "afterwards to finish the erasure.")
        elif backups:
            text += "\n\n" + self.tr("%Ln automatic backups beside the directory still hold the data; delete "
                                      "them afterwards to finish the erasure.", None, backups)
        message = plain_label(text, selectable=False)
        message.setWordWrap(True)
        message.setMinimumWidth(_TEXT_WIDTH)
        message.setMinimumHeight(message.heightForWidth(_TEXT_WIDTH))  # a wrapped label: never cut at the bottom
        layout.addWidget(message)
        prompt = self.tr("Type {word} to confirm:").format(word=self.word)
        layout.addWidget(plain_label(prompt, selectable=False))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(prompt.rstrip(" :\u00a0"))
        self.confirm.setAccessibleDescription(
            self.tr("The erase button is enabled once {word} is typed here").format(word=self.word))
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Erase for good"))
        self.ok.setAccessibleDescription(self.tr("Deletes these contacts irreversibly"))
        self.ok.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Closes without erasing anything"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        cancel.setDefault(True)  # set before the box is in the dialog, Qt forgets it
        self.confirm.textChanged.connect(lambda _t: self.ok.setEnabled(self.confirmed()))

    def confirmed(self) -> bool:
        """The word asked for was typed (any case, spaces around it ignored)."""
        return self.confirm.text().strip().casefold() == self.word.strip().casefold()

    def accept(self) -> None:
        if not self.confirmed():
            return
        super().accept()


_RET_COLUMNS = (QT_TRANSLATE_NOOP("RetentionModel", "Name"), QT_TRANSLATE_NOOP("RetentionModel", "Office"),
                QT_TRANSLATE_NOOP("RetentionModel", "Why"))


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
            return self.tr(_RET_COLUMNS[section]) if 0 <= section < len(_RET_COLUMNS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = self.tr("{name} (do not contact)").format(name=item.name) if item.do_not_contact else item.name
            value = (name, item.office, item.why)
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
        self.setWindowTitle(self.tr("Retention review"))
        self.resize(860, 540)
        self._load, self._save_months, self._set_review = load, save_months, set_review
        self._show, self._erase = show, erase
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = plain_label(self.tr("Contacts whose review date has passed, or not contacted for"), selectable=False)
        intro.setWordWrap(False)  # one line, next to the months (the dialog is wide enough in every language)
        top.addWidget(intro)
        self.months = QSpinBox()
        self.months.setRange(1, 600)
        self.months.setValue(months)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Months without contact"))
        self.months.setToolTip(self.tr("Stored in the directory: the command line's `iomdesk retention` uses "
                                       "it too"))
        top.addWidget(self.months)
        top.addStretch(1)
        layout.addLayout(top)
        self.count_label = plain_label("", selectable=False)
        layout.addWidget(self.count_label)
        self.model = RetentionModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contacts due for review"))
        self.table.setAccessibleDescription(self.tr("Select contacts to set their review date, show them or "
                                                    "erase them; double-click shows one in the main table"))
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
        date_label = plain_label(self.tr("New review date:"), selectable=False)
        date_label.setWordWrap(False)
        actions.addWidget(date_label)
        self.review_date = QDateEdit()
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat(edit_date_format())
        self.review_date.setDate(QDate.currentDate().addYears(1))
        self.review_date.setAccessibleName(self.tr("New review date"))
        self.review_date.setAccessibleDescription(self.tr("The review date that Set review date gives the "
                                                          "selected contacts"))
        actions.addWidget(self.review_date)
        self.set_button = QPushButton(self.tr("Set review date"))
        self.set_button.setAccessibleDescription(self.tr("Gives the selected contacts the new review date"))
        self.set_button.clicked.connect(self.set_review)
        actions.addWidget(self.set_button)
        self.show_button = QPushButton(self.tr("Show in table"))
        self.show_button.setAccessibleDescription(self.tr("Shows the first selected contact in the main window"))
        self.show_button.clicked.connect(self.show_current)
        actions.addWidget(self.show_button)
        actions.addStretch(1)
        self.erase_button = QPushButton(self.tr("Erase selected..."))
        self.erase_button.setAccessibleDescription(self.tr("Erases the selected contacts for good, after "
                                                           "asking"))
        self.erase_button.clicked.connect(self.erase_selected)
        actions.addWidget(self.erase_button)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes the retention review"))
        close.clicked.connect(self.reject)
        actions.addWidget(close)
        layout.addLayout(actions)
        for box in (self.months, self.review_date):  # their inner line edit says what the box says
            inner = box.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(box.accessibleName())
                inner.setAccessibleDescription(box.accessibleDescription() or box.toolTip())
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
        self.count_label.setText(self.tr("%Ln contact(s) due for review", None, len(items)))
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
