import pytest

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.core.errors import ConflictError, NotFound, ValidationError

SEED = ContactInput(
    name="Knowledge Mareyanadzo",
    office="IOM Zimbabwe",
    phones=["+ 263 4 33 50 44"],
    emails=["kmareyanadzo@iom.int"],
    tags=["media"],
)


def test_add_and_get_the_seed_contact(ctx):
    rec = ctx.contacts.add(SEED)
    got = ctx.contacts.get(rec.id)
    assert got.name == "Knowledge Mareyanadzo"
    assert got.office == "IOM Zimbabwe"
    assert got.country == "ZW"
    assert [(p.e164, p.valid, p.raw) for p in got.phones] == [("+2634335044", False, "+ 263 4 33 50 44")]
    assert got.emails == ("kmareyanadzo@iom.int",)
    assert got.tags == ("media",)
    assert got.version == 1
    assert got.created_at is not None and got.updated_at is not None


def test_validation_reports_every_error_and_stores_nothing(ctx):
    bad = ContactInput(name="Ana Kovač", phones=["call me", "+385 1 4816 774"], emails=["bad@", "akovac@iom.int"])
    with pytest.raises(ValidationError) as info:
        ctx.contacts.add(bad)
    fields = [e.field for e in info.value.errors]
    assert fields == ["phones[0]", "emails[0]"]
    assert ctx.contacts.count() == 0
    assert ctx.contacts.list_offices() == []


def test_office_country_is_the_default_region_then_explicit_country(ctx):
    us = ctx.contacts.add(ContactInput(name="Michael Torres", office="IOM New York", phones=["212.555.0142"]))
    assert us.phones[0].e164 == "+12125550142"
    other = ctx.contacts.add(ContactInput(name="Jane Roe", office="Acme Media", country="KE", phones=["020 2721234"]))
    assert other.phones[0].e164.startswith("+254")
    assert other.country == "KE"
    with pytest.raises(ValidationError, match="country code"):
        ctx.contacts.add(ContactInput(name="John Roe", office="Other Media", phones=["020 2721234"]))
    # The new office took the country given with it, so its next contact needs no country code.
    assert ctx.contacts.office_country("Acme Media") == "KE"


def test_offices_are_shared_and_listed_with_counts(ctx):
    ctx.contacts.add(SEED)
    ctx.contacts.add(ContactInput(name="Second Person", office="iom zimbabwe"))
    offices = ctx.contacts.list_offices()
    assert [(o.name, o.country, o.contacts) for o in offices] == [("IOM Zimbabwe", "ZW", 2)]


def test_update_changes_fields_and_bumps_version(ctx):
    rec = ctx.contacts.add(SEED)
    changed = ContactInput(
        name="Knowledge Mareyanadzo", role="Media Officer", office="IOM Zimbabwe",
        phones=[PhoneInput("+263 77 212 3456", "mobile")], emails=["k.m@iom.int"], tags=[],
    )
    new = ctx.contacts.update(rec.id, changed, expected_version=rec.version)
    assert new.version == rec.version + 1
    assert new.role == "Media Officer"
    assert [(p.e164, p.kind, p.valid) for p in new.phones] == [("+263772123456", "mobile", True)]
    assert new.emails == ("k.m@iom.int",)
    assert new.tags == ()


