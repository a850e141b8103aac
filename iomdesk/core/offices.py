"""Offices and their countries.

"IOM Zimbabwe", "OIM Sénégal", "OIM Ecuador", "IOM Geneva", "IOM New York" resolve to an ISO 3166
alpha-2 country through pycountry (English names, common and official names, and the French and
Spanish names pycountry ships) plus a small table of IOM duty-station cities.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import clean, fold

# Prefixes that name the organisation rather than the place.
_ORG_PREFIX = re.compile(
    r"^(?:iom|oim|un\s+migration|the\s+un\s+migration\s+agency|"
    r"international\s+organization\s+for\s+migration|organisation\s+internationale\s+pour\s+les\s+migrations|"
    r"organizaci[oó]n\s+internacional\s+para\s+las\s+migraciones)"
    r"(?:\s*(?:office|mission|bureau|oficina)\s*)?(?:\s+(?:in|en|au|aux|à|a|du|de|del|de\s+la))?[\s,:\-–]+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"\s*\b(?:country\s+office|office|mission|sub-?office|bureau|oficina)\b\s*$", re.I)

# IOM duty stations and cities press releases name as offices, folded -> ISO alpha-2.
CITIES: dict[str, str] = {
    "geneva": "CH",
    "geneve": "CH",
    "ginebra": "CH",
    "new york": "US",
    "washington": "US",
    "washington dc": "US",
    "washington, d.c.": "US",
    "brussels": "BE",
    "bruxelles": "BE",
    "bangkok": "TH",
    "dakar": "SN",
    "nairobi": "KE",
    "panama": "PA",
    "panama city": "PA",
    "ciudad de panama": "PA",
    "vienna": "AT",
    "cairo": "EG",
    "le caire": "EG",
    "pretoria": "ZA",
    "san jose": "CR",
    "buenos aires": "AR",
    "manila": "PH",
    "helsinki": "FI",
    "rome": "IT",
    "berlin": "DE",
    "london": "GB",
    "tokyo": "JP",
    "canberra": "AU",
    "ottawa": "CA",
    "addis ababa": "ET",
    "harare": "ZW",
    "lilongwe": "MW",
    "quito": "EC",
    "bogota": "CO",
    "lima": "PE",
    "mexico city": "MX",
    "ciudad de mexico": "MX",
    "amman": "JO",
    "beirut": "LB",
    "baghdad": "IQ",
    "erbil": "IQ",
    "kabul": "AF",
    "islamabad": "PK",
    "dhaka": "BD",
    "cox's bazar": "BD",
    "coxs bazar": "BD",
    "kathmandu": "NP",
    "jakarta": "ID",
    "yangon": "MM",
    "tripoli": "LY",
    "tunis": "TN",
    "rabat": "MA",
    "niamey": "NE",
    "bamako": "ML",
    "abuja": "NG",
    "maiduguri": "NG",
    "juba": "SS",
    "khartoum": "SD",
    "port sudan": "SD",
    "mogadishu": "SO",
    "kinshasa": "CD",
    "goma": "CD",
    "kampala": "UG",
    "kigali": "RW",
    "dar es salaam": "TZ",
    "maputo": "MZ",
    "pemba": "MZ",
    "lusaka": "ZM",
    "gaborone": "BW",
    "johannesburg": "ZA",
    "aden": "YE",
    "sanaa": "YE",
    "sana'a": "YE",
    "damascus": "SY",
    "gaziantep": "TR",
    "ankara": "TR",
    "kyiv": "UA",
    "kiev": "UA",
    "chisinau": "MD",
    "warsaw": "PL",
    "zagreb": "HR",
    "belgrade": "RS",
    "sarajevo": "BA",
    "skopje": "MK",
    "athens": "GR",
    "madrid": "ES",
    "lisbon": "PT",
    "paris": "FR",
    "port-au-prince": "HT",
    "port au prince": "HT",
    "santo domingo": "DO",
    "guatemala city": "GT",
    "san salvador": "SV",
    "tegucigalpa": "HN",
    "managua": "NI",
    "caracas": "VE",
    "la paz": "BO",
    "santiago": "CL",
    "montevideo": "UY",
    "asuncion": "PY",
    "brasilia": "BR",
    "sao paulo": "BR",
    "suva": "FJ",
    "port moresby": "PG",
}

# Names people use that pycountry does not list under any of its names.
ALIASES: dict[str, str] = {
    "uk": "GB",
    "u.k.": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "us": "US",
    "united states of america": "US",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "rdc": "CD",
    "republic of the congo": "CG",
    "congo-brazzaville": "CG",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "turkey": "TR",
    "turkiye": "TR",
    "russia": "RU",
    "syria": "SY",
    "iran": "IR",
    "laos": "LA",
    "vietnam": "VN",
    "viet nam": "VN",
    "south korea": "KR",
    "north korea": "KP",
    "moldova": "MD",
    "tanzania": "TZ",
    "bolivia": "BO",
    "venezuela": "VE",
    "palestine": "PS",
    "state of palestine": "PS",
    "czech republic": "CZ",
    "macedonia": "MK",
    "swaziland": "SZ",
    "burma": "MM",
    "cape verde": "CV",
    "east timor": "TL",
    "micronesia": "FM",
    "the gambia": "GM",
    "gambia": "GM",
    "kosovo": "XK",
    "bosnia": "BA",
    "the netherlands": "NL",
    "holland": "NL",
    "the philippines": "PH",
    "emiratos arabes unidos": "AE",
    "uae": "AE",
    "haiti": "HT",
    "libya": "LY",
}


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    """Folded country name (English, French, Spanish; common/official too) -> alpha-2."""
    import gettext

    import pycountry

    table: dict[str, str] = {}
    translations = []
    for lang in ("fr", "es"):
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:  # pragma: no cover - locales missing from a trimmed install
            pass
    for country in pycountry.countries:
        names = {country.name}
        for attr in ("common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
        for t in translations:
            names.update(t.gettext(n) for n in list(names))
        for name in names:
            key = fold(name)
            table.setdefault(key, country.alpha_2)
            # "Congo, The Democratic Republic of the" -> also "democratic republic of the congo"
            if ", " in key:
                head, tail = key.split(", ", 1)
                table.setdefault(f"{tail} {head}".strip(), country.alpha_2)
            # "Bolivia, Plurinational State of" -> "bolivia"
            if ", " in key or " (" in key:
                table.setdefault(re.split(r",| \(", key)[0].strip(), country.alpha_2)
    for key, code in ALIASES.items():
        table.setdefault(fold(key), code)
    return table


def place_of_office(office: str) -> str:
    """The place part of an office name: "IOM Zimbabwe" -> "Zimbabwe"."""
    text = clean(office)
    text = _ORG_PREFIX.sub("", text, count=1)
    text = _TRAILING.sub("", text)
    return text.strip(" ,-–")


def country_for_place(place: str, allow_code: bool = False) -> str | None:
    """Country of a place name; ``allow_code`` also accepts ISO codes ("ZW")."""
    key = fold(place).strip(" .,")
    if not key:
        return None
    key = re.sub(r"^(?:the|le|la|les|l'|el|los|las)\s+", "", key)
    table = _country_table()
    if key in table:
        return table[key]
    if key in CITIES:
        return CITIES[key]
    if allow_code and len(key) == 2 and key.isalpha():
        import pycountry

        found = pycountry.countries.get(alpha_2=key.upper())
        return found.alpha_2 if found else None
    return None


def country_for_office(office: str | None) -> str | None:
    """ISO 3166 alpha-2 country of an office name, or None when it cannot be told."""
    if not office:
        return None
    place = place_of_office(office)
    found = country_for_place(place)
    if found:
        return found
    # "IOM Sub-Office Cox's Bazar, Bangladesh": try the last comma part, then each word run.
    parts = [p for p in re.split(r"[,/()–-]", place) if p.strip()]
    for part in reversed(parts):
        found = country_for_place(part)
        if found:
            return found
    return None


def normalize_country(raw: str | None) -> str | None:
    """Accept "ZW", "zw", "Zimbabwe", "Sénégal"; return alpha-2 or None for empty input.

    Raises InvalidValue for text that is no country.
    """
    from .errors import QT_TRANSLATE_NOOP, InvalidValue

    text = clean(raw)
    if not text:
        return None
    found = country_for_place(text, allow_code=True)
    if found is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "is not a country name or ISO 3166 code"), raw)
    return found


def country_name(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return "Kosovo" if code.upper() == "XK" else code.upper()
    return getattr(found, "common_name", None) or found.name


# Country adjectives in French and Spanish (countryinfo lists English demonyms only), for the
# organisations press releases name: "Croix-Rouge française", "Cruz Roja Española".
_ADJECTIVES_FR_ES: dict[str, str] = {
    "francaise": "FR", "francais": "FR", "espanola": "ES", "espanol": "ES", "espagnole": "ES",
    "britannique": "GB", "britanica": "GB", "britanico": "GB", "americaine": "US", "americain": "US",
    "estadounidense": "US", "allemande": "DE", "alemana": "DE", "aleman": "DE", "italienne": "IT",
    "italiana": "IT", "suisse": "CH", "suiza": "CH", "belge": "BE", "belga": "BE", "canadienne": "CA",
    "canadiense": "CA", "senegalaise": "SN", "marocaine": "MA", "mexicana": "MX", "colombiana": "CO",
    "argentina": "AR", "chilena": "CL", "peruana": "PE", "ecuatoriana": "EC", "venezolana": "VE",
    "guatemalteca": "GT", "hondurena": "HN", "salvadorena": "SV", "dominicana": "DO", "haitienne": "HT",
    "ivoirienne": "CI", "malienne": "ML", "nigerienne": "NE", "congolaise": "CD", "camerounaise": "CM",
    "tunisienne": "TN", "libanaise": "LB",
}  # fmt: skip
# English demonyms shared by several countries in countryinfo: the country people mean.
_DEMONYM_CHOICE = {"american": "US", "french": "FR", "chinese": "CN", "indian": "IN", "norwegian": "NO",
                   "dominican": "DO", "congolese": "CD", "burmese": "MM"}  # fmt: skip


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Folded country adjective ("kenyan", "british", "francaise") -> alpha-2.

    English demonyms come from the countryinfo package (one per country); a few French and Spanish
    adjectives are listed above."""
    table: dict[str, str] = {}
    try:
        from countryinfo import CountryInfo

        countries = list(CountryInfo.all().values())
    except (ImportError, OSError):  # pragma: no cover - a trimmed install: country names still work
        countries = []
    for info in countries:
        code = (info.get("ISO") or {}).get("alpha2")
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            key = fold(demonym).strip()
            if code and key and len(key) > 2:
                table.setdefault(key, code)
    table.update(_DEMONYM_CHOICE)
    table.update(_ADJECTIVES_FR_ES)
    return table


