"""Moving data in and out: the contact import wizard and export dialog, press releases (files reviewed
one by one, a folder or many files imported in the background, the clipboard) and deleting their
articles, File > Back up, and files dropped on the window.

Needs from the window: ``ctx``, ``alerts``, ``status``, ``model``, ``refresh``, ``search_edit``,
``selected_ids``, ``act_backup`` (disabled while a backup runs), ``undo`` (refreshes after an article
changes) and its ``releaseImportFinished`` and ``backupFinished`` signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from ..keyboard import key_text
from ..summaries import Summaries
from ..workers import run_task

if TYPE_CHECKING:
    from ..main_window import MainWindow

RELEASE_SUFFIXES = (".txt", ".html", ".htm")


def run_with_progress(progress: QProgressDialog, work, done, failed):
    """Run ``work`` off the GUI thread; ``progress`` (a QProgressDialog) follows it and cancels it."""

    def report(d, t) -> None:
        progress.setMaximum(t)
        progress.setValue(d)

    task = run_task(work, done, failed, report)
    progress.canceled.connect(task.cancel)
    progress.show()
    return task


class TransferController(QObject):
    REVIEW_AT_MOST = 5  # more files than this import in the background without a review each

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.review_queue: list = []
        self.review_dialog = self.release_progress = self.release_task = None
        self.backup_progress = self.backup_task = None
        self.import_wizard = self.export_dialog = None
        self.waiting_imports: list[str] = []  # files handed over while a wizard was open: each in turn

    def _progress(self, label: str, maximum: int, title: str) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, maximum, self.win)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        return progress

    # -- contacts: import wizard and export dialog ---------------------------------------------
    def open_import_wizard(self, path: str | None = None):
        """The import wizard on ``path``. While one is open (a file opened from the desktop, a second
        start, several files dropped), the next file waits and opens when that one is closed: never two
        wizards stacked, a half-done import hidden under another."""
        from ..import_wizard import ImportWizard

        current = self.import_wizard
        if current is not None and shiboken6.isValid(current) and current.isVisible():
            current.raise_()
            current.activateWindow()
            if path:
                self.waiting_imports.append(path)
                self.win.status(self.tr("{file} opens in the import wizard when this import is closed")
                                .format(file=Path(path).name))
            return current
        wizard = ImportWizard(self.win.ctx, path, self.win)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finishedImport.connect(self.contacts_imported)
        wizard.finished.connect(lambda _result: QTimer.singleShot(0, self._next_waiting_import))
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _next_waiting_import(self) -> None:
        if self.waiting_imports:
            self.open_import_wizard(self.waiting_imports.pop(0))

    def contacts_imported(self, result) -> None:
        from ..import_wizard import import_summary

        self.win.model.forget()
        self.win.refresh()
        self.win.status(self.tr("Import: {summary}").format(summary=import_summary(result)))

    def open_export_dialog(self):
        from ..export_dialog import ExportDialog

        win = self.win
        dialog = ExportDialog(win.ctx, win.search_edit.text(), win.selected_ids(), win.model.total, win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, n: int, path: str) -> None:
        text = (self.tr("Exported %Ln contact to {path}", None, n) if n == 1
                else self.tr("Exported %Ln contacts to {path}", None, n))
        self.win.status(text.format(path=path))

    # -- dropped files -------------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> None:
        """Dropped files: press releases are reviewed, contact files go to the import."""
        releases = [p for p in paths if Path(p).suffix.lower() in RELEASE_SUFFIXES or Path(p).is_dir()]
        others = [p for p in paths if p not in releases]
        if releases:
            self.import_releases(releases)
        for path in others:
            self.open_import_wizard(path)

    # -- press releases ------------------------------------------------------------------------
    def choose_release_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.win, self.tr("Import press releases"), "",
            self.tr("Press releases (*.txt *.html *.htm)") + ";;" + self.tr("All files (*)"))
        if paths:
            self.import_releases(paths)

    def choose_release_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.win, self.tr("Import every press release in a folder"))
        if folder:
            self.import_releases([folder])

    def import_release_from_clipboard(self) -> None:
        from ...interchange.press import extract_release

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.win.alerts.info(self.tr("Nothing to import"),
                                 self.tr("The clipboard holds no text. Copy a press release first."))
            return
        self.review_release(extract_release(text, source="clipboard"))

    def import_releases(self, paths: list[str]) -> None:
        """Files are reviewed one by one; a folder or many files import in the background."""
        from ...interchange.press import read_release, release_files

        try:
            files = release_files(paths)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot import"), exc)
            return
        if len(files) > self.REVIEW_AT_MOST or any(Path(p).is_dir() for p in paths):
            self.import_releases_in_background(files)
            return
        self.review_queue = list(files)
        self._review_next(read_release)

    def _review_next(self, read_release) -> None:
        while self.review_queue:
            path = self.review_queue.pop(0)
            try:
                release = read_release(path)
            except Exception as exc:
                self.win.alerts.error(self.tr("Cannot read {file}").format(file=path), exc)
                continue
            dialog = self.review_release(release)
            dialog.finished.connect(lambda _r: self._review_next(read_release))
            return

    def review_release(self, release):
        from ...services.press_import import PressImportService
        from ..release_review import ReleaseReviewDialog

        service = PressImportService(self.win.ctx.db.session_factory)
        dialog = ReleaseReviewDialog(release, service.preview(release), self.win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acceptedRelease.connect(lambda r, contacts: self._save_release(service, r, contacts))
        self.review_dialog = dialog
        dialog.open()
        return dialog

    def _save_release(self, service, release, contacts) -> None:
        try:
            result = service.save(release, contacts)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot save the press release"), exc)
            return
        parts = [self.tr("Saved “{title}”").format(title=release.title)]
        created = len(result.created_contact_ids)
        if created:
            parts.append(self.tr("%Ln new contact", None, created) if created == 1
                         else self.tr("%Ln new contacts", None, created))
        linked = len([i for i in result.contact_ids if i is not None]) - created
        if linked:
            parts.append(self.tr("%Ln existing contact linked", None, linked) if linked == 1
                         else self.tr("%Ln existing contacts linked", None, linked))
        self.win.status(", ".join(parts))
        if result.dnc_contact_ids:
            self.win.alerts.info(self.tr("Marked do not contact"), Summaries().release_dnc(result) + ".")
        if result.problems:
            self.win.alerts.info(self.tr("Some contact details were not stored"),
                                 "\n".join(str(p) for p in result.problems))
        self.win.undo.article_changed(result.article_id)

    def delete_article(self, article_id: int) -> None:
        try:
            record = self.win.ctx.articles.delete(article_id)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot delete the article"), exc)
            return
        self.win.undo.article_deleted(record)
        self.win.undo.article_changed(None)
        self.win.status(self.tr("Deleted the article “{title}”; its contacts stay. Undo with {shortcut}.").format(
            title=record.title, shortcut=key_text(QKeySequence.StandardKey.Undo)))

    def import_releases_in_background(self, files) -> None:
        from ...interchange.press import read_release
        from ...services.press_import import Cancelled, PressImportService

        win = self.win
        service = PressImportService(win.ctx.db.session_factory)
        n = len(files)
        label = (self.tr("Importing %Ln press release...", None, n) if n == 1
                 else self.tr("Importing %Ln press releases...", None, n))
        progress = self._progress(label, len(files) * 2, self.tr("Import press releases"))
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
            self._releases_imported(files, releases, results, problems)
            win.undo.article_changed(None)
            win.releaseImportFinished.emit()

        def failed(exc) -> None:
            progress.close()
            if isinstance(exc, Cancelled):
                win.status(self.tr("Import cancelled: nothing was stored"))
            else:
                win.alerts.error(self.tr("The import failed; nothing was stored"), exc)
            win.releaseImportFinished.emit()

        self.release_task = run_with_progress(progress, work, done, failed)

    def _releases_imported(self, files, releases, results, problems: list[str]) -> None:
        """The summary in the status bar, and what was not imported or needs a look in one message."""
        created = sum(len(r.created_contact_ids) for r in results)
        articles = sum(1 for r in results if r.created_article)
        nfiles = len(files)
        summary = self.tr("Imported {articles} from {files}; {contacts}").format(
            articles=(self.tr("%Ln new article", None, articles) if articles == 1
                      else self.tr("%Ln new articles", None, articles)),
            files=self.tr("%Ln file", None, nfiles) if nfiles == 1 else self.tr("%Ln files", None, nfiles),
            contacts=(self.tr("%Ln new contact", None, created) if created == 1
                      else self.tr("%Ln new contacts", None, created)),
        )
        self.win.status(summary)
        details = problems + [str(p) for r in results for p in r.problems]
        # what the CLI warns about: numbers kept without a country, unread blocks, unassigned values
        to_look_at = []
        for release, result in zip(releases, results, strict=True):
            lines = Summaries().release_lines(release, result.warnings, release.contacts)
            if result.dnc_contact_ids:
                lines.append(Summaries().release_dnc(result))
            if lines:
                name = Path(release.source).name or release.title
                to_look_at += [self.tr("{file}: {what}").format(file=name, what=line) for line in lines]
        if details or to_look_at:
            text = summary + "."
            if details:
                text += "\n\n" + self.tr("Not imported:") + "\n" + "\n".join(f"\u2022 {d}" for d in details[:50])
            if to_look_at:
                text += ("\n\n" + self.tr("Stored, but worth a look:") + "\n"
                         + "\n".join(f"\u2022 {w}" for w in to_look_at[:50]))
                if len(to_look_at) > 50:
                    text += "\n" + self.tr("… and {count} more").format(
                        count=QLocale().toString(len(to_look_at) - 50))
            title = (self.tr("Some files or details were not imported") if details
                     else self.tr("Imported: some details need a look"))
            self.win.alerts.info(title, text)

    # -- backup --------------------------------------------------------------------------------
    def backup_directory(self, path: str | None = None):
        """File > Back up directory: a consistent copy of the whole directory, written in the
        background (the app stays usable); cancel or failure leaves no file."""
        from ...services.backup import BackupCancelled, backup_database, suggested_backup_name

        win = self.win
        if not win.act_backup.isEnabled():  # one at a time: a second one to the same file broke both
            win.status(self.tr("A backup is already running"))
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                win, self.tr("Back up the directory"), str(Path.home() / suggested_backup_name()),
                self.tr("IOM Desk backup (*.sqlite3)") + ";;" + self.tr("All files (*)"))
            if not path:
                return None
        db = win.ctx.db
        win.act_backup.setEnabled(False)
        progress = self._progress(self.tr("Backing up the directory..."), 1000, self.tr("Back up directory"))
        self.backup_progress = progress

        def work(task):
            return backup_database(db, path, progress=task.report, cancelled=lambda: task.cancelled)

        def done(result) -> None:
            progress.close()
            win.act_backup.setEnabled(True)
            win.status(Summaries().backed_up(result))
            win.alerts.info(self.tr("Backup saved"), Summaries().backed_up(result) + ".\n\n" + self.tr(
                "To restore it into an empty directory: {command}").format(
                command=f"iomdesk --db NEW_DATABASE restore \"{result.path}\""))
            win.backupFinished.emit(result)

        def failed(exc) -> None:
            progress.close()
            win.act_backup.setEnabled(True)
            if isinstance(exc, BackupCancelled):
                win.status(self.tr("Backup cancelled: no file was written"))
            else:
                win.alerts.error(self.tr("The backup failed; no file was written"), exc)
            win.backupFinished.emit(exc)

        self.backup_task = run_with_progress(progress, work, done, failed)
        return self.backup_task
