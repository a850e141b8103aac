"""Writing: the rows the plan stage placed -> rows in the database, in the import's transaction.

In: the new contacts held (:attr:`Matcher.new`) and the merges into stored contacts
(:attr:`Matcher.db_merges`). Out: their offices and tags first, then contacts, phones, emails and
tags in bulk (:mod:`.bulk`), search columns and FTS indexes (bulk from :data:`BULK_INDEX_AT` new
contacts), merges that never remove anything; ``result`` counts and ids follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from ...core.contact import ContactDraft
from ...core.emails import email_key
from ...core.phones import phone_key
from ...store.fts import drop_fts_insert_triggers, index_contact_range, restore_fts_insert_triggers
from ...store.models import (
    Beat,
    Contact,
    ContactChange,
    ContactLanguage,
    Email,
    Office,
    Phone,
    Tag,
    contact_beats,
    contact_tags,
    utcnow,
)
from ...store.search import refresh_search_text, search_fields
from ..contacts import CONTACT_LOAD, add_missing, set_languages, set_office_country, to_record
from ..history import diff, draft_changes, field_values, history_row, who
from ..protection import SuppressionCheck, mark_suppressed_contacts
from .bulk import _EMAIL_KEYS, _PHONE_KEYS, _TAG_KEYS, _BulkWriter
from .match import Cancelled, Matcher, Progress, _key, draft_name_key
from .pool import sort_key as draft_sort_key
from .result import RowIssue

_BEAT_KEYS = ("contact_id", "beat_id")
_LANGUAGE_KEYS = ("contact_id", "code", "position")
_HISTORY_KEYS = ("contact_id", "version", "at", "os_user", "db_user", "action", "note", "changes")
BULK_INDEX_AT = 2000  # from this many new contacts on, the FTS indexes are filled after the inserts


def search_columns(
    name: str,
    role: str,
    office: str,
    country: str | None,
    emails: Sequence[str],
    tags: Sequence[str],
    phones: Sequence,
    own: tuple[str, str, str, str] | None = None,
) -> dict[str, str]:
    """Every search column of a new contact, as ``refresh_search_text`` would set them (a test
    proves the stored values equal a fresh ``refresh_search_text``). ``own``: the draft's
    :func:`~.pool.own_search_parts` when a worker computed them."""
    return search_fields(name, role, office, country, emails, tags, phones, own=own)


def _tag_order(tag: tuple[int | None, str]) -> str:
    return _key(tag[1])


class Writer(Matcher):
    """Writes what :class:`Matcher` holds, a chunk at a time (:meth:`_flush`) and at the end."""

    CHUNK = 1000

    def __init__(
        self,
        s: Session,
        policy: str,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ):
        super().__init__(s, policy, progress, cancelled)
        self.now = utcnow()
        self.writer = _BulkWriter(self.conn)
        self.next_id: int | None = None
        self.first_new_id: int | None = None
        self._fts: list | None = None  # SQLite: the FTS insert triggers dropped, put back at the end
        self._updated: set[int] = set()
        self._suppression: SuppressionCheck | None = None  # the suppression list, asked at the first write
        self._who: tuple[str, str] | None = None  # (OS user, database user) for the history rows

    def _history(self, rows: list[dict]) -> None:
        """Write history rows (one executemany): a contact added or updated is a recorded change."""
        if rows:
            self.writer.insert_tuples(ContactChange.__table__, _HISTORY_KEYS,
                                      [tuple(r[k] for k in _HISTORY_KEYS) for r in rows])

    @property
    def by(self) -> tuple[str, str]:
        if self._who is None:
            self._who = who(self.s)
        return self._who

    def write(self) -> None:
        """Write what is still held, then what waits for the end: the country an existing office
        gained (its contacts' search fields follow) and the FTS insert triggers."""
        self._flush()
        s = self.s
        changed = [o for o in self.offices.values() if o.id is not None and o.changed]
        for office in changed:
            obj = s.get(Office, office.id)
            if obj is not None and obj.country is None:
                set_office_country(s, obj, office.country)  # its contacts' search fields follow
        s.flush()
        if self._fts is not None:
            restore_fts_insert_triggers(self.conn, self._fts)
            self._fts = None

    def _flush(self) -> None:
        """Write the new contacts held (offices and tags they need first) and apply the merges into
        stored contacts; then forget them and their keys."""
        self._known = None  # the database changes: prefetched look-ups no longer hold
        self._write_offices_tags()
        suppressed = self._suppressed_rows()
        added_before = len(self.result.added_ids)
        if self.new:
            self._insert_new()
        if suppressed:
            self._mark_suppressed(suppressed, self.result.added_ids[added_before:])
        if self.db_merges:
            self._write_merges()
        self.new_base += len(self.new)
        self.new = []
        self.db_merges = {}
        self.merge_rows = 0
        self._clear_pending_keys()

    def _suppressed_rows(self) -> list[tuple[int | None, int, int, str]] | None:
        """The rows held whose email or E.164 phone is on the suppression list (:class:`SuppressionCheck`:
        nothing to do when the list is empty, one query for a small list, else one per chunk of digests):
        (index in :attr:`new` or None, stored contact id or 0, row, source)."""
        if self._suppression is None:
            self._suppression = SuppressionCheck(self.conn)
        check = self._suppression
        if not check.active or not (self.new or self.db_merges):
            return None
        wanted: set[tuple[str, str]] = set()
        held: list[tuple[int | None, int, int, str, set[tuple[str, str]]]] = []
        for i, n in enumerate(self.new):
            d = n.draft
            digests = check.digests(d.emails, (p.e164 for p in d.phones))
            if digests:
                held.append((i, 0, n.row, n.source, digests))
                wanted |= digests
        for cid, merges in self.db_merges.items():
            for d, row, source, _why in merges:
                digests = check.digests(d.emails, (p.e164 for p in d.phones))
                if digests:
                    held.append((None, cid, row, source, digests))
                    wanted |= digests
        if not wanted:
            return None
        found = check.found(wanted)
        if not found:
            return None
        return [(i, cid, row, source) for i, cid, row, source, digests in held if digests & found] or None

    def _mark_suppressed(self, rows: list[tuple[int | None, int, int, str]], new_ids: list[int]) -> None:
        """Mark do not contact ("on the suppression list") the contacts these rows became or went
        into, and list the rows in the result."""
        target: dict[int, tuple[int, str]] = {}
        for i, cid, row, source in rows:
            contact_id = new_ids[i] if i is not None else cid
            target.setdefault(contact_id, (row, source))
        marked = mark_suppressed_contacts(self.s, target, self.now)
        for contact_id in marked:
            row, source = target[contact_id]
            self.result.dnc_rows.append((row, source))
            self.result.dnc_ids.append(contact_id)

    def _write_offices_tags(self) -> None:
        s = self.s
        needed_offices = {_key(n.draft.office) for n in self.new if n.draft.office}
        needed_offices |= {
            _key(d.office) for merges in self.db_merges.values() for d, *_ in merges if d.office
        }
        created = []
        for key in sorted(needed_offices):
            office = self.offices[key]
            if office.id is None:
                obj = Office(name=office.name, name_key=key, country=office.country)
                s.add(obj)
                created.append((office, obj))
        needed_tags: dict[str, str] = {}
        for n in self.new:
            for t in n.draft.tags:
                needed_tags.setdefault(_key(t), t)
        for merges in self.db_merges.values():
            for d, *_ in merges:
                for t in d.tags:
                    needed_tags.setdefault(_key(t), t)
        new_tags = []
        for key, name in needed_tags.items():
            if key not in self.tags:
                tag = Tag(name=name, name_key=key)
                s.add(tag)
                new_tags.append((key, tag))
        needed_beats: dict[str, str] = {}
        for d in [n.draft for n in self.new] + [d for merges in self.db_merges.values() for d, *_ in merges]:
            for b in d.beats:
                needed_beats.setdefault(_key(b), b)
        new_beats = []
        for key, name in needed_beats.items():
            if key not in self.beats:
                beat = Beat(name=name, name_key=key)
                s.add(beat)
                new_beats.append((key, beat))
        if not created and not new_tags and not new_beats:
            return
        s.flush()
        for key, beat in new_beats:
            self.beats[key] = (beat.id, beat.name)
        for office, obj in created:
            office.id = obj.id
            office.changed = False  # stored with the country it has now
        for key, tag in new_tags:
            self.tags[key] = (tag.id, tag.name)

    def _insert_new(self) -> None:
        s = self.s
        contact_table = cast(Table, Contact.__table__)
        writer = self.writer
        tags = self.tags
        beats = self.beats
        offices = self.offices
        now = self.now
        stmt = insert(contact_table).returning(contact_table.c.id, sort_by_parameter_order=True)
        # SQLite: the ids the database would give (max + 1, one after another: the table has no
        # AUTOINCREMENT), set here so the rows go in one executemany without RETURNING. The
        # transaction already read the directory, so a concurrent writer makes this write fail
        # (and roll back) rather than collide.
        if writer.raw and self.next_id is None:
            self.next_id = (s.scalar(select(func.max(Contact.id))) or 0) + 1
        # Many new contacts: they are indexed (FTS) a chunk at a time right after their inserts,
        # before a later merge can UPDATE them, instead of row by row.
        bulk_index = writer.raw and (self._fts is not None or len(self.new) >= BULK_INDEX_AT)
        if bulk_index and self._fts is None:
            self._fts = drop_fts_insert_triggers(self.conn)
        first_id = self.next_id
        for start in range(0, len(self.new), self.CHUNK):
            chunk = self.new[start : start + self.CHUNK]
            rows = []
            office_names = []
            for n in chunk:
                d = n.draft
                office = offices.get(_key(d.office)) if d.office else None
                office_names.append(office.name if office is not None else "")
                if len(d.tags) > 1:
                    tag_names = [
                        name for _id, name in sorted((tags[_key(t)] for t in d.tags), key=_tag_order)
                    ]
                else:
                    tag_names = [tags[_key(t)][1] for t in d.tags]
                if d.beats:  # found by free text with the tags (store.search), in the beats' order
                    tag_names = tag_names + [
                        name for _id, name in sorted((beats[_key(b)] for b in d.beats), key=_tag_order)
                    ]
                country = (office.country if office is not None and office.country else None) or d.country
                row = {
                    "name": d.name,
                    "name_key": draft_name_key(d),
                    "sort_key": draft_sort_key(d),
                    "role": d.role,
                    "office_id": office.id if office is not None else None,
                    "country": d.country,
                    "notes": d.notes,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "source": d.source,
                    "lawful_basis": d.lawful_basis,
                    "review_date": d.review_date,
                }
                row.update(
                    search_columns(
                        d.name,
                        d.role,
                        office.name if office is not None else "",
                        country,
                        d.emails,
                        tag_names,
                        d.phones,
                        d.__dict__.get("_own"),  # a worker's own_search_parts, dropped if merged into
                    )
                )
                rows.append(row)
            if self.next_id is not None:
                ids = list(range(self.next_id, self.next_id + len(rows)))
                self.next_id += len(rows)
                for row, cid in zip(rows, ids, strict=True):
                    row["id"] = cid
                writer.insert(contact_table, rows)
            else:
                ids = list(s.scalars(stmt, rows))
            if self.first_new_id is None:
                self.first_new_id = ids[0]
            # rows as tuples in these columns' order (see _PHONE_KEYS ...): no dict per row
            by = self.by
            history_rows = [
                history_row(cid, 1, "imported", draft_changes(n.draft, name), by, now,
                            f"from {n.source}" if n.source else "")
                for cid, n, name in zip(ids, chunk, office_names, strict=True)
            ]
            phone_rows: list[tuple] = []
            email_rows: list[tuple] = []
            tag_rows: list[tuple] = []
            beat_rows: list[tuple] = []
            language_rows: list[tuple] = []
            for cid, n in zip(ids, chunk, strict=True):
                d = n.draft
                phone_rows.extend(
                    (cid, i, p.raw, p.e164, p.display, p.kind, p.valid, p.extension)
                    for i, p in enumerate(d.phones)
                )
                email_rows.extend((cid, i, a, email_key(a)) for i, a in enumerate(d.emails))
                if d.tags:
                    tag_rows.extend((cid, tid) for tid in {tags[_key(t)][0] for t in d.tags})
                if d.beats:
                    beat_rows.extend((cid, bid) for bid in {beats[_key(b)][0] for b in d.beats})
                if d.languages:
                    language_rows.extend((cid, code, i) for i, code in enumerate(d.languages))
            if phone_rows:
                writer.insert_tuples(Phone.__table__, _PHONE_KEYS, phone_rows)
            if email_rows:
                writer.insert_tuples(Email.__table__, _EMAIL_KEYS, email_rows)
            if tag_rows:
                writer.insert_tuples(contact_tags, _TAG_KEYS, tag_rows)
            if beat_rows:
                writer.insert_tuples(contact_beats, _BEAT_KEYS, beat_rows)
            if language_rows:
                writer.insert_tuples(ContactLanguage.__table__, _LANGUAGE_KEYS, language_rows)
            self._history(history_rows)
            self.result.added_ids.extend(ids)
            self.written += len(chunk)
            self._tick(len(chunk))
        if bulk_index:
            # bulk_index: SQLite, where next_id (so first_id) was set above, and _fts is set
            assert self._fts is not None and first_id is not None and self.next_id is not None
            index_contact_range(self.conn, self._fts, first_id, self.next_id - 1)

    def _write_merges(self) -> None:
        s = self.s
        res = self.result
        ids = list(self.db_merges)
        for start in range(0, len(ids), self.CHUNK):
            chunk = ids[start : start + self.CHUNK]
            # A re-import mostly brings nothing new: those contacts are compared in plain rows and
            # only the others are loaded (with their phones, emails, tags) and changed.
            names, load = self._merge_targets(chunk)
            contacts = {
                c.id: c
                for c in s.scalars(select(Contact).where(Contact.id.in_(load)).options(*CONTACT_LOAD))
            } if load else {}
            before = {cid: field_values(to_record(c)) for cid, c in contacts.items()}
            changed_ids: dict[int, str] = {}  # id -> the source whose rows changed it
            for cid in chunk:
                merges = self.db_merges[cid]
                if cid in names:  # nothing new in any of its rows
                    label = self._stored_label(cid, names[cid])
                    res.skipped += len(merges)
                    for _draft, row, source, why in merges:
                        res.add_duplicate(
                            RowIssue(row, (f"skipped: {why} as {label}, nothing new",), source, contact_id=cid)
                        )
                    continue
                contact = contacts.get(cid)
                if contact is None:  # deleted meanwhile: treat as skipped
                    res.skipped += len(merges)
                    continue
                changed_any = False
                for draft, row, label, why in merges:
                    if self._apply(contact, draft, self.auto_sources.get(label, "")):
                        changed_any = True
                        res.updated += 1
                        res.add_duplicate(
                            RowIssue(row, (f"added to {self._stored_label(cid, contact.name)}: {why}",),
                                     label, contact_id=cid)
                        )
                    else:
                        res.skipped += 1
                        res.add_duplicate(
                            RowIssue(
                                row,
                                (f"skipped: {why} as {self._stored_label(cid, contact.name)}, nothing new",),
                                label,
                                contact_id=cid,
                            )
                        )
                if changed_any:
                    changed_ids[cid] = ", ".join(dict.fromkeys(label for *_x, label, _why in merges if label))
                    refresh_search_text(contact)
                    # a contact this import added is listed in added_ids only
                    if (self.first_new_id is None or cid < self.first_new_id) and cid not in self._updated:
                        self._updated.add(cid)
                        res.updated_ids.append(cid)
            s.flush()
            history_rows = []
            for cid, sources in changed_ids.items():
                changes = diff(before[cid], field_values(to_record(contacts[cid])))
                if changes:
                    history_rows.append(history_row(cid, contacts[cid].version, "imported", changes, self.by,
                                                    self.now, f"update from {sources}" if sources else "update"))
            self._history(history_rows)
            n = sum(len(self.db_merges[c]) for c in chunk)
            self.written += n
            self._tick(n)
            s.expunge_all()  # the merged contacts are written; do not keep them

    def _merge_targets(self, chunk: list[int]) -> tuple[dict[int, str], list[int]]:
        """Split stored contacts to merge into: ({id: name} of those no row of :attr:`db_merges`
        brings anything new to, as :meth:`_apply` decides), [ids to load and change]."""
        conn = self.conn
        state: dict[int, tuple] = {
            cid: (name, role, office_id, country, notes, set(), set(), set(), set(), set(),
                  (source, basis, review))
            for cid, name, role, office_id, country, notes, source, basis, review in conn.execute(
                select(Contact.id, Contact.name, Contact.role, Contact.office_id, Contact.country,
                       Contact.notes, Contact.source, Contact.lawful_basis, Contact.review_date)
                .where(Contact.id.in_(chunk))
            )
        }
        for cid, e164, raw, ext in conn.execute(
            select(Phone.contact_id, Phone.e164, Phone.raw, Phone.extension).where(Phone.contact_id.in_(chunk))
        ):
            state[cid][5].add(f"{e164 or raw};{ext or ''}")  # phone_key
        for cid, key in conn.execute(
            select(Email.contact_id, Email.address_key).where(Email.contact_id.in_(chunk))
        ):
            state[cid][6].add(key)
        for cid, key in conn.execute(
            select(contact_tags.c.contact_id, Tag.name_key)
            .join(Tag, Tag.id == contact_tags.c.tag_id)
            .where(contact_tags.c.contact_id.in_(chunk))
        ):
            state[cid][7].add(key)
        for cid, key in conn.execute(
            select(contact_beats.c.contact_id, Beat.name_key)
            .join(Beat, Beat.id == contact_beats.c.beat_id)
            .where(contact_beats.c.contact_id.in_(chunk))
        ):
            state[cid][8].add(key)
        for cid, code in conn.execute(
            select(ContactLanguage.contact_id, ContactLanguage.code).where(ContactLanguage.contact_id.in_(chunk))
        ):
            state[cid][9].add(code)
        unchanged: dict[int, str] = {}
        load: list[int] = []
        for cid in chunk:
            st = state.get(cid)
            if st is not None and not any(self._would_change(st, d) for d, *_ in self.db_merges[cid]):
                unchanged[cid] = st[0]
            else:
                load.append(cid)
        return unchanged, load

    @staticmethod
    def _would_change(st: tuple, d: ContactDraft) -> bool:
        """Whether :meth:`_apply` would change a contact in state ``st`` (see _merge_targets)."""
        _name, role, office_id, country, notes, phones, emails, tags, beats, languages, protection = st
        source, basis, review = protection
        return bool(
            (not role and d.role)
            or (office_id is None and d.office)
            or (not country and d.country)
            or (d.notes and d.notes not in (notes or ""))
            or any(phone_key(p) not in phones for p in d.phones)
            or any(email_key(a) not in emails for a in d.emails)
            or any(_key(t) not in tags for t in d.tags)
            or any(_key(b) not in beats for b in d.beats)
            or any(code not in languages for code in d.languages)
            or (not source and d.source)
            or (basis is None and d.lawful_basis)
            or (review is None and d.review_date)
        )

    def _append_missing(self, rows: list, names: list[str], model: type, stored: dict) -> bool:
        """Append to ``rows`` (a contact's tags or beats) the ``model`` rows of ``names`` it lacks, looked
        up by their ids in ``stored`` (folded name -> (id, name)). True when any was added."""
        have = {r.name_key for r in rows}
        added = False
        for name in names:
            key = _key(name)
            if key not in have:
                row = self.s.get(model, stored[key][0])
                assert row is not None  # stored in this transaction (_write_offices_tags) or before
                rows.append(row)
                have.add(key)
                added = True
        return added

    def _apply(self, contact: Contact, d: ContactDraft, auto_source: str = "") -> bool:
        """Fill empty fields and add what is new; never remove anything. A contact this changes that
        has no source yet gets the row's, else ``auto_source`` ("Imported from <file>")."""
        changed = False
        if not contact.role and d.role:
            contact.role, changed = d.role, True
        if contact.office is None and d.office:
            office = self.offices[_key(d.office)]
            contact.office = self.s.get(Office, office.id)
            changed = True
        if not contact.country and d.country:
            contact.country, changed = d.country, True
        if d.notes and d.notes not in (contact.notes or ""):
            contact.notes = f"{contact.notes}\n\n{d.notes}" if contact.notes else d.notes
            changed = True
        if add_missing(contact, d.phones, d.emails):
            changed = True
        if self._append_missing(contact.tags, d.tags, Tag, self.tags):
            changed = True
        if self._append_missing(contact.beats, d.beats, Beat, self.beats):
            changed = True
        codes = [lang.code for lang in contact.languages]
        if any(code not in codes for code in d.languages):
            set_languages(contact, codes + [code for code in d.languages if code not in codes])
            changed = True
        if contact.lawful_basis is None and d.lawful_basis:
            contact.lawful_basis, changed = d.lawful_basis, True
        if contact.review_date is None and d.review_date:
            contact.review_date, changed = d.review_date, True
        if not contact.source and (d.source or (changed and auto_source)):
            contact.source, changed = d.source or auto_source, True
        return changed

