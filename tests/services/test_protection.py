"""Do not contact, the suppression list, bounces and opt-outs, export my data, erase, retention."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import ForeignKey, select

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.core.errors import NotFound
from iomdesk.core.text import fold
from iomdesk.services.importer import ImportService
from iomdesk.services.protection import (
    SUPPRESSED_REASON,
    ProtectionError,
    ProtectionService,
    email_digest,
    find_addresses,
    months_before,
    phone_digest,
)
from iomdesk.store.models import (
    Article,
    AuditEntry,
    Base,
    Beat,
    Contact,
    ContactLanguage,
    OutreachEntry,
    Suppression,
    utcnow,
)


@pytest.fixture
def prot(ctx) -> ProtectionService:
    return ProtectionService(ctx.db.session_factory)


@pytest.fixture
def file_ctx(sqlite_ctx):
    """For the tests about the SQLite file's bytes (erase scrubbing): (ctx, ProtectionService)."""
    return sqlite_ctx, ProtectionService(sqlite_ctx.db.session_factory)


def add(ctx, name, emails=(), phones=(), office="IOM Zimbabwe", **kw):
    return ctx.contacts.add(ContactInput(name=name, office=office, emails=list(emails),
                                         phones=[PhoneInput(p) for p in phones], **kw)).id


def suppressions(ctx) -> set[tuple[str, str]]:
    with ctx.db.session_factory.begin() as s:
        return {(x.kind, x.digest) for x in s.scalars(select(Suppression))}


# -- do not contact --------------------------------------------------------------------------------------
def test_mark_needs_a_reason_and_suppresses_every_email_and_phone(ctx, prot):
    cid = add(ctx, "Tendai Moyo", ["Tendai@Example.com", "t.moyo@herald.co.zw"], ["+263 77 123 4567"])
    with pytest.raises(ProtectionError, match="reason"):
        prot.mark([cid], "   ")
    assert not ctx.contacts.get(cid).do_not_contact
    result = prot.mark([cid], "asked to be removed")
    assert result.marked == (cid,) and result.suppressions_added == 3
    rec = ctx.contacts.get(cid)
    assert rec.do_not_contact and rec.dnc_reason == "asked to be removed"
    assert rec.dnc_at is not None and abs((utcnow() - rec.dnc_at).total_seconds()) < 60
    assert suppressions(ctx) == {
        ("email", email_digest("tendai@example.com")),
        ("email", email_digest("t.moyo@herald.co.zw")),
        ("phone", phone_digest("+263771234567")),
    }
    # the digest is of the casefolded address: never the address itself
    with ctx.db.session_factory.begin() as s:
        assert all("@" not in x.digest and len(x.digest) == 64 for x in s.scalars(select(Suppression)))
    assert "1 contact marked do not contact" in result.summary()


def test_unmark_clears_the_flag_and_takes_the_contact_off_the_list(ctx, prot):
    cid = add(ctx, "Tendai Moyo", ["tendai@example.com"], ["+263 77 123 4567"])
    other = add(ctx, "Amina Diop", ["amina@example.com"])
    prot.mark([cid, other], "bounced")
    result = prot.unmark([cid])
    assert result.allowed == (cid,) and result.suppressions_removed == 2
    assert "2 addresses and numbers taken off the suppression list" in result.summary()
    rec = ctx.contacts.get(cid)
    assert (rec.do_not_contact, rec.dnc_reason, rec.dnc_at) == (False, "", None)
    assert suppressions(ctx) == {("email", email_digest("amina@example.com"))}
    with pytest.raises(NotFound):
        prot.unmark([999])


def test_suppression_survives_delete_and_marks_the_contact_again_on_csv_import(ctx, prot, tmp_path):
    cid = add(ctx, "Tendai Moyo", ["tendai@example.com"])
    prot.mark([cid], "asked to be removed")
    ctx.contacts.delete(cid)
    path = tmp_path / "back.csv"
    path.write_text("Name,Email,Phone\nAmina Diop,amina@example.com,\nTendai Moyo,TENDAI@example.com,\n"
                    "Kofi Mensah,,+233 24 123 4567\n", encoding="utf-8")
    prot.record_optouts(["nobody@example.org"], "bounced")  # unrelated
    result = ImportService(ctx.db.session_factory).import_file(path)
    assert result.added == 3
    assert "1 contact was marked do not contact (on the suppression list): row 3" in result.summary()
    by_name = {r.name: r for r in ctx.contacts.get_many(result.added_ids)}
    assert by_name["Tendai Moyo"].do_not_contact
    assert by_name["Tendai Moyo"].dnc_reason == SUPPRESSED_REASON
    assert not by_name["Amina Diop"].do_not_contact and not by_name["Kofi Mensah"].do_not_contact


