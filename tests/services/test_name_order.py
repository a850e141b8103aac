"""Names sort in the order people expect (the stored UCA collation key), the same on SQLite and PostgreSQL,
page after page, whatever wrote the contact (editor, import, restore, undo, copy)."""

from __future__ import annotations

import random

from sqlalchemy import select

from iomdesk.core.collation import collation_key
from iomdesk.core.contact import ContactInput
from iomdesk.services.copying import CopyService
from iomdesk.services.importer import ImportService
from iomdesk.store.models import Contact

# The order a reader of a multilingual directory expects (UCA / CLDR root order): accents and case
# after the base letter, a space before any letter, "Ł" after "L", "Æ" as "AE", Latin before Arabic,
# Arabic before Hangul, Hangul before Han ideographs.
EXPECTED = [
    "Ábel Nagy",
    "Adam Smith",
    "Æsa Jónsdóttir",
    "Ahmed Yusuf",
    "Ahmed محمد",  # Latin before Arabic, word by word
    "de la Cruz, María",
    "De La Cruz, Pedro",
    "Dean Jones",
    "Émile Zola",
    "Eve Martin",
    "Lukas Meyer",
    "Łukasz Nowak",
    "Ørsted Hansen",
    "Oscar Wilde",
    "Zoe Ball",
    "Zoë Kravitz",
    "Zygmunt Bauman",
    "محمد عبد الله",
    "김민준",
    "山田 太郎",
    "王小明",
]


def _add_shuffled(ctx, names):
    shuffled = list(names)
    random.Random(14).shuffle(shuffled)
    return {ctx.contacts.add(ContactInput(name=n)).id: n for n in shuffled}


def _names_in_order(ctx, ids):
    by_id = {r.id: r.name for r in ctx.contacts.get_many(ids)}
    return [by_id[i] for i in ids]


def _stored_keys_follow_names(ctx):
    with ctx.db.session_factory.begin() as s:
        rows = s.execute(select(Contact.name, Contact.sort_key)).all()
    assert rows
    assert [bytes(k) for _n, k in rows] == [collation_key(n) for n, _k in rows]


def test_mixed_names_sort_as_people_expect_on_both_backends(ctx):
    _add_shuffled(ctx, EXPECTED)
    first = ctx.search.first_page("", limit=200)
    assert _names_in_order(ctx, first.ids) == EXPECTED
    # The general statement (CLI, column sort) gives the same order, and the reverse when asked.
    assert _names_in_order(ctx, ctx.search.search_ids("", sort="name")) == EXPECTED
    assert _names_in_order(ctx, ctx.search.search_ids("", sort="name", descending=True)) == EXPECTED[::-1]
    assert [r.name for r in ctx.search.search("", limit=None)] == EXPECTED


def test_keyset_pages_of_three_give_the_whole_order(ctx):
    """The cursor holds a binary key: each page starts right after the last one, nothing lost or doubled."""
    _add_shuffled(ctx, EXPECTED)
    first = ctx.search.first_page("", limit=3)
    ids, cursor = list(first.ids), first.cursor
    while cursor is not None:
        page = ctx.search.next_page("", None, "name", False, cursor, limit=3)
        ids += page.ids
        cursor = page.cursor
    assert _names_in_order(ctx, ids) == EXPECTED


def test_a_word_search_lists_its_matches_in_collation_order(ctx):
    _add_shuffled(ctx, EXPECTED)
    found = _names_in_order(ctx, ctx.search.first_page("a", limit=200).ids)
    # Search folds accents and ligatures ("Æsa" is found by "a"); the order is still the collation's.
    assert found == ["Ábel Nagy", "Adam Smith", "Æsa Jónsdóttir", "Ahmed Yusuf", "Ahmed محمد"]


def test_same_names_differing_in_case_or_accent_only_keep_a_stable_order(ctx):
    names = ["zoe", "Zoe", "zoë", "Zoë", "ZOE"]
    _add_shuffled(ctx, names)
    got = _names_in_order(ctx, ctx.search.first_page("", limit=50).ids)
    # Accent decides before case (level 2 before level 3); lower case before upper case.
    assert got == ["zoe", "Zoe", "ZOE", "zoë", "Zoë"]


def test_every_write_path_keeps_the_key_right(ctx, tmp_path):
    added = _add_shuffled(ctx, ["Zoë Kravitz", "Adam Smith", "Łukasz Nowak"])
    (zoe,) = [i for i, n in added.items() if n.startswith("Zo")]
    # Editor: a rename moves the contact.
    rec = ctx.contacts.get(zoe)
    ctx.contacts.update(zoe, ContactInput(name="Ábel Nagy"), expected_version=rec.version)
    assert _names_in_order(ctx, ctx.search.first_page("").ids) == ["Ábel Nagy", "Adam Smith", "Łukasz Nowak"]
    _stored_keys_follow_names(ctx)
    # Undo the rename (history): back to Zoë, back at the end.
    changes = ctx.history.changes(zoe)
    ctx.history.restore_version(zoe, changes[-1].version)
    assert _names_in_order(ctx, ctx.search.first_page("").ids) == ["Adam Smith", "Łukasz Nowak", "Zoë Kravitz"]
    _stored_keys_follow_names(ctx)
    # Delete and restore (the undo of a delete).
    gone = ctx.contacts.delete(zoe)
    ctx.contacts.restore(gone)
    _stored_keys_follow_names(ctx)
    # The import's bulk path (raw rows on SQLite) and a merge into a stored contact.
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Email\nØrsted Hansen,oh@example.org\n山田 太郎,yt@example.jp\nEve Martin,em@example.org\n"
                   "Adam Smith,adam@example.org\n", encoding="utf-8")
    ImportService(ctx.db.session_factory).import_file(csv, on_duplicate="update")
    _stored_keys_follow_names(ctx)
    assert _names_in_order(ctx, ctx.search.first_page("").ids) == [
        "Adam Smith", "Eve Martin", "Łukasz Nowak", "Ørsted Hansen", "Zoë Kravitz", "山田 太郎"]


def test_a_press_release_import_stores_the_key_of_each_new_contact(ctx):
    from pathlib import Path

    from iomdesk.interchange.press import read_release
    from iomdesk.services.press_import import PressImportService

    samples = Path(__file__).resolve().parent.parent / "fixtures" / "press" / "samples"
    release = read_release(samples / "02_two_contacts_inline.txt")
    result = PressImportService(ctx.db.session_factory).save(release, release.contacts)
    assert result.created_article
    assert ctx.contacts.count() >= 2
    _stored_keys_follow_names(ctx)


def test_a_copy_to_another_database_keeps_the_order(ctx, tmp_path):
    from iomdesk.services.context import AppContext

    _add_shuffled(ctx, EXPECTED)
    target = tmp_path / "copy.sqlite3"
    CopyService(ctx.db.session_factory).copy_to(str(target))
    other = AppContext.open(str(target))
    try:
        assert _names_in_order(other, other.search.first_page("", limit=200).ids) == EXPECTED
        _stored_keys_follow_names(other)
    finally:
        other.close()
