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
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


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


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # folded, for sort and duplicates
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

    __mapper_args__ = {"version_id_col": version}

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
        secondary=contact_articles, back_populates="articles", order_by="Contact.name_key"
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
