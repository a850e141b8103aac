"""Languages, beats, source, lawful basis and review date through exports and imports: exact round
trips into an empty directory (our CSV, vCard 3 and 4), the source every import path fills in, and
merges that never overwrite a source already set."""

from __future__ import annotations

import datetime as dt

import pytest

from iomdesk.core.contact import TYPED_BY_HAND, ContactInput
from iomdesk.core.text import fold
from iomdesk.interchange.press import extract_release
from iomdesk.services.context import AppContext
from iomdesk.services.exporter import ExportService
from iomdesk.services.importer import ImportService
from iomdesk.services.press_import import PressImportService


def fields(rec):
    return (rec.name, rec.role, rec.office, rec.country, rec.notes, rec.emails, rec.tags, rec.languages,
            rec.beats, rec.source, rec.lawful_basis, rec.review_date)


def everyone(ctx):
    return sorted((fields(r) for r in ctx.search.search("", limit=None)), key=lambda f: (fold(f[0]), f))


@pytest.fixture
def filled(ctx):
    add = ctx.contacts.add
    add(ContactInput(name="Amina Diop", office="IOM Zimbabwe", emails=["amina@example.org"],
                     languages=["fr", "en", "sw"], beats=["health", "Public Health", "migration"],
                     tags=["press"], lawful_basis="public role", review_date=dt.date(2027, 3, 31),
                     source="Met at the Harare briefing; card, 2026"))
    add(ContactInput(name="José Núñez", office="OIM Ecuador", languages=["es"], beats=["elections"],
                     lawful_basis="consent"))  # source: typed by hand
    add(ContactInput(name="Tendai Moyo", source="x"))  # no languages, beats, basis or date
    return ctx


@pytest.mark.parametrize("fmt", ["csv", "excel", "vcard", "vcard4"])
def test_export_then_import_into_an_empty_directory_gives_the_same_contacts(filled, tmp_path, fmt):
    path = tmp_path / ("out.vcf" if fmt.startswith("vcard") else "out.csv")
    assert ExportService(filled.db.session_factory).export(path, fmt) == 3
    other = AppContext.open(str(tmp_path / "empty.sqlite3"))
    try:
        result = ImportService(other.db.session_factory).import_file(path)
        assert (result.added, result.rejected) == (3, [])
        assert everyone(other) == everyone(filled)
        # and a second import of the same file brings nothing new
        again = ImportService(other.db.session_factory).import_file(path, on_duplicate="update")
        assert (again.added, again.updated, again.skipped) == (0, 0, 3)
    finally:
        other.close()


