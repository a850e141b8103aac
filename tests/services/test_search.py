"""Search semantics: every example of the search issue, on SQLite (the FTS5 index) and on PostgreSQL
(its trigram indexes): every test here runs on both."""

import pytest

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.services.search import SPARSE_CAP, Filters


@pytest.fixture
def people(ctx):
    add = ctx.contacts.add
    mcof = ctx.articles.add("Zimbabwe rolls out Migration Crisis Operational Framework (MCOF)")
    ids = {}
    ids["km"] = add(ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe", phones=["+ 263 4 33 50 44"],
                                 emails=["kmareyanadzo@iom.int"], tags=["media"])).id
    ctx.contacts.link_article(ids["km"], mcof.id)
    ids["jose"] = add(ContactInput(name="José Núñez", role="Spokesperson", office="OIM Ecuador",
                                   phones=["+593 2 393 4400"], emails=["jnunez@iom.int"])).id
    ids["lef"] = add(ContactInput(name="Claire Lefèvre", office="OIM France", country="FR",
                                  emails=["clefevre@example.fr"], tags=["press"])).id
    ids["sor"] = add(ContactInput(name="Mette Sørensen", office="IOM Denmark", phones=["+45 33 12 34 56"])).id
    ids["ru"] = add(ContactInput(name="Мария Иванова", office="IOM Ukraine", phones=["+380 44 568 5015"])).id
    ids["ar"] = add(ContactInput(name="محمد الأمين", office="IOM Libya")).id
    ids["cjk"] = add(ContactInput(name="王小明", office="IOM China")).id
    ids["mob"] = add(ContactInput(name="Tendai Moyo", office="IOM Zimbabwe", phones=["0772 123 456"])).id
    ids["officer"] = add(ContactInput(name="Zimbabwe Ndlovu", role="Driver", office="IOM Malawi")).id
    ids["strasse"] = add(ContactInput(name="Hans Straße", office="IOM Germany")).id
    ids["lukasz"] = add(ContactInput(name="Łukasz Nowak", office="IOM Poland", tags=["media"])).id
    return ids


def found(ctx, query, **kw):
    return ctx.search.search_ids(query, **kw)


def test_every_word_must_match_as_a_prefix(ctx, people):
    assert found(ctx, "know mare") == [people["km"]]
    assert found(ctx, "knowledge malawi") == []
    assert found(ctx, "owledge") == []  # a prefix of a word, not any substring


@pytest.mark.parametrize(
    ("query", "who"),
    [("jose nunez", "jose"), ("JOSÉ NÚÑEZ", "jose"), ("lefevre", "lef"), ("sorensen", "sor"),
     ("strasse", "strasse"), ("lukasz", "lukasz"), ("мария", "ru"), ("иванова", "ru"),
     ("الأمين", "ar"), ("王小明", "cjk"), ("小明", "cjk"), ("王", "cjk")],
)
def test_case_and_accent_insensitive_in_every_script(ctx, people, query, who):
    assert found(ctx, query) == [people[who]]


@pytest.mark.parametrize(
    ("query", "who"),
    [("335044", "km"), ("263 4 33", "km"), ("+263 4", "km"), ("0772", "mob"),
     ("772 123", "mob"), ("568-5015", "ru")],
)
def test_phone_digits_in_any_format(ctx, people, query, who):
    assert found(ctx, query) == [people[who]]


def test_plus_country_code_finds_every_number_of_that_country(ctx, people):
    assert set(found(ctx, "+263")) == {people["km"], people["mob"]}


def test_matches_role_office_country_email_tags_and_article_titles(ctx, people):
    assert found(ctx, "spokes") == [people["jose"]]
    assert found(ctx, "ecuador") == [people["jose"]]
    assert found(ctx, "denmark") == [people["sor"]]  # office and country name
    assert set(found(ctx, "iom.int")) == {people["km"], people["jose"]}
    assert found(ctx, "kmarey") == [people["km"]]
    assert set(found(ctx, "media")) == {people["km"], people["lukasz"]}
    assert found(ctx, "mcof") == [people["km"]]  # title of a linked article


