"""Which directory the window shows and what the user may do in it: the title and status bar name the
directory (a URL never with its password), File > Connect to team database..., a directory that may
only be read (every editing action off, a banner saying why), and the state of the connection to a
team database (connected / unreachable, reconnecting).

Needs from the window: ``ctx``, ``alerts``, ``status``, ``file_menu``, ``act_quit``, the editing
``act_*`` actions and buttons, ``changes`` (the ChangeWatcher) and the ``directoryChosen`` signal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel
from sqlalchemy.engine import make_url

from ... import APP_NAME
from ...services.connections import shown_url
from .. import theme
from ..widgets import plain_label
from ..workers import Task, run_task

if TYPE_CHECKING:
    from ...services.context import AppContext
    from ..connect_dialog import ConnectDialog
    from ..main_window import MainWindow

# What changes the directory: off when it may only be read.
EDITING_ACTIONS = ("act_new", "act_edit", "act_delete", "act_add_to_list", "act_remove_from_list", "act_import",
                   "act_import_release", "act_import_release_folder", "act_import_release_clipboard",
                   "act_save_search", "act_undo", "act_redo")
EDITING_BUTTONS = ("new_button", "sample_button", "banner_import")
READ_ONLY_EXPLAINED = QT_TRANSLATE_NOOP(
    "AccessController", "Searching, copying and writing emails work; adding, editing, deleting, importing and "
    "list changes are turned off, and sends are not recorded in the history.")

# The reasons store.db.read_only_reason gives (English there): (pattern, translated sentence).
_READ_ONLY_REASONS = (
    (re.compile(r"You have read-only access to this team directory: the database role (?P<role>.*) may only "
                r"read it\."),
     QT_TRANSLATE_NOOP("AccessController", "You have read-only access to this team directory: the database role "
                       "{role} may only read it.")),
    (re.compile(r"You have read-only access to this team directory: the database server accepts only reading "
                r"now\."),
     QT_TRANSLATE_NOOP("AccessController", "You have read-only access to this team directory: the database "
                       "server accepts only reading now.")),
    (re.compile(r"You have read-only access to this directory: the file (?P<path>.*) cannot be written\."),
     QT_TRANSLATE_NOOP("AccessController", "You have read-only access to this directory: the file {path} cannot "
                       "be written.")),
    (re.compile(r"You have read-only access to this directory: the folder (?P<path>.*) cannot be written\."),
     QT_TRANSLATE_NOOP("AccessController", "You have read-only access to this directory: the folder {path} "
                       "cannot be written.")),
)


def read_only_text(reason: str) -> str:
    """Why the directory may only be read, in the user's language (a reason not known here as given)."""
    for pattern, text in _READ_ONLY_REASONS:
        m = pattern.fullmatch(reason)
        if m:
            return QCoreApplication.translate("AccessController", text).format(**m.groupdict())
    return reason


_windows: list = []  # windows opened by switching directory (kept alive; Qt does not own them)


