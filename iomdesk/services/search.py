"""Contact search.

Semantics: every word of the query must match (AND); each word matches as a prefix of a word in the
name, role, office, country name, emails, tags or titles of linked articles, case- and
accent-insensitively in every script. Phone digits match anywhere in a number, whatever the format
typed ("335044", "263 4 33", "+263", "0772"). Field filters ``office:`` ``country:`` ``tag:``
``email:`` ``article:`` ``name:`` ``role:`` ``phone:`` and "quoted phrases" narrow further. Results come
by relevance (a name match before an office match), then by name.

On SQLite the query runs on the FTS5 index ``contacts_fts``; elsewhere (PostgreSQL) on the same
search fields with LIKE. A query whose words are all one or two letters is bounded: it looks at no
more than ``SHORT_QUERY_CAP`` candidates instead of ranking the whole directory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, sessionmaker

from ..core.text import digits, fold
from ..store.models import Contact, Email, Office, Phone, Tag, contact_articles, contact_tags
from ..store.search import index_text
from .contacts import CONTACT_LOAD, to_record
from .records import ContactRecord

SORT_KEYS = ("relevance", "name", "role", "office", "country", "phone", "email", "articles")
TEXT_FIELDS = ("name", "role", "office", "country", "email", "tags", "articles")
FIELD_ALIASES = {
    "name": "name", "role": "role", "title": "role", "office": "office", "country": "country",
    "tag": "tags", "tags": "tags", "email": "email", "mail": "email", "article": "articles",
    "articles": "articles", "phone": "digits", "tel": "digits",
}
SHORT_QUERY_CAP = 1000

_PHONEISH = re.compile(r"^\+?[\d().\-/]*\d[\d().\-/]*$")
_TOKEN = re.compile(r'(\w+):"([^"]*)"?|(\w+):(\S+)|"([^"]*)"?|(\S+)')


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
class Term:
    """One condition: ``words`` (index words) in ``fields``; ``prefix`` on the last word."""

    fields: tuple[str, ...]
    words: tuple[str, ...]
    prefix: bool = True


@dataclass
class ParsedQuery:
    terms: list[Term] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.terms

    @property
    def short(self) -> bool:
        """Every word is one or two characters: matching would touch most of the directory."""
        return bool(self.terms) and all(len("".join(t.words)) <= 2 for t in self.terms)


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


def _text_term(fields: tuple[str, ...], raw: str, prefix: bool = True) -> Term | None:
    ws = tuple(index_text(raw).split())
    return Term(fields, ws, prefix) if ws else None


def _digit_term(raw: str) -> Term | None:
    d = digits(raw)
    return Term(("digits",), (d,), True) if d else None


def parse_query(query: str) -> ParsedQuery:
    parsed = ParsedQuery()
    pending_digits: list[str] = []

    def flush_digits() -> None:
        if pending_digits:
            term = _digit_term("".join(pending_digits))
            if term:
                parsed.terms.append(term)
            pending_digits.clear()

    for m in _TOKEN.finditer(query or ""):
        fname, fquoted, fname2, fvalue, quoted, word = m.groups()
        name = (fname or fname2 or "").lower()
        if name and name in FIELD_ALIASES:
            flush_digits()
            target = FIELD_ALIASES[name]
            value = fquoted if fquoted is not None else fvalue
            term = _digit_term(value) if target == "digits" else _text_term((target,), value)
            if term:
                parsed.terms.append(term)
            continue
        if name:  # "ratio:3" - not a field we know: search the text as typed
            word = m.group(0)
        if quoted is not None:
            flush_digits()
            term = _text_term(TEXT_FIELDS, quoted)
            if term:
                parsed.terms.append(term)
            continue
        if word and _PHONEISH.match(word) and not word.isalpha():
            pending_digits.append(word)  # "263 4 33" is one number typed with spaces
            continue
        flush_digits()
        term = _text_term(TEXT_FIELDS, word or "")
        if term:
            parsed.terms.append(term)
    flush_digits()
    return parsed


def _fts_string(words: tuple[str, ...], prefix: bool) -> str:
    phrase = '"' + " ".join(w.replace('"', '""') for w in words) + '"'
    return phrase + ("*" if prefix else "")


def fts_match(parsed: ParsedQuery) -> str:
    parts = []
    for t in parsed.terms:
        cols = " ".join(f"fts_{f}" for f in t.fields)
        parts.append(f"{{{cols}}} : {_fts_string(t.words, t.prefix)}")
    return " AND ".join(parts)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_condition(t: Term):
    pattern = " " + " ".join(t.words)
    conds = []
    for f in t.fields:
        col = getattr(Contact, f"fts_{f}")
        padded = " " + col + " "
        like = f"%{_escape_like(pattern)}{'%' if t.prefix else ' %'}"
        conds.append(padded.like(like, escape="\\"))
    return or_(*conds)


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


def _office_country():
    return select(Office.country).where(Office.id == Contact.office_id).scalar_subquery()


class SearchService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory
        self._fts: bool | None = None

    def uses_fts(self, s: Session) -> bool:
        if self._fts is None:
            bind = s.get_bind()
            self._fts = bind.dialect.name == "sqlite" and bool(
                s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'contacts_fts'")).first()
            )
        return self._fts

    # -- building ------------------------------------------------------------------------------
    def _filtered(self, stmt, filters: Filters | None):
        if filters:
            if filters.office_id is not None:
                stmt = stmt.where(Contact.office_id == filters.office_id)
            if filters.country:
                stmt = stmt.where(func.coalesce(_office_country(), Contact.country) == filters.country)
            if filters.tag:
                stmt = stmt.where(
                    Contact.id.in_(
                        select(contact_tags.c.contact_id).join(Tag).where(Tag.name_key == fold(filters.tag))
                    )
                )
        return stmt

    def _matches(self, s: Session, parsed: ParsedQuery):
        """A selectable of (id, score) for the matching contacts.

        score 0: the name matches every word; 1: some word matched only elsewhere (office, email...).
        """
        name_only = ParsedQuery(
            [Term(("name",), t.words, t.prefix) if t.fields == TEXT_FIELDS else t for t in parsed.terms]
        )
        if self.uses_fts(s):
            rowid = literal_column("rowid")
            name_ids = (
                select(rowid).select_from(text("contacts_fts"))
                .where(text("contacts_fts MATCH :name_match").bindparams(name_match=fts_match(name_only)))
            )
            if parsed.short:
                # Bounded: only words of names, and no more than the cap (FTS5 stops early).
                return (
                    select(rowid.label("id"), literal_column("0").label("score"))
                    .select_from(name_ids.limit(SHORT_QUERY_CAP).subquery("n"))
                    .subquery("m")
                )
            return (
                select(rowid.label("id"), case((rowid.in_(name_ids), 0), else_=1).label("score"))
                .select_from(text("contacts_fts"))
                .where(text("contacts_fts MATCH :match").bindparams(match=fts_match(parsed)))
                .subquery("m")
            )
        name_hit = and_(*[_like_condition(t) for t in name_only.terms])
        if parsed.short:
            stmt = select(Contact.id.label("id"), literal_column("0").label("score")).where(name_hit)
            return stmt.limit(SHORT_QUERY_CAP).subquery("m")
        conds = [_like_condition(t) for t in parsed.terms]
        stmt = select(Contact.id.label("id"), case((name_hit, 0), else_=1).label("score")).where(and_(*conds))
        return stmt.subquery("m")

    def _statement(self, s: Session, query: str, filters: Filters | None, sort: str, descending: bool):
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        parsed = parse_query(query)
        if parsed.empty:
            stmt = select(Contact.id)
            score = None
        else:
            m = self._matches(s, parsed)
            stmt = select(Contact.id).join(m, m.c.id == Contact.id)
            score = m.c.score
        stmt = self._filtered(stmt, filters)
        keys = {
            "name": Contact.name_key,
            "role": func.lower(Contact.role),
            "office": select(Office.name_key).where(Office.id == Contact.office_id).scalar_subquery(),
            "country": func.coalesce(_office_country(), Contact.country),
            "phone": _first_phone(),
            "email": func.lower(_first_email()),
            "articles": _article_count(),
        }
        if sort == "relevance" or (sort == "name" and score is not None and not descending):
            order = [score.asc()] if score is not None else []
            order += [Contact.name_key.asc(), Contact.id.asc()]
        else:
            key = keys["name" if sort == "relevance" else sort]
            order = [(key.desc() if descending else key.asc()).nulls_last(), Contact.name_key, Contact.id]
        return stmt.order_by(*order), parsed

    # -- public --------------------------------------------------------------------------------
    def search_ids(
        self, query: str = "", filters: Filters | None = None, sort: str = "name", descending: bool = False,
        limit: int | None = None, offset: int = 0,
    ) -> list[int]:
        """Ids of matching contacts, most relevant first when sorted by name ascending (the default)."""
        with self.sf.begin() as s:
            stmt, _ = self._statement(s, query, filters, sort, descending)
            stmt = stmt.offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return list(s.scalars(stmt))

    def search(self, query: str = "", limit: int | None = 50, offset: int = 0,
               filters: Filters | None = None) -> list[ContactRecord]:
        ids = self.search_ids(query, filters, "name", False, limit, offset)
        if not ids:
            return []
        with self.sf.begin() as s:
            rows = {c.id: c for c in s.scalars(select(Contact).where(Contact.id.in_(ids)).options(*CONTACT_LOAD))}
            return [to_record(rows[i]) for i in ids if i in rows]

    def count(self, query: str = "", filters: Filters | None = None) -> int:
        with self.sf.begin() as s:
            parsed = parse_query(query)
            if parsed.empty:
                stmt = self._filtered(select(func.count(Contact.id)), filters)
            else:
                m = self._matches(s, parsed)
                stmt = self._filtered(select(func.count(Contact.id)).join(m, m.c.id == Contact.id), filters)
            return s.scalar(stmt) or 0

    def is_bounded(self, query: str) -> bool:
        """True when the query is so short that only the first candidates were looked at."""
        return parse_query(query).short

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
