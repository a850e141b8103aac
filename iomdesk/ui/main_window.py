"""The main window: search as you type, the contacts table, filters, details, one-click actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..core.offices import country_name
from ..core.outreach import address_lines, bcc_batches, contact_card, mailto_for, tel_url
from ..services.context import AppContext
from ..services.records import ContactRecord
from ..services.search import Filters
from .alerts import Alerts
from .articles_view import ArticlesView
from .contact_model import COLUMNS, ContactTableModel, SearchResult, SearchSpec, run_search
from .detail_pane import DetailPane
from .undo import AddContact, DeleteArticle, DeleteContacts, EditContact
from .widgets import plain_label
from .workers import run_task

DEBOUNCE_MS = 150


def open_url_default(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def vcard_text(records: list[ContactRecord]) -> str:
    from ..interchange.vcard import write_vcards

    return "".join(write_vcards(records))


class BccDialog(QDialog):
    """Shown when the selection does not fit in one mailto: link: open the batches one by one, or copy."""

    def __init__(self, batches: list[list[str]], urls: list[str], open_url: Callable[[QUrl], bool],
                 copy: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Email selected contacts")
        layout = QVBoxLayout(self)
        total = sum(len(b) for b in batches)
        layout.addWidget(plain_label(
            f"{total} addresses do not fit in one email link: mail clients such as Outlook cut links "
            f"longer than about 2,000 characters and would drop addresses silently.\n\n"
            f"Open the {len(batches)} messages below one by one (each has its addresses in BCC), "
            "or copy all the addresses and paste them into the BCC field of one message.",
            selectable=False,
        ))
        self.batch_buttons: list[QPushButton] = []
        for i, (batch, url) in enumerate(zip(batches, urls, strict=True), start=1):
            button = QPushButton(f"Open message {i} of {len(batches)} ({len(batch)} addresses)")
            button.clicked.connect(lambda _=False, u=url, b=button: (open_url(QUrl.fromEncoded(u.encode())),
                                                                     b.setText(b.text() + "  - opened")))
            self.batch_buttons.append(button)
            layout.addWidget(button)
        self.copy_button = QPushButton("Copy all addresses")
        self.copy_button.clicked.connect(
            lambda: copy(", ".join(a for b in batches for a in b), f"{total} addresses")
        )
        layout.addWidget(self.copy_button)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout.addWidget(close)


class MainWindow(QMainWindow):
    searchFinished = Signal()  # a search result was applied (tests wait on it)
    releaseImportFinished = Signal()
    countFinished = Signal(int)  # the exact count of a big result arrived
    backupFinished = Signal(object)  # File > Back up ended: the BackupResult, or the exception

    def __init__(self, ctx: AppContext, settings: QSettings | None = None, alerts: Alerts | None = None,
                 open_url: Callable[[QUrl], bool] = open_url_default):
        super().__init__()
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.alerts = alerts or Alerts(self)
        self.open_url = open_url
        self.undo_stack = QUndoStack(self)
        self.filters = Filters()
        self._generation = 0
        self._pending_select: int | None = None
        self.setWindowTitle(APP_NAME)

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._restore_settings()

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.start_search)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.model.loader = self.start_search_spec
        self.refresh_filters()
        self.model.reload(self._spec())
        self._after_result()
        self.search_edit.setFocus()

    # -- building ------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)

        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText("Search names, offices, emails, phone digits, articles  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search contacts")
        top.addWidget(self.search_edit, 1)
        self.new_button = QPushButton("New contact")
        self.new_button.setToolTip("Add a contact (Ctrl+N)")
        top.addWidget(self.new_button)
        self.email_button = QPushButton("Email selected")
        self.email_button.setToolTip("One message to every selected contact, addresses in BCC (Ctrl+Shift+E)")
        top.addWidget(self.email_button)
        outer.addLayout(top)

        self.banner = QFrame()
        self.banner.setObjectName("emptyBanner")
        self.banner.setStyleSheet("#emptyBanner { background: #e8f1fb; border: 1px solid #9cc0e6; border-radius: 4px; }")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(plain_label(
            "Your directory is empty. Load the sample contacts to try IOM Desk, import a CSV or vCard file, "
            "or add your own (Ctrl+N).", selectable=False
        ), 1)
        self.sample_button = QPushButton("Load sample contacts")
        self.sample_button.clicked.connect(self.load_samples)
        banner_layout.addWidget(self.sample_button)
        self.banner_import = QPushButton("Import a file...")
        self.banner_import.clicked.connect(lambda: self.open_import_wizard())
        banner_layout.addWidget(self.banner_import)
        self.banner_dismiss = QPushButton("Dismiss")
        self.banner_dismiss.clicked.connect(self.banner.hide)
        banner_layout.addWidget(self.banner_dismiss)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.filter_tree = QTreeWidget()
        self.filter_tree.setHeaderHidden(True)
        self.filter_tree.setAccessibleName("Narrow by office, country or tag")
        self.filter_tree.setMinimumWidth(150)
        self.filter_tree.currentItemChanged.connect(self._filter_chosen)
        self.splitter.addWidget(self.filter_tree)

        self.model = ContactTableModel(self.ctx.search, self)
        self.table = QTableView()
        self.table.setObjectName("contacts")
        self.table.setAccessibleName("Contacts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Indicator first: enabling sorting sorts by it at once (Qt's default is descending).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((160, 100, 105, 85, 125, 160, 55)):
            header.resizeSection(col, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(lambda index: self.email_contact(self.model.id_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.splitter.addWidget(self.table)

        self.detail = DetailPane()
        self.detail.copyRequested.connect(self.copy_text)
        self.detail.emailRequested.connect(self._email_address)
        self.detail.callRequested.connect(self.call)
        self.detail.editRequested.connect(self.edit_contact)
        self.detail.articleActivated.connect(self.show_article)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([170, 820, 290])
        outer.addWidget(self.splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(central, "&Contacts")
        self.articles_view = ArticlesView(self.ctx)
        self.articles_view.emailContact.connect(self.email_contact)
        self.articles_view.showContact.connect(self.show_contact_tab)
        self.articles_view.changed.connect(lambda: (self.model.forget(), self.refresh()))
        self.articles_view.deleteRequested.connect(self.delete_article)
        self.articles_view.status.connect(self.status)
        self.tabs.addTab(self.articles_view, "&Articles")
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)

        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of contacts shown")
        self.statusBar().addPermanentWidget(self.count_label)
        self.setTabOrder(self.search_edit, self.new_button)
        self.setTabOrder(self.new_button, self.email_button)
        self.setTabOrder(self.email_button, self.filter_tree)
        self.setTabOrder(self.filter_tree, self.table)
        self.setTabOrder(self.table, self.detail)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action("&New contact...", self.new_contact, QKeySequence.StandardKey.New)
        self.act_edit = self._action("&Edit contact...", self.edit_selected, "F2")
        self.act_delete = self._action("&Delete", self.delete_selected, QKeySequence.StandardKey.Delete)
        self.act_quit = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_find = self._action("&Find", self.focus_search, ["Ctrl+F", "Ctrl+K"])
        self.act_copy = self._action("&Copy Name <email>", self.copy_selection, QKeySequence.StandardKey.Copy,
                                     "Copy the selected contacts as Name <email> lines")
        self.act_copy_email = self._action("Copy &email", self.copy_email)
        self.act_copy_phone = self._action("Copy &phone (E.164)", self.copy_phone)
        self.act_copy_card = self._action("Copy contact &card", self.copy_card)
        self.act_copy_vcard = self._action("Copy as &vCard", self.copy_vcard)
        self.act_email = self._action("&Write email", self.email_current, tip="Write to this contact (Enter)")
        self.act_email_selected = self._action("Email &selected (BCC)...", self.email_selected, "Ctrl+Shift+E")
        self.act_call = self._action("C&all", self.call_current)
        self.act_import = self._action("&Import contacts...", self.open_import_wizard, "Ctrl+I",
                                       "Import a CSV or vCard file")
        self.act_export = self._action("E&xport contacts...", self.open_export_dialog, "Ctrl+Shift+X")
        self.act_backup = self._action("&Back up directory...", self.backup_directory,
                                       tip="Save a copy of the whole directory to a file")
        self.act_import_release = self._action("Import press &release...", self.choose_release_files,
                                               "Ctrl+Shift+R")
        self.act_import_release_folder = self._action("Import press releases from a &folder...",
                                                      self.choose_release_folder)
        self.act_import_release_clipboard = self._action("Import press release from the clip&board",
                                                         self.import_release_from_clipboard, "Ctrl+Shift+V")
        self.act_contacts_tab = self._action("Contacts", lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_articles_tab = self._action("Articles", lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self.act_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.new_button.clicked.connect(self.new_contact)
        self.email_button.clicked.connect(self.email_selected)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.email_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit, self.search_edit.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        # Down from the search field goes to the results.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit, self._focus_table,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.file_menu.addAction(self.act_new)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import)
        self.file_menu.addAction(self.act_export)
        self.file_menu.addAction(self.act_backup)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import_release)
        self.file_menu.addAction(self.act_import_release_folder)
        self.file_menu.addAction(self.act_import_release_clipboard)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        edit = bar.addMenu("&Edit")
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        for a in (self.act_copy, self.act_copy_email, self.act_copy_phone, self.act_copy_card, self.act_copy_vcard):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.act_find)
        contact = bar.addMenu("&Contact")
        for a in (self.act_email, self.act_email_selected, self.act_call, self.act_edit, self.act_delete):
            contact.addAction(a)
        view = bar.addMenu("&View")
        view.addAction(self.act_contacts_tab)
        view.addAction(self.act_articles_tab)

    # -- settings ------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        # The header's signals stay quiet while it is restored: the first search runs once, below.
        header_view = self.table.horizontalHeader()
        header_view.blockSignals(True)
        header = self.settings.value("table/header")
        if isinstance(header, QByteArray):
            header_view.restoreState(header)
        sort = self.settings.value("table/sort", "name")
        descending = self.settings.value("table/descending", "false") in (True, "true")
        if sort not in {key for _, key in COLUMNS}:
            sort, descending = "name", False
        self.model.spec = SearchSpec(sort=sort, descending=descending)
        col = [key for _, key in COLUMNS].index(sort)
        header_view.setSortIndicator(col, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header_view.blockSignals(False)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("table/header", self.table.horizontalHeader().saveState())
        self.settings.setValue("table/sort", self.model.spec.sort)
        self.settings.setValue("table/descending", "true" if self.model.spec.descending else "false")
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        super().closeEvent(event)

    # -- searching -----------------------------------------------------------------------------
    def _spec(self) -> SearchSpec:
        return SearchSpec(self.search_edit.text(), self.filters, self.model.spec.sort, self.model.spec.descending)

    def start_search(self) -> None:
        self.start_search_spec(self._spec())

    def start_search_spec(self, spec: SearchSpec) -> None:
        self._generation += 1
        generation = self._generation
        search = self.ctx.search

        def work(_task):
            result = run_search(search, spec)
            result.generation = generation
            return result

        run_task(work, self._apply_result, self._search_failed)

    def _apply_result(self, result: SearchResult) -> None:
        if result.generation != self._generation:
            return  # a newer keystroke superseded this query
        selected = self.selected_ids()
        self.model.apply(result)
        self._reselect(self._pending_select if self._pending_select is not None else (selected[0] if selected else None))
        self._pending_select = None
        self._after_result()

    def _search_failed(self, exc: BaseException) -> None:
        self.alerts.error("Search failed", exc)

    def _after_result(self) -> None:
        total_all = self.ctx.contacts.count()
        shown = self.model.total
        plus = "+" if self.model.total_capped else ""
        self.count_label.setText(f"{shown:,}{plus} of {total_all:,} contacts")
        self.banner.setVisible(total_all == 0 and not self.search_edit.text())
        if self.model.total_capped:
            self._count_exactly(total_all)
        self.searchFinished.emit()

    def _count_exactly(self, total_all: int) -> None:
        """The first page counts up to a cap; the exact number follows from a background count."""
        spec, generation = self.model.spec, self._generation
        search = self.ctx.search

        def done(n: int) -> None:
            if generation == self._generation and spec == self.model.spec:
                self.count_label.setText(f"{n:,} of {total_all:,} contacts")
                self.countFinished.emit(n)

        run_task(lambda _task: search.count(spec.query, spec.filters), done, lambda exc: None)

    def refresh(self, select_id: int | None = None) -> None:
        """Re-run the current search now (after an edit) and keep or move the selection."""
        self.model.reload(self._spec())
        self._reselect(select_id if select_id is not None else None)
        self.refresh_filters()
        self._after_result()

    def _reselect(self, contact_id: int | None) -> None:
        if contact_id is None:
            self._selection_changed()
            return
        row = self.model.row_of(contact_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._selection_changed()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    # -- filters -------------------------------------------------------------------------------
    def refresh_filters(self) -> None:
        tree = self.filter_tree
        current = self.filters
        tree.blockSignals(True)
        tree.clear()
        all_item = QTreeWidgetItem(["All contacts"])
        all_item.setData(0, Qt.ItemDataRole.UserRole, Filters())
        tree.addTopLevelItem(all_item)
        selected = all_item
        groups = [
            ("Offices", [(f"{o.name} ({o.contacts})", Filters(office_id=o.id)) for o in self.ctx.contacts.list_offices()
                         if o.contacts]),
            ("Countries", [(f"{country_name(c)} ({c})", Filters(country=c)) for c in self.ctx.contacts.list_countries()]),
            ("Tags", [(t, Filters(tag=t)) for t in self.ctx.contacts.list_tags()]),
        ]
        for title, children in groups:
            if not children:
                continue
            group = QTreeWidgetItem([title])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            tree.addTopLevelItem(group)
            for text, flt in children:
                item = QTreeWidgetItem([text])
                item.setData(0, Qt.ItemDataRole.UserRole, flt)
                group.addChild(item)
                if flt == current:
                    selected = item
            group.setExpanded(title != "Countries")
        tree.setCurrentItem(selected)
        if selected is all_item and not current.empty:
            self.filters = Filters()  # the filtered office or tag no longer exists
        tree.blockSignals(False)

    def _filter_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        flt = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(flt, Filters) and flt != self.filters:
            self.filters = flt
            self.start_search()

    def set_filter(self, flt: Filters) -> None:
        self.filters = flt
        self.refresh_filters()
        self.start_search()

    # -- selection and details -----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.id_at(r) for r in rows) if cid is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.id_at(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def current_record(self) -> ContactRecord | None:
        cid = self.current_id()
        if cid is None:
            return None
        found = self.ctx.contacts.get_many([cid])
        return found[0] if found else None

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.detail.show_record(self.current_record() if ids else None)
        has = bool(ids)
        for a in (self.act_edit, self.act_delete, self.act_copy, self.act_copy_email, self.act_copy_phone,
                  self.act_copy_card, self.act_copy_vcard, self.act_email, self.act_email_selected, self.act_call):
            a.setEnabled(has)
        self.email_button.setEnabled(has)

    # -- one-click actions ---------------------------------------------------------------------
    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def copy_text(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status(f"Copied {what}: {text}" if "\n" not in text and len(text) < 80 else f"Copied {what}")

    def _open(self, url: str, fallback: str, what: str) -> bool:
        """Hand a mailto:/tel: link to the desktop. When nothing handles it, copy what it held."""
        if self.open_url(QUrl.fromEncoded(url.encode("ascii"))):
            return True
        QGuiApplication.clipboard().setText(fallback)
        kind = "email" if url.startswith("mailto:") else "phone"
        self.alerts.info(
            "No program for this link",
            f"No {'mail client' if kind == 'email' else 'phone or softphone program'} is set up to open "
            f"{'mailto' if kind == 'email' else 'tel'}: links on this computer. The {what} was copied to the "
            "clipboard instead; paste it where you need it.",
        )
        return False

    def email_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        (record,) = self.ctx.contacts.get_many([contact_id]) or (None,)
        if record is None:
            return
        if not record.primary_email:
            self.alerts.info("No email address", f"{record.name} has no email address. Add one with Edit (F2).")
            return
        if self._open(mailto_for(record.name, record.primary_email), record.primary_email, "email"):
            self.status(f"Writing to {record.name} <{record.primary_email}>")

    def email_current(self) -> None:
        self.email_contact(self.current_id())

    def _email_address(self, address: str) -> None:
        record = self.detail.record
        if self._open(mailto_for(record.name if record else "", address), address, "email"):
            self.status(f"Writing to {address}")

    def email_selected(self) -> None:
        records = self.ctx.contacts.get_many(self.selected_ids())
        if not records:
            return
        addresses = [r.primary_email for r in records if r.primary_email]
        missing = [r.name for r in records if not r.primary_email]
        if not addresses:
            self.alerts.info("No email addresses", "None of the selected contacts has an email address.")
            return
        note = ""
        if missing:
            note = f" {len(missing)} selected without an email were left out: {', '.join(missing[:5])}" + (
                "..." if len(missing) > 5 else "")
        plan = bcc_batches(addresses)
        if not plan.split:
            if self._open(plan.urls[0], ", ".join(plan.batches[0]), "addresses"):
                self.status(f"Writing to {len(plan.batches[0])} contacts in BCC.{note}")
            return
        self.bcc_dialog = BccDialog(plan.batches, plan.urls, self.open_url, self.copy_text, self)
        self.bcc_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bcc_dialog.show()
        if note:
            self.status(note.strip())

    def call(self, number: str, extension: str | None = None) -> None:
        if self._open(tel_url(number, extension), number, "phone"):
            self.status(f"Calling {number}")

    def call_current(self) -> None:
        record = self.current_record()
        if record and record.primary_phone:
            phone = record.primary_phone
            self.call(phone.e164 or phone.raw, phone.extension if phone.e164 else None)
        elif record:
            self.alerts.info("No phone number", f"{record.name} has no phone number.")

    def copy_selection(self) -> None:
        if self.search_edit.hasFocus() and self.search_edit.hasSelectedText():
            self.search_edit.copy()
            return
        records = self.ctx.contacts.get_many(self.selected_ids())
        pairs = [(r.name, r.primary_email) for r in records if r.primary_email]
        if not pairs:
            self.status("The selected contacts have no email address: nothing copied")
            return
        self.copy_text(address_lines(pairs), f"{len(pairs)} address{'es' if len(pairs) > 1 else ''}")

    def copy_email(self) -> None:
        record = self.current_record()
        if record and record.primary_email:
            self.copy_text(record.primary_email, "email")
        elif record:
            self.status(f"{record.name} has no email address")

    def copy_phone(self) -> None:
        record = self.current_record()
        if record and record.primary_phone:
            self.copy_text(record.primary_phone.e164 or record.primary_phone.raw, "phone")
        elif record:
            self.status(f"{record.name} has no phone number")

    def copy_card(self) -> None:
        records = self.ctx.contacts.get_many(self.selected_ids())
        if not records:
            return
        text = "\n\n".join(
            contact_card(r.name, r.role, r.office, r.country_name, [(p.shown, p.kind) for p in r.phones], list(r.emails))
            for r in records
        )
        self.copy_text(text, "contact card" if len(records) == 1 else f"{len(records)} contact cards")

    def copy_vcard(self) -> None:
        records = self.ctx.contacts.get_many(self.selected_ids())
        if records:
            self.copy_text(vcard_text(records), "vCard" if len(records) == 1 else f"{len(records)} vCards")

    def _table_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        if not self.selected_ids():
            return
        menu = QMenu(self)
        for a in (self.act_email, self.act_email_selected, None, self.act_copy_email, self.act_copy_phone,
                  self.act_copy_card, self.act_copy_vcard, self.act_copy, None, self.act_call, None, self.act_edit,
                  self.act_delete):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- editing -------------------------------------------------------------------------------
    def _changed(self, ids: list[int], select_id: int | None) -> None:
        self.model.forget(ids)
        self.refresh(select_id)

    def _undo_failed(self, exc: BaseException) -> None:
        self.alerts.error("Cannot undo", exc)
        self.refresh()

    def open_contact_dialog(self, record: ContactRecord | None = None):
        from .contact_dialog import ContactDialog

        dialog = ContactDialog(self.ctx, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_handler = lambda data: self._save_from_dialog(record, data)
        dialog.openExisting.connect(self.show_contact)
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def _save_from_dialog(self, before: ContactRecord | None, data) -> bool:
        try:
            if before is None:
                record = self.ctx.contacts.add(data)
                self.undo_stack.push(AddContact(self.ctx, record, self._changed, self._undo_failed))
            else:
                record = self.ctx.contacts.update(before.id, data, expected_version=before.version)
                self.undo_stack.push(EditContact(self.ctx, before, record, self._changed, self._undo_failed))
        except Exception as exc:
            self.alerts.error("Cannot save the contact", exc)
            return False
        self.status(f"Saved {record.name}")
        self._show_after_change(record.id)
        return True

    def _show_after_change(self, contact_id: int) -> None:
        self.model.forget([contact_id])
        self.refresh(contact_id)
        if self.model.row_of(contact_id) is None and (self.search_edit.text() or not self.filters.empty):
            # Saved, but the current search hides it: show it rather than leave the user wondering.
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.filters = Filters()
            self.refresh(contact_id)

    def new_contact(self):
        return self.open_contact_dialog(None)

    def edit_contact(self, contact_id: int):
        records = self.ctx.contacts.get_many([contact_id])
        return self.open_contact_dialog(records[0]) if records else None

    def edit_selected(self):
        cid = self.current_id()
        return self.edit_contact(cid) if cid is not None else None

    def show_contact(self, contact_id: int) -> None:
        self._show_after_change(contact_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            records = self.ctx.contacts.delete_many(ids)
        except Exception as exc:
            self.alerts.error("Cannot delete", exc)
            return
        self.undo_stack.push(DeleteContacts(self.ctx, records, self._changed, self._undo_failed))
        row = min(i.row() for i in self.table.selectionModel().selectedRows())
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        names = records[0].name if len(records) == 1 else f"{len(records)} contacts"
        self.status(f"Deleted {names}. Undo with Ctrl+Z.")

    def load_samples(self) -> None:
        from ..services.samples import load_samples

        try:
            n = load_samples(self.ctx)
        except Exception as exc:
            self.alerts.error("Cannot load the sample contacts", exc)
            return
        self.banner.hide()
        self.refresh()
        self.status(f"Loaded {n} sample contacts")

    def show_article(self, article_id: int) -> None:
        """Open the Articles view on this article."""
        self.tabs.setCurrentIndex(1)
        self.articles_view.select_article(article_id)

    # -- articles and press releases -------------------------------------------------------------
    def show_contact_tab(self, contact_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.show_contact(contact_id)

    def delete_article(self, article_id: int) -> None:
        try:
            record = self.ctx.articles.delete(article_id)
        except Exception as exc:
            self.alerts.error("Cannot delete the article", exc)
            return
        self.undo_stack.push(DeleteArticle(self.ctx, record, self._article_changed, self._undo_failed))
        self._article_changed(None)
        self.status(f"Deleted the article \u201c{record.title}\u201d; its contacts stay. Undo with Ctrl+Z.")

    def _article_changed(self, article_id: int | None) -> None:
        self.articles_view.refresh(article_id)
        self.model.forget()
        self.refresh()

    def choose_release_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import press releases", "", "Press releases (*.txt *.html *.htm);;All files (*)")
        if paths:
            self.import_releases(paths)

    def choose_release_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import every press release in a folder")
        if folder:
            self.import_releases([folder])

    def import_release_from_clipboard(self) -> None:
        from ..interchange.press import extract_release

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.alerts.info("Nothing to import", "The clipboard holds no text. Copy a press release first.")
            return
        self.review_release(extract_release(text, source="clipboard"))

    REVIEW_AT_MOST = 5  # more files than this import in the background without a review each

    def import_releases(self, paths: list[str]) -> None:
        """Files are reviewed one by one; a folder or many files import in the background."""
        from pathlib import Path

        from ..interchange.press import read_release, release_files

        try:
            files = release_files(paths)
        except Exception as exc:
            self.alerts.error("Cannot import", exc)
            return
        if len(files) > self.REVIEW_AT_MOST or any(Path(p).is_dir() for p in paths):
            self.import_releases_in_background(files)
            return
        self._review_queue = list(files)
        self._review_next(read_release)

    def _review_next(self, read_release) -> None:
        while self._review_queue:
            path = self._review_queue.pop(0)
            try:
                release = read_release(path)
            except Exception as exc:
                self.alerts.error(f"Cannot read {path}", exc)
                continue
            dialog = self.review_release(release)
            dialog.finished.connect(lambda _r: self._review_next(read_release))
            return

    def review_release(self, release):
        from ..services.press_import import PressImportService
        from .release_review import ReleaseReviewDialog

        service = PressImportService(self.ctx.db.session_factory)
        dialog = ReleaseReviewDialog(release, service.preview(release), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acceptedRelease.connect(lambda r, contacts: self._save_release(service, r, contacts))
        self.review_dialog = dialog
        dialog.open()
        return dialog

    def _save_release(self, service, release, contacts) -> None:
        try:
            result = service.save(release, contacts)
        except Exception as exc:
            self.alerts.error("Cannot save the press release", exc)
            return
        parts = [f"Saved \u201c{release.title}\u201d"]
        if result.created_contact_ids:
            parts.append(f"{len(result.created_contact_ids)} new contact(s)")
        linked = len([i for i in result.contact_ids if i is not None]) - len(result.created_contact_ids)
        if linked:
            parts.append(f"{linked} existing contact(s) linked")
        self.status(", ".join(parts))
        if result.problems:
            self.alerts.info("Some contact details were not stored",
                             "\n".join(str(p) for p in result.problems))
        self._article_changed(result.article_id)

    def import_releases_in_background(self, files) -> None:
        from pathlib import Path

        from ..interchange.press import read_release
        from ..services.press_import import Cancelled, PressImportService, release_warnings

        service = PressImportService(self.ctx.db.session_factory)
        progress = QProgressDialog(f"Importing {len(files)} press releases...", "Cancel", 0, len(files) * 2, self)
        progress.setWindowTitle("Import press releases")
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.release_progress = progress
        problems: list[str] = []
        releases: list = []  # read in the worker, then shown with their warnings when it is done

        def work(task):
            for i, path in enumerate(files, start=1):
                if task.cancelled:
                    raise Cancelled()
                try:
                    releases.append(read_release(path))
                except Exception as exc:  # reported at the end; the others still import
                    problems.append(f"{path}: {exc}")
                task.report(i, len(files) * 2)
            return service.save_many(
                releases, progress=lambda d, t: task.report(len(files) + d, len(files) * 2),
                cancelled=lambda: task.cancelled,
            )

        def done(results) -> None:
            progress.close()
            created = sum(len(r.created_contact_ids) for r in results)
            articles = sum(1 for r in results if r.created_article)
            summary = f"Imported {articles} new article(s) from {len(files)} file(s); {created} new contact(s)"
            self.status(summary)
            details = problems + [str(p) for r in results for p in r.problems]
            # what the CLI warns about: numbers kept without a country, unread blocks, unassigned values
            to_look_at = []
            for release, result in zip(releases, results, strict=True):
                lines = release_warnings(release, result.warnings, release.contacts)
                if lines:
                    name = Path(release.source).name or release.title
                    to_look_at += [f"{name}: {line}" for line in lines]
            if details or to_look_at:
                text = summary + "."
                if details:
                    text += "\n\nNot imported:\n" + "\n".join(f"\u2022 {d}" for d in details[:50])
                if to_look_at:
                    text += "\n\nStored, but worth a look:\n" + "\n".join(f"\u2022 {w}" for w in to_look_at[:50])
                    if len(to_look_at) > 50:
                        text += f"\n\u2026 and {len(to_look_at) - 50} more"
                title = "Some files or details were not imported" if details else "Imported: some details need a look"
                self.alerts.info(title, text)
            self._article_changed(None)
            self.releaseImportFinished.emit()

        def failed(exc) -> None:
            progress.close()
            if isinstance(exc, Cancelled):
                self.status("Import cancelled: nothing was stored")
            else:
                self.alerts.error("The import failed; nothing was stored", exc)
            self.releaseImportFinished.emit()

        self.release_task = self._run_with_progress(progress, work, done, failed)

    # -- drag and drop -------------------------------------------------------------------------
    RELEASE_SUFFIXES = (".txt", ".html", ".htm")

    def _dropped_paths(self, event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event)
        if not paths:
            return
        event.acceptProposedAction()
        self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> None:
        """Dropped files: press releases are reviewed, contact files go to the import."""
        from pathlib import Path

        releases = [p for p in paths if Path(p).suffix.lower() in self.RELEASE_SUFFIXES or Path(p).is_dir()]
        others = [p for p in paths if p not in releases]
        if releases:
            self.import_releases(releases)
        if others:
            self.import_contact_files(others)

    def import_contact_files(self, paths: list[str]) -> None:
        for path in paths:
            self.open_import_wizard(path)

    # -- import and export of contacts ---------------------------------------------------------
    def open_import_wizard(self, path: str | None = None):
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, path, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finishedImport.connect(self._contacts_imported)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _contacts_imported(self, result) -> None:
        self.model.forget()
        self.refresh()
        self.status(f"Import: {result.summary()}")

    # -- backup --------------------------------------------------------------------------------
    def backup_directory(self, path: str | None = None):
        """File > Back up directory: a consistent copy of the whole directory, written in the
        background (the app stays usable); cancel or failure leaves no file."""
        from pathlib import Path

        from ..services.backup import BackupCancelled, backup_database, suggested_backup_name

        if not self.act_backup.isEnabled():  # one at a time: a second one to the same file broke both
            self.status("A backup is already running")
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, "Back up the directory", str(Path.home() / suggested_backup_name()),
                "IOM Desk backup (*.sqlite3);;All files (*)")
            if not path:
                return None
        db = self.ctx.db
        self.act_backup.setEnabled(False)
        progress = QProgressDialog("Backing up the directory...", "Cancel", 0, 1000, self)
        progress.setWindowTitle("Back up directory")
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.backup_progress = progress

        def work(task):
            return backup_database(db, path, progress=task.report, cancelled=lambda: task.cancelled)

        def done(result) -> None:
            progress.close()
            self.act_backup.setEnabled(True)
            self.status(result.summary())
            self.alerts.info("Backup saved", f"{result.summary()}.\n\nTo restore it into an empty directory: "
                                             f"iomdesk --db NEW_DATABASE restore \"{result.path}\"")
            self.backupFinished.emit(result)

        def failed(exc) -> None:
            progress.close()
            self.act_backup.setEnabled(True)
            if isinstance(exc, BackupCancelled):
                self.status("Backup cancelled: no file was written")
            else:
                self.alerts.error("The backup failed; no file was written", exc)
            self.backupFinished.emit(exc)

        self.backup_task = self._run_with_progress(progress, work, done, failed)
        return self.backup_task

    @staticmethod
    def _run_with_progress(progress, work, done, failed):
        """Run ``work`` off the GUI thread; ``progress`` (a QProgressDialog) follows it and cancels it."""

        def report(d, t) -> None:
            progress.setMaximum(t)
            progress.setValue(d)

        task = run_task(work, done, failed, report)
        progress.canceled.connect(task.cancel)
        progress.show()
        return task

    def open_export_dialog(self):
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self.search_edit.text(), self.selected_ids(), self.model.total, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda n, path: self.status(f"Exported {n:,} contacts to {path}"))
        self.export_dialog = dialog
        dialog.open()
        return dialog