_ORG_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|[^\W\d_]+")


def country_for_organisation(name: str | None) -> str | None:
    """Country an organisation's name tells: an IOM office ("IOM Kenya"), else a country named in it
    ("UNICEF Spain", "Save the Children UK", "U.S. Fund for UNICEF"), else a country adjective
    ("French Red Cross", "Cruz Roja Española", "Danish Refugee Council"). A country name wins over
    an adjective; None when the name tells none."""
    if not name:
        return None
    found = country_for_office(name)
    if found:
        return found
    words = _ORG_WORD.findall(clean(name))
    if not words:
        return None
    # Country names and short forms ("UK", "U.S."): the longest run of words first.
    for size in range(min(5, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i : i + size])
            if size == 1 and (len(run.strip(".")) < 2 or (run.islower() and len(run) < 4)):
                continue  # "of", "us" in a sentence; "US", "UK", "U.S." are upper case
            code = country_for_place(run)
            if code is None and size == 1 and run.isupper():
                code = country_for_place(run.replace(".", ""))  # "U.S." (the lookup strips the last dot)
            if code:
                return code
    demonyms = _demonyms()
    for word in words:
        code = demonyms.get(fold(word).strip("."))
        if code:
            return code
    return None


def country_adjective(word: str) -> str | None:
    """The country a country adjective names ("kenyan", "British", "française" -> "FR"), or None."""
    return _demonyms().get(fold(word).strip(".")) if word else None