@pytest.mark.parametrize("preload", [True, False], ids=["list-in-memory", "list-asked-by-chunk"])
def test_import_marks_a_phone_match_and_a_merge_into_an_existing_contact(ctx, prot, tmp_path, preload,
                                                                          monkeypatch):
    from iomdesk.services.protection import SuppressionCheck

    if not preload:  # a suppression list too big to hold: asked a chunk of digests at a time
        monkeypatch.setattr(SuppressionCheck, "PRELOAD", 0)
    gone = add(ctx, "Kofi Mensah", [], ["+233 24 123 4567"], office="IOM Ghana")
    prot.mark([gone], "asked to be removed")
    ctx.contacts.delete(gone)
    stays = add(ctx, "Amina Diop", ["amina@example.com"])
    prot.record_optouts(["amina.diop@radio.example"], "bounced")  # an address the directory lacked
    path = tmp_path / "more.csv"
    path.write_text("Name,Email,Phone,Office\nKofi Mensah,,+233241234567,IOM Ghana\n"
                    "Amina Diop,amina.diop@radio.example,,IOM Zimbabwe\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    assert "2 contacts were marked do not contact (on the suppression list): rows 2, 3" in result.summary()
    assert ctx.contacts.get(stays).do_not_contact
    assert ctx.contacts.get(result.added_ids[0]).do_not_contact


def test_import_with_an_empty_suppression_list_marks_nobody(ctx, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Name,Email\nAmina Diop,amina@example.com\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path)
    assert "do not contact" not in result.summary()
    assert not ctx.contacts.get(result.added_ids[0]).do_not_contact


# -- bounces and opt-outs ----------------------------------------------------------------------------------
BOUNCE = """\
Return-Path: <>
Received: from mx.herald.co.zw (mx.herald.co.zw [196.2.3.4])
\tby mail.iom.int with ESMTP id 4F2A; Fri, 4 Dec 2026 09:12:01 +0000
From: Mail Delivery System <MAILER-DAEMON@mail.iom.int>
To: press@iom.int
Subject: Undelivered Mail Returned to Sender
Message-ID: <20261204091201.4F2A@mail.iom.int>
References: <CAF=x7Yh1@mail.gmail.com>

This is the mail system at host mail.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<T.Moyo@Herald.co.zw>: host mx.herald.co.zw[196.2.3.4] said: 550 5.1.1
    <t.moyo@herald.co.zw>: Recipient address rejected: User unknown

Final-Recipient: rfc822; GONE.REPORTER@newsday.co.zw
Action: failed
"""


def test_find_addresses_in_a_real_looking_bounce():
    found = find_addresses(BOUNCE)
    assert found.addresses == ("T.Moyo@herald.co.zw", "GONE.REPORTER@newsday.co.zw")
    assert found.ignored == ("MAILER-DAEMON@mail.iom.int",)  # Message-ID and References are no addresses
    assert found.headers == ("press@iom.int",)  # the user's own address, in the bounce's To:
    # a forwarded opt-out (no mail system): the From line is the journalist
    forwarded = find_addresses("From: Tendai Moyo <t.moyo@herald.co.zw>\nTo: press@iom.int\n\nPlease remove me.")
    assert forwarded.addresses == ("t.moyo@herald.co.zw", "press@iom.int") and forwarded.headers == ()


def test_find_addresses_in_lists_separated_by_anything():
    text = ("a@example.com, B@Example.com;c@example.org\n<d@example.net>; mailto:e@example.com "
            "A@EXAMPLE.COM, \"Fatou Sow\" <fatou@example.sn>. not-an-address@ x@y")
    found = find_addresses(text)
    assert found.addresses == ("a@example.com", "B@example.com", "c@example.org", "d@example.net",
                               "e@example.com", "fatou@example.sn")


def test_record_optouts_marks_holders_and_keeps_the_others(ctx, prot):
    tendai = add(ctx, "Tendai Moyo", ["t.moyo@herald.co.zw"])
    amina = add(ctx, "Amina Diop", ["amina@example.com"])
    prot.mark([amina], "asked to be removed")
    result = prot.record_optouts("t.moyo@HERALD.co.zw; amina@example.com, gone@newsday.co.zw", "bounced")
    assert result.marked == ((tendai, "Tendai Moyo"),)
    assert result.already == ((amina, "Amina Diop"),)
    assert result.not_in_directory == ("gone@newsday.co.zw",)
    assert ctx.contacts.get(tendai).dnc_reason == "bounced"
    assert ("email", email_digest("gone@newsday.co.zw")) in suppressions(ctx)
    assert "3 addresses recorded: 1 contact marked do not contact, 1 already marked, 1 not in the directory" \
        in result.summary()
    with pytest.raises(ProtectionError, match="no email address"):
        prot.record_optouts("nothing here", "bounced")


# -- export my data -----------------------------------------------------------------------------------------
def filled_contact(ctx) -> int:
    """A contact with a row in every table that names a contact."""
    cid = add(ctx, "Tendai Moyo", ["tendai@example.com"], ["+263 77 123 4567"], tags=["press"],
              notes="Prefers WhatsApp")
    art = ctx.articles.add("Floods in Manicaland", dt.date(2026, 3, 1), "Harare", "https://iom.int/x", "body")
    ctx.contacts.link_article(cid, art.id)
    ctx.lists.create("Zimbabwe media")
    ctx.lists.add("Zimbabwe media", [cid])
    with ctx.db.session_factory.begin() as s:
        c = s.get(Contact, cid)
        beat = Beat(name="Health", name_key="health")
        s.add(beat)
        c.beats.append(beat)
        c.languages.append(ContactLanguage(code="sn", position=0))
        c.source = "zimbabwe-media.csv"
        c.lawful_basis = "public_role"
        c.review_date = dt.date(2027, 1, 31)
        s.add(OutreachEntry(contact_id=cid, article_id=art.id, subject="Floods", channel="mailto",
                            list_name="Zimbabwe media", os_user="press-officer"))
    return cid


def test_export_has_every_column_of_every_table_that_names_a_contact(ctx, prot):
    cid = filled_contact(ctx)
    data = prot.export_data(cid)
    json.dumps(data)  # serializable as it is
    contacts = Base.metadata.tables["contacts"]
    naming = [t for t in Base.metadata.sorted_tables
              if any(isinstance(fk, ForeignKey) and fk.column.table is contacts for c in t.columns
                     for fk in c.foreign_keys)]
    assert len(naming) >= 8
    for table in [contacts, *naming]:
        rows = data["records"].get(table.name)
        assert rows, f"the export leaves out the table {table.name}"
        for row in rows:
            assert set(table.columns.keys()) <= set(row), f"{table.name}: columns missing from the export"
    assert data["contact"]["emails"] == ["tendai@example.com"]
    assert data["contact"]["beats"] == ["Health"] and data["contact"]["languages"] == ["sn"]
    assert data["lists"][0]["name"] == "Zimbabwe media"
    assert data["outreach"][0]["article"] == "Floods in Manicaland"
    assert data["articles"][0]["title"] == "Floods in Manicaland"
    assert data["data_protection"]["lawful_basis"] == "public_role"
    text = prot.export_text(data)
    for needle in ("Tendai Moyo", "tendai@example.com", "+263 77 123 4567", "press", "Health", "sn",
                   "Zimbabwe media", "Floods in Manicaland", "zimbabwe-media.csv", "public role", "2027-01-31",
                   "Prefers WhatsApp", "Do not contact: no"):
        assert needle in text, needle


def test_export_of_a_missing_contact_is_a_user_error(prot):
    with pytest.raises(NotFound):
        prot.export_data(12345)


# -- erase ----------------------------------------------------------------------------------------------
def _needles(name: str, email: str, digits: str) -> list[bytes]:
    forms = {name, fold(name), email, email.casefold(), digits, " ".join(fold(name).split())}
    forms |= set(fold(name).split())
    out = []
    for f in forms:
        out.append(f.encode("utf-8"))
        out.append(f.encode("utf-16-le"))
    return out


def _scan(db_path) -> bytes:
    data = db_path.read_bytes()
    for extra in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + extra)
        if side.exists():
            data += side.read_bytes()
    return data


