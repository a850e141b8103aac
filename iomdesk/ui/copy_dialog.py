"""File > Copy directory to...: this directory copied into a team database (or another SQLite file).

The dialog asks the target (a database URL, or a file chosen with Browse...), what to do with a
contact the target already has, and whether to only count. The copy runs in a worker with a progress
window and Cancel (cancelled or failed: nothing is stored in the target), then a report says what it
did. The URL typed is never saved; the report shows it without its password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .controllers.transfer import run_with_progress
from .summaries import Summaries

if TYPE_CHECKING:
    from .main_window import MainWindow

POLICIES = (
    ("skip", QT_TRANSLATE_NOOP("CopyDialog", "Skip it (leave the target's contact as it is)")),
    ("update", QT_TRANSLATE_NOOP("CopyDialog", "Update it (fill empty fields, add new phones, emails, tags; "
                                               "never remove)")),
    ("create", QT_TRANSLATE_NOOP("CopyDialog", "Create another contact anyway")),
)
DUPLICATES_SHOWN = 20  # in the report; the rest are counted


class CopyDialog(QDialog):
    """Asks where to and how; ``values()`` -> (target, policy, dry_run)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy directory to..."))
        intro = QLabel(self.tr(
            "Copies every contact of this directory, with its articles, distribution lists, send history "
            "and do-not-contact list, into another database: usually your team's shared directory. "
            "A contact the target already has (same email, else same phone, else same name and office) "
            "is handled as you choose below. Nothing is removed from either directory, and if the copy "
            "is cancelled or fails, nothing is stored in the target."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("postgresql+psycopg://user@server/directory  or a .sqlite3 "
                                                    "file"))
        self.target_edit.setClearButtonEnabled(True)
        self.target_edit.setAccessibleDescription(self.tr(
            "The database to copy into: a PostgreSQL URL or the path of an SQLite file"))
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.browse_button.setToolTip(self.tr("Choose an SQLite file to copy into"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(self.browse_button)
        self.policy_combo = QComboBox()
        for key, label in POLICIES:
            self.policy_combo.addItem(self.tr(label), key)
        self.policy_combo.setAccessibleDescription(self.tr(
            "What to do with a contact the target already has (same email, else same phone, else same name "
            "and office)"))
        self.dry_run_check = QCheckBox(self.tr("&Only count what would be copied (store nothing)"))
        self.dry_run_check.setAccessibleDescription(self.tr(
            "Count what the copy would add and update, without storing anything in the target"))
        form = QFormLayout()
        form.addRow(self.tr("&Target database:"), row)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.target_edit)  # type: ignore[union-attr]
        form.addRow(self.tr("A contact it &already has:"), self.policy_combo)
        form.addRow("", self.dry_run_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close this dialog without copying"))
        self.copy_button = self.buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.setAccessibleDescription(self.tr("Start the copy (it can be cancelled)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.copy_button.setDefault(True)  # set before the box is in the dialog, Qt forgets it
        self.target_edit.textChanged.connect(self._update)
        self._update()
        self.resize(640, self.sizeHint().height())

    def _update(self) -> None:
        self.copy_button.setEnabled(bool(self.target_edit.text().strip()))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Copy into an SQLite file"), "",
            self.tr("IOM Desk directory (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # an existing directory is merged into, not replaced
        if path:
            self.target_edit.setText(path)

    def values(self) -> tuple[str, str, bool]:
        return self.target_edit.text().strip(), self.policy_combo.currentData(), self.dry_run_check.isChecked()


def _n(value: int) -> str:
    return QLocale().toString(value)


def report_text(result) -> str:
    """The report shown when the copy ends: what it did, then the duplicates and warnings (those two, and
    the target, come from the copy service in English)."""
    if result.dry_run:
        head = QCoreApplication.translate("CopyDialog", "Would copy into {target}:").format(target=result.target)
    else:
        head = QCoreApplication.translate("CopyDialog", "Copied into {target}:").format(target=result.target)
    lines = [head, "",
             QCoreApplication.translate(
                 "CopyDialog", "Contacts: {added} added, {updated} updated, {skipped} skipped (of {total}).").format(
                 added=_n(result.added), updated=_n(result.updated), skipped=_n(result.skipped),
                 total=_n(result.contacts)),
             QCoreApplication.translate(
                 "CopyDialog", "Articles: {added} added, {matched} already there; {links} links added.").format(
                 added=_n(result.articles_added), matched=_n(result.articles_matched), links=_n(result.links_added)),
             QCoreApplication.translate(
                 "CopyDialog", "Lists: {added} added, {merged} merged ({members} members added).").format(
                 added=_n(result.lists_added), merged=_n(result.lists_merged), members=_n(result.members_added)),
             QCoreApplication.translate(
                 "CopyDialog", "Send history: {entries} entries added. Do-not-contact entries: {dnc} added.").format(
                 entries=_n(result.ledger_added), dnc=_n(result.suppressions_added))]
    if result.dry_run:
        lines += ["", QCoreApplication.translate("CopyDialog", "Nothing was stored (count only).")]
    if result.duplicates:
        lines += ["", QCoreApplication.translate("CopyDialog", "Already in the target:")]
        lines += [f"  {d}" for d in result.duplicates[:DUPLICATES_SHOWN]]
        if len(result.duplicates) > DUPLICATES_SHOWN:
            more = _n(len(result.duplicates) - DUPLICATES_SHOWN)  # no plural: "... et 5 de plus", "... y 5 más"
            lines.append("  " + QCoreApplication.translate("CopyDialog", "... and {count} more").format(count=more))
    if result.warnings:
        lines += ["", *result.warnings]
    return "\n".join(lines)


class CopyController:
    """Opens the dialog, runs the copy in a worker, shows the report (``win.copyFinished`` follows)."""

    def __init__(self, win: MainWindow):
        self.win = win
        self.dialog: CopyDialog | None = None
        self.progress = None
        self.task = None

    def open_dialog(self) -> CopyDialog:
        dialog = CopyDialog(self.win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(*dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self, target: str, policy: str = "skip", dry_run: bool = False):
        from ..services.copying import CopyCancelled, CopyService

        win = self.win
        if not win.act_copy_directory.isEnabled():
            win.status(QCoreApplication.translate("CopyController", "A copy is already running"))
            return None
        win.act_copy_directory.setEnabled(False)
        progress = win.transfer._progress(QCoreApplication.translate("CopyController", "Copying the directory..."),
                                          1000, QCoreApplication.translate("CopyController", "Copy directory"))
        self.progress = progress
        sf = win.ctx.db.session_factory

        def work(task):
            return CopyService(sf).copy_to(target, on_duplicate=policy, dry_run=dry_run,
                                           progress=task.report, cancelled=lambda: task.cancelled)

        def done(result) -> None:
            progress.close()
            win.act_copy_directory.setEnabled(True)
            win.status(QCoreApplication.translate("CopyController", "Copy: {summary}").format(summary=Summaries().copied(result)))
            title = (QCoreApplication.translate("CopyController", "Copy counted") if result.dry_run
                     else QCoreApplication.translate("CopyController", "Copy finished"))
            win.alerts.info(title, report_text(result))
            win.copyFinished.emit(result)

        def failed(exc) -> None:
            from sqlalchemy.exc import DBAPIError

            progress.close()
            win.act_copy_directory.setEnabled(True)
            title = QCoreApplication.translate("CopyController", "The copy failed; nothing was stored in the target")
            if isinstance(exc, CopyCancelled):
                win.status(QCoreApplication.translate("CopyController",
                                                      "Copy cancelled: nothing was stored in the target"))
            elif isinstance(exc, DBAPIError):  # the target refused or went away: not a bug of the app
                win.alerts.error(title, QCoreApplication.translate(
                    "CopyController", "The target database reported an error ({error}); nothing was stored in "
                    "it. Check the connection and try again.").format(error=type(exc.orig).__name__))
            else:
                win.alerts.error(title, exc)
            win.copyFinished.emit(exc)

        self.task = run_with_progress(progress, work, done, failed)
        return self.task
