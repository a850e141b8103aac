"""Validation of languages, beats, source, lawful basis and review date, with the messages a user reads."""

from __future__ import annotations

import datetime as dt

import pytest

from iomdesk.core.contact import (
    ContactInput,
    normalize_beat,
    normalize_lawful_basis,
    normalize_review_date,
    validate_contact,
)
from iomdesk.core.errors import InvalidValue, ValidationError


def errors_of(**fields) -> dict[str, str]:
    with pytest.raises(ValidationError) as exc:
        validate_contact(ContactInput(name="Amina Diop", **fields))
    return {e.field: str(e) for e in exc.value.errors}


def test_languages_normalized_deduplicated_in_order():
    draft = validate_contact(ContactInput(name="Amina Diop", languages=["FR", "French", "  ", "Spanish", "es",
                                                                       "français", "English (en)"]))
    assert draft.languages == ["fr", "es", "en"]


def test_an_unknown_language_names_itself_and_its_place():
    assert errors_of(languages=["fr", "Klingon"]) == {
        "languages[1]": "languages[1] ('Klingon'): is not a language (use a 2-letter ISO 639-1 code such as fr)"}


def test_beats_follow_the_tag_rules_with_beat_in_the_message():
    assert normalize_beat("#Health ") == "Health"
    assert validate_contact(ContactInput(name="A B", beats=["health", "HEALTH", "migration"])).beats == [
        "health", "migration"]
    errors = errors_of(beats=["ok", "a,b", "x" * 61, "news:::wire"])
    assert errors["beats[1]"].endswith("a beat cannot contain ','; add two beats instead")
    assert errors["beats[2]"].endswith("a beat is longer than 60 characters")
    assert "':::'" in errors["beats[3]"]
    with pytest.raises(InvalidValue, match="a beat is empty"):
        normalize_beat("#")


@pytest.mark.parametrize(
    ("raw", "value"),
    [("public role", "public_role"), ("Public Role", "public_role"), ("public_role", "public_role"),
     ("Legitimate interest", "legitimate_interest"), ("legitimate-interest", "legitimate_interest"),
     ("CONSENT", "consent"), ("intérêt légitime", "legitimate_interest"), ("consentimiento", "consent"),
     ("", None), ("   ", None), (None, None)],
)
def test_lawful_basis_from_values_and_labels(raw, value):
    assert normalize_lawful_basis(raw) == value


def test_an_unknown_lawful_basis_lists_the_choices():
    assert errors_of(lawful_basis="because") == {"lawful_basis": (
        "lawful_basis ('because'): is not a lawful basis (use one of \"public role\", \"legitimate interest\", "
        "\"consent\", or leave it empty)")}


@pytest.mark.parametrize(
    ("raw", "date"),
    [("2027-03-31", dt.date(2027, 3, 31)), ("2027-03-31T09:30:00Z", dt.date(2027, 3, 31)),
     ("2027/3/31", dt.date(2027, 3, 31)), ("31/03/2027", dt.date(2027, 3, 31)),
     ("3/31/2027", dt.date(2027, 3, 31)), ("31.03.2027", dt.date(2027, 3, 31)),
     ("03.04.2027", dt.date(2027, 4, 3)), ("04/04/2027", dt.date(2027, 4, 4)), ("", None), (None, None),
     (dt.date(2027, 1, 2), dt.date(2027, 1, 2)), (dt.datetime(2027, 1, 2, 3, 4), dt.date(2027, 1, 2))],
)
def test_review_dates_as_files_and_spreadsheets_write_them(raw, date):
    assert normalize_review_date(raw) == date


@pytest.mark.parametrize(
    ("raw", "message"),
    [("2027-02-30", "is not a date (write it as YYYY-MM-DD"), ("tomorrow", "is not a date"),
     ("03/04/2027", "could be two dates"), ("99/99/2027", "is not a date")],
)
def test_review_dates_that_are_no_date_or_two(raw, message):
    (text,) = errors_of(review_date=raw).values()
    assert text.startswith(f"review_date ({raw!r}): {message}")


def test_source_is_trimmed_and_bounded():
    assert validate_contact(ContactInput(name="A B", source="  Imported   from a.csv ")).source == \
        "Imported from a.csv"
    assert errors_of(source="x" * 1001)["source"].endswith("longer than 1000 characters")


def test_every_problem_is_reported_at_once():
    errors = errors_of(languages=["xx"], beats=[";"], lawful_basis="?", review_date="?", emails=["bad@"])
    assert set(errors) == {"languages[0]", "beats[0]", "lawful_basis", "review_date", "emails[0]"}
