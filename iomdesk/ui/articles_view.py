"""The Articles view: find press releases, read one, see and edit the contacts it names."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.context import AppContext
from ..services.records import ArticleRow
from . import theme
from .contact_model import mark_do_not_contact
from .dates import locale_date
from .keyboard import key_text
from .widgets import plain_label, plain_tip

HEADERS = [QT_TRANSLATE_NOOP("ArticleTableModel", "Date"), QT_TRANSLATE_NOOP("ArticleTableModel", "Title"),
           QT_TRANSLATE_NOOP("ArticleTableModel", "Place"), QT_TRANSLATE_NOOP("ArticleTableModel", "Contacts")]


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ArticleRow] = []
        self._sort = (0, Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: list[ArticleRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [locale_date(a.date), a.title, a.dateline, QLocale().toString(a.contacts)][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return plain_tip(a.title)
        return None

    def _apply_sort(self) -> None:
        column, order = self._sort
        keys = [
            lambda a: (a.date is None, a.date.isoformat() if a.date else ""),
            lambda a: a.title.casefold(),
            lambda a: a.dateline.casefold(),
            lambda a: a.contacts,
        ]
        self.rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        if column == 0:  # undated articles last, whichever way
            self.rows.sort(key=lambda a: a.date is None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()


class LinkContactDialog(QDialog):
    """Pick a contact (search as you type) to link to an article."""

    chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Link a contact"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, office or email"))
        self.search.setAccessibleName(self.tr("Find the contact to link"))
        self.search.setAccessibleDescription(self.tr("Finds contacts by name, office or email as you type"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching contacts"))
        self.results.setAccessibleDescription(self.tr("The contacts found; Enter links the chosen one"))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Links the chosen contact to the article"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without linking a contact"))
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.refresh)
        self.results.itemActivated.connect(lambda _i: self._accept())
        self.refresh()
        self.resize(420, 360)

    def refresh(self) -> None:
        self.results.clear()
        for r in self.ctx.search.search(self.search.text(), limit=50):
            item = QListWidgetItem(self.tr("{name}  ({office})").format(name=r.name, office=r.office)
                                   if r.office else r.name)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


class ArticlesView(QWidget):
    emailContact = Signal(int)
    showContact = Signal(int)
    changed = Signal()  # links or articles changed: the contacts view should refresh
    deleteRequested = Signal(int)
    status = Signal(str)
    sendRequested = Signal(int)  # Send to list... for this article

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search article titles, places and text"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search articles"))
        self.search.setAccessibleDescription(self.tr("Shows the articles whose title, place or text match"))
        layout.addWidget(self.search)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = ArticleTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setAccessibleDescription(self.tr("The press releases saved, newest first; select one to read it"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((90, 380, 110, 70)):
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))  # a translated header fits
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        splitter.addWidget(self.table)

        right = QWidget()
        side = QVBoxLayout(right)
        self.heading = plain_label("")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Title of the article"))
        self.heading.setAccessibleDescription(self.tr("The title of the selected article"))
        self.meta = plain_label("")
        self.meta.setAccessibleName(self.tr("Date, place and link"))
        self.meta.setAccessibleDescription(self.tr("The date, the place and the web address of the selected article"))
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Article text"))
        self.body.setAccessibleDescription(self.tr("The full text of the selected article, read-only"))
        side.addWidget(self.heading)
        side.addWidget(self.meta)
        side.addWidget(self.body, 2)
        side.addWidget(plain_label(self.tr("Contacts named in this article (double-click to write to one):"),
                                   selectable=False))
        self.contacts = QListWidget()
        theme.watch_items(self.contacts)
        self.contacts.setAccessibleName(self.tr("Contacts linked to this article"))
        self.contacts.setAccessibleDescription(self.tr("Double-click a contact to write to them"))
        self.contacts.itemDoubleClicked.connect(
            lambda item: self.emailContact.emit(item.data(Qt.ItemDataRole.UserRole)))
        side.addWidget(self.contacts, 1)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Link contact..."))
        self.link_button.setAccessibleDescription(self.tr("Chooses a contact to link to this article"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setAccessibleDescription(self.tr(
            "Removes the selected contact from this article; the contact stays"))
        self.show_button = QPushButton(self.tr("Show in Contacts"))
        self.show_button.setAccessibleDescription(self.tr("Shows the selected contact in the Contacts view"))
        self.delete_button = QPushButton(self.tr("Delete article"))
        self.delete_button.setToolTip(self.tr("Deletes the article only; its contacts stay. Undo with {shortcut}.").format(
            shortcut=key_text(QKeySequence.StandardKey.Undo)))
        self.send_button = QPushButton(self.tr("Send to list..."))
        self.send_button.setToolTip(self.tr("Send this article to a distribution list: its title as subject, its link "
                                            "in the message ({shortcut})").format(shortcut=key_text("Ctrl+Shift+M")))
        for b in (self.link_button, self.unlink_button, self.show_button, self.delete_button, self.send_button):
            buttons.addWidget(b)
        side.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([640, 560])
        layout.addWidget(splitter, 1)

        self.link_button.clicked.connect(self.open_link_dialog)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.show_button.clicked.connect(self._show_in_contacts)
        self.delete_button.clicked.connect(self._delete)
        self.send_button.clicked.connect(self.send_current)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._loaded = False  # the list is read when the view is first shown, not at start-up

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    # -- data ----------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        self._loaded = True
        current = select_id if select_id is not None else self.current_id()
        self.model.set_rows(self.ctx.articles.list(self.search.text()))
        row = next((i for i, a in enumerate(self.model.rows) if a.id == current), None)
        if row is not None:
            self.table.selectRow(row)
        self._show_current()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()].id if rows and rows[0].row() < len(self.model.rows) else None

    def select_article(self, article_id: int) -> None:
        self.search.clear()
        self.refresh(article_id)

    def _show_current(self) -> None:
        aid = self.current_id()
        self.contacts.clear()
        has = aid is not None
        writable = not getattr(self, "read_only_reason", None)  # set by the window on a read-only directory
        for b in (self.link_button, self.unlink_button, self.delete_button, self.send_button):
            b.setEnabled(has and (writable or b is self.send_button))
        if not has:
            self.heading.setText(self.tr("Select an article") if self.model.rows
                                 else self.tr("No articles yet: File > Import press release"))
            self.meta.setText("")
            self.body.setPlainText("")
            return
        a = self.ctx.articles.get(aid)
        self.heading.setText(a.title)
        self.meta.setText(" - ".join(p for p in (locale_date(a.date), a.dateline, a.url or "") if p))
        self.body.setPlainText(a.body)
        dnc = dict(a.do_not_contact)
        for cid, name in a.contacts:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            if cid in dnc:  # as the contacts table shows them: struck through, grey, the reason as tooltip
                mark_do_not_contact(item, dnc[cid])
            self.contacts.addItem(item)
        if self.contacts.count():
            self.contacts.setCurrentRow(0)

    # -- actions -------------------------------------------------------------------------------
    def open_link_dialog(self) -> LinkContactDialog | None:
        aid = self.current_id()
        if aid is None:
            return None
        dialog = LinkContactDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda cid: self.link(aid, cid))
        self.link_dialog = dialog
        dialog.open()
        return dialog

    def link(self, article_id: int, contact_id: int) -> None:
        self.ctx.articles.link(article_id, contact_id)
        self.refresh(article_id)
        self.changed.emit()
        self.status.emit(self.tr("Contact linked to the article"))

    def unlink_selected(self) -> None:
        aid, item = self.current_id(), self.contacts.currentItem()
        if aid is None or item is None:
            return
        name, contact_id = item.text(), item.data(Qt.ItemDataRole.UserRole)
        self.ctx.articles.unlink(aid, contact_id)
        self.refresh(aid)  # rebuilds the list: ``item`` is gone after this
        self.changed.emit()
        self.status.emit(self.tr("{name} unlinked from the article").format(name=name))

    def _show_in_contacts(self) -> None:
        item = self.contacts.currentItem()
        if item is not None:
            self.showContact.emit(item.data(Qt.ItemDataRole.UserRole))

    def _delete(self) -> None:
        aid = self.current_id()
        if aid is not None:
            self.deleteRequested.emit(aid)

    def send_current(self) -> None:
        aid = self.current_id()
        if aid is not None:
            self.sendRequested.emit(aid)
