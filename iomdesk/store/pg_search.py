"""PostgreSQL's search indexes (revision 0008): pg_trgm GIN indexes on ``' ' || <search field>``.

GIN indexes take new rows into a "pending list" that every search reads through until it is merged
(by autovacuum, sooner or later). After a bulk write (an import, a restore, a copy) the list is merged
at once, so the first searches after a big import are as fast as the later ones: a 100,000-contact
load left unmerged made a three-letter search ten times slower (benchmarks/perf.py --postgres).
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

FIELDS = ("search_text", "fts_name", "fts_role", "fts_office", "fts_country", "fts_email", "fts_tags",
          "fts_articles", "fts_digits")
INDEXES = tuple(f"ix_contacts_{f}_trgm" for f in FIELDS)


def settle_search_indexes(engine: Engine) -> int:
    """Merge the trigram indexes' pending lists (PostgreSQL; nothing elsewhere). Returns the number of
    pending pages merged. Best effort: a failure is logged (no personal data) and search stays correct."""
    if engine.dialect.name != "postgresql":
        return 0
    merged = 0
    try:
        with engine.begin() as conn:
            present = set(conn.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'contacts' AND indexname = ANY(:names)"),
                {"names": list(INDEXES)},
            ).scalars())
            for name in INDEXES:
                if name in present:
                    merged += conn.execute(text("SELECT gin_clean_pending_list(CAST(:n AS regclass))"),
                                           {"n": name}).scalar_one() or 0
    except DBAPIError as exc:
        log.warning("the search indexes' pending lists could not be merged: %s", type(exc.orig).__name__)
    return merged
