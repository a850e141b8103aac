"""Languages a contact works in: ISO 639-1 codes ("fr"), read from codes or names in English, French
or Spanish ("FR", "French", "français", "Spanish", "espagnol"), and shown as "French (fr)".

Pure functions over pycountry's ISO 639 data and its French and Spanish translations (no I/O beyond
reading those once).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .text import clean, fold

# Names people use that the standard spells otherwise (or in a longer form).
_ALIASES = {
    "greek": "el", "grec": "el", "griego": "el",
    "haitian creole": "ht", "creole": "ht", "kreyol": "ht", "creole haitien": "ht", "criollo haitiano": "ht",
    "pashto": "ps", "pachto": "ps", "pastun": "ps", "pastu": "ps",
    "farsi": "fa", "persan": "fa", "persa": "fa",
    "kyrgyz": "ky", "kirghize": "ky", "kirguis": "ky",
    "mandarin": "zh", "mandarin chinese": "zh", "mandarin chinois": "zh", "mandarin chino": "zh",
    "kiswahili": "sw", "castilian": "es", "castellano": "es", "espanol": "es", "francais": "fr",
    "english": "en", "ingles": "en", "anglais": "en", "arabe": "ar", "portugais": "pt", "portugues": "pt",
    "deutsch": "de", "italiano": "it", "russe": "ru", "ruso": "ru", "tigrigna": "ti", "tigrinya": "ti",
    "amharique": "am", "amharico": "am", "burmese": "my", "birman": "my", "birmano": "my",
    "bangla": "bn", "bengali": "bn", "sinhalese": "si", "cingalais": "si", "cingales": "si",
    "ukrainien": "uk", "ucraniano": "uk", "turc": "tr", "turco": "tr", "somali": "so",
    "hausa": "ha", "haoussa": "ha", "wolof": "wo", "lingala": "ln", "kinyarwanda": "rw",
}
# How a few languages are shown (pycountry's names are longer or dated).
_SHOWN = {"el": "Greek", "ht": "Haitian Creole", "sw": "Swahili", "ps": "Pashto", "ky": "Kyrgyz",
          "ne": "Nepali", "ms": "Malay", "fa": "Persian", "om": "Oromo", "qu": "Quechua"}
_PAREN = re.compile(r"\s*\([^)]*\)")
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")  # "fr", "fr-CA", "en_US", "fra"


def _plain(name: str) -> str:
    """ "Swahili (macrolanguage)" -> "Swahili"; "Greek, Modern (1453-)" -> "Greek, Modern"."""
    return _PAREN.sub("", name).strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(folded name -> code, code -> shown name, ISO 639-2/3 code -> ISO 639-1 code)."""
    import gettext

    import pycountry

    by_name: dict[str, str] = {}
    shown: dict[str, str] = {}
    three: dict[str, str] = {}
    translations = []
    for locale in ("fr", "es"):
        try:
            translations.append(gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[locale]))
        except OSError:  # pragma: no cover - pycountry ships both
            pass
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None)
        if not code:
            continue
        code = code.lower()
        shown[code] = _SHOWN.get(code, _plain(lang.name))
        for attr in ("alpha_3", "bibliographic"):
            value = getattr(lang, attr, None)
            if value:
                three[value.lower()] = code
        names = [lang.name, getattr(lang, "common_name", None), getattr(lang, "inverted_name", None)]
        names += [t.gettext(lang.name) for t in translations]
        for name in names:
            if not name:
                continue
            for variant in (name, _plain(name)):
                by_name.setdefault(fold(variant), code)
    for alias, code in _ALIASES.items():
        by_name.setdefault(fold(alias), code)
    return by_name, shown, three


def language_name(code: str | None) -> str:
    """ "fr" -> "French"; an unknown code comes back as it is."""
    if not code:
        return ""
    return _tables()[1].get(code.lower(), code)


def language_label(code: str) -> str:
    """ "fr" -> "French (fr)", as lists and the editor show a language."""
    name = language_name(code)
    return f"{name} ({code})" if name != code else code


def all_languages() -> list[tuple[str, str]]:
    """(shown name, code) of every ISO 639-1 language, by name."""
    return sorted(((name, code) for code, name in _tables()[1].items()), key=lambda x: fold(x[0]))


def find_language(raw: str | None) -> str | None:
    """The ISO 639-1 code ``raw`` names, or None. Accepts codes in any case ("FR"), language tags
    ("fr-CA", "en_US"), ISO 639-2/3 codes ("fra", "spa") and names in English, French or Spanish
    ("French", "français", "Spanish", "espagnol"), also as shown ("French (fr)")."""
    text = clean(raw or "")
    if not text:
        return None
    by_name, shown, three = _tables()
    m = re.fullmatch(r"(.*?)\s*\(([A-Za-z]{2})\)", text)  # "French (fr)", what the editor shows
    if m and m.group(2).lower() in shown:
        return m.group(2).lower()
    key = fold(text)
    if key in by_name:
        return by_name[key]
    tag = _TAG.match(text)
    if tag:
        primary = tag.group(1).lower()
        if primary in shown:
            return primary
        if primary in three:
            return three[primary]
    return None


def normalize_language(raw: str) -> str:
    """The ISO 639-1 code of ``raw`` (see :func:`find_language`); InvalidValue when it names none."""
    code = find_language(raw)
    if code is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "is not a language (use a 2-letter ISO 639-1 code such as fr)"),
                           clean(raw)[:60])
    return code
