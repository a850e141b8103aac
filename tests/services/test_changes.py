"""Another session's commits are noticed (both backends); one's own reading is not a change."""


from iomdesk.core.contact import ContactInput
from iomdesk.services.changes import ChangeWatcher


def test_a_colleagues_commit_is_noticed_once(ctx, colleague):
    watcher = ChangeWatcher(ctx.db)
    watcher.start()
    try:
        assert not watcher.changed()
        ctx.search.search("anyone")  # reading is not a change
        assert not watcher.changed()
        colleague.contacts.add(ContactInput(name="Amina Diop", office="IOM Senegal"))
        assert watcher.changed(wait=5)
        assert not watcher.changed(wait=0.3)  # told once
        if ctx.db.engine.dialect.name == "postgresql":
            assert not watcher.tables
        rec = colleague.contacts.add(ContactInput(name="Fatou Sow"))
        colleague.contacts.delete(rec.id)
        assert watcher.changed(wait=5)
        if ctx.db.engine.dialect.name == "postgresql":
            assert "contacts" in watcher.tables
    finally:
        watcher.close()


def test_a_rolled_back_write_is_not_a_change(ctx, colleague):
    from iomdesk.store.models import Contact

    watcher = ChangeWatcher(ctx.db)
    watcher.start()
    try:
        with colleague.db.session_factory() as s:  # written, then given up (a cancelled import)
            s.add(Contact(name="Amina Diop", name_key="amina diop"))
            s.flush()
            s.rollback()
        assert not watcher.changed(wait=0.5)
        assert ctx.contacts.count() == 0
    finally:
        watcher.close()


def test_a_lost_connection_says_no_change_and_watching_resumes(ctx, colleague):
    watcher = ChangeWatcher(ctx.db)
    watcher.start()
    watcher._raw.close()  # the network drops it
    assert not watcher.changed()  # no error, no false alarm
    assert not watcher.changed()  # reopened on this ask
    colleague.contacts.add(ContactInput(name="Amina Diop"))
    assert watcher.changed(wait=5)
    watcher.close()
