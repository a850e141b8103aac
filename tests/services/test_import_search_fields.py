"""The faster search_fields/index_text and parse_phone give exactly what they gave before.

The reference implementations below are the code as it was before the import was made faster;
the stored search columns (and so INDEX_VERSION) must not change.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomdesk.core.errors import InvalidValue
from iomdesk.core.phones import KINDS, _prepare, parse_phone
from iomdesk.core.text import clean, digits, fold
from iomdesk.store.search import _country_words, index_text, national_digits, search_fields

# -- the reference: search fields ------------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
    )


def ref_index_text(text):
    folded = fold(text)
    if not folded:
        return ""
    out = []
    for ch in folded:
        if _is_cjk(ch):
            out.append(f" {ch} ")
        elif ch.isalnum() or unicodedata.category(ch).startswith("M"):
            out.append(ch)
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def ref_search_fields(name, role="", office="", country=None, emails=(), tags=(), phones=(), articles=()):
    numbers = []
    for p in phones:
        for d in (digits(p.e164) or digits(p.raw), national_digits(p.e164)):
            if d and d not in numbers:
                numbers.append(d)
    seen = set()
    suffixes = []
    for n in numbers:
        for s in [n[i:] for i in range(len(n))]:
            if s not in seen:
                seen.add(s)
                suffixes.append(s)
    fields = {
        "fts_name": ref_index_text(name),
        "fts_role": ref_index_text(role),
        "fts_office": ref_index_text(office),
        "fts_country": _country_words(country),
        "fts_email": ref_index_text(" ".join(emails)),
        "fts_tags": ref_index_text(" ".join(tags)),
        "fts_articles": ref_index_text(" ".join(articles)),
        "fts_digits": " ".join(suffixes),
    }
    text = " ".join(v for k, v in fields.items() if k != "fts_digits" and v)
    fields["search_text"] = f"{text} {' '.join(numbers)}".strip()
    return fields


# -- the reference: parse_phone ----------------------------------------------------------------------


def ref_parse_phone(raw, default_region=None, kind=None):
    """parse_phone before it was made faster: (raw, e164, display, kind, valid, extension)."""
    text, label_kind = _prepare(raw or "")
    kind = kind or label_kind
    if not text:
        raise InvalidValue("a phone number is empty", raw)
    if kind is not None and kind not in KINDS:
        raise InvalidValue(f"unknown phone kind {kind!r} (use {', '.join(KINDS)})", raw)
    if not any(ch.isdigit() for ch in text):
        raise InvalidValue("is not a phone number", raw)
    has_plus = text.lstrip().startswith("+")
    region = (default_region or "").upper() or None
    if not has_plus and region is None:
        raise InvalidValue("has no country code", raw)
    try:
        number = phonenumbers.parse(text, None if has_plus else region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidValue(f"parse {exc.error_type}", raw) from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidValue("not possible", raw)
    valid = phonenumbers.is_valid_number(number)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if kind is None:
        ntype = phonenumbers.number_type(number)
        kind = "mobile" if ntype == phonenumbers.PhoneNumberType.MOBILE else "work"
    return (clean(raw), e164, display, kind, valid, number.extension or None)


def outcome(fn, *args):
    try:
        return ("ok", fn(*args))
    except InvalidValue:
        return ("error",)


def as_tuple(v):
    return (v.raw, v.e164, v.display, v.kind, v.valid, v.extension)


# -- generated data --------------------------------------------------------------------------------

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
SCRIPTS = [
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 -.,'&/()@_#",
    "áéíóúñçøåäöüßłđõãêèàâœÉÑØÆŒẞİıſK",
    "абвгдеёжзийклмнопрстуфхцчшщыэюяАБВ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢",
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林ひらがなカタカナ한국어",
    "\u0301\u0308\u200b\u00a0\t\n\u2019\u02bc\uff21\uff10①²",
]
text = st.lists(st.sampled_from(SCRIPTS).flatmap(lambda a: st.text(alphabet=a, max_size=10)), max_size=4).map(
    "".join
)


@dataclass
class PlainPhone:  # what the store's Phone rows look like to search_fields: no ``national``
    raw: str
    e164: str | None


@st.composite
def phone_text(draw):
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number_for_type(
        region,
        draw(st.sampled_from([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])),
    )
    if example is None:
        return draw(st.text(alphabet="0123456789 +-()", min_size=1, max_size=16)), region
    nsn = phonenumbers.national_significant_number(example)
    # change a few digits so numbers are not all the example one (some become invalid)
    chars = list(nsn)
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, len(chars) - 1))
        chars[i] = draw(st.sampled_from("0123456789"))
    nsn = "".join(chars)
    if draw(st.integers(0, 5)) == 0:
        nsn = nsn[: draw(st.integers(1, len(nsn)))] + draw(st.text(alphabet="0123456789", max_size=4))
    style = draw(st.sampled_from(["intl", "national", "00", "ext", "label"]))
    if style == "intl":
        raw = f"+{example.country_code} {nsn}"
    elif style == "00":
        raw = f"00{example.country_code} {nsn}"
    elif style == "ext":
        raw = f"+{example.country_code} {nsn} ext. {draw(st.integers(1, 9999))}"
    elif style == "label":
        raw = f"{draw(st.sampled_from(['Tel:', 'Mobile', 'Fax.', 'WhatsApp:']))} +{example.country_code}{nsn}"
    else:
        prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
        raw = f"{prefix}{nsn}"
    return raw, draw(st.sampled_from([region, region, None, "ZW", "US", "GB", "IT", "AR"]))


@settings(max_examples=1500, deadline=None)
@given(phone_text(), st.sampled_from([None, None, "work", "mobile", "fax", "other", "pager"]))
def test_parse_phone_gives_what_it_gave(case, kind):
    raw, region = case
    new = outcome(parse_phone, raw, region, kind)
    old = outcome(ref_parse_phone, raw, region, kind)
    assert (new[0], as_tuple(new[1]) if new[0] == "ok" else None) == (
        old[0],
        old[1] if old[0] == "ok" else None,
    )
    if new[0] == "ok":
        value = new[1]
        assert value.national == national_digits(value.e164)
        assert parse_phone(raw, region, kind) is value  # cached


@pytest.mark.parametrize(
    "raw,region",
    [
        ("+41 22 717 9111 ext. 12", None),
        ("+39 06 1234 5678", None),  # Italian leading zero
        ("+54 9 11 1234-5678", None),  # Argentine mobile: national form adds 15
        ("011 15-1234-5678", "AR"),
        ("+52 55 1234 5678", None),
        ("+1 212 555 0142 x123", None),
        ("+225 07 12 34 56 78", None),
        ("+44 (0)20 7946 0321", None),
        ("+ 263 4 33 50 44", None),
        ("0772 123 456", "ZW"),
        ("+800 1234 5678", None),  # non-geographic
        ("+882 13 1234 5678", None),
    ],
)
def test_parse_phone_known_tricky_numbers(raw, region):
    value = parse_phone(raw, region)
    assert as_tuple(value) == ref_parse_phone(raw, region)
    assert value.national == national_digits(value.e164)


@settings(max_examples=600, deadline=None)
@given(text)
def test_index_text_gives_what_it_gave(value):
    assert index_text(value) == ref_index_text(value)


@settings(max_examples=400, deadline=None)
@given(
    name=text,
    role=text,
    office=st.sampled_from(["", "IOM Zimbabwe", "OIM Sénégal", "Бюро Москва", "国际移民组织"]) | text,
    country=st.sampled_from([None, "ZW", "SN", "CI", "XK", "KR"]),
    emails=st.lists(st.sampled_from(["a.diop@iom.int", "josé@exämple.org", "x_y@z.co"]), max_size=3),
    tags=st.lists(text, max_size=3),
    phones=st.lists(phone_text(), max_size=3),
    plain=st.booleans(),
    articles=st.lists(text, max_size=2),
)
def test_search_fields_give_what_they_gave(
    name, role, office, country, emails, tags, phones, plain, articles
):
    values = []
    for raw, region in phones:
        try:
            v = parse_phone(raw, region or "ZW")
        except InvalidValue:
            values.append(PlainPhone(raw, None))
            continue
        values.append(PlainPhone(v.raw, v.e164) if plain else v)
    args = (name, role, office, country, emails, tags, values, articles)
    assert search_fields(*args) == ref_search_fields(*args)
