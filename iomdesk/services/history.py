"""Contact history: who changed a contact, when, and each field before and after; restoring a version.

Every write path of a contact records a row in ``contact_history`` in the same transaction as the
change (``record_diff`` from two records, or ``history_row`` for the bulk import's executemany), with
the OS user and the database user (PostgreSQL ``current_user``; empty on SQLite) and the contact's
version after the change.

A version is rebuilt, not stored whole: the contact as it was at version N is the contact as it is now
with the changes recorded after N undone, newest first (each row holds every changed field's value
before). Storing only the changed fields keeps a row small (an import of 100,000 contacts writes one
short row each, and an edit of a phone number writes that field alone) and works for contacts stored
before history existed: their current state is the starting point, not a first snapshot they lack.
A change made by a path that records nothing (the office's country, which the contact only shows)
simply stays as it is now in a rebuilt version.

Restoring a version is a normal update with the version check, recorded as "restored from version N".
It never restores do-not-contact (a person's request to be left alone is not undone by going back to
an older version) nor article links (they are the press releases'), which the history shows only.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from ..core.contact import ContactDraft, ContactInput, PhoneInput
from ..core.errors import ConflictError, NotFound, UserError
from ..core.phones import PhoneValue
from ..core.text import fold
from ..store.db import write_session
from ..store.models import Contact, ContactChange, utcnow
from .identity import os_user
from .records import ChangeRecord, ContactRecord

_HISTORY = cast(Table, ContactChange.__table__)
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode

# The fields a history row can hold, in the order they are shown.
FIELDS = ("name", "role", "office", "country", "phones", "emails", "tags", "languages", "beats", "notes",
          "source", "lawful_basis", "review_date", "do_not_contact", "dnc_reason", "articles")
LABELS = {"name": "Name", "role": "Role", "office": "Office", "country": "Country", "phones": "Phones",
          "emails": "Emails", "tags": "Tags", "languages": "Languages", "beats": "Beats", "notes": "Notes",
          "source": "Source", "lawful_basis": "Lawful basis", "review_date": "Review date",
          "do_not_contact": "Do not contact", "dnc_reason": "Do-not-contact reason", "articles": "Articles"}
# Fields restoring a version does not put back (see the module's docstring).
NOT_RESTORED = ("do_not_contact", "dnc_reason", "articles")
EMPTY: dict[str, Any] = {
    "name": "", "role": "", "office": "", "country": "", "phones": [], "emails": [], "tags": [],
    "languages": [], "beats": [], "notes": "", "source": "", "lawful_basis": "", "review_date": "",
    "do_not_contact": False, "dnc_reason": "", "articles": [],
}


def phone_value(p) -> dict:
    """A phone (PhoneRecord or PhoneValue) as history keeps it: enough to show it and to store it again."""
    return {"raw": p.raw, "e164": p.e164, "display": p.display, "kind": p.kind, "valid": bool(p.valid),
            "ext": p.extension}


def _names(names: Iterable[str]) -> list[str]:
    return sorted(names, key=fold)  # tags and beats are sets: their order is not a change


def field_values(rec: ContactRecord) -> dict[str, Any]:
    """The fields history compares, as JSON values (dates as ISO text, None as "")."""
    return {
        "name": rec.name, "role": rec.role, "office": rec.office, "country": rec.own_country or "",
        "phones": [phone_value(p) for p in rec.phones], "emails": list(rec.emails), "tags": _names(rec.tags),
        "languages": list(rec.languages), "beats": _names(rec.beats), "notes": rec.notes,
        "source": rec.source, "lawful_basis": rec.lawful_basis or "",
        "review_date": rec.review_date.isoformat() if rec.review_date else "",
        "do_not_contact": rec.do_not_contact, "dnc_reason": rec.dnc_reason,
        "articles": sorted(a.title for a in rec.articles),
    }


def draft_values(d: ContactDraft, office: str) -> dict[str, Any]:
    """The fields of a new contact stored from ``d`` (the bulk import), as :func:`field_values`."""
    return {
        "name": d.name, "role": d.role, "office": office, "country": d.country or "",
        "phones": [phone_value(p) for p in d.phones], "emails": list(d.emails), "tags": _names(d.tags),
        "languages": list(d.languages), "beats": _names(d.beats), "notes": d.notes, "source": d.source,
        "lawful_basis": d.lawful_basis or "", "review_date": d.review_date.isoformat() if d.review_date else "",
        "do_not_contact": False, "dnc_reason": "", "articles": [],
    }


def draft_changes(d: ContactDraft, office: str) -> dict[str, list]:
    """``diff(None, draft_values(d, office))``, built directly: the bulk import's fast path (a test
    checks both agree)."""
    ch: dict[str, list] = {}
    if d.name:
        ch["name"] = ["", d.name]
    if d.role:
        ch["role"] = ["", d.role]
    if office:
        ch["office"] = ["", office]
    if d.country:
        ch["country"] = ["", d.country]
    if d.phones:
        ch["phones"] = [[], [phone_value(p) for p in d.phones]]
    if d.emails:
        ch["emails"] = [[], list(d.emails)]
    if d.tags:
        ch["tags"] = [[], _names(d.tags)]
    if d.languages:
        ch["languages"] = [[], list(d.languages)]
    if d.beats:
        ch["beats"] = [[], _names(d.beats)]
    if d.notes:
        ch["notes"] = ["", d.notes]
    if d.source:
        ch["source"] = ["", d.source]
    if d.lawful_basis:
        ch["lawful_basis"] = ["", d.lawful_basis]
    if d.review_date:
        ch["review_date"] = ["", d.review_date.isoformat()]
    return ch


def diff(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, list]:
    """``{field: [before, after]}`` for each field that differs (``before`` None: a new contact, whose
    fields were empty). Pure."""
    old = EMPTY if before is None else before
    return {f: [old.get(f, EMPTY[f]), after[f]] for f in FIELDS if f in after and old.get(f, EMPTY[f]) != after[f]}


def db_user(s: Session) -> str:
    """The database role this session works as (PostgreSQL ``current_user``); "" on SQLite."""
    if s.get_bind().dialect.name != "postgresql":
        return ""
    conn = s.connection()
    user = conn.info.get("iomdesk_db_user")  # kept with the pooled connection: asked once per connection
    if user is None:
        user = conn.info["iomdesk_db_user"] = str(conn.scalar(text("SELECT current_user")) or "")[:200]
    return user


def history_row(contact_id: int, version: int, action: str, changes: dict, who: tuple[str, str],
                at: dt.datetime, note: str = "") -> dict[str, Any]:
    """One row of ``contact_history`` as a dict of column values (for an executemany)."""
    return {"contact_id": contact_id, "version": version, "at": at, "os_user": who[0], "db_user": who[1],
            "action": action, "note": note[:500], "changes": _encode(changes)}


def who(s: Session) -> tuple[str, str]:
    """(OS user, database user) of the change being made in ``s``."""
    return os_user(), db_user(s)


def record_change(s: Session, contact_id: int, version: int, action: str, changes: dict, note: str = "",
                  by: tuple[str, str] | None = None) -> None:
    """Add one history row in ``s``'s transaction."""
    s.execute(insert(_HISTORY), [history_row(contact_id, version, action, changes, by or who(s), utcnow(),
                                             note)])


