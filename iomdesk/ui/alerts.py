"""The one place that shows problems to the user.

Errors the user can fix (UserError) appear as a short message. Anything else is a bug: it is written
to a log file in the user's data folder and shown in a dialog whose details can be copied.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..paths import log_dir
from .summaries import Summaries

log = logging.getLogger("iomdesk")
_log_file: Path | None = None


def setup_logging() -> Path:
    global _log_file
    if _log_file is None:
        _log_file = log_dir() / "iomdesk.log"
        handler = RotatingFileHandler(_log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return _log_file


def _is_database_refusal(exc: object) -> bool:
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, OperationalError)


class CrashDialog(QDialog):
    """Shown for a bug: what happened, where the log is, details that can be copied."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("IOM Desk: unexpected error"))
        layout = QVBoxLayout(self)
        text = self.tr("Something went wrong inside IOM Desk. Your data is safe: the change in progress was not "
                       "saved.\nPlease send the details below to the IOM Desk maintainers.")
        if log_path:
            text += "\n" + self.tr("A copy is in the log file {path}.").format(path=log_path)
        message = QLabel(text)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setAccessibleDescription(self.tr("The technical details of the error, to send to the maintainers"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleDescription(self.tr("Copies the error details to the clipboard"))
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Closes this message; IOM Desk keeps running"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 400)


class Alerts(QObject):
    """Shows messages. Tests replace ``presenter`` to capture instead of popping dialogs."""

    shown = Signal(str, str)  # level, text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.parent_widget = parent
        self.presenter = self._present
        # the team database's host, for "cannot be reached" (store/db.py's message, English like it)
        self.where = "the database server"

    def _present(self, level: str, title: str, text: str, details: str | None = None) -> None:
        if level == "crash":
            dialog = CrashDialog(details or text, _log_file, self.parent_widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning if level == "error" else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def info(self, title: str, text: str) -> None:
        self.shown.emit("info", text)
        self.presenter("info", title, text, None)

    def error(self, title: str, exc_or_text: BaseException | str) -> None:
        from ..store.db import DatabaseBusy, DatabaseUnreachable, is_busy_error, is_connection_lost

        if isinstance(exc_or_text, BaseException) and is_busy_error(exc_or_text):
            # Not a bug: another IOM Desk held the write lock longer than the busy timeout.
            exc_or_text = DatabaseBusy()
        elif isinstance(exc_or_text, BaseException) and not isinstance(exc_or_text, UserError) \
                and is_connection_lost(exc_or_text):
            # Not a bug: the team database's server went away (a read; writes say so themselves).
            exc_or_text = DatabaseUnreachable(self.where)
        elif _is_database_refusal(exc_or_text):
            # Not a bug: the file is read-only, for example.
            exc_or_text = self.tr("The database could not be written: {reason}").format(
                reason=getattr(exc_or_text, "orig", exc_or_text))
        if isinstance(exc_or_text, BaseException) and not isinstance(exc_or_text, UserError):
            self.crash(exc_or_text)
            return
        text = Summaries().error(exc_or_text) if isinstance(exc_or_text, BaseException) else exc_or_text
        self.shown.emit("error", text)
        self.presenter("error", title, text, None)

    def crash(self, exc: BaseException) -> None:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("unexpected error\n%s", details)
        self.shown.emit("crash", details)
        self.presenter("crash", self.tr("Unexpected error"), str(exc), details)


def install_excepthook(alerts: Alerts) -> None:
    """Route uncaught exceptions (in slots too) to the crash dialog and the log."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        try:
            # A problem the user can act on (the directory busy, a conflict) that a slot let through
            # is still shown as an error, not as a crash.
            from ..store.db import is_busy_error, is_connection_lost

            if issubclass(exc_type, UserError) or is_busy_error(exc) or is_connection_lost(exc):
                alerts.error("IOM Desk", exc)
            else:
                alerts.crash(exc)
        except Exception:  # pragma: no cover - last resort
            previous(exc_type, exc, tb)

    sys.excepthook = hook
