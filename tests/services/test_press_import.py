"""Saving press releases: articles, contacts, matching against the directory, one transaction."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.interchange.press import ExtractedContact, extract_release, read_release
from iomdesk.services.press_import import NO_COUNTRY, Cancelled, PressImportService

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "press" / "samples"
SHAPES = SAMPLES.parent / "shapes"


@pytest.fixture
def service(ctx):
    return PressImportService(ctx.db.session_factory)


def _release(name: str):
    return read_release(SAMPLES / name)


def test_save_creates_the_article_and_its_contacts_linked(ctx, service):
    release = _release("02_two_contacts_inline.txt")
    result = service.save(release, release.contacts)
    assert result.created_article
    assert len(result.created_contact_ids) == 2
    assert result.ok
    article = ctx.articles.get(result.article_id)
    assert article.title == release.title and article.dateline == "Lilongwe"
    assert sorted(name for _, name in article.contacts) == ["Daniel Mbeki", "Sofia Lindqvist"]
    sofia = ctx.contacts.get(result.contact_ids[1])
    assert sofia.office == "IOM Geneva" and sofia.country == "CH"
    assert [p.e164 for p in sofia.phones] == ["+41227179111", "+41792854410"]
    assert [p.kind for p in sofia.phones] == ["work", "mobile"]
    # the search text knows the article: a user finds the contact by the release title
    assert [r.name for r in ctx.search.search("Flood-Affected Malawi")] == ["Daniel Mbeki", "Sofia Lindqvist"]


def test_importing_the_same_release_twice_creates_nothing(ctx, service):
    release = _release("03_french_release.txt")
    first = service.save(release)
    second = service.save(_release("03_french_release.txt"))
    assert not second.created_article and second.article_id == first.article_id
    assert second.created_contact_ids == [] and second.linked_contact_ids == []
    assert second.updated_contact_ids == []
    assert second.contact_ids == first.contact_ids
    assert ctx.contacts.count() == 2
    assert len(ctx.articles.list()) == 1


def test_unverified_number_is_stored_flagged_with_what_was_printed(ctx, service):
    result = service.save(_release("00_seed_zimbabwe_mcof.txt"))
    (phone,) = ctx.contacts.get(result.contact_ids[0]).phones
    assert (phone.e164, phone.valid, phone.raw) == ("+2634335044", False, "+ 263 4 33 50 44")


def test_existing_contact_matched_by_email_gains_new_numbers_and_keeps_old_ones(ctx, service):
    old = ctx.contacts.add(
        ContactInput(
            name="Ana Kovac",
            office="IOM Croatia",
            phones=[PhoneInput("+385 91 111 2222")],
            emails=["AKovac@iom.int"],
        )
    )
    release = _release("01_one_line_contact.txt")
    (match,) = service.preview(release)
    assert match.existing_id == old.id and match.reason.startswith("same email")
    result = service.save(release)
    assert result.created_contact_ids == []
    assert result.linked_contact_ids == [old.id] and result.updated_contact_ids == [old.id]
    now = ctx.contacts.get(old.id)
    assert [p.e164 for p in now.phones] == ["+385911112222", "+38514816774"]
    assert now.emails == ("AKovac@iom.int",)  # same address, other case: not added twice
    assert now.name == "Ana Kovac"  # what the user typed stays
    assert [a.title for a in now.articles] == [release.title]


def test_match_by_phone_then_by_name_and_office(ctx, service):
    by_phone = ctx.contacts.add(ContactInput(name="D. Mbeki", phones=[PhoneInput("+265 1 772 030")]))
    by_name = ctx.contacts.add(ContactInput(name="SOFIA LINDQVIST", office="iom geneva"))
    release = _release("02_two_contacts_inline.txt")
    daniel, sofia = service.preview(release)
    assert (daniel.existing_id, daniel.reason) == (by_phone.id, "same phone +2651772030")
    assert (sofia.existing_id, sofia.reason) == (by_name.id, "same name and office")
    result = service.save(release)
    assert result.created_contact_ids == []
    assert ctx.contacts.get(by_phone.id).emails == ("dmbeki@iom.int",)
    assert ctx.contacts.get(by_phone.id).role == "Media and Communications Officer"  # filled, was empty


def test_same_name_in_another_office_is_a_new_contact(ctx, service):
    other = ctx.contacts.add(ContactInput(name="Sofia Lindqvist", office="IOM Sweden"))
    release = _release("02_two_contacts_inline.txt")
    assert service.preview(release)[1].existing_id is None
    result = service.save(release)
    assert other.id not in result.contact_ids and len(result.created_contact_ids) == 2


def test_preview_writes_nothing(ctx, service):
    service.preview(_release("02_two_contacts_inline.txt"))
    assert ctx.contacts.count() == 0 and ctx.articles.list() == []


def test_only_selected_contacts_are_saved_as_edited(ctx, service):
    release = _release("02_two_contacts_inline.txt")
    edited = dataclasses.replace(release.contacts[1], name="Sofia Lindqvist-Berg", role="Spokesperson")
    result = service.save(release, [edited])
    (contact,) = ctx.contacts.get_many(result.created_contact_ids)
    assert (contact.name, contact.role) == ("Sofia Lindqvist-Berg", "Spokesperson")
    assert ctx.contacts.count() == 1


def test_invalid_data_is_reported_and_the_valid_part_saved(ctx, service):
    release = extract_release(
        "Some title for a test\n\nMedia contacts\nJane Doe, Tel: +999 0142 999, jdoe@iom.int\n"
    )
    bad = ExtractedContact(name="   ", emails=["x@iom.int"])
    result = service.save(release, [*release.contacts, bad])
    assert not result.ok
    fields = [p.field for p in result.problems]
    assert fields == ["contacts[0].phones[0]", "contacts[1].name"]
    assert result.contact_ids[1] is None
    jane = ctx.contacts.get(result.contact_ids[0])
    assert jane.emails == ("jdoe@iom.int",) and jane.phones == ()


def test_phone_read_with_the_dateline_country_is_stored_the_same(ctx, service):
    text = (
        "Nepal quake response title\n\n"
        "Kathmandu – IOM is providing shelter kits to 12,000 families affected by the earthquake.\n\n"
        "Media contact: Priya Sharma, Communications Officer, Tel: 01 4426 250, Email: psharma@iom.int\n"
    )
    result = service.save(extract_release(text))
    assert result.ok
    (phone,) = ctx.contacts.get(result.contact_ids[0]).phones
    assert phone.e164 == "+97714426250" and phone.raw == "01 4426 250"


def test_articles_are_unique_by_url(ctx, service):
    a = extract_release(
        "<html><head><link rel='canonical' href='https://iom.int/n/1'></head>"
        "<body><h1>First title</h1></body></html>"
    )
    b = dataclasses.replace(a, title="Title changed later")
    first, second = service.save(a), service.save(b)
    assert second.article_id == first.article_id and not second.created_article


def test_save_many_reports_progress_and_shares_new_contacts_between_releases(ctx, service):
    releases = [_release("03_french_release.txt"), _release("03_french_release.txt")]
    releases[1] = dataclasses.replace(releases[1], title="Another release naming the same people")
    calls = []
    results = service.save_many(releases, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    assert ctx.contacts.count() == 2
    assert results[1].created_contact_ids == [] and results[1].linked_contact_ids == results[0].contact_ids
    assert len(ctx.contacts.get(results[0].contact_ids[0]).articles) == 2


def test_cancelled_batch_leaves_the_database_as_it_was(ctx, service):
    existing = ctx.contacts.add(ContactInput(name="Ana Kovac", emails=["akovac@iom.int"]))
    releases = [
        _release(n)
        for n in ("01_one_line_contact.txt", "02_two_contacts_inline.txt", "04_spanish_stacked.txt")
    ]
    done = []
    with pytest.raises(Cancelled):
        service.save_many(releases, progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 2)
    assert done == [1, 2]
    assert ctx.contacts.count() == 1 and ctx.articles.list() == []
    assert ctx.contacts.get(existing.id).phones == () and ctx.contacts.get(existing.id).articles == ()


def test_release_naming_two_people_behind_one_switchboard_keeps_both(ctx):
    from iomdesk.interchange.press import extract_release
    from iomdesk.services.press_import import PressImportService

    text = ("IOM supports returnees in Senegal\n\nDakar – IOM today opened a centre.\n\n"
            "For more information, please contact:\n"
            "Amina Diallo, IOM Senegal, Tel: +221 33 869 62 00, Email: adiallo@iom.int\n"
            "Moussa Ndiaye, IOM Senegal, Tel: +221 33 869 62 00, Email: mndiaye@iom.int\n")
    release = extract_release(text)
    assert [c.name for c in release.contacts] == ["Amina Diallo", "Moussa Ndiaye"]
    result = PressImportService(ctx.db.session_factory).save(release)
    assert len(result.created_contact_ids) == 2
    assert sorted(r.name for r in ctx.search.search("", limit=None)) == ["Amina Diallo", "Moussa Ndiaye"]


def test_number_without_a_country_reaches_the_stored_contact_as_printed(ctx, service):
    # issue 10: no +CC, no office, a dateline no table knows, no site: kept as printed, never dropped
    release = read_release(SHAPES / "s07_no_country.txt")
    result = service.save(release)
    assert result.ok  # nothing dropped: not a problem ...
    assert [str(w) for w in result.warnings] == [f"contacts[0].phones[0]: {NO_COUNTRY}"]  # ... a warning
    assert "0803" not in str(result.warnings[0])  # the position, not the digits
    stored = ctx.contacts.get(result.contact_ids[0])
    assert [(p.raw, p.e164, p.valid) for p in stored.phones] == [("0803 555 0199", None, False)]
    assert stored.emails == ("sokafor@iom.int",)
    # found by its digits like any number, and importing the release again adds no second copy
    assert [r.name for r in ctx.search.search("0803 555")] == ["Samuel Okafor"]
    again = service.save(read_release(SHAPES / "s07_no_country.txt"))
    assert again.contact_ids == result.contact_ids and again.updated_contact_ids == []
    assert len(ctx.contacts.get(result.contact_ids[0]).phones) == 1


def test_number_without_a_country_is_read_once_the_review_gives_an_office(ctx, service):
    release = read_release(SHAPES / "s07_no_country.txt")
    edited = dataclasses.replace(release.contacts[0], office="IOM Nigeria")
    result = service.save(release, [edited])
    assert result.ok and result.warnings == []
    (phone,) = ctx.contacts.get(result.contact_ids[0]).phones
    assert (phone.e164, phone.raw) == ("+2348035550199", "0803 555 0199")


def test_preview_warns_about_a_number_without_a_country(ctx, service):
    (match,) = service.preview(read_release(SHAPES / "s07_no_country.txt"))
    assert match.problems == () and [w.field for w in match.warnings] == ["contacts[0].phones[0]"]
    assert ctx.contacts.count() == 0


def test_non_iom_organisation_gives_the_country_of_its_numbers(ctx, service):
    release = read_release(SHAPES / "s03_uk_french_spanish_orgs.txt")
    result = service.save(release)
    assert result.ok and result.warnings == []
    stored = [ctx.contacts.get(i) for i in result.contact_ids]
    assert [(c.office, c.country, [p.e164 for p in c.phones]) for c in stored] == [
        ("Save the Children UK", "GB", ["+447700900123"]),
        ("French Red Cross", "FR", ["+33140001234"]),
        ("UNICEF Spain", "ES", ["+34913789555"]),
    ]


def test_number_read_in_a_later_country_of_the_release_is_stored_as_read(ctx, service):
    release = extract_release(
        "Camp water title for a test\n\n"
        "Nairobi – IOM and partners opened a new centre for people on the move this week in the city.\n\n"
        "For more information, please contact Asha Hassan, Norwegian Refugee Council, Tel: 0722 555 333\n"
    )
    result = service.save(release)
    assert result.ok and result.warnings == []
    stored = ctx.contacts.get(result.contact_ids[0])
    assert [(p.raw, p.e164) for p in stored.phones] == [("0722 555 333", "+254722555333")]
