"""The team database's server goes away (killed: ``pg_ctl stop -m immediate``) and comes back: every
write is a clear DatabaseUnreachable with nothing stored, a read says the connection is lost (the
window turns that into the same message), and the next call after the restart works on the same
AppContext (pool_pre_ping), with nothing half-written."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from iomdesk.core.contact import ContactInput
from iomdesk.services.changes import ChangeWatcher
from iomdesk.services.context import AppContext
from iomdesk.services.importer import ImportService
from iomdesk.store.db import DatabaseUnreachable, is_connection_lost
from iomdesk.store.models import Contact

CSV = "Name,Office,Email,Phone\nAmina Diallo,IOM Senegal,adiallo@iom.int,+221 33 869 62 00\n" + "".join(
    f"Person {i},IOM Kenya,p{i}@example.org,\n" for i in range(50))


@pytest.fixture
def team(stoppable_server):
    ctx = AppContext.open(stoppable_server.new_database())
    ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    yield ctx
    ctx.close()


def test_writes_and_reads_while_the_server_is_gone_then_it_is_back(stoppable_server, team, tmp_path):
    csv = tmp_path / "contacts.csv"
    csv.write_text(CSV, encoding="utf-8")
    watcher = ChangeWatcher(team.db)
    watcher.start()
    stoppable_server.kill()
    with pytest.raises(DatabaseUnreachable, match="The team database at 127.0.0.1 cannot be reached; nothing was"):
        team.contacts.add(ContactInput(name="Someone New"))
    with pytest.raises(DatabaseUnreachable):
        ImportService(team.db.session_factory).import_file(csv)
    with pytest.raises(DatabaseUnreachable):
        team.lists.create("Editors")
    with pytest.raises(Exception) as read:
        team.search.search("ana")
    assert is_connection_lost(read.value)
    assert watcher.changed() is False and not watcher.connected

    stoppable_server.resume()
    assert [r.name for r in team.search.search("ana")] == ["Ana Kovač"]
    result = ImportService(team.db.session_factory).import_file(csv)
    assert result.added == 51 and team.contacts.count() == 52
    watcher.changed()  # reconnects
    assert watcher.connected
    other = AppContext.open(team.db.url)
    other.contacts.add(ContactInput(name="From a colleague"))
    other.close()
    assert watcher.changed(wait=2.0)
    watcher.close()


def test_server_killed_in_the_middle_of_an_import_leaves_nothing(stoppable_server, team, tmp_path):
    """Killed between the import's flush and its commit: the whole import is gone, not half of it."""
    csv = tmp_path / "contacts.csv"
    csv.write_text(CSV, encoding="utf-8")

    def kill_once(session):
        event.remove(team.db.session_factory, "before_commit", kill_once)
        session.flush()
        stoppable_server.kill()

    event.listen(team.db.session_factory, "before_commit", kill_once)
    with pytest.raises(DatabaseUnreachable):
        ImportService(team.db.session_factory).import_file(csv)
    stoppable_server.resume()
    with team.db.session_factory.begin() as s:
        assert list(s.scalars(select(Contact.name))) == ["Ana Kovač"]
    assert ImportService(team.db.session_factory).import_file(csv).added == 51
    assert team.contacts.count() == 52
