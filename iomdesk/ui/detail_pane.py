"""The selected contact: every phone and email with a copy button, role, office, tags, languages, beats,
articles, its data protection (source, lawful basis, review date: "review due" once it has passed), and
its outreach history (the send ledger, newest first: a few lines, then "Show all")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.contact import LAWFUL_BASIS_LABELS
from ..core.languages import language_name
from ..services.records import ChangeRecord, ContactRecord, LedgerEntry, PhoneRecord
from . import theme
from .dates import locale_date, locale_datetime
from .keyboard import key_text
from .messages import shown_country, translated
from .widgets import action_text, plain_label, plain_tip

HISTORY_LINES = 5
PHONE_KIND_TEXT = {"work": QT_TRANSLATE_NOOP("DetailPane", "Work"), "mobile": QT_TRANSLATE_NOOP("DetailPane", "Mobile"),
                   "fax": QT_TRANSLATE_NOOP("DetailPane", "Fax"), "other": QT_TRANSLATE_NOOP("DetailPane", "Other")}
# core/contact.py's LAWFUL_BASIS_LABELS, for the translation tools
_LAWFUL_BASIS = (QT_TRANSLATE_NOOP("DetailPane", "Public role"), QT_TRANSLATE_NOOP("DetailPane", "Legitimate interest"),
                 QT_TRANSLATE_NOOP("DetailPane", "Consent"))
CHANNEL_TEXT = {"mailto": QT_TRANSLATE_NOOP("DetailPane", "mail client"),
                "eml": QT_TRANSLATE_NOOP("DetailPane", "draft"),
                "email": QT_TRANSLATE_NOOP("DetailPane", "email"),
                "copied": QT_TRANSLATE_NOOP("DetailPane", "copied")}
# "Edited 04/12/2026 14:02 by alice": the newest change of the contact (services/history.py's actions)
CHANGE_TEXT = {
    "created": QT_TRANSLATE_NOOP("DetailPane", "Created {when} by {who}"),
    "edited": QT_TRANSLATE_NOOP("DetailPane", "Edited {when} by {who}"),
    "undone": QT_TRANSLATE_NOOP("DetailPane", "Change undone {when} by {who}"),
    "redone": QT_TRANSLATE_NOOP("DetailPane", "Change redone {when} by {who}"),
    "restored": QT_TRANSLATE_NOOP("DetailPane", "Restored {when} by {who}"),
    "undeleted": QT_TRANSLATE_NOOP("DetailPane", "Undeleted {when} by {who}"),
    "imported": QT_TRANSLATE_NOOP("DetailPane", "Imported {when} by {who}"),
    "linked": QT_TRANSLATE_NOOP("DetailPane", "Linked to an article {when} by {who}"),
    "unlinked": QT_TRANSLATE_NOOP("DetailPane", "Unlinked from an article {when} by {who}"),
    "do not contact": QT_TRANSLATE_NOOP("DetailPane", "Marked do not contact {when} by {who}"),
    "contact allowed again": QT_TRANSLATE_NOOP("DetailPane", "Contact allowed again {when} by {who}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailPane", text)


def channel_text(channel: str) -> str:
    return _tr(CHANNEL_TEXT[channel]) if channel in CHANNEL_TEXT else channel


def history_line(e: LedgerEntry) -> str:
    """One send as the pane shows it, on two lines: the subject (or article), then when, how and from
    which list: "Floods in Beira\n01/03/2026 · mail client · Zimbabwe media" (the date by QLocale)."""
    how = " · ".join(p for p in (locale_date(e.sent_at.astimezone().date()), channel_text(e.channel),
                                 e.list_name) if p)
    return (e.subject or QCoreApplication.translate("DetailPane", "(no subject)")) + "\n" + how


def history_tip(e: LedgerEntry) -> str:
    when = locale_datetime(e.sent_at)
    if e.os_user:
        sent = QCoreApplication.translate("DetailPane", "Sent {when} by {who}").format(when=when, who=e.os_user)
    else:
        sent = QCoreApplication.translate("DetailPane", "Sent {when} by an unknown user").format(when=when)
    how = QCoreApplication.translate("DetailPane", "How: {channel}").format(channel=channel_text(e.channel))
    lines = [e.subject or QCoreApplication.translate("DetailPane", "(no subject)"), sent, how]
    if e.list_name:
        lines.append(QCoreApplication.translate("DetailPane", "List: {name}").format(name=e.list_name))
    if e.channel == "copied":
        lines.append(QCoreApplication.translate(
            "DetailPane", "No mail program took the link: the addresses were copied to the clipboard"))
    return "\n".join(lines)


class DetailPane(QScrollArea):
    copyRequested = Signal(str, str)  # text, what (for the status bar)
    emailRequested = Signal(str)  # address
    callRequested = Signal(str, str)  # E.164 or raw, and the extension ("" when none)
    editRequested = Signal(int)
    historyRequested = Signal(int)  # the contact's history of changes (who, when, what; restore)
    articleActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Contact details"))
        self.setAccessibleDescription(self.tr("The selected contact's phones, emails, articles and history"))
        self.setMinimumWidth(280)
        self.record: ContactRecord | None = None
        self.copy_buttons: dict[str, QToolButton] = {}  # value -> button (tests, accessibility)
        # (contact id, limit) -> ledger entries newest first; set by the window (None: no history shown)
        self.history_loader: Callable[..., list[LedgerEntry]] | None = None
        # contact id -> its newest recorded change, for "Changed ... by ..." (None: not shown)
        self.change_loader: Callable[[int], ChangeRecord | None] | None = None
        self.show_all_history = False
        self.show_record(None)

    def show_record(self, record: ContactRecord | None) -> None:
        if record is None or self.record is None or record.id != self.record.id:
            self.show_all_history = False
        self.record = record
        self.copy_buttons = {}
        body = QWidget()
        body.setObjectName("detailBody")
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        if record is None:
            hint = plain_label(self.tr("Select a contact to see its phones, emails and articles."), selectable=False)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            theme.style(hint, "hint")
            layout.addWidget(hint)
            self.setWidget(body)
            return

        header = QHBoxLayout()
        name = plain_label(record.name)
        name.setObjectName("detailName")
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        name.setFont(font)
        header.addWidget(name, 1)
        edit = QPushButton(self.tr("Edit"))
        edit.setToolTip(self.tr("Edit this contact ({key})").format(key=key_text("F2")))
        edit.setAccessibleName(self.tr("Edit {name}").format(name=record.name))
        edit.clicked.connect(lambda: self.editRequested.emit(record.id))
        if getattr(self, "read_only_reason", None):  # set by the window on a directory that may only be read
            edit.setEnabled(False)
            edit.setToolTip(self.read_only_reason)
        header.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        history = QPushButton(self.tr("History..."))
        history.setObjectName("historyButton")
        history.setToolTip(self.tr("Who changed this contact, when, and what; restore an earlier version ({key})")
                           .format(key=key_text("Ctrl+H")))
        history.setAccessibleName(self.tr("History of {name}").format(name=record.name))
        history.clicked.connect(lambda: self.historyRequested.emit(record.id))
        header.addWidget(history, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self._last_change(layout, record)
        if record.role:
            layout.addWidget(plain_label(record.role))
        place = ", ".join(p for p in (record.office, shown_country(record.country) if record.country else
                                      record.country_name) if p)
        if place:
            layout.addWidget(plain_label(place))
        if record.do_not_contact:
            layout.addWidget(dnc_badge(record))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        row = self._section(grid, 0, self.tr("Phones"), record.phones, self.tr("No phone number"), self._phone_row)
        self._section(grid, row, self.tr("Emails"), record.emails, self.tr("No email address"), self._email_row)
        layout.addLayout(grid)

        if record.tags:
            layout.addWidget(self._heading(self.tr("Tags")))
            layout.addWidget(plain_label(", ".join(record.tags)))
        if record.languages:
            layout.addWidget(self._heading(self.tr("Languages")))
            languages = plain_label(", ".join(language_name(c) for c in record.languages))
            languages.setObjectName("detailLanguages")
            languages.setToolTip(plain_tip(", ".join(record.languages)))
            layout.addWidget(languages)
        if record.beats:
            layout.addWidget(self._heading(self.tr("Beats")))
            beats = plain_label(", ".join(record.beats))
            beats.setObjectName("detailBeats")
            layout.addWidget(beats)
        if record.notes:
            layout.addWidget(self._heading(self.tr("Notes")))
            layout.addWidget(plain_label(record.notes))
        self._protection(layout, record)
        layout.addWidget(self._heading(self.tr("Articles ({count})").format(
            count=QLocale().toString(len(record.articles)))))
        if record.articles:
            self.articles = QListWidget()
            self.articles.setAccessibleName(self.tr("Articles naming this contact"))
            self.articles.setAccessibleDescription(self.tr("Enter or a double click opens the article"))
            for a in record.articles:
                item = QListWidgetItem(f"{locale_date(a.date)}  {a.title}" if a.date else a.title)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setToolTip(plain_tip(a.title))
                self.articles.addItem(item)
            self.articles.itemActivated.connect(
                lambda item: self.articleActivated.emit(item.data(Qt.ItemDataRole.UserRole))
            )
            self.articles.setMaximumHeight(160)
            layout.addWidget(self.articles)
        else:
            layout.addWidget(plain_label(self.tr("Not named in any article yet")))
        if self.history_loader is not None:
            self._history(layout, record)
        layout.addStretch(1)
        self.setWidget(body)

    def _history(self, layout: QVBoxLayout, record: ContactRecord) -> None:
        """The Outreach section: date, subject or article, channel, list and user of each send."""
        assert self.history_loader is not None
        limit = None if self.show_all_history else HISTORY_LINES + 1
        entries = self.history_loader(record.id, limit=limit)
        layout.addWidget(self._heading(self.tr("Outreach")))
        if not entries:
            layout.addWidget(plain_label(self.tr("Not contacted from IOM Desk yet")))
            return
        self.history = QListWidget()
        self.history.setObjectName("outreachHistory")
        self.history.setAccessibleName(self.tr("Outreach history, newest first"))
        self.history.setAccessibleDescription(self.tr("The messages sent to this contact from IOM Desk"))
        shown = entries if self.show_all_history else entries[:HISTORY_LINES]
        for e in shown:
            item = QListWidgetItem(history_line(e))
            item.setToolTip(plain_tip(history_tip(e)))
            self.history.addItem(item)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setAlternatingRowColors(True)
        rows = sum(self.history.sizeHintForRow(i) for i in range(min(self.history.count(), HISTORY_LINES + 3)))
        self.history.setFixedHeight(rows + 2 * self.history.frameWidth() + 2)
        layout.addWidget(self.history)
        if len(entries) > HISTORY_LINES and not self.show_all_history:
            self.show_all_button = QPushButton(self.tr("Show all"))
            self.show_all_button.setAccessibleName(self.tr("Show the whole outreach history"))
            self.show_all_button.setAccessibleDescription(self.tr("Lists every message sent to this contact"))
            self.show_all_button.clicked.connect(self._show_all)
            layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _last_change(self, layout: QVBoxLayout, record: ContactRecord) -> None:
        """ "Edited 04/12/2026 14:02 by alice": who touched the contact last (what: the tooltip)."""
        change = self.change_loader(record.id) if self.change_loader is not None else None
        if change is None:
            return
        values = {"when": locale_datetime(change.at), "who": change.who or self.tr("unknown user")}
        if change.action in CHANGE_TEXT:
            text = _tr(CHANGE_TEXT[change.action]).format(**values)
        else:  # an action this pane does not know yet: its name as recorded
            text = self.tr("{action} {when} by {who}").format(action=change.action.capitalize(), **values)
        line = plain_label(text, selectable=False, style="color: palette(mid);")
        line.setObjectName("lastChange")
        line.setToolTip(plain_tip(change.what))
        layout.addWidget(line)

    def _show_all(self) -> None:
        self.show_all_history = True
        self.show_record(self.record)

    def _protection(self, layout: QVBoxLayout, record: ContactRecord) -> None:
        """Source, lawful basis and review date, under one heading (nothing when none is set)."""
        if not (record.source or record.lawful_basis or record.review_date):
            return
        layout.addWidget(self._heading(self.tr("Data protection")))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, str, str]] = []  # label, value, object name
        if record.source:
            rows.append((self.tr("Source"), record.source, "detailSource"))
        if record.lawful_basis:
            basis = LAWFUL_BASIS_LABELS.get(record.lawful_basis)
            rows.append((self.tr("Lawful basis"), _tr(basis) if basis else record.lawful_basis, "detailLawfulBasis"))
        for i, (label, text, object_name) in enumerate(rows):
            grid.addWidget(plain_label(label, selectable=False), i, 0, Qt.AlignmentFlag.AlignTop)
            value = plain_label(text)
            value.setObjectName(object_name)
            grid.addWidget(value, i, 1)
        if record.review_date:
            row = len(rows)
            grid.addWidget(plain_label(self.tr("Review"), selectable=False), row, 0)
            box = QHBoxLayout()
            date = plain_label(locale_date(record.review_date))
            date.setObjectName("detailReviewDate")
            box.addWidget(date)
            if record.review_date <= dt.date.today():
                due = plain_label(self.tr("review due"), selectable=False)
                due.setObjectName("reviewDueBadge")
                due.setToolTip(self.tr("The review date has passed: check this contact's data is still needed"))
                theme.style(due, "warning-badge")
                due.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                box.addWidget(due)
            box.addStretch(1)
            grid.addLayout(box, row, 1)
        layout.addLayout(grid)

    def _heading(self, text: str) -> QLabel:
        label = plain_label(text, selectable=False)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def _section(self, grid: QGridLayout, row: int, text: str, items, empty: str, add_row) -> int:
        """A heading, then one row per item (``add_row``) or ``empty`` when there is none; the next free row."""
        grid.addWidget(self._heading(text), row, 0, 1, 3)
        row += 1
        if not items:
            grid.addWidget(plain_label(empty), row, 0, 1, 3)
            row += 1
        for item in items:
            row = add_row(grid, row, item)
        return row

    def _copy_button(self, value: str, what: str, shown: str | None = None) -> QToolButton:
        """``shown``: the value as the pane writes it (a number in groups, which a screen reader reads out
        in groups too, not as one twelve-digit figure)."""
        button = QToolButton()
        button.setText(self.tr("Copy"))
        button.setToolTip(plain_tip(self.tr("Copy {value}").format(value=value)))
        said = shown or value
        button.setAccessibleName(self.tr("Copy phone number {value}").format(value=said) if what == "phone"
                                 else self.tr("Copy email address {value}").format(value=said))
        button.clicked.connect(lambda: self.copyRequested.emit(value, what))
        self.copy_buttons[value] = button
        return button

    def _phone_row(self, grid: QGridLayout, row: int, phone: PhoneRecord) -> int:
        grid.addWidget(plain_label(translated("DetailPane", PHONE_KIND_TEXT, phone.kind, phone.kind.capitalize()),
                                   selectable=False), row, 0)
        value = QWidget()
        box = QHBoxLayout(value)
        box.setContentsMargins(0, 0, 0, 0)
        number = plain_label(phone.shown)
        number.setWordWrap(False)
        number.setToolTip(plain_tip(self.tr("As entered: {number}").format(number=phone.raw)))
        number.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        number.customContextMenuRequested.connect(lambda pos, p=phone, w=number: self._phone_menu(p, w, pos))
        box.addWidget(number)
        if not phone.valid:
            no_country = phone.e164 is None  # printed without +CC and no country known: kept as printed
            badge = plain_label(self.tr("no country") if no_country else self.tr("unverified"), selectable=False)
            badge.setObjectName("unverifiedBadge")
            badge.setToolTip(self.tr("No country code and no country known; kept as entered (add +CC to it)")
                             if no_country else self.tr("Not valid under today's numbering plan; kept as entered"))
            theme.style(badge, "warning-badge")
            badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            box.addWidget(badge)
        box.addStretch(1)
        grid.addWidget(value, row, 1)
        grid.addWidget(self._copy_button(phone.e164 or phone.raw, "phone", phone.shown), row, 2)
        return row + 1

    def _phone_menu(self, phone: PhoneRecord, widget: QWidget, pos) -> None:
        menu = QMenu(widget)
        target = phone.e164 or phone.raw
        copy = QAction(action_text(self.tr("Copy {number}").format(number=target)), menu)
        copy.triggered.connect(lambda: self.copyRequested.emit(target, "phone"))
        call = QAction(action_text(self.tr("Call {number}").format(number=phone.shown)), menu)
        extension = (phone.extension or "") if phone.e164 else ""
        call.triggered.connect(lambda: self.callRequested.emit(target, extension))
        menu.addAction(copy)
        menu.addAction(call)
        menu.popup(widget.mapToGlobal(pos))

    def _email_row(self, grid: QGridLayout, row: int, address: str) -> int:
        grid.addWidget(plain_label(self.tr("Email"), selectable=False), row, 0)
        link = QToolButton()
        link.setText(action_text(address))
        link.setAutoRaise(True)
        link.setToolTip(plain_tip(self.tr("Write to {address}").format(address=address)))
        link.setAccessibleName(self.tr("Write email to {address}").format(address=address))
        link.clicked.connect(lambda: self.emailRequested.emit(address))
        grid.addWidget(link, row, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self._copy_button(address, "email"), row, 2)
        return row + 1


def dnc_badge(record: ContactRecord) -> QLabel:
    """The red "Do not contact" badge: since when and why (plain text)."""
    reason = record.dnc_reason or QCoreApplication.translate("DetailPane", "no reason given")
    if record.dnc_at:
        text = QCoreApplication.translate("DetailPane", "Do not contact since {date}: {reason}").format(
            date=locale_date(record.dnc_at.date()), reason=reason)
    else:
        text = QCoreApplication.translate("DetailPane", "Do not contact: {reason}").format(reason=reason)
    badge = plain_label(text)
    badge.setObjectName("dncBadge")
    badge.setWordWrap(True)
    badge.setToolTip(QCoreApplication.translate("DetailPane",
                                                "This contact is never put into an email, a BCC or a list send "
                                                "(Contact > Allow contact again to undo)"))
    theme.style(badge, "danger-badge")
    return badge
