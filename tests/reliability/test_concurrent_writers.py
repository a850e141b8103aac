"""Two IOM Desk processes (or two engines) on one SQLite file: nobody's edit is lost, nobody sees
"database is locked"; a writer blocked past the busy timeout gets a clear message, and the same
optimistic-locking conflict holds on PostgreSQL."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from iomdesk.core.contact import ContactInput
from iomdesk.core.errors import ConflictError
from iomdesk.services.contacts import record_to_input
from iomdesk.services.context import AppContext
from iomdesk.store import db as dbmod
from iomdesk.store.db import DatabaseBusy, write_session

from .crashkit import write_contacts_csv

WORKER = Path(__file__).with_name("worker.py")


def _open(path) -> AppContext:
    return AppContext.open(str(path))


def _with_notes(rec, notes: str) -> ContactInput:
    return dataclasses.replace(record_to_input(rec), notes=notes)


@pytest.fixture(params=["wal", "delete"])
def journal(request, monkeypatch):
    """WAL on a local disk; the rollback journal ("delete") on a network folder, where WAL is unsafe."""
    monkeypatch.setenv(dbmod.JOURNAL_ENV, request.param)
    return request.param


@pytest.fixture
def shared(db_path, journal):
    """A directory file with one contact, opened by two apps (two engines, two connection pools)."""
    first = _open(db_path)
    rec = first.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", phones=["+385 1 4816 774"]))
    second = _open(db_path)
    yield first, second, rec
    first.close()
    second.close()


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """Engines opened after this wait 0.3 s for the write lock instead of 5 s (keeps the tests fast)."""
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.3)


def _hold_write_lock(path) -> sqlite3.Connection:
    """Another program in the middle of saving: it holds SQLite's write lock until rolled back."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE meta SET value = value WHERE key = 'search_index_version'")
    return conn


