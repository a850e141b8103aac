"""The normalized text each contact is found by, and the full-text index over it.

Every write to a contact (service calls, imports, undo) sets these fields through
:func:`refresh_search_text` (or :func:`search_fields` for bulk inserts). On SQLite an FTS5 index with
external content (``contacts_fts``) is kept in step with them by triggers, so no write path can
forget the index.

Field text is folded (case and accents removed, ø/æ/ß/ł mapped), CJK characters are spaced so a
given name inside a CJK full name is a word of its own, and every phone contributes every suffix of
its digits (E.164 and national forms) so that a digit substring is a prefix of some indexed word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..core.offices import country_name
from ..core.text import digits, fold
from .models import Contact

# Bump when the folding or the fields change: contacts are then re-indexed at start.
INDEX_VERSION = 2
FIELDS = ("name", "role", "office", "country", "email", "tags", "articles", "digits")
COLUMNS = tuple(f"fts_{f}" for f in FIELDS)


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # Hiragana, Katakana
        or 0x3400 <= code <= 0x4DBF  # CJK Extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK Unified Ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
    )


# Every ASCII character that is not a letter or digit becomes a space (index_text's rule, for ASCII).
_ASCII_SEPARATORS = {i: " " for i in range(128) if not chr(i).isalnum()}


def index_text(text: str | None) -> str:
    """Folded text split into the words the index and the query agree on."""
    folded = fold(text)
    if not folded:
        return ""
    if folded.isascii():  # the common case: no CJK, no combining marks; same result, faster
        return " ".join(folded.translate(_ASCII_SEPARATORS).split())
    out = []
    for ch in folded:
        if _is_cjk(ch):
            out.append(f" {ch} ")
        elif ch.isalnum() or unicodedata.category(ch).startswith("M"):
            out.append(ch)
        else:
            out.append(" ")
    return " ".join("".join(out).split())


@lru_cache(maxsize=8192)
def _index_text_cached(text: str) -> str:
    """index_text for values that repeat across contacts (roles, offices, tag lists)."""
    return index_text(text)


def words(text: str | None) -> list[str]:
    return index_text(text).split()


@lru_cache(maxsize=8192)
def national_digits(e164: str | None) -> str:
    """ "+2634335044" -> "04335044": the digits of the national form, for searching "0772 ..."."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


@lru_cache(maxsize=512)
def _country_words(code: str | None) -> str:
    if not code:
        return ""
    return index_text(f"{country_name(code)} {code}")


def _e164_digits(e164: str) -> str:
    """digits(e164), for the usual "+" followed by ASCII digits without the character loop."""
    rest = e164[1:]
    if e164[:1] == "+" and rest.isascii() and rest.isdigit():
        return rest
    return digits(e164)


def search_fields(
    name: str,
    role: str = "",
    office: str = "",
    country: str | None = None,
    emails: Sequence[str] = (),
    tags: Sequence[str] = (),
    phones: Iterable = (),
    articles: Sequence[str] = (),
) -> dict[str, str]:
    """Column values (``search_text`` and ``fts_*``) for a contact given as plain values.

    ``country`` is the effective country (office's, else own); ``phones`` have ``e164`` and ``raw``
    (and may have ``national``, the digits :func:`national_digits` gives for their ``e164``, as
    :class:`~iomdesk.core.phones.PhoneValue` has, which saves parsing the number again).
    """
    numbers: list[str] = []
    for p in phones:
        e164 = p.e164
        first = (_e164_digits(e164) if e164 else "") or digits(p.raw)
        if first and first not in numbers:
            numbers.append(first)
        national = (getattr(p, "national", "") or national_digits(e164)) if e164 else ""
        if national and national not in numbers:
            numbers.append(national)
    if len(numbers) == 1:
        n = numbers[0]
        suffixes = [n[i:] for i in range(len(n))]
    else:
        seen: set[str] = set()
        suffixes = []
        for n in numbers:
            for i in range(len(n)):
                s = n[i:]
                if s not in seen:
                    seen.add(s)
                    suffixes.append(s)
    fields = {
        "fts_name": index_text(name),
        "fts_role": _index_text_cached(role) if role else "",
        "fts_office": _index_text_cached(office) if office else "",
        "fts_country": _country_words(country),
        "fts_email": index_text(" ".join(emails)) if emails else "",
        "fts_tags": _index_text_cached(" ".join(tags)) if tags else "",
        "fts_articles": index_text(" ".join(articles)) if articles else "",
        "fts_digits": " ".join(suffixes),
    }
    text = " ".join(v for k, v in fields.items() if k != "fts_digits" and v)
    fields["search_text"] = f"{text} {' '.join(numbers)}".strip()
    return fields


def contact_search_fields(contact: Contact) -> dict[str, str]:
    return search_fields(
        contact.name,
        contact.role or "",
        contact.office.name if contact.office else "",
        contact.effective_country,
        [e.address for e in contact.emails],
        [t.name for t in contact.tags],
        contact.phones,
        [a.title for a in contact.articles],
    )


def contact_search_text(contact: Contact) -> str:
    return contact_search_fields(contact)["search_text"]


def refresh_search_text(contact: Contact) -> None:
    """Recompute every search field of ``contact`` (call after any change to it or its relations)."""
    for key, value in contact_search_fields(contact).items():
        setattr(contact, key, value)
