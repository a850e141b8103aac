"""Importing safely: validation, duplicates, one transaction, cancel, strict, rejects, dry run."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.interchange.csv_read import FileReadError, NoRowsError, NotTextError
from iomdesk.interchange.mapping import NAME, OFFICE
from iomdesk.services.contacts import CONTACT_LOAD, draft_for
from iomdesk.services.importer import ImportCancelled, ImportService, read_source, write_rejects
from iomdesk.services.importing import write as write_mod
from iomdesk.store.models import Contact
from iomdesk.store.search import contact_search_text, refresh_search_text
from tests.snapshot import dump

FIX = Path(__file__).parent.parent / "fixtures"



def write(tmp_path, name, content: str, encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding=encoding, newline="")
    return path


def service(ctx) -> ImportService:
    return ImportService(ctx.db.session_factory)


ALL_FIXTURES = sorted((FIX / "csv").iterdir()) + sorted((FIX / "vcard").iterdir())


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.name)
def test_every_fixture_imports_completely(ctx, path):
    result = service(ctx).import_file(path)
    assert result.rejected == [], [str(r) for r in result.rejected]
    assert result.added == result.rows >= 1
    assert ctx.contacts.count() == result.added


def test_imported_contacts_are_searchable_and_normalized(ctx):
    service(ctx).import_file(FIX / "csv" / "google_bom.csv")
    (amina,) = ctx.search.search("amina diop")
    assert amina.office == "IOM Zimbabwe" and amina.country == "ZW"
    assert [p.e164 for p in amina.phones] == ["+263772123456", "+263773222333", "+2634335044"]
    assert [p.kind for p in amina.phones] == ["mobile", "mobile", "work"]
    assert amina.tags == ("Press", "Radio")
    assert "Organization Department: Newsroom" in amina.notes  # unmapped column kept
    assert ctx.search.search("0772 123")[0].id == amina.id
    assert ctx.search.search("nunez")[0].name == "Dr. José María Núñez"


def test_search_fields_equal_a_fresh_refresh_search_text(ctx):
    for path in ALL_FIXTURES:
        service(ctx).import_file(path, on_duplicate="create")
    cols = [c.key for c in Contact.__table__.columns if c.key == "search_text" or c.key.startswith("fts_")]
    with ctx.db.session_factory.begin() as s:
        contacts = s.scalars(select(Contact).options(*CONTACT_LOAD)).all()
        assert len(contacts) > 10
        for c in contacts:
            stored = {k: getattr(c, k) for k in cols}
            assert stored["search_text"] == contact_search_text(c)
            refresh_search_text(c)
            assert stored == {k: getattr(c, k) for k in cols}, c.name
            s.expire(c)


def test_rows_are_validated_with_the_core_rules(ctx, tmp_path):
    """Whatever validate_contact/draft_for accept or reject, the import does too."""
    ctx.contacts.add(ContactInput(name="Seed", office="Press Pool", country="ZA"))
    rows = [
        ContactInput(name="Ok One", office="IOM Kenya", phones=[PhoneInput("0712 345678")]),
        ContactInput(name="", emails=["x@y.org"]),
        ContactInput(name="Bad Phone", phones=[PhoneInput("123")]),  # too short even kept as entered
        ContactInput(name="Pool Person", office="Press Pool", phones=[PhoneInput("082 123 4567")]),
        ContactInput(name="Bad Mail", emails=["not-an-email"], country="Narnia"),
    ]
    lines = ["Name,Office,Country,Phones,Emails"] + [
        f"{r.name},{r.office},{r.country},{';'.join(p.raw for p in r.phones)},{';'.join(r.emails)}"
        for r in rows
    ]
    path = tmp_path / "rows.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected_ok = []
    with ctx.db.session_factory.begin() as s:
        for r in rows:
            try:
                expected_ok.append(draft_for(s, r).name)
            except Exception:  # noqa: BLE001
                pass
    result = service(ctx).import_file(path)
    stored = {r.name for r in ctx.search.search("", limit=None)} - {"Seed"}
    assert stored == set(expected_ok) == {"Ok One", "Pool Person"}
    pool = ctx.search.search("pool person")[0]
    assert pool.phones[0].e164 == "+27821234567"  # the office's recorded country
    by_row = {i.row: i.reasons for i in result.rejected}
    assert set(by_row) == {3, 4, 6}
    assert any("name" in r for r in by_row[3])
    assert len(by_row[6]) == 2  # every reason: the email and the country


def test_row_country_column_gives_phones_their_country(ctx, tmp_path):
    path = write(
        tmp_path,
        "c.csv",
        "Name,Office,Country,Phone\nNo Office,,Zimbabwe,0772 123 456\nUnknown Office,Radio Voice,Kenya,0712 345678\n"
        "Row Wins,IOM Senegal,Zimbabwe,77 123 45 67\n",
    )
    result = service(ctx).import_file(path)
    assert result.rejected == []
    phones = {r.name: r.phones[0].e164 for r in ctx.search.search("", limit=None)}
    assert phones["No Office"] == "+263772123456"
    assert phones["Unknown Office"] == "+254712345678"
    # the row's country wins over the office's for numbers written without a country code
    assert phones["Row Wins"] == "+263771234567"


# -- duplicates ----------------------------------------------------------------------------------------

CSV_A = (
    "Name,Office,Phones,Emails,Tags,Role\n"
    "Amina Diop,IOM Zimbabwe,0772 123 456,adiop@herald.co.zw,press,\n"
    "Fatou Sow,OIM Sénégal,77 123 45 67,,radio,Editor\n"
    "Tendai Moyo,IOM Zimbabwe,,tendai@example.com,,\n"
)


def test_importing_twice_never_creates_duplicates(ctx, tmp_path):
    path = write(tmp_path, "a.csv", CSV_A)
    first = service(ctx).import_file(path)
    assert (first.added, first.skipped) == (3, 0)
    before = dump(ctx)
    for policy in ("skip", "update"):
        again = service(ctx).import_file(path, on_duplicate=policy)
        assert (again.added, again.updated, again.skipped) == (0, 0, 3)
        assert dump(ctx) == before


def test_duplicate_policies_against_the_directory(ctx, tmp_path):
    service(ctx).import_file(write(tmp_path, "a.csv", CSV_A))
    update = write(
        tmp_path,
        "b.csv",
        "Name,Office,Phones,Emails,Tags,Role\n"
        "A. Diop,,+263 4 335044,ADIOP@herald.co.zw,tv,Reporter\n"  # same email (case differs)
        "Fatou S.,,+221 77 123 45 67,fatou@rts.sn,,Journalist\n"  # same E.164
        "tendai moyo,iom zimbabwe,,,,Producer\n"  # same name and office
        "New Person,IOM Kenya,,new@example.com,,\n",
    )
    skipped = service(ctx).import_file(update, on_duplicate="skip")
    assert (skipped.added, skipped.updated, skipped.skipped) == (1, 0, 3)
    reasons = " ".join(r for d in skipped.duplicates for r in d.reasons)
    assert (
        "same email" in reasons
        and "same phone +221771234567" in reasons
        and "same name and office" in reasons
    )

    result = service(ctx).import_file(update, on_duplicate="update")
    assert (result.added, result.updated, result.skipped) == (0, 3, 1)  # New Person is now a duplicate
    amina = ctx.search.search("amina")[0]
    assert amina.name == "Amina Diop"  # never replaced
    assert amina.role == "Reporter"  # empty field filled
    assert [p.e164 for p in amina.phones] == ["+263772123456", "+2634335044"]  # added, none removed
    assert amina.emails == ("adiop@herald.co.zw",)  # same address: not added twice
    assert amina.tags == ("press", "tv")
    fatou = ctx.search.search("fatou")[0]
    assert fatou.role == "Editor"  # not overwritten
    assert fatou.emails == ("fatou@rts.sn",)
    assert ctx.search.search("tendai")[0].role == "Producer"
    assert ctx.search.search("335044")[0].id == amina.id  # search text refreshed

    created = service(ctx).import_file(update, on_duplicate="create")
    assert created.added == 4
    assert ctx.contacts.count() == 4 + 4


def test_duplicates_within_one_file(ctx, tmp_path):
    path = write(
        tmp_path,
        "d.csv",
        "Name,Office,Email,Phone,Tags\n"
        "Amina Diop,IOM Zimbabwe,a@x.org,,press\n"
        "Amina Diop,IOM Zimbabwe,,0772 123 456,radio\n"
        "Someone Else,,A@X.ORG,,\n",
    )
    skip = service(ctx).import_file(path, dry_run=True)
    assert (skip.added, skip.skipped) == (1, 2)
    assert "row 2" in skip.duplicates[0].reasons[0]
    result = service(ctx).import_file(path, on_duplicate="update")
    assert (result.added, result.updated, result.skipped) == (1, 1, 1)
    (amina,) = ctx.search.search("", limit=None)
    assert amina.tags == ("press", "radio") and amina.phones[0].e164 == "+263772123456"


# -- all or nothing ------------------------------------------------------------------------------------


def big_csv(tmp_path, n=3000) -> Path:
    lines = ["Name,Office,Phone,Email"]
    lines += [f"Person {i},IOM Kenya,+254 722 {i:06d},p{i}@example.org" for i in range(n)]
    return write(tmp_path, "big.csv", "\n".join(lines) + "\n")


@pytest.mark.parametrize("cancel_at", [0.25, 0.75])  # while reading and while writing
def test_cancel_leaves_the_database_exactly_as_before(ctx, tmp_path, cancel_at):
    ctx.contacts.add(ContactInput(name="Existing", office="IOM Kenya", emails=["p5@example.org"]))
    before = dump(ctx)
    seen = []

    def progress(done, total):
        seen.append((done, total))

    def cancelled():
        return bool(seen) and seen[-1][0] >= cancel_at * seen[-1][1]

    with pytest.raises(ImportCancelled):
        service(ctx).import_file(
            big_csv(tmp_path), on_duplicate="update", progress=progress, cancelled=cancelled
        )
    assert dump(ctx) == before
    assert seen and seen[-1][0] < seen[-1][1]


def test_failure_mid_import_rolls_everything_back(ctx, tmp_path, monkeypatch):
    ctx.contacts.add(ContactInput(name="Existing", office="IOM Kenya"))
    before = dump(ctx)
    calls = {"n": 0}
    real = write_mod.search_columns

    def failing(*args):
        calls["n"] += 1
        if calls["n"] == 2500:  # after the first chunks were inserted
            raise RuntimeError("disk full")
        return real(*args)

    monkeypatch.setattr(write_mod, "search_columns", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        service(ctx).import_file(big_csv(tmp_path))
    assert dump(ctx) == before


def test_progress_reaches_the_end(ctx, tmp_path):
    seen = []
    service(ctx).import_file(big_csv(tmp_path, 500), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [d / t for d, t in seen] == sorted(d / t for d, t in seen)


def test_strict_imports_nothing_if_a_row_fails(ctx, tmp_path):
    before = dump(ctx)
    path = write(tmp_path, "s.csv", "Name,Email\nGood One,g@x.org\nBad One,nope\n")
    result = service(ctx).import_file(path, strict=True)
    assert result.strict_failed and not result.stored
    assert result.added == 0 and [r.row for r in result.rejected] == [3]
    assert dump(ctx) == before
    assert "nothing was imported" in result.summary()


def test_dry_run_reports_without_storing(ctx, tmp_path):
    before = dump(ctx)
    result = service(ctx).import_file(FIX / "csv" / "google_bom.csv", dry_run=True)
    assert result.added == 2 and result.dry_run and not result.stored
    assert dump(ctx) == before


def test_rejects_file_fixed_and_imported_again(ctx, tmp_path):
    path = write(
        tmp_path,
        "r.csv",
        "Name;Office;Phone;Email\nGood One;IOM Kenya;0712 345678;g@x.org\n"
        "Bad Phone;;123;b@x.org\n;IOM Kenya;;noname@x.org\n",
    )
    result = service(ctx).import_file(path)
    assert (result.added, len(result.rejected)) == (1, 2)
    rejects = tmp_path / "rejects.csv"
    assert write_rejects(result, rejects) == 2
    source = read_source(rejects)
    assert source.headers == ["Name", "Office", "Phone", "Email", "reason"]
    assert "is not a phone number" in source.rows[0].cells[-1]
    # the user fixes both rows in a spreadsheet and imports the file again
    fixed = rejects.read_text(encoding="utf-8-sig").replace("Bad Phone,,123", "Bad Phone,,+254 712 345679")
    fixed = fixed.replace("\n,IOM Kenya,", "\nNo Longer Nameless,IOM Kenya,")
    rejects.write_text(fixed, encoding="utf-8-sig")
    again = service(ctx).import_file(rejects)
    assert (again.added, [str(r) for r in again.rejected]) == (2, [])
    assert "reason" not in (ctx.search.search("nameless")[0].notes or "")  # the reason column is not data


def test_unmapped_columns_reported_instead_of_kept(ctx):
    result = service(ctx).import_file(FIX / "csv" / "outlook.csv", unmapped="report")
    assert "Business City" in result.unmapped_columns
    assert ctx.search.search("okafor")[0].notes == "Prefers email"


def test_caller_edited_mapping(ctx, tmp_path):
    path = write(tmp_path, "m.csv", "Who,Where\nAmina Diop,IOM Zimbabwe\n")
    source = read_source(path)
    source.mapping[0].field = NAME
    source.mapping[1].field = OFFICE
    assert source.preview()[0].data.office == "IOM Zimbabwe"
    service(ctx).import_source(source)
    assert ctx.search.search("amina")[0].office == "IOM Zimbabwe"


@pytest.mark.parametrize(
    "content,error",
    [
        (b"", "empty"),
        (b"Name,Email\n", "no contacts"),
        (b"\x00\x01\x02\x03" * 5000, "not a text file|not look like a CSV"),
    ],
)
def test_whole_file_problems_are_user_errors(ctx, tmp_path, content, error):
    (tmp_path / "x.csv").write_bytes(content)
    with pytest.raises((NoRowsError, NotTextError, FileReadError), match=error):
        service(ctx).import_file(tmp_path / "x.csv")
    assert ctx.contacts.count() == 0


def test_a_shared_switchboard_number_does_not_merge_two_people(ctx, tmp_path):
    from iomdesk.services.importer import ImportService

    path = tmp_path / "switchboard.csv"
    path.write_text("Name,Office,Phone,Email\n"
                    "Amina Diallo,IOM Senegal,+221 33 869 62 00,adiallo@iom.int\n"
                    "Moussa Ndiaye,IOM Senegal,+221 33 869 62 00,mndiaye@iom.int\n"
                    "A. Diallo,IOM Senegal,+221 33 869 62 00,\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    assert (result.added, result.skipped) == (2, 1)  # the row without an email is the same person
    people = {r.name: r.emails for r in ctx.search.search("", limit=None)}
    assert people == {"Amina Diallo": ("adiallo@iom.int",), "Moussa Ndiaye": ("mndiaye@iom.int",)}