def test_stale_update_is_refused(ctx):
    rec = ctx.contacts.add(SEED)
    ctx.contacts.update(rec.id, ContactInput(name="K. Mareyanadzo", office="IOM Zimbabwe"), rec.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        ctx.contacts.update(rec.id, ContactInput(name="Other Name"), expected_version=rec.version)
    assert ctx.contacts.get(rec.id).name == "K. Mareyanadzo"


def test_invalid_update_changes_nothing(ctx):
    rec = ctx.contacts.add(SEED)
    with pytest.raises(ValidationError):
        ctx.contacts.update(rec.id, ContactInput(name="", emails=["x@"]), rec.version)
    assert ctx.contacts.get(rec.id) == rec


def test_delete_and_restore_bring_back_everything(ctx):
    article = ctx.articles.add("Zimbabwe rolls out MCOF")
    rec = ctx.contacts.add(SEED)
    ctx.contacts.link_article(rec.id, article.id)
    full = ctx.contacts.get(rec.id)
    deleted = ctx.contacts.delete(rec.id)
    with pytest.raises(NotFound):
        ctx.contacts.get(rec.id)
    (restored,) = ctx.contacts.restore(deleted)
    assert restored.id == rec.id
    again = ctx.contacts.get(rec.id)
    assert (again.name, again.office, again.country, again.phones, again.emails, again.tags, again.articles) == (
        full.name, full.office, full.country, full.phones, full.emails, full.tags, full.articles,
    )
    assert ctx.search.search("mcof")[0].id == rec.id


def test_delete_missing_contact_is_not_found(ctx):
    with pytest.raises(NotFound):
        ctx.contacts.delete(12345)


def test_duplicates_by_email_phone_and_name_office(ctx):
    rec = ctx.contacts.add(SEED)
    by_email = ctx.contacts.find_duplicates(ContactInput(name="Someone Else", emails=["KMareyanadzo@IOM.int"]))
    assert [(d.contact_id, d.reason) for d in by_email] == [(rec.id, "same email kmareyanadzo@iom.int")]
    by_phone = ctx.contacts.find_duplicates(ContactInput(name="X", phones=["00263 4 335044"]))
    assert [(d.contact_id, d.reason) for d in by_phone] == [(rec.id, "same phone +2634335044")]
    by_name = ctx.contacts.find_duplicates(ContactInput(name="knowledge  MAREYANADZO", office="IOM Zimbabwe"))
    assert [(d.contact_id, d.reason) for d in by_name] == [(rec.id, "same name and office")]
    assert ctx.contacts.find_duplicates(ContactInput(name="Knowledge Mareyanadzo", office="IOM Malawi")) == []
    assert ctx.contacts.find_duplicates(SEED, exclude_id=rec.id) == []


def test_tag_untag_and_article_links(ctx):
    a = ctx.contacts.add(SEED)
    b = ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
    ctx.contacts.tag([a.id, b.id], "Press")
    assert ctx.contacts.get(b.id).tags == ("Press",)
    assert sorted(r.id for r in ctx.search.search("press")) == sorted([a.id, b.id])
    ctx.contacts.untag([a.id], "press")
    assert ctx.contacts.get(a.id).tags == ("media",)
    article = ctx.articles.add("Croatia opens first migrant information centre")
    ctx.contacts.link_article(b.id, article.id)
    assert [x.title for x in ctx.contacts.get(b.id).articles] == ["Croatia opens first migrant information centre"]
    ctx.contacts.unlink_article(b.id, article.id)
    assert ctx.contacts.get(b.id).articles == ()
    assert ctx.search.search("centre") == []


def test_deleting_an_article_keeps_its_contacts(ctx):
    rec = ctx.contacts.add(SEED)
    article = ctx.articles.add("MCOF workshop")
    ctx.contacts.link_article(rec.id, article.id)
    ctx.articles.delete(article.id)
    assert ctx.contacts.get(rec.id).articles == ()
    assert ctx.search.search("mcof") == []


def test_names_in_any_script(ctx):
    for name in ["Мария Иванова", "محمد الأمين", "王小明", "José Núñez"]:
        ctx.contacts.add(ContactInput(name=name, office="IOM Geneva"))
    assert [r.name for r in ctx.search.search("мария")] == ["Мария Иванова"]
    assert [r.name for r in ctx.search.search("الأمين")] == ["محمد الأمين"]
    assert [r.name for r in ctx.search.search("小明")] == ["王小明"]
    assert [r.name for r in ctx.search.search("jose nunez")] == ["José Núñez"]


def test_restore_after_the_freed_id_was_reused_gets_a_new_id(ctx):
    first = ctx.contacts.add(SEED)
    newest = ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"]))
    article = ctx.articles.add("Croatia opens a centre")
    ctx.contacts.link_article(newest.id, article.id)
    deleted = ctx.contacts.delete(newest.id)
    reused = ctx.contacts.add(ContactInput(name="Someone Else"))
    if ctx.db.engine.dialect.name == "sqlite":
        assert reused.id == newest.id  # SQLite hands the highest freed id out again (PostgreSQL never does)
    (back,) = ctx.contacts.restore(deleted)
    assert back.id not in (first.id, reused.id)
    assert (back.name, back.emails, [a.title for a in back.articles]) == (
        "Ana Kovač", ("akovac@iom.int",), ["Croatia opens a centre"])
    assert ctx.contacts.get(reused.id).name == "Someone Else"


def test_article_restore_after_its_id_was_reused(ctx):
    ctx.articles.add("A")
    b = ctx.articles.add("B")
    gone = ctx.articles.delete(b.id)
    c = ctx.articles.add("C")
    if ctx.db.engine.dialect.name == "sqlite":
        assert c.id == b.id  # SQLite hands the freed id out again (PostgreSQL's sequence never does)
    back = ctx.articles.restore(gone)
    assert back.title == "B" and back.id != c.id
    assert sorted(a.title for a in ctx.articles.list()) == ["A", "B", "C"]


def test_two_extensions_of_one_switchboard_are_two_numbers(ctx):
    rec = ctx.contacts.add(ContactInput(name="Desk", phones=["+41 22 717 9111 ext. 12", "+41 22 717 9111 ext. 13",
                                                              "+41 22 717 9111 ext. 12"]))
    assert [(p.e164, p.extension) for p in rec.phones] == [("+41227179111", "12"), ("+41227179111", "13")]


def test_overlong_article_fields_are_validation_errors(ctx):
    with pytest.raises(ValidationError, match="title"):
        ctx.articles.add("T" * 501)
    with pytest.raises(ValidationError, match="dateline"):
        ctx.articles.add("Fine title", dateline="D" * 201)
    assert ctx.articles.list() == []
