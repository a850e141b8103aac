"""Press-release contact blocks in the shapes of issue 10: each shape read from a fixture of
tests/fixtures/press/shapes/ (scored there by benchmarks/press_accuracy.py) and from variants here."""

from __future__ import annotations

from pathlib import Path

import pytest

from iomdesk.core.offices import country_for_organisation
from iomdesk.interchange.press import (
    country_for_dateline,
    country_of_url,
    extract_release,
    read_release,
    readable_name,
)

SHAPES = Path(__file__).resolve().parent.parent / "fixtures" / "press" / "shapes"
DATELINE = "Nairobi – IOM and partners opened a new centre for people on the move this week in the city.\n\n"


def _contacts(block: str, dateline: str = DATELINE, **kw):
    return extract_release(f"A title for a shape test\n\n{dateline}{block}", **kw).contacts


def _phones(c):
    return [(p.e164 or p.raw, p.kind, p.extension) for p in c.phones]


# -- spacing --------------------------------------------------------------------------------------


def test_shape_nbsp_and_odd_spacing():
    (amina,) = read_release(SHAPES / "s01_nbsp_odd_spacing.html").contacts
    assert (amina.name, amina.role, amina.office) == ("Amina Yusuf", "Media Officer", "IOM Kenya")
    assert [p.e164 for p in amina.phones] == ["+254204221000"]
    (jo,) = _contacts("Media contacts:\n Jo\u00a0\u00a0Banda ;\u202fIOM\u00a0Malawi ;  Tel\u00a0:\u00a0+265\u00a01\u00a0234\u00a0567\n")
    assert (jo.name, jo.office, [p.e164 for p in jo.phones]) == ("Jo Banda", "IOM Malawi", ["+2651234567"])


# -- country of numbers without +CC --------------------------------------------------------------


@pytest.mark.parametrize(
    ("organisation", "country"),
    [
        ("U.S. Fund for UNICEF", "US"),
        ("Save the Children UK", "GB"),
        ("French Red Cross", "FR"),
        ("UNICEF Spain", "ES"),
        ("Cruz Roja Española", "ES"),
        ("Croix-Rouge française", "FR"),
        ("Danish Refugee Council", "DK"),
        ("Kenya Red Cross Society", "KE"),
        ("IOM Kenya", "KE"),
        ("International Rescue Committee", None),
        ("UNHCR", None),
    ],
)
def test_country_from_organisation_name_or_adjective(organisation, country):
    assert country_for_organisation(organisation) == country


def test_shape_us_organisation_number_without_country_code():
    brooks, ruiz = read_release(SHAPES / "s02_us_fund_no_cc.txt").contacts
    # the organisation's country wins over the dateline's (Geneva)
    assert (brooks.office, brooks.country, [p.e164 for p in brooks.phones]) == (
        "U.S. Fund for UNICEF", "US", ["+12125550187"])
    assert ruiz.country == "CH"


def test_shape_uk_french_spanish_organisations():
    grant, fontaine, martin = read_release(SHAPES / "s03_uk_french_spanish_orgs.txt").contacts
    assert [(c.name, c.office, c.country) for c in (grant, fontaine, martin)] == [
        ("Oliver Grant", "Save the Children UK", "GB"),
        ("Claire Fontaine", "French Red Cross", "FR"),
        ("Lucía Martín", "UNICEF Spain", "ES"),
    ]
    assert _phones(grant) == [("+447700900123", "mobile", None)]
    assert [p.e164 for p in martin.phones] == ["+34913789555"]  # not the dateline's Belgium


def test_shape_country_from_the_dateline_city():
    (grace,) = read_release(SHAPES / "s04_dateline_city_no_cc.txt").contacts
    assert (grace.country, [p.e164 for p in grace.phones]) == ("KE", ["+254722123456"])
    assert [country_for_dateline(p) for p in ("Mombasa", "Bogotá", "Kingston", "Valencia", "Lake Chad Basin")] == [
        "KE", "CO", "JM", None, None]  # "Valencia": Spain or Venezuela, no guess


