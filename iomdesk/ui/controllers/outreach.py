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

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QVBoxLayout, QWidget

from ...core.outreach import SendSplit, bcc_batches, draft_body, eml_draft, mailto_for, one_line, tel_url
from ...core.text import count_of
from ...services.files import write_atomically
from ..send_dialog import SendDialog
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
                 title: str = "Email selected contacts"):
        super().__init__(parent)
        self.setWindowTitle(title)
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

            def open_batch(_=False, u=url, b=button, index=i - 1) -> None:
                handled = open_url(QUrl.fromEncoded(u.encode()))
                b.setText(b.text() + "  - opened")
                if opened is not None:
                    opened(index, bool(handled))

            button.clicked.connect(open_batch)
            self.batch_buttons.append(button)
            layout.addWidget(button)
        self.copy_button = QPushButton("Copy all addresses")

        def copy_all() -> None:
            copy(", ".join(a for b in batches for a in b), f"{total} addresses")
            if copied is not None:
                copied()

        self.copy_button.clicked.connect(copy_all)
        layout.addWidget(self.copy_button)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout.addWidget(close)


def _ids_of(split: SendSplit, addresses: list[str]) -> list[int]:
    """The contacts a batch of addresses reaches (two contacts may share an address)."""
    wanted = {a.casefold() for a in addresses}
    return [i for i, _n, a in split.sendable if a.casefold() in wanted]


def _dnc_text(split: SendSplit) -> str:
    person = split.do_not_contact[0]
    reason = f" ({person.reason})" if person.reason else ""
    return f"{person.name} is marked do not contact{reason}. No email was opened."


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
        kind = "email" if url.startswith("mailto:") else "phone"
        self.win.alerts.info(
            "No program for this link",
            f"No {'mail client' if kind == 'email' else 'phone or softphone program'} is set up to open "
            f"{'mailto' if kind == 'email' else 'tel'}: links on this computer. The {what} was copied to the "
            "clipboard instead; paste it where you need it.",
        )
        return False

    # -- the ledger ----------------------------------------------------------------------------
    def record(self, ids: list[int], channel: str, **what) -> None:
        """Put a send in the ledger; the table's Last contacted and the details follow. A failure to
        record is shown, but the message was already handed to the mail client."""
        if not ids:
            return
        if self.win.ctx.read_only:  # the mail client has the message; a read-only directory cannot record it
            self.win.status("Not recorded in the history: you have read-only access to this directory.")
            return
        try:
            self.win.ctx.outreach.record(ids, channel, **what)
        except Exception as exc:
            self.win.alerts.error("The send could not be recorded in the history", exc)
            return
        self.win.model.forget(ids)
        if self.win.current_id() in ids:
            self.win.search.selection_changed()  # the details show the new history line

    # -- one contact ---------------------------------------------------------------------------
    def _write_one(self, contact_id: int, address: str | None) -> None:
        win = self.win
        split = win.ctx.outreach.split([contact_id], address)
        if split.do_not_contact:
            win.alerts.info("Do not contact", _dnc_text(split))
            return
        if not split.sendable:
            (record,) = win.ctx.contacts.get_many([contact_id]) or (None,)
            if record is not None:
                win.alerts.info("No email address", f"{record.name} has no email address. Add one with Edit (F2).")
            return
        (cid, name, chosen), *_ = split.sendable
        handled = self.open(mailto_for(name, chosen), chosen, "email")
        self.record([cid], "email" if handled else "copied")
        if handled:
            win.status(f"Writing to {name} <{chosen}>")

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
                win.alerts.info("Do not contact", _dnc_text(split))
            else:
                win.alerts.info("No email addresses", "None of the selected contacts can be written to. "
                                + split.note() + ".")
            return
        note = f" {split.note()}." if split.note() else ""
        self._send_bcc(split, note, f"Writing to {count_of(len(split.addresses), 'contact')} in BCC.{note}")

    def _send_bcc(self, split: SendSplit, note: str, done: str, mail: tuple[str, str] = ("", ""),
                  title: str = "Email selected contacts", **what) -> None:
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
        win.status(f"{count_of(len(plan.batches), 'message')} to open one by one.{note}")

    # -- Send to list... -----------------------------------------------------------------------
    def send_to_list(self, list_name: str | None = None, article_id: int | None = None) -> SendDialog | None:
        """Open the Send to list dialog (from an article, a list in the side panel, or the menu)."""
        win = self.win
        try:
            names = win.ctx.lists.names()
        except Exception as exc:  # the team database went away: a message, not an exception out of a slot
            win.alerts.error("Cannot send to a list", exc)
            return None
        if not names:
            win.alerts.info("No list yet", "Put contacts on a list first: select them and choose "
                                           "Contact > Add to list (Ctrl+L).")
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
        path, _ = QFileDialog.getSaveFileName(self.win, "Save the draft", str(Path.home() / suggested),
                                              "Email draft (*.eml)")
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
            win.alerts.error("Cannot send", exc)
            return
        body = draft_body(url)
        split = SendSplit(targets, rec.split.do_not_contact, rec.split.no_email)
        skipped = len(rec.split.sendable) - len(targets)
        notes = [split.note()] if split.note() else []
        if skipped:
            notes.append(f"{count_of(skipped, 'recipient')} who already got this article left out")
        note = (" " + "; ".join(notes) + ".") if notes else ""
        what = {"article_id": aid, "subject": "" if aid is not None else subject, "list_name": rec.list_name}
        if not dialog.use_eml():
            self._send_bcc(split, note, f"Opened your mail client: {count_of(len(targets), 'recipient')} of "
                           f"{rec.list_name!r} in BCC.{note}", (subject, body), f"Send to {rec.list_name}", **what)
            return
        path = self.ask_eml_path(_file_name(subject) + ".eml")
        if not path:
            win.status("Nothing sent: no file chosen for the draft")
            return
        own = str(win.settings.value("outreach/own_address", "") or "")
        try:
            write_atomically(Path(path), eml_draft(split.addresses, subject, body, own_address=own or None))
        except OSError as exc:
            win.alerts.error("The draft could not be saved; nothing was recorded",
                             f"{exc.strerror or exc}: {path}")
            return
        self.record(split.ids, "eml", **what)
        opened = win.open_url(QUrl.fromLocalFile(path))
        done = (f"Saved a draft to {path} with {count_of(len(targets), 'recipient')} in BCC"
                + (" and opened it" if opened else "; open it with Outlook or Thunderbird to send it") + f".{note}")
        win.status(done)
        if not opened:
            win.alerts.info("Draft saved", done)

    # -- calling -------------------------------------------------------------------------------
    def call(self, number: str, extension: str | None = None) -> None:
        if self.open(tel_url(number, extension), number, "phone"):
            self.win.status(f"Calling {number}")

    def call_current(self) -> None:
        record = self.win.current_record()
        if record and record.primary_phone:
            phone = record.primary_phone
            self.call(phone.e164 or phone.raw, phone.extension if phone.e164 else None)
        elif record:
            self.win.alerts.info("No phone number", f"{record.name} has no phone number.")


def _file_name(subject: str) -> str:
    """A file name from a subject: letters, digits, spaces and dashes, at most 60 characters."""
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in one_line(subject))
    return " ".join(kept.split())[:60].strip() or "draft"
