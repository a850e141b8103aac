"""Exporting: every format, a search or a list of ids, formula-safe cells, and the round trip."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.core.phones import KINDS
from iomdesk.core.text import fold
from iomdesk.services.context import AppContext
from iomdesk.services.exporter import ExportCancelled, ExportService
from iomdesk.services.importer import ImportService


def fields(rec, raw=True):
    """Every field of a contact; ``raw=False`` for vCard, where phones travel as E.164."""
    return (
        rec.name,
        rec.role,
        rec.office,
        rec.country,
        rec.notes,
        tuple(
            ((p.raw,) if raw else ()) + (p.e164, p.display, p.kind, p.valid, p.extension) for p in rec.phones
        ),
        rec.emails,
        rec.tags,
    )


def everyone(ctx, raw=True):
    return sorted((fields(r, raw) for r in ctx.search.search("", limit=None)), key=lambda f: (fold(f[0]), f))


def seed(ctx):
    ctx.contacts.add(
        ContactInput(
            name="Amina Diop",
            role="Reporter",
            office="IOM Zimbabwe",
            notes="=cmd|' /C calc'!A0\n-2+3",
            phones=[PhoneInput("+2634335044", "work"), PhoneInput("0772 123 456", "mobile")],
            emails=["adiop@herald.co.zw"],
            tags=["press"],
        )
    )
    ctx.contacts.add(ContactInput(name="Fatou Sow", office="OIM Sénégal", phones=["+221 77 123 45 67"]))
    ctx.contacts.add(ContactInput(name="Иван Петров", office="IOM Ukraine", emails=["ivan@example.ua"]))


@pytest.fixture
def other(tmp_path):
    context = AppContext.open(str(tmp_path / "other.sqlite3"))
    yield context
    context.close()


@pytest.mark.parametrize("fmt", ["csv", "excel", "google", "outlook", "vcard", "vcard4"])
def test_export_import_into_an_empty_database(ctx, other, tmp_path, fmt):
    seed(ctx)
    path = tmp_path / ("out.vcf" if fmt.startswith("vcard") else "out.csv")
    assert ExportService(ctx.db.session_factory).export(path, fmt) == 3
    result = ImportService(other.db.session_factory).import_file(path)
    assert (result.added, result.rejected) == (3, [])
    raw = not fmt.startswith("vcard")
    assert everyone(other, raw) == everyone(ctx, raw)


def test_phone_numbers_and_formulas_survive_excel_export(ctx, other, tmp_path):
    seed(ctx)
    path = tmp_path / "excel.csv"
    ExportService(ctx.db.session_factory).export(path, "excel")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'+2634335044" in text and "\"'=cmd|" in text  # neutralized for the spreadsheet
    ImportService(other.db.session_factory).import_file(path)
    amina = other.search.search("amina")[0]
    assert amina.phones[0].raw == "+2634335044"
    assert amina.notes == "=cmd|' /C calc'!A0\n-2+3"


def test_export_a_search_or_ids(ctx, tmp_path):
    seed(ctx)
    service = ExportService(ctx.db.session_factory)
    assert service.export(tmp_path / "q.csv", "csv", query="senegal") == 1
    assert "Fatou Sow" in (tmp_path / "q.csv").read_text(encoding="utf-8")
    ids = [r.id for r in ctx.search.search("", limit=None)]
    assert service.export(tmp_path / "ids.vcf", "vcard", ids=[ids[2], ids[0]]) == 2
    text = (tmp_path / "ids.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2


def test_cancelled_export_writes_no_file(ctx, tmp_path):
    for i in range(450):
        ctx.contacts.add(ContactInput(name=f"Person {i}", emails=[f"p{i}@example.org"]))
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "out.csv"
    target.write_text("previous export", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        ExportService(ctx.db.session_factory).export(target, "csv", cancelled=lambda: True)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert list(out.iterdir()) == [target]



def test_export_never_overwrites_the_database_or_a_backup(sqlite_ctx, db_path, tmp_path):
    ctx = sqlite_ctx  # the .sqlite file (and its backups) are what must not be overwritten
    # `iomdesk export contacts.sqlite3` replaced the live directory with a CSV file: everything lost
    from iomdesk.services.backup import backup_database
    from iomdesk.services.exporter import ExportError

    ctx.contacts.add(ContactInput(name="Ana Kova\u010d", emails=["ana@example.org"]))
    backup = backup_database(ctx.db, tmp_path / "backup.sqlite3").path
    wal = db_path.with_name(db_path.name + "-wal")
    for target in (db_path, backup, *([wal] if wal.exists() and wal.stat().st_size else [])):
        before = target.read_bytes()
        for fmt in ("csv", "vcard"):
            with pytest.raises(ExportError, match="not overwritten"):
                ExportService(ctx.db.session_factory).export(target, fmt)
        assert target.read_bytes() == before
    assert ctx.contacts.count() == 1
    assert ExportService(ctx.db.session_factory).export(tmp_path / "fine.csv", "csv") == 1


# -- the round trip, as a property ----------------------------------------------------------------------

SCRIPTS = [
    "abcdefghijklmnopqrstuvwxyzáéíóúñçøåäöüßłđõãêèàâœ",  # Latin with diacritics
    "абвгдеёжзийклмнопрстуфхцчшщыэюя",  # Cyrillic
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",  # Arabic
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林",  # CJK
]
word = st.sampled_from(SCRIPTS).flatmap(lambda a: st.text(alphabet=a, min_size=1, max_size=8))
name = st.lists(word, min_size=1, max_size=3).map(" ".join)
notes = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from("\n\r,;\"'=+-@"),
    max_size=60,
)
OFFICES = ["IOM Zimbabwe", "OIM Sénégal", "Бюро Москва", ""]
COUNTRIES = ["", "ZW", "Kenya", "FR"]


@st.composite
def contact(draw, i):
    office = draw(st.sampled_from(OFFICES))
    phones = []
    for j in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(KINDS))
        if office == "IOM Zimbabwe" and draw(st.booleans()):
            raw = f"0772 {i:03d} {j:03d}"
        else:
            raw = draw(
                st.sampled_from(
                    ["+263 77 2{i:02d} {j:04d}", "+33 6 12 {i:02d} {j:02d} 00", "+254722{i:03d}{j:03d}"]
                )
            )
            raw = raw.format(i=i, j=j)
        phones.append(PhoneInput(raw, kind))
    emails = [
        f"{draw(st.sampled_from(['amina', 'josé', 'ivan', 'x']))}.{i}.{j}@{draw(st.sampled_from(['iom.int', 'Example.ORG']))}"
        for j in range(draw(st.integers(0, 2)))
    ]
    return ContactInput(
        name=draw(name) + f" {i}",
        role=draw(
            st.sampled_from(["", "Editor, radio", 'Chief "desk"', "=Reporter", "Journaliste; pigiste"])
        ),
        office=office,
        country=draw(st.sampled_from(COUNTRIES)),
        notes=draw(notes),
        phones=phones,
        emails=emails,
        tags=draw(st.lists(word, max_size=3)),
    )


contacts = st.integers(1, 6).flatmap(lambda n: st.tuples(*[contact(i) for i in range(n)]))
_TEMPLATE: dict[str, Path] = {}


def fresh_db(folder: Path, name: str) -> AppContext:
    if "db" not in _TEMPLATE:
        template = Path(tempfile.mkdtemp()) / "template.sqlite3"
        AppContext.open(str(template)).close()
        _TEMPLATE["db"] = template
    target = folder / name
    shutil.copy(_TEMPLATE["db"], target)
    return AppContext.open(str(target))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=contacts, fmt=st.sampled_from(["csv", "excel"]))
def test_round_trip_property(people, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src, dst = fresh_db(folder, "src.sqlite3"), fresh_db(folder, "dst.sqlite3")
        try:
            for person in people:
                src.contacts.add(person)
            ExportService(src.db.session_factory).export(folder / "out.csv", fmt)
            result = ImportService(dst.db.session_factory).import_file(folder / "out.csv")
            assert result.rejected == [] and result.added == len(people)
            assert everyone(dst) == everyone(src)
        finally:
            src.close()
            dst.close()


def _exported_countries(ctx, tmp_path) -> dict[str, str]:
    path = tmp_path / "countries.csv"
    ExportService(ctx.db.session_factory).export(path, "csv")
    import csv

    with open(path, encoding="utf-8", newline="") as fh:
        return {row["Name"]: row["Country"] for row in csv.DictReader(fh)}


def test_own_country_is_exported_when_it_reads_back_the_same(ctx, other, tmp_path):
    ctx.contacts.add(
        ContactInput(name="Own Wins", office="IOM Zimbabwe", country="Kenya", phones=["+254 712 345678"])
    )
    ctx.contacts.add(ContactInput(name="No Office", country="Kenya", phones=["0712 345679"]))
    # read with the office's country when added by hand; Kenya would give another number
    ctx.contacts.add(
        ContactInput(name="Local Phone", office="IOM Zimbabwe", country="Kenya", phones=["0772 123 456"])
    )
    # the office's country comes from its first contact, not from its name
    ctx.contacts.add(ContactInput(name="First Claim", office="Бюро Москва", country="ZW"))
    ctx.contacts.add(ContactInput(name="Another Claim", office="Бюро Москва", country="FR"))
    countries = _exported_countries(ctx, tmp_path)
    assert countries == {
        "Own Wins": "KE",
        "No Office": "KE",
        "Local Phone": "ZW",
        "First Claim": "ZW",
        "Another Claim": "ZW",
    }
    path = tmp_path / "out.csv"
    ExportService(ctx.db.session_factory).export(path, "csv")
    result = ImportService(other.db.session_factory).import_file(path)
    assert (result.added, result.rejected) == (5, [])
    assert everyone(other) == everyone(ctx)
    own = {r.name: r.own_country for r in other.search.search("", limit=None)}
    assert own["Own Wins"] == "KE"
