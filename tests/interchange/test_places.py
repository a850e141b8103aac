"""The table of capitals and large cities behind dateline countries: a data file shipped with the package."""

from __future__ import annotations

from importlib.resources import files

from iomdesk.interchange.places import DATA_FILE, city_country
from iomdesk.interchange.press import country_for_dateline


def test_cities_read_from_the_shipped_table_give_a_dateline_its_country():
    assert city_country("mombasa") == "KE"
    assert city_country("'ajlun") == "JO"  # the first and last rows of the file are read too
    assert city_country("zyuzino") == "RU"
    assert city_country("valencia") is None  # a city in several countries tells no country
    assert country_for_dateline("Mombasa, Coast") == "KE"


def test_the_table_names_its_source_and_licence_on_its_first_line():
    first = files("iomdesk.interchange").joinpath(DATA_FILE).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#") and "GeoNames" in first and "CC BY 4.0" in first
