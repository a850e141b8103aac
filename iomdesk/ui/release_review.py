"""Review a press release before anything is saved: the article, each contact found, edits, ticks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import InvalidValue
from ..core.offices import country_for_organisation
from ..core.phones import kept_as_entered, parse_phone
from ..interchange.press import ExtractedContact, ExtractedRelease
from ..services.press_import import ContactMatch
from . import theme
from .widgets import plain_tip, table_item

# English here, translated where shown (context "ReleaseReviewDialog").
COLUMNS = [QT_TRANSLATE_NOOP("ReleaseReviewDialog", "Save"), QT_TRANSLATE_NOOP("ReleaseReviewDialog", "Name"),
           QT_TRANSLATE_NOOP("ReleaseReviewDialog", "Role"), QT_TRANSLATE_NOOP("ReleaseReviewDialog", "Office"),
           QT_TRANSLATE_NOOP("ReleaseReviewDialog", "Phones"), QT_TRANSLATE_NOOP("ReleaseReviewDialog", "Emails"),
           QT_TRANSLATE_NOOP("ReleaseReviewDialog", "In the directory")]
SEP = "; "
NO_COUNTRY_TIP = QT_TRANSLATE_NOOP(
    "ReleaseReviewDialog",
    "No country code, and no country the release tells reads it (or several do, none of them the "
    "contact's own): kept exactly as printed. "
    "Add +CC to the number (or an office with a country) to store it normalized."
)


def _no_country_tip() -> str:
    return QCoreApplication.translate("ReleaseReviewDialog", NO_COUNTRY_TIP)


_NO_COUNTRY_BRUSH = "warning-cell"  # a theme role: the warning amber, readable in light and dark palettes


def _cell_text(p) -> str:
    """A number as the review's phone cell shows it: E.164 (with its extension), else as printed."""
    if p.e164 is None:
        return p.raw
    return f"{p.e164} ext. {p.extension}" if p.extension else p.e164


