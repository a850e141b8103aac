"""The send ledger (``outreach_log``): who was written to, about which article or subject, by which
channel, from which list, by which OS user and when; and who a send may reach.

``record`` stores one send in one transaction that also moves ``contacts.last_contacted_at`` (the
table's "Last contacted" column) forward. ``history`` is one contact's ledger, newest first.
``already_sent`` tells which contacts already got an article. ``list_recipients`` gives a list's
members split by :func:`core.outreach.split_recipients`: do-not-contact contacts and contacts without
an email are left out (with names and reasons), never sent to.

Channels: ``mailto`` (the mail client opened with the addresses), ``eml`` (a draft file written),
``email`` (one contact written to, e.g. by double-click), ``copied`` (no mail program handled the link:
the addresses went to the clipboard; recorded, since the user pastes them into a message).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from ..core.emails import email_key
from ..core.errors import NotFound, UserError
from ..core.outreach import SendSplit, one_line, split_recipients
from ..core.text import clean, fold
from ..store.db import write_session
from ..store.models import Article, Contact, DistributionList, Email, OutreachEntry, utcnow
from .identity import os_user
from .records import LedgerEntry
from .search import Filters, SearchService

T = TypeVar("T")
_LEDGER = cast(Table, OutreachEntry.__table__)  # Core inserts: no ORM bulk bookkeeping for 10,000 rows
CHANNELS = ("mailto", "eml", "email", "copied")
CHUNK = 5000
SUBJECT_MAX = 500


@dataclass(frozen=True)
class Target:
    """What a send needs of one contact (much less than a ContactRecord)."""

    id: int
    name: str
    emails: tuple[str, ...]
    do_not_contact: bool
    dnc_reason: str


@dataclass(frozen=True)
class ListRecipients:
    """A list send before it happens: who it reaches, who it leaves out, and who already got the article."""

    list_name: str
    split: SendSplit
    already: frozenset[int]  # sendable contacts that already got this article (empty without one)

    def targets(self, leave_out_already: bool) -> list[tuple[int, str, str]]:
        if not leave_out_already:
            return list(self.split.sendable)
        return [t for t in self.split.sendable if t[0] not in self.already]


SUPPRESSED_SEND = ("an address is on the suppression list (an opt-out, a bounce or an erased contact); "
                   "mark the contact do not contact")


def _chunks(ids: Sequence[T]) -> Iterable[Sequence[T]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _entry(row: OutreachEntry) -> LedgerEntry:
    return LedgerEntry(row.id, row.contact_id, row.article_id, row.subject or "", row.channel,
                       row.list_name or "", row.os_user or "", row.sent_at)


class OutreachService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory
        self.search = SearchService(session_factory)

    # -- who a send reaches --------------------------------------------------------------------
    @staticmethod
    def _targets(s: Session, ids: Sequence[int]) -> list[Target]:
        """``ids`` as Targets, in the order given (ids that are no contact are skipped)."""
        rows: dict[int, tuple[str, bool, str]] = {}
        emails: dict[int, list[str]] = {}
        for part in _chunks(list(ids)):
            for cid, name, dnc, reason in s.execute(select(Contact.id, Contact.name, Contact.do_not_contact,
                                                           Contact.dnc_reason).where(Contact.id.in_(part))):
                rows[cid] = (name, bool(dnc), reason or "")
            for cid, address in s.execute(select(Email.contact_id, Email.address).where(Email.contact_id.in_(part))
                                          .order_by(Email.contact_id, Email.position)):
                emails.setdefault(cid, []).append(address)
        return [Target(i, rows[i][0], tuple(emails.get(i, ())), rows[i][1], rows[i][2]) for i in ids if i in rows]

    def targets(self, contact_ids: Sequence[int]) -> list[Target]:
        with self.sf.begin() as s:
            return self._targets(s, list(dict.fromkeys(contact_ids)))

    @staticmethod
    def _split(s: Session, targets: list[Target], address=None) -> SendSplit:
        """:func:`split_recipients`, and an address that a do-not-contact contact elsewhere in the
        directory has is refused too; so is a contact with an address on the suppression list (an
        opt-out or bounce recorded for an address no contact had, an erased contact typed in again)."""
        from dataclasses import replace

        from .protection import any_suppression, email_digest, suppressed_digests

        if any_suppression(s):
            wanted = {("email", email_digest(e)) for t in targets if not t.do_not_contact for e in t.emails}
            found = suppressed_digests(s, wanted) if wanted else set()
            if found:
                targets = [replace(t, do_not_contact=True, dnc_reason=SUPPRESSED_SEND)
                           if not t.do_not_contact and any(("email", email_digest(e)) in found for e in t.emails)
                           else t for t in targets]
        split = split_recipients(targets, address)
        keys = list({email_key(a) for a in split.addresses})
        blocked: set[str] = set()
        for part in _chunks(keys):
            blocked.update(s.scalars(select(Email.address_key).join(Contact, Contact.id == Email.contact_id)
                                     .where(Email.address_key.in_(part), Contact.do_not_contact.is_(True))))
        return split_recipients(targets, address, blocked) if blocked else split

    def split(self, contact_ids: Sequence[int], address: str | None = None) -> SendSplit:
        """A selection split into who may be written to and who is left out (do not contact, no email);
        ``address``: write to this address of the (one) contact rather than its first."""
        with self.sf.begin() as s:
            targets = self._targets(s, list(dict.fromkeys(contact_ids)))
            return self._split(s, targets, (lambda _t: address) if address is not None else None)

    def list_recipients(self, list_name: str, article_id: int | None = None) -> ListRecipients:
        """The members of ``list_name`` (static or smart) a send would reach, by name, and those it
        leaves out; with ``article_id``, which of the reached already got that article."""
        with self.sf.begin() as s:
            found = s.scalar(select(DistributionList.name).where(
                DistributionList.name_key == fold(clean(list_name))))
            if found is None:
                raise NotFound("list", repr(clean(list_name)))
            stmt, _ = self.search._statement(s, "", Filters(list=found), "name", False)
            ids = list(s.scalars(stmt))
            split = self._split(s, self._targets(s, ids))
            already = self._already(s, article_id, split.ids) if article_id is not None else set()
            return ListRecipients(found, split, frozenset(already))

    # -- the ledger ----------------------------------------------------------------------------
    def record(self, contact_ids: Iterable[int], channel: str, *, article_id: int | None = None,
               subject: str = "", list_name: str = "", when: dt.datetime | None = None) -> int:
        """Store one send to ``contact_ids`` and move their ``last_contacted_at`` forward, in one
        transaction. The subject is the article's title when ``article_id`` is given and no subject is.
        Returns how many ledger rows were written (contacts deleted meanwhile are skipped)."""
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        ids = list(dict.fromkeys(contact_ids))
        when = when or utcnow()
        user = os_user()
        with write_session(self.sf) as s:
            if article_id is not None:
                title = s.scalar(select(Article.title).where(Article.id == article_id))
                if title is None:
                    raise NotFound("article", article_id)
                subject = subject or title
            subject = one_line(subject)[:SUBJECT_MAX]
            list_name = one_line(list_name)[:200]
            n = 0
            for part in _chunks(ids):
                known = list(s.scalars(select(Contact.id).where(Contact.id.in_(part))))
                if not known:
                    continue
                s.execute(insert(_LEDGER), [
                    {"contact_id": cid, "article_id": article_id, "subject": subject, "channel": channel,
                     "list_name": list_name, "os_user": user, "sent_at": when} for cid in known])
                # A send is not an edit: the version and updated_at stay as they were.
                s.execute(
                    update(Contact).where(Contact.id.in_(known),
                                          or_(Contact.last_contacted_at.is_(None), Contact.last_contacted_at < when))
                    .values(last_contacted_at=when, updated_at=Contact.updated_at)
                    .execution_options(synchronize_session=False)
                )
                n += len(known)
            return n

    def history(self, contact_id: int, limit: int | None = None) -> list[LedgerEntry]:
        """One contact's sends, newest first."""
        with self.sf.begin() as s:
            if s.get(Contact, contact_id) is None:
                raise NotFound("contact", contact_id)
            stmt = (select(OutreachEntry).where(OutreachEntry.contact_id == contact_id)
                    .order_by(OutreachEntry.sent_at.desc(), OutreachEntry.id.desc()))
            if limit is not None:
                stmt = stmt.limit(limit)
            return [_entry(r) for r in s.scalars(stmt)]

    def history_count(self, contact_id: int) -> int:
        with self.sf.begin() as s:
            return s.scalar(select(func.count()).where(OutreachEntry.contact_id == contact_id)) or 0

    @staticmethod
    def _already(s: Session, article_id: int, ids: Sequence[int]) -> set[int]:
        got: set[int] = set()
        for part in _chunks(list(ids)):
            got.update(s.scalars(select(OutreachEntry.contact_id).distinct().where(
                OutreachEntry.article_id == article_id, OutreachEntry.contact_id.in_(part))))
        return got

    def already_sent(self, article_id: int, contact_ids: Iterable[int]) -> set[int]:
        """Which of ``contact_ids`` already got the article ``article_id``."""
        with self.sf.begin() as s:
            return self._already(s, article_id, list(dict.fromkeys(contact_ids)))


