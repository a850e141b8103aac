"""SQLAlchemy 2.0 typed models. The schema itself is created only by Alembic revisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates
from sqlalchemy.types import TypeDecorator

from ..core.collation import collation_key


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value


def _default_sort_key(context) -> bytes:
    """A Core insert that gives no ``sort_key``: the key of the row's name."""
    return collation_key(context.get_current_parameters().get("name") or "")


class Base(DeclarativeBase):
    pass


contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_tags_tag", "tag_id"),
)

contact_articles = Table(
    "contact_articles",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_articles_article", "article_id"),
)


class Office(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)  # folded, for lookups
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(100))

    contacts: Mapped[list[Contact]] = relationship(back_populates="office")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    name_key: Mapped[str] = mapped_column(String(60), unique=True)


contact_beats = Table(
    "contact_beats",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("beat_id", ForeignKey("beats.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_beats_beat", "beat_id"),
)


class Beat(Base):
    """A subject a journalist covers ("health", "migration"): free text like a tag, with completion."""

    __tablename__ = "beats"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    name_key: Mapped[str] = mapped_column(String(60), unique=True)


class ContactLanguage(Base):
    """A language a contact works in: an ISO 639-1 code ("fr"); a contact has several."""

    __tablename__ = "contact_languages"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_contact_languages_code", "code"),)


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # folded, for lookups and duplicates
    # The name's collation key (iomdesk.core.collation, revision 0011): bytes whose byte order is the
    # order people expect, the same on every backend; every list of contacts by name sorts by it. Set
    # from ``name`` whatever writes it: the ORM (``_name_sets_sort_key``), a Core insert (the default)
    # or the import's raw SQLite insert (which sets it itself).
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, default=_default_sort_key)
    role: Mapped[str] = mapped_column(String(300), default="")
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id", ondelete="SET NULL"), index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)  # own country when the office tells none
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Search fields (iomdesk.store.search): folded words per field, indexed by FTS5 on SQLite.
    fts_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    fts_role: Mapped[str] = mapped_column(Text, default="", server_default="")
    fts_office: Mapped[str] = mapped_column(Text, default="", server_default="")
    fts_country: Mapped[str] = mapped_column(Text, default="", server_default="")
    fts_email: Mapped[str] = mapped_column(Text, default="", server_default="")
    fts_tags: Mapped[str] = mapped_column(Text, default="", server_default="")
    fts_articles: Mapped[str] = mapped_column(Text, default="", server_default="")
    fts_digits: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Outreach and data protection (revision 0007).
    do_not_contact: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
    dnc_reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    dnc_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(1000), nullable=False, default="", server_default="")
    lawful_basis: Mapped[str | None] = mapped_column(String(30))  # consent | legitimate_interest | public_role
    review_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # The newest send in the ledger (outreach_log), kept here so the table can sort by it.
    last_contacted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)

    office: Mapped[Office | None] = relationship(back_populates="contacts")
    phones: Mapped[list[Phone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Phone.position"
    )
    emails: Mapped[list[Email]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Email.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, order_by="Tag.name_key")
    articles: Mapped[list[Article]] = relationship(
        secondary=contact_articles, back_populates="contacts", order_by="Article.date.desc()"
    )
    beats: Mapped[list[Beat]] = relationship(secondary=contact_beats, order_by="Beat.name_key")
    languages: Mapped[list[ContactLanguage]] = relationship(
        cascade="all, delete-orphan", order_by="ContactLanguage.position"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_contacts_sort_key", "sort_key", "id"),)

    @validates("name")
    def _name_sets_sort_key(self, _key: str, name: str) -> str:
        self.sort_key = collation_key(name or "")
        return name

    @property
    def effective_country(self) -> str | None:
        if self.office is not None and self.office.country:
            return self.office.country
        return self.country


class Phone(Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    raw: Mapped[str] = mapped_column(String(100))
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    display: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(10), default="work")
    valid: Mapped[bool] = mapped_column(Boolean, default=False)
    extension: Mapped[str | None] = mapped_column(String(20))

    contact: Mapped[Contact] = relationship(back_populates="phones")


class Email(Base):
    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(320))
    address_key: Mapped[str] = mapped_column(String(320), index=True)  # casefolded, for duplicates

    contact: Mapped[Contact] = relationship(back_populates="emails")


class Meta(Base):
    """Small key/value facts about the database (e.g. the search index version)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("url", name="uq_articles_url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date | None] = mapped_column(Date)
    dateline: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str | None] = mapped_column(String(2000))
    body: Mapped[str] = mapped_column(Text, default="")
    source_file: Mapped[str] = mapped_column(String(1000), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    contacts: Mapped[list[Contact]] = relationship(
        secondary=contact_articles, back_populates="articles", order_by="Contact.sort_key"
    )


list_members = Table(
    "list_members",
    Base.metadata,
    Column("list_id", ForeignKey("lists.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("added_at", UTCDateTime, nullable=False, default=utcnow),
    Index("ix_list_members_contact", "contact_id"),
)


class DistributionList(Base):
    """A named list of contacts. A smart list has a ``query`` (the search syntax) and no members of its
    own: its members are that search's results when read."""

    __tablename__ = "lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)  # folded: one "Zimbabwe media"
    query: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Suppression(Base):
    """Do not contact again: the SHA-256 of a normalized email (casefolded) or E.164 phone, never the
    value itself, so the suppression outlives the contact's erasure without keeping personal data."""

    __tablename__ = "suppressions"
    __table_args__ = (UniqueConstraint("kind", "digest", name="uq_suppressions_kind_digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "email" | "phone"
    digest: Mapped[str] = mapped_column(String(64))  # hex SHA-256
    reason: Mapped[str] = mapped_column(Text, default="")  # never personal data
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutreachEntry(Base):
    """The send ledger: one row per recipient of a send (a list send, a BCC email, a double-click email)."""

    __tablename__ = "outreach_log"
    __table_args__ = (Index("ix_outreach_log_article_contact", "article_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(500), default="")
    channel: Mapped[str] = mapped_column(String(20), default="mailto")  # mailto | eml | email
    list_name: Mapped[str] = mapped_column(String(200), default="")
    os_user: Mapped[str] = mapped_column(String(200), default="")
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class AuditEntry(Base):
    """What was done to personal data (an erasure), by whom and when, without the personal data."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40))
    contact_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: the contact is gone
    detail: Mapped[str] = mapped_column(Text, default="")


class ContactChange(Base):
    """One change to a contact (revision 0010): who made it (OS user, database user), when, the version
    the contact had after it, and each field before and after (``changes``: JSON ``{field: [before,
    after]}``). Goes with its contact (ON DELETE CASCADE); an undone delete puts the rows back."""

    __tablename__ = "contact_history"
    __table_args__ = (Index("ix_contact_history_contact_at", "contact_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)  # the contact's version after this change
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(200), default="")
    db_user: Mapped[str] = mapped_column(String(200), default="")  # PostgreSQL current_user; "" on SQLite
    action: Mapped[str] = mapped_column(String(40))  # created | edited | restored | imported | tagged ...
    note: Mapped[str] = mapped_column(String(500), default="")  # "from version 3", "media.csv"
    changes: Mapped[str] = mapped_column(Text, default="{}")
