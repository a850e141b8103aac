"""The normalized text a contact is found by: pure functions over plain values (no I/O).

:mod:`iomdesk.store.search` sets these as a contact's search columns (and re-exports them); an
import's worker processes compute the parts that depend on the contact's own values only
(:func:`own_parts`: name, emails, phones) so the writing process does not.

Field text is folded (case and accents removed, ø/æ/ß/ł mapped), CJK characters are spaced so a
given name inside a CJK full name is a word of its own, and every phone contributes every suffix of
its digits (E.164 and national forms) so that a digit substring is a prefix of some indexed word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .offices import country_name
from .text import digits, fold


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


def own_parts(name: str, emails: Sequence[str] = (), phones: Iterable = ()) -> tuple[str, str, str, str]:
    """(fts_name, fts_email, fts_digits, the numbers for search_text): the fields that follow from
    the contact's own values alone (no office, country or tag spelling of the directory)."""
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
    return (
        index_text(name),
        index_text(" ".join(emails)) if emails else "",
        " ".join(suffixes),
        " ".join(numbers),
    )


def search_fields(
    name: str,
    role: str = "",
    office: str = "",
    country: str | None = None,
    emails: Sequence[str] = (),
    tags: Sequence[str] = (),
    phones: Iterable = (),
    articles: Sequence[str] = (),
    *,
    own: tuple[str, str, str, str] | None = None,
) -> dict[str, str]:
    """Column values (``search_text`` and ``fts_*``) for a contact given as plain values.

    ``country`` is the effective country (office's, else own); ``phones`` have ``e164`` and ``raw``
    (and may have ``national``, the digits :func:`national_digits` gives for their ``e164``, as
    :class:`~iomdesk.core.phones.PhoneValue` has, which saves parsing the number again).
    ``own``: :func:`own_parts` of ``name``, ``emails`` and ``phones`` when already computed.
    """
    fts_name, fts_email, fts_digits, numbers = own if own is not None else own_parts(name, emails, phones)
    fields = {
        "fts_name": fts_name,
        "fts_role": _index_text_cached(role) if role else "",
        "fts_office": _index_text_cached(office) if office else "",
        "fts_country": _country_words(country),
        "fts_email": fts_email,
        "fts_tags": _index_text_cached(" ".join(tags)) if tags else "",
        "fts_articles": index_text(" ".join(articles)) if articles else "",
    }
    text = " ".join(v for v in fields.values() if v)
    fields["fts_digits"] = fts_digits
    fields["search_text"] = f"{text} {numbers}".strip()
    return fields
