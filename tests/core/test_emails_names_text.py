import pytest

from iomdesk.core.emails import email_key, normalize_email
from iomdesk.core.errors import InvalidValue
from iomdesk.core.names import normalize_name
from iomdesk.core.text import fold


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("kmareyanadzo@iom.int", "kmareyanadzo@iom.int"),
        ("  ADiop@IOM.INT ", "ADiop@iom.int"),  # local part kept as printed, domain lowered
        ("mailto:imachava@iom.int", "imachava@iom.int"),
        ("<slindqvist@iom.int>", "slindqvist@iom.int"),
        ("jose.nunez@example.org", "jose.nunez@example.org"),
        ("用户@例子.广告", "用户@例子.广告"),
    ],
)
def test_valid_emails_are_normalized(raw, normalized):
    assert normalize_email(raw) == normalized


@pytest.mark.parametrize("raw", ["bad@", "no-at-sign", "a@b", "two@@iom.int", "spaces in@iom.int", ""])
def test_invalid_email_names_the_address_and_reason(raw):
    with pytest.raises(InvalidValue) as info:
        normalize_email(raw)
    assert info.value.message


def test_duplicate_emails_compare_case_insensitively():
    assert email_key("ADiop@iom.int") == email_key("adiop@IOM.int")


def test_normalize_email_never_does_dns(monkeypatch):
    import socket

    def boom(*a, **k):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", boom)
    assert normalize_email("someone@no-such-domain-iomdesk-test.org") == "someone@no-such-domain-iomdesk-test.org"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("  Knowledge   Mareyanadzo ", "Knowledge Mareyanadzo"),
        ("Jose\u0301 Nu\u0301n\u0303ez", "José Núñez"),  # decomposed input -> NFC
        ("Мария Иванова", "Мария Иванова"),
        ("محمد الأمين", "محمد الأمين"),
        ("王小明", "王小明"),
        ("Marie-Claire\tN'Diaye", "Marie-Claire N'Diaye"),
    ],
)
def test_names_are_trimmed_collapsed_and_nfc(raw, name):
    assert normalize_name(raw) == name


@pytest.mark.parametrize("raw", ["", "   ", "---"])
def test_empty_name_is_an_error(raw):
    with pytest.raises(InvalidValue):
        normalize_name(raw)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("José Núñez", "jose nunez"),
        ("Lefèvre", "lefevre"),
        ("Sørensen", "sorensen"),
        ("Æsa Straße", "aesa strasse"),
        ("Łukasz", "lukasz"),
        ("МАРИЯ", "мария"),
    ],
)
def test_fold_is_case_and_accent_insensitive_in_every_script(text, folded):
    assert fold(text) == folded


def test_overlong_fields_and_tags_with_separators_are_errors():
    from iomdesk.core.contact import ContactInput, validate_contact
    from iomdesk.core.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        validate_contact(ContactInput(name="A" * 10, role="r" * 301, office="o" * 201, tags=["a; b", "c ::: d", "x,y"]))
    assert [e.field for e in info.value.errors] == ["office", "role", "tags[0]", "tags[1]", "tags[2]"]
    with pytest.raises(InvalidValue):
        normalize_name("\ufdfa" * 20)  # 20 characters that fold into more than 300