def test_field_filters(ctx, people):
    assert set(found(ctx, "office:zimbabwe")) == {people["km"], people["mob"]}
    assert set(found(ctx, "country:ZW")) == {people["km"], people["mob"]}
    assert found(ctx, "country:FR") == [people["lef"]]
    assert set(found(ctx, "tag:media")) == {people["km"], people["lukasz"]}
    assert set(found(ctx, "email:iom.int")) == {people["km"], people["jose"]}
    assert found(ctx, "email:example.fr") == [people["lef"]]
    assert found(ctx, "article:mcof") == [people["km"]]
    assert found(ctx, "tag:media office:zimbabwe") == [people["km"]]
    assert found(ctx, 'office:"iom zimbabwe" tendai') == [people["mob"]]


def test_quoted_phrases(ctx, people):
    assert found(ctx, '"knowledge mareyanadzo"') == [people["km"]]
    assert found(ctx, '"mareyanadzo knowledge"') == []


def test_name_matches_rank_before_office_matches(ctx, people):
    # "Zimbabwe Ndlovu" is named Zimbabwe; the others only work at IOM Zimbabwe.
    ids = found(ctx, "zimbabwe")
    assert ids[0] == people["officer"]
    assert set(ids) == {people["officer"], people["km"], people["mob"]}
    # then by name among equally relevant contacts
    assert ids[1:] == [people["km"], people["mob"]]


def test_sorting_by_a_column_instead_of_relevance(ctx, people):
    ids = found(ctx, "zimbabwe", sort="name", descending=True)
    assert ids == [people["officer"], people["mob"], people["km"]]


def test_side_panel_filters_combine_with_the_query(ctx, people):
    assert found(ctx, "iom", filters=Filters(tag="media")) == sorted(
        [people["km"], people["lukasz"]], key=lambda i: ctx.contacts.get(i).name)
    assert found(ctx, "", filters=Filters(country="ZW")) == [people["km"], people["mob"]]


def test_count_agrees_with_results(ctx, people):
    assert ctx.search.count("office:zimbabwe") == 2
    assert ctx.search.count("") == len(people)
    assert ctx.search.count("zzzz") == 0


def test_odd_input_never_breaks_the_query(ctx, people):
    for query in ['"', '""', "a AND", "NOT", "*", "office:", ":", "(", "a\"b", "NEAR(x y)", "-", "'", "%", "_"]:
        ctx.search.search_ids(query)
        ctx.search.count(query)


def _bulk(ctx, n, name="Anna"):
    from sqlalchemy import insert

    from iomdesk.store.models import Contact
    from iomdesk.store.search import search_fields

    rows = []
    for i in range(n):
        full = f"{name} {i:05d}"
        rows.append({"name": full, "name_key": full.lower(), "role": "", "notes": "", "version": 1,
                     **search_fields(full, office="IOM Kenya", country="KE")})
    with ctx.db.session_factory.begin() as s:
        s.execute(insert(Contact), rows)


def all_pages(ctx, query, page=200, **kw):
    first = ctx.search.first_page(query, limit=page, **kw)
    ids, cursor = list(first.ids), first.cursor
    while cursor is not None:
        nxt = ctx.search.next_page(query, kw.get("filters"), kw.get("sort", "name"), kw.get("descending", False),
                                   cursor, limit=page)
        ids += nxt.ids
        cursor = nxt.cursor
    return first, ids


def test_paging_walks_every_match_once_in_relevance_then_name_order(ctx, people):
    _bulk(ctx, SPARSE_CAP + 500)  # dense: more matches than the sparse path takes
    _bulk(ctx, 300, name="Kenyatta")
    for query in ["a", "an", "anna", "kenya", "k", "", "tag:media", "zz"]:
        first, ids = all_pages(ctx, query, page=150)
        assert ids == ctx.search.search_ids(query), query
        assert len(ids) == len(set(ids)) == ctx.search.count(query)
        assert first.total == ctx.search.count(query)
    # "kenya": names (Kenyatta ...) before office matches (IOM Kenya), each tier by name
    ids = ctx.search.search_ids("kenya")
    names = [ctx.contacts.get(i).name for i in ids[:301]]
    assert names[:300] == sorted(names[:300]) and all(n.startswith("Kenyatta") for n in names[:300])
    assert names[300].startswith("Anna")


