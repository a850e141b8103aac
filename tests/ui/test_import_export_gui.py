from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from iomdesk.interchange.mapping import IGNORE, NOTES
from iomdesk.ui.import_wizard import ImportWizard

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FRENCH = FIXTURES / "csv" / "french_excel_cp1252.csv"
OUTLOOK = FIXTURES / "csv" / "outlook.csv"
VCARD = FIXTURES / "vcard" / "contacts_v3.vcf"


def everyone(ctx):
    return sorted(r.name for r in ctx.search.search("", limit=None))


def run_import(qtbot, wizard):
    with qtbot.waitSignal(wizard.finishedImport, timeout=30000):
        wizard.next()  # Import
    return wizard.result


def test_file_page_shows_detected_encoding_and_delimiter(ctx, qtbot):
    wizard = ImportWizard(ctx, str(FRENCH))
    qtbot.addWidget(wizard)
    info = wizard.file_info.text()
    assert "cp1252" in info.lower() or "windows-1252" in info.lower()
    assert "semicolon" in info
    assert wizard.next_button.isEnabled()


def test_unreadable_file_is_explained_on_the_file_page(ctx, qtbot, tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 50)
    wizard = ImportWizard(ctx, str(binary))
    qtbot.addWidget(wizard)
    assert "photo.csv" in wizard.file_error.text()
    assert not wizard.next_button.isEnabled()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard.path_edit.setText(str(empty))
    wizard.load()
    assert "empty" in wizard.file_error.text().lower()


def test_mapping_preview_shows_rows_as_stored_and_follows_changes(ctx, qtbot):
    wizard = ImportWizard(ctx, str(OUTLOOK))
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.pages.currentIndex() == wizard.MAPPING
    preview = wizard.preview
    assert preview.rowCount() >= 1
    assert preview.item(0, 1).text() == "Ms. Ngozi Okafor"  # Outlook's Title is the name prefix
    assert preview.item(0, 3).text() == "IOM Nigeria"
    assert "+2348035550101" in preview.item(0, 5).text()
    assert preview.item(0, 6).text() == "ngozi.okafor@channels.ng"
    # The user says the company column is not the office: the preview follows.
    company = next(r for r, m in enumerate(wizard.mapping) if m.header == "Company")
    box = wizard.field_boxes[company]
    box.setCurrentIndex(box.findData(IGNORE))
    assert preview.item(0, 3).text() == ""
    box.setCurrentIndex(box.findData(NOTES))
    assert wizard.mapping[company].field == NOTES


def test_import_runs_in_background_then_summary_and_rejects(ctx, qtbot, tmp_path):
    bad = tmp_path / "mixed.csv"
    bad.write_text("Name,Email,Phone\nAna Kovac,akovac@iom.int,+385 1 4816 774\nBroken Row,not-an-email,call me\n"
                   "Awa Diop,adiop@iom.int,+221 33 869 62 00\n", encoding="utf-8")
    wizard = ImportWizard(ctx, str(bad))
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    result = run_import(qtbot, wizard)
    assert (result.added, len(result.rejected)) == (2, 1)
    assert wizard.pages.currentIndex() == wizard.SUMMARY
    assert wizard.summary.text().startswith("added 2, updated 0, skipped 0, rejected 1")
    assert wizard.rejects.item(0, 0).text() == "3"
    assert "not-an-email" in wizard.rejects.item(0, 1).text()
    out = tmp_path / "rejected.csv"
    assert wizard.save_rejects(str(out)) == 1
    text = out.read_text(encoding="utf-8-sig")
    assert "Broken Row" in text and "reason" in text.splitlines()[0].lower()
    assert everyone(ctx) == ["Ana Kovac", "Awa Diop"]
    # Saving the rejects over the file that was imported is refused, and the file kept.
    before = bad.read_bytes()
    assert wizard.save_rejects(str(bad)) == 0
    assert bad.read_bytes() == before
    assert "Rejected rows not saved" in wizard.summary_details.text()


