"""Writing to and calling contacts: mailto: and tel: links handed to the desktop, BCC batches when a
selection does not fit in one link, the clipboard when no program handles a link, and Send to list...
(the mail client or an .eml draft).

Every email path leaves out contacts marked do not contact and says why (one such contact: a message
with the reason, nothing opened), and every message written is recorded in the send ledger: channel
``email`` for one contact, ``mailto`` for BCC links, ``eml`` for a draft, and ``copied`` when no mail
program handled the link and the addresses went to the clipboard (recorded: the user pastes them into a
message; the history says "copied" so nobody mistakes it for a sure send).

Needs from the window: ``ctx``, ``alerts``, ``detail``, ``status``, ``open_url`` (read at each call, so
tests can replace it), the selection (``selected_ids``, ``current_id``, ``current_record``),
``copy_text``, ``settings``, ``model`` and ``refresh``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QVBoxLayout, QWidget

from ...core.outreach import SendSplit, bcc_batches, draft_body, eml_draft, mailto_for, one_line, tel_url
from ...services.files import write_atomically
from ..send_dialog import LeftOutText, SendDialog
from ..widgets import plain_label

if TYPE_CHECKING:
    from ..main_window import MainWindow


class BccDialog(QDialog):
    """Shown when the addresses do not fit in one mailto: link: open the batches one by one, or copy.
    ``opened(i, handled)`` is told of each batch opened (``handled``: a program took the link) and
    ``copied()`` of Copy all, so the ledger records who was written to."""

    def __init__(self, batches: list[list[str]], urls: list[str], open_url: Callable[[QUrl], bool],
                 copy: Callable[[str, str], None], parent: QWidget | None = None,
                 opened: Callable[[int, bool], None] | None = None, copied: Callable[[], None] | None = None,
                 title: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Email selected contacts"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        total = sum(len(b) for b in batches)
        locale = QLocale()
        message = plain_label(
            self.tr("%Ln address(es) do not fit in one email link: mail clients such as Outlook cut "
                    "links longer than about {limit} characters and would drop addresses silently.\n\n"
                    "Open the {messages} messages below one by one (each has its addresses in BCC), "
                    "or copy all the addresses and paste them into the BCC field of one message.",
                    None, total).format(limit=locale.toString(2000), messages=locale.toString(len(batches))),
            selectable=False,
        )
        # A wrapped label: as tall as its lines at its narrowest (French and Spanish run longer), never cut.
        message.setMinimumWidth(460)
        message.setMinimumHeight(message.heightForWidth(460))
        layout.addWidget(message)
        self.batch_buttons: list[QPushButton] = []
        for i, (batch, url) in enumerate(zip(batches, urls, strict=True), start=1):
            numbers = {"i": locale.toString(i), "count": locale.toString(len(batches))}
            button = QPushButton(self.tr("Open message {i} of {count} (%Ln address(es))", None,
                                         len(batch)).format(**numbers))
            button.setAccessibleDescription(self.tr("Opens this message in your mail client, its addresses in "
                                                    "BCC"))
            done = self.tr("Open message {i} of {count} (%Ln address(es))  - opened", None,
                           len(batch)).format(**numbers)

            def open_batch(_=False, u=url, b=button, index=i - 1, done=done) -> None:
                handled = open_url(QUrl.fromEncoded(u.encode()))
                b.setText(done)
                if opened is not None:
                    opened(index, bool(handled))

            button.clicked.connect(open_batch)
            self.batch_buttons.append(button)
            layout.addWidget(button)
        self.copy_button = QPushButton(self.tr("Copy all addresses"))
        self.copy_button.setAccessibleDescription(self.tr("Copies every address to the clipboard, to paste into "
                                                          "the BCC field of one message"))
        copied_what = self.tr("%Ln address(es)", None, total)

        def copy_all() -> None:
            copy(", ".join(a for b in batches for a in b), copied_what)
            if copied is not None:
                copied()

        self.copy_button.clicked.connect(copy_all)
        layout.addWidget(self.copy_button)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes this window"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)


def _ids_of(split: SendSplit, addresses: list[str]) -> list[int]:
    """The contacts a batch of addresses reaches (two contacts may share an address)."""
    wanted = {a.casefold() for a in addresses}
    return [i for i, _n, a in split.sendable if a.casefold() in wanted]


def _dnc_text(split: SendSplit) -> str:
    person = split.do_not_contact[0]
    if person.reason:
        return QCoreApplication.translate(
            "OutreachController", "{name} is marked do not contact ({reason}). No email was opened.").format(
            name=person.name, reason=person.reason)
    return QCoreApplication.translate("OutreachController", "{name} is marked do not contact. No email was opened."
                                      ).format(name=person.name)


class OutreachController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.bcc_dialog: BccDialog | None = None
        self.send_dialog: SendDialog | None = None

    def open(self, url: str, fallback: str, what: str) -> bool:
        """Hand a mailto:/tel: link to the desktop. When nothing handles it, copy what it held."""
        if self.win.open_url(QUrl.fromEncoded(url.encode("ascii"))):
            return True
        QGuiApplication.clipboard().setText(fallback)
        if not url.startswith("mailto:"):
            text = self.tr("No phone or softphone program is set up to open tel: links on this computer. The "
                           "phone number was copied to the clipboard instead; paste it where you need it.")
        elif what == "addresses":
            text = self.tr("No mail client is set up to open mailto: links on this computer. The addresses were "
                           "copied to the clipboard instead; paste them where you need them.")
        else:
            text = self.tr("No mail client is set up to open mailto: links on this computer. The email address "
                           "was copied to the clipboard instead; paste it where you need it.")
        self.win.alerts.info(self.tr("No program for this link"), text)
        return False

    # -- the ledger ----------------------------------------------------------------------------
    def record(self, ids: list[int], channel: str, **what) -> None:
        """Put a send in the ledger; the table's Last contacted and the details follow. A failure to
        record is shown, but the message was already handed to the mail client."""
        if not ids:
            return
        if self.win.ctx.read_only:  # the mail client has the message; a read-only directory cannot record it
            self.win.status(self.tr("Not recorded in the history: you have read-only access to this directory."))
            return
        try:
            self.win.ctx.outreach.record(ids, channel, **what)
        except Exception as exc:
            self.win.alerts.error(self.tr("The send could not be recorded in the history"), exc)
            return
        self.win.model.forget(ids)
        if self.win.current_id() in ids:
            self.win.search.selection_changed()  # the details show the new history line

    # -- one contact ---------------------------------------------------------------------------
    def _write_one(self, contact_id: int, address: str | None) -> None:
        win = self.win
        split = win.ctx.outreach.split([contact_id], address)
        if split.do_not_contact:
            win.alerts.info(self.tr("Do not contact"), _dnc_text(split))
            return
        if not split.sendable:
            (record,) = win.ctx.contacts.get_many([contact_id]) or (None,)
            if record is not None:
                win.alerts.info(self.tr("No email address"),
                                self.tr("{name} has no email address. Add one with Edit (F2).").format(
                                    name=record.name))
            return
        (cid, name, chosen), *_ = split.sendable
        handled = self.open(mailto_for(name, chosen), chosen, "email")
        self.record([cid], "email" if handled else "copied")
        if handled:
            win.status(self.tr("Writing to {name} <{address}>").format(name=name, address=chosen))

    def email_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        self._write_one(contact_id, None)

    def email_current(self) -> None:
        self.email_contact(self.win.current_id())

    def email_address(self, address: str) -> None:
        record = self.win.detail.record
        if record is None:
            return
        self._write_one(record.id, address)

    # -- a selection in BCC --------------------------------------------------------------------
    def email_selected(self) -> None:
        win = self.win
        ids = win.selected_ids()
        if not ids:
            return
        split = win.ctx.outreach.split(ids)
        if not split.sendable:
            if split.do_not_contact and len(ids) == 1:
                win.alerts.info(self.tr("Do not contact"), _dnc_text(split))
            else:
                win.alerts.info(self.tr("No email addresses"),
                                self.tr("None of the selected contacts can be written to. {why}.").format(
                                    why=LeftOutText().note(split)))
            return
        left_out = LeftOutText().note(split)
        note = f" {left_out}." if left_out else ""
        n = len(split.addresses)
        self._send_bcc(split, note, self.tr("Writing to %Ln contact(s) in BCC.", None, n) + note)

    def _send_bcc(self, split: SendSplit, note: str, done: str, mail: tuple[str, str] = ("", ""),
                  title: str | None = None, **what) -> None:
        """Open one mailto: link (``mail``: its subject and body), or the batches dialog, and record who
        each reaches (``what``: the ledger's article_id, subject, list_name)."""
        win = self.win
        plan = bcc_batches(split.addresses, subject=mail[0], body=mail[1])
        if not plan.split:
            handled = self.open(plan.urls[0], ", ".join(plan.batches[0]), "addresses")
            self.record(split.ids, "mailto" if handled else "copied", **what)
            if handled:
                win.status(done)
            return

        def opened(index: int, handled: bool) -> None:
            self.record(_ids_of(split, plan.batches[index]), "mailto" if handled else "copied", **what)

        self.bcc_dialog = BccDialog(plan.batches, plan.urls, win.open_url, win.copy_text, win,
                                    opened=opened, copied=lambda: self.record(split.ids, "copied", **what),
                                    title=title)
        self.bcc_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bcc_dialog.show()
        n = len(plan.batches)
        win.status(self.tr("%Ln message(s) to open one by one.", None, n) + note)

    # -- Send to list... -----------------------------------------------------------------------
    def send_to_list(self, list_name: str | None = None, article_id: int | None = None) -> SendDialog | None:
        """Open the Send to list dialog (from an article, a list in the side panel, or the menu)."""
        win = self.win
        try:
            names = win.ctx.lists.names()
        except Exception as exc:  # the team database went away: a message, not an exception out of a slot
            win.alerts.error(self.tr("Cannot send to a list"), exc)
            return None
        if not names:
            win.alerts.info(self.tr("No list yet"), self.tr("Put contacts on a list first: select them and choose "
                                                            "Contact > Add to list (Ctrl+L)."))
            return None
        dialog = SendDialog(win.ctx, list_name, article_id, win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.send(dialog))
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def send_from_window(self) -> SendDialog | None:
        """Contact > Send to list... (Ctrl+Shift+M): the article chosen in the Articles view, or the list
        shown in the side panel, comes preset."""
        win = self.win
        article = win.articles_view.current_id() if win.tabs.currentIndex() == 1 else None
        return self.send_to_list(win.lists.current_list(), article)

    def ask_eml_path(self, suggested: str) -> str | None:
        """Where to save the draft (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self.win, self.tr("Save the draft"), str(Path.home() / suggested),
                                              self.tr("Email draft (*.eml)"))
        return path or None

    def send(self, dialog: SendDialog) -> None:
        """Carry out what the dialog chose: open the mail client or write and open an .eml draft; record it."""
        win = self.win
        targets = dialog.targets()
        rec = dialog.recipients
        if not targets or rec is None:
            return
        aid = dialog.article_id()
        subject = dialog.subject()
        try:
            url = win.ctx.articles.get(aid).url if aid is not None else None
        except Exception as exc:  # the article was deleted while the dialog was open, the server went away
            win.alerts.error(self.tr("Cannot send"), exc)
            return
        body = draft_body(url)
        split = SendSplit(targets, rec.split.do_not_contact, rec.split.no_email)
        skipped = len(rec.split.sendable) - len(targets)
        left_out = LeftOutText().note(split)
        notes = [left_out] if left_out else []
        if skipped:
            notes.append(self.tr("%Ln recipient(s) who already got this article left out", None, skipped))
        note = (" " + self.tr("; ", "between the reasons contacts were left out of a send").join(notes) + ".") if notes else ""
        what = {"article_id": aid, "subject": "" if aid is not None else subject, "list_name": rec.list_name}
        if not dialog.use_eml():
            n = len(targets)
            done = self.tr("Opened your mail client: %Ln recipient(s) of '{list}' in BCC.", None,
                           n).format(list=rec.list_name) + note
            self._send_bcc(split, note, done, (subject, body),
                           self.tr("Send to {list}").format(list=rec.list_name), **what)
            return
        path = self.ask_eml_path(_file_name(subject) + ".eml")
        if not path:
            win.status(self.tr("Nothing sent: no file chosen for the draft"))
            return
        own = str(win.settings.value("outreach/own_address", "") or "")
        try:
            write_atomically(Path(path), eml_draft(split.addresses, subject, body, own_address=own or None))
        except OSError as exc:
            win.alerts.error(self.tr("The draft could not be saved; nothing was recorded"),
                             f"{exc.strerror or exc}: {path}")
            return
        self.record(split.ids, "eml", **what)
        opened = win.open_url(QUrl.fromLocalFile(path))
        n = len(targets)
        if opened:
            done = self.tr("Saved a draft to {path} with %Ln recipient(s) in BCC and opened it.", None, n)
        else:
            done = self.tr("Saved a draft to {path} with %Ln recipient(s) in BCC; open it with Outlook or "
                           "Thunderbird to send it.", None, n)
        done = done.format(path=path) + note
        win.status(done)
        if not opened:
            win.alerts.info(self.tr("Draft saved"), done)

    # -- calling -------------------------------------------------------------------------------
    def call(self, number: str, extension: str | None = None) -> None:
        if self.open(tel_url(number, extension), number, "phone"):
            self.win.status(self.tr("Calling {number}").format(number=number))

    def call_current(self) -> None:
        record = self.win.current_record()
        if record and record.primary_phone:
            phone = record.primary_phone
            self.call(phone.e164 or phone.raw, phone.extension if phone.e164 else None)
        elif record:
            self.win.alerts.info(self.tr("No phone number"),
                                 self.tr("{name} has no phone number.").format(name=record.name))


def _file_name(subject: str) -> str:
    """A file name from a subject: letters, digits, spaces and dashes, at most 60 characters."""
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in one_line(subject))
    return " ".join(kept.split())[:60].strip() or QCoreApplication.translate("OutreachController", "draft")
