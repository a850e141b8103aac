"""Copying a personal directory into a team database (issue 13): every field of every table carried,
the import's duplicate rules, twice is once, cancel and failure leave the target as it was; SQLite to
SQLite and SQLite to PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text, update

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.core.phones import PhoneValue
from iomdesk.services.context import AppContext
from iomdesk.services.copying import CopyCancelled, CopyError, CopyService, display_url
from iomdesk.store.db import write_session
from iomdesk.store.models import Base, Contact, Office, Phone, Suppression

# contact_history: a copied contact's history in the target starts with the copy (checked apart);
# the source's earlier rows name versions of the source database, not the target's.
SKIPPED_TABLES = {"meta", "audit_log", "alembic_version", "contact_history"}
NAMED = {"offices": "name", "tags": "name", "beats": "name", "contacts": "name", "articles": "title",
         "lists": "name"}


def dump(sf) -> dict[str, list]:
    """Every row of every table, ids replaced by the name of the row they point to (ids differ between
    two databases; the names in these tests are unique). ``version`` is the editing counter of each
    database, not data."""
    out: dict[str, list] = {}
    with sf() as s:
        conn = s.connection()
        names = {t: dict(conn.execute(text(f"SELECT id, {c} FROM {t}")).all()) for t, c in NAMED.items()}
        for table in Base.metadata.sorted_tables:
            if table.name in SKIPPED_TABLES:
                continue
            rows = []
            for r in conn.execute(select(table)).mappings():
                row = {}
                for col in table.columns:
                    if col.name in ("id", "version"):
                        continue
                    value = r[col.name]
                    fks = list(col.foreign_keys)
                    if fks and value is not None:
                        value = names[fks[0].column.table.name][value]
                    if isinstance(value, dt.datetime):  # the same instant, however the driver names UTC
                        value = value.astimezone(dt.UTC)
                    row[col.name] = value
                rows.append(tuple(sorted((k, repr(v)) for k, v in row.items())))
            out[table.name] = sorted(rows)
    return out


WHEN = dt.datetime(2026, 3, 4, 10, 30, 15, 123456, tzinfo=dt.UTC)


def fill(ctx: AppContext) -> dict[str, int]:
    """A small directory with something in every table and every field."""
    c = ctx.contacts
    amina = c.add(ContactInput(
        name="Amina Diallo", role="Editor", office="IOM Zimbabwe", country="ZW", notes="met at the forum\nsecond line",
        phones=[PhoneInput("+263 77 212 3456", "mobile"), "+263 4 123456 ext. 12",
                PhoneInput("555 0101", "work", PhoneValue("555 0101", None, "555 0101", "work", False))],
        emails=["Amina@Example.org", "amina.d@press.zw"], tags=["Radio", "Health"], languages=["fr", "en"],
        beats=["migration"], source="Met at the forum", lawful_basis="consent", review_date=dt.date(2027, 1, 31)))
    bob = c.add(ContactInput(name="Bob Moyo", office="IOM Zimbabwe", emails=["bob@herald.co.zw"],
                             phones=["+263 77 999 0000"], tags=["Print"]))
    chen = c.add(ContactInput(name="Chen Li", role="Reporter", emails=["chen@xinhua.cn"], country="CN"))
    sf = ctx.db.session_factory
    with write_session(sf) as s:
        s.execute(update(Contact).where(Contact.id == bob.id).values(
            do_not_contact=True, dnc_reason="asked by phone", dnc_at=WHEN))
        s.execute(update(Office).where(Office.name_key == "iom zimbabwe").values(region="Southern Africa"))
        s.add(Office(name="IOM Kenya", name_key="iom kenya", country="KE", region="East Africa"))
        # a number kept as entered (read with no country known): no E.164
        s.execute(update(Phone).where(Phone.raw == "555 0101").values(e164=None, display="555 0101", valid=False))
        s.add(Suppression(kind="email", digest="ab" * 32, reason="erased on request", created_at=WHEN))
    a1 = ctx.articles.add("Floods in Beira", dt.date(2026, 2, 1), "Beira", "https://iom.int/floods", "body text")
    a2 = ctx.articles.add("Returns from Libya", dt.date(2026, 1, 5), "Harare")
    ctx.articles.link(a1.id, amina.id)
    ctx.articles.link(a2.id, amina.id)
    ctx.articles.link(a2.id, chen.id)
    ctx.lists.create("Press Zimbabwe")
    ctx.lists.add("Press Zimbabwe", [amina.id, bob.id])
    ctx.lists.create("Zim smart", "office:zimbabwe")
    ctx.outreach.record([amina.id, chen.id], "mailto", article_id=a1.id, list_name="Press Zimbabwe", when=WHEN)
    ctx.outreach.record([amina.id], "eml", subject="Follow-up", when=WHEN + dt.timedelta(days=1))
    return {"amina": amina.id, "bob": bob.id, "chen": chen.id}


@pytest.fixture
def source(tmp_path):
    ctx = AppContext.open(str(tmp_path / "personal.sqlite3"))
    fill(ctx)
    yield ctx
    ctx.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def target_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "team.sqlite3")
    return request.getfixturevalue("pg").new_database()


@pytest.fixture
def target(target_url):
    ctx = AppContext.open(target_url)
    yield ctx
    ctx.close()


def test_copy_into_an_empty_database_carries_every_field_of_every_table(source, target, target_url):
    progress: list[tuple[int, int]] = []
    result = CopyService(source.db.session_factory).copy_to(target_url, progress=lambda d, t: progress.append((d, t)))
    assert (result.added, result.updated, result.skipped) == (3, 0, 0)
    assert (result.articles_added, result.links_added, result.lists_added, result.members_added) == (2, 3, 2, 2)
    assert (result.ledger_added, result.suppressions_added) == (3, 1)
    assert result.stored and progress[-1] == (1, 1)
    assert all(d <= t for d, t in progress)
    assert dump(target.db.session_factory) == dump(source.db.session_factory)
    for rec in target.contacts.get_many(target.search.search_ids("")):  # each one's history: the copy
        assert [c.action for c in target.history.changes(rec.id)] == ["imported"]
    # found by search on the target as on the source (its own index: FTS5 or trigram)
    for q in ("amina", "beira", "0772", "radio", "office:zimbabwe", "migration"):
        want = [r.name for r in source.search.search(q)]
        assert want and [r.name for r in target.search.search(q)] == want


def test_copy_twice_adds_nothing_the_second_time(source, target, target_url):
    svc = CopyService(source.db.session_factory)
    svc.copy_to(target_url)
    before = dump(target.db.session_factory)
    again = svc.copy_to(target_url)
    assert (again.added, again.updated, again.skipped) == (0, 0, 3)
    assert (again.articles_added, again.articles_matched, again.links_added) == (0, 2, 0)
    assert (again.lists_added, again.lists_merged, again.members_added) == (0, 2, 0)
    assert (again.ledger_added, again.suppressions_added) == (0, 0)
    assert dump(target.db.session_factory) == before
    assert {d.name for d in again.duplicates} == {"Amina Diallo", "Bob Moyo", "Chen Li"}
    assert any("same email" in d.reason and "in the target" in d.reason for d in again.duplicates)


def _team_with_duplicates(target: AppContext) -> dict[str, int]:
    """The team already knows Amina (another email case, fewer fields) and Chen (same name, no office)."""
    amina = target.contacts.add(ContactInput(name="Amina D.", office="IOM Harare", emails=["AMINA@example.org"]))
    chen = target.contacts.add(ContactInput(name="Chen Li", notes="team note"))
    return {"amina": amina.id, "chen": chen.id}


def test_copy_with_duplicates_skip(source, target, target_url):
    team = _team_with_duplicates(target)
    result = CopyService(source.db.session_factory).copy_to(target_url, on_duplicate="skip")
    assert (result.added, result.updated, result.skipped) == (1, 0, 2)
    reasons = {d.name: d.reason for d in result.duplicates}
    assert "same email amina@example.org" in reasons["Amina Diallo"].lower()
    assert "same name and office" in reasons["Chen Li"]
    assert target.contacts.get(team["amina"]).phones == ()  # untouched
    assert target.contacts.count() == 3
    # the skipped contacts' links, list places and sends go to the contact they matched
    assert target.lists.lists_of(team["amina"]) == ["Press Zimbabwe"]
    assert [a.title for a in target.contacts.get(team["chen"]).articles] == ["Returns from Libya"]
    assert len(target.outreach.history(team["amina"])) == 2


def test_copy_with_duplicates_update_fills_and_adds_never_removes(source, target, target_url):
    team = _team_with_duplicates(target)
    result = CopyService(source.db.session_factory).copy_to(target_url, on_duplicate="update")
    assert (result.added, result.updated, result.skipped) == (1, 2, 0)
    amina = target.contacts.get(team["amina"])
    assert amina.name == "Amina D." and amina.office == "IOM Harare"  # kept
    assert amina.emails[0] == "AMINA@example.org" and "amina.d@press.zw" in amina.emails
    assert len(amina.phones) == 3 and {p.kind for p in amina.phones} >= {"mobile"}
    assert [p for p in amina.phones if p.e164 is None][0].raw == "555 0101"
    assert set(amina.tags) == {"Radio", "Health"} and amina.languages == ("fr", "en")
    assert amina.lawful_basis == "consent" and amina.review_date == dt.date(2027, 1, 31)
    chen = target.contacts.get(team["chen"])
    assert chen.notes.startswith("team note") and chen.own_country == "CN" and chen.role == "Reporter"


def test_update_carries_do_not_contact_to_the_matched_contact(source, target, target_url):
    bob = target.contacts.add(ContactInput(name="Robert Moyo", emails=["BOB@herald.co.zw"]))
    CopyService(source.db.session_factory).copy_to(target_url, on_duplicate="update")
    got = target.contacts.get(bob.id)
    assert got.do_not_contact and got.dnc_reason == "asked by phone" and got.dnc_at == WHEN


def test_copy_with_duplicates_create(source, target, target_url):
    _team_with_duplicates(target)
    result = CopyService(source.db.session_factory).copy_to(target_url, on_duplicate="create")
    assert (result.added, result.updated, result.skipped) == (3, 0, 0)
    assert target.contacts.count() == 5


def test_cancel_midway_leaves_the_target_unchanged(source, target, target_url):
    _team_with_duplicates(target)
    before = dump(target.db.session_factory)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 4  # after the contacts, in the articles

    with pytest.raises(CopyCancelled, match="nothing was stored"):
        CopyService(source.db.session_factory).copy_to(target_url, on_duplicate="update", cancelled=cancelled)
    assert dump(target.db.session_factory) == before


def test_failure_midway_leaves_the_target_unchanged(source, target, target_url, monkeypatch):
    from iomdesk.services import copying

    before = dump(target.db.session_factory)

    def broken(self):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(copying._Copy, "copy_ledger", lambda self, *a: broken(self))
    with pytest.raises(RuntimeError):
        CopyService(source.db.session_factory).copy_to(target_url)
    assert dump(target.db.session_factory) == before


def test_dry_run_stores_nothing_and_counts(source, target, target_url):
    before = dump(target.db.session_factory)
    result = CopyService(source.db.session_factory).copy_to(target_url, dry_run=True)
    assert result.dry_run and not result.stored and result.added == 3
    assert "dry run" in result.summary()
    assert dump(target.db.session_factory) == before


def test_copy_onto_itself_is_refused(source, tmp_path):
    with pytest.raises(CopyError, match="being copied"):
        CopyService(source.db.session_factory).copy_to(str(tmp_path / "personal.sqlite3"))


def test_the_target_url_is_shown_without_its_password():
    shown = display_url("postgresql+psycopg://team:s3cret@db.example.org:5432/directory")
    assert "s3cret" not in shown and "db.example.org" in shown and "team" in shown


@pytest.mark.parametrize("policy", ["update", "skip"])
def test_two_source_contacts_of_one_person_keep_the_do_not_contact_of_either(tmp_path, target, target_url, policy):
    source = AppContext.open(str(tmp_path / "personal.sqlite3"))
    try:
        source.contacts.add(ContactInput(name="Awa Sow", emails=["awa@example.sn"]))
        twin = source.contacts.add(ContactInput(name="Awa Sow", emails=["AWA@example.sn"], role="Editor"))
        with write_session(source.db.session_factory) as s:
            s.execute(update(Contact).where(Contact.id == twin.id).values(do_not_contact=True, dnc_reason="asked"))
        result = CopyService(source.db.session_factory).copy_to(target_url, on_duplicate=policy)
    finally:
        source.close()
    assert (result.added, result.updated, result.skipped) == ((1, 1, 0) if policy == "update" else (1, 0, 1))
    (only,) = target.search.search("awa")
    assert only.do_not_contact and only.dnc_reason == "asked"
    assert only.role == ("Editor" if policy == "update" else "")


def test_a_team_database_copied_back_into_a_file_is_the_same(pg, tmp_path):
    team = AppContext.open(pg.new_database(migrated=True))
    try:
        fill(team)
        url = str(tmp_path / "offline.sqlite3")
        result = CopyService(team.db.session_factory).copy_to(url)
        assert result.added == 3 and result.target == url
        offline = AppContext.open(url)
        try:
            assert dump(offline.db.session_factory) == dump(team.db.session_factory)
        finally:
            offline.close()
    finally:
        team.close()


def test_skip_says_when_a_do_not_contact_mark_was_not_carried(source, target, target_url):
    bob = target.contacts.add(ContactInput(name="Robert Moyo", emails=["BOB@herald.co.zw"]))
    result = CopyService(source.db.session_factory).copy_to(target_url, on_duplicate="skip")
    assert not target.contacts.get(bob.id).do_not_contact  # skip leaves the target's contact as it is
    (warning,) = result.warnings
    assert "1 contact(s) marked do-not-contact" in warning and str(bob.id) in warning and "'update'" in warning
