"""New / edit contact: inline per-field errors as the user types, a live preview of each phone,
office completion, the country of a new office, languages and beats with completion, a collapsible
"Data protection" group (source, lawful basis, review date), and a duplicate warning before saving."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.contact import LAWFUL_BASIS_LABELS, MAX_SOURCE, ContactInput, PhoneInput
from ..core.emails import normalize_email
from ..core.errors import InvalidValue, ValidationError
from ..core.languages import all_languages, language_label, normalize_language
from ..core.names import normalize_name
from ..core.offices import country_for_office
from ..core.phones import KINDS, PhoneValue, parse_phone
from ..core.text import clean, fold
from ..services.contacts import kept_phone
from ..services.context import AppContext
from ..services.records import ContactRecord, DuplicateMatch
from ..store.db import is_connection_lost
from . import theme
from .accessibility import say_error
from .dates import edit_date_format
from .messages import core_text, error_text, invalid_text, phone_kind, shown_country, text_of, translated
from .widgets import ERROR_STYLE, HINT_STYLE, WARNING_STYLE, plain_label


def all_countries() -> list[tuple[str, str]]:
    import pycountry

    return sorted(((shown_country(c.alpha_2), c.alpha_2) for c in pycountry.countries), key=lambda x: fold(x[0]))


_ITEM_SPLIT = re.compile(r"[,;]")

# Shown names of the phone kinds (core's KINDS) and lawful bases: the data values stay English, the
# interface shows them translated (the kinds and statuses in a sentence: messages.phone_kind, core_text).
KIND_LABELS = {
    "work": QT_TRANSLATE_NOOP("PhoneRow", "Work"),
    "mobile": QT_TRANSLATE_NOOP("PhoneRow", "Mobile"),
    "fax": QT_TRANSLATE_NOOP("PhoneRow", "Fax"),
    "other": QT_TRANSLATE_NOOP("PhoneRow", "Other"),
}
BASIS_LABELS = {
    "public_role": QT_TRANSLATE_NOOP("ContactDialog", "Public role"),
    "legitimate_interest": QT_TRANSLATE_NOOP("ContactDialog", "Legitimate interest"),
    "consent": QT_TRANSLATE_NOOP("ContactDialog", "Consent"),
}


def split_items(text: str) -> list[str]:
    """ "French (fr), English; es" -> ["French (fr)", "English", "es"] (blank items left out)."""
    return [item.strip() for item in _ITEM_SPLIT.split(text) if item.strip()]


class ListCompleter(QCompleter):
    """Completes the item being typed at the end of a comma-separated list ("health, mig" ->
    "health, migration")."""

    def __init__(self, words: list[str], parent: QWidget | None = None):
        super().__init__(words, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [_ITEM_SPLIT.split(path)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt's name)
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        cut = max(text.rfind(","), text.rfind(";"))
        return f"{text[:cut + 1].rstrip()} {chosen}".lstrip() if cut >= 0 else chosen


class PhoneRow(QWidget):
    changed = Signal()
    removed = Signal(object)

    def __init__(self, raw: str = "", kind: str | None = None, kept: PhoneValue | None = None):
        super().__init__()
        self.kept = kept  # the stored number this row shows, when it was kept as printed (no country)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.edit = QLineEdit(raw)
        self.edit.setPlaceholderText("+263 4 335044")
        self.edit.setAccessibleName(self.tr("Phone number"))
        self.edit.setAccessibleDescription(self.tr(
            "A phone number; without +CC it takes the country of the office or of the contact"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Automatic"), None)
        for k in KINDS:
            self.kind.addItem(translated("PhoneRow", KIND_LABELS, k, k.capitalize()), k)
        self.kind.setAccessibleName(self.tr("Phone kind"))
        self.kind.setAccessibleDescription(self.tr(
            "Work, mobile, fax or other; Automatic tells it from the number"))
        if kind in KINDS:
            self.kind.setCurrentIndex(KINDS.index(kind) + 1)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this phone"))
        self.remove.setAccessibleDescription(self.tr("Removes this phone number from the contact"))
        top.addWidget(self.edit, 1)
        top.addWidget(self.kind)
        top.addWidget(self.remove)
        layout.addLayout(top)
        self.preview = plain_label(selectable=False, style=HINT_STYLE)
        self.preview.setObjectName("phonePreview")
        layout.addWidget(self.preview)
        self.edit.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removed.emit(self))

    def value(self) -> PhoneInput:
        return PhoneInput(self.edit.text(), self.kind.currentData(), self.kept)

    def unchanged_kept(self) -> bool:
        """Does this row still show a stored number kept as printed, as it was stored?"""
        return self.kept is not None and clean(self.edit.text()) == clean(self.kept.raw)

    def check(self, region: str | None) -> bool:
        raw = self.edit.text()
        if not raw.strip():
            self.preview.setText("")
            return True
        try:
            value = parse_phone(raw, region, self.kind.currentData())
        except InvalidValue as exc:
            if self.unchanged_kept():  # an old number stored as printed never blocks editing the contact
                theme.style(self.preview, HINT_STYLE)
                self.preview.setText(self.tr("Kept as entered, no country (add +CC to it to store it normalized)"))
                return True
            theme.style(self.preview, ERROR_STYLE)
            self.preview.setText(self.tr("{number} {problem}").format(number=raw.strip(), problem=invalid_text(exc)))
            return False
        theme.style(self.preview, HINT_STYLE)
        self.preview.setText(self.tr("Stored as {number} ({kind}), {status}").format(
            number=value.display, kind=phone_kind(value.kind), status=core_text(value.status)))
        return True


class EmailRow(QWidget):
    changed = Signal()
    removed = Signal(object)

    def __init__(self, address: str = ""):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.edit = QLineEdit(address)
        self.edit.setPlaceholderText("name@iom.int")
        self.edit.setAccessibleName(self.tr("Email address"))
        self.edit.setAccessibleDescription(self.tr("An email address of the contact"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this email"))
        self.remove.setAccessibleDescription(self.tr("Removes this email address from the contact"))
        top.addWidget(self.edit, 1)
        top.addWidget(self.remove)
        layout.addLayout(top)
        self.error = plain_label(selectable=False, style=ERROR_STYLE)
        self.error.setObjectName("emailError")
        self.error.hide()
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removed.emit(self))

    def check(self) -> bool:
        raw = self.edit.text()
        if not raw.strip():
            self.error.hide()
            return True
        try:
            normalize_email(raw)
        except InvalidValue as exc:
            self.error.setText(invalid_text(exc))
            self.error.show()
            return False
        self.error.hide()
        return True


class ContactDialog(QDialog):
    """Emits ``saved(ContactInput)`` when the user saves valid data that is not an unwanted duplicate."""

    saved = Signal(object)
    openExisting = Signal(int)

    def __init__(self, ctx: AppContext, record: ContactRecord | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setWindowTitle(self.tr("Edit contact") if record else self.tr("New contact"))
        self.offices = {fold(o.name): o for o in ctx.contacts.list_offices()}
        self.duplicates_confirmed = False
        # Called with the data on Save; returns False when it could not be saved (dialog stays open).
        self.save_handler: Callable[[ContactInput], bool] | None = None
        self._attempted = False
        self._country_auto = False  # True while the country shown was filled in from the office name
        self.phone_rows: list[PhoneRow] = []
        self.email_rows: list[EmailRow] = []

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Contact details"))
        scroll.setAccessibleDescription(self.tr("The fields of the contact, scrolled when they do not fit"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, the frame around them never
        body = QWidget()
        form = QFormLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(self.tr("The contact's full name (required)"))
        self.name_error = plain_label(selectable=False, style=ERROR_STYLE)
        self.name_error.setObjectName("nameError")
        self.name_error.hide()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.name_error)
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Role or title"))
        self.role.setAccessibleDescription(self.tr("The contact's role or job title"))
        form.addRow(self.tr("&Role"), self.role)
        self.office = QLineEdit()
        self.office.setAccessibleName(self.tr("Office"))
        self.office.setAccessibleDescription(self.tr(
            "The office or organization; existing offices are completed as you type"))
        self.office.setPlaceholderText(self.tr("IOM Zimbabwe", "an example office name"))
        completer = QCompleter([o.name for o in self.offices.values()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.office.setCompleter(completer)
        form.addRow(self.tr("&Office"), self.office)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setAccessibleDescription(self.tr("The country of the contact or of its new office"))
        self.country.addItem(self.tr("(none)"), None)
        for label, code in all_countries():
            self.country.addItem(f"{label} ({code})", code)  # data, not text: a country's name and code
        self.country_label = QLabel(self.tr("&Country"))
        self.country_label.setBuddy(self.country)
        self.country_hint = plain_label(selectable=False, style=HINT_STYLE)
        form.addRow(self.country_label, self.country)
        form.addRow("", self.country_hint)

        self.phones_box = self._rows_section(form, self.tr("Phones"), self.tr("Add phone"),
                                             self.tr("Adds a field for another phone number"), self.add_phone_row)
        self.emails_box = self._rows_section(form, self.tr("Emails"), self.tr("Add email"),
                                             self.tr("Adds a field for another email address"), self.add_email_row)

        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleDescription(self.tr("Words to group and find contacts by, such as media"))
        self.tags.setPlaceholderText(self.tr("media, focal point"))
        form.addRow(self.tr("&Tags"), self.tags)
        self.languages = QLineEdit()
        self.languages.setAccessibleName(self.tr("Languages, separated by commas"))
        self.languages.setPlaceholderText(self.tr("French, English"))
        self.languages.setToolTip(self.tr("Names or ISO 639-1 codes (fr, es), separated by commas"))
        self.languages.setCompleter(ListCompleter([language_label(c) for _n, c in all_languages()], self))
        form.addRow(self.tr("&Languages"), self.languages)
        self.languages_error = plain_label(selectable=False, style=ERROR_STYLE)
        self.languages_error.setObjectName("languagesError")
        self.languages_error.hide()
        form.addRow("", self.languages_error)
        self.beats = QLineEdit()
        self.beats.setAccessibleName(self.tr("Beats, separated by commas"))
        self.beats.setPlaceholderText(self.tr("health, migration"))
        self.beats.setToolTip(self.tr("The subjects this journalist covers, separated by commas"))
        self.beats.setCompleter(ListCompleter(ctx.contacts.list_beats(), self))
        form.addRow(self.tr("&Beats"), self.beats)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setAccessibleDescription(self.tr("Free notes about the contact"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(4 * self.notes.fontMetrics().lineSpacing() + 2 * self.notes.frameWidth() + 12)  # 4 lines
        form.addRow(self.tr("Not&es"), self.notes)
        self._protection_section(form)

        self.duplicate_panel = QFrame()
        self.duplicate_panel.setObjectName("duplicatePanel")
        theme.style(self.duplicate_panel, "warning-banner")
        dup_layout = QVBoxLayout(self.duplicate_panel)
        self.duplicate_text = plain_label(selectable=False)
        dup_layout.addWidget(self.duplicate_text)
        dup_buttons = QHBoxLayout()
        self.open_existing = QPushButton(self.tr("Open existing contact"))
        self.open_existing.setAccessibleDescription(self.tr(
            "Closes this editor without saving and shows the contact you already have"))
        self.save_anyway = QPushButton(self.tr("Save anyway"))
        self.save_anyway.setAccessibleDescription(self.tr("Saves this contact as a new one despite the match"))
        dup_buttons.addWidget(self.open_existing)
        dup_buttons.addWidget(self.save_anyway)
        dup_buttons.addStretch(1)
        dup_layout.addLayout(dup_buttons)
        self.duplicate_panel.hide()
        outer.addWidget(self.duplicate_panel)
        self.open_existing.clicked.connect(self._open_existing)
        self.save_anyway.clicked.connect(self._save_anyway)

        self.unsaved_label = plain_label(self.tr(
            "Your changes to this contact are not saved: press Cancel or Esc again to close without them, "
            "or Save to keep them."), selectable=False, style=WARNING_STYLE)
        self.unsaved_label.setObjectName("unsavedWarning")
        self.unsaved_label.hide()
        outer.addWidget(self.unsaved_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Checks and saves the contact (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes the editor without saving"))
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.try_save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)  # Ctrl+S, as every editor

        self._matches: list[DuplicateMatch] = []
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.validate_fields)
        for edit in (self.name, self.office, self.languages):
            edit.textChanged.connect(self._schedule)
        self.office.textChanged.connect(self._office_changed)
        self.country.currentIndexChanged.connect(self._schedule)
        self.country.activated.connect(self._country_chosen)

        self._fill(record)
        self.resize(560, 640)
        self.name.setFocus()  # opened to type: the name first, as the form reads

    # -- filling and reading -------------------------------------------------------------------
    def _fill(self, record: ContactRecord | None) -> None:
        if record is not None:
            self.name.setText(record.name)
            self.role.setText(record.role)
            self.office.setText(record.office)
            self._set_country(record.own_country)
            for p in record.phones:
                self.add_phone_row(p.raw, p.kind, kept_phone(p))
            for e in record.emails:
                self.add_email_row(e)
            self.tags.setText(", ".join(record.tags))
            self.notes.setPlainText(record.notes)
            self.languages.setText(", ".join(language_label(c) for c in record.languages))
            self.beats.setText(", ".join(record.beats))
            self.source.setText(record.source)
            self.lawful_basis.setCurrentIndex(max(0, self.lawful_basis.findData(record.lawful_basis)))
            self.set_review_date(record.review_date)
            self.show_protection(bool(record.lawful_basis or record.review_date))
        if not self.phone_rows:
            self.add_phone_row()
        if not self.email_rows:
            self.add_email_row()
        self._office_changed()
        self.validate_fields()
        self._opened_value = self.value()  # what Cancel compares with: unsaved edits are never lost to a stray Esc

    def reload(self, record: ContactRecord) -> None:
        """Show ``record`` instead of what is in the editor (after "Discard mine": a colleague's newer
        version); the next save is checked against its version."""
        self.record = record
        for rows in (self.phone_rows, self.email_rows):
            for row in list(rows):
                rows.remove(row)
                row.deleteLater()
        self.duplicates_confirmed = False
        self.duplicate_panel.hide()
        self._country_auto = False
        self._fill(record)

    def _set_country(self, code: str | None) -> None:
        index = self.country.findData(code) if code else 0
        self.country.setCurrentIndex(max(0, index))

    def _protection_section(self, form: QFormLayout) -> None:
        """A header button that shows or hides the data-protection fields (hidden at first for a
        new contact: the dialog keeps its size)."""
        self.protection_toggle = QToolButton()
        self.protection_toggle.setObjectName("protectionToggle")
        self.protection_toggle.setText(self.tr("&Data protection"))
        self.protection_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.protection_toggle.setCheckable(True)
        self.protection_toggle.setAutoRaise(True)
        self.protection_toggle.setAccessibleName(self.tr("Show the data protection fields"))
        self.protection_toggle.setAccessibleDescription(self.tr(
            "Shows or hides the source, the lawful basis and the review date"))
        self.protection_toggle.toggled.connect(self.show_protection)
        form.addRow(self.protection_toggle)
        self.protection = QWidget()
        self.protection.setObjectName("protectionGroup")
        inner = QFormLayout(self.protection)
        inner.setContentsMargins(16, 0, 0, 0)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source: where this contact's data came from"))
        self.source.setAccessibleDescription(self.tr("Where the contact's data came from, such as a file"))
        self.source.setPlaceholderText(self.tr("Typed by hand") if self.record is None else "")
        self.source.setMaxLength(MAX_SOURCE)
        inner.addRow(self.tr("&Source"), self.source)
        self.lawful_basis = QComboBox()
        self.lawful_basis.setAccessibleName(self.tr("Lawful basis"))
        self.lawful_basis.setAccessibleDescription(self.tr("Why IOM may keep this contact's data"))
        self.lawful_basis.addItem(self.tr("(none)", "no lawful basis"), None)
        for value, label in LAWFUL_BASIS_LABELS.items():
            self.lawful_basis.addItem(translated("ContactDialog", BASIS_LABELS, value, label), value)
        inner.addRow(self.tr("Law&ful basis"), self.lawful_basis)
        review = QWidget()
        box = QHBoxLayout(review)
        box.setContentsMargins(0, 0, 0, 0)
        self.review_set = QCheckBox(self.tr("Review on"))
        self.review_set.setAccessibleName(self.tr("Set a review date"))
        self.review_set.setAccessibleDescription(self.tr("Ticked: the contact's data is due for review on the date"))
        self.review_date = QDateEdit()
        self.review_date.setAccessibleName(self.tr("Review date"))
        self.review_date.setAccessibleDescription(self.tr("The date by which the contact's data should be reviewed"))
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat(edit_date_format())
        self.review_date.setDate(QDate.currentDate().addYears(1))
        self.review_date.setEnabled(False)
        self.review_set.toggled.connect(self.review_date.setEnabled)
        box.addWidget(self.review_set)
        box.addWidget(self.review_date)
        box.addStretch(1)
        inner.addRow(self.tr("Re&view date"), review)
        form.addRow(self.protection)
        self.show_protection(False)

    def show_protection(self, shown: bool) -> None:
        self.protection.setVisible(shown)
        self.protection_toggle.blockSignals(True)
        self.protection_toggle.setChecked(shown)
        self.protection_toggle.blockSignals(False)
        self.protection_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def set_review_date(self, date: dt.date | None) -> None:
        self.review_set.setChecked(date is not None)
        if date is not None:
            self.review_date.setDate(QDate(date.year, date.month, date.day))

    def chosen_review_date(self) -> dt.date | None:
        if not self.review_set.isChecked():
            return None
        d = self.review_date.date()
        return dt.date(d.year(), d.month(), d.day())

    @staticmethod
    def _rows_section(form: QFormLayout, label: str, add_text: str, add_help: str, add_row) -> QVBoxLayout:
        """A form row holding a list of phone or email rows and the button that adds one."""
        box = QVBoxLayout()
        add = QPushButton(add_text)
        add.setAccessibleDescription(add_help)
        add.clicked.connect(lambda: add_row().edit.setFocus())
        section = QWidget()
        section_layout = QVBoxLayout(section)
        section_layout.setContentsMargins(0, 0, 0, 0)
        section_layout.addLayout(box)
        section_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(label, section)
        return box

    def add_phone_row(self, raw: str = "", kind: str | None = None, kept: PhoneValue | None = None) -> PhoneRow:
        return self._add_row(PhoneRow(raw, kind, kept), self.phone_rows, self.phones_box)

    def add_email_row(self, address: str = "") -> EmailRow:
        return self._add_row(EmailRow(address), self.email_rows, self.emails_box)

    def _add_row(self, row, rows: list, box: QVBoxLayout):
        row.changed.connect(self._schedule)
        row.removed.connect(lambda r: self._remove_row(rows, r))
        rows.append(row)
        box.addWidget(row)
        return row

    def _remove_row(self, rows: list, row: QWidget) -> None:
        rows.remove(row)
        row.deleteLater()
        self._schedule()

    def value(self) -> ContactInput:
        return ContactInput(
            name=self.name.text(),
            role=self.role.text(),
            office=self.office.text(),
            country=self.country.currentData() or "",
            notes=self.notes.toPlainText(),
            phones=[r.value() for r in self.phone_rows if r.edit.text().strip()],
            emails=[r.edit.text() for r in self.email_rows if r.edit.text().strip()],
            tags=[t for t in self.tags.text().split(",") if t.strip()],
            languages=split_items(self.languages.text()),
            beats=split_items(self.beats.text()),
            source=self.source.text(),
            lawful_basis=self.lawful_basis.currentData() or "",
            review_date=self.chosen_review_date(),
        )

    # -- validation ----------------------------------------------------------------------------
    def existing_office(self):
        return self.offices.get(fold(self.office.text()))

    def region(self) -> str | None:
        office = self.existing_office()
        if office is not None and office.country:
            return office.country
        return country_for_office(self.office.text()) or self.country.currentData()

    def _office_changed(self) -> None:
        text = self.office.text().strip()
        office = self.existing_office()
        if not text:
            self.country_label.setText(self.tr("&Country"))
            self.country_hint.setText(self.tr("The contact's country; phones without +CC take it."))
        elif office is not None:
            self.country_label.setText(self.tr("&Country"))
            if office.country:
                self.country_hint.setText(self.tr("{office}: {country}.").format(
                    office=office.name, country=shown_country(office.country)))
            else:
                self.country_hint.setText(self.tr("{office}: no country recorded.").format(office=office.name))
        else:
            self.country_label.setText(self.tr("&Country of the new office"))
            guess = country_for_office(text)
            if self._country_auto or self.country.currentData() is None:
                self._set_country(guess)
                self._country_auto = True
            self.country_hint.setText(
                (self.tr("{office} is a new office. Its country was told from its name.") if guess
                 else self.tr("{office} is a new office: choose its country.")).format(office=text)
            )
        self._schedule()

    def _country_chosen(self, _index: int) -> None:
        self._country_auto = False  # the user picked it: never overwrite it

    def _schedule(self) -> None:
        self.duplicates_confirmed = False
        self.duplicate_panel.hide()
        self._timer.start()

    def validate_fields(self) -> bool:
        ok = True
        try:
            normalize_name(self.name.text())
            self.name_error.hide()
        except InvalidValue as exc:
            self.name_error.setText(invalid_text(exc))
            # An empty new form is not an error yet; after typing or trying to save it is.
            self.name_error.setVisible(self._attempted or self.name.isModified())
            ok = False
        region = self.region()
        for row in self.phone_rows:
            ok = row.check(region) and ok
        for row in self.email_rows:
            ok = row.check() and ok
        unknown = []
        for item in split_items(self.languages.text()):
            try:
                normalize_language(item)
            except InvalidValue:
                unknown.append(item)
        if unknown:
            items = ", ".join(repr(u) for u in unknown)
            self.languages_error.setText((
                self.tr("{items} is not a language (use a name such as French or a 2-letter ISO 639-1 "
                        "code such as fr)") if len(unknown) == 1
                else self.tr("{items} are not languages (use a name such as French or a 2-letter ISO 639-1 "
                             "code such as fr)")
            ).format(items=items))
        self.languages_error.setVisible(bool(unknown))
        self.errors_said()
        return ok and not unknown

    def errors_said(self) -> QWidget | None:
        """Put each field's error (shown under it) into what a screen reader says of the field, and take
        it out again once fixed; returns the first field in error."""
        fields = [(self.name, self.name_error)]
        fields += [(row.edit, row.preview) for row in self.phone_rows]
        fields += [(row.edit, row.error) for row in self.email_rows]
        fields.append((self.languages, self.languages_error))
        first = None
        for edit, label in fields:
            wrong = bool(label.isVisibleTo(self) and label.text()
                         and label.property(theme.ROLE_PROPERTY) == ERROR_STYLE)
            say_error(edit, label.text() if wrong else "")
            if wrong and first is None:
                first = edit
        return first

    def focus_first_error(self) -> None:
        """After a refused save: the focus on the first field in error, so a keyboard or screen-reader
        user lands on what to fix (Save is the button they pressed, not where the problem is)."""
        first = self.errors_said()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving --------------------------------------------------------------------------------
    def try_save(self) -> None:
        self._timer.stop()
        self._attempted = True
        if not self.validate_fields():
            self.focus_first_error()
            return
        data = self.value()
        try:
            self.ctx.contacts.validate(data)
        except ValidationError as exc:
            self.name_error.setText(error_text(exc))
            self.name_error.show()
            self.focus_first_error()
            return
        except Exception as exc:  # the team database is unreachable: the save below says so, keeping the edits
            if not is_connection_lost(exc):
                raise
        if not self.duplicates_confirmed:
            try:
                matches = self.ctx.contacts.find_duplicates(data, exclude_id=self.record.id if self.record else None)
            except Exception as exc:
                if not is_connection_lost(exc):
                    raise
                matches = []  # the team database is unreachable: the save below says so, keeping the edits
            if matches:
                self._show_duplicates(matches)
                return
        if self.save_handler is not None and not self.save_handler(data):
            return  # saving failed (the window said why): keep the dialog and what was typed
        self.saved.emit(data)
        self.accept()

    def _show_duplicates(self, matches: list[DuplicateMatch]) -> None:
        self._matches = matches
        lines = [
            (self.tr("{name} ({office}): {reason}") if m.office else self.tr("{name}: {reason}")).format(
                name=m.name, office=m.office, reason=text_of(m.reason))
            for m in matches[:5]
        ]
        self.duplicate_text.setText(self.tr("This looks like a contact you already have:") + "\n" + "\n".join(lines))
        self.duplicate_panel.show()
        self.open_existing.setFocus()

    def unsaved_edits(self) -> bool:
        return self.value() != self._opened_value

    def reject(self) -> None:
        """Cancel, Esc or the window's close button. With unsaved edits the first press keeps them and says
        so (a stray Esc, or one meant for a completer, loses nothing); the second closes without them."""
        if self.unsaved_edits() and not self.unsaved_label.isVisible():
            self.unsaved_label.show()
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.unsaved_label, self.unsaved_label.text()))
            return
        super().reject()

    def _open_existing(self) -> None:
        if self._matches:
            self.openExisting.emit(self._matches[0].contact_id)
            super().reject()  # the user chose to leave this one for the contact they already have

    def _save_anyway(self) -> None:
        self.duplicates_confirmed = True
        self.try_save()