def test_a_dense_one_letter_page_walks_names_and_stops_at_the_page(ctx):
    from sqlalchemy import event

    _bulk(ctx, SPARSE_CAP + 500)
    statements = []

    def record(conn, cursor, statement, params, context, executemany):
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        first = ctx.search.first_page("a", limit=100)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    assert len(first.ids) == 100 and first.cursor is not None
    # The page query walks contacts in name order with a LIMIT; the index is only asked for a capped count.
    page_sql = [q for q in statements if "ORDER BY contacts.sort_key" in q]
    assert page_sql and all("LIMIT" in q and "contacts_fts" not in q for q in page_sql)
    assert all("LIMIT" in q for q in statements if "contacts_fts" in q and "count" in q)


def test_counts_stop_at_the_cap(sqlite_ctx, monkeypatch):  # FTS5's exact counts of selective words
    from iomdesk.services import search as search_module

    ctx = sqlite_ctx
    _bulk(ctx, 120)
    monkeypatch.setattr(search_module, "SPARSE_CAP", 100)  # "anna" is then a common word
    monkeypatch.setattr(search_module, "COUNT_CAP", 50)
    first = ctx.search.first_page("anna", limit=20)
    assert (first.total, first.total_capped) == (50, True)
    assert ctx.search.count("anna") == 120  # the exact count, asked for on its own
    monkeypatch.setattr(search_module, "SPARSE_CAP", 2000)  # selective: the exact count comes free
    assert ctx.search.first_page("anna", limit=20).total == 120


def test_walk_falls_back_to_the_index_when_matches_lie_far_away(ctx, monkeypatch):
    from iomdesk.services import search as search_module

    _bulk(ctx, 300, name="Aaron")
    _bulk(ctx, 300, name="Zoe")
    monkeypatch.setattr(search_module, "SPARSE_CAP", 100)  # "zoe" (300 matches) counts as common
    monkeypatch.setattr(search_module, "WALK_BUDGET", 50)  # the walk gives up among the Aarons
    first, ids = all_pages(ctx, "zoe", page=40)
    assert ids == ctx.search.search_ids("zoe") and len(ids) == 300


def test_index_follows_add_edit_delete_undo(ctx):
    rec = ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", phones=["+385 1 4816 774"]))
    assert found(ctx, "kovac") == [rec.id]
    ctx.contacts.update(rec.id, ContactInput(name="Ana Horvat", office="IOM Croatia",
                                             phones=[PhoneInput("+385 91 234 5678", "mobile")]))
    assert found(ctx, "kovac") == [] and found(ctx, "horvat") == [rec.id]
    assert found(ctx, "4816") == [] and found(ctx, "2345678") == [rec.id]
    deleted = ctx.contacts.delete(rec.id)
    assert found(ctx, "horvat") == []
    ctx.contacts.restore(deleted)
    assert found(ctx, "horvat") == [rec.id]
    ctx.contacts.tag([rec.id], "vip")
    assert found(ctx, "tag:vip") == [rec.id]
    ctx.contacts.set_office_country("IOM Croatia", "HR")
    assert found(ctx, "croatia horvat") == [rec.id]


def test_reindex_rebuilds_the_index_from_the_data(ctx, people):
    from sqlalchemy import text

    from iomdesk.store.fts import reindex_all

    with ctx.db.session_factory.begin() as s:
        s.execute(text("UPDATE contacts SET fts_name = '', search_text = ''"))
    assert found(ctx, "lefevre") == []
    assert reindex_all(ctx.db.session_factory) == len(people)
    assert found(ctx, "lefevre") == [people["lef"]]
    version_before = ctx.contacts.get(people["lef"]).version
    assert ctx.contacts.get(people["lef"]).version == version_before  # re-indexing is not a user edit


def test_index_follows_an_import_and_its_update(ctx, tmp_path):
    from iomdesk.services.importer import ImportService

    csv_file = tmp_path / "people.csv"
    csv_file.write_text("Name,Office,Phone,Email,Tags\n"
                        "Chipo Moyo,IOM Zimbabwe,0772 555 123,cmoyo@iom.int,radio\n", encoding="utf-8")
    ImportService(ctx.db.session_factory).import_file(csv_file)
    (chipo,) = ctx.search.search("chipo")
    assert found(ctx, "555123") == [chipo.id]
    assert found(ctx, "tag:radio office:zimbabwe") == [chipo.id]
    csv_file.write_text("Name,Office,Phone,Email,Tags\n"
                        "Chipo Moyo,IOM Zimbabwe,+263 71 234 5678,cmoyo@iom.int,tv\n", encoding="utf-8")
    ImportService(ctx.db.session_factory).import_file(csv_file, on_duplicate="update")
    assert found(ctx, "2345678") == [chipo.id]  # the phone the update added
    assert found(ctx, "tag:tv") == [chipo.id]


