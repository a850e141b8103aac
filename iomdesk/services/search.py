"""Contact search: every word of the query must match (case- and accent-insensitive)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..core.text import digits, fold
from ..store.models import Contact
from .contacts import CONTACT_LOAD, to_record
from .records import ContactRecord

_PHONEISH = re.compile(r"^[+\d][\d\s().\-]*$")


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


class SearchService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    def _statement(self, query: str):
        stmt = select(Contact)
        for term in query_terms(query):
            stmt = stmt.where(Contact.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
        return stmt

    def search(self, query: str = "", limit: int | None = 50, offset: int = 0) -> list[ContactRecord]:
        stmt = (
            self._statement(query)
            .order_by(Contact.name_key, Contact.id)
            .offset(offset)
            .options(*CONTACT_LOAD)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.sf.begin() as s:
            return [to_record(c) for c in s.scalars(stmt)]

    def count(self, query: str = "") -> int:
        stmt = self._statement(query).with_only_columns(func.count(Contact.id))
        with self.sf.begin() as s:
            return s.scalar(stmt) or 0
