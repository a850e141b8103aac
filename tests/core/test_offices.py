import pytest

from iomdesk.core.errors import InvalidValue
from iomdesk.core.offices import country_for_office, country_name, normalize_country


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("IOM Zimbabwe", "ZW"),
        ("OIM Sénégal", "SN"),
        ("OIM Senegal", "SN"),
        ("OIM Ecuador", "EC"),
        ("IOM Geneva", "CH"),
        ("IOM New York", "US"),
        ("IOM Washington", "US"),
        ("IOM United Kingdom", "GB"),
        ("OIM Dakar", "SN"),
        ("IOM Croatia", "HR"),
        ("IOM Mozambique", "MZ"),
        ("OIM Côte d'Ivoire", "CI"),
        ("IOM Democratic Republic of the Congo", "CD"),
        ("IOM DRC", "CD"),
        ("IOM Türkiye", "TR"),
        ("IOM Bolivia", "BO"),
        ("OIM México", "MX"),
        ("OIM Allemagne", "DE"),
        ("OIM Alemania", "DE"),
        ("IOM Viet Nam", "VN"),
        ("IOM Sub-Office Cox's Bazar, Bangladesh", "BD"),
        ("International Organization for Migration - Nairobi", "KE"),
    ],
)
def test_offices_resolve_to_their_country(office, country):
    assert country_for_office(office) == country


@pytest.mark.parametrize("office", ["Acme Media Ltd", "IOM", "", "Regional Office"])
def test_an_office_whose_country_cannot_be_told_has_none(office):
    assert country_for_office(office) is None


def test_country_codes_and_names_normalize():
    assert normalize_country("zw") == "ZW"
    assert normalize_country("Zimbabwe") == "ZW"
    assert normalize_country("Sénégal") == "SN"
    assert normalize_country("") is None
    with pytest.raises(InvalidValue):
        normalize_country("Atlantis")


def test_country_names_for_display():
    assert country_name("ZW") == "Zimbabwe"
    assert country_name("BO") == "Bolivia"
    assert country_name(None) == ""
