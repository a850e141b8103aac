"""Search text and field filters reach the database only as bound parameters, never as SQL."""

import pytest
from sqlalchemy import event

from iomdesk.core.contact import ContactInput

HOSTILE = [
    "'; DROP TABLE contacts; --",
    'office:"x\' OR 1=1 --"',
    "tag:media' UNION SELECT name FROM sqlite_master --",
    "email:%' OR '1'='1",
    'name:"a" OR "b" NEAR(x y) * ^ " AND',
    "country:zz') ; DELETE FROM emails; --",
    "article:\"); DROP TABLE articles; --",
    "0772' --",
]


@pytest.fixture
def statements(ctx):
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", capture)
    yield seen
    event.remove(ctx.db.engine, "before_cursor_execute", capture)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_bound_never_spliced_into_sql(ctx, statements, query):
    ctx.contacts.add(ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe", emails=["k@iom.int"],
                                  tags=["media"]))
    statements.clear()
    assert ctx.search.search_ids(query) == []
    assert statements, "the search ran no statement"
    # The query's own pieces (anything with a quote, a semicolon or "=") never appear in SQL text.
    pieces = [t for t in query.split() if len(t) >= 3 and any(ch in t for ch in "'\";=")]
    assert pieces
    for sql, _params in statements:
        for piece in pieces:
            assert piece not in sql, (piece, sql)
        assert "DROP" not in sql and "DELETE" not in sql and "UNION" not in sql
    # Everything is still there and still found.
    assert ctx.search.search_ids("mareyanadzo") != []
    assert ctx.search.search_ids("tag:media") != []
