"""Saving press releases: the article, its media contacts, and the links between them.

A contact named in a release is matched against the directory by the same e-mail address
(case-insensitive), else the same E.164 phone number, else the same name (folded) and office. A
match is linked to the article and gains the phones and e-mails it did not have (nothing is
dropped; an empty role or office is filled in). Anyone else becomes a new contact. Importing the same
release twice creates nothing new.

A number printed without a country code for which no country could be told (no office, place,
dateline, site or other number gave one) is stored as printed, without an E.164 form ("kept as
entered"), and reported as a warning, not an error: it is never dropped.

Each user action is one transaction: :meth:`PressImportService.save` for one release,
:meth:`PressImportService.save_many` for a folder (cancel rolls the whole batch back).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..core.contact import MAX_SOURCE, ContactDraft, ContactInput, PhoneInput
from ..core.emails import email_key
from ..core.errors import FieldError, InvalidValue, UserError, ValidationError
from ..core.offices import country_for_office
from ..core.phones import PhoneValue, parse_phone, phone_key
from ..core.text import count_of, fold
from ..interchange.press import ExtractedContact, ExtractedRelease
from ..store.db import write_session
from ..store.models import Contact, Email, Phone, utcnow
from ..store.search import refresh_search_text
from . import history
from .articles import get_or_create_article
from .contacts import (
    CONTACT_LOAD,
    add_missing,
    apply_draft,
    draft_for,
    find_office,
    same_person_by_phone,
    to_record,
)
from .protection import SUPPRESSED_REASON, any_suppression, is_suppressed

__all__ = ["Cancelled", "ContactMatch", "PressImportService", "SaveResult", "release_warnings"]


class Cancelled(UserError):
    """The user cancelled the import; the database is exactly as it was before."""

    def __init__(self, message: str = "the import was cancelled; nothing was stored"):
        super().__init__(message)


@dataclass(frozen=True)
class ContactMatch:
    """What saving one extracted contact would do."""

    contact: ExtractedContact
    existing_id: int | None  # the directory contact it matches, or None for a new one
    existing_name: str | None
    reason: str  # "same email ...", "same phone ...", "same name and office", or "new contact"
    problems: tuple[FieldError, ...] = ()  # data that cannot be stored (kept out, reported)
    warnings: tuple[FieldError, ...] = ()  # stored, but the user should look: "no country" numbers


@dataclass
class SaveResult:
    article_id: int
    created_article: bool
    created_contact_ids: list[int] = field(default_factory=list)
    linked_contact_ids: list[int] = field(default_factory=list)  # newly linked to the article
    updated_contact_ids: list[int] = field(default_factory=list)  # existing contacts that gained data
    # one per selected contact, in order: the id it matched or was created as (None: not stored)
    contact_ids: list[int | None] = field(default_factory=list)
    # values that could not be stored; field is "contacts[i].phones[j]" etc., value the raw text
    problems: list[FieldError] = field(default_factory=list)
    # stored, but worth a look: numbers kept as printed for want of a country ("contacts[i].phones[j]")
    warnings: list[FieldError] = field(default_factory=list)
    # contacts marked do not contact because an email or phone is on the suppression list, and names
    dnc_contact_ids: list[int] = field(default_factory=list)
    dnc_names: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def dnc_summary(self) -> str:
        """ "1 contact was marked do not contact (on the suppression list): NAME"; "" if none."""
        n = len(self.dnc_contact_ids)
        if not n:
            return ""
        was = "contact was" if n == 1 else "contacts were"
        return f"{n} {was} marked do not contact (on the suppression list): {', '.join(self.dnc_names)}"


_INDEXED = re.compile(r"^(phones|emails)\[(\d+)\]$")


def _input_for(c: ExtractedContact) -> ContactInput:
    office = (c.office or "").strip()
    # The phones were read with the office's country, else the release's: pass that country on when
    # the office name does not tell one, so numbers without +CC read the same way when stored.
    country = "" if office and country_for_office(office) else (c.country or "")
    return ContactInput(
        name=c.name,
        role=c.role or "",
        office=office,
        country=country,
        phones=[
            *(PhoneInput(p.raw or p.e164 or "", p.kind) for p in c.phones if p.e164 is not None),
            *(PhoneInput(raw) for raw in c.invalid_phones),
        ],
        emails=list(c.emails) + list(c.invalid_emails),
    )


NO_COUNTRY = (
    "has no country code and no country of the release reads it (office, place, dateline, site, other "
    "numbers), or more than one does; kept as printed: add +CC to it, or a country to the contact"
)


def release_warnings(
    release: ExtractedRelease, warnings: Sequence[FieldError], contacts: Sequence[ExtractedContact] | None = None
) -> list[str]:
    """What the user should look at after importing ``release``, one line each: numbers kept as printed
    for want of a country (by position: "contact 1, phone 2"; with ``contacts``, the contact's name
    and the phone's rank instead), contact blocks no contact could be read from, numbers and addresses
    printed before any name. Positions and counts only: no number or address is repeated."""
    lines = []
    for w in warnings:
        m = re.match(r"^contacts\[(\d+)\]\.phones\[(\d+)\]$", w.field)
        if contacts is not None and m and int(m.group(1)) < len(contacts):
            name = contacts[int(m.group(1))].name
            lines.append(f"{name}, phone {int(m.group(2)) + 1}: {w.message}")
        elif m:  # the contact's rank in the listing the user reads, not its name (stderr may be kept)
            lines.append(f"contact {int(m.group(1)) + 1}, phone {int(m.group(2)) + 1}: {w.message}")
        else:
            lines.append(str(w))
    if release.unread_blocks:
        n = len(release.unread_blocks)
        lines.append(
            f"{count_of(n, 'contact block')} could not be read into a contact; none was made up "
            "(add them by hand)"
        )
    if release.unassigned:
        n = len(release.unassigned)
        lines.append(
            f"{count_of(n, 'number or address', 'numbers or addresses')} printed in a contact block before "
            f"any name {'belongs' if n == 1 else 'belong'} to no contact and {'was' if n == 1 else 'were'} "
            "not stored (listed with the release)"
        )
    return lines


def _keep_unplaced(draft: ContactDraft, c: ExtractedContact, index: int) -> list[FieldError]:
    """Add ``c``'s numbers that were printed without a country to ``draft``: read with the contact's
    country when it now has one (an office edited in the review), else kept as printed. Returns a
    warning for each number kept without a country (its position, not its digits)."""
    warnings = []
    have = {phone_key(p) for p in draft.phones}
    for j, p in enumerate(c.phones):
        if p.e164 is not None:
            continue
        value: PhoneValue = p
        region = draft.effective_country
        if p.raw in c.ambiguous_phones:
            region = draft.office_country  # read in several of the release's countries: only the office's decides
        if region:
            try:
                value = parse_phone(p.raw, region, p.kind)
            except InvalidValue:
                value = p
        if phone_key(value) in have:
            continue
        have.add(phone_key(value))
        draft.phones.append(value)
        if value.e164 is None:
            warnings.append(FieldError(f"contacts[{index}].phones[{j}]", NO_COUNTRY))
    return warnings


def _draft(
    s: Session, c: ExtractedContact, index: int, warnings: list[FieldError] | None = None
) -> tuple[ContactDraft | None, list[FieldError]]:
    """Validate ``c``; drop the phones and e-mails that do not validate and report them.

    A number the extractor read that does not read again with the contact's country (it was read with
    another country the release tells: "Norwegian Refugee Council" in a Kenyan camp) is stored as the
    extractor read it. Numbers printed without a country are kept as printed (see
    :func:`_keep_unplaced`), with a warning in ``warnings``."""
    data = _input_for(c)
    # what each input phone is: the extractor's reading, or None for a number it could not read
    sources: list[PhoneValue | None] = [p for p in c.phones if p.e164 is not None]
    sources += [None] * (len(data.phones) - len(sources))
    read_before: list[PhoneValue] = []
    problems: list[FieldError] = []
    for _ in range(3):
        try:
            draft = draft_for(s, data)
            have = {phone_key(p) for p in draft.phones}
            for value in read_before:
                if phone_key(value) not in have:
                    have.add(phone_key(value))
                    draft.phones.append(value)
            found = _keep_unplaced(draft, c, index)
            if warnings is not None:
                warnings.extend(found)
            return draft, problems
        except ValidationError as exc:
            bad: dict[str, set[int]] = {"phones": set(), "emails": set()}
            fatal = False
            for e in exc.errors:
                m = _INDEXED.match(e.field)
                source = sources[int(m.group(2))] if m and m.group(1) == "phones" else None
                if m and source is not None:
                    read_before.append(source)
                    bad["phones"].add(int(m.group(2)))
                    continue
                where = f"contacts[{index}].{e.field}"
                problems.append(FieldError(where, f"{c.name or '(no name)'}: {e.message}", e.value))
                if m:
                    bad[m.group(1)].add(int(m.group(2)))
                else:
                    fatal = True
            if fatal:
                return None, problems
            data.phones = [p for i, p in enumerate(data.phones) if i not in bad["phones"]]
            sources = [p for i, p in enumerate(sources) if i not in bad["phones"]]
            data.emails = [a for i, a in enumerate(data.emails) if i not in bad["emails"]]
    return None, problems  # pragma: no cover - a second pass always validates


def _match(s: Session, draft: ContactDraft) -> tuple[Contact | None, str]:
    keys = [email_key(a) for a in draft.emails]
    if keys:
        row = s.execute(
            select(Contact, Email.address).join(Email).where(Email.address_key.in_(keys)).order_by(Contact.id)
        ).first()
        if row is not None:
            return row[0], f"same email {row[1]}"
    numbers = [p.e164 for p in draft.phones if p.e164]
    if numbers:
        rows = s.execute(
            select(Contact, Phone.e164).join(Phone).where(Phone.e164.in_(numbers)).order_by(Contact.id)
        ).all()
        mine = {email_key(a) for a in draft.emails}
        for contact, number in rows:
            theirs = {e.address_key for e in contact.emails}
            if same_person_by_phone(fold(draft.name), mine, contact.name_key, theirs):
                return contact, f"same phone {number}"
    stmt = select(Contact).where(Contact.name_key == fold(draft.name))
    if draft.office:
        office = find_office(s, draft.office)
        if office is None:
            return None, "new contact"
        stmt = stmt.where(Contact.office_id == office.id)
        reason = "same name and office"
    else:
        stmt = stmt.where(Contact.office_id.is_(None))
        reason = "same name, no office"
    found = s.scalars(stmt.order_by(Contact.id)).first()
    return (found, reason) if found is not None else (None, "new contact")


def _load(s: Session, contact: Contact) -> Contact:
    loaded = s.get(Contact, contact.id, options=CONTACT_LOAD)
    assert loaded is not None
    return loaded


def _merge(s: Session, contact: Contact, draft: ContactDraft) -> bool:
    """Add what ``draft`` knows that ``contact`` lacks. Returns whether anything changed."""
    changed = add_missing(contact, draft.phones, draft.emails)
    if not contact.role and draft.role:
        contact.role = draft.role
        changed = True
    if contact.office is None and draft.office:
        from .contacts import get_or_create_office

        contact.office = get_or_create_office(s, draft.office, draft.office_country or draft.country)
        changed = True
    if changed and not contact.source and draft.source:  # a source already set is kept
        contact.source = draft.source
    return changed


def press_source(title: str) -> str:
    """The source of a contact a press release brought: "Press release: <title>"."""
    return f"Press release: {' '.join((title or '').split()) or 'untitled'}"[:MAX_SOURCE]


class PressImportService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    def preview(self, release: ExtractedRelease) -> list[ContactMatch]:
        """For each extracted contact: the directory contact it would be linked to, and why."""
        matches = []
        with self.sf.begin() as s:
            for i, c in enumerate(release.contacts):
                warnings: list[FieldError] = []
                draft, problems = _draft(s, c, i, warnings)
                if draft is None:
                    matches.append(ContactMatch(c, None, None, "cannot be stored", tuple(problems)))
                    continue
                found, reason = _match(s, draft)
                matches.append(
                    ContactMatch(
                        c,
                        found.id if found else None,
                        found.name if found else None,
                        reason,
                        tuple(problems),
                        tuple(warnings),
                    )
                )
        return matches

    def save(
        self,
        release: ExtractedRelease,
        selected: Sequence[ExtractedContact] | None = None,
    ) -> SaveResult:
        """Store the article and ``selected`` contacts (default: all of them) in one transaction."""
        with write_session(self.sf) as s:
            return self._save(s, release, release.contacts if selected is None else selected)

    def save_many(
        self,
        releases: Sequence[ExtractedRelease],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[SaveResult]:
        """Store several releases with all their contacts in one transaction.

        ``progress(done, total)`` is called after each release; when ``cancelled()`` turns true the
        whole batch is rolled back and :class:`Cancelled` is raised.
        """
        total = len(releases)
        results = []
        with write_session(self.sf) as s:
            for done, release in enumerate(releases, start=1):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                results.append(self._save(s, release, release.contacts))
                if progress is not None:
                    progress(done, total)
            if cancelled is not None and cancelled():
                raise Cancelled()
        return results

    def _save(
        self, s: Session, release: ExtractedRelease, selected: Sequence[ExtractedContact]
    ) -> SaveResult:
        article, created_article = get_or_create_article(
            s,
            release.title,
            release.date,
            release.dateline,
            release.url,
            release.body,
            release.source,
        )
        result = SaveResult(article_id=article.id, created_article=created_article)
        suppressions = any_suppression(s)
        for i, c in enumerate(selected):
            draft, problems = _draft(s, c, i, result.warnings)
            result.problems.extend(problems)
            if draft is None:
                result.contact_ids.append(None)
                continue
            draft.source = draft.source or press_source(release.title)
            found, _reason = _match(s, draft)
            if found is None:
                contact = Contact()
                apply_draft(s, contact, draft)  # looks offices up first: add the contact afterwards
                contact.articles = [article]
                refresh_search_text(contact)
                s.add(contact)
                s.flush()
                history.record_diff(s, None, to_record(contact), "imported", "from a press release")
                result.created_contact_ids.append(contact.id)
                result.contact_ids.append(contact.id)
                if suppressions:
                    _mark_if_suppressed(s, contact, draft, result)
                continue
            contact = _load(s, found)
            before = to_record(contact)
            changed = _merge(s, contact, draft)
            linked = article not in contact.articles
            if linked:
                contact.articles.append(article)
            if changed or linked:
                refresh_search_text(contact)
                s.flush()
                history.record_diff(s, before, to_record(contact), "imported", "from a press release")
            if changed and contact.id not in result.updated_contact_ids:
                result.updated_contact_ids.append(contact.id)
            if linked:
                result.linked_contact_ids.append(contact.id)
            result.contact_ids.append(contact.id)
            if suppressions:
                _mark_if_suppressed(s, contact, draft, result)
        return result


def _mark_if_suppressed(s: Session, contact: Contact, draft: ContactDraft, result: SaveResult) -> None:
    """Mark ``contact`` do not contact when an email or phone of ``draft`` is on the suppression list."""
    if contact.do_not_contact or contact.id in result.dnc_contact_ids:
        return
    if is_suppressed(s, draft.emails, (p.e164 for p in draft.phones)):
        contact.do_not_contact = True
        contact.dnc_reason = SUPPRESSED_REASON
        contact.dnc_at = utcnow()
        s.flush()
        result.dnc_contact_ids.append(contact.id)
        result.dnc_names.append(contact.name)