def test_shape_country_from_the_site_domain():
    (peter,) = read_release(SHAPES / "s05_domain_no_cc.html").contacts
    assert (peter.country, [p.e164 for p in peter.phones]) == ("KE", ["+254733555012"])
    assert [country_of_url(u) for u in ("https://www.redcross.or.ke/x", "http://iom.org.zw", "https://x.co.uk/",
                                        "https://www.iom.int/news", "https://site.io/", None)] == [
        "KE", "ZW", "GB", None, None, None]


def test_shape_country_from_a_plus_cc_number_elsewhere_in_the_block():
    tendai, rudo = read_release(SHAPES / "s06_cc_elsewhere_in_block.txt").contacts
    assert (rudo.country, _phones(rudo)) == ("ZW", [("+263772333444", "mobile", None)])
    (ana,) = _contacts("Media contacts:\nAna Weber, Tel: +41 22 717 9111 / Mobile: 079 285 44 10\n", dateline="")
    assert _phones(ana) == [("+41227179111", "work", None), ("+41792854410", "mobile", None)]


def test_own_plus_cc_number_comes_before_the_dateline():
    geneva = "Geneva – IOM and partners opened a new centre for people on the move this week in the city.\n\n"
    (ana,) = _contacts("Media contacts:\nAna Silva, Tel: +254 20 422 1000, Mobile: 0722 123 456\n", dateline=geneva)
    assert ([p.e164 for p in ana.phones], ana.country) == (["+254204221000", "+254722123456"], "KE")


def test_shape_no_country_keeps_the_number_as_printed_flagged():
    (samuel,) = read_release(SHAPES / "s07_no_country.txt").contacts
    (phone,) = samuel.phones
    assert (phone.raw, phone.e164, phone.valid, phone.status) == ("0803 555 0199", None, False, "kept as entered")
    assert samuel.country is None and samuel.invalid_phones == []
    # two countries printed in the block tell none: the third number is kept as printed
    *_, cy = _contacts("Media contacts:\nAna Silva, Tel: +351 21 324 2941\nBo Lund, Tel: +45 33 12 34 56\n"
                       "Cy Moss, Tel: 0772 333 444\n", dateline="")
    assert (cy.name, [(p.raw, p.e164) for p in cy.phones]) == ("Cy Moss", [("0772 333 444", None)])


# -- names ----------------------------------------------------------------------------------------


def test_shape_names_alone_on_their_line_above_an_organisation_line():
    halima, jonas = read_release(SHAPES / "s08_names_alone_on_line.txt").contacts
    assert (halima.name, halima.office) == ("Halima Abdi", "IOM Somalia")
    assert (jonas.name, jonas.office, jonas.country) == ("Jonas Lindqvist", "Danish Refugee Council", "DK")
    (ana,) = _contacts("Media contacts:\n\nAna Kovač\nCroatian Red Cross\n+385 1 4655 814\nakovac@hck.example.org\n")
    assert (ana.name, ana.office, ana.country, ana.emails) == (
        "Ana Kovač", "Croatian Red Cross", "HR", ["akovac@hck.example.org"])


def test_shape_name_after_contact_without_punctuation():
    (jane,) = read_release(SHAPES / "s09_contact_no_punctuation.txt").contacts
    assert (jane.name, jane.office, [p.e164 for p in jane.phones], jane.emails) == (
        "Jane Mwangi", "IOM Kenya", ["+254722000111"], ["jmwangi@iom.int"])
    (tom,) = _contacts("For more information please contact Tom Otieno at +254 733 000 222.\n")
    assert (tom.name, [p.e164 for p in tom.phones]) == ("Tom Otieno", ["+254733000222"])


def test_shape_titles_are_kept_out_of_the_name():
    names = [c.name for c in read_release(SHAPES / "s10_titles_en.txt").contacts]
    assert names == ["Fatima Haidari", "Rose Njeri", "Peter Hansen", "Kwame Mensah"]
    names = [c.name for c in read_release(SHAPES / "s11_titles_fr_es.txt").contacts]
    assert names == ["Aminata Diallo", "Carlos Pérez", "Lucía Gómez"]
    (mx,) = _contacts("Media contacts:\nSrta. Ana Ruiz, IOM Kenya, +254 722 000 333\n")
    assert mx.name == "Ana Ruiz"
    rojas, gomez = _contacts("Para más información, contacte a la Sra. María Fernanda ROJAS o al Sr. Luis GÓMEZ, "
                             "OIM Colombia, Tel.: +57 1 639 7777\n")
    assert (rojas.name, gomez.name) == ("María Fernanda Rojas", "Luis Gómez")
    assert rojas.office == gomez.office == "OIM Colombia"


