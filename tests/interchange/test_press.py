"""Press-release extraction: every fixture against its expected.json, plus the rules behind it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from iomdesk.interchange.press import (
    UnreadableRelease,
    extract_release,
    is_person_name,
    parse_date,
    read_release,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "press"


def _cases():
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").exists()):
        for case in json.loads((folder / "expected.json").read_text(encoding="utf-8")):
            yield pytest.param(folder / case["file"], case, id=f"{folder.name}/{case['file']}")


@pytest.mark.parametrize(("path", "want"), list(_cases()))
def test_fixture(path: Path, want: dict):
    release = read_release(path)
    assert release.title == want["title"]
    assert (release.dateline or None) == (want["dateline"] or None)  # none printed: "" (null in expected.json)
    if "date" in want:
        assert release.date == dt.date.fromisoformat(want["date"])
    assert [c.name for c in release.contacts] == [c["name"] for c in want["contacts"]]
    for got, exp in zip(release.contacts, want["contacts"], strict=True):
        assert got.office == exp["office"], got.name
        if "country" in exp:
            assert got.country == exp["country"], got.name
        if "role" in exp:
            assert got.role == exp["role"], got.name
        numbers = [x if isinstance(x, str) else x["number"] for x in exp["phones"]]
        assert [p.e164 or p.raw for p in got.phones] == numbers, got.name
        for p, x in zip(got.phones, exp["phones"], strict=True):
            spec = x if isinstance(x, dict) else {}
            assert (p.e164 is None) == (spec.get("flag") == "no country"), (got.name, p.raw)
            if spec:
                assert p.extension == spec.get("ext"), (got.name, p.raw)
            if "kind" in spec:
                assert p.kind == spec["kind"], (got.name, p.raw)
        assert got.emails == exp["emails"], got.name
        assert not got.invalid_phones and not got.invalid_emails
    assert bool(release.unread_blocks) == want.get("unread_block", False)


def test_every_fixture_folder_lists_every_file():
    for folder in (p for p in FIXTURES.iterdir() if (p / "expected.json").exists()):
        listed = {c["file"] for c in json.loads((folder / "expected.json").read_text(encoding="utf-8"))}
        files = {p.name for p in folder.iterdir() if p.name != "expected.json"}
        assert listed == files, folder.name


# -- phones ------------------------------------------------------------------------------------


def test_number_valid_when_printed_is_kept_and_flagged():
    release = read_release(FIXTURES / "samples" / "00_seed_zimbabwe_mcof.txt")
    (phone,) = release.contacts[0].phones
    assert phone.e164 == "+2634335044"
    assert phone.valid is False
    assert phone.raw == "+ 263 4 33 50 44"


def test_number_without_country_code_takes_the_office_country_then_the_dateline():
    text = (
        "Title of a release about numbers\n\n"
        "Nairobi – IOM did something useful for many people in the region this week, officials said.\n\n"
        "For more information, please contact:\n"
        "Jane Mwangi, IOM Ethiopia, Tel: 0115 571 707\n"
        "John Kamau, Communications Officer, Tel: 020 422 1000\n"
    )
    jane, john = extract_release(text).contacts
    assert [p.e164 for p in jane.phones] == ["+251115571707"]  # the office's country (ET)
    assert [p.e164 for p in john.phones] == ["+254204221000"]  # no office: the dateline's (KE)
    assert john.country == "KE"


def test_number_without_any_country_is_kept_as_printed_not_dropped():
    # no +CC, no office, no dateline, no site, no other number: nothing tells a country (issue 10)
    text = "Short title here\n\nMedia contacts\nJane Doe, Tel: 555 0142 999, jdoe@iom.int\n"
    (jane,) = extract_release(text).contacts
    assert [(p.raw, p.e164, p.status) for p in jane.phones] == [("555 0142 999", None, "kept as entered")]
    assert jane.invalid_phones == [] and jane.problems == []
    assert jane.emails == ["jdoe@iom.int"]


def test_unreadable_number_is_reported_not_dropped():
    text = "Short title here\n\nMedia contacts\nJane Doe, Tel: +999 0142 999, jdoe@iom.int\n"
    (jane,) = extract_release(text).contacts
    assert jane.phones == []
    assert jane.invalid_phones == ["+999 0142 999"]
    assert jane.emails == ["jdoe@iom.int"]
    assert "+999 0142 999" in jane.problems[0]


def test_labels_give_the_phone_kind_and_extensions_are_kept():
    text = (
        "A title for kinds\n\nMedia contacts\n"
        "Ana Silva, IOM Portugal, Mobile: +351 912 345 678, Fax: +351 21 324 2940, "
        "Tel: +351 21 324 2941 ext. 12, asilva@iom.int\n"
    )
    (ana,) = extract_release(text).contacts
    assert [(p.e164, p.kind) for p in ana.phones] == [
        ("+351912345678", "mobile"),
        ("+351213242940", "fax"),
        ("+351213242941", "work"),
    ]
    assert ana.phones[2].extension == "12"


# -- e-mails -----------------------------------------------------------------------------------


def test_email_local_part_keeps_its_case_and_anti_spam_text_gives_no_email():
    text = (
        "Another short title\n\nFor more information, please contact:\n"
        "Awa Diop, OIM Sénégal, courriel : ADiop@IOM.INT\n"
        "Ali Sow, OIM Mali, Tel: +223 20 22 76 01, Email: This email address is being protected from "
        "spambots. You need JavaScript enabled to view it.\n"
        "Ben Okafor, IOM Nigeria, Tel: +234 803 123 4567, Email:\n"
    )
    awa, ali, ben = extract_release(text).contacts
    assert awa.emails == ["ADiop@iom.int"]
    assert ali.emails == [] and ben.emails == []
    assert ali.name == "Ali Sow" and ben.name == "Ben Okafor"


def test_obfuscated_address_is_read():
    text = "A title for at signs\n\nMedia contacts\nLea Roth, IOM Austria, lroth [at] iom [dot] int\n"
    assert extract_release(text).contacts[0].emails == ["lroth@iom.int"]


# -- no invented contacts ----------------------------------------------------------------------


def test_quoted_officials_and_photo_credits_are_not_contacts():
    release = read_release(FIXTURES / "samples" / "07_no_contact_block.txt")
    assert release.contacts == []


def test_a_name_with_nothing_to_reach_them_by_is_not_a_contact():
    text = "Some title words here\n\nFor more information, please contact Jane Doe.\n"
    assert extract_release(text).contacts == []


def test_footer_and_script_in_html_are_not_read():
    html = (
        "<html><head><title>T | IOM</title><script>x='For more information, please contact "
        "Sam Fake, +41 22 717 9111'</script></head><body><main><h1>A real title</h1>"
        "<p>Geneva – Some long body text that is a sentence with many words in it.</p></main>"
        "<footer>For more information, please contact Pat Footer, IOM Geneva, +41 22 717 9111</footer>"
        "</body></html>"
    )
    release = extract_release(html)
    assert release.title == "A real title"
    assert release.contacts == []


def test_mailto_link_with_words_as_text_gives_the_address():
    html = (
        "<article><h1>Title</h1><p>For more information, please contact Kim Lee, IOM Korea, "
        '<a href="mailto:klee@iom.int?subject=Hi">write to Kim</a>, '
        '<a href="tel:+82220003000">call</a></p></article>'
    )
    (kim,) = extract_release(html, is_html=True).contacts
    assert kim.emails == ["klee@iom.int"]
    assert [p.e164 for p in kim.phones] == ["+82220003000"]


def test_title_falls_back_to_the_page_title_without_the_site_suffix():
    html = "<html><head><title>IOM Opens Office in Lomé | IOM</title></head><body><p>x</p></body></html>"
    assert extract_release(html).title == "IOM Opens Office in Lomé"


def test_canonical_url_is_read():
    release = read_release(FIXTURES / "own" / "14_ar_name_html.html")
    assert release.url == "https://jordan.iom.int/news/iom-supports-syrian-refugees-returning-home"


# -- names, dates, files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Marie-Claire N'Diaye", "Seán O'Brien", "Olena Kovalenko", "محمد العلي", "Ana María López-García"],
)
def test_person_names(text):
    assert is_person_name(text)


@pytest.mark.parametrize(
    "text", ["Share this page", "Media Centre", "South Sudan", "Senior Media Manager", "IOM Geneva", "Tel"]
)
def test_not_person_names(text):
    assert not is_person_name(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("04 Mar 2021", dt.date(2021, 3, 4)),
        ("March 4, 2021", dt.date(2021, 3, 4)),
        ("le 1er avril 2024", dt.date(2024, 4, 1)),
        ("5 février 2023", dt.date(2023, 2, 5)),
        ("3 de mayo de 2024", dt.date(2024, 5, 3)),
        ("2023-11-07T09:00:00Z", dt.date(2023, 11, 7)),
        ("no date here", None),
    ],
)
def test_parse_date(text, date):
    assert parse_date(text) == date


def test_body_stops_before_the_contact_block():
    release = read_release(FIXTURES / "samples" / "00_seed_zimbabwe_mcof.txt")
    assert release.body.startswith("Zimbabwe - The Government")
    assert "kmareyanadzo" not in release.body and "Who we are" not in release.body


def test_windows_1252_file_is_decoded():
    release = read_release(FIXTURES / "own" / "32_fr_cp1252_encoding.txt")
    assert release.contacts[0].name == "Hélène Lefèvre"


def test_html_is_sniffed_in_a_txt_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><body><h1>Sniffed Title</h1><p>x</p></body></html>", "utf-8")
    assert read_release(path).title == "Sniffed Title"


def test_binary_or_missing_file_is_a_user_error(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02" * 20)
    with pytest.raises(UnreadableRelease):
        read_release(binary)
    with pytest.raises(UnreadableRelease):
        read_release(tmp_path / "missing.txt")


def test_dateline_with_the_date_between_two_dashes():
    from iomdesk.interchange.press import extract_release

    text = ("IOM Helps Families Displaced by Floods\n\n"
            "Maputo – 12 March 2024 – Floods have displaced thousands of families in the south of the country.\n")
    release = extract_release(text)
    assert (release.dateline, release.date.isoformat()) == ("Maputo", "2024-03-12")
