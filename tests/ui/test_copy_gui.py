"""File > Copy directory to...: the dialog, the copy in a worker with progress and cancel, the report."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from iomdesk.services import copying
from iomdesk.services.context import AppContext
from iomdesk.services.copying import CopyCancelled, CopyResult
from iomdesk.ui.copy_dialog import CopyDialog


def test_the_dialog_asks_target_policy_and_dry_run(window, qtbot, tmp_path):
    assert window.act_copy_directory in window.file_menu.actions()
    dialog = window.copying.open_dialog()
    assert isinstance(dialog, CopyDialog) and dialog.isVisible()
    assert not dialog.copy_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.target_edit, str(tmp_path / "team.sqlite3"))
    assert dialog.copy_button.isEnabled()
    dialog.policy_combo.setCurrentIndex(1)
    dialog.dry_run_check.setChecked(True)
    assert dialog.values() == (str(tmp_path / "team.sqlite3"), "update", True)
    dialog.reject()


def test_copy_runs_in_the_background_then_reports(window, qtbot, captured, tmp_path):
    target = tmp_path / "team.sqlite3"
    dialog = window.copying.open_dialog()
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(window.copyFinished, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result, CopyResult) and result.added == 4 and result.stored
    (level, title, text), = [m for m in captured.messages if m[1] == "Copy finished"]
    assert level == "info" and f"Copied into {target}:" in text and "Contacts: 4 added, 0 updated, 0 skipped" in text
    assert window.statusBar().currentMessage().startswith("Copy: contacts: added 4")
    team = AppContext.open(str(target))
    try:
        assert team.contacts.count() == 4
    finally:
        team.close()
    # again: every contact is already there, and the report says why
    with qtbot.waitSignal(window.copyFinished, timeout=30000) as blocker:
        window.copying.start(str(target), "skip")
    assert blocker.args[0].skipped == 4
    text = [m for m in captured.messages if m[1] == "Copy finished"][-1][2]
    assert "Already in the target:" in text and "Ana Kovač: skipped: same email akovac@iom.int" in text


@pytest.fixture
def gate(monkeypatch):
    """Hold the copy at its first contact until the test sets the returned event."""
    event = threading.Event()
    real = copying._Copy.tick

    def held(self, n=1):
        event.wait(10)
        return real(self, n)

    monkeypatch.setattr(copying._Copy, "tick", held)
    yield event
    event.set()


def test_cancel_stores_nothing_in_the_target(window, qtbot, captured, tmp_path, gate):
    target = tmp_path / "team.sqlite3"
    try:
        with qtbot.waitSignal(window.copyFinished, timeout=30000) as blocker:
            task = window.copying.start(str(target), "skip")
            assert not window.act_copy_directory.isEnabled()
            assert window.copying.start(str(target)) is None  # one at a time
            cancel = window.copying.progress.findChild(QPushButton)
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
            assert task.cancelled
            gate.set()
    finally:
        gate.set()
    assert isinstance(blocker.args[0], CopyCancelled)
    assert window.statusBar().currentMessage() == "Copy cancelled: nothing was stored in the target"
    assert window.act_copy_directory.isEnabled()
    team = AppContext.open(str(target))
    try:
        assert team.contacts.count() == 0
    finally:
        team.close()


def test_an_unreachable_server_is_an_error_without_the_password(window, qtbot, captured):
    url = "postgresql+psycopg://team:S3cretPass@127.0.0.1:9/directory?connect_timeout=2"
    with qtbot.waitSignal(window.copyFinished, timeout=30000):
        window.copying.start(url)
    (level, title, text), = [m for m in captured.messages if m[0] == "error"]
    assert title == "The copy failed; nothing was stored in the target"
    assert "S3cretPass" not in text and "127.0.0.1" in text
