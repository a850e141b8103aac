"""Starts the desktop app: Qt application, database, crash handling, main window."""

from __future__ import annotations

import os
import sys
import time

from .. import APP_AUTHOR, APP_NAME, __version__


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from . import pyside_fix, theme

    pyside_fix.apply()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    theme.install(app)  # Fusion, following the OS light/dark colour scheme
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def app_icon():
    """The IOM Desk icon (resources/iomdesk.svg and its PNG renderings, shipped in the package)."""
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = files("iomdesk.resources")
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"iomdesk-{size}.png"))
    return icon


ICON_SIZES = (16, 32, 48, 256)


def run_gui(db_value: str | None = None, files: list[str] | None = None) -> int:
    """The desktop app on ``db_value``; ``files`` (contact files, press releases) open in it. When an
    IOM Desk already runs on the same directory, the files go to it instead and this returns 0."""
    from .single_instance import SingleInstance, server_name

    instance = SingleInstance(server_name(db_value))
    # First, before the QApplication and the window's modules: a second start needs no window
    # system to hand its files over, and exits at once.
    if instance.send(files or []):  # the running one raises its window and opens the files
        return 0

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from ..core.errors import UserError
    from ..services.context import AppContext
    from .alerts import Alerts, install_excepthook, setup_logging
    from .main_window import MainWindow

    app = make_app()
    setup_logging()
    from . import i18n

    i18n.install()  # the interface language: the OS's, or the one chosen in Tools > Settings
    instance.listen()
    opener = FileOpener(files or [])
    instance.filesReceived.connect(opener.received)
    from ..paths import default_database_path
    from ..services import connections
    from .connect_dialog import ask_password

    try:
        ctx = AppContext.open(db_value, ask_password=ask_password)
    except UserError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QCoreApplication.translate(
            "application", "IOM Desk cannot open its database.\n\n{reason}").format(reason=exc))
        box.setTextFormat(Qt.TextFormat.PlainText)
        own = None
        if connections.choose(db_value).source == "saved":  # the saved team database: offer the own file
            own = box.addButton(QCoreApplication.translate("application", "Open my own directory file"),
                                QMessageBox.ButtonRole.AcceptRole)
            own.setAccessibleDescription(QCoreApplication.translate(
                "application", "Opens the directory file on this computer instead of the team database"))
            box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if own is None or box.clickedButton() is not own:
            return 2
        try:
            ctx = AppContext.open(str(default_database_path()))
        except UserError:
            return 2
    window = MainWindow(ctx)
    alerts = window.alerts
    assert isinstance(alerts, Alerts)
    install_excepthook(alerts)

    def adopt(win: MainWindow) -> None:  # File > Connect to team database: the new window takes over
        install_excepthook(win.alerts)
        opener.window = win
        win.directoryChosen.connect(lambda new_ctx: adopt(win.access.switch_to(new_ctx)))

    window.directoryChosen.connect(lambda new_ctx: adopt(window.access.switch_to(new_ctx)))
    window.show()
    opener.ready(window)
    if os.environ.get("IOMDESK_EXIT_AFTER_SHOW"):  # benchmarks/perf.py: time to the first shown window
        from PySide6.QtCore import QTimer

        def shown() -> None:
            sys.stdout.write(f"shown {time.time():.6f}\n")
            sys.stdout.flush()
            app.quit()

        QTimer.singleShot(0, shown)
    try:
        return app.exec()
    finally:
        instance.close()
        ctx.close()


class FileOpener:
    """Files to open in the window: this start's own arguments, then what later starts hand over
    (single_instance.py). Files that arrive before the window exists (the password prompt is still
    open) wait for it."""

    def __init__(self, files: list[str]):
        self.window = None
        self.pending: list[str] = list(files)

    def received(self, files: list[str]) -> None:
        if self.window is None:
            self.pending += files
        else:
            self.window.open_files(files)

    def ready(self, window) -> None:
        self.window = window
        files, self.pending = self.pending, []
        if files:
            window.open_files(files)
