"""vCard 3.0 and 4.0 (RFC 2426, RFC 6350) through vobject: several cards per file, folded lines.

Reading: FN (else N), ORG (first part is the office), TITLE, TEL with its TYPE (cell -> mobile,
fax, work/voice -> work, home/other/pager -> other), EMAIL, CATEGORIES, NOTE, and the country of the
first ADR. Properties the app has no field for (NICKNAME, URL, BDAY, the other ADR parts, ORG units)
are returned as ``unmapped`` (label, value) pairs the importer keeps in the notes.

Pure functions: no Qt, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core.contact import ContactInput, PhoneInput
from .csv_write import ContactLike, country_text, export_country, split_name

VERSIONS = ("3.0", "4.0")
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)

KIND_TYPES = {"work": ["work", "voice"], "mobile": ["cell"], "fax": ["work", "fax"], "other": ["other"]}


@dataclass
class CardInput:
    """One card read from a file. ``row`` is the card's number in the file (1 = first card)."""

    row: int
    data: ContactInput | None
    problems: list[str] = field(default_factory=list)
    unmapped: list[tuple[str, str]] = field(default_factory=list)
    line: int = 0  # the line the card starts on


def looks_like_vcard(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200]
    return head[:11].upper() == "BEGIN:VCARD"


def split_cards(text: str) -> list[tuple[int, str]]:
    """(start line, text) of each BEGIN:VCARD ... END:VCARD block. Unclosed blocks are kept."""
    cards: list[tuple[int, str]] = []
    current: list[str] | None = None
    start = 0
    for n, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line):
            if current is not None:  # unclosed card: close it here
                cards.append((start, "\r\n".join(current)))
            current, start = [line.lstrip("\ufeff")], n
        elif current is not None:
            current.append(line)
            if _END.match(line):
                cards.append((start, "\r\n".join(current) + "\r\n"))
                current = None
    if current is not None:
        cards.append((start, "\r\n".join(current)))
    return cards


def _types(prop) -> set[str]:
    found: set[str] = set()
    for value in prop.params.get("TYPE", []):
        found.update(t.strip().strip('"').lower() for t in value.split(","))
    found.update(p.lower() for p in getattr(prop, "singletonparams", []))
    return found


def tel_kind(types: set[str]) -> str | None:
    if "fax" in types:
        return "fax"
    if "cell" in types or "mobile" in types or "iphone" in types:
        return "mobile"
    if "work" in types or "main" in types:
        return "work"
    if types & {"home", "other", "pager", "car", "x-other"}:
        return "other"
    return None


def _text(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v)
    return str(value or "")


def card_to_input(card) -> tuple[ContactInput, list[tuple[str, str]]]:
    """One parsed vobject card -> ContactInput and the (label, value) pairs no field holds."""
    contents = card.contents
    unmapped: list[tuple[str, str]] = []

    def first(key: str):
        items = contents.get(key) or []
        return items[0] if items else None

    name = _text(first("fn").value) if first("fn") is not None else ""
    n = first("n")
    if not name.strip() and n is not None:
        v = n.value
        parts = [getattr(v, a, "") for a in ("prefix", "given", "additional", "family", "suffix")]
        name = " ".join(_text(p) for p in parts if _text(p).strip())
    office = ""
    org = first("org")
    if org is not None:
        parts = org.value if isinstance(org.value, list) else [org.value]
        parts = [str(p) for p in parts if str(p).strip()]
        if parts:
            office = parts[0]
        if len(parts) > 1:
            unmapped.append(("Department", ", ".join(parts[1:])))
    role = _text(first("title").value) if first("title") is not None else ""
    phones = [
        PhoneInput(_text(t.value), tel_kind(_types(t)))
        for t in contents.get("tel", [])
        if _text(t.value).strip()
    ]
    emails = [_text(e.value) for e in contents.get("email", []) if _text(e.value).strip()]
    tags: list[str] = []
    for cat in contents.get("categories", []):
        values = cat.value if isinstance(cat.value, list) else str(cat.value).split(",")
        tags.extend(str(v).strip() for v in values if str(v).strip())
    notes = "\n".join(_text(nt.value).strip() for nt in contents.get("note", []) if _text(nt.value).strip())
    country = ""
    for i, adr in enumerate(contents.get("adr", [])):
        v = adr.value
        if i == 0 and getattr(v, "country", ""):
            country = _text(v.country)
        rest = [_text(getattr(v, a, "")) for a in ("box", "extended", "street", "city", "region", "code")]
        rest = [r for r in rest if r.strip()]
        if rest or (i > 0 and getattr(v, "country", "")):
            label = "Address" + (f" ({', '.join(sorted(_types(adr)))})" if _types(adr) else "")
            unmapped.append((label, ", ".join(rest + ([_text(v.country)] if i > 0 else []))))
    for key, label in (("nickname", "Nickname"), ("url", "URL"), ("bday", "Birthday")):
        for prop in contents.get(key, []):
            if _text(prop.value).strip():
                unmapped.append((label, _text(prop.value).strip()))
    data = ContactInput(
        name=name,
        role=role,
        office=office,
        country=country,
        notes=notes,
        phones=list(phones),
        emails=emails,
        tags=tags,
    )
    return data, unmapped


def read_vcards(text: str) -> list[CardInput]:
    """Every card in ``text``; a card vobject cannot parse comes back with ``data=None`` and why."""
    import vobject

    result = []
    for number, (line, block) in enumerate(split_cards(text), start=1):
        try:
            card = vobject.readOne(block)
            data, unmapped = card_to_input(card)
        except Exception as exc:  # vobject raises many types for damaged cards
            why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            result.append(CardInput(number, None, [f"the card cannot be read: {why[:200]}"], line=line))
            continue
        result.append(CardInput(number, data, [], unmapped, line=line))
    return result


def contact_to_card(c: ContactLike, version: str = "3.0"):
    import vobject

    if version not in VERSIONS:
        raise ValueError(f"unknown vCard version {version!r} (use {', '.join(VERSIONS)})")
    card = vobject.vCard()
    card.add("version").value = version
    card.add("fn").value = c.name
    given, family = split_name(c.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if c.office:
        card.add("org").value = [c.office]
    if c.role:
        card.add("title").value = c.role
    for p in c.phones:
        tel = card.add("tel")
        # Other apps dial what they read: E.164 when known (the text as typed stays in our own CSV).
        tel.value = p.e164 or p.raw
        tel.params["TYPE"] = list(KIND_TYPES.get(p.kind, ["other"]))
    for address in c.emails:
        email = card.add("email")
        email.value = address
        email.params["TYPE"] = ["internet"] if version == "3.0" else ["work"]
    if c.tags:
        card.add("categories").value = list(c.tags)
    if c.notes:
        card.add("note").value = c.notes
    country = export_country(c)
    if country:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(country=country_text(country))
        adr.params["TYPE"] = ["work"]
    return card


def write_vcards(contacts: Iterable[ContactLike], version: str = "3.0") -> Iterable[str]:
    """The text of each card (CRLF line ends, long lines folded)."""
    for c in contacts:
        yield contact_to_card(c, version).serialize()
