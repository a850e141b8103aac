"""The main window: its layout (search field, filter tree, contacts table, details, Articles tab),
actions, menus and saved settings, wired to one controller per concern under ``controllers/``:
``search`` (as you type, filters, selection), ``contacts`` (new, edit, delete, copy), ``outreach``
(mailto, tel, BCC batches), ``transfer`` (import, export, press releases, backup, dropped files) and
``undo``. The window keeps the names tests and scripts use and hands them to the controllers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..services.changes import ChangeWatcher
from ..services.context import AppContext
from . import keyboard, settings_dialog, theme
from .alerts import Alerts
from .articles_view import ArticlesView
from .bidi import BidiDelegate
from .contact_model import COLUMNS, ContactTableModel, SearchSpec
from .controllers.access import AccessController
from .controllers.contacts import ContactsController
from .controllers.lists import ListsController
from .controllers.outreach import OutreachController
from .controllers.protection import ProtectionController
from .controllers.search import SearchController
from .controllers.transfer import TransferController
from .controllers.undo import UndoController
from .copy_dialog import CopyController
from .detail_pane import DetailPane
from .keyboard import key_text
from .widgets import plain_label

CHANGE_POLL_MS = 3000  # how often the window asks whether others changed the directory


def open_url_default(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class _On:
    """A window attribute that lives on one of its controllers: the names that tests, scripts and the
    other controllers use on the window stay as they were."""

    def __init__(self, controller: str, name: str | None = None):
        self.controller, self.name = controller, name

    def __set_name__(self, owner, name: str) -> None:
        self.name = self.name or name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        return getattr(getattr(window, self.controller), self.name)


class MainWindow(QMainWindow):
    searchFinished = Signal()  # a search result was applied (tests wait on it)
    releaseImportFinished = Signal()
    countFinished = Signal(int)  # the exact count of a big result arrived
    backupFinished = Signal(object)  # File > Back up ended: the BackupResult, or the exception
    copyFinished = Signal(object)  # File > Copy directory to... ended: the CopyResult, or the exception
    directoryChosen = Signal(object)  # File > Connect to team database: the AppContext to show instead

    # searching, filters and the selection
    start_search = _On("search")
    start_search_spec = _On("search")
    refresh = _On("search")
    set_filter = _On("search")
    selected_ids = _On("search")
    current_id = _On("search")
    current_record = _On("search")
    _debounce = _On("search", "debounce")
    # contact actions
    new_contact = _On("contacts")
    edit_contact = _On("contacts")
    edit_selected = _On("contacts")
    delete_selected = _On("contacts")
    contact_dialog = _On("contacts")
    copy_text = _On("contacts")
    # outreach
    email_current = _On("outreach")
    bcc_dialog = _On("outreach")
    # import, export, press releases, backup
    open_import_wizard = _On("transfer")
    import_wizard = _On("transfer")
    open_export_dialog = _On("transfer")
    import_releases = _On("transfer")
    import_releases_in_background = _On("transfer")
    review_release = _On("transfer")
    review_dialog = _On("transfer")
    release_task = _On("transfer")
    backup_directory = _On("transfer")
    backup_progress = _On("transfer")

    def __init__(self, ctx: AppContext, settings: QSettings | None = None, alerts: Alerts | None = None,
                 open_url: Callable[[QUrl], bool] = open_url_default):
        super().__init__()
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.alerts = alerts or Alerts(self)
        self.open_url = open_url
        self.undo = UndoController(self)
        self.search = SearchController(self)
        self.contacts = ContactsController(self)
        self.outreach = OutreachController(self)
        self.transfer = TransferController(self)
        self.lists = ListsController(self)
        self.copying = CopyController(self)
        self.protection = ProtectionController(self)
        self.setWindowTitle(APP_NAME)

        self._build_widgets()
        self._build_actions()
        self.lists.install()
        self._build_menus()
        self.protection.install()
        self.lists.install_menu()  # the side panel's list commands, reachable from the menu bar
        self._restore_settings()
        self.access = AccessController(self)  # title, status, read-only, File > Connect to team database
        self._build_help_menu()
        settings_dialog.install(self)  # Tools > Settings: the interface language

        self.search_edit.textChanged.connect(lambda _t: self.search.debounce.start())
        self.model.loader = self.search.start_search_spec
        self.search.refresh_filters()
        self.model.reload(self.search.spec())
        self.search.after_result()
        self.search_edit.setFocus()

        # Others' changes (a colleague on the team database, another copy on the same file) show up
        # without a restart: a cheap question every few seconds (services/changes.py).
        self.changes = ChangeWatcher(ctx.db)
        self.changes.start()
        self.change_timer = QTimer(self, interval=CHANGE_POLL_MS)
        self.change_timer.timeout.connect(self.poll_changes)
        self.change_timer.start()
        self.access.install()
        keyboard.install(self)  # every menu item an Alt letter unique in its menu, in every language

    def poll_changes(self) -> None:
        """Refresh from others' commits; not while a dialog of this window is open (the editor's own
        save then refreshes, and a conflict is the editor's to show)."""
        if not self.access.poll():  # the team database is unreachable: a probe off this thread waits for it
            return
        if QApplication.activeModalWidget() is not None:
            return
        changed = self.changes.changed()
        self.access.update_state()
        if changed:
            self.search.refresh_from_others()

    # -- building ------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)

        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search names, offices, emails, phone digits, articles  ({key})")
                                            .format(key=key_text("Ctrl+F")))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search contacts"))
        self.search_edit.setAccessibleDescription(self.tr(
            "Shows the contacts whose name, office, email, phone digits or articles match as you type"))
        top.addWidget(self.search_edit, 1)
        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setToolTip(self.tr("Add a contact ({key})").format(key=key_text(QKeySequence.StandardKey.New)))
        top.addWidget(self.new_button)
        self.email_button = QPushButton(self.tr("Email selected"))
        self.email_button.setToolTip(self.tr("One message to every selected contact, addresses in BCC ({key})")
                                     .format(key=key_text("Ctrl+Shift+E")))
        top.addWidget(self.email_button)
        outer.addLayout(top)

        self.banner = QFrame()
        self.banner.setObjectName("emptyBanner")
        theme.style(self.banner, "info-banner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(plain_label(
            self.tr("Your directory is empty. Load the sample contacts to try IOM Desk, import a CSV or vCard file, "
                    "or add your own ({key}).").format(key=key_text(QKeySequence.StandardKey.New)), selectable=False
        ), 1)
        self.sample_button = QPushButton(self.tr("Load sample contacts"))
        self.sample_button.setAccessibleDescription(self.tr("Adds a few example contacts to try IOM Desk"))
        self.sample_button.clicked.connect(self.contacts.load_samples)
        banner_layout.addWidget(self.sample_button)
        self.banner_import = QPushButton(self.tr("Import a file..."))
        self.banner_import.setAccessibleDescription(self.tr("Imports contacts from a CSV or vCard file"))
        self.banner_import.clicked.connect(lambda: self.transfer.open_import_wizard())
        banner_layout.addWidget(self.banner_import)
        self.banner_dismiss = QPushButton(self.tr("Dismiss"))
        self.banner_dismiss.setAccessibleDescription(self.tr("Hides this message"))
        self.banner_dismiss.clicked.connect(self.banner.hide)
        banner_layout.addWidget(self.banner_dismiss)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.filter_tree = QTreeWidget()
        self.filter_tree.setHeaderHidden(True)
        self.filter_tree.setAccessibleName(self.tr("Narrow by office, country, tag or list"))
        self.filter_tree.setAccessibleDescription(self.tr(
            "Choose an office, country, tag, language, beat or list to show only its contacts"))
        self.filter_tree.setMinimumWidth(150)
        self.filter_tree.currentItemChanged.connect(self.search.filter_chosen)
        self.splitter.addWidget(self.filter_tree)

        self.model = ContactTableModel(self.ctx.search, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
        self.table.setObjectName("contacts")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setAccessibleDescription(self.tr(
            "The contacts found; Enter writes an email, the context menu copies, edits or deletes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Indicator first: enabling sorting sorts by it at once (Qt's default is descending).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegate(BidiDelegate(self.table))  # an Arabic name reads (and elides) right to left
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((160, 100, 105, 85, 125, 160, 55, 115)):
            # never narrower than the translated title and the sort arrow
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.resizeSection(col, max(width, header.fontMetrics().horizontalAdvance(title) + 28))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(lambda index: self.outreach.email_contact(self.model.id_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.search.selection_changed())
        self.model.modelReset.connect(self.search.selection_changed)
        self.splitter.addWidget(self.table)

        self.detail = DetailPane()
        self.detail.copyRequested.connect(self.contacts.copy_text)
        self.detail.emailRequested.connect(self.outreach.email_address)
        self.detail.callRequested.connect(self.outreach.call)
        self.detail.editRequested.connect(self.contacts.edit_contact)
        self.detail.articleActivated.connect(self.show_article)
        self.detail.history_loader = self.ctx.outreach.history
        self.detail.historyRequested.connect(self.contacts.show_history)
        self.detail.change_loader = self.ctx.history.latest
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([170, 790, 320])  # the details fit French and Spanish labels too
        outer.addWidget(self.splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Contacts and articles"))
        self.tabs.setAccessibleDescription(self.tr("Switches between the contacts and the articles"))
        self.tabs.tabBar().setAccessibleName(self.tr("Contacts and articles"))
        self.tabs.tabBar().setAccessibleDescription(self.tr("Switches between the contacts and the articles"))
        self.tabs.addTab(central, self.tr("&Contacts"))
        self.articles_view = ArticlesView(self.ctx)
        self.articles_view.emailContact.connect(self.outreach.email_contact)
        self.articles_view.showContact.connect(self.show_contact_tab)
        self.articles_view.changed.connect(lambda: (self.model.forget(), self.refresh()))
        self.articles_view.deleteRequested.connect(self.transfer.delete_article)
        self.articles_view.status.connect(self.status)
        self.articles_view.sendRequested.connect(lambda aid: self.outreach.send_to_list(None, aid))
        self.tabs.addTab(self.articles_view, self.tr("&Articles"))
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)

        self.count_label = QLabel()
        # a description, not a name: a label's name replaces its text ("4 of 4 contacts") for a screen reader
        self.count_label.setAccessibleDescription(self.tr("Number of contacts shown"))
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
        self.act_new = self._action(self.tr("&New contact..."), self.contacts.new_contact, QKeySequence.StandardKey.New)
        self.act_edit = self._action(self.tr("&Edit contact..."), self.contacts.edit_selected, "F2")
        self.act_delete = self._action(self.tr("&Delete"), self.contacts.delete_selected, QKeySequence.StandardKey.Delete)
        self.act_history = self._action(self.tr("&History..."), lambda: self.contacts.show_history(), "Ctrl+H",
                                        self.tr("Who changed this contact, when, and what; restore an earlier version"))
        self.act_add_to_list = self._action(self.tr("Add to &list..."), self.lists.add_selected, "Ctrl+L",
                                            self.tr("Put the selected contacts on a distribution list"))
        self.act_remove_from_list = self._action(self.tr("&Remove from list"), self.lists.remove_selected,
                                                 tip=self.tr("Take the selected contacts off the list shown"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_find = self._action(self.tr("&Find"), self.search.focus_search, ["Ctrl+F", "Ctrl+K"])
        self.act_copy = self._action(self.tr("&Copy Name <email>"), self.contacts.copy_selection, QKeySequence.StandardKey.Copy,
                                     self.tr("Copy the selected contacts as Name <email> lines"))
        self.act_copy_email = self._action(self.tr("Copy e&mail"), self.contacts.copy_email)
        self.act_copy_phone = self._action(self.tr("Copy &phone (E.164)"), self.contacts.copy_phone)
        self.act_copy_card = self._action(self.tr("Copy con&tact card"), self.contacts.copy_card)
        self.act_copy_vcard = self._action(self.tr("Copy as &vCard"), self.contacts.copy_vcard)
        self.act_email = self._action(self.tr("&Write email"), self.outreach.email_current, tip=self.tr("Write to this contact (Enter)"))
        self.act_email_selected = self._action(self.tr("Email &selected (BCC)..."), self.outreach.email_selected, "Ctrl+Shift+E")
        self.act_call = self._action(self.tr("C&all"), self.outreach.call_current)
        self.act_import = self._action(self.tr("&Import contacts..."), self.transfer.open_import_wizard, "Ctrl+I",
                                       self.tr("Import a CSV or vCard file"))
        self.act_export = self._action(self.tr("E&xport contacts..."), self.transfer.open_export_dialog, "Ctrl+Shift+X")
        self.act_backup = self._action(self.tr("&Back up directory..."), self.transfer.backup_directory,
                                       tip=self.tr("Save a copy of the whole directory to a file"))
        self.act_copy_directory = self._action(self.tr("&Copy directory to..."), self.copying.open_dialog,
                                               tip=self.tr("Copy this directory into a team's shared database, merging duplicates"))
        self.act_import_release = self._action(self.tr("Import press &release..."), self.transfer.choose_release_files,
                                               "Ctrl+Shift+R")
        self.act_import_release_folder = self._action(self.tr("Import press releases from a &folder..."),
                                                      self.transfer.choose_release_folder)
        self.act_import_release_clipboard = self._action(self.tr("Import press release from the c&lipboard"),
                                                         self.transfer.import_release_from_clipboard, "Ctrl+Shift+V")
        self.act_contacts_tab = self._action(self.tr("Contacts"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_articles_tab = self._action(self.tr("Articles"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self.act_send_to_list = self._action(self.tr("Send to l&ist..."), self.outreach.send_from_window, "Ctrl+Shift+M",
                                             self.tr("Send an article (or a message) to a distribution list, in BCC or as a draft"))
        self.act_save_search = self._action(self.tr("Save search as s&mart list..."), self.lists.save_search, "Ctrl+Shift+S",
                                            self.tr("A list whose members are this search's results, following the data"))
        self.act_undo = self.undo.stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo.stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.new_button.clicked.connect(self.contacts.new_contact)
        self.email_button.clicked.connect(self.outreach.email_selected)
        # Keys of one field; their whatsThis is the line Help > Keyboard shortcuts shows.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.outreach.email_current,
                      context=Qt.ShortcutContext.WidgetShortcut).setWhatsThis(self.tr("Write email (in the contacts table)"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit, self.search_edit.clear,
                  context=Qt.ShortcutContext.WidgetShortcut).setWhatsThis(self.tr("Clear the search (in the search field)"))
        # Down from the search field goes to the results.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit, self.search.focus_table,
                  context=Qt.ShortcutContext.WidgetShortcut).setWhatsThis(self.tr("Go to the results (in the search field)"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.act_new)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import)
        self.file_menu.addAction(self.act_export)
        self.file_menu.addAction(self.act_backup)
        self.file_menu.addAction(self.act_copy_directory)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import_release)
        self.file_menu.addAction(self.act_import_release_folder)
        self.file_menu.addAction(self.act_import_release_clipboard)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        for a in (self.act_copy, self.act_copy_email, self.act_copy_phone, self.act_copy_card, self.act_copy_vcard):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.act_find)
        contact = bar.addMenu(self.tr("&Contact"))
        for a in (self.act_email, self.act_email_selected, self.act_call, self.act_edit, self.act_history,
                  self.act_delete):
            contact.addAction(a)
        contact.addSeparator()
        contact.addAction(self.act_add_to_list)
        contact.addAction(self.act_remove_from_list)
        contact.addAction(self.act_save_search)
        contact.addAction(self.act_send_to_list)
        self.contact_menu = contact
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.act_contacts_tab)
        view.addAction(self.act_articles_tab)

    def _build_help_menu(self) -> None:
        """Last, so the shortcuts page sees the actions every controller added."""
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1", "Ctrl+/"])
        self.act_about = self._action(self.tr("&About {app}").format(app=APP_NAME), self.show_about)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_shortcuts)
        self.help_menu.addAction(self.act_about)

    def show_shortcuts(self):
        from .help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def show_about(self):
        from .help_dialogs import AboutDialog

        dialog = AboutDialog(self.ctx.db.shown_url, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()
        return dialog

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
        self.change_timer.stop()
        self.changes.close()
        super().closeEvent(event)

    # -- shared by the controllers --------------------------------------------------------------
    def status(self, text: str) -> None:
        """Say what just happened in the status bar, and to a screen reader (which does not read a status
        bar by itself): "Saved ...", "Deleted ... Undo with Ctrl+Z", "Copied ..."."""
        self.statusBar().showMessage(text, 4000)
        if text:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.statusBar(), text))

    def show_article(self, article_id: int) -> None:
        """Open the Articles view on this article."""
        self.tabs.setCurrentIndex(1)
        self.articles_view.select_article(article_id)

    def show_contact_tab(self, contact_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.contacts.show_contact(contact_id)

    def _table_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        if not self.selected_ids():
            return
        menu = QMenu(self)
        for a in (self.act_email, self.act_email_selected, None, self.act_copy_email, self.act_copy_phone,
                  self.act_copy_card, self.act_copy_vcard, self.act_copy, None, self.act_call, None, self.act_edit,
                  self.act_delete, None, self.act_add_to_list, self.act_remove_from_list):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        self.protection.add_to_menu(menu)
        keyboard.fix_mnemonics(menu)  # made after keyboard.install: one Alt letter per entry here too
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- files from the command line or another start (application.py, single_instance.py) ------
    def open_files(self, paths: list[str]) -> None:
        """Come to the front and open each file: contact files in the import wizard, press releases
        in their review (as if dropped on the window)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if paths and not self.access.refuse():
            self.transfer.open_paths(paths)

    # -- drag and drop -------------------------------------------------------------------------
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
        if not paths or self.access.refuse():
            return
        event.acceptProposedAction()
        self.transfer.open_paths(paths)
