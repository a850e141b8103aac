"""File > Export: all contacts, the current search results or the selection, in a chosen format."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..services.context import AppContext
from ..services.exporter import EXPORT_FORMATS, SUFFIXES, ExportCancelled, ExportService
from .widgets import TaskDialog, action_text, file_row
from .workers import run_task

# services.exporter.EXPORT_FORMATS' labels (English there; product names stay), for lupdate.
FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("ExportDialog", "IOM Desk CSV (UTF-8)"),
    QT_TRANSLATE_NOOP("ExportDialog", "IOM Desk CSV for Excel (UTF-8 with BOM)"),
    QT_TRANSLATE_NOOP("ExportDialog", "Google Contacts CSV"),
    QT_TRANSLATE_NOOP("ExportDialog", "Outlook CSV"),
    QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0 (.vcf)"),
    QT_TRANSLATE_NOOP("ExportDialog", "vCard 4.0 (.vcf)"),
)


class ExportDialog(TaskDialog):
    exported = Signal(int, str)  # how many, path

    def __init__(self, ctx: AppContext, query: str = "", selected_ids: list[int] | None = None,
                 shown_count: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = query
        self.selected_ids = list(selected_ids or [])
        self.task = None
        self.setWindowTitle(self.tr("Export contacts"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        scope = QVBoxLayout()
        self.scope = QButtonGroup(self)
        total = ctx.contacts.count()
        loc = QLocale()
        self.all_radio = QRadioButton(self.tr("All contacts ({count})").format(count=loc.toString(total)))
        self.all_radio.setAccessibleDescription(self.tr("Exports every contact of the directory"))
        self.search_radio = QRadioButton(action_text(self.tr("The current search results ({count}): “{query}”").format(
            count=loc.toString(shown_count), query=query)))
        self.search_radio.setAccessibleDescription(self.tr("Exports the contacts the current search finds"))
        self.selection_radio = QRadioButton(self.tr("The selected contacts ({count})").format(
            count=loc.toString(len(self.selected_ids))))
        self.selection_radio.setAccessibleDescription(self.tr("Exports the contacts selected in the table"))
        for i, radio in enumerate((self.all_radio, self.search_radio, self.selection_radio)):
            self.scope.addButton(radio, i)
            scope.addWidget(radio)
        self.search_radio.setEnabled(bool(query.strip()))
        self.selection_radio.setEnabled(bool(self.selected_ids))
        (self.selection_radio if len(self.selected_ids) > 1 else self.all_radio).setChecked(True)
        form.addRow(self.tr("Export"), scope)
        self.format = QComboBox()
        for key, label in EXPORT_FORMATS.items():
            self.format.addItem(QCoreApplication.translate("ExportDialog", label), key)
        self.format.setAccessibleName(self.tr("Format"))
        self.format.setAccessibleDescription(self.tr("The file format: a CSV for a program, or vCard"))
        form.addRow(self.tr("&Format"), self.format)
        row, self.path = file_row(self.tr("File to write"), self.browse,
                                  description=self.tr("The path of the file the contacts are written to"),
                                  browse_description=self.tr("Chooses the file to write"))
        to_file = QLabel(self.tr("&To file"))
        to_file.setBuddy(self.path)  # the row is a layout: QFormLayout would show the "&" literally
        form.addRow(to_file, row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setAccessibleDescription(self.tr("Writes the chosen contacts to the file"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr(
            "Closes the dialog; during the export, stops it and writes no file"))
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.format.currentIndexChanged.connect(self._fix_suffix)
        self.resize(560, 260)

    def _fix_suffix(self) -> None:
        text = self.path.text().strip()
        if text:
            base = text.rsplit(".", 1)[0] if "." in text.rsplit("/", 1)[-1] else text
            self.path.setText(base + SUFFIXES[self.format.currentData()])

    def browse(self) -> None:
        fmt = self.format.currentData()
        suffix = SUFFIXES[fmt]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export contacts"), "contacts" + suffix,
                                              "vCard (*.vcf)" if suffix == ".vcf" else "CSV (*.csv)")
        if path:
            self.path.setText(path)

    def start(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.message.setText(self.tr("Choose the file to write first."))
            return
        fmt = self.format.currentData()
        which = self.scope.checkedId()
        query = self.query if which == 1 else None
        ids = self.selected_ids if which == 2 else None
        service = ExportService(self.ctx.db.session_factory)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting..."))

        def work(task):
            return service.export(path, fmt, query=query, ids=ids, progress=task.report,
                                  cancelled=lambda: task.cancelled)

        self._path = path
        # Bound methods: Qt drops the connections if the dialog is ever destroyed.
        self.task = run_task(work, self._done, self._failed, self._report)

    def _done(self, n: int) -> None:
        self.task = None
        self.exported.emit(n, self._path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.progress.hide()
        self.message.setText(self.tr("Export cancelled; no file was written.") if isinstance(exc, ExportCancelled)
                             else self.tr("Export failed, no file was written: {error}").format(error=exc))

    def cancel(self) -> None:
        """Cancel while exporting stops the export (no half file is left); else it closes the dialog."""
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()
