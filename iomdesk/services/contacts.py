"""Contact use cases: add, update, delete (and restore for undo), get, tag, link, duplicates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import replace as dataclass_replace

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..core.contact import (
    TYPED_BY_HAND,
    ContactDraft,
    ContactInput,
    PhoneInput,
    normalize_tag,
    validate_contact,
)
from ..core.emails import email_key
from ..core.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    FieldError,
    InvalidValue,
    NotFound,
    Text,
    ValidationError,
)
from ..core.phones import PhoneValue, phone_key
from ..core.text import clean, fold
from ..store.db import write_session
from ..store.models import (
    Article,
    Beat,
    Contact,
    ContactLanguage,
    DistributionList,
    Email,
    Meta,
    Office,
    Phone,
    Tag,
    contact_articles,
    list_members,
    utcnow,
)
from ..store.search import refresh_search_text
from . import history
from .records import ArticleRef, ContactRecord, DuplicateMatch, OfficeRecord, PhoneRecord

CONTACT_LOAD = (
    selectinload(Contact.office),
    selectinload(Contact.phones),
    selectinload(Contact.emails),
    selectinload(Contact.tags),
    selectinload(Contact.articles),
    selectinload(Contact.beats),
    selectinload(Contact.languages),
)

CHANGED_SINCE = QT_TRANSLATE_NOOP("core", "{name} was changed by someone else since; their change is kept")


def total_contacts(s: Session) -> int:
    if s.get_bind().dialect.name == "sqlite":
        counted = s.get(Meta, "contact_count")
        if counted is not None:
            return int(counted.value)
    return s.scalar(select(func.count(Contact.id))) or 0


def to_record(c: Contact) -> ContactRecord:
    return ContactRecord(
        id=c.id,
        name=c.name,
        role=c.role or "",
        office=c.office.name if c.office else "",
        country=c.effective_country,
        notes=c.notes or "",
        phones=tuple(
            PhoneRecord(p.raw, p.e164, p.display, p.kind, bool(p.valid), p.extension) for p in c.phones
        ),
        emails=tuple(e.address for e in c.emails),
        tags=tuple(t.name for t in c.tags),
        articles=tuple(ArticleRef(a.id, a.title, a.date) for a in c.articles),
        version=c.version,
        created_at=c.created_at,
        updated_at=c.updated_at,
        own_country=c.country,
        languages=tuple(lang.code for lang in c.languages),
        beats=tuple(b.name for b in c.beats),
        source=c.source or "",
        lawful_basis=c.lawful_basis,
        review_date=c.review_date,
        do_not_contact=bool(c.do_not_contact),
        dnc_reason=c.dnc_reason or "",
        dnc_at=c.dnc_at,
        last_contacted_at=c.last_contacted_at,
    )


def _with_ledger(s: Session, records: list[ContactRecord]) -> list[ContactRecord]:
    """``records`` carrying their ledger rows, read before a delete cascades to them (for undo)."""
    from .outreach import rows_of

    rows = rows_of(s, [r.id for r in records])
    records = [dataclasses.replace(r, outreach=rows[r.id]) if r.id in rows else r for r in records]
    # and the static lists they are on (the delete cascades to list_members too)
    on: dict[int, list[tuple[int, dt.datetime | None]]] = {}
    ids = [r.id for r in records]
    for start in range(0, len(ids), 5000):
        for cid, lid, added in s.execute(
                select(list_members.c.contact_id, list_members.c.list_id, list_members.c.added_at)
                .where(list_members.c.contact_id.in_(ids[start:start + 5000]))
                .order_by(list_members.c.contact_id, list_members.c.list_id)):
            on.setdefault(cid, []).append((lid, added))
    records = [dataclasses.replace(r, list_memberships=tuple(on[r.id])) if r.id in on else r for r in records]
    changes = history.rows_of(s, [r.id for r in records])  # and their history, as the ledger
    return [dataclasses.replace(r, history=changes[r.id]) if r.id in changes else r for r in records]


def kept_phone(p) -> PhoneValue | None:
    """A stored number kept as printed (no E.164), as the value to save again while it is unchanged."""
    if p.e164 is not None:
        return None
    return PhoneValue(p.raw, None, p.display or p.raw, p.kind, p.valid, p.extension)


def record_to_input(rec: ContactRecord) -> ContactInput:
    """The editable form of a stored contact (for the edit dialog and for updates)."""
    return ContactInput(
        name=rec.name,
        role=rec.role,
        office=rec.office,
        country=rec.own_country or "",
        notes=rec.notes,
        phones=[PhoneInput(p.raw, p.kind, kept_phone(p)) for p in rec.phones],
        emails=list(rec.emails),
        tags=list(rec.tags),
        languages=list(rec.languages),
        beats=list(rec.beats),
        source=rec.source,
        lawful_basis=rec.lawful_basis or "",
        review_date=rec.review_date,
    )


def find_office(session: Session, name: str) -> Office | None:
    key = fold(name)
    if not key:
        return None
    return session.scalars(select(Office).where(Office.name_key == key)).first()


def get_or_create_office(session: Session, name: str, country: str | None) -> Office | None:
    name = clean(name)
    if not name:
        return None
    office = find_office(session, name)
    if office is None:
        office = Office(name=name, name_key=fold(name), country=country)
        session.add(office)
        session.flush()
    elif office.country is None and country:
        set_office_country(session, office, country)
    return office


def set_office_country(session: Session, office: Office, country: str | None) -> None:
    """Give ``office`` a country and refresh the search fields of every contact in it (their
    country comes from the office)."""
    office.country = country
    for contact in session.scalars(
        select(Contact).where(Contact.office_id == office.id).options(*CONTACT_LOAD)
    ):
        refresh_search_text(contact)


def _get_or_create_named(session: Session, model, names: Iterable[str]) -> list:
    """The rows of ``model`` (Tag, Beat) named ``names``, created when missing, one per folded name."""
    rows = []
    for name in names:
        key = fold(name)
        row = session.scalars(select(model).where(model.name_key == key)).first()
        if row is None:
            row = model(name=name, name_key=key)
            session.add(row)
            session.flush()
        if row not in rows:
            rows.append(row)
    return rows


def get_or_create_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    return _get_or_create_named(session, Tag, names)


def get_or_create_beats(session: Session, names: Iterable[str]) -> list[Beat]:
    return _get_or_create_named(session, Beat, names)


def draft_for(session: Session, data: ContactInput) -> ContactDraft:
    """Validate ``data`` using the country already recorded for its office, if the office exists."""
    office = find_office(session, data.office) if data.office else None
    return validate_contact(data, office.country if office is not None else None)


def phone_row(p, position: int) -> Phone:
    """A Phone row from a PhoneValue or PhoneRecord."""
    return Phone(position=position, raw=p.raw, e164=p.e164, display=p.display, kind=p.kind, valid=p.valid,
                 extension=p.extension)


def email_row(address: str, position: int) -> Email:
    return Email(position=position, address=address, address_key=email_key(address))


def add_missing(contact: Contact, phones, emails) -> bool:
    """Append the phones and emails ``contact`` does not have yet (never drops one). Returns whether
    anything was added. Phones compare by E.164 (else the text) and extension, emails
    case-insensitively."""
    changed = False
    have_phones = {phone_key(p) for p in contact.phones}
    for p in phones:
        if phone_key(p) not in have_phones:
            contact.phones.append(phone_row(p, len(contact.phones)))
            have_phones.add(phone_key(p))
            changed = True
    have_emails = {e.address_key for e in contact.emails}
    for address in emails:
        if email_key(address) not in have_emails:
            contact.emails.append(email_row(address, len(contact.emails)))
            have_emails.add(email_key(address))
            changed = True
    return changed


def apply_draft(session: Session, contact: Contact, draft: ContactDraft) -> None:
    """Write every field of ``draft`` onto ``contact`` (phones, emails and tags are replaced).

    Offices and tags are looked up (and created) before the contact is touched, so that the caller's
    single flush writes the contact once and its version counter moves by one per user action.
    """
    office = get_or_create_office(session, draft.office, draft.office_country or draft.country)
    tags = get_or_create_tags(session, draft.tags)
    beats = get_or_create_beats(session, draft.beats)
    with session.no_autoflush:
        contact.name = draft.name
        contact.name_key = fold(draft.name)
        contact.role = draft.role
        contact.notes = draft.notes
        contact.country = draft.country
        contact.office = office
        contact.phones = [phone_row(p, i) for i, p in enumerate(draft.phones)]
        contact.emails = [email_row(a, i) for i, a in enumerate(draft.emails)]
        contact.tags = tags
        contact.beats = beats
        set_languages(contact, draft.languages)
        contact.source = draft.source
        contact.lawful_basis = draft.lawful_basis
        contact.review_date = draft.review_date
        refresh_search_text(contact)


def set_languages(contact: Contact, codes: list[str]) -> bool:
    """Give ``contact`` the languages ``codes`` in that order; rows of codes it keeps are kept (the
    primary key is (contact, code): deleting and inserting one in the same flush would collide).
    A stored contact whose languages change is touched (``updated_at``), so that its row is written
    and its version moves, as for any other edit. Returns whether they changed."""
    if [lang.code for lang in contact.languages] == codes:
        return False
    have = {lang.code: lang for lang in contact.languages}
    rows = []
    for i, code in enumerate(codes):
        row = have.get(code) or ContactLanguage(code=code)
        row.position = i
        rows.append(row)
    contact.languages = rows
    if contact.id is not None:
        contact.updated_at = utcnow()
    return True


def same_person_by_phone(name_key: str, email_keys: set[str], other_name_key: str,
                         other_email_keys: set[str]) -> bool:
    """Whether a shared phone number means the same person. Offices print one switchboard number
    for several staff: two different names whose emails are all different are two people."""
    if name_key == other_name_key:
        return True
    return not (email_keys and other_email_keys and not (email_keys & other_email_keys))


def duplicates_of(
    session: Session, draft: ContactDraft, exclude_id: int | None = None
) -> list[DuplicateMatch]:
    """Contacts that look like ``draft``: same email, same E.164 phone, or same name and office."""
    found: dict[int, DuplicateMatch] = {}

    def add(contact: Contact, reason: str) -> None:
        if contact.id != exclude_id and contact.id not in found:
            found[contact.id] = DuplicateMatch(
                contact.id, contact.name, contact.office.name if contact.office else "", reason
            )

    keys = [email_key(a) for a in draft.emails]
    if keys:
        rows = session.execute(
            select(Contact, Email.address).join(Email).where(Email.address_key.in_(keys))
        ).all()
        for contact, address in rows:
            add(contact, Text(QT_TRANSLATE_NOOP("core", "same email {address}"), address=address))
    numbers = [p.e164 for p in draft.phones if p.e164]
    if numbers:
        for contact, number in session.execute(
            select(Contact, Phone.e164).join(Phone).where(Phone.e164.in_(numbers))
        ).all():
            add(contact, Text(QT_TRANSLATE_NOOP("core", "same phone {number}"), number=number))
    office = find_office(session, draft.office) if draft.office else None
    if not (draft.office and office is None):  # a new office: nobody can share it yet
        stmt = select(Contact).where(Contact.name_key == fold(draft.name))
        stmt = stmt.where(Contact.office_id == office.id) if office else stmt.where(Contact.office_id.is_(None))
        for contact in session.scalars(stmt):
            add(contact, Text(QT_TRANSLATE_NOOP("core", "same name and office")))
    return list(found.values())


def _record_tags(s: Session, changed: list[tuple[Contact, list[str]]], action: str, tag: str) -> None:
    """Record a tag added to or removed from contacts (``changed``: each with its tags before)."""
    if not changed:
        return
    s.flush()  # the contacts' versions move
    by, now = history.who(s), utcnow()
    history.record_rows(s, [
        history.history_row(contact.id, contact.version, action,
                            {"tags": [sorted(before, key=fold), sorted((x.name for x in contact.tags), key=fold)]},
                            by, now, tag)
        for contact, before in changed])


def _refuse_if_changed(contact: Contact, expected_version: int | None) -> None:
    if expected_version is not None and contact.version != expected_version:
        raise ConflictError(Text(CHANGED_SINCE, name=contact.name))


class ContactService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    # -- reading -------------------------------------------------------------------------------
    def get(self, contact_id: int) -> ContactRecord:
        with self.sf.begin() as s:
            contact = s.get(Contact, contact_id, options=CONTACT_LOAD)
            if contact is None:
                raise NotFound("contact", contact_id)
            return to_record(contact)

    def get_many(self, ids: list[int]) -> list[ContactRecord]:
        """Records in the order of ``ids``; ids that no longer exist are left out."""
        if not ids:
            return []
        with self.sf.begin() as s:
            rows = s.scalars(select(Contact).where(Contact.id.in_(ids)).options(*CONTACT_LOAD)).all()
            by_id = {c.id: to_record(c) for c in rows}
        return [by_id[i] for i in ids if i in by_id]

    def count(self) -> int:
        """How many contacts the directory holds (a trigger-kept counter on SQLite)."""
        with self.sf.begin() as s:
            return total_contacts(s)

    def list_offices(self) -> list[OfficeRecord]:
        with self.sf.begin() as s:
            rows = s.execute(
                select(Office, func.count(Contact.id))
                .outerjoin(Contact, Contact.office_id == Office.id)
                .group_by(Office.id)
                .order_by(Office.name_key)
            ).all()
            return [OfficeRecord(o.id, o.name, o.country, o.region, n) for o, n in rows]

    def list_tags(self) -> list[str]:
        with self.sf.begin() as s:
            return list(s.scalars(select(Tag.name).order_by(Tag.name_key)))

    def list_beats(self) -> list[str]:
        """Every beat in the directory, by name (for completion and the side panel)."""
        with self.sf.begin() as s:
            return list(s.scalars(select(Beat.name).order_by(Beat.name_key)))

    def list_languages(self) -> list[str]:
        """The ISO 639-1 codes some contact works in, sorted (for completion and the side panel)."""
        with self.sf.begin() as s:
            return sorted(s.scalars(select(ContactLanguage.code).distinct()))

    def list_countries(self) -> list[str]:
        with self.sf.begin() as s:
            office_countries = s.scalars(select(Office.country).where(Office.country.is_not(None)).distinct())
            own = s.scalars(select(Contact.country).where(Contact.country.is_not(None)).distinct())
            return sorted({c for c in (*office_countries, *own) if c})

    def office_country(self, office: str) -> str | None:
        with self.sf.begin() as s:
            found = find_office(s, office)
            return found.country if found else None

    def validate(self, data: ContactInput) -> ContactDraft:
        """Validate without storing (for live feedback in the editor)."""
        with self.sf.begin() as s:
            return draft_for(s, data)

    def find_duplicates(self, data: ContactInput, exclude_id: int | None = None) -> list[DuplicateMatch]:
        with self.sf.begin() as s:
            return duplicates_of(s, draft_for(s, data), exclude_id)

    # -- writing -------------------------------------------------------------------------------
    def add(self, data: ContactInput, default_source: str = TYPED_BY_HAND) -> ContactRecord:
        """Store a new contact. Its source is ``default_source`` ("Typed by hand") unless ``data``
        gives one."""
        if not (data.source or "").strip() and default_source:
            data = dataclass_replace(data, source=default_source)
        with write_session(self.sf) as s:
            draft = draft_for(s, data)
            contact = Contact()
            apply_draft(s, contact, draft)
            from .protection import SUPPRESSED_REASON, is_suppressed

            # an address or number on the suppression list (an opt-out, an erased contact) typed in
            # again: marked do not contact, as an import marks it
            with s.no_autoflush:
                suppressed = not contact.do_not_contact and is_suppressed(
                    s, [e.address for e in contact.emails], [p.e164 for p in contact.phones])
            if suppressed:
                contact.do_not_contact, contact.dnc_reason, contact.dnc_at = True, SUPPRESSED_REASON, utcnow()
            s.add(contact)
            s.flush()
            record = to_record(contact)
            history.record_diff(s, None, record, "created")
            return record

    def update(
        self, contact_id: int, data: ContactInput, expected_version: int | None = None, note: str = ""
    ) -> ContactRecord:
        try:
            with write_session(self.sf) as s:
                contact = s.get(Contact, contact_id, options=CONTACT_LOAD)
                if contact is None:
                    raise NotFound("contact", contact_id)
                if expected_version is not None and contact.version != expected_version:
                    raise ConflictError(Text(QT_TRANSLATE_NOOP(
                        "core", "{name} was changed by someone else since you opened it; reload it and make your "
                                "change again"), name=contact.name))
                before = to_record(contact)
                draft = draft_for(s, data)
                apply_draft(s, contact, draft)
                s.flush()
                after = to_record(contact)
                history.record_diff(s, before, after, "edited", note)
                return after
        except StaleDataError:
            raise ConflictError(Text(QT_TRANSLATE_NOOP(
                "core", "the contact was changed by someone else at the same time; try again"))) from None

    def delete(self, contact_id: int, expected_version: int | None = None) -> ContactRecord:
        """Delete and return the full record, which :meth:`restore` puts back (undo). With
        ``expected_version``, refused (ConflictError) when someone else changed the contact since."""
        with write_session(self.sf) as s:
            contact = s.get(Contact, contact_id, options=CONTACT_LOAD)
            if contact is None:
                raise NotFound("contact", contact_id)
            _refuse_if_changed(contact, expected_version)
            record = _with_ledger(s, [to_record(contact)])[0]
            s.delete(contact)
            return record

    def delete_many(self, ids: list[int], expected_versions: dict[int, int] | None = None) -> list[ContactRecord]:
        """Delete these contacts; with ``expected_versions`` (id -> version), nothing is deleted
        (ConflictError) when someone else changed one of them since (a redo never deletes their edit)."""
        with write_session(self.sf) as s:
            rows = s.scalars(select(Contact).where(Contact.id.in_(ids)).options(*CONTACT_LOAD)).all()
            for c in rows:
                _refuse_if_changed(c, (expected_versions or {}).get(c.id))
            records = _with_ledger(s, [to_record(c) for c in rows])
            for c in rows:
                s.delete(c)
            return records

    def restore(self, records: ContactRecord | list[ContactRecord]) -> list[ContactRecord]:
        """Put deleted contacts back with their ids (a new id if the old one was taken meanwhile),
        phones, emails, tags and article links. Returns the restored records."""
        if isinstance(records, ContactRecord):
            records = [records]
        restored = []
        with write_session(self.sf) as s:
            for rec in records:
                # The old id comes back unless another contact took it meanwhile (SQLite reuses the
                # highest freed id); then the contact is restored under a new id.
                taken = s.get(Contact, rec.id) is not None
                contact = Contact(created_at=rec.created_at) if taken else Contact(id=rec.id, created_at=rec.created_at)
                s.add(contact)
                contact.name = rec.name
                contact.name_key = fold(rec.name)
                contact.role = rec.role
                contact.notes = rec.notes
                contact.country = rec.own_country
                office_country = rec.country if rec.country != rec.own_country else None
                contact.office = get_or_create_office(s, rec.office, office_country)
                contact.phones = [phone_row(p, i) for i, p in enumerate(rec.phones)]
                contact.emails = [email_row(a, i) for i, a in enumerate(rec.emails)]
                contact.tags = get_or_create_tags(s, rec.tags)
                contact.beats = get_or_create_beats(s, rec.beats)
                contact.languages = [ContactLanguage(code=c, position=i) for i, c in enumerate(rec.languages)]
                contact.source = rec.source
                contact.lawful_basis = rec.lawful_basis
                contact.review_date = rec.review_date
                contact.do_not_contact = rec.do_not_contact
                contact.dnc_reason = rec.dnc_reason
                contact.dnc_at = rec.dnc_at
                contact.last_contacted_at = rec.last_contacted_at
                article_ids = [a.id for a in rec.articles]
                contact.articles = (
                    list(s.scalars(select(Article).where(Article.id.in_(article_ids)))) if article_ids else []
                )
                s.flush()
                refresh_search_text(contact)
                s.flush()
                if rec.outreach:  # the ledger rows the delete took with it
                    from .outreach import put_back

                    put_back(s, contact.id, rec.outreach)
                if rec.list_memberships:  # back on the lists that still exist
                    wanted = dict(rec.list_memberships)
                    alive = set(s.scalars(select(DistributionList.id).where(DistributionList.id.in_(list(wanted)))))
                    if alive:
                        s.execute(insert(list_members), [
                            {"list_id": lid, "contact_id": contact.id, "added_at": wanted[lid] or utcnow()}
                            for lid in sorted(alive)])
                # Its history comes back too, and its version goes on from where it was (the new row
                # started at 1), so that the versions the history names stay the contact's own.
                history.put_back(s, contact.id, rec.history)
                s.execute(update(Contact).where(Contact.id == contact.id).values(version=rec.version + 1)
                          .execution_options(synchronize_session=False))
                s.refresh(contact, ["version"])
                record = to_record(contact)
                history.record_change(s, contact.id, record.version, "undeleted", {})
                restored.append(record)
        return restored

    def replace(self, record: ContactRecord, expected_version: int | None = None,
                action: str = "edited", note: str = "") -> ContactRecord:
        """Put a contact back exactly as ``record`` describes it (undo of an edit), recorded as
        ``action``. With ``expected_version``, refused (ConflictError) when someone else changed the
        contact since: an undo never overwrites a colleague's edit."""
        with write_session(self.sf) as s:
            contact = s.get(Contact, record.id, options=CONTACT_LOAD)
            if contact is None:
                raise NotFound("contact", record.id)
            if expected_version is not None and contact.version != expected_version:
                raise ConflictError(Text(CHANGED_SINCE, name=contact.name))
            before = to_record(contact)
            draft = draft_for(s, record_to_input(record))
            apply_draft(s, contact, draft)
            s.flush()
            after = to_record(contact)
            history.record_diff(s, before, after, action, note)
            return after

    def tag(self, contact_ids: list[int], tag: str) -> None:
        try:
            name = normalize_tag(tag)
        except InvalidValue as exc:
            raise ValidationError([FieldError("tag", exc.message, exc.value)]) from None
        with write_session(self.sf) as s:
            (t,) = get_or_create_tags(s, [name])
            changed = []
            for contact in s.scalars(
                select(Contact).where(Contact.id.in_(contact_ids)).options(*CONTACT_LOAD)
            ):
                if t not in contact.tags:
                    changed.append((contact, [x.name for x in contact.tags]))
                    contact.tags.append(t)
                    refresh_search_text(contact)
            _record_tags(s, changed, "tagged", t.name)

    def untag(self, contact_ids: list[int], tag: str) -> None:
        with write_session(self.sf) as s:
            t = s.scalars(select(Tag).where(Tag.name_key == fold(tag))).first()
            if t is None:
                return
            changed = []
            for contact in s.scalars(
                select(Contact).where(Contact.id.in_(contact_ids)).options(*CONTACT_LOAD)
            ):
                if t in contact.tags:
                    changed.append((contact, [x.name for x in contact.tags]))
                    contact.tags.remove(t)
                    refresh_search_text(contact)
            _record_tags(s, changed, "untagged", t.name)

    def link_article(self, contact_id: int, article_id: int) -> None:
        with write_session(self.sf) as s:
            contact = s.get(Contact, contact_id, options=CONTACT_LOAD)
            article = s.get(Article, article_id)
            if contact is None:
                raise NotFound("contact", contact_id)
            if article is None:
                raise NotFound("article", article_id)
            if article not in contact.articles:
                before = to_record(contact)
                contact.articles.append(article)
                refresh_search_text(contact)
                s.flush()
                history.record_diff(s, before, to_record(contact), "linked")

    def unlink_article(self, contact_id: int, article_id: int) -> None:
        with write_session(self.sf) as s:
            contact = s.get(Contact, contact_id, options=CONTACT_LOAD)
            if contact is None:
                raise NotFound("contact", contact_id)
            before = to_record(contact)
            s.execute(
                delete(contact_articles).where(
                    contact_articles.c.contact_id == contact_id, contact_articles.c.article_id == article_id
                )
            )
            s.expire(contact, ["articles"])
            refresh_search_text(contact)
            s.flush()
            history.record_diff(s, before, to_record(contact), "unlinked")

    def set_office_country(self, office: str, country: str | None) -> None:
        from ..core.offices import normalize_country

        try:
            code = normalize_country(country)
        except InvalidValue as exc:
            raise ValidationError([FieldError("country", exc.message, exc.value)]) from None
        with write_session(self.sf) as s:
            found = find_office(s, office)
            if found is None:
                raise NotFound("office", office)
            set_office_country(s, found, code)