def test_erase_leaves_only_the_hash_and_an_audit_line_in_the_file(file_ctx, db_path, tmp_path):
    ctx, prot = file_ctx
    for i in range(300):
        add(ctx, f"Filler Person{i:03d}", [f"filler{i}@example.com"], [f"+41 22 717 {9000 + i}"],
            office="IOM Geneva")
    cid = filled_contact(ctx)
    # edits leave older copies of the row in free space: an erase must clean those too
    rec = ctx.contacts.get(cid)
    from iomdesk.services.contacts import record_to_input

    data = record_to_input(rec)
    data.role = "Editor"
    ctx.contacts.update(cid, data)
    needles = _needles("Tendai Moyo", "tendai@example.com", "263771234567") + [
        b"Prefers WhatsApp", b"+263771234567", b"+263 77 123 4567", b"771234567", b"tendai@"]  # the domain is shared by the others
    assert any(n in _scan(db_path) for n in needles)
    steps: list[str] = []
    result = prot.erase([cid], progress=lambda what, d, t: steps.append(what))
    assert result.erased == (cid,) and result.scrubbed, result.note
    assert steps[0] == "erasing" and steps[-1] == "done"
    with pytest.raises(NotFound):
        ctx.contacts.get(cid)
    found = [n for n in needles if n in _scan(db_path)]
    assert found == []
    raw = _scan(db_path)
    assert email_digest("tendai@example.com").encode() in raw
    assert phone_digest("+263771234567").encode() in raw
    with ctx.db.session_factory.begin() as s:
        (audit,) = s.scalars(select(AuditEntry)).all()
        assert (audit.action, audit.contact_id) == ("erase", cid) and audit.os_user
        line = f"{audit.detail} {audit.os_user} {audit.action}"
        assert "Tendai" not in line and "@" not in line and "263" not in line
        assert s.scalars(select(OutreachEntry)).all() == []
        assert s.get(Article, 1) is not None  # the article stays
    assert ctx.lists.members("Zimbabwe media") == []
    assert ctx.contacts.count() == 300
    assert ctx.search.search("Filler Person007")  # the index still works


