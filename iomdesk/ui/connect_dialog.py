"""File > Connect to team database...: host, port, database, user, password, "remember the password in
the system keyring", Test connection, Connect, and "Use my own directory file" to go back.

Connecting opens the team database off the GUI thread (it may set up its tables the first time); when
it is open, the connection is saved (never its password: that goes to the keyring when the box is
ticked) and ``connected`` hands the new AppContext to the window, which puts itself on it.
Where no keyring exists, the box is off with the reason, and the password is asked at each start.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..paths import default_database_path
from ..services import connections
from ..services.connections import SavedConnection
from ..services.context import AppContext
from ..services.identity import os_user
from .widgets import plain_label
from .workers import run_task

# The reasons services.connections.keyring_problem gives (English there), shown in the user's language;
# a reason not listed here is shown as the service wrote it.
KEYRING_REASONS = {
    "the keyring package is not installed": QT_TRANSLATE_NOOP("ConnectDialog", "the keyring package is not installed"),
    "no system keyring is available on this computer (on Linux: no Secret Service such as GNOME Keyring or "
    "KWallet is running); IOM Desk will ask for the password at each start": QT_TRANSLATE_NOOP(
        "ConnectDialog", "no system keyring is available on this computer (on Linux: no Secret Service such as "
        "GNOME Keyring or KWallet is running); IOM Desk will ask for the password at each start"),
}
_EMPTY_DATABASE = "Connected: an empty database; IOM Desk will set up its tables there."
_DIRECTORY = re.compile(r"Connected: an IOM Desk directory with ([\d,]+) contacts\.")


class ConnectDialog(QDialog):
    connected = Signal(object)  # the AppContext now open (team database or own file)
    tested = Signal(str)  # what Test connection found (tests wait on it)
    failed = Signal(str)  # why connecting or testing failed

    def __init__(self, current_url: str | None = None, parent: QWidget | None = None,
                 opener: Callable[..., AppContext] = AppContext.open):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team database"))
        self.opener = opener
        self.busy = False
        outer = QVBoxLayout(self)
        outer.addWidget(plain_label(self.tr(
            "A team directory is one PostgreSQL database that colleagues share. Ask whoever set it up "
            "for these details."), selectable=False))
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.example.org")
        self.host.setAccessibleDescription(self.tr("The name or address of the PostgreSQL server"))
        form.addRow(self.tr("&Host"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(connections.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setAccessibleDescription(self.tr("The server's port; PostgreSQL usually listens on 5432"))
        form.addRow(self.tr("&Port"), self.port)
        self.database = QLineEdit()
        self.database.setPlaceholderText("iomdesk")
        self.database.setAccessibleDescription(self.tr("The name of the team's database on that server"))
        form.addRow(self.tr("&Database"), self.database)
        self.user = QLineEdit()
        self.user.setText(os_user() or "")
        self.user.setAccessibleDescription(self.tr("Your user name on the database server"))
        form.addRow(self.tr("&User"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: libpq's ~/.pgpass or service file"))
        self.password.setAccessibleDescription(self.tr(
            "Your database password; leave it empty to use libpq's ~/.pgpass or service file"))
        form.addRow(self.tr("Pass&word"), self.password)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setAccessibleDescription(self.tr(
            "Keep the password in the system keyring so it is not asked again; it is never written to a file"))
        form.addRow("", self.remember)
        outer.addLayout(form)
        self.keyring_note = plain_label("", selectable=False)
        self.keyring_note.setWordWrap(True)
        outer.addWidget(self.keyring_note)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.result.setObjectName("connectResult")
        self.result.setAccessibleName(self.tr("Connection result"))
        outer.addWidget(self.result)

        buttons = QDialogButtonBox()
        self.test_button = buttons.addButton(self.tr("&Test connection"), QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setToolTip(self.tr("Check that these details reach the database, without opening it"))
        self.local_button = buttons.addButton(self.tr("Use my own directory &file"),
                                              QDialogButtonBox.ButtonRole.ResetRole)
        self.local_button.setToolTip(self.tr("Forget the team database and open {path}").format(
            path=default_database_path()))
        self.connect_button = buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setToolTip(self.tr("Open the team database and remember these details"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Close this dialog and keep the directory open now"))
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.connect_to_team)
        self.local_button.clicked.connect(self.use_own_file)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.connect_button.setDefault(True)  # set before the box is in the dialog, Qt forgets it

        self.keyring_problem = connections.keyring_problem()
        if self.keyring_problem:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            reason = self.tr(KEYRING_REASONS.get(self.keyring_problem, self.keyring_problem))
            self.keyring_note.setText(self.tr("The password cannot be remembered: {reason}. It is never "
                                              "written to a file.").format(reason=reason))
        else:
            self.remember.setChecked(True)
            self.keyring_note.hide()
        self._fill(current_url)
        self.resize(460, self.sizeHint().height())

    def _fill(self, current_url: str | None) -> None:
        try:
            saved = connections.load()
        except connections.ConnectionSettingsError as exc:
            self.result.setText(str(exc))
            saved = None
        if saved is None and current_url and not current_url.startswith("sqlite"):
            # Opened with --db or IOMDESK_DB: offer that team database to save (never its password).
            from sqlalchemy.engine import make_url

            u = make_url(current_url)
            saved = SavedConnection(host=u.host or "", port=u.port or connections.DEFAULT_PORT,
                                    database=u.database or "", user=u.username or "",
                                    options={k: str(v) for k, v in u.query.items()})
        if saved is not None:
            self.host.setText(saved.host)
            self.port.setValue(saved.port)
            self.database.setText(saved.database)
            self.user.setText(saved.user)
            self.options = dict(saved.options)
        else:
            self.options = {}
        self.local_button.setEnabled(bool(current_url and not current_url.startswith("sqlite")) or saved is not None)

    # -- what was typed ----------------------------------------------------------------------------
    def connection(self) -> SavedConnection:
        return SavedConnection(host=self.host.text().strip(), port=self.port.value(),
                               database=self.database.text().strip(), user=self.user.text().strip(),
                               options=self.options,
                               ask_password=bool(self.keyring_problem and self.password.text()))

    def _checked(self) -> SavedConnection | None:
        conn = self.connection()
        try:
            conn.check()
        except connections.ConnectionSettingsError as exc:
            self._failed(str(exc))
            return None
        return conn

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for b in (self.test_button, self.connect_button, self.local_button):
            b.setEnabled(not busy)
        if text:
            self.result.setText(text)

    def found_text(self, text: str) -> str:
        """What Test connection found (services.connections.try_connection's sentence) in the user's
        language; a sentence it does not know stays as the service wrote it."""
        if text == _EMPTY_DATABASE:
            return self.tr("Connected: an empty database; IOM Desk will set up its tables there.")
        m = _DIRECTORY.fullmatch(text)
        if m:
            return self.tr("Connected: an IOM Desk directory with %Ln contact(s).", None, int(m.group(1).replace(",", "")))
        return text

    def _failed(self, text: str) -> None:
        self._set_busy(False, text)
        self.failed.emit(text)

    # -- buttons -------------------------------------------------------------------------------------
    def test(self) -> None:
        conn = self._checked()
        if conn is None:
            return
        password = self.password.text() or None
        self._set_busy(True, self.tr("Connecting to {host}...").format(host=conn.host))

        def done(found: str) -> None:
            text = self.found_text(found)
            self._set_busy(False, text)
            self.tested.emit(text)

        run_task(lambda _t: connections.try_connection(conn, password), done, lambda exc: self._failed(str(exc)))

    def connect_to_team(self) -> None:
        conn = self._checked()
        if conn is None:
            return
        password = self.password.text() or None
        self._set_busy(True, self.tr("Opening the team database on {host}...").format(host=conn.host))
        opener = self.opener

        def done(ctx: AppContext) -> None:
            try:
                connections.save(conn)
                if password and self.remember.isChecked() and not self.keyring_problem:
                    connections.store_password(conn, password)
                elif not password or not self.remember.isChecked():
                    connections.delete_password(conn)
            except (OSError, connections.ConnectionSettingsError) as exc:
                ctx.close()
                self._failed(self.tr("Connected, but the connection could not be saved: {error}").format(error=exc))
                return
            self._set_busy(False, self.tr("Connected."))
            self.connected.emit(ctx)
            self.accept()

        run_task(lambda _t: opener(conn.url(), password=password), done, lambda exc: self._failed(str(exc)))

    def use_own_file(self) -> None:
        self._set_busy(True, self.tr("Opening your own directory file..."))
        opener = self.opener

        def done(ctx: AppContext) -> None:
            try:
                connections.forget()
            except OSError as exc:
                ctx.close()
                self._failed(self.tr("The saved team database could not be forgotten: {error}").format(error=exc))
                return
            self._set_busy(False)
            self.connected.emit(ctx)
            self.accept()

        run_task(lambda _t: opener(str(default_database_path())), done, lambda exc: self._failed(str(exc)))


def ask_password(conn: SavedConnection, parent: QWidget | None = None) -> str | None:
    """At start, where no keyring keeps it: ask for the team database's password (never stored)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ConnectDialog", "{app}: team database password").format(app=APP_NAME),
        QCoreApplication.translate("ConnectDialog", "Password for {connection}:\n(no system keyring here: it is "
                                   "asked at each start)").format(connection=conn.key),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None
