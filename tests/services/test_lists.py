"""Distribution lists: static and smart lists, membership after edits, deletes and imports, list: search."""

from __future__ import annotations

import pytest

from iomdesk.core.contact import ContactInput
from iomdesk.core.errors import NotFound, UserError
from iomdesk.services.importer import ImportService
from iomdesk.services.lists import ListError, ListExists, ListLoop, ListService
from iomdesk.services.search import Filters, parse_query, split_lists


@pytest.fixture
def lists(ctx) -> ListService:
    return ListService(ctx.db.session_factory)


@pytest.fixture
def people(ctx) -> dict[str, int]:
    add = ctx.contacts.add
    return {
        "amina": add(ContactInput(name="Amina Diop", office="IOM Zimbabwe", tags=["press"])).id,
        "tendai": add(ContactInput(name="Tendai Moyo", office="IOM Zimbabwe", emails=["tendai@example.com"])).id,
        "fatou": add(ContactInput(name="Fatou Sow", office="OIM Sénégal", tags=["radio"])).id,
        "jose": add(ContactInput(name="José Núñez", office="OIM Ecuador", tags=["press"])).id,
    }


def names(ctx, ids):
    rows = ctx.search.rows(ids)
    return [rows[i].name for i in ids]


def test_static_list_add_is_idempotent_and_members_come_by_name(ctx, lists, people):
    made = lists.create("Zimbabwe media")
    assert made.id is not None and made.count == 0 and not made.smart
    assert lists.add("Zimbabwe media", [people["tendai"], people["amina"]]) == 2
    assert lists.add("zimbabwe MEDIA", [people["amina"], people["amina"], people["fatou"]]) == 1
    assert names(ctx, lists.members("Zimbabwe media")) == ["Amina Diop", "Fatou Sow", "Tendai Moyo"]
    assert lists.members("Zimbabwe media", limit=2, offset=1) == [people["fatou"], people["tendai"]]
    assert lists.get("Zimbabwe media").count == 3
    assert lists.remove("Zimbabwe media", [people["fatou"], people["jose"]]) == 1
    assert names(ctx, lists.members("Zimbabwe media")) == ["Amina Diop", "Tendai Moyo"]


def test_adding_an_id_that_is_no_contact_adds_nothing(lists, people):
    lists.create("Wires")
    with pytest.raises(NotFound, match="contact 999"):
        lists.add("Wires", [people["amina"], 999])
    assert lists.members("Wires") == []


def test_names_are_unique_ignoring_case_and_accents(lists):
    lists.create("Médias Sénégal")
    with pytest.raises(ListExists, match="already exists"):
        lists.create("medias senegal")
    lists.create("Geneva wires")
    with pytest.raises(ListExists, match="'Geneva wires' already exists"):
        lists.rename("médias sénégal", "GENEVA WIRES")
    renamed = lists.rename("médias sénégal", "MÉDIAS SÉNÉGAL")  # its own name in other letters: fine
    assert renamed.name == "MÉDIAS SÉNÉGAL"
    assert [i.name for i in lists.all()] == ["Geneva wires", "MÉDIAS SÉNÉGAL"]


@pytest.mark.parametrize("bad", ["", "   ", 'The "best" list', "x" * 201, "ß" * 150])
def test_a_list_name_must_be_usable(lists, bad):
    with pytest.raises(ListError):
        lists.create(bad)
    assert lists.all() == []


def test_unknown_list_is_not_found(lists):
    with pytest.raises(NotFound, match="list 'Nope' does not exist"):
        lists.add("Nope", [1])


def test_deleting_a_list_keeps_its_contacts_and_deleting_a_contact_leaves_every_list(ctx, lists, people):
    lists.create("A")
    lists.create("B")
    lists.add("A", [people["amina"], people["fatou"]])
    lists.add("B", [people["amina"]])
    gone = lists.delete("A")
    assert gone.contact_ids == tuple(sorted([people["amina"], people["fatou"]]))
    assert ctx.contacts.count() == 4
    assert [i.name for i in lists.all()] == ["B"]
    ctx.contacts.delete(people["amina"])
    assert lists.members("B") == []
    assert lists.get("B").count == 0
    lists.create("A")  # the name is free again, and the new list is empty
    assert lists.members("A") == []