def test_erased_contact_returning_in_a_press_release_is_marked(ctx, prot):
    from iomdesk.interchange.press import ExtractedContact, ExtractedRelease
    from iomdesk.services.press_import import PressImportService

    cid = add(ctx, "Sofia Lindqvist", ["s.lindqvist@iom.int"], office="IOM Geneva")
    prot.erase([cid])
    release = ExtractedRelease(title="Release", body="", contacts=[
        ExtractedContact(name="Sofia Lindqvist", office="IOM Geneva", emails=["S.Lindqvist@iom.int"]),
        ExtractedContact(name="Daniel Mbeki", office="IOM Malawi", emails=["dmbeki@iom.int"]),
    ])
    result = PressImportService(ctx.db.session_factory).save(release)
    sofia, daniel = (ctx.contacts.get(i) for i in result.contact_ids)
    assert sofia.do_not_contact and sofia.dnc_reason == SUPPRESSED_REASON and not daniel.do_not_contact
    assert result.dnc_contact_ids == [sofia.id]
    assert "1 contact was marked do not contact (on the suppression list): Sofia Lindqvist" in result.dnc_summary()


def test_erase_refuses_nothing_and_reports_missing(prot, ctx):
    with pytest.raises(ProtectionError):
        prot.erase([])
    with pytest.raises(NotFound):
        prot.erase([4242])


# -- retention ----------------------------------------------------------------------------------------------
def test_months_before_handles_month_ends():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 12, 4), 24) == dt.date(2024, 12, 4)
    assert months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


def test_retention_lists_review_passed_and_not_contacted(ctx, prot):
    today = dt.date(2026, 12, 4)
    old = dt.datetime(2023, 1, 10, tzinfo=dt.UTC)
    ids = {n: add(ctx, n) for n in ("Review Passed", "Contacted Long Ago", "Never Contacted Old",
                                     "Recent", "Never Contacted New", "Review Later")}
    with ctx.db.session_factory.begin() as s:
        for c in s.scalars(select(Contact)):
            c.created_at = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
        s.get(Contact, ids["Review Passed"]).review_date = dt.date(2026, 11, 30)
        s.get(Contact, ids["Review Later"]).review_date = dt.date(2027, 1, 1)
        s.get(Contact, ids["Contacted Long Ago"]).last_contacted_at = old
        s.get(Contact, ids["Never Contacted Old"]).created_at = old
        s.get(Contact, ids["Recent"]).last_contacted_at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    assert prot.retention_months() == 24
    due = prot.retention(today=today)
    assert [i.name for i in due] == ["Contacted Long Ago", "Never Contacted Old", "Review Passed"]
    assert [i.why for i in due] == ["not contacted since 2023-01-10", "never contacted, added 2023-01-10",
                                    "review date passed (2026-11-30)"]
    prot.set_retention_months(3)  # stored: the GUI and the CLI agree
    assert ProtectionService(ctx.db.session_factory).retention_months() == 3
    names = [i.name for i in prot.retention(today=today)]
    # a review date still to come: reviewed, kept until then, even when not contacted
    assert "Never Contacted New" in names and "Recent" not in names and "Review Later" not in names
    with pytest.raises(ProtectionError):
        prot.set_retention_months(0)
    assert prot.set_review_date([ids["Review Passed"]], dt.date(2028, 1, 1)) == 1
    assert "Review Passed" not in [i.name for i in prot.retention(months=24, today=today)]