def record_rows(s: Session, rows: list[dict[str, Any]]) -> None:
    """Add many history rows (:func:`history_row` dicts) in one executemany."""
    if rows:
        s.execute(insert(_HISTORY), rows)


def record_diff(s: Session, before: ContactRecord | None, after: ContactRecord, action: str, note: str = "",
                always: bool = False, by: tuple[str, str] | None = None) -> dict[str, list]:
    """Record what changed from ``before`` to ``after`` (both read in ``s``'s transaction, ``after``
    after the flush that wrote it). Nothing is recorded when nothing changed, unless ``always``.
    Returns the changes."""
    changes = diff(field_values(before) if before is not None else None, field_values(after))
    if changes or always:
        record_change(s, after.id, after.version, action, changes, note, by)
    return changes


def _change(row: ContactChange) -> ChangeRecord:
    try:
        changes = json.loads(row.changes or "{}")
    except ValueError:  # never written by this app; shown as no field rather than failing
        changes = {}
    return ChangeRecord(row.id, row.contact_id, row.version, row.at, row.os_user, row.db_user, row.action,
                        row.note, changes if isinstance(changes, dict) else {})


def _newest_first(s: Session, contact_id: int) -> list[ContactChange]:
    return list(s.scalars(select(ContactChange).where(ContactChange.contact_id == contact_id)
                          .order_by(ContactChange.at.desc(), ContactChange.id.desc())))


def rows_of(s: Session, contact_ids: Sequence[int]) -> dict[int, tuple[ChangeRecord, ...]]:
    """The history of contacts about to be deleted (the delete cascades to it), oldest first."""
    found: dict[int, list[ChangeRecord]] = {}
    ids = list(contact_ids)
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        for row in s.scalars(select(ContactChange).where(ContactChange.contact_id.in_(part))
                             .order_by(ContactChange.id)):
            found.setdefault(row.contact_id, []).append(_change(row))
    return {cid: tuple(rows) for cid, rows in found.items()}


def put_back(s: Session, contact_id: int, entries: Iterable[ChangeRecord]) -> None:
    """History rows of a restored contact, under its (possibly new) id, as they were."""
    rows = [{"contact_id": contact_id, "version": e.version, "at": e.at, "os_user": e.os_user,
             "db_user": e.db_user, "action": e.action, "note": e.note,
             "changes": _encode(e.changes)} for e in entries]
    if rows:
        s.execute(insert(_HISTORY), rows)


def values_as_of(current: dict[str, Any], newest_first: Sequence[ChangeRecord], version: int) -> dict[str, Any]:
    """The fields as they were at ``version``: ``current`` with every change after it undone. Pure."""
    values = dict(current)
    for change in newest_first:
        if change.version <= version:
            break
        for f, pair in change.changes.items():
            if f in values and isinstance(pair, list) and len(pair) == 2:
                values[f] = pair[0]
    return values