class AccessController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.connect_dialog: ConnectDialog | None = None
        self.reachable = True
        self.probe: Task | None = None  # checking, off the GUI thread, whether the server is back

    def directory_label(self, url: str) -> str:
        """ "team database iomdesk (alice@db.example.org)" or the SQLite file's path, in the user's language
        (as services.connections.directory_label, never with a password)."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            return parsed.database or self.tr("in-memory directory")
        host = parsed.host or self.tr("local socket")
        where = f"{parsed.username}@{host}" if parsed.username else host
        return self.tr("team database {database} ({where})").format(database=parsed.database or "", where=where)

    @property
    def team(self) -> bool:
        return self.win.ctx.db.engine.dialect.name != "sqlite"

    def install(self) -> None:
        win = self.win
        self.act_connect = QAction(self.tr("Connect to &team database..."), win)
        self.act_connect.setStatusTip(self.tr("Open a directory shared on a PostgreSQL server, or go back to your "
                                              "own file"))
        self.act_connect.triggered.connect(lambda _checked=False: self.open_connect_dialog())
        win.addAction(self.act_connect)
        win.file_menu.insertAction(win.act_quit, self.act_connect)
        win.file_menu.insertSeparator(win.act_quit)

        url = win.ctx.db.url
        win.setWindowTitle(self.tr("{app} - {directory}").format(app=APP_NAME, directory=self.directory_label(url)))
        self.where = QLabel()
        self.where.setObjectName("directoryState")
        self.where.setAccessibleDescription(self.tr("Directory and connection"))  # the name would hide the text
        self.where.setToolTip(shown_url(url))
        win.statusBar().addPermanentWidget(self.where)
        win.alerts.where = win.ctx.db.engine.url.host or "localhost"
        self.read_only_banner = QFrame()
        self.read_only_banner.setObjectName("readOnlyBanner")
        theme.style(self.read_only_banner, "warning-banner")
        layout = QHBoxLayout(self.read_only_banner)
        self.read_only_text = plain_label("", selectable=False)
        self.read_only_text.setWordWrap(True)
        layout.addWidget(self.read_only_text, 1)
        self.read_only_banner.hide()
        outer = win.tabs.widget(0).layout()
        outer.insertWidget(1, self.read_only_banner)
        self.apply_access()
        self.show_state()

    # -- read-only ------------------------------------------------------------------------------
    def apply_access(self) -> None:
        win = self.win
        reason = win.ctx.read_only_reason
        if not reason:
            return
        reason = read_only_text(reason)
        self.read_only_text.setText(f"{reason}\n{self.tr(READ_ONLY_EXPLAINED)}")  # data, not text: two translated lines
        self.read_only_banner.show()
        for name in EDITING_ACTIONS:
            action = getattr(win, name, None)
            if action is not None:
                action.setEnabled(False)
                action.setToolTip(reason)
        for name in EDITING_BUTTONS:
            button = getattr(win, name, None)
            if button is not None:
                button.setEnabled(False)
                button.setToolTip(reason)
        win.detail.read_only_reason = reason
        win.articles_view.read_only_reason = reason
        win.articles_view._show_current()
        win.undo.stack.setActive(False)
        win.undo.stack.canUndoChanged.connect(lambda _can: self._keep_off("act_undo"))
        win.undo.stack.canRedoChanged.connect(lambda _can: self._keep_off("act_redo"))

    def _keep_off(self, name: str) -> None:
        getattr(self.win, name).setEnabled(False)

    def refuse(self) -> bool:
        """True (and a status line saying why) when the directory may only be read."""
        reason = self.win.ctx.read_only_reason
        if reason:
            self.win.status(read_only_text(reason))
        return bool(reason)

    # -- the connection ---------------------------------------------------------------------------
    def show_state(self) -> None:
        win = self.win
        label = self.directory_label(win.ctx.db.url)
        read_only = win.ctx.read_only
        if self.team and self.reachable:
            text = (self.tr("{directory}: connected (read-only)") if read_only else
                    self.tr("{directory}: connected"))
        elif self.team:
            text = (self.tr("{directory}: cannot be reached, reconnecting... (read-only)") if read_only else
                    self.tr("{directory}: cannot be reached, reconnecting..."))
        else:
            text = self.tr("{directory} (read-only)") if read_only else "{directory}"
        self.where.setText(text.format(directory=label))

    def poll(self) -> bool:
        """Before the window asks the ChangeWatcher: False while the team database cannot be reached.
        Then a probe off the GUI thread checks whether it is back, so the window never waits on a dead
        network (the watcher would reconnect on this thread)."""
        if not self.team or self.reachable:
            return True
        if self.probe is None:
            engine = self.win.ctx.db.engine

            def probe(_task) -> None:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")

            def failed(_exc: BaseException) -> None:
                self.probe = None

            self.probe = run_task(probe, lambda _r: self.back(), failed)
        return False

    def update_state(self) -> None:
        """After each poll of the ChangeWatcher: it lost its connection when the server went away."""
        if self.team and self.reachable and not self.win.changes.connected:
            self.lost()

    def lost(self) -> None:
        if self.team and self.reachable:
            self.reachable = False
            self.show_state()

    def back(self) -> None:
        self.probe = None
        if not self.reachable:
            self.reachable = True
            self.show_state()
            self.win.status(self.tr("The team database can be reached again: saving works again."))

    # -- switching directory ----------------------------------------------------------------------
    def open_connect_dialog(self) -> ConnectDialog:
        from ..connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.win.ctx.db.url, self.win)
        dialog.connected.connect(self.win.directoryChosen.emit)
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    def switch_to(self, ctx: AppContext):
        """Show ``ctx`` in a new window in place of this one (same settings, same alerts presenter)."""
        old = self.win
        new = type(old)(ctx, settings=old.settings, open_url=old.open_url)
        new.alerts.presenter = old.alerts.presenter if old.alerts.presenter != old.alerts._present else \
            new.alerts.presenter
        new.directoryChosen.connect(new.access.switch_to)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(ctx.close)
        _windows.append(new)
        new.show()
        old.close()
        old.ctx.close()
        if old in _windows:
            _windows.remove(old)
        new.status(QCoreApplication.translate("AccessController", "Opened {directory}").format(
            directory=new.access.directory_label(ctx.db.url)))
        return new
