"""Backup and restore of the whole directory: consistent copies, verified restores, safe refusals."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
import threading
import time

import pytest
from alembic import command
from sqlalchemy import text

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.services import backup as backup_mod
from iomdesk.services.backup import (
    BackupCancelled,
    BackupError,
    BackupTooNew,
    NotABackup,
    TargetNotEmpty,
    VerificationFailed,
    backup_before_import,
    backup_database,
    restore_database,
)
from iomdesk.services.context import AppContext
from iomdesk.store import db as dbmod


def fill(ctx: AppContext) -> dict:
    """A directory made by the services: phones, emails, tags, articles and links, non-ASCII text."""
    arts = ctx.articles
    mcof = arts.add("Zimbabwe rolls out Migration Crisis Operational Framework (MCOF)", dt.date(2024, 3, 12),
                    "Harare", "https://www.iom.int/news/mcof", "Harare \u2013 The Government of Zimbabwe...")
    dakar = arts.add("L\u2019OIM au S\u00e9n\u00e9gal soutient le retour volontaire", dt.date(2023, 11, 2), "Dakar")
    add = ctx.contacts.add
    km = add(ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe", role="Media and Communications",
                          phones=["+ 263 4 33 50 44", PhoneInput("+263 77 220 3020", "mobile")],
                          emails=["kmareyanadzo@iom.int"], tags=["media", "southern africa"],
                          notes="Prefers WhatsApp.\nSecond line \u2713"))
    jose = add(ContactInput(name="Jos\u00e9 N\u00fa\u00f1ez", office="OIM Ecuador", phones=["+593 2 393 4400"],
                            emails=["jnunez@iom.int", "Jose.Nunez@Example.org"], tags=["prensa"]))
    awa = add(ContactInput(name="Awa Ndiaye \u0639\u0648\u0627\u0634", office="OIM S\u00e9n\u00e9gal",
                           phones=["33 869 62 00"], emails=["andiaye@iom.int"], tags=["media"]))
    add(ContactInput(name="S\u00f8ren S\u00f8rensen", country="DK", emails=["sso@example.dk"]))
    ctx.contacts.link_article(km.id, mcof.id)
    ctx.contacts.link_article(awa.id, dakar.id)
    ctx.contacts.link_article(jose.id, dakar.id)
    # A contact deleted after others were added: the restored ids keep the gap.
    gone = add(ContactInput(name="Temporary Person"))
    ctx.contacts.delete(gone.id)
    edited = ctx.contacts.get(jose.id)
    ctx.contacts.update(jose.id, ContactInput(name="Jos\u00e9 N\u00fa\u00f1ez", office="OIM Ecuador",
                                              role="Oficial de prensa", phones=["+593 2 393 4400"],
                                              emails=["jnunez@iom.int", "Jose.Nunez@Example.org"],
                                              tags=["prensa"]), edited.version)
    return {"km": km.id, "jose": jose.id, "awa": awa.id, "gone": gone.id, "mcof": mcof.id, "dakar": dakar.id}


def contents(ctx: AppContext) -> tuple[list, list]:
    """Everything a user can see, read back through the services (an independent check)."""
    with ctx.db.engine.connect() as conn:
        contact_ids = [r[0] for r in conn.execute(text("SELECT id FROM contacts ORDER BY id"))]
        article_ids = [r[0] for r in conn.execute(text("SELECT id FROM articles ORDER BY id"))]
    return [ctx.contacts.get(i) for i in contact_ids], [ctx.articles.get(i) for i in article_ids]


def open_ctx(value) -> AppContext:
    return AppContext.open(str(value))


@pytest.fixture
def filled(ctx):
    ids = fill(ctx)
    return ctx, ids


@pytest.fixture
def sqlite_filled(sqlite_ctx):
    """``filled`` on an SQLite file: for the tests about backups of the file itself."""
    return sqlite_ctx, fill(sqlite_ctx)


def test_sqlite_backup_then_restore_into_a_new_sqlite_file_is_identical(filled, tmp_path):
    ctx, ids = filled
    result = backup_database(ctx.db, tmp_path / "saved.sqlite3")
    assert (result.contacts, result.articles) == (4, 2)
    assert result.summary() == f"Backed up 4 contacts, 2 articles to {tmp_path / 'saved.sqlite3'}"
    target = open_ctx(tmp_path / "restored.sqlite3")
    try:
        restored = restore_database(target.db, tmp_path / "saved.sqlite3")
        assert (restored.contacts, restored.articles, restored.counts["phones"], restored.counts["emails"]) == \
            (4, 2, 4, 5)
        assert restored.counts["contact_articles"] == 3
        assert contents(target) == contents(ctx)
        # The search index works on the restored directory, accents folded.
        assert target.search.search_ids("jose nunez") == [ids["jose"]]
        assert target.search.search_ids("sorensen") != []
        assert set(target.search.search_ids("tag:media")) == {ids["km"], ids["awa"]}
        assert target.search.search_ids("335044") == [ids["km"]]
        assert target.contacts.count() == 4  # the contact counter follows
        # A new contact does not take a restored or a deleted id.
        new = target.contacts.add(ContactInput(name="Someone New"))
        assert new.id > ids["gone"] - 1 and new.id not in (ids["km"], ids["jose"], ids["awa"])
    finally:
        target.close()


def test_backup_is_one_consistent_state_while_another_connection_writes(ctx, tmp_path, monkeypatch):
    """A writer keeps adding contacts (each with two phones and an email, in one transaction) while
    the backup copies a few pages per step; the copy holds whole contacts only, and the counter agrees."""
    for i in range(150):
        ctx.contacts.add(ContactInput(name=f"Seed Person {i}", phones=["+41 22 717 9111", "+41 79 285 4410"],
                                      emails=[f"seed{i}@iom.int"]))
    monkeypatch.setattr(backup_mod, "sqlite_online_copy", functools.partial(dbmod.sqlite_online_copy, pages=2))
    writer_ctx = open_ctx(ctx.db.url.removeprefix("sqlite:///"))
    stop = threading.Event()
    written: list[int] = []

    def writer():
        n = 0
        while not stop.is_set():
            writer_ctx.contacts.add(ContactInput(name=f"Writer Person {n}", phones=["+263 4 335044", "+263 77 2203020"],
                                                 emails=[f"w{n}@iom.int"]))
            n += 1
            written.append(n)

    steps = []

    def progress(done, total):
        steps.append((done, len(written)))
        time.sleep(0.002)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while not written:
            time.sleep(0.01)
        result = backup_database(ctx.db, tmp_path / "during.sqlite3", progress=progress)
    finally:
        stop.set()
        thread.join()
        writer_ctx.close()
    assert len(steps) > 5 and steps[-1][1] > steps[0][1], "the writer must have committed during the copy"
    conn = sqlite3.connect(tmp_path / "during.sqlite3")
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        assert contacts == result.contacts
        assert conn.execute("SELECT value FROM meta WHERE key = 'contact_count'").fetchone()[0] == str(contacts)
        assert conn.execute("SELECT count(*) FROM phones").fetchone()[0] == 2 * contacts
        assert conn.execute("SELECT count(*) FROM emails").fetchone()[0] == contacts
        assert conn.execute("SELECT count(*) FROM contacts c WHERE (SELECT count(*) FROM phones p "
                            "WHERE p.contact_id = c.id) != 2").fetchone()[0] == 0
    finally:
        conn.close()
    assert 150 < contacts < 150 + len(written) + 1
    # And the snapshot restores, verified.
    target = open_ctx(tmp_path / "from-during.sqlite3")
    try:
        assert restore_database(target.db, tmp_path / "during.sqlite3").contacts == contacts
    finally:
        target.close()


def test_cancelled_backup_leaves_no_file_and_keeps_an_older_one(filled, tmp_path):
    ctx, _ = filled
    for target in (tmp_path / "new.sqlite3", tmp_path / "old.sqlite3"):
        if target.name == "old.sqlite3":
            backup_database(ctx.db, target)
            before = target.read_bytes()
        with pytest.raises(BackupCancelled):
            backup_database(ctx.db, target, cancelled=lambda: True)
        if target.name == "new.sqlite3":
            assert not target.exists()
        else:
            assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []


def test_a_failing_backup_leaves_no_half_file(sqlite_filled, tmp_path, monkeypatch):  # the .sqlite file itself
    filled = sqlite_filled
    ctx, _ = filled

    def broken_copy(source, target, step=None, pages=1024):
        dbmod.sqlite_online_copy(source, target, step, pages)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_mod, "sqlite_online_copy", broken_copy)
    with pytest.raises(BackupError, match="nothing was written"):
        backup_database(ctx.db, tmp_path / "b.sqlite3")
    assert list(tmp_path.glob("*b.sqlite3*")) == []


def test_backup_refuses_the_live_database_and_other_files(sqlite_filled, tmp_path, db_path):  # the .sqlite file itself
    filled = sqlite_filled
    ctx, _ = filled
    live = db_path.read_bytes()
    with pytest.raises(BackupError, match="own database file"):
        backup_database(ctx.db, db_path)
    os.link(db_path, tmp_path / "hardlink.sqlite3")
    with pytest.raises(BackupError, match="own database file"):
        backup_database(ctx.db, tmp_path / "hardlink.sqlite3")
    with pytest.raises(BackupError, match="own database file"):
        backup_database(ctx.db, str(db_path) + "-wal")
    assert db_path.read_bytes() == live
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    with pytest.raises(BackupError, match="not overwritten"):
        backup_database(ctx.db, notes)
    assert notes.read_text(encoding="utf-8") == "my notes"
    with pytest.raises(BackupError, match="does not exist"):
        backup_database(ctx.db, tmp_path / "missing-folder" / "b.sqlite3")
    with pytest.raises(BackupError, match="folder"):
        backup_database(ctx.db, tmp_path)
    assert ctx.contacts.count() == 4


def test_backup_replaces_an_older_backup_but_never_another_directory(sqlite_filled, tmp_path):  # the .sqlite file itself
    filled = sqlite_filled
    ctx, _ = filled
    saved = tmp_path / "saved.sqlite3"
    backup_database(ctx.db, saved)
    backup_database(ctx.db, saved)  # the same name again: an older backup is replaced
    assert dbmod.backup_mark(saved) is not None
    # A restored directory is live, not a backup: a later backup must not overwrite it.
    colleague = open_ctx(tmp_path / "colleague.sqlite3")
    try:
        restore_database(colleague.db, saved)
        assert colleague.contacts.count() == 4
    finally:
        colleague.close()
    target = tmp_path / "colleague.sqlite3"
    assert dbmod.backup_mark(target) is None
    before = target.read_bytes()
    with pytest.raises(BackupError, match="not an IOM Desk backup"):
        backup_database(ctx.db, target)
    assert target.read_bytes() == before
    # Another program's database is not replaced either.
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE bookmarks (url)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="not an IOM Desk backup"):
        backup_database(ctx.db, other)
    assert sqlite3.connect(other).execute("SELECT name FROM sqlite_master").fetchall() == [("bookmarks",)]
    # Automatic backups carry the mark too.
    assert dbmod.backup_mark(backup_before_import(ctx.db, "update")) is not None


def test_backup_does_not_overwrite_a_database_with_a_journal_beside_it(filled, tmp_path):
    """SQLite would replay the old -wal onto the new file: a damaged backup reported as written."""
    ctx, _ = filled
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('kept')")
    wal = other.with_name(other.name + "-wal")
    main_bytes, wal_bytes = other.read_bytes(), wal.read_bytes()
    try:
        with pytest.raises(BackupError, match="journal .* lies beside"):
            backup_database(ctx.db, other)
        assert other.read_bytes() == main_bytes and wal.read_bytes() == wal_bytes
        assert conn.execute("SELECT x FROM t").fetchall() == [("kept",)]
    finally:
        conn.close()
    # the database deleted, its journal left behind: a new file there would get the old pages
    gone = tmp_path / "gone.sqlite3"
    gone.with_name(gone.name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    with pytest.raises(BackupError, match="journal .* lies beside"):
        backup_database(ctx.db, gone)
    assert not gone.exists()


def test_restore_refuses_a_directory_that_is_not_empty_and_changes_nothing(filled, tmp_path):
    ctx, _ = filled
    backup_database(ctx.db, tmp_path / "b.sqlite3")
    target = open_ctx(tmp_path / "busy.sqlite3")
    try:
        target.contacts.add(ContactInput(name="Already Here"))
        with pytest.raises(TargetNotEmpty, match="restore goes into an empty directory"):
            restore_database(target.db, tmp_path / "b.sqlite3")
        assert [r.name for r in contents(target)[0]] == ["Already Here"]
        only_article = open_ctx(tmp_path / "article.sqlite3")
        try:
            only_article.articles.add("A lone article")
            with pytest.raises(TargetNotEmpty):
                restore_database(only_article.db, tmp_path / "b.sqlite3")
        finally:
            only_article.close()
    finally:
        target.close()


def test_restore_replaces_offices_and_tags_left_after_every_contact_was_deleted(filled, tmp_path):
    ctx, _ = filled
    backup_database(ctx.db, tmp_path / "b.sqlite3")
    target = open_ctx(tmp_path / "t.sqlite3")
    try:
        leftover = target.contacts.add(ContactInput(name="Gone", office="IOM Nowhere", tags=["old"]))
        target.contacts.delete(leftover.id)
        restore_database(target.db, tmp_path / "b.sqlite3")
        assert contents(target) == contents(ctx)
        assert "IOM Nowhere" not in [o.name for o in target.contacts.list_offices()]
    finally:
        target.close()


def test_restore_refuses_files_that_are_not_iom_desk_backups(tmp_path, ctx):
    cases = {
        "missing.sqlite3": None,
        "notes.txt": b"Knowledge Mareyanadzo, +263 4 335044\n",
        "empty.sqlite3": b"",
        "half.sqlite3": "half",
        "other.sqlite3": "other",
    }
    source = tmp_path / "full.sqlite3"
    filled_ctx = open_ctx(source)
    fill(filled_ctx)
    backup_database(filled_ctx.db, tmp_path / "good.sqlite3")
    filled_ctx.close()
    for name, content in cases.items():
        path = tmp_path / name
        if content == "half":
            data = (tmp_path / "good.sqlite3").read_bytes()
            path.write_bytes(data[: len(data) // 3])
        elif content == "other":
            other = sqlite3.connect(path)
            other.execute("CREATE TABLE songs (title TEXT)")
            other.commit()
            other.close()
        elif content is not None:
            path.write_bytes(content)
        with pytest.raises(NotABackup) as info:
            restore_database(ctx.db, path)
        assert str(path) in str(info.value)
        assert ctx.contacts.count() == 0
    with pytest.raises(NotABackup, match="folder"):
        restore_database(ctx.db, tmp_path)


def test_restore_refuses_a_backup_from_a_newer_app_and_leaves_it_untouched(filled, tmp_path):
    ctx, _ = filled
    path = tmp_path / "newer.sqlite3"
    backup_database(ctx.db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    target = open_ctx(tmp_path / "t.sqlite3")
    try:
        with pytest.raises(BackupTooNew, match="newer IOM Desk .schema 9999."):
            restore_database(target.db, path)
        assert target.contacts.count() == 0
    finally:
        target.close()
    assert path.read_bytes() == before


def test_an_older_backup_is_upgraded_on_a_copy_and_restored(tmp_path, ctx):
    old = tmp_path / "old.sqlite3"
    engine = dbmod.make_engine(f"sqlite:///{old}")
    dbmod.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO contacts (id, name, name_key, role, notes, search_text, created_at, updated_at, version)"
            " VALUES (7, 'Knowledge Mareyanadzo', 'knowledge mareyanadzo', '', '', 'knowledge mareyanadzo',"
            " '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"))
        conn.execute(text("INSERT INTO emails (id, contact_id, position, address, address_key) "
                          "VALUES (3, 7, 0, 'kmareyanadzo@iom.int', 'kmareyanadzo@iom.int')"))
    engine.dispose()
    old_file = old.read_bytes()
    result = restore_database(ctx.db, old)
    assert result.migrated_from == "0002"
    assert old.read_bytes() == old_file  # the user's file is not upgraded in place
    assert not list(tmp_path.glob("old.backup-*"))
    assert ctx.contacts.get(7).emails == ("kmareyanadzo@iom.int",)
    assert ctx.search.search_ids("mareyanadzo") == [7]


def test_a_restore_that_fails_part_way_leaves_the_target_as_it_was(filled, tmp_path, monkeypatch):
    ctx, _ = filled
    backup_database(ctx.db, tmp_path / "b.sqlite3")
    target = open_ctx(tmp_path / "t.sqlite3")
    try:
        leftover = target.contacts.add(ContactInput(name="Gone", office="IOM Nowhere"))
        target.contacts.delete(leftover.id)
        real_copy = backup_mod.copy_tables

        def copy_then_fail(src, dst, step):
            real_copy(src, dst, step)
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(backup_mod, "copy_tables", copy_then_fail)
        with pytest.raises(BackupError, match="No space left on device"):
            restore_database(target.db, tmp_path / "b.sqlite3")
        assert target.contacts.count() == 0
        assert [o.name for o in target.contacts.list_offices()] == ["IOM Nowhere"]
        assert target.search.search_ids("mareyanadzo") == []
        # Cancelled part-way: the same.
        monkeypatch.setattr(backup_mod, "copy_tables", real_copy)
        calls = []

        def cancel_after_some():
            calls.append(1)
            return len(calls) > 3

        with pytest.raises(BackupCancelled):
            restore_database(target.db, tmp_path / "b.sqlite3", cancelled=cancel_after_some)
        assert target.contacts.count() == 0
        # And then the restore works.
        restore_database(target.db, tmp_path / "b.sqlite3")
        assert contents(target) == contents(ctx)
    finally:
        target.close()


def test_verification_catches_a_row_that_differs_and_nothing_is_kept(filled, tmp_path, monkeypatch):
    ctx, ids = filled
    backup_database(ctx.db, tmp_path / "b.sqlite3")
    real_copy = backup_mod.copy_tables

    def copy_and_corrupt(src, dst, step):
        counts = real_copy(src, dst, step)
        dst.execute(text("UPDATE phones SET e164 = '+10000000000' WHERE contact_id = :id"), {"id": ids["awa"]})
        return counts

    monkeypatch.setattr(backup_mod, "copy_tables", copy_and_corrupt)
    target = open_ctx(tmp_path / "t.sqlite3")
    try:
        with pytest.raises(VerificationFailed, match="table phones, row id=.*e164") as info:
            restore_database(target.db, tmp_path / "b.sqlite3")
        assert "Awa" not in str(info.value) and "+221" not in str(info.value)  # no personal data in it
        assert target.contacts.count() == 0
    finally:
        target.close()


# -- automatic backups and retention --------------------------------------------------------------
def test_automatic_backups_keep_the_newest_five_of_each_kind_and_never_a_hand_made_one(sqlite_filled, tmp_path, db_path):  # the .sqlite file itself
    filled = sqlite_filled
    ctx, _ = filled
    hand_made = [tmp_path / "iomdesk-backup-2024-01-01-0900.sqlite3", tmp_path / "test.backup-mine.sqlite3"]
    for p in hand_made:
        backup_database(ctx.db, p)
    upgrade_backup = dbmod.make_automatic_backup(db_path, "upgrade", "0004")
    made = [backup_before_import(ctx.db, "update") for _ in range(7)]
    kept = dbmod.automatic_backups(db_path, "import")
    assert kept == made[-5:]  # the newest five, in order, even when made in the same second
    assert not any(p.exists() for p in made[:2])
    assert all(p.exists() for p in hand_made) and upgrade_backup.exists()
    assert all(p.parent == db_path.parent and "backup-before-import" in p.name for p in kept)
    conn = sqlite3.connect(kept[-1])
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 4
    conn.close()
    assert db_path.exists() and ctx.contacts.count() == 4


def test_the_automatic_backup_just_made_is_kept_after_the_clock_went_back(sqlite_filled, db_path):  # the .sqlite file itself
    filled = sqlite_filled
    # end of summer time, or a flight west: five backups stamped later than "now" sorted as the
    # newest, and the one just made before the import was deleted at once (while reported as made)
    ctx, _ = filled
    later = dt.datetime.now() + dt.timedelta(hours=1)
    ahead = [db_path.with_name(f"{db_path.stem}.backup-before-import-{later + dt.timedelta(minutes=i):%Y%m%d-%H%M%S}"
                               f"{db_path.suffix}") for i in range(5)]
    for p in ahead:
        backup_database(ctx.db, p)
    made = backup_before_import(ctx.db, "update")
    assert made is not None and made.exists()
    # still five in all: of the others, the first made went
    assert set(dbmod.automatic_backups(db_path, "import")) == {*ahead[1:], made}


def test_a_killed_automatic_backup_leaves_no_orphan_after_the_next_one(sqlite_ctx, db_path):  # the .sqlite file itself
    ctx = sqlite_ctx
    ctx.contacts.add(ContactInput(name="Knowledge Mareyanadzo"))
    orphan = db_path.with_name(f".{db_path.stem}.backup-before-import-20260101-090000{db_path.suffix}.part")
    journal = orphan.with_name(orphan.name + "-journal")
    fresh = db_path.with_name(f".{db_path.stem}.backup-before-import-20260101-090001{db_path.suffix}.part")
    for p in (orphan, journal, fresh):
        p.write_bytes(b"half a copy")
    old = time.time() - 3600
    os.utime(orphan, (old, old))
    os.utime(journal, (old, old))
    backup_before_import(ctx.db, "update")
    assert not orphan.exists() and not journal.exists()
    assert fresh.exists()  # another app may be writing this one right now


def test_automatic_backup_only_when_an_import_may_change_contacts(sqlite_ctx, db_path):  # the .sqlite file itself
    ctx = sqlite_ctx
    assert backup_before_import(ctx.db, "update") is None  # nothing to lose in an empty directory
    ctx.contacts.add(ContactInput(name="Knowledge Mareyanadzo"))
    assert backup_before_import(ctx.db, "skip") is None
    assert backup_before_import(ctx.db, "create") is None
    assert backup_before_import(ctx.db, "update", dry_run=True) is None
    assert dbmod.automatic_backups(db_path, "import") == []
    saved = backup_before_import(ctx.db, "update")
    assert saved is not None and dbmod.automatic_backups(db_path, "import") == [saved]


def test_automatic_backup_that_cannot_be_written_is_an_error(sqlite_ctx, db_path, monkeypatch):  # the .sqlite file itself
    ctx = sqlite_ctx
    ctx.contacts.add(ContactInput(name="Knowledge Mareyanadzo"))

    def full(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_mod, "make_automatic_backup", full)
    with pytest.raises(BackupError, match="No space left on device"):
        backup_before_import(ctx.db, "update")


def test_upgrade_backups_are_kept_five(db_path):
    """The copy made before a schema upgrade follows the same retention."""
    made = []
    for _ in range(6):
        database = dbmod.open_database(str(db_path))
        command.downgrade(dbmod.alembic_config(database.engine), "0005")
        database.dispose()
        database = dbmod.open_database(str(db_path))
        made.append(database.backup)
        database.dispose()
    assert dbmod.automatic_backups(db_path, "upgrade") == made[-5:]
    assert "rev0005" in made[-1].name


# -- PostgreSQL -----------------------------------------------------------------------------------


def test_sqlite_backup_restores_into_postgresql_and_back(filled, tmp_path, pg):
    ctx, ids = filled
    backup_database(ctx.db, tmp_path / "from-sqlite.sqlite3")
    target = AppContext.open(pg.new_database())
    try:
        result = restore_database(target.db, tmp_path / "from-sqlite.sqlite3")
        assert (result.contacts, result.articles) == (4, 2)
        assert "postgres" in result.target and "@" in result.target
        assert contents(target) == contents(ctx)
        assert target.search.search_ids("jose nunez") == [ids["jose"]]
        assert target.search.search_ids("263 4 33") == [ids["km"]]
        # Sequences moved past the restored ids: new rows do not collide.
        new = target.contacts.add(ContactInput(name="Nuevo Contacto", phones=["+593 2 393 4401"],
                                               emails=["nuevo@iom.int"], office="IOM Peru", tags=["new"]))
        assert new.id > max(c.id for c in contents(ctx)[0])
        assert target.articles.add("A new release").id > max(ids["dakar"], ids["mcof"])
        assert backup_before_import(target.db, "update") is None  # PostgreSQL: the DBA's backups apply
        # PostgreSQL -> SQLite: the portable file, then a restore into a fresh SQLite file.
        pg_backup = backup_database(target.db, tmp_path / "from-pg.sqlite3")
        assert (pg_backup.contacts, pg_backup.articles) == (5, 3)
        back = open_ctx(tmp_path / "back.sqlite3")
        try:
            restore_database(back.db, tmp_path / "from-pg.sqlite3")
            assert contents(back) == contents(target)
            assert back.search.search_ids("nuevo") == [new.id]
            assert back.search.search_ids("sorensen") == target.search.search_ids("sorensen") != []
        finally:
            back.close()
        # Not empty any more: refused, unchanged.
        with pytest.raises(TargetNotEmpty):
            restore_database(target.db, tmp_path / "from-sqlite.sqlite3")
        assert target.contacts.count() == 5
    finally:
        target.close()


def test_postgresql_backup_is_one_snapshot_while_others_write(pg, tmp_path):
    url = pg.new_database()
    source = AppContext.open(url)
    writer_ctx = AppContext.open(url)
    try:
        for i in range(40):
            source.contacts.add(ContactInput(name=f"Seed {i}", phones=["+41 22 717 9111"], emails=[f"s{i}@iom.int"]))
        stop = threading.Event()
        written = []

        def writer():
            n = 0
            while not stop.is_set():
                writer_ctx.contacts.add(ContactInput(name=f"Writer {n}", phones=["+41 22 717 9112"],
                                                     emails=[f"w{n}@iom.int"]))
                n += 1
                written.append(n)

        def slow(done, total):
            time.sleep(0.02)  # between tables: the writer commits while the copy runs

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            while len(written) < 2:
                time.sleep(0.01)
            start = len(written)
            result = backup_database(source.db, tmp_path / "pg.sqlite3", progress=slow)
            during = len(written) - start
        finally:
            stop.set()
            thread.join()
        assert during > 0
        conn = sqlite3.connect(tmp_path / "pg.sqlite3")
        try:
            n = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
            assert n == result.contacts
            assert conn.execute("SELECT count(*) FROM phones").fetchone()[0] == n
            assert conn.execute("SELECT count(*) FROM emails").fetchone()[0] == n
            assert conn.execute("SELECT value FROM meta WHERE key = 'contact_count'").fetchone()[0] == str(n)
        finally:
            conn.close()
    finally:
        writer_ctx.close()
        source.close()


def test_failed_restore_into_postgresql_leaves_it_empty(filled, tmp_path, pg, monkeypatch):
    ctx, _ = filled
    backup_database(ctx.db, tmp_path / "b.sqlite3")
    target = AppContext.open(pg.new_database())
    try:
        real_verify = backup_mod.verify_tables

        def verify_then_fail(src, dst, step):
            real_verify(src, dst, step)
            raise VerificationFailed("simulated mismatch")

        monkeypatch.setattr(backup_mod, "verify_tables", verify_then_fail)
        with pytest.raises(VerificationFailed):
            restore_database(target.db, tmp_path / "b.sqlite3")
        assert target.contacts.count() == 0
        assert target.contacts.list_offices() == []
        monkeypatch.setattr(backup_mod, "verify_tables", real_verify)
        restore_database(target.db, tmp_path / "b.sqlite3")
        assert contents(target) == contents(ctx)
    finally:
        target.close()


def test_a_backup_row_postgresql_cannot_hold_is_named_by_table_and_nothing_is_kept(filled, tmp_path, pg):
    """SQLite does not enforce column sizes; PostgreSQL does. The restore stops, names the table (not
    the values), and the target stays empty."""
    ctx, ids = filled
    path = tmp_path / "b.sqlite3"
    backup_database(ctx.db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE contacts SET country = 'ZWE' WHERE id = ?", (ids["km"],))
    conn.commit()
    conn.close()
    target = AppContext.open(pg.new_database())
    try:
        with pytest.raises(BackupError, match="table contacts: .*too long.*nothing was changed") as info:
            restore_database(target.db, path)
        assert "Mareyanadzo" not in str(info.value) and "ZWE" not in str(info.value)
        assert target.contacts.count() == 0 and target.contacts.list_offices() == []
    finally:
        target.close()


def test_distribution_lists_are_backed_up_restored_and_verified(filled, tmp_path, monkeypatch):
    from iomdesk.services.lists import ListService

    ctx, ids = filled
    lists = ListService(ctx.db.session_factory)
    lists.create("Médias Sénégal")
    lists.add("Médias Sénégal", [ids["awa"], ids["km"]])
    lists.create("Press", query="tag:prensa")
    result = backup_database(ctx.db, tmp_path / "saved.sqlite3")
    assert (result.counts["lists"], result.counts["list_members"]) == (2, 2)
    target = open_ctx(tmp_path / "restored.sqlite3")
    try:
        restored = restore_database(target.db, tmp_path / "saved.sqlite3")
        assert (restored.counts["lists"], restored.counts["list_members"]) == (2, 2)
        assert "2 lists, 2 list memberships" in restored.summary()
        back = ListService(target.db.session_factory)
        assert [(i.name, i.count, i.query) for i in back.all()] == [
            ("Médias Sénégal", 2, None), ("Press", 1, "tag:prensa")]
        assert sorted(back.members("medias senegal")) == sorted([ids["awa"], ids["km"]])
        assert back.members("Press") == [ids["jose"]]
    finally:
        target.close()
    # The field-for-field verification covers the new tables: a membership that differs is caught.
    real_copy = backup_mod.copy_tables

    def copy_then_tamper(src, dst, step):
        counts = real_copy(src, dst, step)
        dst.execute(text("UPDATE list_members SET added_at = '2000-01-01 00:00:00'"))
        return counts

    monkeypatch.setattr(backup_mod, "copy_tables", copy_then_tamper)
    target = open_ctx(tmp_path / "tampered.sqlite3")
    try:
        with pytest.raises(VerificationFailed, match="table list_members, row .*: added_at differ"):
            restore_database(target.db, tmp_path / "saved.sqlite3")
        assert ListService(target.db.session_factory).all() == []  # nothing kept
    finally:
        target.close()
