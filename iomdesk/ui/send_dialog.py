"""Send to list...: choose the list and the article (or type a subject), see who the send reaches and
who it leaves out (do not contact, with the reason; no email address), how many already got this
article (left out by default), and whether to open the mail client or save an .eml draft.

The dialog only chooses; ``controllers.outreach`` sends and records the ledger. It reads the recipients
through ``ctx.outreach.list_recipients`` whenever the list or the article changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.outreach import SendSplit
from ..services.context import AppContext
from ..services.outreach import ListRecipients
from . import theme
from .dates import locale_date
from .widgets import ERROR_STYLE, WARNING_STYLE, plain_label, plain_tip

TYPED = -1  # the article combo's entry "(no article: type a subject)"


class LeftOutText(QObject):
    """Who a send leaves out and why, in the interface's language (``SendSplit.note`` is the CLI's
    English): "1 marked do not contact left out: Ana (asked...); 1 without an email left out: Bo"."""

    def names(self, people, limit: int, with_reason: bool = False) -> str:
        shown = ", ".join(f"{p.name} ({p.reason})" if with_reason and p.reason else p.name for p in people[:limit])
        more = len(people) - limit
        return self.tr("{names} and %Ln more", None, more).format(names=shown) if more > 0 else shown

    def note(self, split: SendSplit, names: int = 5) -> str:
        """One or two clauses ("" when nobody is left out), without the final full stop."""
        parts = []
        if split.do_not_contact:
            n = len(split.do_not_contact)
            parts.append(self.tr("%Ln marked do not contact left out: {names}", None, n).format(
                names=self.names(split.do_not_contact, names, with_reason=True)))
        if split.no_email:
            n = len(split.no_email)
            parts.append(self.tr("%Ln without an email left out: {names}", None, n).format(
                names=self.names(split.no_email, names)))
        return self.tr("; ", "between the two kinds of contacts left out of a send").join(parts)


class SendDialog(QDialog):
    def __init__(self, ctx: AppContext, list_name: str | None = None, article_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.recipients: ListRecipients | None = None
        self.problem = ""
        self.setWindowTitle(self.tr("Send to list"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.list_combo = QComboBox()
        self.list_combo.setAccessibleName(self.tr("List to send to"))
        self.list_combo.setAccessibleDescription(self.tr("The distribution list whose members get the message"))
        names = ctx.lists.names()
        self.list_combo.addItems(names)
        if list_name is not None:
            same = [n for n in names if n.casefold() == list_name.casefold()]
            if same:
                self.list_combo.setCurrentText(same[0])
        form.addRow(self.tr("&List:"), self.list_combo)
        self.article_combo = QComboBox()
        self.article_combo.setAccessibleName(self.tr("Article to send"))
        self.article_combo.setAccessibleDescription(self.tr("The article whose title is the subject and whose "
                                                            "link is the message; or none, to type a subject"))
        self.article_combo.addItem(self.tr("(no article: type a subject below)"), TYPED)
        for a in ctx.articles.list(limit=500):
            label = f"{locale_date(a.date)}  {a.title}" if a.date else a.title
            self.article_combo.addItem(label, a.id)
            self.article_combo.setItemData(self.article_combo.count() - 1, plain_tip(a.title),
                                           Qt.ItemDataRole.ToolTipRole)
        if article_id is not None:
            index = self.article_combo.findData(article_id)
            if index < 0:  # older than the 500 newest: add it
                a = ctx.articles.get(article_id)
                self.article_combo.addItem(a.title, a.id)
                index = self.article_combo.count() - 1
            self.article_combo.setCurrentIndex(index)
        elif self.article_combo.count() > 1:
            self.article_combo.setCurrentIndex(1)  # the newest article
        form.addRow(self.tr("&Article:"), self.article_combo)
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.subject_edit.setAccessibleDescription(self.tr("The subject of the message when no article is "
                                                           "chosen"))
        self.subject_edit.setPlaceholderText(self.tr("Subject of the message"))
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        layout.addLayout(form)

        self.summary = plain_label("", selectable=False)
        self.summary.setObjectName("sendSummary")
        layout.addWidget(self.summary)
        self.left_out = plain_label("", style=WARNING_STYLE)
        self.left_out.setObjectName("sendLeftOut")
        self.left_out.setAccessibleDescription(self.tr("Who this send leaves out, and why"))
        layout.addWidget(self.left_out)
        self.already_label = plain_label("", selectable=False)
        layout.addWidget(self.already_label)
        self.leave_out_already = QCheckBox(self.tr("Leave them out"))
        self.leave_out_already.setChecked(True)
        self.leave_out_already.setToolTip(self.tr("Do not write again to those who already got this article"))
        layout.addWidget(self.leave_out_already)

        self.mail_client = QRadioButton(self.tr("Open in my &mail client (addresses in BCC)"))
        self.mail_client.setAccessibleDescription(self.tr("Opens a new message in your mail client with the "
                                                          "recipients in BCC"))
        self.eml = QRadioButton(self.tr("Save an .&eml draft (opens in Outlook or Thunderbird as a draft)"))
        self.eml.setAccessibleDescription(self.tr("Saves the message as a draft file that you open and send "
                                                  "yourself"))
        self.mail_client.setChecked(True)
        self.how = QButtonGroup(self)
        self.how.addButton(self.mail_client)
        self.how.addButton(self.eml)
        layout.addWidget(self.mail_client)
        layout.addWidget(self.eml)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without sending"))
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAccessibleDescription(self.tr("Sends to the recipients counted above, in the way "
                                                          "chosen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.send_button.setDefault(True)  # set before the box is in the dialog, Qt forgets it

        self.list_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.article_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.leave_out_already.toggled.connect(lambda _c: self._show_count())
        self.subject_edit.textChanged.connect(lambda _t: self._update_send())
        self.resize(640, 0)
        self.refresh()

    # -- what is chosen ------------------------------------------------------------------------
    def list_name(self) -> str | None:
        return self.list_combo.currentText() or None

    def article_id(self) -> int | None:
        data = self.article_combo.currentData()
        return None if data in (None, TYPED) else int(data)

    def subject(self) -> str:
        return self.subject_edit.text().strip()

    def use_eml(self) -> bool:
        return self.eml.isChecked()

    def targets(self) -> list[tuple[int, str, str]]:
        if self.recipients is None:
            return []
        return self.recipients.targets(self.leave_out_already.isChecked())

    # -- showing who it reaches ----------------------------------------------------------------
    def refresh(self) -> None:
        aid = self.article_id()
        self.subject_edit.setEnabled(aid is None)
        if aid is not None:
            self.subject_edit.setText(self.ctx.articles.get(aid).title)
        self.recipients, self.problem = None, ""
        name = self.list_name()
        if name is None:
            self.problem = self.tr("There is no list yet: add contacts to a list first (Contact > Add to list, "
                                   "Ctrl+L).")
        else:
            try:
                self.recipients = self.ctx.outreach.list_recipients(name, aid)
            except Exception as exc:  # a smart list whose search cannot run, a list deleted meanwhile
                self.problem = self.tr("Cannot read the list: {error}").format(error=exc)
        split = self.recipients.split if self.recipients else None
        note = LeftOutText().note(split, names=8) if split else ""
        self.left_out.setText(note + "." if note else "")
        already = len(self.recipients.already) if self.recipients else 0
        self.already_label.setText(
            self.tr("%Ln recipient(s) already got this article.", None, already) if already else "")
        self.already_label.setVisible(bool(already))
        self.leave_out_already.setVisible(bool(already))
        self._show_count()

    def _show_count(self) -> None:
        if self.problem:
            self.summary.setText(self.problem)
            theme.style(self.summary, ERROR_STYLE)
        else:
            n = len(self.targets())
            theme.style(self.summary, None)
            self.summary.setText(self.tr("%Ln recipient(s) in BCC.", None, n) if n else
                                 self.tr("Nobody to send to: every member is left out (see below)."))
        self._update_send()

    def _update_send(self) -> None:
        self.send_button.setEnabled(bool(self.targets()) and bool(self.subject()))
