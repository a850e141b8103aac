"""The core's field errors and phone words, shown in the interface's language with their values."""

from __future__ import annotations

import pytest

from iomdesk.core.contact import ContactInput, validate_contact
from iomdesk.core.errors import FieldError, InvalidValue, ValidationError
from iomdesk.core.phones import parse_phone
from iomdesk.ui import i18n
from iomdesk.ui.messages import error_text, field_error_text, field_name


@pytest.fixture
def french(qapp):
    assert i18n.install("fr") == "fr"
    yield
    i18n.remove()


def problems(data: ContactInput) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate_contact(data)
    return info.value


def test_field_errors_stay_english_without_a_translation(qapp):
    err = problems(ContactInput(name="", office="IOM Geneva", emails=["ok@iom.int", "x@"], phones=["abc"]))
    texts = [field_error_text(e) for e in err.errors]
    assert texts[0] == "Name: a name is required"
    assert "Phone 1 ('abc'): is not a phone number" in texts
    assert any(t.startswith("Email 2 ('x@'): ") for t in texts)


def test_field_errors_in_french_keep_their_values(french):
    err = problems(ContactInput(name="", office="IOM Geneva", phones=["abc"], tags=["a;b"], role="r" * 301))
    texts = [field_error_text(e) for e in err.errors]
    assert "Nom\u00a0: un nom est obligatoire" in texts
    assert "Téléphone 1 («\u00a0abc\u00a0»)\u00a0: n’est pas un numéro de téléphone" in texts
    assert any(t.startswith("Fonction (") and t.endswith("dépasse 300 caractères") for t in texts), texts
    assert any("une étiquette ne peut pas contenir ';'" in t for t in texts), texts
    # The CLI and the logs keep the English message.
    assert "a name is required" in str(err)


def test_a_row_of_an_import_names_its_row(french):
    e = FieldError.of("emails[0]", InvalidValue("an email address is empty", ""), row=7)
    assert field_error_text(e) == "Ligne 7\u00a0: Courriel 1\u00a0: une adresse électronique est vide"


def test_phone_status_and_errors_from_the_phone_parser(french):
    with pytest.raises(InvalidValue) as info:
        parse_phone("0772 123 456", None)
    assert error_text(info.value).startswith("n’a pas d’indicatif de pays (+CC)")
    with pytest.raises(InvalidValue) as info:
        parse_phone("+41 22", None, "pager")
    assert error_text(info.value) == "type de téléphone inconnu 'pager' (utilisez work, mobile, fax, other)"
    from iomdesk.ui.messages import core_text

    assert core_text(parse_phone("+41 22 717 9111", None).status) == "valide"


def test_unknown_fields_and_unmarked_messages_pass_through(french):
    assert field_name("custom_field") == "custom_field"
    assert field_name("emails[2]") == "Courriel 3"
    assert error_text(ValueError("disk full")) == "disk full"


def test_country_names_follow_the_interface_language(qapp):
    from iomdesk.ui.messages import shown_country

    assert shown_country("SN") == "Senegal" and shown_country(None) == ""
    i18n.install("fr")
    try:
        assert shown_country("SN") == "Sénégal" and shown_country("CH") == "Suisse"
    finally:
        i18n.remove()
    i18n.install("es")
    try:
        assert shown_country("CH") == "Suiza"
    finally:
        i18n.install("en")
