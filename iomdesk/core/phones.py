"""Phone numbers: parsed with phonenumbers, never thrown away.

Every number keeps the text as it was typed. When it parses it also gets its E.164 form, an
international display form, and whether it is valid under today's numbering plan. A number that is
*possible* but not valid today (printed years ago, before a plan changed) is kept and flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .text import clean, digits

KINDS = (QT_TRANSLATE_NOOP("core", "work"), QT_TRANSLATE_NOOP("core", "mobile"), QT_TRANSLATE_NOOP("core", "fax"),
         QT_TRANSLATE_NOOP("core", "other"))
NOT_A_PHONE = QT_TRANSLATE_NOOP("core", "is not a phone number")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("core", "unknown phone kind {kind} (use {kinds})")

_ASCII_DIGIT = re.compile(r"[0-9]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_LABEL = re.compile(
    r"^\s*(?:tel(?:ephone|éfono|efono)?|t[ée]l|phone|ph|mob(?:ile)?|cell(?:ular)?|fax|"
    r"t[ée]l[ée]phone|m[óo]vil|celular|whatsapp)\s*\.?\s*[:.]?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PhoneValue:
    raw: str
    e164: str | None
    display: str
    kind: str
    valid: bool
    extension: str | None = None
    # Digits of the national form ("0772123456"), for the search index; "" when unknown. Not part
    # of the value's identity: it follows from e164.
    national: str = field(default="", compare=False, repr=False)

    @property
    def status(self) -> str:
        """Human words for the preview: how this number will be stored."""
        if self.e164 is None:
            return QT_TRANSLATE_NOOP("core", "kept as entered")
        if self.valid:
            return QT_TRANSLATE_NOOP("core", "valid")
        return QT_TRANSLATE_NOOP("core", "not valid today, kept as entered")


def _label_kind(label: str) -> str | None:
    label = label.lower()
    if label.startswith("fax"):
        return "fax"
    if label.startswith(("mob", "cell", "móvil", "movil", "celular", "whatsapp")):
        return "mobile"
    return None


def _prepare(raw: str) -> tuple[str, str | None]:
    text = clean(raw)
    if not text.isascii():  # every dash it replaces is outside ASCII
        text = _DASHES.sub("-", text)
    if text.lower().startswith("tel:"):
        text = text[4:]
    # The label pattern is anchored at the start and every label begins with a letter.
    label = _LABEL.match(text) if text.lstrip()[:1].isalpha() else None
    label_kind = None
    if label:
        label_kind = _label_kind(label.group(0))
        text = text[label.end():]
    # "+ 44 (0)20 ..." is handled by phonenumbers; "00 263 ..." is the international prefix
    # used almost everywhere: make it explicit so no default region is needed.
    compact = text.lstrip()
    if compact.startswith("00") and not compact.startswith("000"):
        text = "+" + compact[2:]
    return text, label_kind


def parse_phone(raw: str, default_region: str | None = None, kind: str | None = None) -> PhoneValue:
    """Parse what a person typed or a press release printed.

    ``default_region`` (ISO 3166 alpha-2) is used for numbers written without a country code.
    Raises InvalidValue with a message a user can act on.

    Results are cached per (text, region, kind): files repeat office switchboards, and a
    :class:`PhoneValue` is immutable.
    """
    result = _parse_cached(raw, default_region, kind)
    if isinstance(result, tuple):  # a PhoneValue is a dataclass, never a tuple
        template, value, params = result
        raise InvalidValue(template, value, **dict(params))
    return result


@lru_cache(maxsize=16384)
def _parse_cached(
    raw: str, default_region: str | None, kind: str | None
) -> PhoneValue | tuple[str, str | None, tuple[tuple[str, object], ...]]:
    """parse_phone's value, or (message, value) of the InvalidValue it raises (cached either way;
    a fresh exception is raised for every call so no traceback is kept alive by the cache)."""
    try:
        return _parse(raw, default_region, kind)
    except InvalidValue as exc:
        return (exc.template, exc.value, tuple(exc.params.items()))


def _parse(raw: str, default_region: str | None, kind: str | None) -> PhoneValue:
    import phonenumbers  # heavy metadata, kept lazy

    text, label_kind = _prepare(raw or "")
    kind = kind or label_kind
    if not text:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "a phone number is empty"), raw)
    if kind is not None and kind not in KINDS:
        raise InvalidValue(UNKNOWN_KIND, raw, kind=repr(kind), kinds=", ".join(KINDS))
    if not (_ASCII_DIGIT.search(text) if text.isascii() else any(ch.isdigit() for ch in text)):
        raise InvalidValue(NOT_A_PHONE, raw)
    has_plus = text.lstrip().startswith("+")
    region = (default_region or "").upper() or None
    if not has_plus and region is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "has no country code (+CC) and the contact has no country to "
                                             "take it from; write it as +CC ... or set the office's country"), raw)
    try:
        number = phonenumbers.parse(text, None if has_plus else region)
    except phonenumbers.NumberParseException as exc:
        reason = {
            phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP("core", "has an unknown country code"),
            phonenumbers.NumberParseException.NOT_A_NUMBER: NOT_A_PHONE,
            phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: QT_TRANSLATE_NOOP("core", "is too short"),
            phonenumbers.NumberParseException.TOO_SHORT_NSN: QT_TRANSLATE_NOOP("core", "is too short"),
            phonenumbers.NumberParseException.TOO_LONG: QT_TRANSLATE_NOOP("core", "is too long"),
        }.get(exc.error_type, NOT_A_PHONE)
        raise InvalidValue(reason, raw) from None
    if not phonenumbers.is_possible_number(number):
        result = phonenumbers.is_possible_number_with_reason(number)
        why = {
            phonenumbers.ValidationResult.TOO_SHORT: QT_TRANSLATE_NOOP("core", "is too short for its country"),
            phonenumbers.ValidationResult.TOO_LONG: QT_TRANSLATE_NOOP("core", "is too long for its country"),
            phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP("core", "has an unknown country code"),
        }.get(result, QT_TRANSLATE_NOOP("core", "is not a possible phone number"))
        raise InvalidValue(why, raw)
    # is_valid_number(n) is number_type(n) != UNKNOWN (both match the number against the
    # metadata of the region it belongs to): ask once for both.
    ntype = phonenumbers.number_type(number)
    valid = ntype != phonenumbers.PhoneNumberType.UNKNOWN
    if kind is None:
        kind = "mobile" if ntype == phonenumbers.PhoneNumberType.MOBILE else "work"
    # What format_number(..., E164) does for a parsed number (a country code and a national
    # number), without the formatting machinery: "+" + country code + national significant number.
    nsn = phonenumbers.national_significant_number(number)
    e164 = f"+{number.country_code}{nsn}"
    display, national = _formats(number, nsn, e164)
    return PhoneValue(
        raw=clean(raw),
        e164=e164,
        display=display,
        kind=kind,
        valid=valid,
        extension=number.extension or None,
        national=national,
    )


def _formats(number, nsn: str, e164: str) -> tuple[str, str]:
    """(format_number(number, INTERNATIONAL), :func:`_national_digits`) with one look-up of the
    country's metadata and, when the country has no separate international formats (most), one
    choice of the formatting pattern for both: the steps format_number takes, through the
    library's own helpers (tests/core/test_phones_fast.py holds the result against format_number
    on every example number of every region). Falls back to the public calls when the helpers are
    not there (another phonenumbers version)."""
    import phonenumbers

    helpers = _helpers()
    cc = number.country_code
    meta = None
    if helpers is not None and number.national_number:
        choose, using, extension = helpers
        region = phonenumbers.region_code_for_country_code(cc)
        if region != phonenumbers.UNKNOWN_REGION:
            meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(cc, region.upper())
    if meta is None:
        display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return display, _national_digits(number, e164)
    national_pattern = choose(meta.number_format, nsn)
    if len(meta.intl_number_format) == 0:
        intl_pattern = national_pattern
    else:
        intl_pattern = choose(meta.intl_number_format, nsn)
    intl = nsn if intl_pattern is None else using(nsn, intl_pattern, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    display = f"+{cc} {extension(number, meta, phonenumbers.PhoneNumberFormat.INTERNATIONAL, intl)}"
    prefix = meta.national_prefix_for_parsing
    if prefix and _compiled(prefix).match(nsn):
        return display, _national_of_e164(e164)  # as _national_digits: the parser would strip it again
    if national_pattern is None:
        return display, digits(nsn)
    return display, digits(using(nsn, national_pattern, phonenumbers.PhoneNumberFormat.NATIONAL))


@lru_cache(maxsize=1)
def _helpers() -> tuple | None:
    """phonenumbers' own steps of format_number, or None when this version lacks one."""
    from phonenumbers import phonenumberutil as pnu

    found = tuple(
        getattr(pnu, name, None)
        for name in (
            "_choose_formatting_pattern_for_number",
            "_format_nsn_using_pattern",
            "_maybe_append_formatted_extension",
        )
    )
    return found if all(found) else None


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _national_digits(number, e164: str) -> str:
    """The digits of the national form of ``e164`` (what the search index stores for it, see
    :func:`iomdesk.store.search.national_digits`), taken from the number already parsed.

    Parsing the E.164 text again gives back the same number unless the national significant number
    starts with something that looks like a national prefix (the parser would strip it again:
    "+971 0 1234567" -> "+97101234567" -> "+9711234567"), so only then is the text parsed again.
    """
    import phonenumbers

    cc = number.country_code
    meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        cc, phonenumbers.region_code_for_country_code(cc)
    )
    prefix = meta.national_prefix_for_parsing if meta is not None else None
    nsn = phonenumbers.national_significant_number(number)
    if meta is None or (prefix and re.compile(prefix).match(nsn)):
        return _national_of_e164(e164)
    bare = phonenumbers.PhoneNumber(  # as parse(e164) builds it: no extension, no raw input
        country_code=cc,
        national_number=number.national_number,
        italian_leading_zero=number.italian_leading_zero,
        number_of_leading_zeros=number.number_of_leading_zeros,
    )
    return digits(phonenumbers.format_number(bare, phonenumbers.PhoneNumberFormat.NATIONAL))


