"""File > Import: choose a file, check its encoding and delimiter, map the columns with a preview of
the rows as they will be stored, choose what happens to duplicates, import in the background with
progress and cancel, then read the summary and save the rejected rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.text import count_of
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
from .widgets import ERROR_STYLE, TaskDialog, file_row, list_table, plain_label, plain_tip, table_item
from .workers import run_task

ENCODINGS = [("Detect automatically", None), ("UTF-8", "utf-8"), ("UTF-8 with BOM", "utf-8-sig"),
             ("UTF-16 (Excel Unicode text)", "utf-16"), ("Windows Western (cp1252)", "cp1252"),
             ("Latin-1 (ISO 8859-1)", "latin-1"), ("Windows Cyrillic (cp1251)", "cp1251"),
             ("Mac Roman", "mac_roman")]
DELIMITERS = [("Detect automatically", None), ("Comma ,", ","), ("Semicolon ;", ";"), ("Tab", "\t"),
              ("Pipe |", "|")]
POLICIES = [("skip", "Skip them (keep the directory as it is)"),
            ("update", "Update the existing contact (fill empty fields, add new phones, emails and tags)"),
            ("create", "Create them anyway")]
PREVIEW_ROWS = 20


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
        self.setWindowTitle("Import contacts")
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._options_page())
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._summary_page())
        buttons = QHBoxLayout()
        self.back_button = QPushButton("< &Back")
        self.next_button = QPushButton("&Next >")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel")
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
        row, self.path_edit = file_row("File to import", self.browse,
                                       "A CSV file (Excel, Google, Outlook, Thunderbird) or a vCard file")
        form.addRow("&File", row)
        self.encoding = QComboBox()
        for text, value in ENCODINGS:
            self.encoding.addItem(text, value)
        self.encoding.setAccessibleName("Encoding")
        self.delimiter = QComboBox()
        for text, value in DELIMITERS:
            self.delimiter.addItem(text, value)
        self.delimiter.setAccessibleName("Delimiter")
        form.addRow("&Encoding", self.encoding)
        form.addRow("&Delimiter", self.delimiter)
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
        layout.addWidget(plain_label("Check which field each column fills. Columns that fill no field are not lost: "
                                "keep them in the contact's notes, or have them listed in the summary."))
        self.columns = list_table(["Column", "First value", "Fills"], "Column mapping")
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.columns, 3)
        unmapped = QHBoxLayout()
        self.keep_notes = QRadioButton("Keep other columns in the notes")
        self.report_only = QRadioButton("Only list them in the summary")
        self.keep_notes.setChecked(True)
        unmapped.addWidget(self.keep_notes)
        unmapped.addWidget(self.report_only)
        unmapped.addStretch(1)
        layout.addLayout(unmapped)
        layout.addWidget(plain_label(f"The first {PREVIEW_ROWS} rows as they will be stored:", selectable=False))
        self.preview = list_table(["Row", "Name", "Role", "Office", "Country", "Phones", "Emails", "Problems"],
                                  "Preview of the rows as they will be stored")
        self.preview.setWordWrap(False)
        theme.watch_items(self.preview)
        char = self.preview.fontMetrics().averageCharWidth()  # widths in characters: they follow the font and DPI
        for col, chars in enumerate((6, 21, 16, 16, 9, 21, 24, 23)):
            self.preview.horizontalHeader().resizeSection(col, chars * char)
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 2)
        return page

    def _options_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label("A row is a duplicate when it has the same email as a contact (in the directory "
                                "or earlier in the file), else the same phone number, else the same name and "
                                "office. Duplicates:"))
        self.policy = QButtonGroup(self)
        for i, (key, text) in enumerate(POLICIES):
            radio = QRadioButton(text)
            radio.setProperty("policy", key)
            self.policy.addButton(radio, i)
            layout.addWidget(radio)
        self.policy.button(0).setChecked(True)
        self.strict = QCheckBox("Import nothing if any row is rejected")
        layout.addWidget(self.strict)
        self.dry_run = QCheckBox("Only check the file (store nothing)")
        layout.addWidget(self.dry_run)
        layout.addStretch(1)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.running_label = plain_label("Importing...", selectable=False)
        layout.addWidget(self.running_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        layout.addWidget(self.progress)
        layout.addWidget(plain_label("Cancel leaves the directory exactly as it was.", selectable=False))
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
        layout.addWidget(details)
        self.rejects = list_table(["Row", "Why it was not imported"], "Rejected rows")
        self.rejects.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.rejects, 1)
        self.save_rejects_button = QPushButton("Save rejected rows as CSV...")
        self.save_rejects_button.setToolTip("The original rows plus a reason column: fix them and import the file again")
        self.save_rejects_button.clicked.connect(self.choose_rejects_file)
        layout.addWidget(self.save_rejects_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- navigation ----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setEnabled(page in (self.MAPPING, self.OPTIONS))
        self.next_button.setVisible(page != self.RUNNING)
        self.next_button.setText({self.OPTIONS: "&Import", self.SUMMARY: "&Close"}.get(page, "&Next >"))
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
            self.running_label.setText("Cancelling: nothing will be stored...")
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    # -- file ----------------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import contacts", "", "Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)")
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
                self.file_error.setText(f"{Path(path).name}: {exc}")
        if self.source is not None:
            s = self.source
            what = "vCard" if s.format == "vcard" else "CSV"
            delim = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(s.delimiter or "", s.delimiter)
            about = "" if s.row_count_exact else "about "
            info = f"{what} file, {about}{s.row_count:,} {'cards' if s.format == 'vcard' else 'rows'}, encoding {s.encoding}"
            if s.format == "csv":
                info += f", delimiter {delim}, {len(s.headers)} columns"
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
            self.columns.setItem(r, 0, table_item(m.header or f"(column {m.index + 1})"))
            self.columns.setItem(r, 1, table_item(first[m.index] if m.index < len(first) else ""))
            box = QComboBox()
            for key, label in FIELDS.items():
                box.addItem(label, key)
            box.setCurrentIndex(max(0, box.findData(m.field)))
            box.setAccessibleName(f"Field for column {m.header}")
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
                    reasons = [str(e) for e in getattr(exc, "errors", [])] or [str(exc)]
                    cells[7] = "; ".join(filter(None, [cells[7], *reasons]))
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
        about = "" if source.row_count_exact else "about "
        self.running_label.setText(f"Importing {about}{source.row_count:,} rows from {source.name}...")

        def work(task):
            from ..services.backup import backup_before_import

            saved = backup_before_import(self.ctx.db, options["on_duplicate"], options["dry_run"])
            result = service.import_source(
                source, mapping if source.format == "csv" else None, progress=task.report,
                cancelled=lambda: task.cancelled, **options)
            if saved is not None:
                result.warnings.append(f"The directory was backed up to {saved} before the import.")
            return result

        # Bound methods: Qt drops the connections if the wizard is ever destroyed.
        self.task = run_task(work, self._done, self._failed, self._report)
        self._update_buttons()

    def _done(self, result: ImportResult) -> None:
        self.task = None
        self.result = result
        self.summary.setText(result.summary())
        details = []
        if result.unmapped_columns:
            details.append("Columns not kept: " + ", ".join(result.unmapped_columns))
        details += result.warnings
        if result.duplicate_count:
            details.append(f"{count_of(result.duplicate_count, 'duplicate row')} handled by the duplicate rule.")
        self.summary_details.setText("\n".join(details))
        self.rejects.setRowCount(len(result.rejected))
        for r, issue in enumerate(result.rejected):
            self.rejects.setItem(r, 0, table_item(str(issue.row)))
            self.rejects.setItem(r, 1, table_item("; ".join(issue.reasons)))
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
            self.summary.setText("Import cancelled: nothing was stored.")
        else:
            self.summary.setText(f"The import failed and nothing was stored: {exc}")
            if not isinstance(exc, UserError | OSError):  # a bug: keep the details in the log
                log.error("import failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.summary_details.setText("")
        self.rejects.setRowCount(0)
        self.save_rejects_button.setEnabled(False)
        self.pages.setCurrentIndex(self.SUMMARY)
        self._update_buttons()

    def choose_rejects_file(self) -> None:
        suggested = str(Path(self.source.path or "contacts").with_suffix("")) + "-rejected.csv" if self.source else ""
        path, _ = QFileDialog.getSaveFileName(self, "Save rejected rows", suggested, "CSV (*.csv)")
        if path:
            self.save_rejects(path)

    def save_rejects(self, path: str) -> int:
        try:
            n = write_rejects(self.result, path, [self.source.path if self.source else None])
        except (UserError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.summary_details.setText(self.summary_details.text() + f"\nRejected rows not saved: {reason}")
            return 0
        self.summary_details.setText(self.summary_details.text() + f"\n{count_of(n, 'rejected row')} saved to {path}.")
        return n