class SendError(UserError):
    """A send that cannot be done as asked (nothing recorded)."""


# -- undo of a delete (services.contacts) ---------------------------------------------------------


def rows_of(s: Session, contact_ids: Sequence[int]) -> dict[int, tuple[LedgerEntry, ...]]:
    """The ledger rows of contacts about to be deleted (the delete cascades to them)."""
    found: dict[int, list[LedgerEntry]] = {}
    for part in _chunks(list(contact_ids)):
        for row in s.scalars(select(OutreachEntry).where(OutreachEntry.contact_id.in_(part))
                             .order_by(OutreachEntry.id)):
            found.setdefault(row.contact_id, []).append(_entry(row))
    return {cid: tuple(rows) for cid, rows in found.items()}


def put_back(s: Session, contact_id: int, entries: Iterable[LedgerEntry]) -> None:
    """Ledger rows of a restored contact, under its (possibly new) id; an article deleted since
    loses its link (as its SET NULL would have done), the subject stays."""
    entries = list(entries)
    if not entries:
        return
    wanted = {e.article_id for e in entries if e.article_id is not None}
    present = set(s.scalars(select(Article.id).where(Article.id.in_(wanted)))) if wanted else set()
    s.execute(insert(_LEDGER), [
        {"contact_id": contact_id, "article_id": e.article_id if e.article_id in present else None,
         "subject": e.subject, "channel": e.channel, "list_name": e.list_name, "os_user": e.os_user,
         "sent_at": e.sent_at} for e in entries])