def test_a_csv_import_fills_the_source_with_the_file_name_only(ctx, tmp_path):
    folder = tmp_path / "Users" / "jdoe" / "Desktop"
    folder.mkdir(parents=True)
    path = folder / "media list.csv"
    path.write_text("Name,Email,Source,Languages\nAmina Diop,amina@example.org,,French\n"
                    "Tendai Moyo,tendai@example.org,Card from a conference,\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path)
    amina, tendai = ctx.contacts.get_many(result.added_ids)
    assert amina.source == "Imported from media list.csv" and amina.languages == ("fr",)
    assert tendai.source == "Card from a conference"
    assert "jdoe" not in amina.source


def test_several_files_each_give_their_own_name(ctx, tmp_path):
    (tmp_path / "a.csv").write_text("Name\nAmina Diop\n", encoding="utf-8")
    (tmp_path / "b.vcf").write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fatou Sow\r\nEND:VCARD\r\n", encoding="utf-8")
    service = ImportService(ctx.db.session_factory)
    result = service.import_sources([service.read(tmp_path / "a.csv"), service.read(tmp_path / "b.vcf")])
    by_name = {r.name: r.source for r in ctx.contacts.get_many(result.added_ids)}
    assert by_name == {"Amina Diop": "Imported from a.csv", "Fatou Sow": "Imported from b.vcf"}


def test_an_import_that_updates_a_contact_keeps_its_source_and_fills_empty_fields(ctx, tmp_path):
    typed = ctx.contacts.add(ContactInput(name="Amina Diop", emails=["amina@example.org"], languages=["fr"]))
    assert typed.source == TYPED_BY_HAND
    path = tmp_path / "update.csv"
    path.write_text("Name,Email,Languages,Beats,Lawful basis,Review date,Source\n"
                    "Amina Diop,amina@example.org,en; fr,health,Consent,2027-01-15,Other source\n",
                    encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    assert result.updated == 1
    rec = ctx.contacts.get(typed.id)
    assert rec.source == TYPED_BY_HAND  # never overwritten
    assert rec.languages == ("fr", "en") and rec.beats == ("health",)
    assert (rec.lawful_basis, rec.review_date) == ("consent", dt.date(2027, 1, 15))
    assert rec.version == typed.version + 1


def test_an_update_of_a_contact_without_source_gives_it_the_file_name(ctx, tmp_path):
    old = ctx.contacts.add(ContactInput(name="Amina Diop", emails=["amina@example.org"]), default_source="")
    assert old.source == ""
    path = tmp_path / "more.csv"
    path.write_text("Name,Email,Beats\nAmina Diop,amina@example.org,health\n", encoding="utf-8")
    ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    assert ctx.contacts.get(old.id).source == "Imported from more.csv"
    # a row that brings nothing new changes nothing, the source neither
    none = ctx.contacts.add(ContactInput(name="Tendai Moyo", emails=["t@example.org"]), default_source="")
    path.write_text("Name,Email\nTendai Moyo,t@example.org\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    assert result.skipped == 1 and ctx.contacts.get(none.id).source == ""


def test_rows_of_one_file_merged_before_writing_keep_every_language_and_beat(ctx, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("Name,Email,Languages,Beats\nAmina Diop,amina@example.org,fr,health\n"
                    "Amina Diop,amina@example.org,es,migration\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    (rec,) = ctx.contacts.get_many(result.added_ids)
    assert (rec.languages, rec.beats, rec.source) == (("fr", "es"), ("health", "migration"),
                                                      "Imported from twice.csv")


def test_a_row_with_an_unknown_language_is_rejected_with_the_value(ctx, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name,Languages,Review date\nAmina Diop,\"fr, Klingon\",2027-02-30\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path)
    (issue,) = result.rejected
    text = " ".join(issue.reasons)
    assert "Klingon" in text and "is not a language" in text and "is not a date" in text
    assert ctx.contacts.count() == 0


def test_a_big_import_through_worker_processes_stores_the_same_fields(ctx, tmp_path):
    path = tmp_path / "big.csv"
    lines = ["Name,Email,Languages,Beats,Lawful basis,Review date"]
    lines += [f"Person {i},p{i}@example.org,{'fr' if i % 2 else 'Spanish'},beat {i % 3},consent,2027-01-01"
              for i in range(300)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, workers=2)
    assert result.added == 300
    assert ctx.search.count("lang:fr") == 150 and ctx.search.count("beat:\"beat 2\"") == 100
    rec = ctx.contacts.get(result.added_ids[0])
    assert (rec.languages, rec.beats, rec.lawful_basis, rec.review_date, rec.source) == (
        ("es",), ("beat 0",), "consent", dt.date(2027, 1, 1), "Imported from big.csv")


def test_a_press_release_import_gives_its_title_as_source_and_keeps_a_set_one(ctx):
    release = extract_release(
        "IOM scales up aid in Harare\n\nMedia contacts\nJane Doe, IOM Zimbabwe, Tel: +263 4 335044, "
        "jdoe@iom.int\nJohn Roe, IOM Zimbabwe, jroe@iom.int\n"
    )
    john = ctx.contacts.add(ContactInput(name="John Roe", emails=["jroe@iom.int"]))
    result = PressImportService(ctx.db.session_factory).save(release)
    jane = ctx.contacts.get(result.created_contact_ids[0])
    assert jane.source == "Press release: IOM scales up aid in Harare"
    assert ctx.contacts.get(john.id).source == TYPED_BY_HAND


def test_an_import_adding_only_a_language_moves_the_version(ctx, tmp_path):
    rec = ctx.contacts.add(ContactInput(name="Amina Diop", emails=["amina@example.org"], languages=["fr"]))
    path = tmp_path / "lang.csv"
    path.write_text("Name,Email,Language\nAmina Diop,amina@example.org,Spanish\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, on_duplicate="update")
    after = ctx.contacts.get(rec.id)
    assert result.updated == 1 and after.languages == ("fr", "es") and after.version == rec.version + 1
