"""Do-not-contact changes are part of a contact's history; erasing a contact erases its history."""


from iomdesk.core.contact import ContactInput
from iomdesk.services.history import HistoryService
from iomdesk.services.protection import ProtectionService


def test_marking_and_allowing_again_are_recorded_changes(ctx):
    rec = ctx.contacts.add(ContactInput(name="Amina Diop", office="IOM Senegal", emails=["adiop@example.sn"]))
    protection = ProtectionService(ctx.db.session_factory)
    protection.mark([rec.id], "asked to be removed")
    protection.unmark([rec.id])
    changes = HistoryService(ctx.db.session_factory).changes(rec.id)
    assert [c.action for c in changes][:2] == ["contact allowed again", "do not contact"]
    marked = changes[1]
    assert marked.changes["do_not_contact"] == [False, True]
    assert changes[0].version == ctx.contacts.get(rec.id).version == marked.version + 1


def test_erase_leaves_no_history_row(ctx):
    from sqlalchemy import func, select

    from iomdesk.store.models import ContactChange

    rec = ctx.contacts.add(ContactInput(name="Amina Diop", emails=["adiop@example.sn"]))
    ProtectionService(ctx.db.session_factory).mark([rec.id], "bounced")
    ProtectionService(ctx.db.session_factory).erase([rec.id], scrub=False)
    with ctx.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(ContactChange).where(ContactChange.contact_id == rec.id)) == 0