def _national_of_e164(e164: str) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def region_of(e164: str) -> str | None:
    """ISO country of a stored number, or None."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number)


def phone_key(p) -> str:
    """What makes two stored numbers the same: E.164 (else the text) and the extension, so
    "+41 22 717 9111 ext. 12" and "... ext. 13" are two numbers."""
    return f"{p.e164 or p.raw};{p.extension or ''}"


# A number written with digits and the usual separators only (and maybe an extension): what a
# no-country number kept as entered looks like; text with letters in it is not one.
_PLAIN_NUMBER = re.compile(r"\(?\d[\d\s().\-/]*(?:\s*(?:ext\.?|x|#)\s*\d+)?", re.IGNORECASE)


def no_country_number(raw: str) -> tuple[bool, str | None]:
    """(True, the label's kind) when ``raw`` is a number written without a country code (no "+",
    no "00" prefix) in digits and separators only, after an optional label ("Mobile: 0772 ...");
    (False, None) otherwise. Such a number, with no country to read it in, can be kept with
    :func:`kept_as_entered`."""
    text, label_kind = _prepare(raw or "")
    text = text.strip()
    if not text or text.startswith("+") or not text.isascii() or not _PLAIN_NUMBER.fullmatch(text):
        return False, None
    return True, label_kind


def kept_as_entered(raw: str, kind: str | None = None) -> PhoneValue:
    """A number kept exactly as printed because no country can be told for it (no +CC, no office
    or place country): no E.164 form, not valid, never dropped. Raises InvalidValue for text with
    too few or too many digits to be a phone number."""
    text = clean(raw)
    count = len(digits(text))
    if not 5 <= count <= 17:
        raise InvalidValue(NOT_A_PHONE, raw)
    if kind is not None and kind not in KINDS:
        raise InvalidValue(UNKNOWN_KIND, raw, kind=repr(kind), kinds=", ".join(KINDS))
    return PhoneValue(raw=text, e164=None, display=text, kind=kind or "work", valid=False)