@pytest.mark.parametrize(
    ("printed", "readable"),
    [
        ("JANE DOE", "Jane Doe"),
        ("COLIN McDONALD", "Colin McDonald"),
        ("MARÍA DE LA CRUZ", "María de la Cruz"),
        ("SEÁN O'BRIEN", "Seán O'Brien"),
        ("JEAN-PIERRE N'DIAYE", "Jean-Pierre N'Diaye"),
        ("Jean DUPONT", "Jean Dupont"),
        ("Mary McKenzie", "Mary McKenzie"),  # already readable: as printed
        ("Ana de Souza", "Ana de Souza"),
        ("ANA MARÍA DE LOS SANTOS", "Ana María de los Santos"),
        ("PIETER VAN DER BERG", "Pieter van der Berg"),
    ],
)
def test_names_in_capitals_get_a_readable_case(printed, readable):
    assert readable_name(printed) == readable


def test_shape_names_in_capitals():
    names = [c.name for c in read_release(SHAPES / "s12_all_caps.txt").contacts]
    assert names == ["Jane Doe", "Colin McDonald", "María de la Cruz"]


def test_shape_two_people_on_one_line_share_what_is_printed_as_shared():
    jane, john = read_release(SHAPES / "s13_two_on_one_line.txt").contacts
    for c in (jane, john):  # office and phone follow both names: both get them
        assert (c.office, [p.e164 for p in c.phones]) == ("IOM Kenya", ["+254204221000"])
    assert (jane.emails, john.emails) == (["jdoe@iom.int"], ["jsmith@iom.int"])  # each their own
    # a shared inbox goes to both; a person with details of their own keeps only those
    ana, bo = _contacts("Media contacts: Ana Silva and Bo Lund, IOM Kenya, media@iom.int\n")
    assert ana.emails == bo.emails == ["media@iom.int"] and ana.office == bo.office == "IOM Kenya"
    jane, john = _contacts("Media contacts:\nJane Doe / John Smith, IOM Kenya, +254 20 422 1000, jdoe@iom.int, "
                           "jsmith@iom.int\n")
    assert (jane.office, jane.emails, john.emails) == ("IOM Kenya", ["jdoe@iom.int"], ["jsmith@iom.int"])
    assert [p.e164 for p in jane.phones] == [p.e164 for p in john.phones] == ["+254204221000"]
    ana, bo = _contacts("Media contacts: Ana Silva, +254 722 000 444, and Bo Lund, IOM Kenya, +254 733 000 555\n")
    assert [p.e164 for p in ana.phones] == ["+254722000444"] and ana.office is None
    assert [p.e164 for p in bo.phones] == ["+254733000555"]


# -- phones ---------------------------------------------------------------------------------------


def test_shape_number_wrapped_across_lines():
    (amina,) = read_release(SHAPES / "s14_wrapped_numbers.txt").contacts
    assert [p.e164 for p in amina.phones] == ["+254722123456"] and amina.emails == ["ayusuf@iom.int"]
    (amina,) = _contacts("For more information, please contact Amina Yusuf, IOM Kenya, Tel: 0722\n123 456, Email: ayusuf@iom.int\n")
    assert [p.e164 for p in amina.phones] == ["+254722123456"]  # no +CC: joined after its label
    # a complete number at the end of a line is not joined to the next line's number
    (ana,) = _contacts("Media contacts:\nAna Silva, IOM Kenya, Tel: +254 20 422 1000\n+254 722 000 666\n")
    assert [p.e164 for p in ana.phones] == ["+254204221000", "+254722000666"]


