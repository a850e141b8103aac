"""The normalized text each contact is found by, and the full-text index over it.

Every write to a contact (service calls, imports, undo) sets these fields through
:func:`refresh_search_text` (or :func:`search_fields` for bulk inserts). On SQLite an FTS5 index with
external content (``contacts_fts``) is kept in step with them by triggers, so no write path can
forget the index.

The pure functions that build the text live in :mod:`iomdesk.core.search_text` (an import's worker
processes use them without SQLAlchemy) and are re-exported here: field text is folded, CJK spaced,
and every phone contributes every suffix of its digits (see that module).
"""

from __future__ import annotations

from ..core.search_text import (  # noqa: F401  (the pure functions live in core; names kept here)
    _ASCII_SEPARATORS,
    _country_words,
    _e164_digits,
    _index_text_cached,
    _is_cjk,
    index_text,
    national_digits,
    own_parts,
    search_fields,
    words,
)
from .models import Contact

# Bump when the folding or the fields change: contacts are then re-indexed at start.
INDEX_VERSION = 2
FIELDS = ("name", "role", "office", "country", "email", "tags", "articles", "digits")
COLUMNS = tuple(f"fts_{f}" for f in FIELDS)


def contact_search_fields(contact: Contact) -> dict[str, str]:
    return search_fields(
        contact.name,
        contact.role or "",
        contact.office.name if contact.office else "",
        contact.effective_country,
        [e.address for e in contact.emails],
        # beats are found by free text like tags, in the same field (``beat:`` filters on beats alone)
        [t.name for t in contact.tags] + [b.name for b in contact.beats],
        contact.phones,
        [a.title for a in contact.articles],
    )


def contact_search_text(contact: Contact) -> str:
    return contact_search_fields(contact)["search_text"]


def refresh_search_text(contact: Contact) -> None:
    """Recompute every search field of ``contact`` (call after any change to it or its relations)."""
    for key, value in contact_search_fields(contact).items():
        setattr(contact, key, value)
