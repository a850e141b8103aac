"""Values given to people: the pieces of a contact block read in order into contacts.

Enters: the ``Piece``s of one block (see ``pieces``), the block's text and the release's countries.
Leaves: ``ExtractedContact``s. A name opens a contact; the office, role, place, phones and e-mails
after it are its own; names printed side by side share what follows them; an office alone on its line
heads the people under it. A contact is kept only with a name and a phone, an e-mail or an office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...core.emails import email_key, normalize_email
from ...core.errors import InvalidValue
from ...core.offices import country_for_organisation, country_for_place
from ...core.phones import phone_key
from ...core.text import clean, fold
from .countries import _country_of_number, _mail_region, _printed_regions
from .model import ExtractedContact, Piece
from .phones import _phones_in
from .pieces import _LOWER_PARTICLES


@dataclass
class _Building:
    name: str
    line: int
    start: int
    end: int
    role: str = ""
    office: str | None = None
    heading: str | None = None
    office_inherited: bool = False
    place: str | None = None
    phones: list[tuple[str, str]] = field(default_factory=list)  # (raw, kind)
    emails: list[str] = field(default_factory=list)
    # "Jane Doe or John Smith, IOM Kenya, ...": the people printed together, sharing what follows
    group: list[_Building] | None = None

    @property
    def has_details(self) -> bool:
        return bool(self.phones or self.emails)


def _names_an_organisation(
    items: list[Piece], k: int, last: Piece | None, current: _Building | None, block: str
) -> bool:
    """Is the name-shaped piece ``items[k]`` the organisation of the contact being read, not a second
    person? "Chipo Dube, Mhare Arts, 0772 ..., cdube@...": it follows the contact's name (or name and
    role) on the same line after a comma, the contact has no office nor details yet, no e-mail of the
    block carries its words ("Jane Doe, John Smith, ..., jsmith@..." are two people), and no role
    follows it on the line ("..., Lucy Brown, Media Officer" is a person)."""
    it = items[k]
    if current is None or current.office is not None or current.has_details or last is None:
        return False
    if not (last.kind == "name" or (last.kind == "role" and current.role == last.value)):
        return False
    if any(o.kind == "email" and _carries_name(o.value, it.value) for o in items):
        return False
    if last.line == current.line == it.line - 1 and _alone_on_line(items, last) and _alone_on_line(items, it):
        # "Chipo Dube\nMhare Arts\nTel: ...": a name alone on its line, this alone under it, then details
        after = [o for o in items[k + 1 :] if o.kind != "org?"]
        return bool(after) and after[0].kind in ("phone", "email") and after[0].line == it.line + 1
    if not (last.line == it.line == current.line and it.pos >= last.end):
        return False
    between = block[last.end : it.pos]
    if "," not in between or "/" in between:
        return False
    after = [o for o in items[k + 1 :] if o.line == it.line and o.kind != "org?"]
    return bool(after) and after[0].kind in ("phone", "email")


def _group(items: list[Piece], block: str = "") -> list[_Building]:
    contacts: list[_Building] = []
    current: _Building | None = None
    heading: str | None = None  # an office printed as a heading applies to the people under it
    pending_role: Piece | None = None
    last: Piece | None = None
    for k, it in enumerate(items):
        if it.kind == "name" and block and _names_an_organisation(items, k, last, current, block):
            it = Piece(it.pos, it.end, it.line, "org?", it.value)
        if it.kind == "org?":
            # "Tendai Moyo, ZimRights, ...": a capitalized piece right after the name (or after the
            # name and its role) on the same line, or alone on the line under a name alone on its line
            after_name = (
                current is not None
                and current.office is None
                and last is not None
                and (last.kind == "name" or (last.kind == "role" and current.role == last.value))
                and current.line == last.line
                and (
                    it.line == last.line
                    or (it.line == last.line + 1 and _alone_on_line(items, last) and _alone_on_line(items, it))
                )
            )
            if not after_name:
                continue  # not read (as before): neither office nor role
            it = Piece(it.pos, it.end, it.line, "office", it.value)
        prev, last = last, it
        if it.kind == "name":
            before = current
            current = _Building(it.value, it.line, it.pos, it.end, heading=heading)
            # names printed together, nothing between them: "Jane Doe or John Smith, IOM Kenya, ...",
            # "Jane Doe / John Smith, ..."; what follows the last is theirs to share (see _share)
            together = (
                before
                if before is not None
                and prev is not None
                and prev.kind == "name"
                and prev.line == it.line
                and not before.has_details
                and before.office is None
                else None
            )
            if pending_role is not None and pending_role.line == it.line:
                current.role = pending_role.value
            elif together is not None:
                current.role = together.role
            if together is not None:
                together.group = together.group or [together]
                together.group.append(current)
                current.group = together.group
            else:
                pending_role = None
            contacts.append(current)
            continue
        if current is not None:
            current.end = max(current.end, it.end)
        if it.kind == "office":
            if current is not None and current.office is not None and it.line == current.line:
                if not current.has_details:
                    continue  # "Jane Doe, UNHCR, the UN Refugee Agency, +254 ...": the first names the office
            starts_section = current is None or (
                current.office is not None
                or (current.has_details and it.line > current.line and _alone_on_line(items, it))
            )
            if starts_section or current is None:
                heading = it.value
                current = None
            else:
                current.office = it.value
            continue
        if current is None:
            if it.kind == "role":
                pending_role = it
            continue
        if it.kind == "role":
            same_line = it.line == current.line
            if not current.role and (same_line or not current.has_details):
                current.role = it.value
            elif not same_line:
                pending_role = it
        elif it.kind == "place":
            current.place = current.place or it.value
        elif it.kind == "phone":
            current.phones.append((it.value, it.extra))
        elif it.kind == "email":
            current.emails.append(it.value)
    for c in contacts:
        if c.group and c is c.group[-1]:
            _share(c.group)
    for c in contacts:
        if c.office is None and c.heading:
            c.office = c.heading
            c.office_inherited = True
    return contacts


def _share(group: list[_Building]) -> None:
    """People printed together ("Jane Doe or John Smith, IOM Kenya, Tel ..., jdoe@..., jsmith@...")
    share the office, role, place and phones printed after the last of them; each e-mail goes to the
    person whose name it carries, and one that carries no one's name to all of them. Someone printed
    with details of their own before the next name keeps only those."""
    last = group[-1]
    members = [last] + [m for m in group[:-1] if not (m.has_details or m.office)]
    if len(members) < 2:
        return
    mails = last.emails
    for m in members:
        if m is not last:
            m.office = last.office
            m.role = m.role or last.role
            m.place = last.place
            m.phones = list(last.phones)
            m.end = last.end
        m.emails = []
    for address in mails:
        owners = [m for m in members if _carries_name(address, m.name)]
        for m in owners or members:
            m.emails.append(address)


def _carries_name(address: str, name: str) -> bool:
    local = re.sub(r"[^a-z]", "", fold(address.split("@")[0]))
    words = [re.sub(r"[^a-z]", "", fold(w)) for w in name.split()]
    words = [w for w in words if len(w) >= 3 and w not in _LOWER_PARTICLES]
    return any(w in local for w in words)


def _alone_on_line(items: list[Piece], it: Piece) -> bool:
    return all(o is it or o.line != it.line or o.kind == "org?" or o.pos == it.pos for o in items)


def _finish(
    b: _Building, block: str, offset: int, default_region: str | None, fallbacks: Sequence[str | None] = ()
) -> ExtractedContact | None:
    office = b.office
    office_country = country_for_organisation(office) if office else None
    place_country = country_for_place(b.place) if b.place else None
    # the contact's own numbers with +CC, when they agree, come before the dateline ("Tel: +254 20 ...,
    # Mobile: 0722 ..." is read in Kenya whatever the dateline)
    own = _printed_regions(raw for raw, _kind in b.phones)
    own_country = own.pop() if len(own) == 1 else None
    # in this order; a number that cannot be read in the first country is tried in the next ones
    # ("Norwegian Refugee Council" in a Kenyan camp prints Kenyan numbers)
    # the country of the contact's own e-mail domain ("@fcdo.gov.uk"): one more of the release's
    # countries to read a number in, never a reason to prefer one (webmail tells nothing)
    mail = _mail_region(b.emails)
    regions = list(
        dict.fromkeys(
            r for r in (office_country, place_country, own_country, default_region, mail, *fallbacks) if r
        )
    )
    # the contact's own countries (printed with it) are sure; the release's (dateline, site, block) a guess
    strong = len({r for r in (office_country, place_country, own_country) if r})
    contact = ExtractedContact(name=b.name, role=b.role, office=office)
    seen: set[str] = set()
    for raw, kind in b.phones:
        for value in _phones_in(raw, regions, kind or None, contact, strong):
            key = phone_key(value)  # the same number with two extensions is two numbers
            if key not in seen:
                seen.add(key)
                contact.phones.append(value)
    seen_mail: set[str] = set()
    for raw in b.emails:
        try:
            address = normalize_email(raw)
        except InvalidValue:
            contact.invalid_emails.append(raw)
            continue
        if email_key(address) not in seen_mail:
            seen_mail.add(email_key(address))
            contact.emails.append(address)
    country = office_country or place_country
    if country is None:  # no office: the country the numbers belong to, when they agree
        number_regions = {_country_of_number(p.e164) for p in contact.phones if p.e164}
        if len(number_regions) == 1:
            country = number_regions.pop()
    contact.country = country
    contact.raw = clean(block[b.start : b.end])
    if not (
        contact.phones or contact.emails or contact.invalid_phones or (office and not b.office_inherited)
    ):
        return None
    return contact
