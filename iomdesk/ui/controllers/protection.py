"""Do not contact and data protection in the window: Contact > Do not contact... (Ctrl+Shift+D), Allow
contact again, Record bounces or opt-outs... (Ctrl+Shift+O), Export my data..., Erase... (Shift+Del),
and Tools > Retention review.

Needs from the window: ``ctx``, ``alerts``, ``status``, ``selected_ids``, ``model``, ``table``, ``refresh``,
``contacts`` (``show_contact``), ``detail`` and ``contact_menu``. The questions it asks (``ask_reason``,
``confirm_allow``, ``confirm_erase``, ``ask_export_path``) are methods tests replace; the bounce and
retention dialogs are not modal (``optout_dialog``, ``retention_dialog``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QProgressDialog

from ...services.files import write_atomically
from ...services.protection import EraseResult, OptOutResult, ProtectionService, UnmarkResult
from ...services.records import ContactRecord
from ...store.db import automatic_backups, is_database_file
from ..dates import locale_date
from ..protection import EraseDialog, OptOutDialog, ReasonDialog, RetentionDialog
from ..summaries import Summaries
from ..workers import run_task

if TYPE_CHECKING:
    from ..main_window import MainWindow


class DncCommand(QUndoCommand):
    """Undo of Do not contact, Allow contact again and Record bounces: the contacts' earlier state and
    exactly the suppression rows the action added (or took off) are put back; redo does it again."""

    def __init__(self, text: str, controller: ProtectionController, result, again):
        super().__init__(text)
        self.controller = controller
        self.result = result
        self.again = again  # () -> a new result of the same action
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done when pushed
            self._first = False
            return
        self._guard(lambda: setattr(self, "result", self.again()))

    def undo(self) -> None:
        r = self.result
        service = self.controller.service
        if isinstance(r, UnmarkResult):
            self._guard(lambda: service.restore(r.previous, add=r.removed))
        else:
            self._guard(lambda: service.restore(r.previous, remove=r.added))

    def _guard(self, fn) -> None:
        try:
            fn()
        except Exception as exc:  # e.g. the contacts were erased meanwhile
            self.setObsolete(True)
            self.controller.win.alerts.error(QCoreApplication.translate("ProtectionController", "Cannot undo"), exc)
        self.controller._after_change()


def _safe_file_name(name: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name).strip(" .")
    return kept[:80] or "contact"


class ProtectionController(QObject):
    changed = Signal()  # marks, opt-outs or erasures changed contacts (tests wait on it)
    eraseFinished = Signal(object)  # the EraseResult, or the exception

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.service = ProtectionService(window.ctx.db.session_factory)
        self.optout_dialog: OptOutDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.erase_progress: QProgressDialog | None = None
        self.erase_task = None

    # -- wiring ---------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self.win)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.win.addAction(action)
        return action

    def install(self) -> None:
        """Make the actions and add them to the Contact menu and a Tools menu (after the menus exist)."""
        win = self.win
        self.act_dnc = self._action(self.tr("Do &not contact..."), self.mark_selected, "Ctrl+Shift+D",
                                    self.tr("Never email the selected contacts again (with a reason)"))
        self.act_allow = self._action(self.tr("Allow contact a&gain"), self.unmark_selected,
                                      tip=self.tr("Clear do not contact and take their addresses off the "
                                                  "suppression list"))
        self.act_optout = self._action(self.tr("Record &bounces or opt-outs..."), self.record_bounces,
                                       "Ctrl+Shift+O", self.tr("Paste a bounce message or a list of addresses: "
                                                               "each is marked do not contact"))
        self.act_export_data = self._action(self.tr("E&xport my data..."), self.export_current,
                                            tip=self.tr("Everything held about this contact, as JSON and "
                                                        "readable text"))
        self.act_erase = self._action(self.tr("Erase &for good..."), self.erase_selected, "Shift+Del",
                                      self.tr("Delete the selected contacts irreversibly, keeping only "
                                              "suppression hashes"))
        self.act_retention = self._action(self.tr("&Retention review..."), self.open_retention,
                                          tip=self.tr("Contacts whose review date passed or who were not "
                                                      "contacted for months"))
        menu: QMenu = win.contact_menu
        menu.addSeparator()
        for a in (self.act_dnc, self.act_allow, self.act_optout, self.act_export_data, self.act_erase):
            menu.addAction(a)
        self.tools_menu = win.menuBar().addMenu(self.tr("&Tools"))
        self.tools_menu.addAction(self.act_retention)
        self.tools_menu.addAction(self.act_optout)
        win.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        win.model.modelReset.connect(self.update_actions)
        self.update_actions()

    def add_to_menu(self, menu: QMenu) -> None:
        """The table's right-click menu."""
        menu.addSeparator()
        for a in (self.act_dnc, self.act_allow, self.act_export_data, self.act_erase):
            menu.addAction(a)

    def update_actions(self) -> None:
        ids = self.win.selected_ids()
        reason = self.win.ctx.read_only_reason  # a directory that may only be read: off, saying why
        for a in (self.act_dnc, self.act_allow, self.act_erase):
            a.setEnabled(bool(ids) and not reason)
        self.act_optout.setEnabled(not reason)
        if reason:
            for a in (self.act_dnc, self.act_allow, self.act_erase, self.act_optout):
                a.setToolTip(reason)
        self.act_export_data.setEnabled(len(ids) == 1)

    def _after_change(self, ids: list[int] | None = None) -> None:
        """Show the change: the table re-read with the same contacts still selected, the details anew."""
        win = self.win
        keep = win.selected_ids()
        current = win.current_id()
        win.model.forget(ids)
        win.refresh(current if current in keep else (keep[0] if keep else None))
        sm = win.table.selectionModel()
        for cid in keep:
            row = win.model.row_of(cid)
            if row is not None and cid != current:
                sm.select(win.model.index(row, 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
        self.changed.emit()

    def _records(self, ids: list[int]) -> list[ContactRecord]:
        return self.service.records(ids)

    # -- do not contact ----------------------------------------------------------------------------
    def ask_reason(self, records: list[ContactRecord]) -> str | None:
        """The reason, from a small dialog (tests replace this)."""
        dialog = ReasonDialog(records, self.win)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text() or None

    def mark_selected(self) -> None:
        ids = self.win.selected_ids()
        if not ids:
            return
        reason = self.ask_reason(self._records(ids))
        if not reason:
            return
        try:
            result = self.service.mark(ids, reason)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot mark do not contact"), exc)
            return
        what = self.tr("Do not contact (%Ln contact(s))", None, len(ids))
        self.win.undo.stack.push(DncCommand(what, self, result, lambda: self.service.mark(ids, reason)))
        self._after_change(ids)
        self.win.status(self.tr("{summary} (Ctrl+Z to undo)").format(summary=Summaries().marked(result)))

    def confirm_allow(self, records: list[ContactRecord]) -> bool:
        """Ask before allowing contact again (tests replace this)."""
        names = ", ".join(r.name for r in records[:5]) + (" ..." if len(records) > 5 else "")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Allow contact again"),
                          self.tr("Allow contact again with {names}?\n\nThe do-not-contact mark is cleared and "
                                  "their emails and phones are taken off the suppression list (an import will no "
                                  "longer mark them).").format(names=names),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.win)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is plain text, never markup
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def unmark_selected(self) -> None:
        ids = self.win.selected_ids()
        if not ids:
            return
        records = [r for r in self._records(ids) if r.do_not_contact]
        if not records:
            self.win.status(self.tr("None of the selected contacts is marked do not contact"))
            return
        if not self.confirm_allow(records):
            return
        allow = [r.id for r in records]
        try:
            result = self.service.unmark(allow)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot allow contact again"), exc)
            return
        what = self.tr("Allow contact again (%Ln contact(s))", None, len(allow))
        self.win.undo.stack.push(DncCommand(what, self, result, lambda: self.service.unmark(allow)))
        self._after_change(ids)
        self.win.status(Summaries().unmarked(result))

    # -- bounces and opt-outs ------------------------------------------------------------------------
    def record_bounces(self, text: str | None = None) -> OptOutDialog:
        """Open the (non-modal) dialog, its text taken from the clipboard."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        if self.optout_dialog is not None:
            self.optout_dialog.close()
        dialog = OptOutDialog(text, self._record_optouts, self.win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.optout_dialog = dialog
        dialog.show()
        return dialog

    def _record_optouts(self, addresses: list[str], reason: str) -> OptOutResult | None:
        try:
            result = self.service.record_optouts(addresses, reason)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot record the addresses"), exc)
            return None
        n = len(result.found)
        self.win.undo.stack.push(DncCommand(self.tr("Record %Ln address(es)", None, n),
                                            self, result, lambda: self.service.record_optouts(addresses, reason)))
        self._after_change()
        self.win.status(Summaries().opted_out(result))
        return result

    # -- export my data -------------------------------------------------------------------------------
    def ask_export_path(self, record: ContactRecord) -> str | None:
        """Where to save (tests replace this): the .json path; the .txt goes beside it."""
        start = str(Path.home() / self.tr("{name} - personal data.json").format(name=_safe_file_name(record.name)))
        path, _ = QFileDialog.getSaveFileName(self.win, self.tr("Export my data"), start,
                                              self.tr("JSON and text (*.json)"))
        return path or None

    def export_current(self, path: str | None = None) -> tuple[Path, Path] | None:
        ids = self.win.selected_ids()
        if len(ids) != 1:
            return None
        (record,) = self._records(ids) or [None]
        if record is None:
            return None
        chosen = path or self.ask_export_path(record)
        if not chosen:
            return None
        base = Path(chosen)
        json_path = base if base.suffix.lower() == ".json" else base.with_name(base.name + ".json")
        text_path = json_path.with_suffix(".txt")
        try:
            for target in (json_path, text_path):
                if is_database_file(target):
                    raise OSError(self.tr("{path} is a database; it was not overwritten").format(path=target))
            data = self.service.export_data(record.id)
            for target, content in ((json_path, json.dumps(data, ensure_ascii=False, indent=2) + "\n"),
                                    (text_path, self.service.export_text(data))):
                write_atomically(target, content)
        except Exception as exc:
            self.win.alerts.error(self.tr("Cannot export the data"), exc)
            return None
        self.win.status(self.tr("Saved {json} and {text}").format(json=json_path.name, text=text_path.name))
        self.win.alerts.info(self.tr("Data exported"),
                             self.tr("Everything held about {name} was saved to:\n{json}\n{text}").format(
                                 name=record.name, json=json_path, text=text_path))
        return json_path, text_path

    # -- erase --------------------------------------------------------------------------------------
    def _backup_count(self) -> int:
        from sqlalchemy.engine import make_url

        url = make_url(self.win.ctx.db.url)
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return 0
        path = Path(url.database)
        if not path.parent.exists():
            return 0
        return sum(len(automatic_backups(path, kind)) for kind in ("upgrade", "import"))

    def confirm_erase(self, records: list[ContactRecord]) -> bool:
        """The confirmation that names the contacts and asks to type ERASE (tests replace this)."""
        dialog = EraseDialog(records, self._backup_count(), self.win)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def erase_selected(self) -> None:
        self.erase(self.win.selected_ids())

    def erase(self, ids: list[int]):
        """Confirm, then erase in the background with progress (compacting the file takes a while on a
        big directory); ``eraseFinished`` carries the result."""
        if not ids:
            return None
        if self.erase_task is not None:
            self.win.status(self.tr("An erasure is already running"))
            return None
        records = self._records(ids)
        if not records or not self.confirm_erase(records):
            return None
        win = self.win
        n = len(records)
        progress = QProgressDialog(self.tr("Erasing %Ln contact(s)...", None, n), "", 0, 4, win)
        progress.setWindowTitle(self.tr("Erase"))
        progress.setCancelButton(None)  # the erasure is one transaction, then cleaning: nothing to stop halfway
        progress.setMinimumDuration(400)  # shown only when it takes more than a moment
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.erase_progress = progress
        steps = (self.tr("Erasing..."), self.tr("Cleaning the search index..."),
                 self.tr("Compacting the directory file (this can take a while on a big directory)..."),
                 self.tr("Truncating the write-ahead log..."), self.tr("Done"))
        service = self.service
        erase_ids = [r.id for r in records]

        def work(task):
            return service.erase(erase_ids, progress=lambda _what, done, total: task.report(done, total))

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(steps[min(done, len(steps) - 1)])

        def finished(result: EraseResult) -> None:
            progress.close()
            self.erase_task = None
            self._after_change()
            summary = Summaries().erased(result)
            win.status(summary)
            win.alerts.info(self.tr("Erased"), summary + ("" if summary.endswith(".") else "."))
            self.eraseFinished.emit(result)
            if self.retention_dialog is not None and self.retention_dialog.isVisible():
                self.retention_dialog.reload()

        def failed(exc: BaseException) -> None:
            progress.close()
            self.erase_task = None
            self._after_change()
            win.alerts.error(self.tr("The erasure failed"), exc)
            self.eraseFinished.emit(exc)

        self.erase_task = run_task(work, finished, failed, report)
        return self.erase_task

    # -- retention -------------------------------------------------------------------------------------
    def open_retention(self) -> RetentionDialog:
        if self.retention_dialog is not None:
            self.retention_dialog.close()
        service = self.service

        def set_review(ids, day) -> None:
            try:
                n = service.set_review_date(ids, day)
            except Exception as exc:
                self.win.alerts.error(self.tr("Cannot set the review date"), exc)
                return
            self.win.status(self.tr("Review date {date} set on %Ln contact(s)", None, n).format(
                date=locale_date(day)))
            self._after_change(ids)

        def save_months(n: int) -> None:
            if self.win.ctx.read_only:  # shown for this look only: nothing may be stored
                return
            try:
                service.set_retention_months(n)
            except Exception as exc:
                self.win.alerts.error(self.tr("Cannot store the setting"), exc)

        dialog = RetentionDialog(
            load=lambda months: service.retention(months=months),
            months=service.retention_months(),
            save_months=save_months,
            set_review=set_review,
            show=self.win.contacts.show_contact,
            erase=self.erase,
            parent=self.win,
            read_only_reason=self.win.ctx.read_only_reason,
        )
        self.retention_dialog = dialog
        dialog.show()
        return dialog
