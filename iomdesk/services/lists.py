"""Distribution lists: named lists of contacts ("Zimbabwe media", "Geneva wires"); a contact can be on many.

A static list holds its members (``list_members``); a smart list holds a saved search (the search syntax,
``list:NAME`` included) and its members are that search's results when read, so they follow the data.
Names are unique case- and accent-insensitively. Deleting a list keeps its contacts; deleting a contact
takes it off every list (ON DELETE CASCADE). One transaction per action; writes use ``write_session``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.orm import Session, sessionmaker

from ..core.errors import NotFound, UserError
from ..core.text import clean, fold
from ..store.db import write_session
from ..store.models import Contact, DistributionList, list_members, utcnow
from .search import _TOKEN, Filters, ListLoop, SearchService, split_lists

__all__ = ["DeletedList", "ListError", "ListExists", "ListInfo", "ListLoop", "ListService"]

NAME_MAX = 200
CHUNK = 5000  # ids per statement (SQLite allows 32,766 parameters)


class ListError(UserError):
    """A list action that cannot be done as asked; nothing was changed."""


class ListExists(ListError):
    def __init__(self, name: str) -> None:
        super().__init__(f"a list named {name!r} already exists; choose another name")
        self.name = name


@dataclass(frozen=True)
class ListInfo:
    id: int
    name: str
    query: str | None  # the saved search of a smart list; None for a static list
    count: int | None  # members now; None when a smart list's search cannot run (``problem``)
    problem: str = ""

    @property
    def smart(self) -> bool:
        return self.query is not None

    def to_json(self) -> dict:
        data: dict = {"id": self.id, "name": self.name, "smart": self.smart, "count": self.count}
        if self.query is not None:
            data["query"] = self.query
        if self.problem:
            data["problem"] = self.problem
        return data


@dataclass(frozen=True)
class DeletedList:
    """What a deleted list held (enough to make it again: an undo)."""

    name: str
    query: str | None
    contact_ids: tuple[int, ...]
    referred_by: tuple[str, ...] = ()  # smart lists whose search names it (they now find nobody)


def _check_name(name: str) -> str:
    name = clean(name)
    if not name:
        raise ListError("a list needs a name")
    if len(name) > NAME_MAX or len(fold(name)) > NAME_MAX:  # folding can lengthen it ("ß" -> "ss")
        raise ListError(f"a list name can have at most {NAME_MAX} characters")
    if '"' in name:
        raise ListError('a list name cannot contain a double quote (") : search writes list:"NAME"')
    return name


def _renamed_refs(query: str, old_key: str, new: str) -> str:
    """``query`` with its ``list:`` filters naming the list whose folded name is ``old_key`` now naming
    ``new`` (a smart list that refers to a renamed list keeps its members)."""
    out: list[str] = []
    last = 0
    for m in _TOKEN.finditer(query):
        if (m.group(1) or m.group(3) or "").lower() != "list":
            continue
        value = m.group(2) if m.group(2) is not None else m.group(4)
        if value is None or fold(clean(value)) != old_key:
            continue
        out.append(query[last:m.start()])
        out.append(f'list:"{new}"' if m.group(2) is not None or any(c.isspace() for c in new)
                   else f"list:{new}")
        last = m.end()
    out.append(query[last:])
    return "".join(out)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


class ListService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory
        self.search = SearchService(session_factory)

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, name: str) -> DistributionList:
        found = s.scalars(select(DistributionList).where(DistributionList.name_key == fold(clean(name)))).first()
        if found is None:
            raise NotFound("list", repr(clean(name)))
        return found

    @staticmethod
    def _static(lst: DistributionList, doing: str) -> None:
        if lst.query is not None:
            raise ListError(f"{lst.name!r} is a smart list: its members are the results of its search "
                            f"({lst.query!r}), so contacts cannot be {doing} by hand")

    def _check_search(self, s: Session, lst: DistributionList) -> None:
        """A smart list's search must run (no loop through ``list:``)."""
        if lst.query is not None:
            s.flush()
            self.search._count(s, "", Filters(list=lst.name), cap=1)

    def _info(self, s: Session, lst: DistributionList, static_counts: dict[int, int]) -> ListInfo:
        if lst.query is None:
            return ListInfo(lst.id, lst.name, None, static_counts.get(lst.id, 0))
        try:
            return ListInfo(lst.id, lst.name, lst.query, self.search._count(s, "", Filters(list=lst.name)))
        except ListLoop as exc:
            return ListInfo(lst.id, lst.name, lst.query, None, str(exc))

    # -- lists ---------------------------------------------------------------------------------
    def create(self, name: str, query: str | None = None) -> ListInfo:
        """A new list: static, or smart when ``query`` is given (its saved search)."""
        name = _check_name(name)
        with write_session(self.sf) as s:
            existing = s.scalar(select(DistributionList.name).where(DistributionList.name_key == fold(name)))
            if existing is not None:
                raise ListExists(existing)
            lst = DistributionList(name=name, name_key=fold(name), query=query)
            s.add(lst)
            s.flush()  # its id
            self._check_search(s, lst)
            return self._info(s, lst, {})

    def rename(self, old: str, new: str) -> ListInfo:
        new = _check_name(new)
        with write_session(self.sf) as s:
            lst = self._get(s, old)
            other = s.execute(select(DistributionList.id, DistributionList.name)
                              .where(DistributionList.name_key == fold(new))).first()
            if other is not None and other[0] != lst.id:
                raise ListExists(other[1])
            old_key = lst.name_key
            lst.name, lst.name_key = new, fold(new)
            for smart in s.scalars(select(DistributionList).where(DistributionList.query.is_not(None))):
                renamed = _renamed_refs(smart.query or "", old_key, new)
                if renamed != smart.query:
                    smart.query = renamed
            # A smart list elsewhere may now reach itself through the new name: refuse that rename.
            s.flush()
            for smart in s.scalars(select(DistributionList).where(DistributionList.query.is_not(None))):
                self._check_search(s, smart)
            return self._info(s, lst, self._static_counts(s, [lst.id]))

    def set_query(self, name: str, query: str) -> ListInfo:
        """Change a smart list's saved search."""
        with write_session(self.sf) as s:
            lst = self._get(s, name)
            if lst.query is None:
                raise ListError(f"{lst.name!r} is a static list; make a smart list with a search instead")
            lst.query = query
            self._check_search(s, lst)
            return self._info(s, lst, {})

    def delete(self, name: str) -> DeletedList:
        """Delete a list; its contacts stay. Returns what it held."""
        with write_session(self.sf) as s:
            lst = self._get(s, name)
            ids = tuple(s.scalars(select(list_members.c.contact_id).where(list_members.c.list_id == lst.id)
                                  .order_by(list_members.c.contact_id)))
            referred = tuple(
                smart.name for smart in s.scalars(select(DistributionList).where(
                    DistributionList.query.is_not(None), DistributionList.id != lst.id)
                    .order_by(DistributionList.name_key))
                if any(fold(clean(n)) == lst.name_key for n in split_lists(smart.query or "")[1]))
            gone = DeletedList(lst.name, lst.query, ids, referred)
            s.execute(delete(list_members).where(list_members.c.list_id == lst.id))
            s.delete(lst)
            return gone

    @staticmethod
    def _static_counts(s: Session, ids: list[int] | None = None) -> dict[int, int]:
        stmt = select(list_members.c.list_id, func.count()).group_by(list_members.c.list_id)
        if ids is not None:
            stmt = stmt.where(list_members.c.list_id.in_(ids))
        return {lid: n for lid, n in s.execute(stmt)}

    def all(self) -> list[ListInfo]:
        """Every list with its count, by name (a smart list whose search cannot run: count None)."""
        with self.sf.begin() as s:
            counts = self._static_counts(s)
            lists = s.scalars(select(DistributionList).order_by(DistributionList.name_key)).all()
            return [self._info(s, lst, counts) for lst in lists]

    def names(self, smart: bool | None = None) -> list[str]:
        """The lists' names by name, without counting anyone (``smart``: only smart or only static)."""
        stmt = select(DistributionList.name).order_by(DistributionList.name_key)
        if smart is not None:
            stmt = stmt.where(DistributionList.query.is_not(None) if smart else DistributionList.query.is_(None))
        with self.sf.begin() as s:
            return list(s.scalars(stmt))

    def get(self, name: str) -> ListInfo:
        with self.sf.begin() as s:
            lst = self._get(s, name)
            return self._info(s, lst, self._static_counts(s, [lst.id]))

    # -- members -------------------------------------------------------------------------------
    def add(self, name: str, contact_ids: Iterable[int]) -> int:
        """Put contacts on a static list; those already on it stay as they are. Returns how many were new.
        An id that is no contact is an error and nothing is added."""
        wanted = list(dict.fromkeys(contact_ids))
        with write_session(self.sf) as s:
            lst = self._get(s, name)
            self._static(lst, "added")
            known: set[int] = set()
            present: set[int] = set()
            for part in _chunks(wanted):
                known.update(s.scalars(select(Contact.id).where(Contact.id.in_(part))))
                present.update(s.scalars(select(list_members.c.contact_id).where(
                    list_members.c.list_id == lst.id, list_members.c.contact_id.in_(part))))
            missing = [i for i in wanted if i not in known]
            if missing:
                raise NotFound("contact", missing[0] if len(missing) == 1 else
                               f"{missing[0]} (and {len(missing) - 1} more ids)")
            new = [i for i in wanted if i not in present]
            now = utcnow()
            for part in _chunks(new):
                s.execute(insert(list_members), [{"list_id": lst.id, "contact_id": i, "added_at": now}
                                                 for i in part])
            if new:
                lst.updated_at = now
            return len(new)

    def add_query(self, name: str, query: str) -> int:
        """Put every contact the search ``query`` finds on a static list. Returns how many were new."""
        with write_session(self.sf) as s:
            lst = self._get(s, name)
            self._static(lst, "added")
            found, _ = self.search._statement(s, query, None, "name", False)
            present = select(list_members.c.contact_id).where(list_members.c.list_id == lst.id)
            found = found.order_by(None).where(Contact.id.not_in(present))
            now = utcnow()
            rows = select(literal(lst.id), found.subquery().c.id, literal(now, type_=list_members.c.added_at.type))
            members = select(func.count()).select_from(list_members).where(list_members.c.list_id == lst.id)
            before = s.scalar(members) or 0
            s.execute(insert(list_members).from_select(["list_id", "contact_id", "added_at"], rows))
            # counted, not the rowcount: psycopg gives none for INSERT ... SELECT here
            n = (s.scalar(members) or 0) - before
            if n:
                lst.updated_at = now
            return n

    def remove(self, name: str, contact_ids: Iterable[int]) -> int:
        """Take contacts off a static list (ids not on it are ignored). Returns how many were removed."""
        ids = list(dict.fromkeys(contact_ids))
        with write_session(self.sf) as s:
            lst = self._get(s, name)
            self._static(lst, "removed")
            n = 0
            for part in _chunks(ids):
                result = s.execute(delete(list_members).where(
                    list_members.c.list_id == lst.id, list_members.c.contact_id.in_(part)))
                n += max(result.rowcount or 0, 0)  # type: ignore[attr-defined]
            if n:
                lst.updated_at = utcnow()
            return n

    def members(self, name: str, query: str = "", sort: str = "name", descending: bool = False,
                limit: int | None = None, offset: int = 0) -> list[int]:
        """Ids of the list's members (narrowed by ``query``), sorted as a search is, a page at a time."""
        with self.sf.begin() as s:
            lst = self._get(s, name)
            stmt, _ = self.search._statement(s, query, Filters(list=lst.name), sort, descending)
            stmt = stmt.offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return list(s.scalars(stmt))

    def lists_of(self, contact_id: int) -> list[str]:
        """Names of the lists a contact is on (smart lists whose search finds it included), by name."""
        with self.sf.begin() as s:
            if s.get(Contact, contact_id) is None:
                raise NotFound("contact", contact_id)
            names = []
            for lst in s.scalars(select(DistributionList).order_by(DistributionList.name_key)):
                if lst.query is None:
                    on = s.scalar(select(list_members.c.contact_id).where(
                        list_members.c.list_id == lst.id, list_members.c.contact_id == contact_id))
                else:
                    try:
                        _, f = self.search._resolve(s, "", Filters(list=lst.name))
                    except ListLoop:
                        continue
                    on = s.scalar(select(Contact.id).where(Contact.id == contact_id,
                                                           *self.search._filter_conditions(f)))
                if on is not None:
                    names.append(lst.name)
            return names
