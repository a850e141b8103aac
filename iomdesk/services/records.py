"""Plain data the services return: no live sessions, no lazy loads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..core.offices import country_name


@dataclass(frozen=True)
class PhoneRecord:
    raw: str
    e164: str | None
    display: str
    kind: str
    valid: bool
    extension: str | None = None

    @property
    def shown(self) -> str:
        return self.display or self.raw


@dataclass(frozen=True)
class ArticleRef:
    id: int
    title: str
    date: dt.date | None = None


@dataclass(frozen=True)
class LedgerEntry:
    """One send in the ledger (outreach_log)."""

    id: int
    contact_id: int
    article_id: int | None
    subject: str  # the article's title when it was sent, or the subject typed
    channel: str
    list_name: str
    os_user: str
    sent_at: dt.datetime

    def to_json(self) -> dict:
        return {"id": self.id, "contact_id": self.contact_id, "article_id": self.article_id,
                "subject": self.subject, "channel": self.channel, "list": self.list_name,
                "os_user": self.os_user, "sent_at": self.sent_at.isoformat()}


@dataclass(frozen=True)
class ChangeRecord:
    """One change in a contact's history: who (OS and database user), when, what (``action``, a
    ``note`` such as "from version 3"), the contact's version after it, and ``changes``: each field
    that changed, ``{field: [before, after]}`` (values as :func:`.history.field_values` gives them)."""

    id: int
    contact_id: int
    version: int
    at: dt.datetime
    os_user: str
    db_user: str
    action: str
    note: str
    changes: dict

    @property
    def who(self) -> str:
        """"alice" or "alice (database user iomdesk_team)"."""
        if self.db_user and self.db_user != self.os_user:
            return f"{self.os_user} (database user {self.db_user})"
        return self.os_user

    @property
    def what(self) -> str:
        """"Edited (role, phones)", "Restored from version 3 (name)"."""
        head = self.action.capitalize() + (f" {self.note}" if self.note else "")
        return f"{head} ({', '.join(self.changes)})" if self.changes else head

    def to_json(self) -> dict:
        return {"id": self.id, "contact_id": self.contact_id, "version": self.version,
                "at": self.at.isoformat(), "os_user": self.os_user, "db_user": self.db_user,
                "action": self.action, "note": self.note, "changes": self.changes}


@dataclass(frozen=True)
class ContactRecord:
    id: int
    name: str
    role: str
    office: str
    country: str | None
    notes: str
    phones: tuple[PhoneRecord, ...]
    emails: tuple[str, ...]
    tags: tuple[str, ...]
    articles: tuple[ArticleRef, ...]
    version: int
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    own_country: str | None = None  # the contact's own country (used when the office tells none)
    languages: tuple[str, ...] = ()  # ISO 639-1 codes
    beats: tuple[str, ...] = ()
    source: str = ""  # where the data came from: "typed by hand", a CSV file name, a release title
    lawful_basis: str | None = None  # consent | legitimate_interest | public_role
    review_date: dt.date | None = None
    do_not_contact: bool = False
    dnc_reason: str = ""
    dnc_at: dt.datetime | None = None
    last_contacted_at: dt.datetime | None = None
    # The contact's ledger rows, filled only by a delete so that its undo (restore) puts them back.
    outreach: tuple[LedgerEntry, ...] = ()
    # The static lists it was on (list id, when added), filled only by a delete, for the same undo.
    list_memberships: tuple[tuple[int, dt.datetime | None], ...] = ()
    # The contact's history rows (contact_history), filled only by a delete, as ``outreach``.
    history: tuple[ChangeRecord, ...] = ()

    @property
    def primary_email(self) -> str | None:
        return self.emails[0] if self.emails else None

    @property
    def primary_phone(self) -> PhoneRecord | None:
        return self.phones[0] if self.phones else None

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    def to_json(self) -> dict:
        """The stable JSON shape of the CLI contract."""
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "office": self.office,
            "country": self.country,
            "phones": [
                {"raw": p.raw, "e164": p.e164, "display": p.display, "valid": p.valid, "kind": p.kind}
                for p in self.phones
            ],
            "emails": list(self.emails),
            "tags": list(self.tags),
            "articles": [{"id": a.id, "title": a.title} for a in self.articles],
            "languages": list(self.languages),
            "beats": list(self.beats),
            "do_not_contact": self.do_not_contact,
            "dnc_reason": self.dnc_reason,
            "source": self.source,
            "lawful_basis": self.lawful_basis,
            "review_date": self.review_date.isoformat() if self.review_date else None,
        }


@dataclass(frozen=True)
class OfficeRecord:
    id: int
    name: str
    country: str | None
    region: str | None
    contacts: int = 0


@dataclass(frozen=True)
class DuplicateMatch:
    contact_id: int
    name: str
    office: str
    reason: str  # "same email ...", "same phone ...", "same name and office"


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    date: dt.date | None
    dateline: str
    url: str | None
    body: str
    source_file: str
    contacts: tuple[tuple[int, str], ...] = field(default_factory=tuple)
    # the linked contacts marked do not contact, with their reasons (shown as such in the Articles view)
    do_not_contact: tuple[tuple[int, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ArticleRow:
    """One line of the articles list (no body, no contact names)."""

    id: int
    title: str
    date: dt.date | None
    dateline: str
    url: str | None
    contacts: int
