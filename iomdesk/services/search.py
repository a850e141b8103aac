"""Contact search.

Semantics: every word of the query must match (AND); each word matches as a prefix of a word in the
name, role, office, country name, emails, tags or titles of linked articles, case- and
accent-insensitively in every script. Phone digits match anywhere in a number, whatever the format
typed ("335044", "263 4 33", "+263", "0772"). Field filters ``office:`` ``country:`` ``tag:``
``email:`` ``article:`` ``name:`` ``role:`` ``phone:`` and "quoted phrases" narrow further;
``list:NAME`` (``list:"Geneva wires"``) keeps the members of a distribution list, static or smart (a
smart list's members are the results of its own saved search; one that refers to itself is a
:class:`ListLoop`; a list that does not exist matches nobody). ``lang:fr`` (``lang:french``,
``lang:français``) keeps contacts working in that language (one that names no language matches
nobody); ``beat:health`` keeps contacts with a beat holding that word as ``tag:`` does for tags (a
word-prefix phrase: ``beat:heal`` finds "public health"). Results come
by relevance (a name match before an office match), then by name.

On SQLite the query runs on the FTS5 index ``contacts_fts``; elsewhere (PostgreSQL) on the same
search fields with LIKE. The work per page is bounded, for one- and two-letter queries too: a tier
with at most ``SPARSE_CAP`` matches is read from the index and sorted; a denser one is read by
walking contacts in name order and testing each until the page is full, so a page never ranks the
whole table. Counts stop at ``COUNT_CAP``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import (
    String,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    text,
    true,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean

from ..core.errors import UserError
from ..core.languages import find_language
from ..core.text import digits, fold
from ..store.models import (
    Beat,
    Contact,
    ContactLanguage,
    DistributionList,
    Email,
    Office,
    Phone,
    Tag,
    contact_articles,
    contact_beats,
    contact_tags,
    list_members,
)
from ..store.search import index_text
from .contacts import CONTACT_LOAD, to_record, total_contacts
from .records import ContactRecord

SORT_KEYS = ("relevance", "name", "role", "office", "country", "phone", "email", "articles", "last_contacted")
TEXT_FIELDS = ("name", "role", "office", "country", "email", "tags", "articles")
FIELD_ALIASES = {
    "name": "name", "role": "role", "title": "role", "office": "office", "country": "country",
    "tag": "tags", "tags": "tags", "email": "email", "mail": "email", "article": "articles",
    "articles": "articles", "phone": "digits", "tel": "digits",
}
SPARSE_CAP = 5000  # a word with at most this many matches is selective: its matches come from the index
WALK_BUDGET = 10_000  # contacts tested in name order for one page before asking the index instead
COUNT_CAP = 10_000  # the first page counts up to this ("10,000+"); the exact count can follow later

_PHONEISH = re.compile(r"^\+?[\d().\-/]*\d[\d().\-/]*$")
_TOKEN = re.compile(r'(\w+):"([^"]*)"?|(\w+):(\S+)|"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Filters:
    """Narrowing chosen in the side panel."""

    office_id: int | None = None
    country: str | None = None
    tag: str | None = None
    list: str | None = None  # a distribution list's name (as ``list:NAME``)
    language: str | None = None  # an ISO 639-1 code (the side panel's Languages)
    beat: str | None = None  # a beat's name, matched whole (the side panel's Beats)
    # SQL conditions the service adds (the resolved ``list:`` filters); not chosen by a user.
    extra: tuple = field(default=(), compare=False, hash=False, repr=False)

    @property
    def empty(self) -> bool:
        return (self.office_id is None and self.country is None and self.tag is None and self.list is None
                and self.language is None and self.beat is None and not self.extra)


class ListLoop(UserError):
    """A smart list whose saved search (``list:...``) leads back to itself."""

    def __init__(self, chain: list[str]) -> None:
        super().__init__("the smart list " + repr(chain[0]) + " refers to itself ("
                         + " -> ".join(repr(n) for n in chain) + "); change its search")
        self.chain = chain


# Filters the service resolves into SQL conditions (not words of the index): their names and aliases.
RESOLVED_FILTERS = {"list": "list", "lang": "lang", "language": "lang", "beat": "beat", "beats": "beat"}


def split_filters(query: str) -> tuple[str, dict[str, list[str]]]:
    """``query`` without its ``list:``, ``lang:`` and ``beat:`` filters, and the values they give
    (in order) under "list", "lang" and "beat"."""
    found: dict[str, list[str]] = {"list": [], "lang": [], "beat": []}
    kept: list[str] = []
    last = 0
    for m in _TOKEN.finditer(query or ""):
        name = RESOLVED_FILTERS.get((m.group(1) or m.group(3) or "").lower())
        if name is not None:
            kept.append(query[last:m.start()])
            last = m.end()
            value = m.group(2) if m.group(2) is not None else m.group(4)
            if value and value.strip():
                found[name].append(value.strip())
    kept.append((query or "")[last:])
    return "".join(kept), found


def split_lists(query: str) -> tuple[str, list[str]]:
    """``query`` without its ``list:NAME`` filters, and the names they give (in order)."""
    names: list[str] = []
    kept: list[str] = []
    last = 0
    for m in _TOKEN.finditer(query or ""):
        name = (m.group(1) or m.group(3) or "").lower()
        if name == "list":
            kept.append(query[last:m.start()])
            last = m.end()
            value = m.group(2) if m.group(2) is not None else m.group(4)
            if value and value.strip():
                names.append(value.strip())
    kept.append((query or "")[last:])
    return "".join(kept), names


def _phrase_in(words: tuple[str, ...], inside: list[str]) -> bool:
    """Whether ``words`` occur one after another in ``inside``, the last as a prefix (an FTS
    prefix phrase, as ``tag:`` matches)."""
    n = len(words)
    for i in range(len(inside) - n + 1):
        if list(words[:-1]) == inside[i:i + n - 1] and inside[i + n - 1].startswith(words[-1]):
            return True
    return False


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
    last_contacted: dt.datetime | None = None  # the newest send in the ledger
    do_not_contact: bool = False
    dnc_reason: str = ""


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
        if name in RESOLVED_FILTERS:  # list:, lang:, beat:: filters the service resolves (split_filters)
            flush_digits()
            continue
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


@dataclass(frozen=True)
class Match:
    """A query for the two FTS5 indexes: words (``contacts_fts``) and phone digits
    (``contacts_digits_fts``). A contact matches when it matches both parts that are given."""

    text: str | None = None
    digits: str | None = None

    def but_not(self, other: Match) -> Match | None:
        """Matches of self that ``other`` does not match (both differ only in their words)."""
        if not self.text or self.text == other.text:
            return None
        if not other.text:
            return None
        return Match(f"({self.text}) NOT ({other.text})", self.digits)


def fts_match(parsed: ParsedQuery) -> Match:
    words, digits = [], []
    for t in parsed.terms:
        if t.fields == ("digits",):
            digits.append(_fts_string(t.words, t.prefix))
        else:
            cols = " ".join(f"fts_{f}" for f in t.fields)
            words.append(f"{{{cols}}} : {_fts_string(t.words, t.prefix)}")
    return Match(" AND ".join(words) or None, " AND ".join(digits) or None)


def _fts_rowids(match: Match):
    """SELECT rowid of the contacts matching ``match`` (a selectable with one column ``id``)."""
    rowid: Any = literal_column("rowid")
    parts = []
    for table, expression in (("contacts_fts", match.text), ("contacts_digits_fts", match.digits)):
        if expression:
            # unique=True: SQLAlchemy numbers the parameters itself, so the statement's shape (and
            # its compiled-SQL cache entry) is the same whatever the words are.
            parts.append(
                select(rowid.label("id")).select_from(text(table))
                .where(text(f"{table} MATCH :q").bindparams(bindparam("q", expression, unique=True)))
            )
    if len(parts) == 1:
        return parts[0]
    # Phone digits are usually the rarer part: read them, and keep those the words match too.
    digits, words = parts[1], parts[0]
    return digits.where(rowid.in_(words.with_only_columns(rowid)))


def _name_only(parsed: ParsedQuery) -> ParsedQuery:
    """The query with every free word limited to names (field filters and digits stay as they are)."""
    return ParsedQuery([Term(("name",), t.words, t.prefix) if t.fields == TEXT_FIELDS else t for t in parsed.terms])


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _word_like(FunctionElement):
    """``column`` holds a word starting with the pattern's words: ``(' ' || column || ' ') LIKE pattern``
    (pattern ``'% words%'``; ``_phrase_like(column, '% words %', '% words%')`` for a whole phrase).

    On PostgreSQL a prefix test is written ``(' ' || column) LIKE '% words%'``, the expression revision
    0008 indexes with pg_trgm (the same rows: only a phrase's end needs the trailing space), so the index
    answers it and the planner has that expression's statistics; a phrase adds the exact test on the rows
    the index gives. Elsewhere (SQLite, whose FTS5 index serves search) the exact test alone.
    """

    type = Boolean()
    inherit_cache = True
    name = "word_like"
    phrase = False


class _phrase_like(_word_like):
    inherit_cache = True
    name = "phrase_like"
    phrase = True


_SPACE = literal_column("' '", String)


def _exact(element, compiler, **kw):
    column, pattern = list(element.clauses)[:2]
    return compiler.process((_SPACE + column + _SPACE).like(pattern, escape="\\"), **kw)


@compiles(_word_like)
def _compile_word_like(element, compiler, **kw):
    return _exact(element, compiler, **kw)


@compiles(_word_like, "postgresql")
def _compile_word_like_pg(element, compiler, **kw):
    column, *patterns = list(element.clauses)
    pattern = patterns[-1]  # a phrase's third argument: its words as a prefix
    # The index condition: a word starting with the words (backslash is PostgreSQL's LIKE escape).
    indexed = f"(' ' || {compiler.process(column, **kw)}) LIKE {compiler.process(pattern, **kw)}"
    if not element.phrase:
        return indexed
    return f"({indexed} AND {_exact(element, compiler, **kw)})"


def _like_condition(t: Term):
    """The same test as the FTS5 term, on the stored search fields (word-prefix or phrase)."""
    prefix = f"%{_escape_like(' ' + ' '.join(t.words))}%"

    def test(column):
        return _word_like(column, prefix) if t.prefix else _phrase_like(column, prefix[:-1] + " %", prefix)

    if t.fields == TEXT_FIELDS and len(t.words) == 1:
        # One word in any text field: ``search_text`` holds them all, one test instead of seven.
        return test(Contact.search_text)
    return or_(*[test(getattr(Contact, f"fts_{f}")) for f in t.fields])


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


def _after(after: tuple[bytes, int] | None) -> list:
    """Keyset paging: rows after (sort_key, id), so page 50 costs what page 1 costs. The sort key is
    the name's collation key (iomdesk.core.collation): byte order is the order people expect."""
    if after is None:
        return []
    return [tuple_(Contact.sort_key, Contact.id) > tuple_(literal(after[0]), literal(after[1]))]


@dataclass
class Page:
    """Ids in display order, and where the next page starts (None: nothing more)."""

    ids: list[int]
    cursor: object | None


@dataclass
class FirstPage(Page):
    total: int = 0  # matching contacts (at most COUNT_CAP)
    total_capped: bool = False  # True: there are more than ``total``
    rows: dict[int, ContactRow] = field(default_factory=dict)


class SearchService:
    """Search over the contacts. See the module docstring for the semantics."""

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

    # -- conditions ----------------------------------------------------------------------------
    @staticmethod
    def _filter_conditions(filters: Filters | None) -> list:
        conds = []
        if filters:
            if filters.office_id is not None:
                conds.append(Contact.office_id == filters.office_id)
            if filters.country:
                in_offices = select(Office.id).where(Office.country == filters.country)
                conds.append(or_(
                    Contact.office_id.in_(in_offices),
                    and_(Contact.country == filters.country,
                         or_(Contact.office_id.is_(None),
                             Contact.office_id.in_(select(Office.id).where(Office.country.is_(None))))),
                ))
            if filters.tag:
                conds.append(Contact.id.in_(
                    select(contact_tags.c.contact_id).join(Tag).where(Tag.name_key == fold(filters.tag))
                ))
            if filters.language:
                conds.append(Contact.id.in_(
                    select(ContactLanguage.contact_id).where(ContactLanguage.code == filters.language)
                ))
            if filters.beat:
                conds.append(Contact.id.in_(
                    select(contact_beats.c.contact_id).join(Beat).where(Beat.name_key == fold(filters.beat))
                ))
            conds.extend(filters.extra)
        return conds

    def _resolve(self, s: Session, query: str, filters: Filters | None,
                 seen: tuple[str, ...] = ()) -> tuple[str, Filters | None]:
        """``query`` without its ``list:`` filters, and ``filters`` with them (and ``filters.list``) as SQL
        conditions in ``extra``. Resolving twice changes nothing."""
        rest, found = split_filters(query)
        names = found["list"]
        if filters is not None and filters.list is not None:
            names.append(filters.list)
        if not names and not found["lang"] and not found["beat"]:
            return rest, filters
        conds = [self._language_condition(v) for v in found["lang"]]
        conds += [self._beat_condition(s, v) for v in found["beat"]]
        conds += [self._list_condition(s, n, seen) for n in names]
        base = filters or Filters()
        return rest, replace(base, list=None, extra=(*base.extra, *conds))

    @staticmethod
    def _language_condition(value: str):
        """``lang:VALUE``: contacts working in the language VALUE names (a code or a name)."""
        code = find_language(value)
        if code is None:
            return false()
        return Contact.id.in_(select(ContactLanguage.contact_id).where(ContactLanguage.code == code))

    @staticmethod
    def _beat_condition(s: Session, value: str):
        """``beat:VALUE``: contacts with a beat whose words hold VALUE's words as ``tag:`` matches a
        tag (a phrase, the last word a prefix), case- and accent-insensitively."""
        wanted = tuple(index_text(value).split())
        if not wanted:
            return true()
        ids = [bid for bid, name in s.execute(select(Beat.id, Beat.name))
               if _phrase_in(wanted, index_text(name).split())]
        if not ids:
            return false()
        return Contact.id.in_(select(contact_beats.c.contact_id).where(contact_beats.c.beat_id.in_(ids)))

    def _list_condition(self, s: Session, name: str, seen: tuple[str, ...]):
        key = fold(name)
        row = s.execute(select(DistributionList.id, DistributionList.name, DistributionList.query)
                        .where(DistributionList.name_key == key)).first()
        if row is None:
            return false()
        list_id, list_name, saved = row
        if saved is None:
            return Contact.id.in_(select(list_members.c.contact_id).where(list_members.c.list_id == list_id))
        chain = (*seen, list_name)
        if key in {fold(n) for n in seen}:
            start = [fold(n) for n in seen].index(key)
            raise ListLoop(list(chain[start:]))
        inner_query, inner_filters = self._resolve(s, saved, None, chain)
        stmt, _ = self._statement(s, inner_query, inner_filters, "name", False)
        return Contact.id.in_(stmt.order_by(None))

    @staticmethod
    def _tiers(parsed: ParsedQuery) -> list[tuple[Match, Any]]:
        """(FTS match, equivalent SQL condition) per relevance tier: names first, then the rest."""
        name_only = _name_only(parsed)
        full_fts, name_fts = fts_match(parsed), fts_match(name_only)
        full_like = and_(*[_like_condition(t) for t in parsed.terms])
        name_like = and_(*[_like_condition(t) for t in name_only.terms])
        rest = full_fts.but_not(name_fts)
        if rest is None:
            return [(full_fts, full_like)]
        return [(name_fts, name_like), (rest, and_(full_like, not_(name_like)))]

    @staticmethod
    def _fts_ids(match: Match, limit: int | None = None):
        stmt = _fts_rowids(match)
        return stmt.limit(limit) if limit is not None else stmt

    def _capped_count(self, s: Session, expression: Match, cap: int) -> int:
        """Matches of ``expression``, counted up to cap + 1 (remembered for this transaction)."""
        memo = s.info.setdefault("iomdesk_counts", {})
        for (expr, known_cap), n in memo.items():
            if expr == expression and (n <= known_cap or known_cap >= cap):
                return min(n, cap + 1)  # an exact small count, or a bigger cap that already passed ours
        inner = self._fts_ids(expression, cap + 1).subquery()
        n = s.scalar(select(func.count()).select_from(inner)) or 0
        memo[(expression, cap)] = n
        return n

    # -- paging in relevance-then-name order ------------------------------------------------------
    def _split_terms(self, s: Session, parsed: ParsedQuery) -> tuple[list[Term], list[Term]]:
        """(selective terms, common terms): a term with more than SPARSE_CAP matches is common.

        Counting stops at SPARSE_CAP + 1, so this costs little even for a word every contact has.
        """
        if not self.uses_fts(s):
            return [], list(parsed.terms)
        # One selective word is enough to draw the candidates from; longer words tend to be rarer,
        # so they are counted first and the counting stops at the first selective one.
        for t in sorted(parsed.terms, key=lambda t: -len("".join(t.words))):
            if self._capped_count(s, fts_match(ParsedQuery([t])), SPARSE_CAP) <= SPARSE_CAP:
                return [t], [u for u in parsed.terms if u is not t]
        return [], list(parsed.terms)

    @staticmethod
    def _name_condition(parsed: ParsedQuery):
        return and_(*[_like_condition(t) for t in _name_only(parsed).terms])

    def _selective_ids(self, s: Session, parsed: ParsedQuery, selective: list[Term], common: list[Term],
                       filters: Filters | None) -> list[int]:
        """Every match, in order, when some term is selective: its few candidates come from the
        index; the common terms and the tiers are tested on those rows only."""
        m = self._fts_ids(fts_match(ParsedQuery(selective))).subquery("m")
        tier = case((self._name_condition(parsed), 0), else_=1)
        stmt = (
            select(Contact.id).join(m, m.c.id == Contact.id)
            .where(*[_like_condition(t) for t in common], *self._filter_conditions(filters))
            .order_by(tier, Contact.sort_key, Contact.id)
        )
        return list(s.scalars(stmt))

    def _walk(self, s: Session, like, filter_conds: list, after, want: int,
              budget: bool = True) -> tuple[list[tuple[int, bytes]], bool]:
        """Contacts in name order after ``after`` that satisfy ``like``, testing at most WALK_BUDGET
        rows (unless ``budget`` is False). Returns (rows found, budget exhausted before the page was
        full)."""
        stmt = select(Contact.id, Contact.sort_key).where(*_after(after), *filter_conds, like)
        order = (Contact.sort_key, Contact.id)
        if filter_conds or not budget:
            return [(r[0], r[1]) for r in s.execute(stmt.order_by(*order).limit(want))], False
        # Where the walk must stop: read from the name index alone, so it costs little.
        end = s.execute(
            select(Contact.sort_key, Contact.id).where(*_after(after)).order_by(*order)
            .offset(WALK_BUDGET - 1).limit(1)
        ).first()
        if end is not None:
            stmt = stmt.where(tuple_(Contact.sort_key, Contact.id) <= tuple_(literal(end[0]), literal(end[1])))
        got = [(r[0], r[1]) for r in s.execute(stmt.order_by(*order).limit(want))]
        return got, len(got) < want and end is not None

    def _tier_rows(self, s: Session, parsed: ParsedQuery, tier: int, filters: Filters | None, after,
                   want: int) -> list[tuple[int, bytes]]:
        """Up to ``want`` (id, sort_key) of one tier (0: the name matches every word), in name order.

        A tier with few matches is read from the index and sorted; a big one is walked in name order
        (see :meth:`_walk`), and read from the index only if the walk gives up."""
        tiers = self._tiers(parsed)
        if tier >= len(tiers):
            return []
        expression, like = tiers[tier]
        filter_conds = self._filter_conditions(filters)
        order = (Contact.sort_key, Contact.id)

        def from_index(start, limit):
            m = self._fts_ids(expression).subquery("m")
            stmt = (select(Contact.id, Contact.sort_key).join(m, m.c.id == Contact.id)
                    .where(*_after(start), *filter_conds).order_by(*order).limit(limit))
            return [(r[0], r[1]) for r in s.execute(stmt)]

        fts = self.uses_fts(s)
        if fts and not filter_conds and self._capped_count(s, expression, SPARSE_CAP) <= SPARSE_CAP:
            return from_index(after, want)
        # Without FTS (PostgreSQL) the walk has no bound: the planner, knowing from the trigram index's
        # statistics how many rows match, walks the name index or reads the trigram index and sorts.
        got, exhausted = self._walk(s, like, filter_conds, after, want, budget=fts)
        if not exhausted:
            return got
        # The matches lie further on in name order than the walk may go: take them from the index.
        last = (got[-1][1], got[-1][0]) if got else after
        return got + from_index(last, want - len(got))

    def _page(self, s: Session, query: str, filters: Filters | None, sort: str, descending: bool,
              limit: int, cursor) -> tuple[Page, int | None]:
        """A page and, when it is cheap to know, the exact number of matches."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        query, filters = self._resolve(s, query, filters)
        parsed = parse_query(query)
        if sort in ("name", "relevance") and not descending:
            if parsed.empty:
                rows = s.execute(
                    select(Contact.id, Contact.sort_key)
                    .where(*self._filter_conditions(filters), *_after(cursor[2] if cursor else None))
                    .order_by(Contact.sort_key, Contact.id).limit(limit)
                ).all()
                more = len(rows) == limit
                return Page([r[0] for r in rows], ("walk", 0, (rows[-1][1], rows[-1][0])) if more else None), None
            if cursor is None or cursor[0] == "all":
                selective, common = self._split_terms(s, parsed)
                if not selective and len(parsed.terms) > 1 and self.uses_fts(s) and \
                        self._capped_count(s, fts_match(parsed), SPARSE_CAP) <= SPARSE_CAP:
                    selective, common = list(parsed.terms), []  # common words, rare together
                if selective:
                    found = self._selective_ids(s, parsed, selective, common, filters)
                    offset = cursor[1] if cursor else 0
                    end = offset + limit
                    return Page(found[offset:end], ("all", end) if end < len(found) else None), len(found)
            # Every word is common: walk each tier in name order (cursor: tier, sort_key, id).
            _kind, tier, after = cursor if cursor is not None else ("walk", 0, None)
            ids: list[int] = []
            while tier < 2 and len(ids) < limit:
                want = limit - len(ids)
                got = self._tier_rows(s, parsed, tier, filters, after, want)
                ids.extend(i for i, _ in got)
                if len(got) == want:
                    last_id, last_key = got[-1]
                    return Page(ids, ("walk", tier, (last_key, last_id))), None
                tier, after = tier + 1, None
            return Page(ids, None), None
        if sort == "last_contacted" and parsed.empty:
            return self._last_contacted_page(s, filters, descending, limit, cursor), None
        # Another column: sort every match by it (offset cursor).
        offset = cursor[1] if cursor else 0
        stmt, _ = self._statement(s, query, filters, sort, descending)
        ids = list(s.scalars(stmt.offset(offset).limit(limit + 1)))
        more = len(ids) > limit
        return Page(ids[:limit], ("offset", offset + limit) if more else None), None

    def _last_contacted_page(self, s: Session, filters: Filters | None, descending: bool, limit: int,
                             cursor) -> Page:
        """Every contact by last contacted (newest or oldest first; never contacted last, by name), read
        through the index on ``last_contacted_at`` and then the name index, a page at a time (cursor:
        ("lc", 0, (time, sort_key, id)) among the contacted, ("lc", 1, (sort_key, id)) among the rest)."""
        conds = self._filter_conditions(filters)
        _kind, phase, after = cursor if cursor is not None else ("lc", 0, None)
        ids: list[int] = []
        if phase == 0:
            at = Contact.last_contacted_at
            stmt = select(Contact.id, at, Contact.sort_key).where(at.is_not(None), *conds)
            if after is not None:
                t, key, cid = after
                past = tuple_(Contact.sort_key, Contact.id) > tuple_(literal(key), literal(cid))
                # The range on the index first (>=, <=), then the tie-break among sends at the same time.
                stmt = stmt.where(at <= t if descending else at >= t,
                                  or_(at < t if descending else at > t, and_(at == t, past)))
            stmt = stmt.order_by(at.desc() if descending else at.asc(), Contact.sort_key, Contact.id).limit(limit)
            timed = s.execute(stmt).all()
            ids = [r[0] for r in timed]
            if len(timed) == limit:
                last = timed[-1]
                return Page(ids, ("lc", 0, (last[1], last[2], last[0])))
            phase, after = 1, None
        want = limit - len(ids)
        rows = s.execute(
            select(Contact.id, Contact.sort_key)
            .where(Contact.last_contacted_at.is_(None), *conds, *_after(after))
            .order_by(Contact.sort_key, Contact.id).limit(want)
        ).all()
        ids += [r[0] for r in rows]
        more = len(rows) == want and want > 0
        return Page(ids, ("lc", 1, (rows[-1][1], rows[-1][0])) if more else None)

    def first_page(self, query: str = "", filters: Filters | None = None, sort: str = "name",
                   descending: bool = False, limit: int = 200, row_block: int = 60) -> FirstPage:
        """What the table shows first, in one transaction: ids, the count, and the first rows."""
        with self.sf.begin() as s:
            s.info.pop("iomdesk_counts", None)
            page, exact = self._page(s, query, filters, sort, descending, limit, None)
            if page.cursor is None:
                total, capped = len(page.ids), False
            elif exact is not None:
                total, capped = exact, False
            else:
                total = self._count(s, query, filters, COUNT_CAP)
                # Without words the count is exact and cheap (a counter or an indexed filter).
                capped = total > COUNT_CAP and not parse_query(query).empty
                total = min(total, COUNT_CAP) if capped else total
            rows = self._rows(s, page.ids[:row_block])
        return FirstPage(page.ids, page.cursor, total, capped, rows)

    def next_page(self, query: str, filters: Filters | None, sort: str, descending: bool, cursor,
                  limit: int = 200) -> Page:
        with self.sf.begin() as s:
            s.info.pop("iomdesk_counts", None)
            return self._page(s, query, filters, sort, descending, limit, cursor)[0]

    # -- the general statement (any sort order; CLI and column sorts) --------------------------
    def _matches(self, s: Session, parsed: ParsedQuery):
        """A selectable of (id, score): score 0 when the name matches every word, else 1."""
        tiers = self._tiers(parsed)
        score: Any
        if self.uses_fts(s):
            m = self._fts_ids(fts_match(parsed)).subquery("all_matches")
            if len(tiers) == 1:
                score = literal_column("0")
            else:
                score = case((m.c.id.in_(self._fts_ids(tiers[0][0])), 0), else_=1)
            return select(m.c.id.label("id"), score.label("score")).subquery("m")
        full_like = and_(*[_like_condition(t) for t in parsed.terms])
        score = literal_column("0") if len(tiers) == 1 else case((tiers[0][1], 0), else_=1)
        return select(Contact.id.label("id"), score.label("score")).where(full_like).subquery("m")

    def _statement(self, s: Session, query: str, filters: Filters | None, sort: str, descending: bool):
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        query, filters = self._resolve(s, query, filters)
        parsed = parse_query(query)
        if parsed.empty:
            stmt = select(Contact.id)
            score = None
        else:
            m = self._matches(s, parsed)
            stmt = select(Contact.id).join(m, m.c.id == Contact.id)
            score = m.c.score
        stmt = stmt.where(*self._filter_conditions(filters))
        keys = {
            "name": Contact.sort_key,
            "role": func.lower(Contact.role),
            "office": select(Office.name_key).where(Office.id == Contact.office_id).scalar_subquery(),
            "country": func.coalesce(_office_country(), Contact.country),
            "phone": _first_phone(),
            "email": func.lower(_first_email()),
            "articles": _article_count(),
            "last_contacted": Contact.last_contacted_at,
        }
        if sort == "relevance" or (sort == "name" and score is not None and not descending):
            order = [score.asc()] if score is not None else []
            order += [Contact.sort_key.asc(), Contact.id.asc()]
        else:
            key = keys[sort]
            order = [(key.desc() if descending else key.asc()).nulls_last(), Contact.sort_key, Contact.id]
        return stmt.order_by(*order), parsed

    # -- public --------------------------------------------------------------------------------
    def search_ids(
        self, query: str = "", filters: Filters | None = None, sort: str = "name", descending: bool = False,
        limit: int | None = None, offset: int = 0,
    ) -> list[int]:
        """Ids of matching contacts: by relevance then name (the default), or by another column."""
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

    def _count(self, s: Session, query: str, filters: Filters | None, cap: int | None = None) -> int:
        query, filters = self._resolve(s, query, filters)
        parsed = parse_query(query)
        conds = self._filter_conditions(filters)
        if parsed.empty:
            if not conds:
                return total_contacts(s)
            return s.scalar(select(func.count(Contact.id)).where(*conds)) or 0
        if self.uses_fts(s) and not conds:
            expression = fts_match(parsed)
            if cap is not None:
                return self._capped_count(s, expression, cap)
            return s.scalar(select(func.count()).select_from(self._fts_ids(expression).subquery())) or 0
        stmt = select(Contact.id).where(and_(*[_like_condition(t) for t in parsed.terms]), *conds)
        if cap is not None:
            stmt = stmt.limit(cap + 1)
        return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    def count(self, query: str = "", filters: Filters | None = None) -> int:
        with self.sf.begin() as s:
            return self._count(s, query, filters)

    def rows(self, ids: list[int]) -> dict[int, ContactRow]:
        """Table rows for ``ids`` (ids that no longer exist are absent)."""
        with self.sf.begin() as s:
            return self._rows(s, ids)

    def _rows(self, s: Session, ids: list[int]) -> dict[int, ContactRow]:
        if not ids:
            return {}
        first_valid = (
            select(Phone.valid).where(Phone.contact_id == Contact.id).order_by(Phone.position).limit(1)
            .correlate(Contact).scalar_subquery()
        )
        stmt = (
            select(
                Contact.id, Contact.name, Contact.role, Office.name, Office.country, Contact.country,
                _first_phone(), first_valid, _first_email(), _article_count(), Contact.last_contacted_at,
                Contact.do_not_contact, Contact.dnc_reason,
            )
            .outerjoin(Office, Office.id == Contact.office_id)
            .where(Contact.id.in_(ids))
        )
        return {
            r[0]: ContactRow(
                id=r[0], name=r[1], role=r[2] or "", office=r[3] or "", country=r[4] or r[5],
                phone=r[6] or "", phone_valid=bool(r[7]) if r[6] else True, email=r[8] or "",
                articles=r[9] or 0, last_contacted=r[10], do_not_contact=bool(r[11]), dnc_reason=r[12] or "",
            )
            for r in s.execute(stmt)
        }
