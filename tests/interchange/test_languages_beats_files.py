"""Languages, beats, source, lawful basis and review date in files: the mapping's header aliases,
our CSV columns, vCard LANG and X-IOMDESK-* properties, read back as they were written."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from iomdesk.core.contact import validate_contact
from iomdesk.core.languages import find_language, language_label, normalize_language
from iomdesk.interchange.csv_write import OWN_HEADERS, to_csv_text
from iomdesk.interchange.mapping import auto_mapping, row_to_input
from iomdesk.interchange.vcard import read_vcards, write_vcards


@pytest.mark.parametrize(
    ("raw", "code"),
    [("fr", "fr"), ("FR", "fr"), ("French", "fr"), ("français", "fr"), ("FRANCAIS", "fr"), ("Spanish", "es"),
     ("español", "es"), ("espagnol", "es"), ("Árabe", "ar"), ("arabic", "ar"), ("fr-CA", "fr"), ("en_US", "en"),
     ("fra", "fr"), ("spa", "es"), ("Swahili", "sw"), ("Kiswahili", "sw"), ("Haitian Creole", "ht"),
     ("Portuguese (pt)", "pt"), ("Chinese", "zh"), ("chinois", "zh"), ("Allemand", "de"), ("Inglés", "en")],
)
def test_languages_from_codes_and_names_in_three_languages(raw, code):
    assert find_language(raw) == code


@pytest.mark.parametrize("raw", ["Klingon", "xx", "", "   ", "fr;es", "f", "a" * 500])
def test_what_names_no_language(raw):
    assert find_language(raw) is None


def test_an_unknown_language_is_named_in_the_error_and_labels_read_back():
    with pytest.raises(Exception, match="'Klingon'|is not a language"):
        normalize_language("Klingon")
    assert language_label("fr") == "French (fr)"
    assert find_language(language_label("sw")) == "sw"


@pytest.mark.parametrize(
    ("header", "field"),
    [("Language", "languages"), ("Languages", "languages"), ("Langues", "languages"), ("Idiomas", "languages"),
     ("Beat", "beats"), ("Beats", "beats"), ("Topics", "beats"), ("Source", "source"),
     ("Lawful basis", "lawful_basis"), ("Legal basis", "lawful_basis"), ("Review date", "review_date")],
)
def test_header_aliases(header, field):
    (col,) = auto_mapping([header])
    assert col.field == field


@pytest.mark.parametrize("header", ["Review", "Basis", "Reviewer", "Sources cited"])
def test_headers_that_only_look_alike_stay_in_the_notes(header):
    (col,) = auto_mapping([header])
    assert col.field == "extra"


def test_a_row_with_every_new_column_becomes_a_valid_contact():
    headers = ["Name", "Languages", "Topics", "Source", "Lawful basis", "Review date"]
    mapping = auto_mapping(headers)
    ri = row_to_input(["Amina Diop", "French, English / español", "health; migration ::: Public Health",
                       "Met at a briefing", "legitimate interest", "2027-03-31"], mapping)
    draft = validate_contact(ri.data)
    assert draft.languages == ["fr", "en", "es"]
    assert draft.beats == ["health", "migration", "Public Health"]
    assert (draft.source, draft.lawful_basis, draft.review_date) == (
        "Met at a briefing", "legitimate_interest", dt.date(2027, 3, 31))
    assert ri.unmapped == []


def _contact(**kw):
    base = dict(name="Amina Diop", role="", office="", country=None, own_country=None, notes="", phones=(),
                emails=("amina@example.org",), tags=("press",), languages=("fr", "es"),
                beats=("health", "public health"), source="Imported from media; list, 2026.csv",
                lawful_basis="public_role", review_date=dt.date(2027, 3, 31))
    base.update(kw)
    return SimpleNamespace(**base)


def test_our_csv_writes_the_new_columns_readably():
    text = to_csv_text("csv", [_contact()])
    header, row = text.splitlines()[:2]
    assert header.split(",")[-5:] == ["Languages", "Beats", "Source", "Lawful basis", "Review date"]
    assert OWN_HEADERS[-5:] == ["Languages", "Beats", "Source", "Lawful basis", "Review date"]
    assert row.endswith('fr; es,health; public health,"Imported from media; list, 2026.csv",Public role,2027-03-31')


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_carries_languages_beats_and_protection_fields(version):
    (text,) = list(write_vcards([_contact()], version))
    assert "LANG;PREF=1:fr" in text and "LANG;PREF=2:es" in text
    assert "CATEGORIES:press" in text  # tags stay tags
    assert "X-IOMDESK-BEATS:health\\,public health" in text
    assert "X-IOMDESK-LAWFUL-BASIS:public_role" in text and "X-IOMDESK-REVIEW-DATE:2027-03-31" in text
    (card,) = read_vcards(text)
    draft = validate_contact(card.data)
    assert (draft.languages, draft.beats, draft.tags) == (["fr", "es"], ["health", "public health"], ["press"])
    assert (draft.source, draft.lawful_basis, draft.review_date) == (
        "Imported from media; list, 2026.csv", "public_role", dt.date(2027, 3, 31))
    assert card.unmapped == []


def test_vcard_lang_from_other_apps_in_pref_order():
    text = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fatou Sow\r\nLANG;PREF=2:en\r\nLANG;TYPE=work;PREF=1:fr-SN\r\n"
            "LANG:wo\r\nLANG:yue\r\nEND:VCARD\r\n")
    (card,) = read_vcards(text)
    assert validate_contact(card.data).languages == ["fr", "en", "wo"]
    assert card.unmapped == [("Language", "yue")]  # no ISO 639-1 code: kept in the notes, the card imported
