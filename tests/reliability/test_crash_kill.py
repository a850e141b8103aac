"""SIGKILL at any moment of an import, an export, a press-release folder import or a schema upgrade
leaves a directory that passes ``PRAGMA integrity_check``, opens normally and holds none or all of
the operation; an export leaves no half file. benchmarks/crash_kill.py does the 100,000-row version.

Each test runs its kill points side by side, one process per point, each on its own copy of the file.
Points inside the process (just before/after the commit, before a given SQL statement, before the
export's rename) go through crashkit.py as a driver around the same ``iomdesk.app.main``."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from iomdesk.services.context import AppContext
from iomdesk.store.db import SCHEMA_HEAD

from .crashkit import (
    Job,
    any_file,
    check_database,
    iomdesk_command,
    leftover_temp_files,
    make_old_database,
    run_and_kill_many,
    wal_over,
    write_contacts_csv,
    write_release_folder,
)

ROWS = 2000


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """An empty directory file, and one holding ROWS contacts (both at the current schema)."""
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.sqlite3"
    AppContext.open(str(empty)).close()
    full = folder / "full.sqlite3"
    ctx = AppContext.open(str(full))
    from iomdesk.services.importer import ImportService

    result = ImportService(ctx.db.session_factory).import_file(write_contacts_csv(folder / "seed.csv", ROWS))
    assert result.added == ROWS
    ctx.close()
    return {"empty": empty, "full": full}


def _copies(template: Path, tmp_path: Path, names) -> dict[str, Path]:
    out = {}
    for i, name in enumerate(names):
        folder = tmp_path / f"p{i}"
        folder.mkdir()
        out[name] = shutil.copy(template, folder / "directory.sqlite3")
    return {k: Path(v) for k, v in out.items()}


def _reopens(db: Path) -> int:
    """A restarted app opens the file normally; returns how many contacts it shows."""
    ctx = AppContext.open(str(db))
    try:
        total = ctx.contacts.count()
        assert len(ctx.search.search("", limit=5)) == min(5, total)
        return total
    finally:
        ctx.close()


def test_csv_import_killed_at_any_point_stores_none_or_all(templates, tmp_path):
    source = write_contacts_csv(tmp_path / "contacts.csv", ROWS)
    points = ["after 0.3 s", "after 0.8 s", "WAL past 200 KB", "FTS bulk indexing", "before commit", "after commit"]
    dbs = _copies(templates["empty"], tmp_path, points)
    args = ("import", str(source))
    jobs = [
        Job(iomdesk_command(dbs["after 0.3 s"], *args), after=0.3),
        Job(iomdesk_command(dbs["after 0.8 s"], *args), after=0.8),
        Job(iomdesk_command(dbs["WAL past 200 KB"], *args), when=wal_over(dbs["WAL past 200 KB"], 200_000)),
        # the FTS triggers are dropped for the bulk insert and put back in the same transaction
        Job(iomdesk_command(dbs["FTS bulk indexing"], *args, kill_point="sql:INSERT INTO contacts_fts(")),
        Job(iomdesk_command(dbs["before commit"], *args, kill_point="before-commit")),
        Job(iomdesk_command(dbs["after commit"], *args, kill_point="after-commit")),
    ]
    results = dict(zip(points, run_and_kill_many(jobs), strict=True))
    for point, db in dbs.items():
        if point.startswith(("after 0", "WAL")):  # a busy machine may let these finish first
            assert results[point].killed or results[point].returncode == 0, (point, results[point])
        else:
            assert results[point].killed, (point, results[point])
        state = check_database(db)
        assert state.ok, (point, state)
        assert state.contacts in (0, ROWS), (point, state)
        assert state.phones == state.contacts, (point, state)
        assert _reopens(db) == state.contacts
    assert check_database(dbs["FTS bulk indexing"]).contacts == 0
    assert check_database(dbs["before commit"]).contacts == 0
    assert check_database(dbs["after commit"]).contacts == ROWS
    # the user simply imports the file again, and gets everything once
    ctx = AppContext.open(str(dbs["before commit"]))
    try:
        from iomdesk.services.importer import ImportService

        assert ImportService(ctx.db.session_factory).import_file(source).added == ROWS
        assert len(ctx.search.search("crash tester 001234")) == 1
    finally:
        ctx.close()


def _complete_export(path: Path) -> bool:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Name", "Role", "Office"]
    assert len(rows) == ROWS + 1, f"{path} holds {len(rows) - 1} of {ROWS} contacts"
    assert {r[0] for r in rows[1:]} == {f"Crash Tester {i:06d}" for i in range(ROWS)}
    return True


def test_export_killed_at_any_point_leaves_no_half_file(templates, tmp_path):
    points = ["after 0.3 s", "temp file written", "before rename", "over an old file", "finished"]
    dbs = _copies(templates["full"], tmp_path, points)
    targets = {p: db.with_name("contacts.csv") for p, db in dbs.items()}
    targets["over an old file"].write_text("an export from last week\n", encoding="utf-8")

    def cmd(point, kill_point=None):
        return iomdesk_command(dbs[point], "export", str(targets[point]), kill_point=kill_point)

    jobs = [
        Job(cmd("after 0.3 s"), after=0.3),
        Job(cmd("temp file written"), when=any_file(dbs["temp file written"].parent, "*.part", 1000)),
        Job(cmd("before rename", "before-rename")),
        Job(cmd("over an old file", "before-rename")),
        Job(cmd("finished")),
    ]
    results = dict(zip(points, run_and_kill_many(jobs), strict=True))
    for point in points:
        target = targets[point]
        assert check_database(dbs[point]).ok
        if point == "finished":
            assert results[point].returncode == 0, results[point]
            assert _complete_export(target)
            assert leftover_temp_files(target.parent) == []
            continue
        if point not in ("after 0.3 s", "temp file written"):  # these two may finish first on a busy machine
            assert results[point].killed, (point, results[point])
        if point == "over an old file":
            assert target.read_text(encoding="utf-8") == "an export from last week\n"  # not damaged
        elif target.exists():
            assert _complete_export(target), point  # never half a file
        # The next export to that name replaces any temp file the killed one left behind.
        ctx = AppContext.open(str(dbs[point]))
        try:
            from iomdesk.services.exporter import ExportService

            assert ExportService(ctx.db.session_factory).export(target, "csv") == ROWS
        finally:
            ctx.close()
        assert _complete_export(target)
        assert leftover_temp_files(target.parent) == [], point
    assert not targets["before rename"].with_name(".contacts.csv.part").exists()


RELEASES = 40


def test_press_folder_import_killed_at_any_point_stores_none_or_all(templates, tmp_path):
    folder = write_release_folder(tmp_path / "releases", RELEASES)
    points = ["after 0.4 s", "mid-way (20th article)", "before commit", "after commit"]
    dbs = _copies(templates["empty"], tmp_path, points)
    args = ("import-article", str(folder))
    jobs = [
        Job(iomdesk_command(dbs["after 0.4 s"], *args), after=0.4),
        Job(iomdesk_command(dbs["mid-way (20th article)"], *args, kill_point="sql:INSERT INTO articles#20")),
        Job(iomdesk_command(dbs["before commit"], *args, kill_point="before-commit")),
        Job(iomdesk_command(dbs["after commit"], *args, kill_point="after-commit")),
    ]
    results = dict(zip(points, run_and_kill_many(jobs), strict=True))
    for point, db in dbs.items():
        if point != "after 0.4 s":
            assert results[point].killed, (point, results[point])
        state = check_database(db)
        assert state.ok, (point, state)
        assert (state.articles, state.contacts) in ((0, 0), (RELEASES, RELEASES)), (point, state)
        assert _reopens(db) == state.contacts
    assert check_database(dbs["mid-way (20th article)"]).articles == 0
    assert check_database(dbs["before commit"]).articles == 0
    assert check_database(dbs["after commit"]).articles == RELEASES


OLD_REVISION = "0003"
OLD_ROWS = 500  # re-indexing after the upgrade folds every contact in Python: keep it small here


def test_upgrade_killed_at_any_point_leaves_the_old_or_the_new_schema_with_all_data(tmp_path):
    template = tmp_path / "old.sqlite3"
    make_old_database(template, OLD_REVISION, OLD_ROWS)
    points = ["during the backup copy", "FTS rebuild (0004)", "between revisions", "before commit",
              "after commit"]
    dbs = _copies(template, tmp_path, points)
    args = ("search", "old contact")
    jobs = [
        Job(iomdesk_command(dbs["during the backup copy"], *args),
            when=any_file(dbs["during the backup copy"].parent, "*.backup-*", 1)),
        Job(iomdesk_command(dbs["FTS rebuild (0004)"], *args, kill_point="sql:VALUES ('rebuild')")),
        Job(iomdesk_command(dbs["between revisions"], *args, kill_point="sql:ix_contacts_country")),
        Job(iomdesk_command(dbs["before commit"], *args, kill_point="before-commit")),
        Job(iomdesk_command(dbs["after commit"], *args, kill_point="after-commit")),
    ]
    results = dict(zip(points, run_and_kill_many(jobs), strict=True))
    for point, db in dbs.items():
        assert results[point].killed, (point, results[point])
        state = check_database(db)
        assert state.ok, (point, state)
        assert state.revision in (OLD_REVISION, SCHEMA_HEAD), (point, state)
        assert (state.contacts, state.phones) == (OLD_ROWS, OLD_ROWS), (point, state)
        if point == "after commit":
            assert state.revision == SCHEMA_HEAD
        elif point != "during the backup copy":  # the backup is quick: the kill may land later
            assert state.revision == OLD_REVISION, (point, state)
        # restarted, the app upgrades (again) and opens normally with every contact findable
        ctx = AppContext.open(str(db))
        try:
            assert ctx.contacts.count() == OLD_ROWS
            assert [r.name for r in ctx.search.search("old contact 000123")] == ["Old Contact 000123"]
            assert [r.name for r in ctx.search.search("790000123")][:1] == ["Old Contact 000123"]
        finally:
            ctx.close()
        assert check_database(db).ok and check_database(db).revision == SCHEMA_HEAD
