"""Writing to and calling contacts: mailto: and tel: links handed to the desktop, BCC batches when a
selection does not fit in one link, and the clipboard when no program handles a link.

Needs from the window: ``ctx``, ``alerts``, ``detail``, ``status``, ``open_url`` (read at each call, so
tests can replace it), the selection (``selected_ids``, ``current_id``, ``current_record``) and
``copy_text``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ...core.outreach import bcc_batches, mailto_for, tel_url
from ..widgets import plain_label

if TYPE_CHECKING:
    from ..main_window import MainWindow


class BccDialog(QDialog):
    """Shown when the selection does not fit in one mailto: link: open the batches one by one, or copy."""

    def __init__(self, batches: list[list[str]], urls: list[str], open_url: Callable[[QUrl], bool],
                 copy: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Email selected contacts")
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
            button.clicked.connect(lambda _=False, u=url, b=button: (open_url(QUrl.fromEncoded(u.encode())),
                                                                     b.setText(b.text() + "  - opened")))
            self.batch_buttons.append(button)
            layout.addWidget(button)
        self.copy_button = QPushButton("Copy all addresses")
        self.copy_button.clicked.connect(
            lambda: copy(", ".join(a for b in batches for a in b), f"{total} addresses")
        )
        layout.addWidget(self.copy_button)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout.addWidget(close)


class OutreachController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.bcc_dialog: BccDialog | None = None

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

    def email_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        (record,) = self.win.ctx.contacts.get_many([contact_id]) or (None,)
        if record is None:
            return
        if not record.primary_email:
            self.win.alerts.info("No email address", f"{record.name} has no email address. Add one with Edit (F2).")
            return
        if self.open(mailto_for(record.name, record.primary_email), record.primary_email, "email"):
            self.win.status(f"Writing to {record.name} <{record.primary_email}>")

    def email_current(self) -> None:
        self.email_contact(self.win.current_id())

    def email_address(self, address: str) -> None:
        record = self.win.detail.record
        if self.open(mailto_for(record.name if record else "", address), address, "email"):
            self.win.status(f"Writing to {address}")

    def email_selected(self) -> None:
        win = self.win
        records = win.ctx.contacts.get_many(win.selected_ids())
        if not records:
            return
        addresses = [r.primary_email for r in records if r.primary_email]
        missing = [r.name for r in records if not r.primary_email]
        if not addresses:
            win.alerts.info("No email addresses", "None of the selected contacts has an email address.")
            return
        note = ""
        if missing:
            note = f" {len(missing)} selected without an email were left out: {', '.join(missing[:5])}" + (
                "..." if len(missing) > 5 else "")
        plan = bcc_batches(addresses)
        if not plan.split:
            if self.open(plan.urls[0], ", ".join(plan.batches[0]), "addresses"):
                win.status(f"Writing to {len(plan.batches[0])} contacts in BCC.{note}")
            return
        self.bcc_dialog = BccDialog(plan.batches, plan.urls, win.open_url, win.copy_text, win)
        self.bcc_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bcc_dialog.show()
        if note:
            win.status(note.strip())

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
