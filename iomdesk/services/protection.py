"""Do not contact, the suppression list, bounces and opt-outs, "Export my data", erasure, retention.

Each user action is one transaction:

- :meth:`ProtectionService.mark` / :meth:`~ProtectionService.unmark`: the do-not-contact flag with a
  reason and a date. Marking adds the contact's emails and phones to the suppression list (a SHA-256
  of the normalized value, never the value: :func:`email_digest`, :func:`phone_digest`); unmarking
  takes them off again. The suppression list outlives the contact: a deleted or erased contact that
  comes back in an import (:func:`suppressed_digests`, used by the CSV/vCard and press-release
  imports) is marked do not contact again.
- :meth:`~ProtectionService.record_optouts`: every address in a pasted bounce message or list
  (:func:`find_addresses`) is suppressed, and the contacts holding it are marked.
- :meth:`~ProtectionService.export_data`: everything the directory holds about one contact.
- :meth:`~ProtectionService.erase`: the contact and everything linked to it are deleted for good,
  the suppression hashes stay, an audit line (who, when, which id; no personal data) is written,
  and on SQLite the freed bytes are scrubbed from the file (FTS merge, VACUUM, WAL truncated).
- :meth:`~ProtectionService.retention`: contacts due for review (review date passed, or not
  contacted for N months, unless a review date still to come says it was reviewed; N is stored in
  the database so the GUI and the CLI agree).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from ..core.emails import email_key, normalize_email
from ..core.errors import InvalidValue, NotFound, UserError
from ..core.text import count_of, fold
from ..store.db import BUSY_TIMEOUT_S, automatic_backups, write_session
from ..store.models import (
    Article,
    AuditEntry,
    Contact,
    ContactChange,
    ContactLanguage,
    DistributionList,
    Email,
    Meta,
    OutreachEntry,
    Phone,
    Suppression,
    contact_articles,
    contact_beats,
    contact_tags,
    list_members,
    utcnow,
)
from . import history
from .contacts import CONTACT_LOAD, to_record
from .identity import os_user
from .records import ContactRecord

SUPPRESSED_REASON = "on the suppression list"
ERASED_REASON = "erased"
RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 24
REASON_MAX = 500
_IN_CHUNK = 500  # values per IN (...) list
CHECKPOINT_WAIT_MS = 3000  # how long the WAL checkpoint after an erasure waits for readers to finish


class ProtectionError(UserError):
    """A do-not-contact, opt-out, export or erase request that cannot be done as asked."""


# -- the suppression list ---------------------------------------------------------------------------
def _sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def email_digest(address: str) -> str:
    """The suppression digest of a (normalized) email address: SHA-256 hex of its duplicate key."""
    return _sha(email_key(address))


def phone_digest(e164: str) -> str:
    """The suppression digest of an E.164 number."""
    return _sha(e164.strip())


def digests_of(emails: Iterable[str], e164s: Iterable[str | None]) -> set[tuple[str, str]]:
    """(kind, digest) of every email and every E.164 number given (numbers without one are left out)."""
    found = {("email", email_digest(a)) for a in emails if a}
    found |= {("phone", phone_digest(p)) for p in e164s if p}
    return found


def suppressed_digests(conn, wanted: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of ``wanted`` (kind, digest) are on the suppression list: one query per
    :data:`_IN_CHUNK` digests. ``conn``: a Session or Connection inside the caller's transaction."""
    wanted = set(wanted)
    found: set[tuple[str, str]] = set()
    for kind in sorted({k for k, _d in wanted}):  # kind first: the (kind, digest) unique index serves
        digests = sorted(d for k, d in wanted if k == kind)
        for start in range(0, len(digests), _IN_CHUNK):
            chunk = digests[start : start + _IN_CHUNK]
            found.update((kind, d) for d in conn.execute(
                select(Suppression.digest).where(Suppression.kind == kind, Suppression.digest.in_(chunk))
            ).scalars())
    return found


class SuppressionCheck:
    """The suppression list as an import asks it, inside the import's transaction: which kinds are on
    it at all (an import of emails skips hashing phones when only emails are suppressed, and everything
    when the list is empty), and the list itself held in memory when it is small (up to
    :attr:`PRELOAD` rows: one query for the whole import), else asked a chunk of digests at a time."""

    PRELOAD = 50_000

    def __init__(self, conn):
        from sqlalchemy import func

        self.conn = conn
        self.kinds = set(conn.execute(select(Suppression.kind).distinct()).scalars())
        self.known: set[tuple[str, str]] | None = None
        if self.kinds and (conn.execute(select(func.count(Suppression.id))).scalar() or 0) <= self.PRELOAD:
            self.known = {(k, d) for k, d in conn.execute(select(Suppression.kind, Suppression.digest))}

    @property
    def active(self) -> bool:
        return bool(self.kinds)

    def digests(self, emails: Iterable[str], e164s: Iterable[str | None]) -> set[tuple[str, str]]:
        """(kind, digest) of the values whose kind is on the list at all."""
        return digests_of(emails if "email" in self.kinds else (), e164s if "phone" in self.kinds else ())

    def found(self, wanted: set[tuple[str, str]]) -> set[tuple[str, str]]:
        if self.known is not None:
            return wanted & self.known
        return suppressed_digests(self.conn, wanted)