def before_history(newest_first: Sequence[ChangeRecord]) -> int | None:
    """The version a contact stored before history was kept had before its first recorded change (its
    fields are that change's values before), or None when its history starts with its creation."""
    if not newest_first:
        return None
    oldest = newest_first[-1]
    return oldest.version - 1 if oldest.version > 1 else None


def restorable_versions(newest_first: Sequence[ChangeRecord]) -> set[int]:
    """The versions a contact can be put back to: each recorded one, and the one before its history."""
    versions = {c.version for c in newest_first}
    first = before_history(newest_first)
    return versions | {first} if first is not None else versions


def input_of(values: dict[str, Any]) -> ContactInput:
    """The editable form of rebuilt field values (a number kept as printed stays as it was)."""
    phones: list[PhoneInput | str] = []
    for p in values["phones"]:
        kept = None
        if p.get("e164") is None:
            kept = PhoneValue(p["raw"], None, p.get("display") or p["raw"], p.get("kind") or "other",
                              bool(p.get("valid")), p.get("ext"))
        phones.append(PhoneInput(p["raw"], p.get("kind"), kept))
    review = values.get("review_date") or None
    return ContactInput(
        name=values["name"], role=values["role"], office=values["office"], country=values["country"] or "",
        notes=values["notes"], phones=phones, emails=list(values["emails"]), tags=list(values["tags"]),
        languages=list(values["languages"]), beats=list(values["beats"]), source=values["source"],
        lawful_basis=values["lawful_basis"] or "",
        review_date=dt.date.fromisoformat(review) if review else None,
    )


def shown(field: str, value: Any) -> str:
    """A field's value as the history shows it (one line per phone or email)."""
    if field == "phones":
        return "\n".join(f"{p.get('display') or p.get('raw')} ({p.get('kind')})" for p in value or [])
    if field == "languages":
        from ..core.languages import language_label

        return ", ".join(language_label(c) for c in value or [])
    if field == "lawful_basis":
        from ..core.contact import LAWFUL_BASIS_LABELS

        return LAWFUL_BASIS_LABELS.get(value, value or "")
    if field == "do_not_contact":
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if field in ("tags", "beats", "articles") else "\n".join(value)
    return "" if value is None else str(value)


class HistoryService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    def changes(self, contact_id: int) -> list[ChangeRecord]:
        """The contact's history, newest first."""
        with self.sf.begin() as s:
            if s.get(Contact, contact_id) is None:
                raise NotFound("contact", contact_id)
            return [_change(r) for r in _newest_first(s, contact_id)]

    def latest(self, contact_id: int) -> ChangeRecord | None:
        """The newest change of the contact (who changed it last, and when), if any was recorded."""
        with self.sf.begin() as s:
            row = s.scalars(select(ContactChange).where(ContactChange.contact_id == contact_id)
                            .order_by(ContactChange.at.desc(), ContactChange.id.desc()).limit(1)).first()
            return _change(row) if row is not None else None

    def _values_at(self, s: Session, contact: Contact, version: int) -> dict[str, Any]:
        from .contacts import to_record

        history = [_change(r) for r in _newest_first(s, contact.id)]
        if version != contact.version and version not in restorable_versions(history):
            raise UserError(f"contact {contact.id} has no recorded version {version}; "
                            f"its history lists the versions it can go back to")
        return values_as_of(field_values(to_record(contact)), history, version)

    def as_of(self, contact_id: int, version: int) -> ContactInput:
        """The contact as it was at ``version`` (a version its history lists, or the current one)."""
        from .contacts import CONTACT_LOAD

        with self.sf.begin() as s:
            contact = s.get(Contact, contact_id, options=CONTACT_LOAD)
            if contact is None:
                raise NotFound("contact", contact_id)
            return input_of(self._values_at(s, contact, version))

    def restore_version(self, contact_id: int, version: int,
                        expected_version: int | None = None) -> tuple[ContactRecord, ContactRecord]:
        """Put the contact back as it was at ``version``: an update (refused with ConflictError when
        ``expected_version`` is given and the contact has moved on), itself recorded, "restored from
        version N". Returns (before, after); the same record twice when nothing differed."""
        from .contacts import CONTACT_LOAD, apply_draft, draft_for, to_record

        with write_session(self.sf) as s:
            contact = s.get(Contact, contact_id, options=CONTACT_LOAD)
            if contact is None:
                raise NotFound("contact", contact_id)
            if expected_version is not None and contact.version != expected_version:
                raise ConflictError(f"{contact.name} was changed by someone else since you looked at it "
                                    f"(now version {contact.version}); nothing was restored")
            values = self._values_at(s, contact, version)
            before = to_record(contact)
            apply_draft(s, contact, draft_for(s, input_of(values)))
            s.flush()
            after = to_record(contact)
            if after.version == before.version:
                return before, after
            record_diff(s, before, after, "restored", f"from version {version}", always=True)
            return before, after
