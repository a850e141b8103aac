"""Duplicates: which contact a valid row is the same person as, in the directory or the file.

In: a validated ContactDraft. Out: its target (a stored contact id > 0, or -(index + 1) of a new
contact of this import) and why ("same email ..."), or None: :meth:`Matcher._match`. The earliest
contact wins: the database is asked first (row by row, or a chunk at once: ``_prefetch``), then
the keys of the rows held and not written yet. The base of the run: its transaction, the
directory's offices and tags, progress and cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.contact import ContactDraft
from ...core.emails import email_key
from ...core.offices import country_for_office
from ...core.phones import phone_key
from ...core.text import clean
from ...store.models import Beat, Contact, Email, Office, Phone, Tag
from ..contacts import same_person_by_phone
from .pool import name_key as draft_name_key  # fold(draft.name), once per draft (maybe by a worker)
from .pool import office_key as _key  # fold() for strings that repeat across rows (offices, tags)
from .result import ImportCancelled, ImportResult

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class _Office:
    id: int | None
    name: str
    country: str | None  # as stored (or as it will be stored)
    changed: bool = False
    resolved: str | None = None  # country_for_office(name), computed once
    resolved_done: bool = False

    def validation_country(self) -> str | None:
        if self.country:
            return self.country
        if not self.resolved_done:
            self.resolved = country_for_office(self.name)
            self.resolved_done = True
        return self.resolved


@dataclass
class _New:
    draft: ContactDraft
    row: int
    source: str


def _merge(into: ContactDraft, new: ContactDraft) -> bool:
    """Fill empty fields of ``into`` and add new phones, emails, tags, notes. True if it changed."""
    changed = False
    if not into.role and new.role:
        into.role, changed = new.role, True
    if not into.office and new.office:
        into.office, into.office_country, changed = new.office, new.office_country, True
    if not into.country and new.country:
        into.country, changed = new.country, True
    if new.notes and new.notes not in into.notes:
        into.notes, changed = (f"{into.notes}\n\n{new.notes}" if into.notes else new.notes), True
    changed = _append_new(into.phones, new.phones, phone_key) or changed
    changed = _append_new(into.emails, new.emails, email_key) or changed
    changed = _append_new(into.tags, new.tags, _key) or changed
    changed = _append_new(into.languages, new.languages, str) or changed
    changed = _append_new(into.beats, new.beats, _key) or changed
    if not into.source and new.source:
        into.source, changed = new.source, True
    if into.lawful_basis is None and new.lawful_basis:
        into.lawful_basis, changed = new.lawful_basis, True
    if into.review_date is None and new.review_date:
        into.review_date, changed = new.review_date, True
    if changed:
        into.__dict__.pop("_own", None)  # its search parts are computed again when it is written
    return changed


def _append_new(into: list, new: list, key) -> bool:
    """Append the items of ``new`` whose key ``into`` does not have yet; True if any was."""
    have = {key(x) for x in into}
    added = False
    for x in new:
        if key(x) not in have:
            into.append(x)
            have.add(key(x))
            added = True
    return added


_SQL_EMAIL = "SELECT contact_id FROM emails WHERE address_key = ? ORDER BY contact_id LIMIT 1"
_SQL_PHONE = "SELECT contact_id FROM phones WHERE e164 = ? ORDER BY contact_id LIMIT 1"
# "+office_id": the name_key index, not the office one (an office holds thousands of contacts)
_SQL_NAME = "SELECT id FROM contacts WHERE name_key = ? AND +office_id = ? ORDER BY id LIMIT 1"
_SQL_NAME_NO_OFFICE = "SELECT id FROM contacts WHERE name_key = ? AND office_id IS NULL ORDER BY id LIMIT 1"
_SQL_CONTACT = "SELECT name, name_key FROM contacts WHERE id = ?"
_SQL_EMAILS_OF = "SELECT address_key FROM emails WHERE contact_id = ?"


class Matcher:
    """The state of one import inside one transaction, and the look-ups that find duplicates."""

    def __init__(
        self,
        s: Session,
        policy: str,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ):
        self.s = s
        self._claimed: dict[str, str] = {}  # office key -> the country this import gave it
        self.policy = policy
        self.progress = progress
        self.cancelled = cancelled
        self.result = ImportResult()
        self.new: list[_New] = []
        self.new_base = 0  # new contacts written before self.new[0]
        self.db_merges: dict[int, list[tuple[ContactDraft, int, str, str]]] = {}
        self.merge_rows = 0
        self.written = 0  # rows written so far (new contacts and merges): the second half of progress
        self.done = 0
        self.total = 0
        self.conn = s.connection()
        self.raw = self.conn.dialect.name == "sqlite"
        driver: Any = self.conn.connection.driver_connection  # the DB-API connection (sqlite3 here)
        self.cur = driver.cursor() if self.raw else None
        self._office_by_text: dict[str, _Office | None] = {}  # office text as given -> office
        # stored contacts by email key, e164, (name key, office id): look-ups asked for a chunk of
        # rows at once (_prefetch), until the next write; None: ask row by row
        self._known: tuple[dict, dict, dict] | None = None
        self._load()
        self._clear_pending_keys()

    # -- directory state ---------------------------------------------------------------------------
    def _load(self) -> None:
        s = self.s
        self.offices: dict[str, _Office] = {
            key: _Office(id_, name, country)
            for id_, name, key, country in s.execute(
                select(Office.id, Office.name, Office.name_key, Office.country)
            )
        }
        self.tags: dict[str, tuple[int | None, str]] = {
            key: (id_, name) for id_, name, key in s.execute(select(Tag.id, Tag.name, Tag.name_key))
        }
        self.beats: dict[str, tuple[int | None, str]] = {
            key: (id_, name) for id_, name, key in s.execute(select(Beat.id, Beat.name, Beat.name_key))
        }
        # the source a contact this import adds gets when its row gives none, by the row's source
        # label ("" when the import has one file): "Imported from <file name>"
        self.auto_sources: dict[str, str] = {}

    def _clear_pending_keys(self) -> None:
        # duplicate keys of the rows not written yet -> target: a stored contact id (> 0) or
        # -(index + 1) of a new contact (counting every new contact of this import)
        self.by_email: dict[str, int] = {}
        self.emails_of: dict[int, set[str]] = {}  # target -> its email keys (phone-match guard)
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.name_keys: dict[int, str] = {}  # new targets only

    # -- stored contacts, looked up (the earliest contact wins) -------------------------------------
    def _one(self, raw_sql: str, params: tuple, stmt):
        """The first row of a look-up: on SQLite straight through the DB-API cursor of the
        transaction's connection (a look-up per row and key: SQLAlchemy's overhead would double
        the import's time); elsewhere the Core statement ``stmt()`` builds."""
        if self.cur is not None:
            return self.cur.execute(raw_sql, params).fetchone()
        return self.conn.execute(stmt()).first()

    def _stored_by_email(self, key: str) -> int | None:
        if self._known is not None:
            return self._known[0].get(key)
        row = self._one(_SQL_EMAIL, (key,), lambda: select(Email.contact_id).where(Email.address_key == key)
                        .order_by(Email.contact_id).limit(1))
        return row[0] if row else None

    def _stored_by_phone(self, e164: str) -> int | None:
        if self._known is not None:
            return self._known[1].get(e164)
        row = self._one(_SQL_PHONE, (e164,), lambda: select(Phone.contact_id).where(Phone.e164 == e164)
                        .order_by(Phone.contact_id).limit(1))
        return row[0] if row else None

    def _stored_by_name(self, name_key: str, office: _Office | None) -> int | None:
        if office is not None and office.id is None:
            return None  # an office no stored contact can be in yet
        if self._known is not None:
            return self._known[2].get((name_key, office.id if office is not None else None))
        def stmt(where):
            return lambda: select(Contact.id).where(Contact.name_key == name_key, where()).order_by(Contact.id).limit(1)

        if office is None:
            row = self._one(_SQL_NAME_NO_OFFICE, (name_key,), stmt(lambda: Contact.office_id.is_(None)))
        else:
            row = self._one(_SQL_NAME, (name_key, office.id), stmt(lambda: Contact.office_id == office.id))
        return row[0] if row else None

    def _prefetch(self, drafts: list[ContactDraft]) -> None:
        """Ask the database at once what :meth:`_match` would ask it row by row for ``drafts``
        (the earliest contact of each key, as the single look-ups give). The answers hold until the
        next write (:meth:`_flush`)."""
        if self.policy == "create":
            return
        emails = list({email_key(a) for d in drafts for a in d.emails})
        phones = list({p.e164 for d in drafts for p in d.phones if p.e164})
        names = list({draft_name_key(d) for d in drafts})
        if self.cur is None:  # PostgreSQL: the same questions in Core (one round trip each, not one per row)
            self._known = self._prefetch_core(emails, phones, names)
            return
        cur = self.cur
        by_email: dict[str, int] = {}
        by_phone: dict[str, int] = {}
        by_name: dict[tuple[str, int | None], int] = {}
        step = 500  # bound parameters per statement
        for i in range(0, len(emails), step):
            part = emails[i : i + step]
            by_email.update(cur.execute(
                "SELECT address_key, MIN(contact_id) FROM emails WHERE address_key IN "
                f"({','.join('?' * len(part))}) GROUP BY address_key", part))
        for i in range(0, len(phones), step):
            part = phones[i : i + step]
            by_phone.update(cur.execute(
                f"SELECT e164, MIN(contact_id) FROM phones WHERE e164 IN ({','.join('?' * len(part))}) "
                "GROUP BY e164", part))
        for i in range(0, len(names), step):
            part = names[i : i + step]
            for key, office_id, cid in cur.execute(
                f"SELECT name_key, office_id, MIN(id) FROM contacts WHERE name_key IN ({','.join('?' * len(part))}) "
                "GROUP BY name_key, office_id", part):
                by_name[(key, office_id)] = cid
        self._known = (by_email, by_phone, by_name)

    def _prefetch_core(self, emails: list[str], phones: list[str], names: list[str]) -> tuple[dict, dict, dict]:
        conn = self.conn
        by_email: dict[str, int] = {}
        by_phone: dict[str, int] = {}
        by_name: dict[tuple[str, int | None], int] = {}
        step = 500
        for i in range(0, len(emails), step):
            by_email.update((k, v) for k, v in conn.execute(
                select(Email.address_key, func.min(Email.contact_id))
                .where(Email.address_key.in_(emails[i : i + step])).group_by(Email.address_key)))
        for i in range(0, len(phones), step):
            by_phone.update((k, v) for k, v in conn.execute(  # type: ignore[misc]  # e164 IN (...): never NULL
                select(Phone.e164, func.min(Phone.contact_id))
                .where(Phone.e164.in_(phones[i : i + step])).group_by(Phone.e164)))
        for i in range(0, len(names), step):
            for key, office_id, cid in conn.execute(
                    select(Contact.name_key, Contact.office_id, func.min(Contact.id))
                    .where(Contact.name_key.in_(names[i : i + step])).group_by(Contact.name_key, Contact.office_id)):
                by_name[(key, office_id)] = cid
        return by_email, by_phone, by_name

    def _stored_contact(self, cid: int) -> tuple[str, str]:
        row = self._one(_SQL_CONTACT, (cid,), lambda: select(Contact.name, Contact.name_key).where(Contact.id == cid))
        return (row[0], row[1]) if row else ("?", "")

    def _stored_email_keys(self, cid: int) -> set[str]:
        if self.cur is not None:
            rows = self.cur.execute(_SQL_EMAILS_OF, (cid,)).fetchall()
        else:
            rows = self.conn.execute(select(Email.address_key).where(Email.contact_id == cid))
        return {r[0] for r in rows}

    # -- helpers ---------------------------------------------------------------------------------------
    def _tick(self, n: int = 1) -> None:
        self._tick_to(self.done + n)

    def _tick_to(self, done: int) -> None:
        self.done = done
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def _office(self, name: str) -> _Office | None:
        try:
            return self._office_by_text[name]
        except KeyError:
            pass
        text = name
        name = clean(name)
        key = _key(name)
        if not key:
            office = None
        else:
            office = self.offices.get(key)
            if office is None:
                office = self.offices[key] = _Office(None, name, None)
        self._office_by_text[text] = office
        return office

    def _claim_office_country(self, draft: ContactDraft) -> None:
        """What get_or_create_office does: an office without a country takes the contact's."""
        office = self._office(draft.office)
        country = draft.office_country or draft.country
        if office is not None and office.country is None and country:
            office.country = country
            office.changed = True
            self._claimed = {**self._claimed, _key(clean(draft.office)): country}  # for the workers

    def _pending(self, target: int) -> _New:
        return self.new[-target - 1 - self.new_base]

    @staticmethod
    def _stored_label(cid: int, name: str) -> str:
        return f"{name} (contact {cid} in the directory)"

    def _describe(self, target: int) -> str:
        if target > 0:
            return self._stored_label(target, self._stored_contact(target)[0])
        first = self._pending(target)
        return f"row {first.row}" + (f" of {first.source}" if first.source else "")

    def _name_key_of(self, target: int) -> str:
        if target > 0:
            return self._stored_contact(target)[1]
        return self.name_keys.get(target, "")

    def _email_keys_of(self, target: int) -> set[str]:
        if target > 0:
            return self._stored_email_keys(target) | self.emails_of.get(target, set())
        return self.emails_of.get(target, set())

    def _match(self, draft: ContactDraft) -> tuple[int | None, str]:
        # The database holds every key registered before this chunk, so it is asked first.
        for a in draft.emails:
            key = email_key(a)
            t = self._stored_by_email(key)
            if t is None:
                t = self.by_email.get(key)
            if t is not None:
                return t, f"same email {a}"
        for p in draft.phones:
            if p.e164:
                t = self._stored_by_phone(p.e164)
                if t is None:
                    t = self.by_phone.get(p.e164)
                if t is not None and same_person_by_phone(
                    draft_name_key(draft), {email_key(a) for a in draft.emails},
                    self._name_key_of(t), self._email_keys_of(t),
                ):
                    return t, f"same phone {p.e164}"
        name_key = draft_name_key(draft)
        t = self._stored_by_name(name_key, self._office(draft.office))
        if t is None:
            t = self.by_name.get((name_key, _key(draft.office)))
        if t is not None:
            return t, "same name and office"
        return None, ""

    def _register(self, draft: ContactDraft, target: int) -> None:
        if target < 0:
            self.name_keys.setdefault(target, draft_name_key(draft))
        for a in draft.emails:
            self.by_email.setdefault(email_key(a), target)
            self.emails_of.setdefault(target, set()).add(email_key(a))
        for p in draft.phones:
            if p.e164:
                self.by_phone.setdefault(p.e164, target)
        self.by_name.setdefault((draft_name_key(draft), _key(draft.office)), target)
