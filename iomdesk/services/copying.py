"""Copying a directory into another one: a personal SQLite file into a team's PostgreSQL database
(or another SQLite file), merged with the import's duplicate rules.

In: the source's session factory, the target (a URL, a path, or an open session factory), the duplicate
policy ("skip" | "update" | "create", as the import's), dry run, progress and cancel callbacks. Out: a
:class:`CopyResult` (contacts added / updated / skipped with why, articles, lists, ledger rows,
suppressions).

Contacts go through the import's own matching and writing (:class:`~.importing.plan.ImportRun`:
same email, else same phone, else same name and office; "update" fills empty fields and adds what is
new, never removes anything), fed with drafts made from the stored contacts as they are (phones with
their kind, extension and E.164 or the text kept when it had no country code: nothing is parsed
again). A copied contact keeps its created/updated times and its do-not-contact flag, reason and date;
a contact merged into ("update") takes the do-not-contact flag when the source has it (a person who
asked not to be contacted stays so). Then articles (matched by URL, else by title and date) and their
links, distribution lists merged by name (static members added; a smart list's query kept), the send
ledger (ids remapped; a row already there is not added twice) and suppressions (kind + digest). A
skipped duplicate's links, list memberships and ledger rows go to the contact it matched (the same
person).

One transaction on the target: a cancel, a dry run or any failure leaves it exactly as it was. The
source is read in one consistent snapshot and never written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from ..core.contact import ContactDraft
from ..core.errors import UserError
from ..core.phones import PhoneValue
from ..store.db import open_database, read_snapshot, resolve_url, write_session
from ..store.models import (
    Article,
    Beat,
    Contact,
    DistributionList,
    Office,
    OutreachEntry,
    Suppression,
    Tag,
    contact_articles,
    list_members,
)
from ..store.pg_search import settle_search_indexes
from ..store.search import contact_search_fields
from .contacts import CONTACT_LOAD
from .importing.plan import ImportRun
from .importing.result import ImportCancelled

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

DUPLICATE_POLICIES = ("skip", "update", "create")
CHUNK = 500  # source contacts read at a time; ids per IN (...) list


class CopyError(UserError):
    """The copy cannot start as asked (same database, bad target). Nothing was written."""


class CopyCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("the copy was cancelled; nothing was stored in the target")


def display_url(value: str) -> str:
    """The target as shown to the user: a URL without its password, or the file path."""
    url = resolve_url(value)
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(not a database URL)"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    from ..store.db import hidden_password

    return hidden_password(url)


@dataclass(frozen=True)
class CopyIssue:
    """A source contact that was skipped or merged, and why (names only the user already sees)."""

    source_id: int
    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass
class CopyResult:
    target: str = ""  # shown without password
    contacts: int = 0  # in the source
    added: int = 0
    updated: int = 0
    skipped: int = 0
    duplicates: list[CopyIssue] = field(default_factory=list)
    articles_added: int = 0
    articles_matched: int = 0
    links_added: int = 0
    lists_added: int = 0
    lists_merged: int = 0
    members_added: int = 0
    ledger_added: int = 0
    suppressions_added: int = 0
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    stored: bool = False
    contact_map: dict[int, int] = field(default_factory=dict)  # source id -> target id (not in dry run)

    def summary(self) -> str:
        text = (f"contacts: added {self.added}, updated {self.updated}, skipped {self.skipped}; "
                f"articles: added {self.articles_added}, already there {self.articles_matched}; "
                f"links added {self.links_added}; lists: added {self.lists_added}, merged {self.lists_merged} "
                f"({self.members_added} members added); ledger rows added {self.ledger_added}; "
                f"suppressions added {self.suppressions_added}")
        if self.dry_run:
            text += " (dry run: nothing was stored)"
        return text

    def as_dict(self) -> dict:
        return {
            "target": self.target, "contacts": self.contacts, "added": self.added, "updated": self.updated,
            "skipped": self.skipped,
            "duplicates": [{"source_id": d.source_id, "name": d.name, "reason": d.reason} for d in self.duplicates],
            "articles_added": self.articles_added, "articles_matched": self.articles_matched,
            "links_added": self.links_added, "lists_added": self.lists_added, "lists_merged": self.lists_merged,
            "members_added": self.members_added, "ledger_added": self.ledger_added,
            "suppressions_added": self.suppressions_added, "warnings": list(self.warnings),
            "dry_run": self.dry_run, "stored": self.stored,
        }


class _DryRun(Exception):
    pass


def _chunks(items: Sequence, n: int = CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def draft_of(c: Contact) -> ContactDraft:
    """The stored contact ``c`` as a draft the import writes, value for value (nothing parsed again)."""
    return ContactDraft(
        name=c.name,
        role=c.role or "",
        office=c.office.name if c.office is not None else "",
        office_country=c.office.country if c.office is not None else None,
        country=c.country,
        notes=c.notes or "",
        phones=[PhoneValue(p.raw, p.e164, p.display or "", p.kind or "work", bool(p.valid), p.extension)
                for p in c.phones],
        emails=[e.address for e in c.emails],
        tags=[t.name for t in c.tags],
        languages=[lang.code for lang in c.languages],
        beats=[b.name for b in c.beats],
        source=c.source or "",
        lawful_basis=c.lawful_basis,
        review_date=c.review_date,
    )


class _ContactCopy(ImportRun):
    """The import's run, fed with stored contacts instead of file rows; remembers where each went."""

    def __init__(self, s: Session, policy: str, progress: Progress | None, cancelled: Cancelled | None):
        super().__init__(s, policy, "notes", progress, cancelled, 1)
        self._last: tuple[int | None, str] = (None, "")
        self.placed: dict[int, int] = {}  # source id -> stored id (> 0) or -(index + 1) of a new contact
        self.made_from: dict[int, int] = {}  # index of a new contact -> the source id it was made from

    def _match(self, draft: ContactDraft) -> tuple[int | None, str]:
        self._last = super()._match(draft)
        return self._last

    def _claim_office_country(self, draft: ContactDraft) -> None:
        # A copy carries an office as it is: only the source office's own country, never the contact's.
        office = self._office(draft.office)
        if office is not None and office.country is None and draft.office_country:
            office.country = draft.office_country
            office.changed = True

    def place(self, source_id: int, draft: ContactDraft) -> None:
        self._last = (None, "")
        index = self.new_base + len(self.new)  # the index this draft takes if it is new
        self._place(draft, source_id, "")
        target = self._last[0]
        if target is None:
            self.made_from[index] = source_id
        self.placed[source_id] = target if target is not None else -(index + 1)

    def resolve(self) -> dict[int, int]:
        added = self.result.added_ids
        return {sid: (t if t > 0 else added[-t - 1]) for sid, t in self.placed.items()}


