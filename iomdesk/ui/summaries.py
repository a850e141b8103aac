"""What the window says after an action, in the interface's language.

The services' results carry an English ``summary()`` for the CLI; the window builds its own sentence from
the same counts here, so a French or Spanish interface never shows the CLI's English. In English the
sentences read as the CLI's do. A QObject because lupdate marks plurals (%Ln) only in ``tr()``, and PySide6
finds a plural only in the object's own class context.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QLocale, QObject

from ..services.importing.result import DNC_ROWS_LISTED, RowIssue
from .messages import error_text, field_error_text, text_of


class Summaries(QObject):
    # -- do not contact ---------------------------------------------------------------------------------
    def marked(self, result) -> str:
        """MarkResult: "1 contact marked do not contact; 2 addresses or numbers added to the suppression list"."""
        n, s = len(result.marked), result.suppressions_added
        return self.join(self.tr("%Ln contact(s) marked do not contact", None, n),
                          self.tr("%Ln address(es) or number(s) added to the suppression list", None, s))

    def unmarked(self, result) -> str:
        """UnmarkResult."""
        n, s = len(result.allowed), result.suppressions_removed
        return self.join(self.tr("%Ln contact(s) may be contacted again", None, n),
                          self.tr("%Ln address(es) or number(s) taken off the suppression list", None, s))

    def opted_out(self, result) -> str:
        """OptOutResult: "2 addresses recorded: 1 contact marked do not contact, 0 already marked, ..."."""
        loc = QLocale()
        found, n = len(result.found), len(result.marked)
        return self.tr("{recorded}: {marked}, {already} already marked, {absent} not in the directory (kept on "
                       "the suppression list)").format(
            recorded=self.tr("%Ln address(es) recorded", None, found),
            marked=self.tr("%Ln contact(s) marked do not contact", None, n),
            already=loc.toString(len(result.already)), absent=loc.toString(len(result.not_in_directory)))

    def erased(self, result) -> str:
        """EraseResult: the count, the ids not found, and what is left to do about backups (translated);
        a note about a busy file stays in the service's words."""
        n = len(result.erased)
        text = self.tr("%Ln contact(s) erased for good", None, n)
        if result.missing:
            m = len(result.missing)
            text = self.join(text, self.tr("%Ln id(s) not found: {ids}", None, m).format(
                ids=", ".join(map(str, result.missing))))
        note = result.note
        if result.backups:
            b = len(result.backups)
            cut = note.find(f"{b:,} automatic backup")
            note = note[:cut].strip() if cut >= 0 else note
            backups = (self.tr("1 automatic backup beside the directory still holds the erased data; delete it to "
                               "finish the erasure.") if b == 1 else
                       self.tr("%Ln automatic backups beside the directory still hold the erased data; delete them "
                               "to finish the erasure.", None, b))
            note = (note + " " if note else "") + backups
        return text + (". " + note if note else "")

    def import_dnc(self, result) -> str:
        """ImportResult.dnc_summary(): "2 contacts were marked do not contact (on the suppression list): rows 4, 9"."""
        n = len(result.dnc_ids)
        if not n:
            return ""
        shown = result.dnc_rows[:DNC_ROWS_LISTED]
        if len({src for _row, src in result.dnc_rows}) > 1:
            where = ", ".join(self.tr("{source} row {row}").format(source=src, row=row) if src
                              else self.tr("row {row}").format(row=row) for row, src in shown)
        else:
            rows = ", ".join(str(r) for r, _s in shown)
            where = (self.tr("row {row}").format(row=rows) if len(result.dnc_rows) == 1
                     else self.tr("rows {rows}").format(rows=rows))
        if len(result.dnc_rows) > DNC_ROWS_LISTED:
            where = self.tr("{rows} and {count} more").format(
                rows=where, count=QLocale().toString(len(result.dnc_rows) - DNC_ROWS_LISTED))
        return self._dnc(n).format(where=where)

    def release_dnc(self, result) -> str:
        """PressImportResult.dnc_summary(): "1 contact was marked do not contact (...): NAME"."""
        n = len(result.dnc_contact_ids)
        if not n:
            return ""
        return self._dnc(n).format(where=", ".join(result.dnc_names))

    def _dnc(self, n: int) -> str:
        if n == 1:
            return self.tr("1 contact was marked do not contact (on the suppression list): {where}")
        return self.tr("%Ln contacts were marked do not contact (on the suppression list): {where}", None, n)

    # -- import ----------------------------------------------------------------------------------------
    def rejected(self, issue: RowIssue) -> str:
        """Why a row was not imported: its field errors translated (a problem of the file's shape, such as a
        missing quote, stays in the service's words)."""
        plain = issue.reasons[:len(issue.reasons) - len(issue.errors)]
        return self.join_all([*plain, *(field_error_text(e) for e in issue.errors)])

    def import_warning(self, line: str) -> str:
        """One of the import's warnings in the interface's language, when it is one IOM Desk writes (a
        ``Text``), else as the service wrote it."""
        return text_of(line)

    # -- press releases ----------------------------------------------------------------------------------
    def release_lines(self, release, warnings, contacts=None) -> list[str]:
        """services.press_import.release_warnings in the interface's language: numbers kept as printed
        (by the contact's name and the phone's rank), unread contact blocks, values before any name."""
        from ..services.press_import import NO_COUNTRY

        lines = []
        for w in warnings:
            m = re.match(r"^contacts\[(\d+)\]\.phones\[(\d+)\]$", w.field)
            message = (self.tr("has no country code and no country of the release reads it (office, place, dateline, "
                               "site, other numbers), or more than one does; kept as printed: add +CC to it, or a "
                               "country to the contact")
                       if w.message == NO_COUNTRY else field_error_text(w, with_field=False))
            if m and contacts is not None and int(m[1]) < len(contacts):
                lines.append(self.tr("{name}, phone {number}: {message}").format(
                    name=contacts[int(m[1])].name, number=int(m[2]) + 1, message=message))
            elif m:
                lines.append(self.tr("contact {contact}, phone {number}: {message}").format(
                    contact=int(m[1]) + 1, number=int(m[2]) + 1, message=message))
            else:
                lines.append(field_error_text(w))
        n = len(release.unread_blocks)
        if n:
            lines.append(self.tr("%Ln contact block(s) could not be read into a contact; none was made up "
                                         "(add them by hand)", None, n))
        n = len(release.unassigned)
        if n:
            lines.append(self.tr("1 number or address printed in a contact block before any name belongs to no "
                                 "contact and was not stored (listed with the release)") if n == 1 else
                         self.tr("%Ln numbers or addresses printed in a contact block before any name belong to no "
                                 "contact and were not stored (listed with the release)", None, n))
        return lines

    # -- errors a user can act on ---------------------------------------------------------------------
    def error(self, exc: BaseException, sep: str = "\n") -> str:
        """An error as the window says it: the core's and services' marked messages (field errors joined by
        ``sep``, a busy directory, a team database out of reach: ui/messages.error_text), read-only access
        and the lists' refusals in the interface's language; any other error in its own words."""
        from ..store.db import READ_ONLY_MESSAGE, ReadOnlyDirectory

        if isinstance(exc, ReadOnlyDirectory) and exc.reason == READ_ONLY_MESSAGE:
            return self.tr("You have read-only access to this team directory")
        known = self._list_error(exc)
        return known if known is not None else error_text(exc, sep)

    def _list_error(self, exc: BaseException) -> str | None:
        """The lists' own refusals (a name taken, empty, too long; a list or contact gone)."""
        from ..core.errors import NotFound
        from ..services.lists import NAME_MAX, ListExists

        if isinstance(exc, ListExists):
            return self.tr("a list named '{name}' already exists; choose another name").format(name=exc.name)
        if isinstance(exc, NotFound) and exc.what == "list":
            return self.tr("list {name} does not exist").format(name=exc.ident)
        if isinstance(exc, NotFound) and exc.what == "contact":
            return self.tr("contact {id} does not exist").format(id=exc.ident)
        known = {
            "a list needs a name": self.tr("a list needs a name"),
            f"a list name can have at most {NAME_MAX} characters":
                self.tr("a list name can have at most {limit} characters").format(limit=NAME_MAX),
            'a list name cannot contain a double quote (") : search writes list:"NAME"':
                self.tr('a list name cannot contain a double quote (") : search writes list:"NAME"'),
        }
        return known.get(str(exc))

    def file_error(self, exc: BaseException) -> str:
        """Why a file cannot be imported, without its name (the wizard shows it), in the interface's language
        for the problems people meet: a workbook or archive renamed .csv, an empty file, a wrong encoding."""
        from ..interchange.csv_read import FileReadError

        if not isinstance(exc, FileReadError):
            return self.error(exc)
        message = exc.message
        m = re.match(r"^this is (?P<what>.+), not a text file; nothing was unpacked or imported\. ", message)
        if m:
            return self.tr("this is {what}, not a text file; nothing was unpacked or imported. Open it in its "
                           "program (a spreadsheet: save as CSV UTF-8) and import that file").format(
                what=self._file_kinds().get(m["what"], m["what"]))
        m = re.match(r"^the file is not (?P<encoding>[^:;]+): byte (?P<byte>\d+) cannot be read in it; ", message)
        if m:
            return self.tr("the file is not {encoding}: byte {byte} cannot be read in it; leave the encoding on "
                           "automatic or choose another").format(encoding=m["encoding"], byte=m["byte"])
        m = re.match(r"^the file is not (?P<encoding>[^:;]+); leave the encoding on automatic", message)
        if m:
            return self.tr("the file is not {encoding}; leave the encoding on automatic or choose another").format(
                encoding=m["encoding"])
        known = {
            "the file is empty": self.tr("the file is empty"),
            "the file is empty (no header row)": self.tr("the file is empty (no header row)"),
            "the file has a header row but no contacts below it":
                self.tr("the file has a header row but no contacts below it"),
            "this is not a text file (it holds binary data); if it is an Excel workbook, save it as CSV UTF-8 first":
                self.tr("this is not a text file (it holds binary data); if it is an Excel workbook, save it as "
                        "CSV UTF-8 first"),
            "this is not a text file the app can read (no text encoding fits)":
                self.tr("this is not a text file the app can read (no text encoding fits)"),
            "this does not look like a CSV file (it holds many control characters); if it is a spreadsheet, save "
            "it as CSV first": self.tr("this does not look like a CSV file (it holds many control characters); if "
                                       "it is a spreadsheet, save it as CSV first"),
            "the file does not exist": self.tr("the file does not exist"),
            "the file does not exist (any more)": self.tr("the file does not exist (any more)"),
            "the file cannot be opened (permission denied)": self.tr("the file cannot be opened (permission denied)"),
            "no vCard found (no BEGIN:VCARD line)": self.tr("no vCard found (no BEGIN:VCARD line)"),
        }
        return known.get(message, message)

    def _file_kinds(self) -> dict[str, str]:
        return {
            "a zip archive (or an Excel .xlsx / OpenDocument workbook)":
                self.tr("a zip archive (or an Excel .xlsx / OpenDocument workbook)"),
            "an empty zip archive": self.tr("an empty zip archive"),
            "a gzip-compressed file": self.tr("a gzip-compressed file"),
            "a bzip2-compressed file": self.tr("a bzip2-compressed file"),
            "an xz-compressed file": self.tr("an xz-compressed file"),
            "a 7-Zip archive": self.tr("a 7-Zip archive"),
            "a RAR archive": self.tr("a RAR archive"),
            "a zstd-compressed file": self.tr("a zstd-compressed file"),
            "an old Excel .xls (or Word/Outlook) file": self.tr("an old Excel .xls (or Word/Outlook) file"),
            "a PDF document": self.tr("a PDF document"),
            "a PNG image": self.tr("a PNG image"),
            "a JPEG image": self.tr("a JPEG image"),
            "a GIF image": self.tr("a GIF image"),
            "an SQLite database": self.tr("an SQLite database"),
        }

    # -- backup and copy ---------------------------------------------------------------------------------
    def backed_up(self, result) -> str:
        """BackupResult: "Backed up 4 contacts, 1 article to PATH"."""
        c, a = result.contacts, result.articles
        return self.tr("Backed up {contacts}, {articles} to {path}").format(
            contacts=self.tr("%Ln contact(s)", None, c),
            articles=self.tr("%Ln article(s)", None, a), path=result.path)

    def copied(self, result) -> str:
        """CopyResult, for the status bar (the dialog shows every count)."""
        loc = QLocale()
        text = self.tr("contacts: added {added}, updated {updated}, skipped {skipped}; articles: added "
                       "{articles}").format(added=loc.toString(result.added), updated=loc.toString(result.updated),
                                            skipped=loc.toString(result.skipped),
                                            articles=loc.toString(result.articles_added))
        if result.dry_run:
            text += " " + self.tr("(count only: nothing was stored)")
        return text

    def join_all(self, parts) -> str:
        """Any number of parts: "A; B; C"."""
        parts = list(parts)
        return functools.reduce(self.join, parts) if parts else ""

    def join(self, first: str, second: str) -> str:
        """Two parts of one report: "A; B" (French: a no-break space before the semicolon)."""
        return self.tr("{first}; {second}").format(first=first, second=second)