def test_protection_on_postgresql(pg, tmp_path):
    from iomdesk.services.context import AppContext

    ctx = AppContext.open(pg.new_database())
    try:
        prot = ProtectionService(ctx.db.session_factory)
        cid = add(ctx, "Tendai Moyo", ["tendai@example.com"], ["+263 77 123 4567"])
        other = add(ctx, "Amina Diop", ["amina@example.com"])
        assert prot.mark([cid], "asked to be removed").suppressions_added == 2
        assert prot.record_optouts("amina@example.com gone@x.org", "bounced").marked == ((other, "Amina Diop"),)
        data = prot.export_data(cid)
        assert data["do_not_contact"]["marked"] and data["records"]["emails"]
        result = prot.erase([cid])
        assert result.erased == (cid,) and not result.scrubbed and "VACUUM" in result.note
        with ctx.db.session_factory.begin() as s:
            assert [a.action for a in s.scalars(select(AuditEntry))] == ["erase"]
        assert prot.check(["TENDAI@example.com"])
        assert prot.retention(months=24) == []
        back = tmp_path / "back.csv"
        back.write_text("Name,Email,Phone\nTendai Moyo,,+263771234567\nFatou Sow,fatou@rts.sn,\n", encoding="utf-8")
        result = ImportService(ctx.db.session_factory).import_file(back)
        assert "1 contact was marked do not contact (on the suppression list): row 2" in result.summary()
        assert [r.name for r in ctx.contacts.get_many(result.dnc_ids)] == ["Tendai Moyo"]
    finally:
        ctx.close()


def test_erased_contact_returning_in_a_vcard_is_marked_and_the_dry_run_says_so(ctx, prot, tmp_path):
    cid = add(ctx, "Fatou Sow", ["fatou.sow@rts.sn"], ["+221 77 123 45 67"], office="OIM Sénégal")
    prot.erase([cid])
    card = tmp_path / "fatou.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fatou Sow\r\nTEL;TYPE=CELL:+221771234567\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Awa Ndiaye\r\nEMAIL:awa@rts.sn\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    service = ImportService(ctx.db.session_factory)
    dry = service.import_file(card, dry_run=True)
    assert "1 contact was marked do not contact (on the suppression list): row 1" in dry.summary()
    assert ctx.contacts.count() == 0  # a dry run stores nothing
    result = service.import_file(card)
    (fatou,) = [r for r in ctx.contacts.get_many(result.added_ids) if r.name == "Fatou Sow"]
    assert fatou.do_not_contact and result.dnc_ids == [fatou.id]