def test_a_stale_edit_from_another_app_is_a_conflict_not_a_lost_update(shared):
    first, second, rec = shared
    second.contacts.update(rec.id, _with_notes(rec, "edited in the second app"), expected_version=rec.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        first.contacts.update(rec.id, _with_notes(rec, "edited in the first app"), expected_version=rec.version)
    assert first.contacts.get(rec.id).notes == "edited in the second app"


def test_read_then_write_waits_for_the_other_writer_instead_of_failing(shared):
    """SQLite's trap: a deferred transaction that reads, then writes after another connection
    committed, fails at once with "database is locked" (BUSY_SNAPSHOT) without waiting. Writes begin
    IMMEDIATE, so the edit below waits for the other app's save and then goes through."""
    first, second, rec = shared
    holding = threading.Event()

    def long_save():
        with write_session(first.db.session_factory) as s:
            s.connection().exec_driver_sql("UPDATE contacts SET role = 'Media officer' WHERE id = ?", (rec.id,))
            holding.set()
            time.sleep(0.8)  # the other app is still saving (but well within the 5 s busy timeout)

    other = threading.Thread(target=long_save)
    other.start()
    assert holding.wait(5)
    updated = second.contacts.update(rec.id, _with_notes(rec, "edited while the other app saved"))
    other.join()
    assert updated.notes == "edited while the other app saved"
    assert updated.role == ""  # it replaced the whole record, having read it after the other save
    assert second.contacts.get(rec.id).version == rec.version + 1


def test_two_processes_editing_one_contact_lose_no_update_and_see_no_lock_error(shared, db_path):
    first, _second, rec = shared
    seconds = 1.5
    procs = [
        subprocess.Popen([sys.executable, str(WORKER), str(db_path), "edit", tag, str(rec.id), str(seconds)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for tag in ("a", "b")
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err and "OperationalError" not in err
    counts = {tag: json.loads(out) for tag, (out, _err) in zip("ab", outputs, strict=True)}
    final = first.contacts.get(rec.id)
    lines = final.notes.splitlines()
    for tag in "ab":
        assert counts[tag]["edits"] >= 3, counts
        # every edit that reported success is in the notes, once, in its own order
        mine = [line for line in lines if line.startswith(f"{tag}-")]
        assert mine == [f"{tag}-{n}" for n in range(1, counts[tag]["edits"] + 1)]
    assert final.version == rec.version + counts["a"]["edits"] + counts["b"]["edits"]
    assert first.contacts.count() == 1 + counts["a"]["added"] + counts["b"]["added"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_writer_blocked_past_the_busy_timeout_gets_a_clear_message(short_busy_timeout, db_path, journal):
    ctx = _open(db_path)
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == journal
    try:
        lock = _hold_write_lock(db_path)
        try:
            started = time.monotonic()
            with pytest.raises(DatabaseBusy) as info:
                ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
            waited = time.monotonic() - started
            # reading still works while the other app saves (WAL: readers never wait for the writer)
            assert ctx.search.search("") == []
        finally:
            lock.rollback()
            lock.close()
        assert waited >= 0.25  # it waited its turn first
        assert "the directory is busy" in str(info.value) and "try again" in str(info.value)
        assert "Nothing was stored" in str(info.value)
        assert ctx.contacts.count() == 0
        ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))  # once free, it works
        assert ctx.contacts.count() == 1
    finally:
        ctx.close()


def test_cli_reports_a_busy_directory_in_words_and_exits_2(short_busy_timeout, db_path, capsys):
    from iomdesk.app import main

    _open(db_path).close()
    lock = _hold_write_lock(db_path)
    try:
        code = main(["--db", str(db_path), "add", "--name", "Ana Kovač", "--office", "IOM Croatia"])
    finally:
        lock.rollback()
        lock.close()
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: the directory is busy: another IOM Desk is saving")
    assert "Traceback" not in err and "sqlite3" not in err
    assert main(["--db", str(db_path), "search", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_gui_shows_a_busy_directory_as_an_error_not_a_crash(short_busy_timeout, db_path, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from tests.ui.conftest import Captured, make_window

    ctx = _open(db_path)
    ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    captured = Captured()
    window = make_window(ctx, qtbot, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), captured)
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        window.table.selectRow(0)
        lock = _hold_write_lock(db_path)
        try:
            window.delete_selected()
        finally:
            lock.rollback()
            lock.close()
        levels = [level for level, _title, _text in captured.messages]
        assert levels == ["error"]
        assert "the directory is busy" in captured.messages[0][2]
        assert ctx.contacts.count() == 1  # nothing was deleted
    finally:
        window.close()
        ctx.close()


def test_a_busy_error_escaping_a_slot_is_shown_as_an_error_not_a_crash(qtbot):
    from iomdesk.ui.alerts import Alerts, install_excepthook
    from tests.ui.conftest import Captured

    alerts = Alerts()
    captured = Captured()
    alerts.presenter = captured.present
    previous = sys.excepthook
    install_excepthook(alerts)
    try:
        try:
            raise DatabaseBusy()
        except DatabaseBusy as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert [m[0] for m in captured.messages] == ["error", "error"]
    assert all("the directory is busy" in m[2] for m in captured.messages)


def _race(ctx_a: AppContext, ctx_b: AppContext, rec, monkeypatch) -> tuple[list, list]:
    """A's save is between its version check and its write when B saves the same contact.
    Returns what each raised (or the stored notes)."""
    import iomdesk.services.contacts as contacts_module

    outcome: dict[str, object] = {}
    real_draft_for = contacts_module.draft_for
    raced = threading.Event()

    def b_saves():
        try:
            outcome["b"] = ctx_b.contacts.update(rec.id, _with_notes(rec, "B"), expected_version=rec.version).notes
        except ConflictError as exc:
            outcome["b"] = exc

    def draft_for_then_race(session, data):
        if data.notes == "A" and not raced.is_set():
            raced.set()
            thread = threading.Thread(target=b_saves)
            thread.start()
            # On PostgreSQL B commits now; on SQLite B waits for A's write lock (A goes on after 1 s).
            thread.join(1.0)
            outcome["thread"] = thread
        return real_draft_for(session, data)

    monkeypatch.setattr(contacts_module, "draft_for", draft_for_then_race)
    try:
        outcome["a"] = ctx_a.contacts.update(rec.id, _with_notes(rec, "A"), expected_version=rec.version).notes
    except ConflictError as exc:
        outcome["a"] = exc
    outcome["thread"].join(10)
    monkeypatch.setattr(contacts_module, "draft_for", real_draft_for)
    return outcome["a"], outcome["b"]


def _assert_one_wins(ctx, rec, a, b) -> None:
    results = {"A": a, "B": b}
    winners = [k for k, v in results.items() if v == k]
    losers = [k for k, v in results.items() if isinstance(v, ConflictError)]
    assert len(winners) == 1 and len(losers) == 1, results
    final = ctx.contacts.get(rec.id)
    assert final.notes == winners[0]
    assert final.version == rec.version + 1


def test_two_saves_of_one_contact_at_the_same_moment_one_wins_one_conflicts_sqlite(shared, monkeypatch):
    first, second, rec = shared
    a, b = _race(first, second, rec, monkeypatch)
    _assert_one_wins(first, rec, a, b)




def test_two_saves_of_one_contact_at_the_same_moment_one_wins_one_conflicts_postgres(pg, monkeypatch):
    url = pg.new_database()
    first = AppContext.open(url)
    second = AppContext.open(url)
    try:
        rec = first.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
        # a stale edit across sessions
        second.contacts.update(rec.id, _with_notes(rec, "second"), expected_version=rec.version)
        with pytest.raises(ConflictError):
            first.contacts.update(rec.id, _with_notes(rec, "first"), expected_version=rec.version)
        rec = first.contacts.get(rec.id)
        # both pass the version check, then both write: the version counter catches the second
        a, b = _race(first, second, rec, monkeypatch)
        _assert_one_wins(first, rec, a, b)
    finally:
        first.close()
        second.close()


MOUNTS = """/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/comms /mnt/comms cifs rw,vers=3.0 0 0
fileserver:/export/team /mnt/team\\040office nfs4 rw 0 0
/dev/sdb1 /mnt/comms/local-cache ext4 rw 0 0
"""


def test_the_file_system_of_a_path_is_read_from_the_mount_table():
    assert dbmod.filesystem_type(Path("/home/ana/iomdesk"), MOUNTS) == "ext4"
    assert dbmod.filesystem_type(Path("/mnt/comms/directory"), MOUNTS) == "cifs"
    assert dbmod.filesystem_type(Path("/mnt/team office/iomdesk"), MOUNTS) == "nfs4"
    assert dbmod.filesystem_type(Path("/mnt/commsx"), MOUNTS) == "ext4"  # not inside /mnt/comms
    assert dbmod.filesystem_type(Path("/mnt/comms/local-cache/x"), MOUNTS) == "ext4"  # the deepest mount


def test_a_directory_on_a_network_folder_uses_the_rollback_journal(db_path, monkeypatch):
    """WAL needs shared memory between the processes, which two PCs on a network folder do not have."""
    monkeypatch.setattr(dbmod, "on_network_folder", lambda path: path == db_path.parent)
    ctx = _open(db_path)
    try:
        with ctx.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    finally:
        ctx.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    # the same file on a local disk again: WAL
    monkeypatch.setattr(dbmod, "on_network_folder", lambda path: False)
    ctx = _open(db_path)
    try:
        with ctx.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert ctx.contacts.count() == 1
    finally:
        ctx.close()


def test_an_export_while_another_app_deletes_holds_exactly_the_contacts_at_its_start(shared, tmp_path):
    """The export reads a page at a time; another app deleting the first contact meanwhile must not
    shift the later pages (one contact would silently be left out) nor add one twice."""
    import csv as csv_module

    from iomdesk.services.exporter import ExportService
    from iomdesk.services.importer import ImportService

    first, second, rec = shared
    ImportService(first.db.session_factory).import_file(write_contacts_csv(tmp_path / "c.csv", 2400))
    names_at_start = sorted(r.name for r in first.search.search("", limit=5000))
    assert len(names_at_start) == 2401
    victims = [r.id for r in first.search.search("crash tester", limit=3)]
    deleted = []

    def progress(done, total):
        if not deleted:  # the other app saves while the export is part-way through its first page
            deleted.extend(second.contacts.delete_many(victims))

    target = tmp_path / "out.csv"
    n = ExportService(first.db.session_factory).export(target, "csv", progress=progress)
    assert len(deleted) == 3
    with open(target, encoding="utf-8", newline="") as fh:
        exported = sorted(row[0] for row in list(csv_module.reader(fh))[1:])
    if journal_mode(first) == "wal":
        assert n == 2401 and exported == names_at_start  # one consistent state: the one at its start
    else:
        # rollback journal (network folder): each page reads for itself so that other apps can save;
        # still no contact twice
        assert len(exported) == len(set(exported))
    assert first.contacts.count() == 2398


def journal_mode(ctx: AppContext) -> str:
    with ctx.db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA journal_mode").scalar()