def test_contact_counter_follows_every_kind_of_write(ctx, people, tmp_path):
    from sqlalchemy import func, select

    from iomdesk.services.importer import ImportService
    from iomdesk.store.models import Contact

    def real():
        with ctx.db.session_factory.begin() as s:
            return s.scalar(select(func.count(Contact.id)))

    assert ctx.contacts.count() == real() == len(people)
    deleted = ctx.contacts.delete_many([people["km"], people["jose"]])
    assert ctx.contacts.count() == real() == len(people) - 2
    ctx.contacts.restore(deleted)
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("Name,Email\nNew One,new1@example.org\nNew Two,new2@example.org\n", encoding="utf-8")
    ImportService(ctx.db.session_factory).import_file(csv_file)
    assert ctx.contacts.count() == real() == len(people) + 2
    assert ctx.search.first_page("").total == len(people) + 2


def test_a_big_import_is_indexed_in_one_go_and_the_triggers_come_back(sqlite_ctx, tmp_path, monkeypatch):
    ctx = sqlite_ctx
    from sqlalchemy import text

    from iomdesk.services.importer import ImportService
    from iomdesk.services.importing import write as write_mod
    from iomdesk.services.importing.plan import ImportRun

    monkeypatch.setattr(write_mod, "BULK_INDEX_AT", 3)
    csv_file = tmp_path / "many.csv"
    csv_file.write_text("Name,Email,Phone\n" + "".join(
        f"Person {i:02d},p{i}@example.org,+41 22 717 91{i:02d}\n" for i in range(20)), encoding="utf-8")

    def triggers():
        with ctx.db.engine.connect() as conn:
            return sorted(r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")))

    before = triggers()
    original = ImportRun._insert_new

    def insert_then_fail(self, *args):
        original(self, *args)
        raise OSError("disk full")

    # A big import that fails after its rows went in leaves triggers and index as they were ...
    monkeypatch.setattr(ImportRun, "_insert_new", insert_then_fail)
    with pytest.raises(OSError, match="disk full"):
        ImportService(ctx.db.session_factory).import_file(csv_file)
    monkeypatch.setattr(ImportRun, "_insert_new", original)
    assert triggers() == before and ctx.contacts.count() == 0 and found(ctx, "person") == []
    # ... and a finished one is searchable by words and digits, with the triggers back in place.
    ImportService(ctx.db.session_factory).import_file(csv_file)
    assert triggers() == before
    assert len(found(ctx, "person")) == 20
    assert found(ctx, "717 9107") == [ctx.search.search("person 07")[0].id]
    rec = ctx.contacts.add(ContactInput(name="After Import"))
    assert found(ctx, "after import") == [rec.id]  # per-row indexing works again


def test_contacts_follow_when_their_office_gains_a_country(ctx, tmp_path):
    from iomdesk.services.importer import ImportService

    anna = ctx.contacts.add(ContactInput(name="Anna Berg", office="Media Hub Alpha", phones=["+41 22 717 9111"]))
    assert ctx.contacts.get(anna.id).country is None
    carl = ctx.contacts.add(ContactInput(name="Carl Dorn", office="Media Hub Alpha", country="KE",
                                         phones=["+254 20 444 4174"]))
    assert ctx.contacts.get(anna.id).country == "KE"
    assert sorted(found(ctx, "kenya")) == sorted([anna.id, carl.id])
    assert sorted(found(ctx, "country:ke")) == sorted([anna.id, carl.id])
    # the same through an import
    dora = ctx.contacts.add(ContactInput(name="Dora Eng", office="Radio Beta"))
    csv_file = tmp_path / "beta.csv"
    csv_file.write_text("Name,Office,Country\nEve Fox,Radio Beta,UG\n", encoding="utf-8")
    ImportService(ctx.db.session_factory).import_file(csv_file)
    assert dora.id in found(ctx, "uganda")
