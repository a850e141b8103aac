import pytest

from iomdesk.core.errors import InvalidValue
from iomdesk.core.phones import parse_phone

# raw, default region, E.164, valid today
CASES = [
    ("+ 263 4 33 50 44", None, "+2634335044", False),  # the seed's Harare number: possible, not valid today
    ("00263 4 335044", None, "+2634335044", False),
    ("+44 (0)20 7946 0321", None, "+442079460321", True),
    ("+251.912.502.695", None, "+251912502695", True),
    ("+202-27365140", None, "+20227365140", True),
    ("212.555.0142", "US", "+12125550142", True),
    ("1 212 326 \u2013 7516", "US", "+12123267516", True),  # en dash
    ("+ 265 1 772 030", None, "+2651772030", True),
    ("+221 33 869 62 00", None, "+221338696200", True),
    ("0772 123 456", "ZW", "+263772123456", True),
    ("+41 22 717 9111", None, "+41227179111", True),
    ("+593 2 393 4400", None, "+59323934400", True),
    ("Tel: +385 1 4816 774", None, "+38514816774", True),
    ("tel:+258843130120", None, "+258843130120", True),
    ("01 42 68 53 00", "FR", "+33142685300", True),
    ("+7 495 123-45-67", None, "+74951234567", True),
    ("+81 3-1234-5678", None, "+81312345678", True),
    ("+971 50 123 4567", None, "+971501234567", True),
]


@pytest.mark.parametrize(("raw", "region", "e164", "valid"), CASES)
def test_numbers_people_type_and_releases_print(raw, region, e164, valid):
    value = parse_phone(raw, region)
    assert value.e164 == e164
    assert value.valid is valid
    assert value.raw == raw.strip()


def test_the_seed_number_is_kept_flagged_not_changed():
    value = parse_phone("+ 263 4 33 50 44")
    assert (value.e164, value.valid, value.raw) == ("+2634335044", False, "+ 263 4 33 50 44")
    assert value.display == "+263 4335044"
    assert "not valid today" in value.status


def test_extension_is_kept():
    value = parse_phone("+41 22 717 9111 ext. 12")
    assert value.e164 == "+41227179111"
    assert value.extension == "12"
    assert "ext. 12" in value.display


def test_office_country_decides_numbers_without_country_code():
    assert parse_phone("212.555.0142", "US").e164 == "+12125550142"
    assert parse_phone("0772 123 456", "ZW").e164 == "+263772123456"


def test_number_without_country_code_and_no_region_is_an_error_that_says_so():
    with pytest.raises(InvalidValue, match="country code"):
        parse_phone("212.555.0142", None)


@pytest.mark.parametrize("raw", ["call me", "n/a", "", "   "])
def test_text_that_is_no_phone_number_is_an_error(raw):
    with pytest.raises(InvalidValue):
        parse_phone(raw, "US")


def test_too_short_is_an_error():
    with pytest.raises(InvalidValue, match="too short"):
        parse_phone("+263 12", None)


def test_kind_from_label_and_from_number_type():
    assert parse_phone("Mobile: +41 79 285 4410").kind == "mobile"
    assert parse_phone("Fax: +41 22 798 6150").kind == "fax"
    assert parse_phone("+41 79 285 4410").kind == "mobile"
    assert parse_phone("+41 22 717 9111").kind == "work"
    assert parse_phone("+41 22 717 9111", kind="other").kind == "other"


def test_unknown_kind_is_rejected():
    with pytest.raises(InvalidValue, match="kind"):
        parse_phone("+41 22 717 9111", kind="pager")
