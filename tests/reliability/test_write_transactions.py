"""Every service call that writes takes SQLite's write lock when it begins (BEGIN IMMEDIATE), and
calls that only read do not (a search never waits behind an import). A write that slipped through a
plain ``sf.begin()`` would fail at once with "database is locked" when another IOM Desk saved
between its first read and its first write."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from iomdesk.core.contact import ContactInput
from iomdesk.store.db import WRITE

from .crashkit import WRITE_VERBS, write_contacts_csv, write_release_folder


@pytest.fixture
def watched(ctx):
    """Records write statements run in a transaction that did not begin as a write."""
    stray: list[str] = []
    immediate: list[bool] = []

    def before(conn, _cursor, statement, _params, _context, _many):
        if statement.lstrip().upper().startswith(WRITE_VERBS) and not conn.get_execution_options().get(WRITE):
            stray.append(statement.split("\n")[0][:80])

    def begin(conn):
        immediate.append(bool(conn.get_execution_options().get(WRITE)))

    event.listen(ctx.db.engine, "before_cursor_execute", before)
    event.listen(ctx.db.engine, "begin", begin)
    yield ctx, stray, immediate
    event.remove(ctx.db.engine, "before_cursor_execute", before)
    event.remove(ctx.db.engine, "begin", begin)


def test_every_writing_service_call_begins_as_a_write(watched, tmp_path):
    from iomdesk.interchange.press import read_release
    from iomdesk.services.importer import ImportService
    from iomdesk.services.press_import import PressImportService
    from iomdesk.services.samples import load_samples
    from iomdesk.store.fts import reindex_all

    ctx, stray, _immediate = watched
    c, a = ctx.contacts, ctx.articles
    rec = c.add(ContactInput(name="Ana Kovač", office="IOM Croatia", phones=["+385 1 4816 774"]))
    rec = c.update(rec.id, ContactInput(name="Ana Kovač", office="IOM Croatia", role="Officer"), rec.version)
    c.replace(rec)
    c.tag([rec.id], "media")
    c.untag([rec.id], "media")
    art = a.add("Croatia: IOM helps flood victims")
    c.link_article(rec.id, art.id)
    c.unlink_article(rec.id, art.id)
    a.link(art.id, rec.id)
    c.set_office_country("IOM Croatia", "HR")
    gone = a.delete(art.id)
    a.restore(gone)
    removed = c.delete(rec.id)
    c.restore(removed)
    c.restore(c.delete_many([rec.id]))
    ImportService(ctx.db.session_factory).import_file(write_contacts_csv(tmp_path / "c.csv", 20))
    folder = write_release_folder(tmp_path / "releases", 3)
    press = PressImportService(ctx.db.session_factory)
    releases = [read_release(p) for p in sorted(folder.iterdir())]
    press.save(releases[0])
    press.save_many(releases[1:])
    load_samples(ctx)
    reindex_all(ctx.db.session_factory)
    assert c.count() > 20
    assert stray == []


def test_reading_service_calls_do_not_take_the_write_lock(watched):
    ctx, _stray, immediate = watched
    rec = ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    immediate.clear()
    ctx.search.search("kovac")
    ctx.search.count("kovac")
    ctx.contacts.get(rec.id)
    ctx.contacts.get_many([rec.id])
    ctx.contacts.count()
    ctx.contacts.list_offices()
    ctx.contacts.list_tags()
    ctx.contacts.list_countries()
    ctx.contacts.validate(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    ctx.contacts.find_duplicates(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    ctx.articles.list("")
    assert immediate and not any(immediate)
