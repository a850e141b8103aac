"""The send ledger: a send recorded with last_contacted_at, history newest first, already-sent counts,
do-not-contact and address-less contacts left out of a list send, undo of a delete keeping the ledger,
and the Last contacted sort."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from iomdesk.core.contact import ContactInput
from iomdesk.core.errors import NotFound
from iomdesk.store.models import Contact, OutreachEntry

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def mark_dnc(ctx, contact_id: int, reason: str = "asked not to be contacted") -> None:
    with ctx.db.session_factory.begin() as s:
        s.execute(update(Contact).where(Contact.id == contact_id)
                  .values(do_not_contact=True, dnc_reason=reason, dnc_at=T0))


@pytest.fixture
def people(ctx) -> dict[str, int]:
    add = ctx.contacts.add
    ids = {
        "amina": add(ContactInput(name="Amina Diop", office="IOM Zimbabwe", emails=["amina@example.com"])).id,
        "tendai": add(ContactInput(name="Tendai Moyo", office="IOM Zimbabwe", emails=["tendai@example.com"])).id,
        "fatou": add(ContactInput(name="Fatou Sow", office="OIM Sénégal", emails=["fatou@example.com"])).id,
        "noemail": add(ContactInput(name="Nomail Person", office="IOM Zimbabwe")).id,
    }
    ctx.lists.create("Zimbabwe media")
    ctx.lists.add("Zimbabwe media", list(ids.values()))
    return ids


def test_a_send_is_in_the_ledger_and_moves_last_contacted(ctx, people, monkeypatch):
    monkeypatch.setattr("iomdesk.services.outreach.os_user", lambda: "mdiallo")
    art = ctx.articles.add("Floods in Beira: IOM scales up", url="https://www.iom.int/news/beira")
    before = ctx.contacts.get_many([people["amina"]])[0]
    n = ctx.outreach.record([people["amina"], people["tendai"], 9999], "mailto", article_id=art.id,
                            list_name="Zimbabwe media", when=T0)
    assert n == 2  # 9999 is no contact: skipped
    (entry,) = ctx.outreach.history(people["amina"])
    assert (entry.subject, entry.channel, entry.list_name, entry.os_user, entry.sent_at, entry.article_id) == (
        "Floods in Beira: IOM scales up", "mailto", "Zimbabwe media", "mdiallo", T0, art.id)
    after = ctx.contacts.get_many([people["amina"]])[0]
    assert after.last_contacted_at == T0
    assert after.version == before.version  # a send is not an edit: an open edit dialog can still save
    assert ctx.contacts.get_many([people["fatou"]])[0].last_contacted_at is None
    # A later send moves it forward; recording an older one (a late import of the ledger) does not move it back.
    ctx.outreach.record([people["amina"]], "email", subject="Interview request", when=T0 + dt.timedelta(days=2))
    ctx.outreach.record([people["amina"]], "eml", subject="Old note", when=T0 - dt.timedelta(days=30))
    history = ctx.outreach.history(people["amina"])
    assert [(e.subject, e.channel) for e in history] == [
        ("Interview request", "email"), ("Floods in Beira: IOM scales up", "mailto"), ("Old note", "eml")]
    assert ctx.contacts.get_many([people["amina"]])[0].last_contacted_at == T0 + dt.timedelta(days=2)
    assert ctx.outreach.history(people["amina"], limit=1)[0].subject == "Interview request"
    assert ctx.outreach.history_count(people["amina"]) == 3
    with pytest.raises(NotFound):
        ctx.outreach.history(9999)


def test_a_send_with_an_unknown_article_or_channel_records_nothing(ctx, people):
    with pytest.raises(NotFound, match="article 77"):
        ctx.outreach.record([people["amina"]], "mailto", article_id=77)
    with pytest.raises(ValueError):
        ctx.outreach.record([people["amina"]], "fax")
    assert ctx.outreach.history(people["amina"]) == []
    assert ctx.contacts.get_many([people["amina"]])[0].last_contacted_at is None


def test_list_recipients_leave_out_do_not_contact_and_no_email_and_count_already_sent(ctx, people):
    art = ctx.articles.add("Release A")
    mark_dnc(ctx, people["fatou"], "unsubscribed by phone")
    ctx.outreach.record([people["amina"]], "mailto", article_id=art.id, when=T0)
    got = ctx.outreach.list_recipients("zimbabwe MEDIA", article_id=art.id)
    assert got.list_name == "Zimbabwe media"
    assert [(name, address) for _i, name, address in got.split.sendable] == [
        ("Amina Diop", "amina@example.com"), ("Tendai Moyo", "tendai@example.com")]
    assert [(p.name, p.reason) for p in got.split.do_not_contact] == [("Fatou Sow", "unsubscribed by phone")]
    assert [p.name for p in got.split.no_email] == ["Nomail Person"]
    assert got.already == {people["amina"]}
    assert [t[1] for t in got.targets(leave_out_already=True)] == ["Tendai Moyo"]
    assert len(got.targets(leave_out_already=False)) == 2
    assert ctx.outreach.already_sent(art.id, people.values()) == {people["amina"]}
    assert "Fatou Sow (unsubscribed by phone)" in got.split.note()
    with pytest.raises(NotFound):
        ctx.outreach.list_recipients("Nope")


def test_a_smart_list_send_follows_its_search(ctx, people):
    ctx.lists.create("Senegal", "office:senegal")
    got = ctx.outreach.list_recipients("Senegal")
    assert [t[1] for t in got.split.sendable] == ["Fatou Sow"]
    mark_dnc(ctx, people["fatou"])
    assert ctx.outreach.list_recipients("Senegal").split.sendable == []


def test_undo_of_a_delete_brings_the_ledger_back(ctx, people):
    art = ctx.articles.add("Release A")
    ctx.outreach.record([people["amina"], people["tendai"]], "mailto", article_id=art.id, when=T0)
    gone = ctx.contacts.delete_many([people["amina"], people["tendai"]])
    with ctx.db.session_factory.begin() as s:
        assert s.scalars(select(OutreachEntry)).all() == []  # the delete cascaded
    ctx.articles.delete(art.id)  # the article goes meanwhile: the rows come back without its link
    ctx.contacts.restore(gone)
    (entry,) = ctx.outreach.history(people["amina"])
    assert (entry.subject, entry.article_id, entry.sent_at) == ("Release A", None, T0)
    assert ctx.contacts.get_many([people["tendai"]])[0].last_contacted_at == T0
    one = ctx.contacts.delete(people["amina"])
    ctx.contacts.restore(one)
    assert len(ctx.outreach.history(people["amina"])) == 1


def test_sort_by_last_contacted_newest_first_never_contacted_last_by_name(ctx, people):
    ctx.outreach.record([people["tendai"]], "email", subject="a", when=T0)
    ctx.outreach.record([people["fatou"], people["amina"]], "mailto", subject="b", when=T0 + dt.timedelta(hours=1))
    newest = ["Amina Diop", "Fatou Sow", "Tendai Moyo", "Nomail Person"]
    oldest = ["Tendai Moyo", "Amina Diop", "Fatou Sow", "Nomail Person"]
    for descending, expected in ((True, newest), (False, oldest)):
        ids = ctx.search.search_ids(sort="last_contacted", descending=descending)
        rows = ctx.search.rows(ids)
        assert [rows[i].name for i in ids] == expected
        # The paged path (the table) gives the same order, a page of one row at a time.
        page = ctx.search.first_page(sort="last_contacted", descending=descending, limit=1)
        got, cursor = list(page.ids), page.cursor
        while cursor is not None:
            nxt = ctx.search.next_page("", None, "last_contacted", descending, cursor, limit=1)
            got += nxt.ids
            cursor = nxt.cursor
        assert [rows[i].name for i in got] == expected
    assert ctx.search.rows([people["amina"]])[people["amina"]].last_contacted == T0 + dt.timedelta(hours=1)
    # With words, every match is sorted by it.
    ids = ctx.search.search_ids("zimbabwe", sort="last_contacted", descending=True)
    assert [ctx.search.rows(ids)[i].name for i in ids] == ["Amina Diop", "Tendai Moyo", "Nomail Person"]


def test_ledger_on_postgresql(pg):
    from iomdesk.services.context import AppContext

    ctx = AppContext.open(pg.new_database())
    try:
        a = ctx.contacts.add(ContactInput(name="Amina Diop", emails=["amina@example.com"])).id
        b = ctx.contacts.add(ContactInput(name="Tendai Moyo", emails=["tendai@example.com"])).id
        ctx.lists.create("L")
        ctx.lists.add("L", [a, b])
        art = ctx.articles.add("Release A")
        ctx.outreach.record([a], "eml", article_id=art.id, list_name="L", when=T0)
        mark_dnc(ctx, b)
        got = ctx.outreach.list_recipients("L", article_id=art.id)
        assert got.split.ids == [a] and got.already == {a} and [p.id for p in got.split.do_not_contact] == [b]
        assert ctx.outreach.history(a)[0].sent_at == T0
        assert ctx.search.search_ids(sort="last_contacted", descending=False) == [a, b]
        page = ctx.search.first_page(sort="last_contacted", descending=True, limit=1)
        assert page.ids == [a]
        assert ctx.search.next_page("", None, "last_contacted", True, page.cursor, limit=1).ids == [b]
        ctx.contacts.restore(ctx.contacts.delete(a))
        assert len(ctx.outreach.history(a)) == 1
    finally:
        ctx.close()


SHARED = ["desk@radio.example", "ana@a.example", "bo@b.example"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dnc=st.lists(st.booleans(), min_size=8, max_size=8), picks=st.lists(st.integers(0, 7), max_size=8))
def test_no_do_not_contact_address_leaves_the_service_for_any_selection_or_list(ctx, dnc, picks):
    """Over random do-not-contact marks and selections of a directory where contacts share addresses:
    neither a selection's split nor a list's recipients ever hold a do-not-contact contact's address."""
    with ctx.db.session_factory.begin() as s:
        ids = list(s.scalars(select(Contact.id).order_by(Contact.id)))
    if not ids:
        for i in range(8):
            emails = [SHARED[i % 3]] + ([f"own{i}@x{i}.example"] if i % 2 else [])
            ids.append(ctx.contacts.add(ContactInput(name=f"Person {i}", emails=emails)).id)
        ctx.lists.create("All")
        ctx.lists.add("All", ids)
    with ctx.db.session_factory.begin() as s:
        for cid, flag in zip(ids, dnc, strict=True):
            s.execute(update(Contact).where(Contact.id == cid).values(do_not_contact=flag))
    forbidden = {e.casefold() for r in ctx.contacts.get_many(ids) if r.do_not_contact for e in r.emails}
    selection = [ids[i] for i in picks]
    for split in (ctx.outreach.split(selection), ctx.outreach.list_recipients("All").split):
        assert not {a.casefold() for a in split.addresses} & forbidden
        assert not {i for i in split.ids} & {cid for cid, flag in zip(ids, dnc, strict=True) if flag}


def test_an_opted_out_address_typed_in_again_is_never_written_to(ctx, people):
    """An address recorded as an opt-out while no contact had it, or a contact erased for good and
    typed in again by hand: the suppression list keeps it out of every send."""
    from iomdesk.services.protection import ProtectionService

    prot = ProtectionService(ctx.db.session_factory)
    prot.record_optouts("please remove ana@nowhere.example", "asked to be removed")
    prot.erase([people["tendai"]], scrub=False)
    ana = ctx.contacts.add(ContactInput(name="Ana Nowhere", emails=["ANA@Nowhere.example"])).id
    back = ctx.contacts.add(ContactInput(name="Tendai M.", emails=["Tendai@example.com"])).id
    ctx.lists.add("Zimbabwe media", [ana, back])
    got = ctx.outreach.list_recipients("Zimbabwe media")
    assert [address for _i, _n, address in got.split.sendable] == ["amina@example.com", "fatou@example.com"]
    assert sorted(p.name for p in got.split.do_not_contact) == ["Ana Nowhere", "Tendai M."]
    assert all("suppression list" in p.reason for p in got.split.do_not_contact)
    one = ctx.outreach.split([ana])
    assert one.sendable == [] and "suppression list" in one.note()