def any_suppression(conn) -> bool:
    """Whether the suppression list holds anything (an import skips its checks when it is empty)."""
    return conn.execute(select(Suppression.id).limit(1)).first() is not None


def is_suppressed(conn, emails: Iterable[str], e164s: Iterable[str | None] = ()) -> bool:
    """Whether any of these normalized emails or E.164 numbers is on the suppression list."""
    wanted = digests_of(emails, e164s)
    return bool(wanted) and bool(suppressed_digests(conn, wanted))


def _add_suppressions(s: Session, digests: set[tuple[str, str]], reason: str) -> list[tuple[str, str]]:
    """Add the (kind, digest) pairs not on the list yet; returns those added."""
    have = suppressed_digests(s, digests)
    now = utcnow()
    new = sorted(digests - have)
    for kind, digest in new:
        s.add(Suppression(kind=kind, digest=digest, reason=reason, created_at=now))
    if new:
        s.flush()
    return new


@dataclass(frozen=True)
class DncState:
    """A contact's do-not-contact state before an action: what undo puts back."""

    id: int
    do_not_contact: bool
    reason: str
    at: dt.datetime | None


def _state(c: Contact) -> DncState:
    return DncState(c.id, bool(c.do_not_contact), c.dnc_reason or "", c.dnc_at)


def _record_history(s: Session, contacts: dict[int, Contact], befores: list[ContactRecord], action: str) -> None:
    """The contacts' history rows for a change of their do-not-contact state (after the flush that
    moved their versions)."""
    if not befores:
        return
    s.flush()
    by = history.who(s)
    for before in befores:
        history.record_diff(s, before, to_record(contacts[before.id]), action, by=by)


def _load_contacts(s: Session, ids: Iterable[int], full: bool = True) -> dict[int, Contact]:
    """The contacts ``ids`` by id (with phones, emails ... when ``full``), a chunk of ids per query:
    a selection of 50,000 contacts stays under SQLite's limit of variables in one statement."""
    ids = list(dict.fromkeys(ids))
    found: dict[int, Contact] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        stmt = select(Contact).where(Contact.id.in_(ids[start : start + _IN_CHUNK]))
        if full:
            stmt = stmt.options(*CONTACT_LOAD)
        found.update((c.id, c) for c in s.scalars(stmt))
    return found


def _contact_digests(c: Contact) -> set[tuple[str, str]]:
    return digests_of((e.address for e in c.emails), (p.e164 for p in c.phones))


def mark_suppressed_contacts(s: Session, ids: Iterable[int], now: dt.datetime | None = None) -> list[int]:
    """Inside an import's transaction: mark the contacts ``ids`` do not contact ("on the suppression
    list") unless they are already. Returns the ids marked, in the order given."""
    ids = list(dict.fromkeys(ids))
    now = now or utcnow()
    marked: set[int] = set()
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        todo = list(s.scalars(select(Contact.id).where(Contact.id.in_(chunk), Contact.do_not_contact.is_(False))))
        if todo:
            s.execute(
                update(Contact)
                .where(Contact.id.in_(todo))
                .values(do_not_contact=True, dnc_reason=SUPPRESSED_REASON, dnc_at=now,
                        version=Contact.version + 1)
                .execution_options(synchronize_session=False)
            )
            marked.update(todo)
    return [i for i in ids if i in marked]


# -- finding addresses in pasted text ------------------------------------------------------------------
# Anything shaped like local@domain; validated afterwards with the app's own email rules.
_ADDRESS = re.compile(r"[^\s<>()\[\]{},;:\"'`=]+@[^\s<>()\[\]{},;:\"'`/\\]+", re.UNICODE)
# Header lines whose "addresses" are message identifiers or routing, never a person.
_ID_HEADERS = re.compile(
    r"^(message-id|in-reply-to|references|content-id|dkim-signature|arc-[a-z-]+|x-[a-z0-9-]+|"
    r"authentication-results|received-spf|thread-index)\s*:", re.IGNORECASE
)
# Local parts of mail-system senders: the bounce's own From, never the person who bounced.
_SYSTEM_LOCAL = re.compile(
    r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?(\+.*)?|bounce-.*|abuse|"
    r"mail-?delivery.*|microsoftexchange.*)$", re.IGNORECASE
)


# Header lines that name the sender and the recipients of a message: in a bounce, the sender of the
# bounced message (the user's own address) and the mail system, never the person who bounced.
_PARTY_HEADERS = re.compile(r"^(from|to|cc|bcc|reply-to|sender|delivered-to|return-path|envelope-to)\s*:",
                            re.IGNORECASE)


@dataclass(frozen=True)
class FoundAddresses:
    addresses: tuple[str, ...]  # normalized, first seen first, one per duplicate key
    ignored: tuple[str, ...] = ()  # mail-system senders (MAILER-DAEMON, postmaster, no-reply ...)
    # in a bounce (a mail-system sender was found): addresses seen only on its From/To/Cc header
    # lines, such as the user's own address the message was sent from
    headers: tuple[str, ...] = ()


