"""A number stored as printed (no country) is saved again as it is while unchanged; a number typed new
without a country is still an error for its field."""

import pytest

from iomdesk.core.contact import ContactInput, PhoneInput, validate_contact
from iomdesk.core.errors import ValidationError
from iomdesk.core.phones import kept_as_entered

KEPT = kept_as_entered("0803 555 0199", "mobile")


def test_unchanged_kept_number_is_saved_as_it_is():
    draft = validate_contact(ContactInput(name="Samuel Okafor", phones=[PhoneInput("0803 555 0199", None, KEPT)]))
    assert draft.phones == [KEPT]


def test_unchanged_kept_number_takes_a_new_kind():
    draft = validate_contact(ContactInput(name="Samuel Okafor", phones=[PhoneInput(" 0803 555 0199", "fax", KEPT)]))
    assert [(p.raw, p.e164, p.kind) for p in draft.phones] == [("0803 555 0199", None, "fax")]


def test_kept_number_reads_with_a_country_once_there_is_one():
    draft = validate_contact(
        ContactInput(name="Samuel Okafor", office="IOM Nigeria", phones=[PhoneInput("0803 555 0199", None, KEPT)])
    )
    assert [p.e164 for p in draft.phones] == ["+2348035550199"]


@pytest.mark.parametrize("phone", [PhoneInput("0803 555 0198", None, KEPT), PhoneInput("0803 555 0199")])
def test_changed_or_new_number_without_a_country_is_a_field_error(phone):
    with pytest.raises(ValidationError) as info:
        validate_contact(ContactInput(name="Samuel Okafor", phones=[phone]))
    (error,) = info.value.errors
    assert error.field == "phones[0]" and "no country code" in error.message
