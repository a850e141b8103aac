"""The countries a release, a contact block and a contact tell, for reading numbers without +CC.

Enters: a dateline place, a site's URL, a contact's e-mail addresses, the numbers printed with +CC in a
block or with a contact, an E.164 number. Leaves: ISO 3166 alpha-2 codes, or None when nothing (or
more than one country) is told. The order they are tried in is in ``contacts._finish``: organisation,
place, the contact's own +CC numbers, dateline, e-mail domain, site, the block's +CC numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...core.offices import country_for_office, country_for_place
from ...core.phones import region_of
from ...core.text import fold
from .phones import _PHONE, _as_phonenumbers_reads

__all__ = ["country_for_dateline", "country_of_url"]


def country_for_dateline(place: str) -> str | None:
    """Country of a dateline place: a country, an IOM duty station, else a capital or large city."""
    from ..places import city_country

    found = country_for_place(place) or country_for_office(place)
    if found:
        return found
    key = fold(place).strip(" .,")
    found = city_country(key)
    if found is None and "," in key:  # "Cox's Bazar, Bangladesh" is found above; "Mombasa, Coast"
        found = city_country(key.split(",")[0].strip())
    return found


# Country-code top-level domains used by sites of any country ("example.io"): they tell no country.
_VANITY_TLDS = {"io", "co", "me", "tv", "ai", "fm", "cc", "ws", "to", "nu", "gg", "am", "ly", "eu", "su"}


def country_of_url(url: str | None) -> str | None:
    """Country of a site's domain: "https://www.redcross.or.ke/..." -> "KE"; None for .org, .int ..."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    tld = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_TLDS:
        return None
    if tld == "uk":
        return "GB"
    return country_for_place(tld, allow_code=True)


# Mail services people anywhere use: their domain tells no country ("yahoo.fr" in Dakar).
_WEBMAIL = re.compile(
    r"(?:^|\.)(?:yahoo|ymail|hotmail|outlook|live|msn|gmail|googlemail|aol|icloud|gmx|web|yandex|mail|"
    r"proton|protonmail|orange|wanadoo|free|laposte|sfr|libero|virgilio|tiscali|terra|uol|bol|zoho)\.",
    re.I,
)


def _mail_region(addresses: Sequence[str]) -> str | None:
    """The one country of the contact's e-mail domains (".gov.uk", ".co.zw", ".fr"), if they agree."""
    found = set()
    for address in addresses:
        domain = address.rsplit("@", 1)[-1]
        if "@" in address and not _WEBMAIL.search(domain):
            code = country_of_url("http://" + domain)
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def _country_of_number(e164: str) -> str | None:
    import phonenumbers

    found = region_of(e164)
    if found and found != "ZZ":
        return found
    try:
        code = phonenumbers.parse(e164, None).country_code or 0  # set by parse; 0 names no region, as None
    except phonenumbers.NumberParseException:
        return None
    regions = phonenumbers.region_codes_for_country_code(code)
    return regions[0] if len(regions) == 1 else None


def _printed_regions(raws: Iterable[str]) -> set[str]:
    """Countries of the numbers printed with +CC (or 00CC) among ``raws``."""
    import phonenumbers

    regions: set[str] = set()
    for raw in raws:
        text = _as_phonenumbers_reads(raw).strip()
        if text.startswith("00"):
            text = "+" + text[2:]
        if not text.startswith("+"):
            continue
        try:
            code = phonenumbers.region_code_for_number(phonenumbers.parse(text, None))
        except phonenumbers.NumberParseException:
            continue
        if code and code != "ZZ":
            regions.add(code)
    return regions


def _block_region(block: str) -> str | None:
    """The one country of the +CC numbers printed in a block (None when none, or several)."""
    regions = _printed_regions(m.group() for m in _PHONE.finditer(block))
    return regions.pop() if len(regions) == 1 else None
