"""The import's one-pass formatting of a parsed number gives what phonenumbers' format_number gives.

``phones._formats`` computes the international display form and the national digits (for the
search index) with one metadata look-up and, where a country has no separate international
formats, one choice of the formatting pattern. These tests hold it against the public calls on
the example number of every type of every region and non-geographic entity, with and without an
extension, and against numbers typed the ways people type them.
"""

from __future__ import annotations

import phonenumbers
import pytest

from iomdesk.core import phones
from iomdesk.core.phones import _formats, _national_digits, parse_phone


def reference(number) -> tuple[str, str]:
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return display, _national_digits(number, e164)


def ours(number) -> tuple[str, str]:
    nsn = phonenumbers.national_significant_number(number)
    return _formats(number, nsn, f"+{number.country_code}{nsn}")


def example_numbers():
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(12):
            n = phonenumbers.example_number_for_type(region, kind)
            if n is not None:
                yield n
    for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        n = phonenumbers.example_number_for_non_geo_entity(cc)
        if n is not None:
            yield n


def test_every_example_number_of_every_region_formats_as_format_number():
    seen = 0
    for n in example_numbers():
        assert ours(n) == reference(n), phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        with_ext = phonenumbers.PhoneNumber()
        with_ext.merge_from(n)
        with_ext.extension = "123"
        assert ours(with_ext) == reference(with_ext)
        seen += 1
    assert seen > 1300


@pytest.mark.parametrize(
    "text, region",
    [
        ("0772 123 456", "ZW"), ("+263 71 234 5678", None), ("77 123 45 67", "SN"), ("0712 345678", "KE"),
        ("099 123 4567", "EC"), ("01712 345678", "BD"), ("079 123 45 67", "CH"), ("96 12 34 56", "NE"),
        ("0917 123 4567", "PH"), ("+63 2 8123 4567", None), ("+971 0 1234567", None), ("+44 (0)20 7946 0958", None),
        ("+39 06 6988 4343", None), ("+1 212 880 9146 ext. 12", None), ("+7 495 123 45 67", None),
        ("+54 9 11 2345 6789", None), ("+52 1 55 1234 5678", None), ("+800 1234 5678", None), ("+882 34 1234", None),
        ("+225 07 12 34 56 78", None), ("+49 30 901820", None), ("+61 4 1234 5678", None),
    ],
)
def test_numbers_as_typed_format_as_format_number(text, region):
    number = phonenumbers.parse(text, region)
    assert ours(number) == reference(number)


def test_without_the_library_helpers_the_public_calls_are_used(monkeypatch):
    monkeypatch.setattr(phones, "_helpers", lambda: None)
    phones._parse_cached.cache_clear()
    try:
        value = parse_phone("0772 123 456", "ZW")
    finally:
        phones._parse_cached.cache_clear()
    assert (value.display, value.national) == reference(phonenumbers.parse("0772 123 456", "ZW"))