def test_duplicate_policy_is_honoured(ctx, qtbot):
    for _ in range(2):
        wizard = ImportWizard(ctx, str(OUTLOOK))
        qtbot.addWidget(wizard)
        wizard.next()
        wizard.next()
        wizard.policy.button(1).setChecked(True)  # update
        if ctx.contacts.count() == 0:
            run_import(qtbot, wizard)
        else:
            with qtbot.waitSignal(wizard.finishedImport, timeout=30000):
                wizard.next()
    assert wizard.result.added == 0  # the second import found every row already there
    names = everyone(ctx)
    assert len(names) == len(set(names))


def test_cancel_leaves_the_database_as_it_was(ctx, qtbot, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("Name,Email\n" + "".join(f"Person {i},p{i}@example.org\n" for i in range(20000)), encoding="utf-8")
    wizard = ImportWizard(ctx, str(big))
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    wizard.next()  # starts the import
    assert wizard.pages.currentIndex() == wizard.RUNNING
    wizard.cancel()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.SUMMARY, timeout=60000)
    assert "cancelled" in wizard.summary.text().lower()
    assert ctx.contacts.count() == 0


def test_vcard_skips_the_mapping_page(ctx, qtbot):
    wizard = ImportWizard(ctx, str(VCARD))
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.pages.currentIndex() == wizard.OPTIONS
    result = run_import(qtbot, wizard)
    assert result.added >= 2


def test_window_menu_import_refreshes_table(window, qtbot, seeded):
    wizard = window.open_import_wizard(str(OUTLOOK))
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(window.searchFinished, timeout=30000):
        with qtbot.waitSignal(wizard.finishedImport, timeout=30000):
            wizard.next()
        window.start_search()
    assert "Ms. Ngozi Okafor" in [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]
    assert "Import: added" in window.statusBar().currentMessage()


def test_dropping_a_csv_opens_the_import_wizard(window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(OUTLOOK))])
    window.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    assert window.import_wizard.isVisible()
    assert window.import_wizard.path_edit.text() == str(OUTLOOK)


def test_export_dialog_writes_the_chosen_scope(window, qtbot, seeded, tmp_path):
    window.search_edit.setText("geneva")
    window.refresh()
    window.table.selectAll()
    dialog = window.open_export_dialog()
    assert dialog.search_radio.isEnabled() and dialog.selection_radio.isEnabled()
    dialog.search_radio.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("vcard"))
    out = tmp_path / "geneva.vcf"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.start()
    assert blocker.args[0] == 2
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "Sofia Lindqvist" in text
    assert "Exported 2 contacts" in window.statusBar().currentMessage()


def test_export_without_a_file_says_so(window):
    dialog = window.open_export_dialog()
    dialog.start()
    assert "Choose the file" in dialog.message.text()


def test_escape_during_an_import_cancels_it_and_keeps_the_wizard(ctx, qtbot, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("Name,Email\n" + "".join(f"Person {i},p{i}@example.org\n" for i in range(20000)), encoding="utf-8")
    wizard = ImportWizard(ctx, str(big))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()  # starts the import
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()  # not closed under the running import
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.SUMMARY, timeout=60000)
    assert "cancelled" in wizard.summary.text().lower()
    assert ctx.contacts.count() == 0
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # now it closes
    assert not wizard.isVisible()


def test_escape_during_an_export_cancels_it_and_keeps_the_dialog(window, qtbot, tmp_path, monkeypatch):
    import threading

    from iomdesk.services.exporter import ExportCancelled
    from iomdesk.ui import export_dialog

    running = threading.Event()

    class SlowExport:  # an export that runs until it is cancelled
        def __init__(self, _factory):
            pass

        def export(self, path, fmt, query=None, ids=None, progress=None, cancelled=None):
            running.set()
            for _ in range(500):  # at most 5 s, so a broken cancel fails the test rather than hangs it
                if cancelled():
                    raise ExportCancelled()
                threading.Event().wait(0.01)
            return 0

    monkeypatch.setattr(export_dialog, "ExportService", SlowExport)
    dialog = window.open_export_dialog()
    out = tmp_path / "all.csv"
    dialog.path.setText(str(out))
    dialog.start()
    assert running.wait(10)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not closed under the running export
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert dialog.message.text() == "Export cancelled; no file was written."
    assert dialog.export_button.isEnabled() and not out.exists()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now it closes
    assert not dialog.isVisible()
