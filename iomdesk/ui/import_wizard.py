"""File > Import: choose a file, check its encoding and delimiter, map the columns with a preview of
the rows as they will be stored, choose what happens to duplicates, import in the background with
progress and cancel, then read the summary and save the rejected rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..interchange.mapping import FIELDS, ColumnMap
from ..services.context import AppContext
from ..services.importer import (
    ImportCancelled,
    ImportResult,
    ImportService,
    ImportSource,
    read_source,
    write_rejects,
)
from . import theme
from .alerts import log
from .messages import error_text
from .summaries import Summaries
from .widgets import ERROR_STYLE, TaskDialog, file_row, list_table, plain_label, plain_tip, table_item
from .workers import run_task

# The labels are English here and translated where they are shown (context "ImportWizard").
ENCODINGS = [(QT_TRANSLATE_NOOP("ImportWizard", "Detect automatically"), None), ("UTF-8", "utf-8"),
             (QT_TRANSLATE_NOOP("ImportWizard", "UTF-8 with BOM"), "utf-8-sig"),
             (QT_TRANSLATE_NOOP("ImportWizard", "UTF-16 (Excel Unicode text)"), "utf-16"),
             (QT_TRANSLATE_NOOP("ImportWizard", "Windows Western (cp1252)"), "cp1252"),
             ("Latin-1 (ISO 8859-1)", "latin-1"),
             (QT_TRANSLATE_NOOP("ImportWizard", "Windows Cyrillic (cp1251)"), "cp1251"),
             ("Mac Roman", "mac_roman")]
DELIMITERS = [(QT_TRANSLATE_NOOP("ImportWizard", "Detect automatically"), None),
              (QT_TRANSLATE_NOOP("ImportWizard", "Comma ,"), ","),
              (QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ;"), ";"), (QT_TRANSLATE_NOOP("ImportWizard", "Tab"), "\t"),
              (QT_TRANSLATE_NOOP("ImportWizard", "Pipe |"), "|")]
DELIMITER_NAMES = {",": QT_TRANSLATE_NOOP("ImportWizard", "comma"), ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
                   "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"), "|": QT_TRANSLATE_NOOP("ImportWizard", "pipe")}
POLICIES = [("skip", QT_TRANSLATE_NOOP("ImportWizard", "Skip them (keep the directory as it is)")),
            ("update", QT_TRANSLATE_NOOP("ImportWizard", "Update the existing contact (fill empty fields, add new "
                                                         "phones, emails and tags)")),
            ("create", QT_TRANSLATE_NOOP("ImportWizard", "Create them anyway"))]
# interchange.mapping.FIELDS' labels (English there), for lupdate: shown through _tr.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportWizard", "Full name"), QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    QT_TRANSLATE_NOOP("ImportWizard", "Middle name"), QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    QT_TRANSLATE_NOOP("ImportWizard", "Name prefix"), QT_TRANSLATE_NOOP("ImportWizard", "Name suffix"),
    QT_TRANSLATE_NOOP("ImportWizard", "Role / job title"), QT_TRANSLATE_NOOP("ImportWizard", "Office / organization"),
    QT_TRANSLATE_NOOP("ImportWizard", "Country"), QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    QT_TRANSLATE_NOOP("ImportWizard", "Tags"), QT_TRANSLATE_NOOP("ImportWizard", "Email(s)"),
    QT_TRANSLATE_NOOP("ImportWizard", "Phone(s)"), QT_TRANSLATE_NOOP("ImportWizard", "Phone kind (label)"),
    QT_TRANSLATE_NOOP("ImportWizard", "Languages"), QT_TRANSLATE_NOOP("ImportWizard", "Beats"),
    QT_TRANSLATE_NOOP("ImportWizard", "Source (where the data came from)"),
    QT_TRANSLATE_NOOP("ImportWizard", "Lawful basis"), QT_TRANSLATE_NOOP("ImportWizard", "Review date"),
    QT_TRANSLATE_NOOP("ImportWizard", "Not a field: keep in notes"), QT_TRANSLATE_NOOP("ImportWizard", "Ignore"),
)
PREVIEW_ROWS = 20


def _tr(text: str) -> str:
    """A label of the tables above, translated (lupdate reads them from the QT_TRANSLATE_NOOP calls)."""
    return QCoreApplication.translate("ImportWizard", text)


def import_summary(result: ImportResult) -> str:
    """``result.summary()`` in the interface's language (the do-not-contact part stays the service's)."""
    loc = QLocale()
    text = QCoreApplication.translate(
        "ImportWizard", "added {added}, updated {updated}, skipped {skipped}, rejected {rejected}").format(
        added=loc.toString(result.added), updated=loc.toString(result.updated),
        skipped=loc.toString(result.skipped), rejected=loc.toString(len(result.rejected)))
    if result.kept_phones:
        n = result.kept_phones
        # pyside6-lupdate does not mark QCoreApplication.translate(..., n) as plural (and a plain message is
        # not found when n is given): one message for one phone, one for several (n > 0 here).
        text = Summaries().join(text, (
            QCoreApplication.translate("ImportWizard", "{count} phone kept as entered (no country code)")
            if n == 1
            else QCoreApplication.translate("ImportWizard", "{count} phones kept as entered (no country code)")
        ).format(count=loc.toString(n)))
    if result.dnc_ids:
        text = Summaries().join(text, Summaries().import_dnc(result))
    if result.dry_run:
        text += " " + QCoreApplication.translate("ImportWizard", "(dry run: nothing was stored)")
    elif result.strict_failed:
        text += " " + QCoreApplication.translate(
            "ImportWizard", "(strict: some rows were rejected, so nothing was imported)")
    return text


class ImportWizard(TaskDialog):
    finishedImport = Signal(object)  # ImportResult, after a real (not dry) import stored rows

    FILE, MAPPING, OPTIONS, RUNNING, SUMMARY = range(5)

    def __init__(self, ctx: AppContext, path: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.source: ImportSource | None = None
        self.mapping: list[ColumnMap] = []
        self.result: ImportResult | None = None
        self.task = None
        self.setWindowTitle(self.tr("Import contacts"))
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._options_page())
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._summary_page())
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setAccessibleDescription(self.tr("Goes back to the previous step"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setAccessibleDescription(self.tr("Goes on to the next step, starts the import or closes"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr(
            "Closes the wizard; during the import, stops it and stores nothing"))
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.cancel)
        self.resize(900, 600)
        if path:
            self.path_edit.setText(path)
            self.load()
        self._update_buttons()

    # -- pages ---------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        row, self.path_edit = file_row(self.tr("File to import"), self.browse,
                                       self.tr("A CSV file (Excel, Google, Outlook, Thunderbird) or a vCard file"),
                                       description=self.tr("The path of the CSV or vCard file to import"),
                                       browse_description=self.tr("Chooses the file to import"))
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)  # the row is a layout: QFormLayout would show the "&" literally
        form.addRow(file_label, row)
        self.encoding = QComboBox()
        for text, value in ENCODINGS:
            self.encoding.addItem(_tr(text), value)
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.setAccessibleDescription(self.tr("How the file's characters are encoded; detected by default"))
        self.delimiter = QComboBox()
        for text, value in DELIMITERS:
            self.delimiter.addItem(_tr(text), value)
        self.delimiter.setAccessibleName(self.tr("Delimiter"))
        self.delimiter.setAccessibleDescription(self.tr("The character between the columns; detected by default"))
        form.addRow(self.tr("&Encoding"), self.encoding)
        form.addRow(self.tr("&Delimiter"), self.delimiter)
        self.file_info = plain_label(selectable=False)
        self.file_info.setObjectName("fileInfo")
        form.addRow("", self.file_info)
        self.file_error = plain_label(selectable=False, style=ERROR_STYLE)
        self.file_error.setObjectName("fileError")
        form.addRow("", self.file_error)
        self.path_edit.editingFinished.connect(self.load)
        self.encoding.activated.connect(lambda _i: self.load())
        self.delimiter.activated.connect(lambda _i: self.load())
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(self.tr("Check which field each column fills. Columns that fill no field are "
                                             "not lost: keep them in the contact's notes, or have them listed in "
                                             "the summary."), selectable=False))
        self.columns = list_table([self.tr("Column"), self.tr("First value"), self.tr("Fills")],
                                  self.tr("Column mapping"))
        self.columns.setAccessibleDescription(self.tr("Each column of the file, its first value and the field it fills"))
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.columns, 3)
        unmapped = QHBoxLayout()
        self.keep_notes = QRadioButton(self.tr("Keep other columns in the notes"))
        self.keep_notes.setAccessibleDescription(self.tr("Columns that fill no field are added to the notes"))
        self.report_only = QRadioButton(self.tr("Only list them in the summary"))
        self.report_only.setAccessibleDescription(self.tr("Columns that fill no field are named in the summary only"))
        self.keep_notes.setChecked(True)
        unmapped.addWidget(self.keep_notes)
        unmapped.addWidget(self.report_only)
        unmapped.addStretch(1)
        layout.addLayout(unmapped)
        layout.addWidget(plain_label(self.tr("The first {count} rows as they will be stored:").format(
            count=QLocale().toString(PREVIEW_ROWS)), selectable=False))
        self.preview = list_table([self.tr("Row"), self.tr("Name"), self.tr("Role"), self.tr("Office"),
                                   self.tr("Country"), self.tr("Phones"), self.tr("Emails"), self.tr("Problems")],
                                  self.tr("Preview of the rows as they will be stored"))
        self.preview.setAccessibleDescription(self.tr(
            "The first rows of the file as they will be stored, with the problems found in each"))
        self.preview.setWordWrap(False)
        theme.watch_items(self.preview)
        header = self.preview.horizontalHeader()
        char = self.preview.fontMetrics().averageCharWidth()  # widths in characters: they follow the font and DPI
        for col, chars in enumerate((6, 21, 16, 16, 9, 21, 24, 23)):
            header.resizeSection(col, max(chars * char, header.sectionSizeHint(col)))  # a translated header fits
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 2)
        return page

    def _options_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(self.tr("A row is a duplicate when it has the same email as a contact (in the "
                                             "directory or earlier in the file), else the same phone number, else "
                                             "the same name and office. Duplicates:"), selectable=False))
        self.policy = QButtonGroup(self)
        for i, (key, text) in enumerate(POLICIES):
            radio = QRadioButton(_tr(text))
            radio.setAccessibleDescription(self.tr("What happens to a row that is a duplicate"))
            radio.setProperty("policy", key)
            self.policy.addButton(radio, i)
            layout.addWidget(radio)
        self.policy.button(0).setChecked(True)
        self.strict = QCheckBox(self.tr("Import nothing if any row is rejected"))
        self.strict.setAccessibleDescription(self.tr("Ticked: one rejected row cancels the whole import"))
        layout.addWidget(self.strict)
        self.dry_run = QCheckBox(self.tr("Only check the file (store nothing)"))
        self.dry_run.setAccessibleDescription(self.tr("Ticked: reads and checks every row without storing any"))
        layout.addWidget(self.dry_run)
        layout.addStretch(1)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.running_label = plain_label(self.tr("Importing..."), selectable=False)
        layout.addWidget(self.running_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        layout.addWidget(self.progress)
        layout.addWidget(plain_label(self.tr("Cancel leaves the directory exactly as it was."), selectable=False))
        layout.addStretch(1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = plain_label(selectable=False)
        self.summary.setObjectName("summary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.summary_details = plain_label(selectable=False)
        self.summary_details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Up to 1,000 warning lines (a row each): scrolled, so the wizard and its buttons stay on the screen.
        details = QScrollArea()
        details.setWidget(self.summary_details)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        details.setMaximumHeight(12 * self.summary_details.fontMetrics().lineSpacing())
        details.setAccessibleName(self.tr("Import details"))
        details.setAccessibleDescription(self.tr("The warnings and notes of the import, one a line"))
        layout.addWidget(details)
        self.rejects = list_table([self.tr("Row"), self.tr("Why it was not imported")], self.tr("Rejected rows"))
        self.rejects.setAccessibleDescription(self.tr("The rows that were not imported and why"))
        self.rejects.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.rejects, 1)
        self.save_rejects_button = QPushButton(self.tr("Save rejected rows as CSV..."))
        self.save_rejects_button.setToolTip(self.tr(
            "The original rows plus a reason column: fix them and import the file again"))
        self.save_rejects_button.clicked.connect(self.choose_rejects_file)
        layout.addWidget(self.save_rejects_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- navigation ----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setEnabled(page in (self.MAPPING, self.OPTIONS))
        self.next_button.setVisible(page != self.RUNNING)
        self.next_button.setText({self.OPTIONS: self.tr("&Import"), self.SUMMARY: self.tr("&Close")}.get(
            page, self.tr("&Next >")))
        self.next_button.setEnabled(page != self.FILE or self.source is not None)
        self.cancel_button.setVisible(page != self.SUMMARY)

    def back(self) -> None:
        page = self.pages.currentIndex()
        if page == self.OPTIONS and self.source is not None and self.source.format == "vcard":
            self.pages.setCurrentIndex(self.FILE)
        elif page in (self.MAPPING, self.OPTIONS):
            self.pages.setCurrentIndex(page - 1)
        self._update_buttons()

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == self.FILE:
            if self.source is None:
                return
            # vCard has no columns to map.
            self.pages.setCurrentIndex(self.OPTIONS if self.source.format == "vcard" else self.MAPPING)
        elif page == self.MAPPING:
            self.pages.setCurrentIndex(self.OPTIONS)
        elif page == self.OPTIONS:
            self.start_import()
        elif page == self.SUMMARY:
            self.accept()
        self._update_buttons()

    def cancel(self) -> None:
        """Cancel, Esc or the window's close button while importing cancel the import; the wizard stays
        open until the import has stopped (and shows that nothing was stored)."""
        if self.task is not None:
            self.task.cancel()
            self.running_label.setText(self.tr("Cancelling: nothing will be stored..."))
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    # -- file ----------------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), "",
            self.tr("Contacts (*.csv *.tsv *.txt *.vcf *.vcard)") + ";;" + self.tr("All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.load()

    def load(self) -> None:
        path = self.path_edit.text().strip()
        self.source = None
        self.file_error.setText("")
        self.file_info.setText("")
        if path:
            try:
                self.source = read_source(path, encoding=self.encoding.currentData(),
                                          delimiter=self.delimiter.currentData())
            except Exception as exc:  # every read problem is shown here, in words
                self.file_error.setText(self.tr("{file}: {error}").format(file=Path(path).name,
                                                                            error=Summaries().file_error(exc)))
        if self.source is not None:
            s = self.source
            n = s.row_count
            if s.format == "vcard":
                if not s.row_count_exact:
                    info = self.tr("vCard file, about %Ln cards", None, n)
                else:
                    info = self.tr("vCard file, %Ln card", None, n) if n == 1 else self.tr("vCard file, %Ln cards", None, n)
                info += "\n" + self.tr("Encoding: {encoding}").format(encoding=s.encoding)
            else:
                if not s.row_count_exact:
                    info = self.tr("CSV file, about %Ln rows", None, n)
                else:
                    info = self.tr("CSV file, %Ln row", None, n) if n == 1 else self.tr("CSV file, %Ln rows", None, n)
                delim = _tr(DELIMITER_NAMES[s.delimiter]) if s.delimiter in DELIMITER_NAMES else s.delimiter
                info += "\n" + self.tr("Encoding: {encoding}; delimiter: {delimiter}; columns: {columns}").format(
                    encoding=s.encoding, delimiter=delim, columns=QLocale().toString(len(s.headers)))
            self.file_info.setText(info + ("\n" + "\n".join(s.warnings) if s.warnings else ""))
            self.mapping = [ColumnMap(m.index, m.header, m.field, m.kind, m.group, m.note) for m in s.mapping]
            self._fill_columns()
            self.refresh_preview()
        self._update_buttons()

    # -- mapping -------------------------------------------------------------------------------
    def _fill_columns(self) -> None:
        src = self.source
        first = src.first_rows[0].cells if src and src.first_rows else []
        self.columns.setRowCount(len(self.mapping))
        self.field_boxes: list[QComboBox] = []
        for r, m in enumerate(self.mapping):
            self.columns.setItem(r, 0, table_item(m.header or self.tr("(column {number})").format(
                number=QLocale().toString(m.index + 1))))
            self.columns.setItem(r, 1, table_item(first[m.index] if m.index < len(first) else ""))
            box = QComboBox()
            for key, label in FIELDS.items():
                box.addItem(_tr(label), key)
            box.setCurrentIndex(max(0, box.findData(m.field)))
            box.setAccessibleName(self.tr("Field for column {column}").format(column=m.header))
            box.setAccessibleDescription(self.tr("The contact field this column fills, or Ignore"))
            if m.note:
                box.setToolTip(plain_tip(m.note))
            box.currentIndexChanged.connect(lambda _i, row=r, b=box: self.set_field(row, b.currentData()))
            self.columns.setCellWidget(r, 2, box)
            self.field_boxes.append(box)

    def set_field(self, row: int, field: str) -> None:
        self.mapping[row].field = field
        self.refresh_preview()

    def refresh_preview(self) -> None:
        if self.source is None:
            return
        rows = self.source.preview(PREVIEW_ROWS, self.mapping)
        service = self.ctx.contacts
        self.preview.setRowCount(len(rows))
        for r, p in enumerate(rows):
            cells = [str(p.row), "", "", "", "", "", "", "; ".join(p.problems)]
            if p.data is not None:
                try:
                    draft = service.validate(p.data)
                    cells[1:7] = [draft.name, draft.role, draft.office, draft.effective_country or "",
                                  "; ".join(ph.e164 or ph.raw for ph in draft.phones), "; ".join(draft.emails)]
                except Exception as exc:
                    d = p.data
                    cells[1:7] = [d.name, d.role, d.office, d.country, "; ".join(str(getattr(x, "raw", x)) for x in d.phones),
                                  "; ".join(d.emails)]
                    cells[7] = "; ".join(filter(None, [cells[7], error_text(exc)]))
            for c, text in enumerate(cells):
                item = table_item(text)
                if c == 7 and text:
                    theme.tint(item, "error")
                self.preview.setItem(r, c, item)

    # -- import --------------------------------------------------------------------------------
    def options(self) -> dict:
        return {
            "on_duplicate": self.policy.checkedButton().property("policy"),
            "strict": self.strict.isChecked(),
            "dry_run": self.dry_run.isChecked(),
            "unmapped": "notes" if self.keep_notes.isChecked() else "report",
        }

    def start_import(self) -> None:
        if self.source is None:
            return
        source, mapping, options = self.source, list(self.mapping), self.options()
        service = ImportService(self.ctx.db.session_factory)
        self.pages.setCurrentIndex(self.RUNNING)
        self.progress.setValue(0)
        n = source.row_count
        if not source.row_count_exact:
            running = self.tr("Importing about %Ln rows from {file}...", None, n)
        elif n == 1:
            running = self.tr("Importing %Ln row from {file}...", None, n)
        else:
            running = self.tr("Importing %Ln rows from {file}...", None, n)
        self.running_label.setText(running.format(file=source.name))
        backed_up = self.tr("The directory was backed up to {path} before the import.")

        def work(task):
            from ..services.backup import backup_before_import

            saved = backup_before_import(self.ctx.db, options["on_duplicate"], options["dry_run"])
            result = service.import_source(
                source, mapping if source.format == "csv" else None, progress=task.report,
                cancelled=lambda: task.cancelled, **options)
            if saved is not None:
                result.warnings.append(backed_up.format(path=saved))
            return result

        # Bound methods: Qt drops the connections if the wizard is ever destroyed.
        self.task = run_task(work, self._done, self._failed, self._report)
        self._update_buttons()

    def _done(self, result: ImportResult) -> None:
        self.task = None
        self.result = result
        self.summary.setText(import_summary(result))
        details = []
        if result.unmapped_columns:
            details.append(self.tr("Columns not kept: {columns}").format(columns=", ".join(result.unmapped_columns)))
        details += [Summaries().import_warning(line) for line in result.warnings]
        if result.duplicate_count:
            n = result.duplicate_count
            details.append(self.tr("%Ln duplicate row handled by the duplicate rule.", None, n) if n == 1
                           else self.tr("%Ln duplicate rows handled by the duplicate rule.", None, n))
        self.summary_details.setText("\n".join(details))
        self.rejects.setRowCount(len(result.rejected))
        for r, issue in enumerate(result.rejected):
            self.rejects.setItem(r, 0, table_item(str(issue.row)))
            self.rejects.setItem(r, 1, table_item(Summaries().rejected(issue)))
        self.save_rejects_button.setEnabled(bool(result.rejected))
        self.pages.setCurrentIndex(self.SUMMARY)
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        if result.stored:
            self.finishedImport.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.cancel_button.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            self.summary.setText(self.tr("Import cancelled: nothing was stored."))
        else:
            self.summary.setText(self.tr("The import failed and nothing was stored: {error}").format(error=exc))
            if not isinstance(exc, UserError | OSError):  # a bug: keep the details in the log
                log.error("import failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.summary_details.setText("")
        self.rejects.setRowCount(0)
        self.save_rejects_button.setEnabled(False)
        self.pages.setCurrentIndex(self.SUMMARY)
        self._update_buttons()

    def choose_rejects_file(self) -> None:
        suggested = str(Path(self.source.path or "contacts").with_suffix("")) + "-rejected.csv" if self.source else ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), suggested, "CSV (*.csv)")
        if path:
            self.save_rejects(path)

    def save_rejects(self, path: str) -> int:
        try:
            n = write_rejects(self.result, path, [self.source.path if self.source else None])
        except (UserError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.summary_details.setText(self.summary_details.text() + "\n"
                                         + self.tr("Rejected rows not saved: {reason}").format(reason=reason))
            return 0
        saved = (self.tr("%Ln rejected row saved to {path}.", None, n) if n == 1
                 else self.tr("%Ln rejected rows saved to {path}.", None, n))
        self.summary_details.setText(self.summary_details.text() + "\n" + saved.format(path=path))
        return n