class ReleaseReviewDialog(QDialog):
    """Emits ``accepted_release(release, contacts)`` with the edited article and the ticked contacts."""

    acceptedRelease = Signal(object, object)

    def __init__(self, release: ExtractedRelease, matches: list[ContactMatch], parent: QWidget | None = None):
        super().__init__(parent)
        self.release = release
        self.setWindowTitle(self.tr("Import press release"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(release.title)
        self.title.setAccessibleName(self.tr("Article title"))
        self.title.setAccessibleDescription(self.tr("The title the article is saved with (required)"))
        self.date = QLineEdit(release.date.isoformat() if release.date else "")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.setAccessibleName(self.tr("Article date"))
        self.date.setAccessibleDescription(self.tr("The date of the release, written as year-month-day"))
        self.place = QLineEdit(release.dateline)
        self.place.setAccessibleName(self.tr("Dateline place"))
        self.place.setAccessibleDescription(self.tr("The place named at the start of the release"))
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        if release.source:
            source = QLabel()
            source.setTextFormat(Qt.TextFormat.PlainText)
            source.setText(release.source)
            form.addRow(self.tr("From"), source)
        layout.addLayout(form)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(matches), len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
        theme.watch_items(self.table)
        self.table.setAccessibleName(self.tr("Contacts found in the release"))
        self.table.setAccessibleDescription(self.tr(
            "One contact a row: tick the ones to save, edit a cell to correct it"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((45, 150, 150, 120, 160, 160, 200)):
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))  # a translated header fits
        header.setStretchLastSection(True)
        self._status_heads: list[list[str]] = []  # each row's status before its numbers' notes
        for row, match in enumerate(matches):
            c = match.contact
            check = table_item("", tooltip=False)
            check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, table_item(c.name, editable=True))
            self.table.setItem(row, 2, table_item(c.role, editable=True))
            self.table.setItem(row, 3, table_item(c.office or "", editable=True))
            phones = [_cell_text(p) for p in c.phones] + list(c.invalid_phones)
            phone_item = table_item(SEP.join(phones), editable=True)
            unplaced = [p.raw for p in c.phones if p.e164 is None]
            if unplaced:
                theme.tint(phone_item, _NO_COUNTRY_BRUSH)
                phone_item.setToolTip(plain_tip(SEP.join(phones) + "\n\n" + _no_country_tip()))
            self.table.setItem(row, 4, phone_item)
            self.table.setItem(row, 5, table_item(SEP.join(list(c.emails) + list(c.invalid_emails)), editable=True))
            status = (self.tr("matches {name} ({reason}): will be linked").format(
                name=match.existing_name, reason=match.reason) if match.existing_id else self.tr("new contact"))
            self._status_heads.append([status, *([str(p) for p in match.problems] or c.problems)])
            self.table.setItem(row, 6, table_item(""))
            self._show_status(row, unplaced)
        layout.addWidget(self.table, 1)
        self.unread = QLabel()
        self.unread.setTextFormat(Qt.TextFormat.PlainText)
        self.unread.setWordWrap(True)
        self.unread.setAccessibleName(self.tr("Contact blocks that could not be read"))
        notes = []
        if release.unread_blocks:
            notes.append(
                self.tr("A contact block was found but no contact could be read from it; none was made up. "
                        "Add the contacts by hand if needed:")
                + "\n" + "\n".join(f"\u2022 {b}" for b in release.unread_blocks)
            )
        if release.unassigned:
            notes.append(
                self.tr("Printed in a contact block before any name, so not stored with anyone (add them to a "
                        "contact above if they belong to one): {values}").format(values="; ".join(release.unassigned))
            )
        self.unread.setText("\n".join(notes))
        self.unread.setVisible(bool(notes))
        layout.addWidget(self.unread)
        self._update_summary()
        self.table.itemChanged.connect(self._cell_changed)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        theme.style(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Saves the article and the ticked contacts"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without saving anything"))
        layout.addWidget(self.buttons)
        self.resize(1080, 460)

    def _show_status(self, row: int, unplaced: list[str]) -> None:
        """The row's status with a note for each number kept as printed (``unplaced``)."""
        ambiguous = self.release.contacts[row].ambiguous_phones
        parts = self._status_heads[row] + [
            (self.tr("{number}: reads in more than one of the release's countries, kept as printed (add +CC)")
             if raw in ambiguous else self.tr("{number}: no country, kept as printed (add +CC)")).format(number=raw)
            for raw in unplaced
        ]
        status = "; ".join(parts)
        item = self.table.item(row, 6)
        item.setText(status)
        item.setToolTip(plain_tip(status))

    def _cell_changed(self, item) -> None:
        """An edited office or number: the row's notes and highlight follow what will be saved."""
        if item.column() in (3, 4):
            row = item.row()
            phones, _bad = self._row_phones(row, self.release.contacts[row])
            unplaced = [p.raw for p in phones if p.e164 is None]
            blocked = self.table.blockSignals(True)  # the updates below are no edits
            try:
                self._show_status(row, unplaced)
                cell = self.table.item(row, 4)
                if unplaced:
                    theme.tint(cell, _NO_COUNTRY_BRUSH)
                    cell.setToolTip(plain_tip(cell.text() + "\n\n" + _no_country_tip()))
                else:
                    theme.tint(cell, None)
                    cell.setToolTip(plain_tip(cell.text()))
            finally:
                self.table.blockSignals(blocked)
        self._update_summary()

    def _update_summary(self) -> None:
        ticked = sum(self.table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(self.table.rowCount()))
        if self.table.rowCount() == 0 and self.release.unread_blocks:
            self.summary.setText(self.tr(
                "No contact could be read from this release (see below). The article can still be saved."))
        elif self.table.rowCount() == 0:
            self.summary.setText(self.tr(
                "No media contact block was found in this release. The article can still be saved."))
        else:
            n = self.table.rowCount()
            text = (
                self.tr("%Ln contact found; {ticked} ticked will be saved and linked to the article. Edit a cell to "
                        "correct it; untick a contact to leave it out.", None, n) if n == 1
                else self.tr("%Ln contacts found; {ticked} ticked will be saved and linked to the article. Edit a "
                             "cell to correct it; untick a contact to leave it out.", None, n)
            ).format(ticked=QLocale().toString(ticked))
            # the numbers as they will be saved now (edited cells, ticked rows), not as the release was read
            unplaced = sum(p.e164 is None for c in self.selected_contacts() for p in c.phones)
            if unplaced:
                text += " " + (
                    self.tr("%Ln number has no country code and no country of the release reads it (or several "
                            "do): it is kept as printed (highlighted); add +CC to store it normalized.",
                            None, unplaced) if unplaced == 1
                    else self.tr("%Ln numbers have no country code and no country of the release reads them (or "
                                 "several do): they are kept as printed (highlighted); add +CC to store them "
                                 "normalized.", None, unplaced)
                )
            self.summary.setText(text)

    def set_checked(self, row: int, checked: bool) -> None:
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def edited_release(self) -> ExtractedRelease:
        text = self.date.text().strip()
        try:
            date = dt.date.fromisoformat(text) if text else None
        except ValueError:
            raise InvalidValue(self.tr("the date must look like 2024-06-12"), text) from None
        if not self.title.text().strip():
            raise InvalidValue(self.tr("the article needs a title"), "")
        return ExtractedRelease(
            title=self.title.text().strip(), date=date, dateline=self.place.text().strip(), body=self.release.body,
            url=self.release.url, source=self.release.source, contacts=list(self.release.contacts),
        )

    def selected_contacts(self) -> list[ExtractedContact]:
        chosen = []
        for row, original in enumerate(self.release.contacts):
            if self.table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            office = self.table.item(row, 3).text().strip()
            region = country_for_organisation(office) or original.country
            phones, bad_phones = self._row_phones(row, original)
            emails = [e.strip() for e in self.table.item(row, 5).text().split(";") if e.strip()]
            chosen.append(ExtractedContact(
                name=self.table.item(row, 1).text().strip(), role=self.table.item(row, 2).text().strip(),
                office=office or None, country=region, phones=phones, emails=emails, raw=original.raw,
                invalid_phones=bad_phones,
                ambiguous_phones=[p.raw for p in phones if p.e164 is None and p.raw in original.ambiguous_phones],
            ))
        return chosen

    def _row_phones(self, row: int, original: ExtractedContact) -> tuple[list, list[str]]:
        """The numbers of ``row`` as they will be saved, and the texts that are no number."""
        office = self.table.item(row, 3).text().strip()
        region = country_for_organisation(office) or original.country
        read = {k: p for p in original.phones for k in (p.raw, p.e164, _cell_text(p)) if k}
        phones: list = []
        bad_phones: list[str] = []
        for raw in self.table.item(row, 4).text().split(";"):
            raw = raw.strip()
            if not raw:
                continue
            before = read.get(raw)
            kind = before.kind if before is not None else None
            if before is not None and before.e164 is None and office == (original.office or ""):
                phones.append(before)  # kept as printed and nothing it depends on was edited: as it is
                continue
            if before is not None and before.e164 is not None and raw == _cell_text(before):
                phones.append(before)  # as read (+CC known): as printed, with its extension
                continue
            try:
                if region is None and not raw.startswith(("+", "00")):
                    phones.append(kept_as_entered(raw, kind))  # no country: as printed, flagged
                else:
                    phones.append(parse_phone(raw, region, kind))
            except InvalidValue:
                if before is not None:
                    phones.append(before)  # as the release was read: another of its countries, or as printed
                else:
                    bad_phones.append(raw)
        return phones, bad_phones

    def try_accept(self) -> None:
        try:
            release = self.edited_release()
        except InvalidValue as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.acceptedRelease.emit(release, self.selected_contacts())
        self.accept()
