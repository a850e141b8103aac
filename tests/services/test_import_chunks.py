"""A big import is written a chunk at a time: the same result as one write, a sound search index."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from iomdesk.core.contact import ContactInput
from iomdesk.services.contacts import CONTACT_LOAD
from iomdesk.services.context import AppContext
from iomdesk.services.importer import ImportCancelled, ImportService
from iomdesk.services.importing import plan, write
from iomdesk.services.importing import result as result_mod
from iomdesk.store.models import Contact
from iomdesk.store.search import contact_search_fields

HEADER = "Name,Office,Country,Phone,Email,Tags,Notes\n"


def rows_with_duplicates() -> str:
    first = [f"Person {i:02d},IOM Kenya,,+254 722 1000{i:02d},p{i}@example.org,press,\n" for i in range(10)]
    # later rows: the same people (same email), bringing a new phone, tag and note
    again = [f"Person {i:02d},IOM Kenya,,+254 733 2000{i:02d},p{i}@example.org,radio,zebranote{i}\n"
             for i in (1, 4, 8)]
    same = ["Person 02,IOM Kenya,,,p2@example.org,press,\n"]  # nothing new
    return HEADER + "".join(first + again + same)


def contents(ctx) -> list[tuple]:
    with ctx.db.session_factory() as s:
        out = []
        for c in s.scalars(select(Contact).options(*CONTACT_LOAD).order_by(Contact.name)):
            fresh = contact_search_fields(c)
            assert {k: getattr(c, k) for k in fresh} == fresh  # search fields as a refresh sets them
            out.append((c.name, c.role, c.country, c.notes, c.office.name if c.office else None,
                        c.office.country if c.office else None, sorted(p.e164 for p in c.phones),
                        sorted(e.address for e in c.emails), sorted(t.name for t in c.tags)))
        return out


def integrity_ok(ctx) -> None:
    """SQLite's FTS5 indexes agree with the table (PostgreSQL's trigram indexes are the table's own)."""
    if ctx.db.engine.dialect.name != "sqlite":
        return
    with ctx.db.engine.begin() as conn:
        for index in ("contacts_fts", "contacts_digits_fts"):
            conn.execute(text(f"INSERT INTO {index}({index}) VALUES('integrity-check')"))


def import_into(ctx, path, policy="update", **kw):
    return ImportService(ctx.db.session_factory).import_file(path, on_duplicate=policy, **kw)


@pytest.mark.parametrize("policy", ["update", "skip"])
def test_rows_merged_into_contacts_of_an_earlier_chunk(ctx, tmp_path, monkeypatch, policy):
    path = tmp_path / "dups.csv"
    path.write_text(rows_with_duplicates(), encoding="utf-8")
    whole = AppContext.open(str(tmp_path / "whole.sqlite3"))
    try:
        expected = import_into(whole, path, policy)
        want = contents(whole)
    finally:
        whole.close()
    monkeypatch.setattr(plan, "FLUSH_AT", 3)
    monkeypatch.setattr(write, "BULK_INDEX_AT", 3)
    result = import_into(ctx, path, policy)
    counts = (result.rows, result.added, result.updated, result.skipped, len(result.rejected))
    assert counts == (expected.rows, expected.added, expected.updated, expected.skipped, 0)
    assert counts == ((14, 10, 3, 1, 0) if policy == "update" else (14, 10, 0, 4, 0))
    assert contents(ctx) == want
    assert len(result.added_ids) == 10
    assert result.updated_ids == []  # merged into contacts this import added
    reasons = sorted(r for d in result.duplicates for r in d.reasons)
    assert len(reasons) == 4
    if policy == "update":
        assert any(r.startswith("added to Person 04 (contact ") and "same email p4@example.org" in r
                   for r in reasons)
    integrity_ok(ctx)
    assert len(ctx.search.search_ids("radio")) == (3 if policy == "update" else 0)
    assert len(ctx.search.search_ids("733 200004")) == (1 if policy == "update" else 0)
    if ctx.db.engine.dialect.name == "sqlite":  # the FTS5 insert triggers the bulk write dropped are back
        with ctx.db.engine.connect() as conn:
            triggers = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))}
        assert {"contacts_fts_ai", "contacts_digits_fts_ai"} <= triggers
    rec = ctx.contacts.add(ContactInput(name="After Import"))
    assert ctx.search.search_ids("after import") == [rec.id]
    integrity_ok(ctx)


