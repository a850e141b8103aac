"""File > Back up directory, and the automatic backup when the import wizard updates contacts."""

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from iomdesk.services import backup as backup_mod
from iomdesk.store import db as dbmod
from iomdesk.ui.import_wizard import ImportWizard

OUTLOOK = Path(__file__).resolve().parents[1] / "fixtures" / "csv" / "outlook.csv"


@pytest.fixture
def gate(monkeypatch):
    """Hold the backup copy before each page until the test sets the returned event."""
    event = threading.Event()
    real_copy = dbmod.sqlite_online_copy

    def gated_copy(source, target, step=None, pages=1024):
        def wait_then_step(done, total):
            event.wait(10)
            step(done, total)

        real_copy(source, target, wait_then_step, pages=1)

    monkeypatch.setattr(backup_mod, "sqlite_online_copy", gated_copy)
    yield event
    event.set()


def test_file_menu_backs_up_in_the_background_and_says_where(window, qtbot, captured, tmp_path):
    assert window.act_backup in window.file_menu.actions()
    assert window.act_backup.text() == "&Back up directory..."
    target = tmp_path / "my backup.sqlite3"
    with qtbot.waitSignal(window.backupFinished, timeout=30000) as blocker:
        window.backup_directory(str(target))
    result = blocker.args[0]
    assert result.path == target and target.exists()
    assert window.statusBar().currentMessage() == f"Backed up 4 contacts, 1 article to {target}"
    (level, title, text), = [m for m in captured.messages if m[1] == "Backup saved"]
    assert level == "info" and str(target) in text
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 4
    conn.close()


def test_cancelled_backup_writes_no_file(window, qtbot, tmp_path, gate):
    target = tmp_path / "cancelled.sqlite3"
    try:
        with qtbot.waitSignal(window.backupFinished, timeout=30000) as blocker:
            task = window.backup_directory(str(target))
            cancel = window.backup_progress.findChild(QPushButton)
            assert cancel.text() == "Cancel"
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # while the copy runs
            assert task.cancelled
            gate.set()
    finally:
        gate.set()
    assert isinstance(blocker.args[0], backup_mod.BackupCancelled)
    assert window.statusBar().currentMessage() == "Backup cancelled: no file was written"
    assert list(tmp_path.glob("*cancelled*")) == []


def test_a_second_backup_waits_for_the_first(window, qtbot, tmp_path, gate):
    # the progress window is not modal: a second File > Back up to the same default name removed the
    # first one's temporary file, and both failed ("attempt to write a readonly database")
    target = tmp_path / "twice.sqlite3"
    try:
        with qtbot.waitSignal(window.backupFinished, timeout=30000) as blocker:
            assert window.backup_directory(str(target)) is not None
            assert not window.act_backup.isEnabled()
            assert window.backup_directory(str(target)) is None
            assert window.statusBar().currentMessage() == "A backup is already running"
            gate.set()
    finally:
        gate.set()
    assert blocker.args[0].path == target and window.act_backup.isEnabled()
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 4
    conn.close()


def test_backup_onto_the_live_database_is_refused_with_a_message(window, qtbot, captured, db_path):
    before = db_path.stat().st_size
    with qtbot.waitSignal(window.backupFinished, timeout=30000):
        window.backup_directory(str(db_path))
    (level, title, text), = [m for m in captured.messages if m[0] == "error"]
    assert title == "The backup failed; no file was written"
    assert "own database file" in text
    assert db_path.stat().st_size == before and window.ctx.contacts.count() == 4


def run_wizard(ctx, qtbot, policy: int) -> ImportWizard:
    wizard = ImportWizard(ctx, str(OUTLOOK))
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    wizard.policy.button(policy).setChecked(True)
    wizard.next()  # starts the import in the background
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.SUMMARY, timeout=30000)
    return wizard


def test_import_wizard_backs_up_before_updating_contacts(ctx, qtbot, db_path):
    first = run_wizard(ctx, qtbot, 1)  # update, into an empty directory: nothing to back up
    assert ctx.contacts.count() > 0
    assert "backed up" not in first.summary_details.text()
    assert dbmod.automatic_backups(db_path, "import") == []
    second = run_wizard(ctx, qtbot, 1)
    (saved,) = dbmod.automatic_backups(db_path, "import")
    assert f"The directory was backed up to {saved} before the import." in second.summary_details.text()
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == ctx.contacts.count()
    conn.close()