def _server_identity(sf: sessionmaker[Session]) -> tuple | None:
    """A PostgreSQL database as the server knows it (its name and the server's start time), whatever
    host name or address the URL used; None on SQLite (its files are compared by path)."""
    with sf() as s:
        if s.get_bind().dialect.name != "postgresql":
            return None
        return tuple(s.execute(select(func.current_database(), func.pg_postmaster_start_time())).one())


class CopyService:
    """Copies the directory behind ``session_factory`` into another database."""

    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    def copy_to(self, target: str, *, on_duplicate: str = "skip", dry_run: bool = False,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> CopyResult:
        """Copy into the database ``target`` (a URL or an SQLite path; its schema is created or upgraded
        as when the app opens it)."""
        self._refuse_same(target)
        db = open_database(target)
        try:
            here = _server_identity(self.sf)
            if here is not None and here == _server_identity(db.session_factory):
                # the same database by another name (localhost for 127.0.0.1, a socket for an address)
                raise CopyError("the target is the directory being copied; choose another database. "
                                "Nothing was written.")
            result = self.copy_into(db.session_factory, on_duplicate=on_duplicate, dry_run=dry_run,
                                    progress=progress, cancelled=cancelled)
        finally:
            db.dispose()
        result.target = display_url(target)
        return result

    def _refuse_same(self, target: str) -> None:
        engine = self.sf.kw["bind"]
        here = make_url(str(engine.url.render_as_string(hide_password=False)))
        try:
            there = make_url(resolve_url(target))
        except ArgumentError:
            return  # open_database names the problem
        same = False
        if here.get_backend_name() == there.get_backend_name() == "sqlite":
            a, b = Path(here.database or ""), Path(there.database or "")
            try:
                same = a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
            except OSError:
                same = False
        elif here.get_backend_name() == there.get_backend_name():
            same = (here.host, here.port, here.database) == (there.host, there.port, there.database)
        if same:
            raise CopyError("the target is the directory being copied; choose another database. "
                            "Nothing was written.")

    def copy_into(self, target_sf: sessionmaker[Session], *, on_duplicate: str = "skip", dry_run: bool = False,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> CopyResult:
        if on_duplicate not in DUPLICATE_POLICIES:
            raise ValueError(f"on_duplicate must be one of {DUPLICATE_POLICIES}, not {on_duplicate!r}")
        result = CopyResult()
        try:
            with read_snapshot(self.sf) as source_sf, write_session(target_sf) as t:
                with source_sf() as s:
                    _Copy(s, t, on_duplicate, progress, cancelled, result).run()
                if dry_run:
                    raise _DryRun()
                result.stored = True
        except _DryRun:
            result.dry_run = True
            result.contact_map = {}
        except ImportCancelled:
            raise CopyCancelled() from None
        if result.stored:
            settle_search_indexes(target_sf.kw["bind"].engine)
        if progress is not None:
            progress(1, 1)
        return result


class _Copy:
    """One copy: the source session ``s`` (read only), the target session ``t`` (one transaction)."""

    def __init__(self, s: Session, t: Session, policy: str, progress: Progress | None,
                 cancelled: Cancelled | None, result: CopyResult):
        self.s, self.t, self.policy = s, t, policy
        self.progress, self.cancelled, self.result = progress, cancelled, result
        self.done = 0
        self.total = 1

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def run(self) -> None:
        s = self.s
        ids = list(s.scalars(select(Contact.id).order_by(Contact.id)))
        n_articles = s.scalar(select(func.count(Article.id))) or 0
        n_ledger = s.scalar(select(func.count(OutreachEntry.id))) or 0
        n_lists = s.scalar(select(func.count(DistributionList.id))) or 0
        n_supp = s.scalar(select(func.count(Suppression.id))) or 0
        self.result.contacts = len(ids)
        # progress: the contacts twice (placed, written: the import's own count), then the rest
        self.total = 2 * len(ids) + n_articles + n_ledger + n_lists + n_supp + 1
        cmap = self.copy_contacts(ids)
        self.result.contact_map = cmap
        self.copy_unused_names()
        amap = self.copy_articles()
        self.copy_lists(cmap)
        self.copy_ledger(cmap, amap)
        self.copy_suppressions()
        table = cast(Table, Contact.__table__)
        for part in _chunks(self.new_rows):
            self.t.connection().execute(
                update(table).where(table.c.id == bindparam("b_id")).values(
                    created_at=bindparam("created_at"), updated_at=bindparam("updated_at"),
                    do_not_contact=bindparam("do_not_contact"), dnc_reason=bindparam("dnc_reason"),
                    dnc_at=bindparam("dnc_at")),
                list(part))
        self.t.flush()

    # -- contacts ------------------------------------------------------------------------------------
    def copy_contacts(self, ids: list[int]) -> dict[int, int]:
        s, t, res = self.s, self.t, self.result
        run = _ContactCopy(t, self.policy, None, self.cancelled)
        names: dict[int, str] = {}
        extra: dict[int, tuple] = {}  # source id -> (created, updated, dnc, reason, dnc_at)
        regions: dict[str, str] = {}
        for part in _chunks(ids):
            drafts = []
            for c in s.scalars(select(Contact).where(Contact.id.in_(part)).order_by(Contact.id)
                               .options(*CONTACT_LOAD)):
                names[c.id] = c.name
                extra[c.id] = (c.created_at, c.updated_at, bool(c.do_not_contact), c.dnc_reason or "", c.dnc_at)
                if c.office is not None and c.office.region:
                    regions.setdefault(c.office.name_key, c.office.region)
                drafts.append((c.id, draft_of(c)))
            s.expunge_all()
            run._prefetch([d for _sid, d in drafts])  # the target asked once for the chunk, as the import does
            for sid, draft in drafts:
                run.place(sid, draft)
                self.tick()
            run._known = None
        run.write()
        self.tick(len(ids))
        ir = run.result
        res.added, res.updated, res.skipped = ir.added, ir.updated, ir.skipped
        cmap = run.resolve()
        for issue in ir.duplicates:
            reason = "; ".join(issue.reasons).replace(" in the directory)", " in the target)")
            reason = re.sub(r"\brow (\d+)", r"source contact \1", reason)  # an earlier contact of this copy
            res.duplicates.append(CopyIssue(issue.row, names.get(issue.row, "?"), reason))
        added = set(ir.added_ids)
        # the contacts this copy made keep their source's times and do-not-contact (set at the end,
        # after the links and ledger rows that follow change them here)
        self.new_rows = [
            {"b_id": ir.added_ids[index], "created_at": extra[sid][0], "updated_at": extra[sid][1],
             "do_not_contact": extra[sid][2], "dnc_reason": extra[sid][3], "dnc_at": extra[sid][4]}
            for index, sid in run.made_from.items()
        ]
        # a contact this copy made from two source contacts (the same person) is do-not-contact if either is
        made = {row["b_id"]: row for row in self.new_rows}
        for sid, tid in cmap.items():
            if extra[sid][2] and tid in made and not made[tid]["do_not_contact"]:
                made[tid].update(do_not_contact=True, dnc_reason=extra[sid][3], dnc_at=extra[sid][4])
        if self.policy == "update":  # a merged-into contact takes the source's do-not-contact
            for sid, tid in cmap.items():
                created, updated, dnc, reason, dnc_at = extra[sid]
                if dnc and tid not in added:
                    contact = t.get(Contact, tid)
                    if contact is not None and not contact.do_not_contact:
                        contact.do_not_contact, contact.dnc_reason, contact.dnc_at = True, reason, dnc_at
        else:  # skip / create: a contact left as the target has it, though the source says do not contact
            flagged = [tid for sid, tid in cmap.items() if extra[sid][2] and tid not in added]
            not_there = [tid for part in _chunks(sorted(set(flagged))) for tid in t.scalars(
                select(Contact.id).where(Contact.id.in_(part), Contact.do_not_contact.is_(False)))]
            if not_there:
                res.warnings.append(
                    f"{len(not_there)} contact(s) marked do-not-contact in this directory were skipped as "
                    "duplicates and are not marked so in the target (contact ids there: "
                    f"{', '.join(map(str, not_there[:20]))}{' ...' if len(not_there) > 20 else ''}); "
                    "copy again with 'update' to carry the mark")
        for key, region in regions.items():
            t.execute(update(Office).where(Office.name_key == key, Office.region.is_(None)).values(region=region))
        t.flush()
        return cmap

    def copy_unused_names(self) -> None:
        """Offices, tags and beats no contact uses: copied too (an office's country and region)."""
        s, t = self.s, self.t
        models: tuple[Any, ...] = (Office, Tag, Beat)
        for model in models:
            have = set(t.scalars(select(model.name_key)))
            for row in s.scalars(select(model).order_by(model.id)):
                if row.name_key not in have:
                    values = {"name": row.name, "name_key": row.name_key}
                    if model is Office:
                        values.update(country=row.country, region=row.region)
                    t.add(model(**values))
                    have.add(row.name_key)
        t.flush()

    # -- articles and links ------------------------------------------------------------------------------
    def copy_articles(self) -> dict[int, int]:
        s, t, res = self.s, self.t, self.result
        amap: dict[int, int] = {}
        by_url = {url: aid for aid, url in t.execute(select(Article.id, Article.url).where(Article.url.is_not(None)))}
        by_title: dict[tuple, int] = {}
        for aid, title, date in t.execute(select(Article.id, Article.title, Article.date).order_by(Article.id)):
            by_title.setdefault((title, date), aid)
        for a in s.scalars(select(Article).order_by(Article.id)):
            found = by_url.get(a.url) if a.url else by_title.get((a.title, a.date))
            if found is None:
                new = Article(title=a.title, date=a.date, dateline=a.dateline, url=a.url, body=a.body,
                              source_file=a.source_file, search_text=a.search_text, created_at=a.created_at)
                t.add(new)
                t.flush()
                found = new.id
                res.articles_added += 1
                if a.url:
                    by_url[a.url] = found
                by_title.setdefault((a.title, a.date), found)
            else:
                res.articles_matched += 1
            amap[a.id] = found
            self.tick()
        s.expunge_all()
        # links, remapped; a contact gaining one has its search fields (article titles) refreshed
        links = [(cmap_c, amap[a]) for c, a in s.execute(select(contact_articles.c.contact_id,
                                                                contact_articles.c.article_id))
                 if (cmap_c := self.result.contact_map.get(c)) is not None and a in amap]
        have: set[tuple[int, int]] = set()
        for part in _chunks(sorted({c for c, _a in links})):
            have.update((c, a) for c, a in t.execute(select(contact_articles.c.contact_id, contact_articles.c.article_id)
                                  .where(contact_articles.c.contact_id.in_(part))))
        new_links = sorted(set(links) - have)
        if new_links:
            t.execute(insert(contact_articles), [{"contact_id": c, "article_id": a} for c, a in new_links])
            res.links_added = len(new_links)
            # their search fields (article titles) computed again and written in bulk: a copy is not an
            # edit, so their version and updated time stay
            touched = sorted({c for c, _a in new_links})
            table = cast(Table, Contact.__table__)
            t.flush()
            t.expunge_all()
            for part in _chunks(touched):
                rows = [{"b_id": contact.id, **contact_search_fields(contact)}
                        for contact in t.scalars(select(Contact).where(Contact.id.in_(part)).options(*CONTACT_LOAD))]
                t.expunge_all()
                if rows:
                    fields = [k for k in rows[0] if k != "b_id"]
                    t.connection().execute(
                        update(table).where(table.c.id == bindparam("b_id"))
                        .values({**{k: bindparam(k) for k in fields}, "updated_at": table.c.updated_at}), rows)
        return amap

    # -- lists -------------------------------------------------------------------------------------------
    def copy_lists(self, cmap: dict[int, int]) -> None:
        s, t, res = self.s, self.t, self.result
        members: dict[int, list[tuple[int, object]]] = {}
        for lid, cid, added_at in s.execute(select(list_members.c.list_id, list_members.c.contact_id,
                                                   list_members.c.added_at)):
            if cid in cmap:
                members.setdefault(lid, []).append((cmap[cid], added_at))
        for lst in s.scalars(select(DistributionList).order_by(DistributionList.id)):
            there = t.scalars(select(DistributionList).where(DistributionList.name_key == lst.name_key)).first()
            if there is None:
                there = DistributionList(name=lst.name, name_key=lst.name_key, query=lst.query,
                                         created_at=lst.created_at, updated_at=lst.updated_at)
                t.add(there)
                t.flush()
                res.lists_added += 1
            else:
                res.lists_merged += 1
                if (there.query is None) != (lst.query is None) or (lst.query and there.query != lst.query):
                    res.warnings.append(
                        f"list {lst.name!r}: the target's list of that name is kept as it is "
                        + ("(a smart list with another search)" if there.query is not None
                           else "(a static list; the source's is a smart list)"))
            if there.query is None and lst.query is None:
                have = set(t.scalars(select(list_members.c.contact_id).where(list_members.c.list_id == there.id)))
                rows = [{"list_id": there.id, "contact_id": c, "added_at": at}
                        for c, at in members.get(lst.id, []) if c not in have and not have.add(c)]  # type: ignore[func-returns-value]
                if rows:
                    t.execute(insert(list_members), rows)
                    res.members_added += len(rows)
            self.tick()

    # -- the send ledger and suppressions ------------------------------------------------------------
    def copy_ledger(self, cmap: dict[int, int], amap: dict[int, int]) -> None:
        s, t, res = self.s, self.t, self.result
        cols = (OutreachEntry.contact_id, OutreachEntry.article_id, OutreachEntry.subject, OutreachEntry.channel,
                OutreachEntry.list_name, OutreachEntry.os_user, OutreachEntry.sent_at)
        rows: list[tuple] = []
        for r in s.execute(select(*cols).order_by(OutreachEntry.id)):
            if r[0] in cmap:
                rows.append((cmap[r[0]], amap.get(r[1]) if r[1] is not None else None, *r[2:]))
            self.tick()
        if not rows:
            return
        have: set[tuple] = set()
        for part in _chunks(sorted({r[0] for r in rows})):
            have.update(tuple(r) for r in t.execute(select(*cols).where(OutreachEntry.contact_id.in_(part))))
        new = []
        for row in rows:
            if row not in have:
                have.add(row)
                new.append(row)
        if not new:
            return
        keys = ("contact_id", "article_id", "subject", "channel", "list_name", "os_user", "sent_at")
        t.execute(insert(OutreachEntry), [dict(zip(keys, r, strict=True)) for r in new])
        res.ledger_added = len(new)
        # the newest send per contact, kept on the contact for sorting
        touched = sorted({r[0] for r in new})
        for part in _chunks(touched):
            newest = t.execute(select(OutreachEntry.contact_id, func.max(OutreachEntry.sent_at))
                               .where(OutreachEntry.contact_id.in_(part)).group_by(OutreachEntry.contact_id)).all()
            table = cast(Table, Contact.__table__)
            t.connection().execute(
                update(table).where(table.c.id == bindparam("b_id")).values(last_contacted_at=bindparam("at"), updated_at=table.c.updated_at),
                [{"b_id": cid, "at": at} for cid, at in newest])

    def copy_suppressions(self) -> None:
        s, t, res = self.s, self.t, self.result
        have: set[tuple[str, str]] = {(k, d) for k, d in t.execute(select(Suppression.kind, Suppression.digest))}
        for row in s.scalars(select(Suppression).order_by(Suppression.id)):
            if (row.kind, row.digest) not in have:
                t.add(Suppression(kind=row.kind, digest=row.digest, reason=row.reason, created_at=row.created_at))
                have.add((row.kind, row.digest))
                res.suppressions_added += 1
            self.tick()
        t.flush()