def test_shape_extensions():
    anna, michael, sophie = read_release(SHAPES / "s15_extensions.txt").contacts
    assert [p.extension for c in (anna, michael, sophie) for p in c.phones] == ["123", "4567", "12"]
    assert [p.e164 for p in sophie.phones] == ["+33140001234"]
    ana, bo, cy = _contacts("Media contacts:\nAna Ruiz, OIM Ecuador, Tel: +593 2 299 4800 anexo 215\n"
                            "Bo Lund, IOM Kenya, +254 20 422 1000 extension 13; Cy Moss, IOM Kenya, +254 20 422 1000 #14\n")
    assert _phones(ana) == [("+59322994800", "work", "215")]
    assert [p.extension for p in bo.phones + cy.phones] == ["13", "14"]


def test_shape_several_numbers_per_person_with_their_kinds():
    amina, joseph = read_release(SHAPES / "s16_several_numbers.txt").contacts
    assert _phones(amina) == [
        ("+254204221000", "work", None), ("+254722123456", "mobile", None), ("+254733987654", "mobile", None)]
    assert _phones(joseph) == [("+256772555010", "mobile", None), ("+256414555011", "fax", None)]


def test_kind_printed_after_the_number():
    (jane,) = _contacts("Media contacts:\nJane Doe, Media Officer, IOM Kenya\nTel: +254 20 422 1000 (office) / "
                        "+254 722 000 111 (mobile) / +254 20 422 1001 (fax)\n")
    assert [p.kind for p in jane.phones] == ["work", "mobile", "fax"]


def test_shape_unreadable_block_is_reported_and_no_contact_invented():
    release = read_release(SHAPES / "s17_unreadable_block.txt")
    assert release.contacts == []
    assert release.unread_blocks == ["the communications team through the website."]
    # "For more information on X, visit ..." names no one: not reported
    release = extract_release(f"A title for a shape test\n\n{DATELINE}For more information on the hotline, visit "
                              "the IOM Kenya website.\n")
    assert release.contacts == [] and release.unread_blocks == []


def test_number_printed_before_any_name_is_reported_not_given_to_someone():
    release = extract_release(f"A title for a shape test\n\n{DATELINE}Media contacts:\nSwitchboard: +41 22 717 9111, "
                              "info@iom.int\nJane Doe, IOM Kenya, +254 20 422 1000\n")
    (jane,) = release.contacts
    assert [p.e164 for p in jane.phones] == ["+254204221000"] and jane.emails == []
    assert release.unassigned == ["+41 22 717 9111", "info@iom.int"]


def test_number_that_does_not_read_in_the_organisation_country_is_read_in_the_dateline_country():
    (asha,) = _contacts("For more information, please contact Asha Hassan, Norwegian Refugee Council, "
                        "Tel: 0722 555 333\n")
    assert (asha.office, asha.country) == ("Norwegian Refugee Council", "NO")
    assert [p.e164 for p in asha.phones] == ["+254722555333"] and asha.invalid_phones == []


def test_number_no_country_of_the_release_reads_is_kept_as_printed():
    # the organisation's country (NO) does not read it and the block's numbers name two countries
    _, asha = _contacts("Media contacts:\nBo Lund, Tel: +41 22 717 9111 / +234 803 555 0100\n"
                        "Asha Hassan, Norwegian Refugee Council, Tel: 0722 555 333\n", dateline="")
    assert [(p.raw, p.e164) for p in asha.phones] == [("0722 555 333", None)] and asha.invalid_phones == []


def test_organisations_without_a_country_are_offices_and_a_second_one_on_the_line_does_not_cut_the_contact():
    jane, john, cy = _contacts("Media contacts: Jane Doe, UNHCR, the UN Refugee Agency, +254 722 000 111, "
                               "jdoe@unhcr.org\nJohn Smith, Amnesty International, +254 733 000 222\n"
                               "Cy Moss, Mercy Corps, 0722 000 333\n")
    assert (jane.office, [p.e164 for p in jane.phones], jane.emails) == ("UNHCR", ["+254722000111"], ["jdoe@unhcr.org"])
    assert (john.office, cy.office) == ("Amnesty International", "Mercy Corps")
    assert [p.e164 for p in cy.phones] == ["+254722000333"]  # no country in the name: the dateline's
