"""Languages, beats, source, lawful basis and review date: stored, edited, undone, searched with
``lang:`` and ``beat:`` (alone, combined, in smart lists), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from iomdesk.core.contact import TYPED_BY_HAND, ContactInput
from iomdesk.core.errors import ConflictError, ValidationError
from iomdesk.services.contacts import record_to_input
from iomdesk.services.context import AppContext
from iomdesk.services.importer import ImportService
from iomdesk.services.lists import ListService
from iomdesk.services.search import Filters


@pytest.fixture(params=["sqlite", "postgresql"])
def any_ctx(request, db_path):
    if request.param == "sqlite":
        context = AppContext.open(str(db_path))
    else:
        pg = request.getfixturevalue("pg")
        context = AppContext.open(pg.new_database())
    yield context
    context.close()


@pytest.fixture
def people(any_ctx) -> dict[str, int]:
    add = any_ctx.contacts.add
    return {
        "amina": add(ContactInput(name="Amina Diop", office="IOM Zimbabwe", languages=["French", "en"],
                                  beats=["Public Health", "migration"], tags=["press"])).id,
        "tendai": add(ContactInput(name="Tendai Moyo", office="IOM Zimbabwe", languages=["EN"],
                                   beats=["health"])).id,
        "fatou": add(ContactInput(name="Fatou Sow", office="OIM Sénégal", languages=["français", "wo"],
                                  beats=["elections"], tags=["health"])).id,
        "jose": add(ContactInput(name="José Núñez", office="OIM Ecuador", languages=["Spanish"],
                                 beats=["Health policy"])).id,
    }


def found(ctx, query, **kw) -> set[str]:
    ids = ctx.search.search_ids(query, **kw)
    rows = ctx.search.rows(ids)
    assert ctx.search.count(query, kw.get("filters")) == len(ids)
    return {rows[i].name for i in ids}


def test_fields_are_stored_normalized_and_edited_and_undone(any_ctx):
    c = any_ctx.contacts
    rec = c.add(ContactInput(name="Amina Diop", languages=["FR", "French", "Spanish", "fr-CA"],
                             beats=["#health", "Health", " migration "], lawful_basis="Public role",
                             review_date="2027-03-31", source="  Met at the Harare briefing  "))
    assert rec.languages == ("fr", "es")
    assert rec.beats == ("health", "migration")
    assert rec.lawful_basis == "public_role"
    assert rec.review_date == dt.date(2027, 3, 31)
    assert rec.source == "Met at the Harare briefing"
    data = record_to_input(rec)
    data.languages = ["es", "ar"]
    data.beats = ["elections"]
    data.lawful_basis = "legitimate interest"
    data.review_date = None
    data.source = ""
    edited = c.update(rec.id, data, rec.version)
    assert edited.version == rec.version + 1
    assert (edited.languages, edited.beats, edited.lawful_basis, edited.review_date, edited.source) == (
        ("es", "ar"), ("elections",), "legitimate_interest", None, "")
    back = c.replace(rec)  # undo of the edit
    assert (back.languages, back.beats, back.lawful_basis, back.review_date, back.source) == (
        rec.languages, rec.beats, rec.lawful_basis, rec.review_date, rec.source)
    assert back.version == edited.version + 1
    assert c.list_beats() == ["elections", "health", "migration"]
    assert c.list_languages() == ["es", "fr"]


def test_an_edit_that_only_reorders_languages_keeps_them(any_ctx):
    c = any_ctx.contacts
    rec = c.add(ContactInput(name="Amina Diop", languages=["fr", "en", "es"]))
    data = record_to_input(rec)
    data.languages = ["es", "fr", "en"]
    edited = c.update(rec.id, data, rec.version)
    assert edited.languages == ("es", "fr", "en") and c.get(rec.id).languages == ("es", "fr", "en")
    assert edited.version == rec.version + 1  # an edit of the languages alone is an edit: optimistic locking
    with pytest.raises(ConflictError):
        c.update(rec.id, data, rec.version)  # someone else's edit made from the old version
    data.languages = ["es"]
    assert c.update(rec.id, data, edited.version).version == edited.version + 1
    assert c.replace(edited).languages == ("es", "fr", "en")  # undo


def test_added_by_hand_gets_a_source_unless_one_is_typed(any_ctx):
    c = any_ctx.contacts
    assert c.add(ContactInput(name="Amina Diop")).source == TYPED_BY_HAND
    assert c.add(ContactInput(name="Tendai Moyo", source="Phone call with the editor")).source == \
        "Phone call with the editor"


def test_invalid_values_are_reported_by_field_and_nothing_is_stored(any_ctx):
    with pytest.raises(ValidationError) as exc:
        any_ctx.contacts.add(ContactInput(name="Amina Diop", languages=["fr", "Klingon"],
                                          beats=["a;b"], lawful_basis="because", review_date="31/02/2027",
                                          source="x" * 1001))
    fields = {e.field: str(e) for e in exc.value.errors}
    assert fields["languages[1]"] == (
        "languages[1] ('Klingon'): is not a language (use a 2-letter ISO 639-1 code such as fr)")
    assert "beat cannot contain ';'" in fields["beats[0]"]
    assert "is not a lawful basis" in fields["lawful_basis"] and '"public role"' in fields["lawful_basis"]
    assert "YYYY-MM-DD" in fields["review_date"]
    assert "longer than 1000" in fields["source"]
    assert any_ctx.contacts.count() == 0


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("lang:fr", {"Amina Diop", "Fatou Sow"}),
        ("lang:FRENCH", {"Amina Diop", "Fatou Sow"}),
        ("lang:français", {"Amina Diop", "Fatou Sow"}),
        ('lang:"Spanish"', {"José Núñez"}),
        ("lang:klingon", set()),
        ("lang:fr lang:en", {"Amina Diop"}),
        # word prefix, like tag:; Fatou's "health" is a tag, not a beat
        ("beat:health", {"Amina Diop", "Tendai Moyo", "José Núñez"}),
        ("beat:heal", {"Amina Diop", "Tendai Moyo", "José Núñez"}),
        ('beat:"public health"', {"Amina Diop"}),
        ("beat:HEALTH lang:en", {"Amina Diop", "Tendai Moyo"}),
        ("beat:election", {"Fatou Sow"}),
        ("beat:sport", set()),
        ("health", {"Amina Diop", "Tendai Moyo", "Fatou Sow", "José Núñez"}),  # free text finds both
        ("lang:fr office:zimbabwe", {"Amina Diop"}),
        ("lang:en amina", {"Amina Diop"}),
        ("lang:fr tag:press", {"Amina Diop"}),
    ],
)
def test_lang_and_beat_filters_alone_and_combined(any_ctx, people, query, who):
    assert found(any_ctx, query) == who


def test_filters_combine_with_the_side_panel_and_lists(any_ctx, people):
    lists = ListService(any_ctx.db.session_factory)
    lists.create("Zimbabwe media")
    lists.add("Zimbabwe media", [people["amina"], people["tendai"], people["fatou"]])
    assert found(any_ctx, 'list:"Zimbabwe media" lang:fr') == {"Amina Diop", "Fatou Sow"}
    assert found(any_ctx, 'beat:health list:"Zimbabwe media"') == {"Amina Diop", "Tendai Moyo"}
    office = next(o.id for o in any_ctx.contacts.list_offices() if o.name == "IOM Zimbabwe")
    assert found(any_ctx, "lang:fr", filters=Filters(office_id=office)) == {"Amina Diop"}
    assert found(any_ctx, "", filters=Filters(language="fr")) == {"Amina Diop", "Fatou Sow"}
    assert found(any_ctx, "", filters=Filters(beat="Health")) == {"Tendai Moyo"}  # the side panel: whole beat
    assert found(any_ctx, "moyo", filters=Filters(beat="health")) == {"Tendai Moyo"}
    assert found(any_ctx, "beat:health", filters=Filters(language="es")) == {"José Núñez"}


def test_a_smart_list_follows_edits_of_languages_and_beats(any_ctx, people):
    lists = ListService(any_ctx.db.session_factory)
    lists.create("French health", query="lang:fr beat:health")
    assert lists.get("French health").count == 1
    assert found(any_ctx, 'list:"French health"') == {"Amina Diop"}
    tendai = any_ctx.contacts.get(people["tendai"])
    data = record_to_input(tendai)
    data.languages = ["en", "French"]
    any_ctx.contacts.update(tendai.id, data, tendai.version)
    assert found(any_ctx, 'list:"French health"') == {"Amina Diop", "Tendai Moyo"}
    amina = any_ctx.contacts.get(people["amina"])
    data = record_to_input(amina)
    data.beats = ["migration"]
    any_ctx.contacts.update(amina.id, data, amina.version)
    assert found(any_ctx, 'list:"French health"') == {"Tendai Moyo"}
    assert set(lists.members("French health")) == {people["tendai"]}
    # deleting and undoing brings the member back
    deleted = any_ctx.contacts.delete(people["tendai"])
    assert found(any_ctx, 'list:"French health"') == set()
    any_ctx.contacts.restore(deleted)
    assert found(any_ctx, 'list:"French health"') == {"Tendai Moyo"}



def test_a_smart_list_takes_in_contacts_an_import_brings(any_ctx, people, tmp_path):
    lists = ListService(any_ctx.db.session_factory)
    lists.create("French health", query="lang:fr beat:health")
    path = tmp_path / "wires.csv"
    path.write_text("Name,Languages,Topics\nMarie Curie,French,Global Health\nJohn Roe,English,health\n",
                    encoding="utf-8")
    ImportService(any_ctx.db.session_factory).import_file(path)
    assert found(any_ctx, 'list:"French health"') == {"Amina Diop", "Marie Curie"}
    assert lists.get("French health").count == 2


def test_paging_with_a_lang_filter_walks_every_match(any_ctx):
    add = any_ctx.contacts.add
    for i in range(30):
        add(ContactInput(name=f"Anna {i:02d}", languages=["fr"] if i % 3 == 0 else ["en"]))
    first = any_ctx.search.first_page("anna lang:fr", limit=4)
    ids = list(first.ids)
    cursor = first.cursor
    while cursor is not None:
        page = any_ctx.search.next_page("anna lang:fr", None, "name", False, cursor, limit=4)
        ids += page.ids
        cursor = page.cursor
    assert first.total == 10 and len(ids) == 10 and len(set(ids)) == 10
    assert ids == any_ctx.search.search_ids("anna lang:fr")
