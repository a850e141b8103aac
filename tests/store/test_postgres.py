"""The shared team directory: the same services on a real PostgreSQL server.

The server is started from the machine's PostgreSQL binaries (CI installs them with the project's
test run); without them these tests are skipped with that reason.
"""


import pytest

from iomdesk.core.contact import ContactInput
from iomdesk.core.errors import ConflictError, ValidationError


@pytest.fixture
def pg_ctx(pg):
    from iomdesk.services.context import AppContext

    context = AppContext.open(pg.new_database())
    yield context
    context.close()


def test_schema_is_created_by_alembic_on_postgres(pg_ctx):
    from iomdesk.store.db import SCHEMA_HEAD, current_revision

    assert pg_ctx.db.engine.dialect.name == "postgresql"
    assert current_revision(pg_ctx.db.engine) == SCHEMA_HEAD


def test_seed_contact_round_trip_on_postgres(pg_ctx):
    rec = pg_ctx.contacts.add(
        ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe", phones=["+ 263 4 33 50 44"],
                     emails=["kmareyanadzo@iom.int"], tags=["media"])
    )
    (found,) = pg_ctx.search.search("mareyanadzo")
    assert found.id == rec.id
    assert (found.phones[0].e164, found.phones[0].valid, found.country) == ("+2634335044", False, "ZW")
    assert found.created_at.tzinfo is not None


def test_validation_conflicts_and_undo_on_postgres(pg_ctx):
    with pytest.raises(ValidationError):
        pg_ctx.contacts.add(ContactInput(name="X", emails=["bad@"]))
    assert pg_ctx.contacts.count() == 0
    rec = pg_ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", phones=["+385 1 4816 774"]))
    pg_ctx.contacts.update(rec.id, ContactInput(name="Ana Kovač", office="IOM Croatia", role="Officer"), rec.version)
    with pytest.raises(ConflictError):
        pg_ctx.contacts.update(rec.id, ContactInput(name="Ana K."), rec.version)
    deleted = pg_ctx.contacts.delete(rec.id)
    pg_ctx.contacts.restore(deleted)
    assert pg_ctx.contacts.get(rec.id).role == "Officer"
    # A restored id must not collide with the next new contact's id.
    other = pg_ctx.contacts.add(ContactInput(name="Someone New"))
    assert other.id != rec.id


def test_search_semantics_on_postgres(pg_ctx):
    add = pg_ctx.contacts.add
    km = add(ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe", phones=["+ 263 4 33 50 44"],
                          emails=["kmareyanadzo@iom.int"], tags=["media"])).id
    jose = add(ContactInput(name="José Núñez", office="OIM Ecuador", emails=["jnunez@iom.int"])).id
    named = add(ContactInput(name="Zimbabwe Ndlovu", office="IOM Malawi")).id
    assert pg_ctx.search.search_ids("jose nunez") == [jose]
    assert pg_ctx.search.search_ids("263 4 33") == [km]
    assert pg_ctx.search.search_ids("tag:media office:zimbabwe") == [km]
    assert pg_ctx.search.search_ids("zimbabwe") == [named, km]  # name match first
    first = pg_ctx.search.first_page("iom", limit=1)
    rest = pg_ctx.search.next_page("iom", None, "name", False, first.cursor, limit=10)
    assert first.ids + rest.ids == pg_ctx.search.search_ids("iom")


def test_postgres_search_reads_its_trigram_indexes(pg_ctx):
    """Revision 0008's indexes hold the very expression the search writes, so PostgreSQL can answer a
    search from them (with sequential scans off the planner must use one, or it fails this test)."""
    from sqlalchemy import inspect, text

    from iomdesk.services.search import parse_query

    names = {ix["name"] for ix in inspect(pg_ctx.db.engine).get_indexes("contacts")}
    assert {"ix_contacts_search_text_trgm", "ix_contacts_fts_digits_trgm", "ix_contacts_fts_tags_trgm"} <= names
    pg_ctx.contacts.add(ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe", tags=["media"]))
    with pg_ctx.db.session_factory() as s:
        s.execute(text("SET enable_seqscan = off"))
        for query, index in (("mareya", "ix_contacts_search_text_trgm"), ("tag:med", "ix_contacts_fts_tags_trgm"),
                             ("335044", "ix_contacts_fts_digits_trgm")):
            stmt, _ = pg_ctx.search._statement(s, query, None, "name", False)
            plan = "\n".join(r[0] for r in s.execute(text("EXPLAIN " + str(stmt.compile(
                s.get_bind(), compile_kwargs={"literal_binds": True})))))
            assert index in plan, (query, plan)
        assert parse_query("mareya").terms  # the query above was a real search term


def test_an_import_leaves_no_pending_entries_in_the_search_indexes(pg_ctx, tmp_path):
    """New rows wait in a GIN pending list that every search reads through until merged; an import
    merges it before it returns, so the first searches after a big import are not slowed down."""
    from sqlalchemy import text

    rows = "".join(f"Person {i:04d},IOM Kenya,p{i}@example.org\n" for i in range(400))
    (tmp_path / "people.csv").write_text("Name,Office,Email\n" + rows, encoding="utf-8")
    from iomdesk.services.importer import ImportService

    result = ImportService(pg_ctx.db.session_factory).import_file(tmp_path / "people.csv")
    assert result.added == 400
    with pg_ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        pending = conn.execute(text(
            "SELECT pending_pages FROM pgstatginindex('ix_contacts_search_text_trgm')")).scalar_one()
    assert pending == 0
    assert len(pg_ctx.search.search_ids("person")) == 400
