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
