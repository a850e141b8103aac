"""The import wizard runs a big file's import with worker processes from its background thread:
the summary is the one a one-process import gives, and Cancel still stores nothing."""

import multiprocessing

from iomdesk.services.importing import pool as import_pool
from iomdesk.ui.import_wizard import ImportWizard
from tests.ui.wizard_steps import import_with_wizard


def rows(n: int) -> str:
    lines = [f"Person {i},IOM Kenya,0712 3{i:05d},p{i}@example.org\n" for i in range(n)]
    lines.insert(5, "Broken Row,IOM Kenya,call me,not-an-email\n")
    lines.append("Person 3,IOM Kenya,,P3@example.org\n")  # a duplicate of row 5
    return "Name,Office,Phone,Email\n" + "".join(lines)


def test_wizard_import_with_worker_processes(ctx, qtbot, tmp_path, monkeypatch, pools_started):
    monkeypatch.setattr(import_pool, "POOL_MIN_ROWS", 0)
    monkeypatch.setattr(import_pool, "CHUNK_ROWS", 50)
    monkeypatch.setenv(import_pool.ENV, "2")
    path = tmp_path / "people.csv"
    path.write_text(rows(400), encoding="utf-8")
    wizard = import_with_wizard(ctx, qtbot, path)
    result = wizard.result
    assert len(pools_started) == 1
    assert (result.added, result.skipped, len(result.rejected)) == (400, 1, 1)
    assert wizard.summary.text().startswith("added 400, updated 0, skipped 1, rejected 1")
    assert wizard.rejects.item(0, 0).text() == "7"  # the row number the spreadsheet shows
    assert ctx.contacts.count() == 400
    assert multiprocessing.active_children() == []


def test_wizard_cancel_during_a_pool_import_stores_nothing(ctx, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(import_pool, "POOL_MIN_ROWS", 0)
    monkeypatch.setenv(import_pool.ENV, "2")
    path = tmp_path / "people.csv"
    path.write_text(rows(20000), encoding="utf-8")
    wizard = ImportWizard(ctx, str(path))
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    wizard.next()  # starts the import
    assert wizard.pages.currentIndex() == wizard.RUNNING
    qtbot.wait(300)  # the workers are started and busy
    wizard.cancel()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.SUMMARY, timeout=60000)
    assert "cancelled" in wizard.summary.text().lower()
    assert ctx.contacts.count() == 0
    assert multiprocessing.active_children() == []