def find_addresses(text: str) -> FoundAddresses:
    """Every email address in ``text`` (a bounce message with its headers, a list separated by
    commas, semicolons, new lines, in angle brackets or "mailto:"), normalized, each once, in the
    order first seen. Message identifiers (Message-ID, References ...) are not addresses; mail-system
    senders (MAILER-DAEMON, postmaster, no-reply) are listed apart, in ``ignored``; in a bounce (one
    such sender found), addresses seen only on From/To/Cc header lines are listed apart in
    ``headers``: they are the message's own sender and recipients (the user's address), not the
    address that bounced. A forwarded opt-out ("From: the journalist", no mail system) keeps them."""
    found: dict[str, str] = {}
    in_body: set[str] = set()
    ignored: dict[str, str] = {}
    in_id_header = False
    for line in (text or "").splitlines():
        if line[:1] in (" ", "\t") and in_id_header:
            continue  # a folded continuation of such a header
        in_id_header = bool(_ID_HEADERS.match(line))
        if in_id_header:
            continue
        party = bool(_PARTY_HEADERS.match(line))
        for m in _ADDRESS.finditer(line):
            candidate = m.group(0).strip(".")
            if candidate.lower().startswith("mailto:"):
                candidate = candidate[7:]
            try:
                address = normalize_email(candidate)
            except InvalidValue:
                continue
            key = email_key(address)
            local = address.rsplit("@", 1)[0]
            if _SYSTEM_LOCAL.match(local):
                ignored.setdefault(key, address)
                continue
            found.setdefault(key, address)
            if not party:
                in_body.add(key)
    bounce = bool(ignored)
    addresses = tuple(a for k, a in found.items() if not bounce or k in in_body)
    headers = tuple(a for k, a in found.items() if bounce and k not in in_body)
    return FoundAddresses(addresses, tuple(ignored.values()), headers)


# -- results ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MarkResult:
    marked: tuple[int, ...]  # ids newly marked or whose reason changed
    suppressions_added: int
    missing: tuple[int, ...] = ()
    previous: tuple[DncState, ...] = ()  # for undo: the marked contacts as they were
    added: tuple[tuple[str, str], ...] = ()  # for undo: the (kind, digest) pairs this added

    def summary(self) -> str:
        return (f"{count_of(len(self.marked), 'contact')} marked do not contact; "
                f"{count_of(self.suppressions_added, 'address or number', 'addresses and numbers')} "
                "added to the suppression list")


@dataclass(frozen=True)
class UnmarkResult:
    allowed: tuple[int, ...]
    suppressions_removed: int
    missing: tuple[int, ...] = ()
    previous: tuple[DncState, ...] = ()  # for undo
    removed: tuple[tuple[str, str, str], ...] = ()  # for undo: (kind, digest, reason) taken off

    def summary(self) -> str:
        return (f"{count_of(len(self.allowed), 'contact')} may be contacted again; "
                f"{count_of(self.suppressions_removed, 'address or number', 'addresses and numbers')} "
                "taken off the suppression list")


@dataclass(frozen=True)
class OptOutResult:
    found: tuple[str, ...]  # every address recorded
    marked: tuple[tuple[int, str], ...]  # (contact id, name) newly marked
    already: tuple[tuple[int, str], ...]  # (contact id, name) already do not contact
    not_in_directory: tuple[str, ...]  # addresses no contact has: suppressed all the same
    suppressions_added: int = 0
    previous: tuple[DncState, ...] = ()  # for undo: the contacts marked, as they were
    added: tuple[tuple[str, str], ...] = ()  # for undo

    def summary(self) -> str:
        return (f"{count_of(len(self.found), 'address', 'addresses')} recorded: "
                f"{count_of(len(self.marked), 'contact')} marked do not contact, "
                f"{len(self.already)} already marked, {len(self.not_in_directory)} not in the directory "
                "(kept on the suppression list)")


@dataclass(frozen=True)
class EraseResult:
    erased: tuple[int, ...]
    missing: tuple[int, ...] = ()
    suppressions_added: int = 0
    scrubbed: bool = False  # SQLite: the file was compacted and the WAL truncated
    note: str = ""  # what could not be promised (PostgreSQL, a busy file, backups beside the file)
    backups: tuple[Path, ...] = ()  # automatic backups beside the SQLite file, made before

    def summary(self) -> str:
        text = f"{count_of(len(self.erased), 'contact')} erased for good"
        if self.missing:
            text += f"; {count_of(len(self.missing), 'id')} not found: {', '.join(map(str, self.missing))}"
        return text + (f". {self.note}" if self.note else "")