def test_erase_while_another_program_reads_says_the_file_is_not_clean_yet(file_ctx, db_path, monkeypatch):
    ctx, prot = file_ctx
    import sqlite3

    from iomdesk.services import protection

    monkeypatch.setattr(protection, "CHECKPOINT_WAIT_MS", 50)
    cid = add(ctx, "Tendai Moyo", ["tendai@example.com"])
    reader = sqlite3.connect(db_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM contacts").fetchone()  # a read transaction held open
        result = prot.erase([cid])
        assert result.erased == (cid,) and not result.scrubbed
        assert "Another program is reading the directory" in result.note
    finally:
        reader.execute("COMMIT")
        reader.close()
    with pytest.raises(NotFound):
        ctx.contacts.get(cid)
    assert prot.erase([add(ctx, "Amina Diop", ["amina@example.com"])]).scrubbed  # once alone, it is clean
    assert b"tendai@example.com" not in _scan(db_path)


def test_the_scan_finds_the_bytes_when_the_file_is_not_scrubbed(file_ctx, db_path):
    """The erase scan above can fail: a delete alone (scrub=False) leaves the data in the file and WAL."""
    ctx, prot = file_ctx
    for i in range(50):
        add(ctx, f"Filler Person{i:03d}", [f"filler{i}@example.com"], office="IOM Geneva")
    cid = add(ctx, "Tendai Moyo", ["tendai@example.com"], ["+263 77 123 4567"])
    result = prot.erase([cid], scrub=False)
    assert result.erased == (cid,) and not result.scrubbed
    raw = _scan(db_path)
    assert b"tendai@example.com" in raw and b"263771234567" in raw


def test_actions_on_more_contacts_than_one_query_holds(ctx, prot, tmp_path):
    from iomdesk.services import protection

    n = protection._IN_CHUNK + 120
    path = tmp_path / "many.csv"
    path.write_text("Name,Email\n" + "".join(f"Person {i},p{i}@example.org\n" for i in range(n)), encoding="utf-8")
    ids = ImportService(ctx.db.session_factory).import_file(path).added_ids
    assert len(ids) == n
    assert len(prot.mark(ids, "bounced").marked) == n and prot.suppression_count() == n
    assert len(prot.records(ids)) == n and all(r.do_not_contact for r in prot.records(ids))
    assert len(prot.unmark(ids).allowed) == n and prot.suppression_count() == 0
    assert len(prot.record_optouts(" ".join(f"p{i}@example.org" for i in range(n)), "bounced").marked) == n
    assert prot.erase(ids, scrub=False).erased == tuple(sorted(ids))
    assert ctx.contacts.count() == 0 and prot.suppression_count() == n


def test_erase_when_the_file_cannot_be_compacted_keeps_the_erasure_and_says_so(file_ctx, monkeypatch):
    ctx, prot = file_ctx
    import sqlite3

    class FullDisk:
        """The raw connection's VACUUM fails as on a full disk; the erasure before it is committed."""

        def __init__(self, real):
            self.real = real

        def __getattr__(self, name):
            return getattr(self.real, name)

        def execute(self, sql, *args):
            if sql == "VACUUM":
                raise sqlite3.OperationalError("database or disk is full")
            return self.real.execute(sql, *args)

    from iomdesk.services import protection

    monkeypatch.setattr(protection, "_dbapi", lambda raw: FullDisk(raw.driver_connection))
    cid = add(ctx, "Tendai Moyo", ["tendai@example.com"])
    result = prot.erase([cid])
    assert result.erased == (cid,) and not result.scrubbed
    assert "could not be compacted now (database or disk is full)" in result.note
    with pytest.raises(NotFound):
        ctx.contacts.get(cid)


def test_export_names_the_smart_lists_that_find_the_contact(ctx, prot):
    from iomdesk.services.lists import ListService

    lists = ListService(ctx.db.session_factory)
    cid = ctx.contacts.add(ContactInput(name="Awa Ndiaye", languages=["fr"], beats=["health"])).id
    ctx.contacts.add(ContactInput(name="John Smith", languages=["en"]))
    lists.create("Wires")
    lists.add("Wires", [cid])
    lists.create("French health", query="lang:fr beat:health")
    lists.create("English", query="lang:en")
    data = prot.export_data(cid)
    assert [lst["name"] for lst in data["lists"]] == ["French health", "Wires"]
    smart = next(lst for lst in data["lists"] if lst["name"] == "French health")
    assert smart["search"] == "lang:fr beat:health"
    text = prot.export_text(data)
    assert "French health (smart list: its search lang:fr beat:health finds this contact)" in text
    assert "English" not in text


def test_a_contact_typed_in_with_a_suppressed_address_is_marked(ctx, prot):
    """An erased contact or an opt-out typed in again by hand is marked do not contact, as an import
    marks it, so the table and the details show it."""
    gone = ctx.contacts.add(ContactInput(name="Tendai Moyo", emails=["tendai@example.com"],
                                         phones=[PhoneInput("+263 77 123 4567")])).id
    prot.erase([gone], scrub=False)
    prot.record_optouts("ana@nowhere.example", "asked to be removed")
    back = ctx.contacts.add(ContactInput(name="T. Moyo", emails=["TENDAI@example.com"]))
    assert back.do_not_contact and back.dnc_reason == SUPPRESSED_REASON
    by_phone = ctx.contacts.add(ContactInput(name="Someone", phones=[PhoneInput("0771234567")], country="ZW"))
    assert by_phone.do_not_contact
    ana = ctx.contacts.add(ContactInput(name="Ana", emails=["ana@nowhere.example"]))
    assert ctx.contacts.get(ana.id).do_not_contact
    other = ctx.contacts.add(ContactInput(name="Other", emails=["other@example.com"]))
    assert not other.do_not_contact