def test_membership_follows_edits_and_survives_an_import_that_updates_the_contact(ctx, lists, people, tmp_path):
    lists.create("Press")
    lists.add("Press", [people["tendai"]])
    rec = ctx.contacts.get(people["tendai"])
    ctx.contacts.update(rec.id, ContactInput(name="Tendai Moyo-Banda", office="IOM Zimbabwe",
                                             emails=["tendai@example.com"]), rec.version)
    path = tmp_path / "more.csv"
    path.write_text("Name,Office,Emails,Role\nT. Moyo,,tendai@example.com,Producer\nNew Person,,n@example.com,\n",
                    encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    assert (result.added, result.updated) == (1, 1)
    assert names(ctx, lists.members("Press")) == ["Tendai Moyo-Banda"]
    assert ctx.contacts.get(people["tendai"]).role == "Producer"
    assert lists.lists_of(people["tendai"]) == ["Press"]


def test_smart_list_members_follow_the_data(ctx, lists, people):
    smart = lists.create("Press people", query="tag:press")
    assert smart.smart and smart.count == 2
    assert names(ctx, lists.members("Press people")) == ["Amina Diop", "José Núñez"]
    new = ctx.contacts.add(ContactInput(name="Zanele Dube", tags=["press"]))
    rec = ctx.contacts.get(people["jose"])
    ctx.contacts.update(rec.id, ContactInput(name="José Núñez", office="OIM Ecuador", tags=["tv"]), rec.version)
    assert names(ctx, lists.members("Press people")) == ["Amina Diop", "Zanele Dube"]
    assert lists.lists_of(new.id) == ["Press people"]
    assert lists.lists_of(people["jose"]) == []
    with pytest.raises(ListError, match="smart list"):
        lists.add("Press people", [people["fatou"]])
    lists.set_query("Press people", "office:zimbabwe")
    assert names(ctx, lists.members("Press people")) == ["Amina Diop", "Tendai Moyo"]


def test_list_filter_in_the_search_syntax(ctx, lists, people):
    lists.create("Geneva wires")
    lists.add("Geneva wires", [people["amina"], people["fatou"], people["jose"]])
    lists.create("Zim", query="office:zimbabwe")
    search = ctx.search
    assert names(ctx, search.search_ids('list:"geneva wires"')) == ["Amina Diop", "Fatou Sow", "José Núñez"]
    assert names(ctx, search.search_ids('tag:press list:"Geneva wires"')) == ["Amina Diop", "José Núñez"]
    assert names(ctx, search.search_ids('list:"Geneva wires" list:zim')) == ["Amina Diop"]
    assert names(ctx, search.search_ids("list:Zim")) == ["Amina Diop", "Tendai Moyo"]
    assert search.count('list:"Geneva wires" fat') == 1
    assert search.search_ids("list:nosuchlist") == []
    first = search.first_page('list:"Geneva wires"')
    assert first.total == 3 and [r.name for r in first.rows.values()] == ["Amina Diop", "Fatou Sow", "José Núñez"]
    assert search.first_page("", Filters(list="geneva wires")).total == 3
    # A smart list built on another list
    lists.create("Wires in Zimbabwe", query='list:"Geneva wires" office:zimbabwe')
    assert names(ctx, lists.members("Wires in Zimbabwe")) == ["Amina Diop"]


def test_list_tokens_are_not_searched_as_words():
    assert split_lists('amina list:"Geneva wires" tag:x list:Zim') == ("amina  tag:x ", ["Geneva wires", "Zim"])
    assert [t.words for t in parse_query('amina list:"Geneva wires"').terms] == [("amina",)]


def test_a_smart_list_that_refers_to_itself_is_an_error_not_a_recursion(ctx, lists, people):
    with pytest.raises(ListLoop, match="refers to itself"):
        lists.create("Loop", query="list:Loop")
    assert lists.all() == []  # nothing stored
    lists.create("A", query="list:B")  # B does not exist yet: A is empty
    assert lists.get("A").count == 0
    with pytest.raises(ListLoop, match="'B' -> 'A' -> 'B'"):
        lists.create("B", query="list:A")
    lists.create("C", query="list:A")
    with pytest.raises(ListLoop):  # renaming C to B would close the loop A -> B(C) -> A
        lists.rename("C", "B")
    assert [i.name for i in lists.all()] == ["A", "C"]
    assert isinstance(ListLoop(["x", "x"]), UserError)


def test_counts_per_list_and_adding_a_search(ctx, lists, people):
    lists.create("Zimbabwe media")
    assert lists.add_query("Zimbabwe media", "office:zimbabwe") == 2
    assert lists.add_query("Zimbabwe media", "tag:press") == 1  # José; Amina was already there
    lists.create("Radio", query="tag:radio")
    lists.create("Empty")
    assert [(i.name, i.count, i.smart) for i in lists.all()] == [
        ("Empty", 0, False), ("Radio", 1, True), ("Zimbabwe media", 3, False)]
    assert lists.lists_of(people["amina"]) == ["Zimbabwe media"]
    assert lists.lists_of(people["fatou"]) == ["Radio"]
    with pytest.raises(NotFound):
        lists.lists_of(999)


def test_adding_and_removing_many_ids_goes_in_chunks_with_the_same_result(ctx, lists, people, monkeypatch):
    from iomdesk.services import lists as lists_mod

    monkeypatch.setattr(lists_mod, "CHUNK", 2)  # the 10,000-id path (benchmarks/lists_speed.py), small
    lists.create("All")
    every = list(people.values())
    assert lists.add("All", every[:3]) == 3
    assert lists.add("All", list(reversed(every))) == 1
    assert sorted(lists.members("All")) == sorted(every)
    with pytest.raises(NotFound, match=r"contact 998 \(and 1 more ids\)"):
        lists.add("All", [every[0], 998, every[1], 999])
    assert lists.remove("All", every + [999]) == 4
    assert lists.members("All") == []


def test_lists_on_postgresql(pg):
    """The shared team directory: the same list actions, cascades and list: filter on PostgreSQL."""
    from iomdesk.services.context import AppContext

    ctx = AppContext.open(pg.new_database())
    try:
        lists = ListService(ctx.db.session_factory)
        a = ctx.contacts.add(ContactInput(name="Amina Diop", office="IOM Zimbabwe", tags=["press"])).id
        b = ctx.contacts.add(ContactInput(name="Tendai Moyo", office="IOM Zimbabwe")).id
        lists.create("Médias")
        with pytest.raises(ListExists):
            lists.create("MEDIAS")
        assert lists.add("medias", [b, a, a]) == 2
        assert lists.add_query("Médias", "office:zimbabwe") == 0
        lists.create("Press", query="tag:press")
        assert [(i.name, i.count) for i in lists.all()] == [("Médias", 2), ("Press", 1)]
        assert names(ctx, ctx.search.search_ids('list:"médias" tendai')) == ["Tendai Moyo"]
        with pytest.raises(ListLoop):
            lists.set_query("Press", "list:Press")
        ctx.contacts.delete(a)
        assert lists.members("Médias") == [b] and lists.get("Press").count == 0
        assert lists.delete("Médias").contact_ids == (b,)
        assert ctx.contacts.count() == 1
    finally:
        ctx.close()


def test_names_lists_every_list_by_name_and_tells_smart_from_static(lists):
    lists.create("Zimbabwe media")
    lists.create("Geneva wires")
    lists.create("Press", query="tag:press")
    assert lists.names() == ["Geneva wires", "Press", "Zimbabwe media"]
    assert lists.names(smart=False) == ["Geneva wires", "Zimbabwe media"]
    assert lists.names(smart=True) == ["Press"]


def test_renaming_a_list_keeps_the_smart_lists_that_refer_to_it(ctx, lists, people):
    lists.create("Zimbabwe media")
    lists.add("Zimbabwe media", [people["amina"], people["tendai"]])
    lists.create("Press in Zimbabwe", query='list:"zimbabwe MEDIA" tag:press')
    lists.create("Other", query="list:Wires tendai")
    assert lists.get("Press in Zimbabwe").count == 1
    lists.rename("Zimbabwe media", "Harare desk")
    # the smart list still finds Amina: its search now names the list by its new name
    assert lists.get("Press in Zimbabwe").query == 'list:"Harare desk" tag:press'
    assert lists.members("Press in Zimbabwe") == [people["amina"]]
    assert lists.get("Other").query == "list:Wires tendai"  # another list's name is left alone
    lists.rename("Harare desk", "Zimbabwe media")  # an undo of the rename puts the search back too
    assert lists.get("Press in Zimbabwe").query == 'list:"Zimbabwe media" tag:press'
    assert lists.members("Press in Zimbabwe") == [people["amina"]]


def test_undo_of_a_delete_puts_the_contact_back_on_its_lists(ctx, lists, people):
    lists.create("Zimbabwe media")
    lists.create("Press")
    lists.create("Gone")
    lists.add("Zimbabwe media", [people["amina"], people["tendai"]])
    lists.add("Press", [people["amina"]])
    lists.add("Gone", [people["amina"]])
    records = ctx.contacts.delete_many([people["amina"]])
    assert lists.get("Zimbabwe media").count == 1
    lists.delete("Gone")  # a list deleted meanwhile stays deleted
    (back,) = ctx.contacts.restore(records)
    assert lists.lists_of(back.id) == ["Press", "Zimbabwe media"]
    assert lists.get("Zimbabwe media").count == 2


def test_deleting_a_list_names_the_smart_lists_that_refer_to_it(lists, people):
    lists.create("Zimbabwe media")
    lists.add("Zimbabwe media", [people["amina"]])
    lists.create("Press in Zimbabwe", query='list:"zimbabwe media" tag:press')
    lists.create("Radio", query="tag:radio")
    gone = lists.delete("Zimbabwe media")
    assert gone.referred_by == ("Press in Zimbabwe",)  # it now finds nobody: the user is told