@dataclass(frozen=True)
class RetentionItem:
    id: int
    name: str
    office: str
    why: str  # "review date passed (2025-01-31)", "not contacted since 2023-05-02", "never contacted ..."
    review_date: dt.date | None
    last_contacted_at: dt.datetime | None
    created_at: dt.datetime | None
    do_not_contact: bool = False

    def to_json(self) -> dict:
        return {
            "id": self.id, "name": self.name, "office": self.office, "why": self.why,
            "review_date": self.review_date.isoformat() if self.review_date else None,
            "last_contacted_at": self.last_contacted_at.isoformat() if self.last_contacted_at else None,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "do_not_contact": self.do_not_contact,
        }


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day when it has fewer)."""
    import calendar

    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _clean_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ProtectionError("give a reason for do not contact (for example \"asked to be removed\")")
    return text[:REASON_MAX]


# Tables that hold a row per contact, with the column naming it: the export lists each, and a test
# walks the metadata so that a table added later without being listed here fails.
RELATED_TABLES: tuple[tuple[Table, str], ...] = (
    (cast(Table, Phone.__table__), "contact_id"),
    (cast(Table, Email.__table__), "contact_id"),
    (contact_tags, "contact_id"),
    (contact_beats, "contact_id"),
    (cast(Table, ContactLanguage.__table__), "contact_id"),
    (contact_articles, "contact_id"),
    (list_members, "contact_id"),
    (cast(Table, OutreachEntry.__table__), "contact_id"),
    (cast(Table, ContactChange.__table__), "contact_id"),  # old values of the fields: erased too
)
# Columns of the contacts table that are derived search text (folded copies of the fields): in the
# JSON export (every column), left out of the readable text.
_DERIVED = ("search_text", "name_key", "sort_key", "fts_")


def _json_value(v):
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    if isinstance(v, bytes):  # the name's collation key (sort_key)
        return v.hex()
    return v


class ProtectionService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    # -- do not contact ------------------------------------------------------------------------------
    def mark(self, contact_ids: Sequence[int], reason: str) -> MarkResult:
        """Mark the contacts do not contact with ``reason`` (required) and today's date, and put their
        emails and phones on the suppression list. Marking a marked contact again replaces the reason."""
        reason = _clean_reason(reason)
        ids = list(dict.fromkeys(contact_ids))
        if not ids:
            raise ProtectionError("no contact selected")
        with write_session(self.sf) as s:
            contacts = _load_contacts(s, ids)
            missing = tuple(i for i in ids if i not in contacts)
            if not contacts:
                raise NotFound("contact", ", ".join(map(str, missing)))
            now = utcnow()
            digests: set[tuple[str, str]] = set()
            marked, previous, befores = [], [], []
            for cid in ids:
                c = contacts.get(cid)
                if c is None:
                    continue
                digests |= _contact_digests(c)
                if not c.do_not_contact or c.dnc_reason != reason:
                    previous.append(_state(c))
                    befores.append(to_record(c))
                    if not c.do_not_contact:
                        c.dnc_at = now
                    c.do_not_contact = True
                    c.dnc_reason = reason
                    marked.append(cid)
            _record_history(s, contacts, befores, "do not contact")
            added = _add_suppressions(s, digests, reason)
            return MarkResult(tuple(marked), len(added), missing, tuple(previous), tuple(added))

    def unmark(self, contact_ids: Sequence[int]) -> UnmarkResult:
        """Allow contact again: clear the flag and take the contacts' emails and phones off the
        suppression list (whatever reason put them there)."""
        ids = list(dict.fromkeys(contact_ids))
        if not ids:
            raise ProtectionError("no contact selected")
        with write_session(self.sf) as s:
            contacts = _load_contacts(s, ids)
            missing = tuple(i for i in ids if i not in contacts)
            if not contacts:
                raise NotFound("contact", ", ".join(map(str, missing)))
            digests: set[tuple[str, str]] = set()
            allowed, previous, befores = [], [], []
            for cid in ids:
                c = contacts.get(cid)
                if c is None:
                    continue
                digests |= _contact_digests(c)
                if c.do_not_contact:
                    previous.append(_state(c))
                    befores.append(to_record(c))
                    c.do_not_contact = False
                    c.dnc_reason = ""
                    c.dnc_at = None
                    allowed.append(cid)
            _record_history(s, contacts, befores, "contact allowed again")
            removed: list[tuple[str, str, str]] = []
            for kind in ("email", "phone"):
                values = sorted(d for k, d in digests if k == kind)
                for start in range(0, len(values), _IN_CHUNK):
                    where = (Suppression.kind == kind, Suppression.digest.in_(values[start : start + _IN_CHUNK]))
                    removed += [(kind, d, r) for d, r in s.execute(
                        select(Suppression.digest, Suppression.reason).where(*where))]
                    s.execute(delete(Suppression).where(*where))
            return UnmarkResult(tuple(allowed), len(removed), missing, tuple(previous), tuple(removed))

    def restore(self, states: Sequence[DncState], add: Iterable[tuple[str, str, str]] = (),
                remove: Iterable[tuple[str, str]] = ()) -> list[int]:
        """Undo of a mark, an unmark or an opt-out: put the contacts' do-not-contact state back as
        ``states`` says, add the (kind, digest, reason) rows ``add`` and delete the (kind, digest)
        pairs ``remove``. Contacts deleted meanwhile are skipped. Returns the ids put back."""
        done = []
        with write_session(self.sf) as s:
            by_id = _load_contacts(s, [st.id for st in states], full=False)
            for st in states:
                c = by_id.get(st.id)
                if c is not None:
                    c.do_not_contact, c.dnc_reason, c.dnc_at = st.do_not_contact, st.reason, st.at
                    done.append(st.id)
            for kind, digest in remove:  # never the hashes of an erased contact
                s.execute(delete(Suppression).where(Suppression.kind == kind, Suppression.digest == digest,
                                                    Suppression.reason.not_like(f"{ERASED_REASON}%")))
            adding = list(add)
            have = suppressed_digests(s, {(k, d) for k, d, _r in adding})
            now = utcnow()
            for kind, digest, reason in adding:
                if (kind, digest) not in have:
                    s.add(Suppression(kind=kind, digest=digest, reason=reason, created_at=now))
                    have.add((kind, digest))
        return done

    def suppression_count(self) -> int:
        from sqlalchemy import func

        with self.sf.begin() as s:
            return s.scalar(select(func.count(Suppression.id))) or 0

    def check(self, emails: Iterable[str], e164s: Iterable[str | None] = ()) -> bool:
        """Whether any of these normalized emails or E.164 numbers is on the suppression list."""
        with self.sf.begin() as s:
            return is_suppressed(s, emails, e164s)

    # -- bounces and opt-outs ----------------------------------------------------------------------------
    def record_optouts(self, addresses: Iterable[str] | str, reason: str) -> OptOutResult:
        """Suppress every address (a text is searched with :func:`find_addresses`), and mark do not
        contact every contact that has one. Addresses nobody in the directory has are suppressed too."""
        reason = _clean_reason(reason)
        if isinstance(addresses, str):
            wanted = list(find_addresses(addresses).addresses)
        else:
            wanted = []
            for a in addresses:
                try:
                    wanted.append(normalize_email(a))
                except InvalidValue:
                    continue
            wanted = list({email_key(a): a for a in wanted}.values())
        if not wanted:
            raise ProtectionError("no email address was found in the text")
        keys = {email_key(a): a for a in wanted}
        with write_session(self.sf) as s:
            holders: dict[int, set[str]] = {}
            key_list = sorted(keys)
            for start in range(0, len(key_list), _IN_CHUNK):
                for cid, key in s.execute(select(Email.contact_id, Email.address_key).where(
                        Email.address_key.in_(key_list[start : start + _IN_CHUNK]))):
                    holders.setdefault(cid, set()).add(key)
            contacts = sorted(_load_contacts(s, holders).values(), key=lambda c: (c.sort_key, c.id))
            now = utcnow()
            marked, already, previous = [], [], []
            digests = {("email", email_digest(a)) for a in wanted}
            for c in contacts:
                digests |= _contact_digests(c)
                if c.do_not_contact:
                    already.append((c.id, c.name))
                else:
                    previous.append(_state(c))
                    c.do_not_contact, c.dnc_reason, c.dnc_at = True, reason, now
                    marked.append((c.id, c.name))
            added = _add_suppressions(s, digests, reason)
            held = set().union(*holders.values()) if holders else set()
            return OptOutResult(
                found=tuple(wanted),
                marked=tuple(marked),
                already=tuple(already),
                not_in_directory=tuple(a for k, a in keys.items() if k not in held),
                suppressions_added=len(added),
                previous=tuple(previous),
                added=tuple(added),
            )

    # -- export my data -----------------------------------------------------------------------------------
    def export_data(self, contact_id: int) -> dict:
        """Everything the directory holds about one contact, for the person who asks: the fields, every
        phone and email, tags, beats, languages, lists, send ledger, linked articles, data-protection
        fields and do-not-contact state; and ``records``: every row of every table naming the contact,
        all columns, as stored."""
        with self.sf.begin() as s:
            c = s.get(Contact, contact_id, options=CONTACT_LOAD)
            if c is None:
                raise NotFound("contact", contact_id)
            rec = to_record(c)
            contacts_table: Table = Contact.__table__  # type: ignore[assignment]
            records: dict[str, list[dict]] = {
                "contacts": [dict(r._mapping) for r in s.execute(
                    select(contacts_table).where(contacts_table.c.id == contact_id))]
            }
            for table, col in RELATED_TABLES:
                records[table.name] = [dict(r._mapping) for r in s.execute(
                    select(table).where(table.c[col] == contact_id))]
            lists = [
                {"name": name, "added_at": _json_value(added)}
                for name, added in s.execute(
                    select(DistributionList.name, list_members.c.added_at)
                    .join(list_members, list_members.c.list_id == DistributionList.id)
                    .where(list_members.c.contact_id == contact_id).order_by(DistributionList.name_key))
            ]
            # smart lists whose saved search finds the contact are lists it is on too
            from .lists import ListService

            static = {lst["name"] for lst in lists}
            queries = {name: query for name, query in s.execute(
                select(DistributionList.name, DistributionList.query).where(DistributionList.query.is_not(None)))}
            lists += [{"name": name, "added_at": None, "smart": True, "search": queries[name]}
                      for name in ListService(self.sf).lists_of(contact_id)
                      if name not in static and name in queries]
            lists.sort(key=lambda lst: fold(lst["name"]))
            ledger = [
                {"sent_at": _json_value(e.sent_at), "subject": e.subject, "article": title, "channel": e.channel,
                 "list": e.list_name, "by": e.os_user}
                for e, title in s.execute(
                    select(OutreachEntry, Article.title).outerjoin(Article, Article.id == OutreachEntry.article_id)
                    .where(OutreachEntry.contact_id == contact_id).order_by(OutreachEntry.sent_at, OutreachEntry.id))
            ]
            articles = [
                {"id": a.id, "title": a.title, "date": _json_value(a.date), "url": a.url} for a in c.articles
            ]
            tag_names = {t.id: t.name for t in c.tags}
            beat_names = {b.id: b.name for b in c.beats}
            office = c.office.name if c.office else ""
        for row in records["contact_tags"]:
            row["tag"] = tag_names.get(row["tag_id"], "")
        for row in records["contact_beats"]:
            row["beat"] = beat_names.get(row["beat_id"], "")
        return {
            "format": "iomdesk-export-my-data/1",
            "exported_at": utcnow().isoformat(timespec="seconds"),
            "contact": {
                "id": rec.id,
                "name": rec.name,
                "role": rec.role,
                "office": office,
                "country": rec.country,
                "own_country": rec.own_country,
                "notes": rec.notes,
                "created_at": _json_value(rec.created_at),
                "updated_at": _json_value(rec.updated_at),
                "phones": [{"number": p.shown, "raw": p.raw, "e164": p.e164, "kind": p.kind,
                            "extension": p.extension, "valid": p.valid} for p in rec.phones],
                "emails": list(rec.emails),
                "tags": list(rec.tags),
                "beats": list(rec.beats),
                "languages": list(rec.languages),
            },
            "data_protection": {
                "source": rec.source,
                "lawful_basis": rec.lawful_basis,
                "review_date": _json_value(rec.review_date),
                "last_contacted_at": _json_value(rec.last_contacted_at),
            },
            "do_not_contact": {
                "marked": rec.do_not_contact,
                "reason": rec.dnc_reason,
                "since": _json_value(rec.dnc_at),
            },
            "lists": lists,
            "outreach": ledger,
            "articles": articles,
            "records": {name: [{k: _json_value(v) for k, v in row.items()} for row in rows]
                        for name, rows in records.items()},
        }

    @staticmethod
    def export_text(data: dict) -> str:
        """The readable form of :meth:`export_data`, for the person who asked."""
        c, dp, dnc = data["contact"], data["data_protection"], data["do_not_contact"]

        def when(value: str | None, empty: str = "-") -> str:
            """An ISO time as "2026-12-04 18:48 UTC" (times are stored in UTC)."""
            if not value:
                return empty
            try:
                return dt.datetime.fromisoformat(value).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            except ValueError:
                return value
        basis = {"consent": "consent", "legitimate_interest": "legitimate interest",
                 "public_role": "public role"}.get(dp["lawful_basis"] or "", dp["lawful_basis"] or "not recorded")
        lines = [
            f"Personal data held by IOM Desk about {c['name']} (contact {c['id']})",
            f"Exported {when(data['exported_at'])}",
            "",
            f"Name: {c['name']}",
            f"Role: {c['role'] or '-'}",
            f"Office: {c['office'] or '-'}",
            f"Country: {c['country'] or '-'}" + (f" (own country {c['own_country']})"
                                                   if c["own_country"] and c["own_country"] != c["country"] else ""),
            f"Added: {when(c['created_at'])}",
            f"Last changed: {when(c['updated_at'])}",
            "",
            "Phones:" if c["phones"] else "Phones: none",
            *(f"  {p['number']} ({p['kind']})" + (f" ext. {p['extension']}" if p["extension"] else "")
              for p in c["phones"]),
            "Emails:" if c["emails"] else "Emails: none",
            *(f"  {a}" for a in c["emails"]),
            f"Tags: {', '.join(c['tags']) or 'none'}",
            f"Beats: {', '.join(c['beats']) or 'none'}",
            f"Languages: {', '.join(c['languages']) or 'none'}",
            "Notes:" if c["notes"] else "Notes: none",
            *(f"  {line}" for line in c["notes"].splitlines()),
            "",
            "Data protection",
            f"  Source: {dp['source'] or 'not recorded'}",
            f"  Lawful basis: {basis}",
            f"  Review date: {dp['review_date'] or 'none'}",
            f"  Last contacted: {when(dp['last_contacted_at'], 'never')}",
            "Do not contact: " + (f"yes, since {when(dnc['since'], '?')}: {dnc['reason']}" if dnc["marked"] else "no"),
            "",
            "Distribution lists:" if data["lists"] else "Distribution lists: none",
            *(f"  {lst['name']} (smart list: its search {lst['search']} finds this contact)" if lst.get("smart")
              else f"  {lst['name']} (added {when(lst['added_at'])})" for lst in data["lists"]),
            "Messages sent (outreach ledger):" if data["outreach"] else "Messages sent (outreach ledger): none",
            *(f"  {when(e['sent_at'])}: {e['article'] or e['subject'] or '(no subject)'} by {e['channel']}"
              + (f", list {e['list']}" if e["list"] else "") + (f", sent by {e['by']}" if e["by"] else "")
              for e in data["outreach"]),
            "Press releases naming this contact:" if data["articles"] else "Press releases naming this contact: none",
            *(f"  {a['date'] or ''} {a['title']}".rstrip() + (f" <{a['url']}>" if a["url"] else "")
              for a in data["articles"]),
            "",
            "Stored values (every column of every table that names the contact; search columns are folded",
            "copies of the fields above):",
        ]
        for table, rows in data["records"].items():
            for i, row in enumerate(rows, start=1):
                lines.append(f"  {table} {i}:")
                for k, v in row.items():
                    if table == "contacts" and k.startswith(_DERIVED):
                        v = "(search copy of the fields above)"
                    lines.append(f"    {k}: {'' if v is None else v}")
        return "\n".join(lines) + "\n"

    # -- erase ------------------------------------------------------------------------------------------
    def erase(self, contact_ids: Sequence[int], progress: Callable[[str, int, int], None] | None = None,
              scrub: bool = True) -> EraseResult:
        """Delete the contacts for good with everything linked to them, keep (add) the suppression
        hashes of their emails and phones, and write one audit line each (who, when, which id). Then,
        on SQLite, scrub the bytes from the file (``scrub``): the search indexes are merged, the file
        VACUUMed and the WAL truncated. ``progress(step, done, total)`` names each step."""
        ids = list(dict.fromkeys(contact_ids))
        if not ids:
            raise ProtectionError("no contact selected")
        step = progress or (lambda _what, _d, _t: None)
        total_steps = 4
        step("erasing", 0, total_steps)
        with write_session(self.sf) as s:
            sqlite = s.get_bind().dialect.name == "sqlite"
            if sqlite:
                s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            contacts = list(_load_contacts(s, ids).values())
            found = {c.id for c in contacts}
            missing = tuple(i for i in ids if i not in found)
            if not contacts:
                raise NotFound("contact", ", ".join(map(str, missing)))
            digests: set[tuple[str, str]] = set()
            for c in contacts:
                digests |= _contact_digests(c)
            added = len(_add_suppressions(s, digests, ERASED_REASON))
            # rows already there (a mark, an opt-out) now belong to an erased contact too: an undo of
            # that mark must not take them off (restore() leaves rows marked so)
            for kind in ("email", "phone"):
                values = sorted(d for k, d in digests if k == kind)
                for start in range(0, len(values), _IN_CHUNK):
                    s.execute(update(Suppression).where(
                        Suppression.kind == kind, Suppression.digest.in_(values[start : start + _IN_CHUNK]),
                        Suppression.reason.not_like(f"{ERASED_REASON}%"),
                    ).values(reason=ERASED_REASON + "; " + Suppression.reason))
            erased = sorted(found)
            s.expunge_all()
            for start in range(0, len(erased), _IN_CHUNK):
                chunk = erased[start : start + _IN_CHUNK]
                for table, col in RELATED_TABLES:
                    s.execute(delete(table).where(table.c[col].in_(chunk)))
                s.execute(delete(Contact).where(Contact.id.in_(chunk)).execution_options(synchronize_session=False))
            user = os_user()
            now = utcnow()
            for cid in erased:
                s.add(AuditEntry(at=now, os_user=user, action="erase", contact_id=cid,
                                 detail="erased with its phones, emails, links, list memberships and ledger "
                                        "entries; suppression hashes kept"))
        step("erased", 1, total_steps)
        scrubbed, note, backups = False, "", cast(tuple[Path, ...], ())
        if scrub:
            scrubbed, note, backups = self._scrub(lambda what, n: step(what, n, total_steps))
        step("done", total_steps, total_steps)
        return EraseResult(tuple(erased), missing, added, scrubbed, note, backups)

    def _scrub(self, step: Callable[[str, int], None]) -> tuple[bool, str, tuple[Path, ...]]:
        engine = self.sf.kw.get("bind")
        if engine is None or getattr(engine, "dialect", None) is None:
            return False, "", ()
        if engine.dialect.name != "sqlite":
            return False, ("On PostgreSQL the rows are deleted; the server frees their space at its next "
                           "VACUUM, and its write-ahead log, base backups and replicas may keep old copies "
                           "until they are recycled: that is for the database administrator."), ()
        from sqlalchemy.engine import make_url

        path = make_url(str(engine.url)).database
        backups: tuple[Path, ...] = ()
        if path and path != ":memory:":
            p = Path(path)
            backups = tuple(b for kind in ("upgrade", "import") for b in automatic_backups(p, kind)) \
                if p.parent.exists() else ()
        raw = engine.raw_connection()
        try:
            db = _dbapi(raw)
            step("cleaning the search index", 1)
            db.execute("PRAGMA secure_delete=ON")
            for name in ("contacts_fts", "contacts_digits_fts"):
                exists = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()
                if exists:
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        db.execute(f"INSERT INTO {name}({name}) VALUES('optimize')")
                        db.execute("COMMIT")
                    except Exception:
                        db.execute("ROLLBACK")
                        raise
            step("compacting the file", 2)
            db.execute("VACUUM")
            step("truncating the write-ahead log", 3)
            # waits (busy handler) up to CHECKPOINT_WAIT_MS for readers to finish: a search ends soon
            db.execute(f"PRAGMA busy_timeout={int(CHECKPOINT_WAIT_MS)}")
            try:
                busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        except Exception as exc:  # a busy file: the erasure itself is committed
            import sqlite3

            if not isinstance(exc, sqlite3.Error):
                raise
            from ..store.db import is_busy_error

            why = "another program is using the directory" if is_busy_error(exc) else str(exc)
            return False, (f"The contact is erased, but the file could not be compacted now ({why}): its old "
                           "bytes stay in the file's free space until the next erasure compacts it."), backups
        finally:
            raw.close()
        note = ""
        if busy:
            note = ("Another program is reading the directory, so the old copy of the data stays in the file "
                    "until it stops (the next checkpoint overwrites it); erase again later to be sure.")
        if backups:
            one = len(backups) == 1
            note = (note + " " if note else "") + (
                f"{count_of(len(backups), 'automatic backup')} beside the directory, made before, still "
                f"{'holds' if one else 'hold'} the erased data; delete {'it' if one else 'them'} to finish the "
                "erasure.")
        return not busy, note, backups

    def audit_log(self, limit: int = 100) -> list[dict]:
        with self.sf.begin() as s:
            rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
            return [{"at": _json_value(a.at), "os_user": a.os_user, "action": a.action,
                     "contact_id": a.contact_id, "detail": a.detail} for a in rows]

    # -- retention -------------------------------------------------------------------------------------
    def retention_months(self) -> int:
        with self.sf.begin() as s:
            return _months(s)

    def set_retention_months(self, months: int) -> int:
        if not isinstance(months, int) or months < 1 or months > 600:
            raise ProtectionError("the retention period is a number of months from 1 to 600")
        with write_session(self.sf) as s:
            row = s.get(Meta, RETENTION_KEY)
            if row is None:
                s.add(Meta(key=RETENTION_KEY, value=str(months)))
            else:
                row.value = str(months)
        return months

    def retention(self, months: int | None = None, today: dt.date | None = None) -> list[RetentionItem]:
        """Contacts due for review: their review date has passed, or they were not contacted for
        ``months`` (the stored setting when None): last contacted before then, or never contacted and
        added before then. A review date still to come means the contact was reviewed and is kept until
        then: it is not listed for want of contact. Sorted by name."""
        today = today or dt.date.today()
        with self.sf.begin() as s:
            n = months if months is not None else _months(s)
            cutoff_day = months_before(today, n)
            cutoff = dt.datetime.combine(cutoff_day, dt.time(), tzinfo=dt.UTC)
            stmt = (
                select(Contact.id, Contact.name, Contact.office_id, Contact.review_date, Contact.last_contacted_at,
                       Contact.created_at, Contact.do_not_contact)
                .where(or_(
                    Contact.review_date < today,
                    Contact.review_date.is_(None) & or_(
                        Contact.last_contacted_at < cutoff,
                        Contact.last_contacted_at.is_(None) & (Contact.created_at < cutoff),
                    ),
                ))
                .order_by(Contact.sort_key, Contact.id)
            )
            rows = s.execute(stmt).all()
            from ..store.models import Office

            offices = dict(s.execute(select(Office.id, Office.name)).all()) if rows else {}
        items = []
        for cid, name, office_id, review, last, created, dnc in rows:
            whys = []
            if review is not None and review < today:
                whys.append(f"review date passed ({review.isoformat()})")
            if review is not None and review >= today:
                pass
            elif last is not None and last < cutoff:
                whys.append(f"not contacted since {last.date().isoformat()}")
            elif last is None and created is not None and created < cutoff:
                whys.append(f"never contacted, added {created.date().isoformat()}")
            items.append(RetentionItem(cid, name, offices.get(office_id, "") if office_id else "", "; ".join(whys),
                                       review, last, created, bool(dnc)))
        return items

    def set_review_date(self, contact_ids: Sequence[int], day: dt.date | None) -> int:
        """Set (or clear) the review date of the contacts; returns how many were changed."""
        ids = list(dict.fromkeys(contact_ids))
        if not ids:
            raise ProtectionError("no contact selected")
        with write_session(self.sf) as s:
            changed = 0
            for c in _load_contacts(s, ids, full=False).values():
                if c.review_date != day:
                    c.review_date = day
                    changed += 1
            return changed

    def records(self, contact_ids: Sequence[int]) -> list[ContactRecord]:
        with self.sf.begin() as s:
            by_id = {cid: to_record(c) for cid, c in _load_contacts(s, contact_ids).items()}
        return [by_id[i] for i in contact_ids if i in by_id]


def _dbapi(raw):
    """The DB-API (sqlite3) connection of a pooled connection (a test replaces this)."""
    return raw.driver_connection


def _months(s: Session) -> int:
    row = s.get(Meta, RETENTION_KEY)
    try:
        value = int(row.value) if row is not None else DEFAULT_RETENTION_MONTHS
    except ValueError:
        value = DEFAULT_RETENTION_MONTHS
    return value if value >= 1 else DEFAULT_RETENTION_MONTHS


__all__ = [
    "DEFAULT_RETENTION_MONTHS", "DncState", "ERASED_REASON", "SUPPRESSED_REASON", "EraseResult", "FoundAddresses",
    "MarkResult", "OptOutResult", "ProtectionError", "ProtectionService", "RELATED_TABLES", "RetentionItem",
    "SuppressionCheck", "UnmarkResult", "any_suppression", "digests_of", "email_digest", "find_addresses", "is_suppressed",
    "mark_suppressed_contacts", "months_before", "phone_digest", "suppressed_digests",
]
