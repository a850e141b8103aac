"""Contact search: every word of the query must match (case- and accent-insensitive).

The GUI asks for ids (cheap, paged) and then for the few rows it shows; the CLI asks for records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..core.text import digits, fold
from ..store.models import Contact, Email, Office, Phone, Tag, contact_articles, contact_tags
from .contacts import CONTACT_LOAD, to_record
from .records import ContactRecord

_PHONEISH = re.compile(r"^[+\d][\d\s().\-]*$")

SORT_KEYS = ("name", "role", "office", "country", "phone", "email", "articles")


@dataclass(frozen=True)
class Filters:
    """Narrowing chosen in the side panel."""

    office_id: int | None = None
    country: str | None = None
    tag: str | None = None

    @property
    def empty(self) -> bool:
        return self.office_id is None and self.country is None and self.tag is None


@dataclass(frozen=True)
class ContactRow:
    """What one line of the contacts table shows."""

    id: int
    name: str
    role: str
    office: str
    country: str | None
    phone: str  # international format of the first phone
    phone_valid: bool
    email: str
    articles: int


def query_terms(query: str) -> list[str]:
    terms = []
    for word in fold(query).split():
        if _PHONEISH.match(word) and digits(word):
            terms.append(digits(word))
        else:
            terms.append(word)
    return terms


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _first_phone():
    return (
        select(Phone.display).where(Phone.contact_id == Contact.id).order_by(Phone.position).limit(1)
        .correlate(Contact).scalar_subquery()
    )


def _first_email():
    return (
        select(Email.address).where(Email.contact_id == Contact.id).order_by(Email.position).limit(1)
        .correlate(Contact).scalar_subquery()
    )


def _article_count():
    return (
        select(func.count()).select_from(contact_articles).where(contact_articles.c.contact_id == Contact.id)
        .correlate(Contact).scalar_subquery()
    )


class SearchService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    def _where(self, stmt, query: str, filters: Filters | None):
        for term in query_terms(query):
            stmt = stmt.where(Contact.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
        if filters:
            if filters.office_id is not None:
                stmt = stmt.where(Contact.office_id == filters.office_id)
            if filters.country:
                office_country = select(Office.country).where(Office.id == Contact.office_id).scalar_subquery()
                stmt = stmt.where(func.coalesce(office_country, Contact.country) == filters.country)
            if filters.tag:
                stmt = stmt.where(
                    Contact.id.in_(
                        select(contact_tags.c.contact_id).join(Tag).where(Tag.name_key == fold(filters.tag))
                    )
                )
        return stmt

    def _order(self, stmt, sort: str, descending: bool):
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        key = {
            "name": Contact.name_key,
            "role": func.lower(Contact.role),
            "office": select(Office.name_key).where(Office.id == Contact.office_id).scalar_subquery(),
            "country": func.coalesce(
                select(Office.country).where(Office.id == Contact.office_id).scalar_subquery(), Contact.country
            ),
            "phone": _first_phone(),
            "email": func.lower(_first_email()),
            "articles": _article_count(),
        }[sort]
        key = key.desc() if descending else key.asc()
        return stmt.order_by(key.nulls_last(), Contact.name_key, Contact.id)

    def search_ids(
        self, query: str = "", filters: Filters | None = None, sort: str = "name", descending: bool = False,
        limit: int | None = None, offset: int = 0,
    ) -> list[int]:
        stmt = self._order(self._where(select(Contact.id), query, filters), sort, descending).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.sf.begin() as s:
            return list(s.scalars(stmt))

    def search(self, query: str = "", limit: int | None = 50, offset: int = 0,
               filters: Filters | None = None) -> list[ContactRecord]:
        stmt = self._order(self._where(select(Contact), query, filters), "name", False).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.sf.begin() as s:
            return [to_record(c) for c in s.scalars(stmt.options(*CONTACT_LOAD))]

    def count(self, query: str = "", filters: Filters | None = None) -> int:
        stmt = self._where(select(func.count(Contact.id)), query, filters)
        with self.sf.begin() as s:
            return s.scalar(stmt) or 0

    def rows(self, ids: list[int]) -> dict[int, ContactRow]:
        """Table rows for ``ids`` (one query; ids that no longer exist are absent)."""
        if not ids:
            return {}
        first_valid = (
            select(Phone.valid).where(Phone.contact_id == Contact.id).order_by(Phone.position).limit(1)
            .correlate(Contact).scalar_subquery()
        )
        stmt = (
            select(
                Contact.id, Contact.name, Contact.role, Office.name, Office.country, Contact.country,
                _first_phone(), first_valid, _first_email(), _article_count(),
            )
            .outerjoin(Office, Office.id == Contact.office_id)
            .where(Contact.id.in_(ids))
        )
        with self.sf.begin() as s:
            return {
                r[0]: ContactRow(
                    id=r[0], name=r[1], role=r[2] or "", office=r[3] or "", country=r[4] or r[5],
                    phone=r[6] or "", phone_valid=bool(r[7]) if r[6] else True, email=r[8] or "",
                    articles=r[9] or 0,
                )
                for r in s.execute(stmt)
            }
