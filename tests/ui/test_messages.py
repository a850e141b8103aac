"""The core's field errors and phone words, shown in the interface's language with their values."""

from __future__ import annotations

import pytest

from iomdesk.core.contact import ContactInput, validate_contact
from iomdesk.core.errors import FieldError, InvalidValue, ValidationError
from iomdesk.core.phones import parse_phone
from iomdesk.ui.messages import error_text, field_error_text, field_name


@pytest.fixture
def french(language):
    return language("fr")


def problems(data: ContactInput) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate_contact(data)
    return info.value


def test_field_errors_in_english(qapp):
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


def test_country_names_follow_the_interface_language(language):
    from iomdesk.ui.messages import shown_country

    assert shown_country("SN") == "Senegal" and shown_country(None) == ""
    language("fr")
    assert shown_country("SN") == "Sénégal" and shown_country("CH") == "Suisse"
    language("es")
    assert shown_country("CH") == "Suiza"


def test_the_editor_and_error_messages_name_fields_as_the_user_reads_them(french, ctx, qtbot, captured):
    """A field error found when saving (the editor) or reported by an action (a message box) names the
    field in the user's language ("Fonction"), never by the core's key ("role", "emails[0]")."""
    from iomdesk.ui.alerts import Alerts
    from iomdesk.ui.contact_dialog import ContactDialog

    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ana")
    dialog.role.setText("r" * 301)
    dialog.try_save()
    assert dialog.name_error.text().startswith("Fonction («\u00a0rrr") and "dépasse 300 caractères" in dialog.name_error.text()
    alerts = Alerts()
    alerts.presenter = captured.present
    alerts.error("Import", problems(ContactInput(name="", office="IOM Geneva", emails=["x@"])))
    (level, _title, text), = captured.messages
    assert level == "error" and text.startswith("Nom\u00a0: un nom est obligatoire\nCourriel 1 («\u00a0x@\u00a0»)"), text


def test_service_and_store_messages_are_english_strings_and_french_in_the_interface(french, captured):
    from iomdesk.core.errors import QT_TRANSLATE_NOOP, ConflictError, Text
    from iomdesk.store.db import DatabaseBusy, DatabaseUnreachable
    from iomdesk.ui.alerts import Alerts
    from iomdesk.ui.messages import text_of

    reason = Text(QT_TRANSLATE_NOOP("core", "same email {address}"), address="a@iom.int")
    assert reason == "same email a@iom.int" and isinstance(reason, str)  # the CLI and logs: English
    assert text_of(reason) == "même adresse électronique a@iom.int"
    assert text_of("not marked") == "not marked"
    gone = DatabaseUnreachable("db.example.org")
    assert str(gone).startswith("The team database at db.example.org cannot be reached")
    assert text_of(gone.in_dialog()).endswith("Enregistrez alors de nouveau.")
    alerts = Alerts()
    alerts.presenter = captured.present
    for exc in (gone, DatabaseBusy(), ConflictError("plain English")):
        alerts.error("Save", exc)
    assert [text for _level, _title, text in captured.messages] == [
        text_of(gone.args[0]), text_of(DatabaseBusy().args[0]), "plain English"]
    assert captured.messages[0][2].startswith("La base de données d’équipe sur db.example.org est injoignable")
    assert captured.messages[1][2].startswith("l’annuaire est occupé")


def test_duplicate_reasons_in_the_editor_warning_are_translated(french, seeded):
    from iomdesk.core.contact import ContactInput as Input
    from iomdesk.ui.messages import text_of

    matches = seeded.contacts.find_duplicates(Input(name="Someone", emails=["akovac@iom.int"]))
    assert [m.reason for m in matches] == ["same email akovac@iom.int"]
    assert [text_of(m.reason) for m in matches] == ["même adresse électronique akovac@iom.int"]
