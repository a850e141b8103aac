"""A contact as a user enters it, and its validation into normalized values.

Validation collects every field error at once, so a contact with a bad email and a bad phone
reports both, and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .emails import email_key, normalize_email
from .errors import QT_TRANSLATE_NOOP, FieldError, InvalidValue, ValidationError, too_long
from .languages import normalize_language
from .names import normalize_name
from .offices import country_for_office, normalize_country
from .phones import PhoneValue, kept_as_entered, no_country_number, parse_phone, phone_key
from .text import clean, fold

MAX_ROLE = 300  # the store's column sizes (PostgreSQL enforces them)
MAX_OFFICE = 200
MAX_SOURCE = 1000

# The lawful bases for keeping a journalist's data (IOM Data Protection Principles), as stored.
LAWFUL_BASES = ("public_role", "legitimate_interest", "consent")
LAWFUL_BASIS_LABELS = {"public_role": "Public role", "legitimate_interest": "Legitimate interest",
                       "consent": "Consent"}
TYPED_BY_HAND = "Typed by hand"  # the source of a contact added in the editor or by ``iomdesk add``


@dataclass
class PhoneInput:
    raw: str
    kind: str | None = None
    # the stored value this field was filled from, when it was kept as printed (no E.164: "no country");
    # saved as it is while the text is unchanged, so an old number never blocks editing a contact
    kept: PhoneValue | None = None


@dataclass
class ContactInput:
    """What a user typed (or a file held) for one contact. Strings are raw."""

    name: str
    role: str = ""
    office: str = ""
    country: str = ""  # ISO code or country name; default region for phones
    notes: str = ""
    phones: list[PhoneInput | str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)  # codes or names: "fr", "French", "français"
    beats: list[str] = field(default_factory=list)
    source: str = ""  # where the data came from ("Typed by hand", "Imported from media.csv")
    lawful_basis: str = ""  # one of LAWFUL_BASES or its label ("legitimate interest"); "" = none
    review_date: dt.date | str | None = None  # a date, or ISO text (from a file)


@dataclass
class ContactDraft:
    """A validated, normalized contact ready to store."""

    name: str
    role: str
    office: str
    office_country: str | None  # the country the office name tells, if any
    country: str | None  # explicit country given by the user
    notes: str
    phones: list[PhoneValue]
    emails: list[str]
    tags: list[str]
    languages: list[str] = field(default_factory=list)  # ISO 639-1 codes, lower case
    beats: list[str] = field(default_factory=list)
    source: str = ""
    lawful_basis: str | None = None
    review_date: dt.date | None = None

    @property
    def effective_country(self) -> str | None:
        return self.office_country or self.country


def normalize_tag(raw: str) -> str:
    tag = clean(raw).lstrip("#")
    if not tag:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "a tag is empty"), raw)
    if len(tag) > 60:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "a tag is longer than {limit} characters"), raw, limit=60)
    # These separate several tags in one cell of a CSV file (ours, Google's ":::"); a tag holding
    # one would come back as two after an export and an import.
    for sep in (";", ",", ":::"):
        if sep in tag:
            raise InvalidValue(QT_TRANSLATE_NOOP("core", "a tag cannot contain {separator}; add two tags instead"), raw,
                               separator=repr(sep))
    return tag


def normalize_beat(raw: str) -> str:
    """A beat ("health", "migration") is free text like a tag, under the same rules."""
    try:
        return normalize_tag(raw)
    except InvalidValue as exc:
        beat = {"a tag is empty": QT_TRANSLATE_NOOP("core", "a beat is empty"),
                "a tag is longer than {limit} characters": QT_TRANSLATE_NOOP("core", "a beat is longer than {limit} characters"),
                "a tag cannot contain {separator}; add two tags instead":
                    QT_TRANSLATE_NOOP("core", "a beat cannot contain {separator}; add two beats instead")}
        raise InvalidValue(beat[exc.template], exc.value, **exc.params) from None


# Labels in French and Spanish (folded) that also name a lawful basis.
_BASIS_WORDS = {
    "role public": "public_role", "fonction publique": "public_role", "cargo publico": "public_role",
    "funcion publica": "public_role", "public figure": "public_role",
    "interet legitime": "legitimate_interest", "interes legitimo": "legitimate_interest",
    "consentement": "consent", "consentimiento": "consent", "consented": "consent",
}


def normalize_lawful_basis(raw: str | None) -> str | None:
    """ "legitimate interest", "Legitimate_Interest", "consent", "intérêt légitime" -> the stored value;
    "" -> None."""
    text = clean(raw or "")
    if not text:
        return None
    key = " ".join(fold(text).replace("_", " ").replace("-", " ").split())
    for value, label in LAWFUL_BASIS_LABELS.items():
        if key in (value.replace("_", " "), fold(label)):
            return value
    if key in _BASIS_WORDS:
        return _BASIS_WORDS[key]
    labels = ", ".join(f'"{label.lower()}"' for label in LAWFUL_BASIS_LABELS.values())
    raise InvalidValue(QT_TRANSLATE_NOOP("core", "is not a lawful basis (use one of {labels}, or leave it empty)"),
                       text[:60], labels=labels)


_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")


def normalize_review_date(raw: dt.date | str | None) -> dt.date | None:
    """A date, or text as files hold it: ISO ("2027-03-31", also with a time after it), "2027/03/31",
    and a day and month a spreadsheet may have rewritten ("31/03/2027", "31.03.2027", "3/31/2027")
    when only one reading is a date; "" -> None. "03/04/2027" (3 April or 4 March?) is an error."""
    if raw is None or isinstance(raw, dt.date):
        return raw.date() if isinstance(raw, dt.datetime) else raw
    text = clean(raw)
    if not text:
        return None
    short = text[:10] if len(text) > 10 and text[10] in "T " else text
    try:
        return dt.date.fromisoformat(short)
    except ValueError:
        pass
    m = _NUMERIC_DATE.match(short)
    if m:
        a, b, c = (int(x) for x in m.groups())
        if len(m.group(1)) == 4:  # year first: 2027/03/31
            readings = {(a, b, c)}
        elif len(m.group(3)) == 4:  # year last: day/month or month/day
            readings = {(c, b, a), (c, a, b)} if "." not in short else {(c, b, a)}
        else:
            readings = set()
        dates = set()
        for y, mo, d in readings:
            try:
                dates.add(dt.date(y, mo, d))
            except ValueError:
                continue
        if len(dates) == 1:
            return dates.pop()
        if len(dates) > 1:
            raise InvalidValue(QT_TRANSLATE_NOOP("core", "could be two dates (day and month can be read both ways); "
                                                     "write it as YYYY-MM-DD, e.g. 2027-03-31"), text[:60])
    raise InvalidValue(QT_TRANSLATE_NOOP("core", "is not a date (write it as YYYY-MM-DD, e.g. 2027-03-31)"), text[:60])


def _normalized_list(
    name: str,
    values: Iterable[str],
    normalize: Callable[[str], str],
    key: Callable[[str], str],
    errors: list[FieldError],
) -> list[str]:
    """The non-blank ``values`` normalized, the first of each ``key`` kept (emails, tags). A value
    that cannot be normalized adds a FieldError named ``name[i]`` (its place in ``values``)."""
    out: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(values):
        if not clean(raw):
            continue
        try:
            value = normalize(raw)
        except InvalidValue as exc:
            errors.append(FieldError.of(f"{name}[{i}]", exc))
            continue
        k = key(value)
        if k not in seen:
            seen.add(k)
            out.append(value)
    return out


def validate_contact(
    data: ContactInput,
    office_country: str | None = None,
    *,
    country_first: bool = False,
    keep_no_country: bool = False,
) -> ContactDraft:
    """Normalize every field; raise ValidationError listing every problem.

    ``office_country`` is the country already recorded for the office (from the database); when it
    is None the office name is resolved through :func:`country_for_office`.

    Phones written without a country code are read with the office's country, else the contact's
    own (what a person adding a contact means). ``country_first`` reverses that order: the
    contact's own country, else the office's (what a row of an imported file means when it has a
    country column).

    ``keep_no_country``: a number written without a country code, in digits only, when neither
    the contact nor its office has a country, is kept as entered (no E.164, "no country", see
    :func:`~iomdesk.core.phones.kept_as_entered`) instead of being an error (what an import of
    a file does: an exported "no country" number comes back). Text that is no number stays an
    error.
    """
    errors: list[FieldError] = []
    name = ""
    try:
        name = normalize_name(data.name)
    except InvalidValue as exc:
        errors.append(FieldError.of("name", exc))

    office = clean(data.office)
    if len(office) > MAX_OFFICE:
        errors.append(FieldError.of("office", too_long(office, MAX_OFFICE)))
    role = clean(data.role)
    if len(role) > MAX_ROLE:
        errors.append(FieldError.of("role", too_long(role, MAX_ROLE)))
    if office_country is None and office:
        office_country = country_for_office(office)

    country: str | None = None
    try:
        country = normalize_country(data.country)
    except InvalidValue as exc:
        errors.append(FieldError.of("country", exc))

    region = (country or office_country) if country_first else (office_country or country)
    phones: list[PhoneValue] = []
    seen_phones: set[str] = set()
    for i, item in enumerate(data.phones):
        ph = item if isinstance(item, PhoneInput) else PhoneInput(str(item))
        if not clean(ph.raw):
            continue
        try:
            value = parse_phone(ph.raw, region, ph.kind or None)
        except InvalidValue as exc:
            kept = ph.kept
            plain, label_kind = no_country_number(ph.raw) if keep_no_country and region is None else (False, None)
            if kept is not None and kept.e164 is None and clean(ph.raw) == clean(kept.raw):
                value = replace(kept, kind=ph.kind or kept.kind)  # unchanged, still "no country"
            elif plain:
                try:
                    value = kept_as_entered(ph.raw, ph.kind or label_kind)
                except InvalidValue as exc2:
                    errors.append(FieldError.of(f"phones[{i}]", exc2))
                    continue
            else:
                errors.append(FieldError.of(f"phones[{i}]", exc))
                continue
        key = phone_key(value)
        if key in seen_phones:
            continue
        seen_phones.add(key)
        phones.append(value)

    emails = _normalized_list("emails", data.emails, normalize_email, email_key, errors)
    tags = _normalized_list("tags", data.tags, normalize_tag, fold, errors)
    languages = _normalized_list("languages", data.languages, normalize_language, str, errors)
    beats = _normalized_list("beats", data.beats, normalize_beat, fold, errors)
    source = clean(data.source or "")
    if len(source) > MAX_SOURCE:
        errors.append(FieldError.of("source", too_long(source, MAX_SOURCE)))
    lawful_basis: str | None = None
    try:
        lawful_basis = normalize_lawful_basis(data.lawful_basis)
    except InvalidValue as exc:
        errors.append(FieldError.of("lawful_basis", exc))
    review_date: dt.date | None = None
    try:
        review_date = normalize_review_date(data.review_date)
    except InvalidValue as exc:
        errors.append(FieldError.of("review_date", exc))

    if errors:
        raise ValidationError(errors)
    return ContactDraft(
        name=name,
        role=role,
        office=office,
        office_country=office_country,
        country=country,
        notes=(data.notes or "").replace("\x00", "").strip(),
        phones=phones,
        emails=emails,
        tags=tags,
        languages=languages,
        beats=beats,
        source=source,
        lawful_basis=lawful_basis,
        review_date=review_date,
    )