def test_a_directory_contact_matched_in_several_chunks_is_listed_once(ctx, tmp_path, monkeypatch):
    stored = ctx.contacts.add(ContactInput(name="Stored One", emails=["s@example.org"]))
    monkeypatch.setattr(plan, "FLUSH_AT", 2)
    lines = [f"New {i},n{i}@example.org,\n" for i in range(5)]
    lines.insert(1, "Stored One,s@example.org,first note\n")
    lines.append("Stored One,s@example.org,second note\n")
    path = tmp_path / "s.csv"
    path.write_text("Name,Email,Notes\n" + "".join(lines), encoding="utf-8")
    result = import_into(ctx, path)
    assert (result.added, result.updated, result.skipped) == (5, 2, 0)
    assert result.updated_ids == [stored.id]
    assert "first note" in ctx.contacts.get(stored.id).notes and "second note" in ctx.contacts.get(stored.id).notes
    integrity_ok(ctx)


def test_an_office_that_gains_a_country_after_its_chunk_was_written(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(plan, "FLUSH_AT", 2)
    path = tmp_path / "o.csv"
    path.write_text(HEADER + "Anna Berg,Media Hub Beta,,,,,\nBo Lind,Media Hub Beta,,,,,\n"
                    "Cy Dow,Media Hub Beta,KE,,,,\n", encoding="utf-8")
    result = import_into(ctx, path)
    assert result.added == 3
    rows = contents(ctx)  # checks every contact's search fields
    assert {r[5] for r in rows} == {"KE"}
    assert len(ctx.search.search_ids("kenya")) == 3
    integrity_ok(ctx)


def test_cancel_and_strict_after_chunks_were_written_leave_nothing(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(plan, "FLUSH_AT", 3)
    path = tmp_path / "dups.csv"
    path.write_text(rows_with_duplicates() + "Bad Row,,,,not an email,,\n", encoding="utf-8")  # rejected
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update", strict=True)
    assert result.strict_failed and (result.added, result.updated, result.duplicates, result.added_ids) == (0, 0, [], [])
    assert ctx.contacts.count() == 0
    calls = {"n": 0}

    def cancelled() -> bool:  # after several chunks were written
        calls["n"] += 1
        return calls["n"] > 10

    with pytest.raises(ImportCancelled):
        import_into(ctx, path, cancelled=cancelled)
    assert ctx.contacts.count() == 0
    integrity_ok(ctx)


def test_only_the_first_duplicates_are_listed(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(result_mod, "DUPLICATES_KEPT", 2)
    path = tmp_path / "d.csv"
    path.write_text("Name,Email\n" + "A,a@example.org\n" * 6, encoding="utf-8")
    result = import_into(ctx, path, "skip")
    assert (result.added, result.skipped) == (1, 5)
    assert len(result.duplicates) == 2 and result.duplicates_more == 3 and result.duplicate_count == 5


def test_chunked_import_on_postgresql(pg, tmp_path, monkeypatch):
    path = tmp_path / "dups.csv"
    path.write_text(rows_with_duplicates(), encoding="utf-8")
    monkeypatch.setattr(plan, "FLUSH_AT", 3)
    target = AppContext.open(pg.new_database())
    try:
        result = import_into(target, path)
        assert (result.added, result.updated, result.skipped) == (10, 3, 1)
        assert len(target.search.search_ids("radio")) == 3
        again = import_into(target, path)
        assert (again.added, again.updated, again.skipped) == (0, 0, 14)
    finally:
        target.close()
