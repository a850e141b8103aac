"""Press-release shapes of the lead's blind set (issue 10, follow-up): short national numbers, a number
wrapped inside a sentence with its extension, the organisation's country over the dateline, a number
that reads in two of the release's countries, organisations right after a name. Each shape is read
from a fixture of tests/fixtures/press/shapes2/ (scored by benchmarks/press_accuracy.py) and from
variants here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iomdesk.interchange.press import extract_release, read_release

SHAPES = Path(__file__).resolve().parent.parent / "fixtures" / "press" / "shapes2"


def _release(block: str, dateline: str = "Beirut"):
    body = (
        f"A title for a shape test\n\n{dateline} – Partners opened a new centre for people on the move "
        "this week in the city.\n\n"
    )
    return extract_release(body + block)


def _numbers(c):
    return [p.e164 or p.raw for p in c.phones]


def _shown(release) -> str:
    """Everything about the release's numbers a user sees: contacts' numbers (read or kept as printed),
    numbers that could not be read, numbers printed before any name, unread blocks."""
    parts = []
    for c in release.contacts:
        parts += [p.raw for p in c.phones] + list(c.invalid_phones)
    return " | ".join(parts + list(release.unassigned) + list(release.unread_blocks))


# -- short national numbers (7-8 digits): never dropped --------------------------------------------


def test_short_national_numbers_read_with_the_dateline_country():
    saad, nassar = read_release(SHAPES / "u01_short_national_numbers.txt").contacts
    assert (saad.office, _numbers(saad)) == ("Amel Association", ["+96171234567"])
    assert (nassar.office, _numbers(nassar)) == ("Amel Association", ["+9611234567"])


def test_five_digit_island_number_read_when_labelled():
    (talake,) = read_release(SHAPES / "u02_short_island_numbers.txt").contacts
    assert (talake.office, talake.country, _numbers(talake)) == ("Pacific Climate Network", "TV", ["+68820123"])


@pytest.mark.parametrize(
    ("line", "dateline", "number"),
    [
        ("Lina Haddad, Caritas, 03 123 456, lhaddad@caritas.example.org", "Beirut", "+9613123456"),
        ("Lina Haddad, Caritas, 03-123-456, lhaddad@caritas.example.org", "Beirut", "+9613123456"),
        ("Seán Kelly, Crosscare, 01 234 5678, skelly@crosscare.example.ie", "Dublin", "+35312345678"),
        ("Seán Kelly, Crosscare\nTel 01 234 5678\nskelly@crosscare.example.ie", "Dublin", "+35312345678"),
    ],
)
def test_short_national_number_unlabelled_or_labelled_is_read(line, dateline, number):
    (c,) = _release("For more information, please contact:\n" + line + "\n", dateline).contacts
    assert _numbers(c) == [number]


def test_figures_in_a_contact_block_are_not_phones_but_numbers_are():
    (byrne,) = read_release(SHAPES / "u08_figures_and_numbers.txt").contacts
    assert _numbers(byrne) == ["+35312345678", "+353871234567"]
    assert byrne.invalid_phones == []


@pytest.mark.parametrize(
    "block",
    [
        "Lina Haddad, Caritas, 03 123 456, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, tel. 03 123 456 / 70 123 456, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, +961 3 123 456 or 3 123 457, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, Tel: 12345, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, Tel: 22-33-4455, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, +961 3 123\n456 ext. 12, lhaddad@caritas.example.org",
        "01 234 567, Caritas\nLina Haddad, lhaddad@caritas.example.org",
        "Lina Haddad\nCaritas\n03 123 456\nlhaddad@caritas.example.org",
        "Caritas press office, 03 123 456",
        "Lina Haddad, Caritas, Tel: 03 123 456/70 123 456, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, Tel: 01/123 456, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, 3 123 456 or 3 123 457, lhaddad@caritas.example.org",
        "Lina Haddad, Caritas, 22-33-4455, lhaddad@caritas.example.org",
    ],
)
def test_every_printed_phone_like_digit_run_ends_up_where_the_user_sees_it(block):
    release = _release("For more information, please contact:\n" + block + "\n")
    shown = re.sub(r"\D", "", _shown(release))
    for run in re.findall(r"\+?\d[\d \-]{3,}\d", block):
        assert re.sub(r"\D", "", run) in shown, (run, _shown(release))


@pytest.mark.parametrize(
    ("line", "dateline", "numbers"),
    [
        ("Jane Doe, IOM Kenya, Tel: 0722 123 456/0733 987 654, jdoe@iom.int", "Nairobi",
         ["+254722123456", "+254733987654"]),
        ("Jane Doe, Caritas, Tel: 02/512 34 56, jdoe@example.org", "Brussels", ["+3225123456"]),
        ("Jane Doe, Caritas, 02/512.34.56, jdoe@example.org", "Brussels", ["+3225123456"]),
        ("Jane Doe, IOM Kenya, jdoe@iom.int, www.iom.int/news/12345678", "Nairobi", []),  # a path, no number
    ],
)  # fmt: skip
def test_numbers_around_a_slash(line, dateline, numbers):
    (c,) = _release("Media contacts:\n" + line + "\n", dateline).contacts
    assert _numbers(c) == numbers


# -- a number wrapped inside a sentence, with its extension ----------------------------------------


def test_wrapped_number_inside_a_sentence_keeps_its_extension():
    gomes, costa = read_release(SHAPES / "u03_wrapped_in_sentence_ext.txt").contacts
    assert [(p.e164, p.extension) for p in gomes.phones] == [("+351211234567", "12")]
    assert gomes.invalid_phones == []
    assert [(p.e164, p.extension) for p in costa.phones] == [("+351217654321", "7")]


def test_same_number_with_two_extensions_is_two_numbers():
    (c,) = _release(
        "Media contacts:\nAna Gomes, IOM Portugal, Tel: +351 21 123 4567 ext. 12 / +351 21 123 4567 ext. 13, "
        "agomes@iom.int\n",
        "Lisbon",
    ).contacts
    assert [(p.e164, p.extension) for p in c.phones] == [("+351211234567", "12"), ("+351211234567", "13")]


# -- the organisation's country over the dateline; no silent guess between two countries -----------


def test_organisation_country_wins_over_the_dateline():
    tremblay, hale = read_release(SHAPES / "u04_org_country_over_dateline.txt").contacts
    assert (tremblay.office, tremblay.country, _numbers(tremblay)) == (
        "Canadian Mission to the European Union", "CA", ["+16139444000"])  # fmt: skip
    assert (hale.office, hale.country, _numbers(hale)) == ("UK Delegation to the OSCE", "GB", ["+442079460456"])


def test_uk_mission_in_rome_reads_a_london_number_not_an_italian_one():
    (smith,) = _release(
        "For more information, please contact:\n"
        "Olive Smyth, UK Mission to the UN Agencies in Rome, 020 7946 0321, osmyth@fcdo.example.gov.uk\n",
        "Rome",
    ).contacts
    assert (smith.office, smith.country, _numbers(smith)) == (
        "UK Mission to the UN Agencies in Rome", "GB", ["+442079460321"])  # fmt: skip


def test_number_valid_in_two_release_countries_is_kept_as_printed_not_guessed():
    reed, ward = read_release(SHAPES / "u05_valid_in_two_countries.txt").contacts
    # Rome's dateline (Italy) and the block's other number (+44) both read "020 7946 0999": no guess
    assert [(p.raw, p.e164) for p in reed.phones] == [("020 7946 0999", None)]
    assert reed.ambiguous_phones == ["020 7946 0999"]
    assert _numbers(ward) == ["+442079460111"]


def test_number_valid_only_in_the_dateline_country_is_still_read():
    (c,) = _release("Media contacts:\nSam Reed, 020 7946 0999, sreed@example.org\n", "Rome").contacts
    assert _numbers(c) == ["+3902079460999"]  # one country to read it in: the dateline's (as before)


def test_organisation_country_reading_wins_when_valid_in_several():
    (c,) = _release(
        "Media contacts:\nAnna Bianchi, Italian Red Cross, 020 7946 0999, abianchi@cri.example.it\n"
        "Lucy Ward, +44 20 7946 0111, lward@example.org\n",
        "London",
    ).contacts[:1]
    assert (c.country, _numbers(c), c.ambiguous_phones) == ("IT", ["+3902079460999"], [])


def test_unknown_organisation_in_rome_with_a_uk_mail_domain_is_not_read_as_italian():
    (c,) = _release(
        "Media contacts:\nOliver Smith, Foreign Office, 020 7946 0321, oliver.smith@fcdo.example.gov.uk\n", "Rome"
    ).contacts
    # the dateline says Italy, the contact's own mail domain the UK, the number reads in both: not guessed
    assert [(p.raw, p.e164) for p in c.phones] == [("020 7946 0321", None)]
    assert c.ambiguous_phones == ["020 7946 0321"]


def test_webmail_domain_tells_no_country():
    (c,) = _release("Media contacts:\nAwa Diop, Radio Sud, 77 123 45 67, awa.diop@yahoo.fr\n", "Dakar").contacts
    assert _numbers(c) == ["+221771234567"]


# -- an organisation right after the name ------------------------------------------------------------


def test_organisation_right_after_the_name_is_the_office():
    banda, ncube, achieng, dube = read_release(SHAPES / "u06_organisation_after_name.txt").contacts
    assert [(c.name, c.role, c.office) for c in (banda, ncube, achieng, dube)] == [
        ("Nyasha Banda", "", "Kubatana"),
        ("Farai Ncube", "Programme Officer", "Sekuru Collective"),
        ("Ruth Achieng", "", "East Africa Media Network"),
        ("Chipo Dube", "", "Mhare Arts"),
    ]
    assert _numbers(dube) == ["+263772555666"]


def test_organisation_with_a_media_word_is_the_office_not_the_role():
    (c,) = read_release(SHAPES / "u07_no_dateline_no_country.txt").contacts
    assert (c.role, c.office) == ("", "Return Futures Forum")
    (baker,) = _release(
        "For more information, please contact:\nTim Barker, Global Press Alliance, tel 8123 4567, tb@gpa.example.com\n",
        "Geneva",
    ).contacts
    assert (baker.role, baker.office) == ("", "Global Press Alliance")


@pytest.mark.parametrize(
    ("line", "office", "role"),
    [
        ("Jane Doe, Nairobi, +254 722 123 456, jdoe@example.org", None, ""),  # a place
        ("Jane Doe, Kenya, +254 722 123 456, jdoe@example.org", None, ""),
        ("Jane Doe, PhD, +254 722 123 456, jdoe@example.org", None, ""),  # a degree
        ("Jane Doe, English and French, +254 722 123 456, jdoe@example.org", None, ""),  # languages
        ("Jane Doe, Media Officer, +254 722 123 456, jdoe@example.org", None, "Media Officer"),  # a role
        ("Jane Doe, Head of Communications, +254 722 123 456, jdoe@example.org", None, "Head of Communications"),
        ("Jane Doe, freelance, +254 722 123 456, jdoe@example.org", None, ""),  # not capitalized
    ],
)
def test_what_is_not_an_organisation_after_a_name(line, office, role):
    (c,) = _release("Media contacts:\n" + line + "\n", "Nairobi").contacts
    assert (c.name, c.office, c.role) == ("Jane Doe", office, role)


def test_two_people_separated_by_a_comma_stay_two_people_when_their_emails_say_so():
    jane, john = _release(
        "Media contacts:\nJane Doe, John Smith, IOM Kenya, +254 722 123 456, jdoe@iom.int, jsmith@iom.int\n",
        "Nairobi",
    ).contacts
    assert (jane.name, jane.office, jane.emails) == ("Jane Doe", "IOM Kenya", ["jdoe@iom.int"])
    assert (john.name, john.office, john.emails) == ("John Smith", "IOM Kenya", ["jsmith@iom.int"])


def test_second_person_with_a_role_is_a_person_not_an_office():
    contacts = _release(
        "Media contacts:\nJane Doe, Spokesperson, Lucy Brown, Media Officer, IOM Kenya, +254 722 123 456\n",
        "Nairobi",
    ).contacts
    # Jane Doe has nothing of her own printed (no number, e-mail or office): not a contact, as before
    assert [(c.name, c.role, c.office) for c in contacts] == [("Lucy Brown", "Media Officer", "IOM Kenya")]


def test_release_without_dateline_has_none():
    release = read_release(SHAPES / "u07_no_dateline_no_country.txt")
    assert release.dateline == ""
    (c,) = release.contacts
    assert [(p.raw, p.e164) for p in c.phones] == [("5123 4567", None)]  # no country: kept as printed


@pytest.mark.parametrize(
    ("printed", "readable"),
    [
        ("COLIN MACDONALD", "Colin Macdonald"),  # MacDonald or Macdonald: both real, not guessed
        ("Colin MacDONALD", "Colin MacDonald"),  # printed with its inner capital: kept
        ("COLIN MCDONALD", "Colin McDonald"),
        ("ANA MACHADO", "Ana Machado"),  # not a Mac- name
        ("JOHN MACK", "John Mack"),
        ("Colin MacDonald", "Colin MacDonald"),
    ],
)
def test_mac_names_in_capitals_are_not_guessed(printed, readable):
    from iomdesk.interchange.press import readable_name

    assert readable_name(printed) == readable


def test_number_ambiguous_between_release_countries_stays_as_printed_through_the_service(ctx):
    from iomdesk.services.press_import import PressImportService

    release = _release(
        "Media contacts:\nSam Reed, Radio Tevere, 06 4423 1429 / 020 7946 0999, sreed@example.org\n"
        "Lucy Ward, +44 20 7946 0111, lward@example.org\n",
        "Rome",
    )
    sam = release.contacts[0]
    # 06 4423 1429 reads only in Italy (the contact's country from it); 020 7946 0999 in Italy and the UK
    assert (sam.country, [(p.raw, p.e164) for p in sam.phones]) == (
        "IT", [("06 4423 1429", "+390644231429"), ("020 7946 0999", None)])  # fmt: skip
    result = PressImportService(ctx.db.session_factory).save(release)
    assert [w.field for w in result.warnings] == ["contacts[0].phones[1]"]
    (stored,) = ctx.search.search("sam reed")
    assert [(p.raw, p.e164) for p in stored.phones] == [("06 4423 1429", "+390644231429"), ("020 7946 0999", None)]


def test_organisation_country_reading_not_valid_today_still_wins_over_a_valid_dateline_reading():
    (c,) = _release(
        "Media contacts:\nAmos Kiprono, Kenya Red Cross Society, 020 7946 0321, akiprono@example.org\n", "Rome"
    ).contacts
    # read in Kenya (the organisation's) and flagged not valid today, as before; not read as Italian
    assert [(p.e164, p.valid) for p in c.phones] == [("+2542079460321", False)]
