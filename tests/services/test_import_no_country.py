"""A CSV row whose phone has no country code, and no country to read it in, is imported with that
phone kept as entered ("no country", no E.164) and a warning naming the row; text that is no
phone number stays a rejected row."""

from __future__ import annotations

import multiprocessing

from iomdesk.core.contact import ContactInput, PhoneInput
from iomdesk.core.phones import kept_as_entered
from iomdesk.services.context import AppContext
from iomdesk.services.exporter import ExportService
from iomdesk.services.importer import ImportService
from tests.services.test_import_pool import neutral_dump, small_pool, summary  # noqa: F401

HEADER = "Name,Office,Phone,Email\n"
ROWS = (
    "No Country,Radio Voice,0772 123 456,nc@example.org\n"  # row 2: kept, warned
    "Kenya Office,IOM Kenya,0712 345678,\n"  # row 3: read as Kenyan
    "Letters,Radio Voice,call me,\n"  # row 4: no number: rejected
    "Too Short,,12,\n"  # row 5: too few digits: rejected
    "Short For Kenya,IOM Kenya,0712 3,\n"  # row 6: too short for its country: rejected
    "Labelled,,Mobile: 0772 999 888 ext. 4,\n"  # row 7: kept, warned
)


def phones_of(ctx) -> dict[str, list]:
    return {c.name: c.phones for c in ctx.search.search("", limit=None)}


def test_a_number_without_a_country_is_kept_as_entered_with_a_warning_naming_its_row(ctx, tmp_path):
    path = tmp_path / "no_country.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, workers=1)
    assert result.stored and result.added == 3
    assert sorted(r.row for r in result.rejected) == [4, 5, 6]
    assert result.kept_phones == 2
    assert "row 2: phone kept as entered: no country code" in result.warnings
    assert "row 7: phone kept as entered: no country code" in result.warnings
    assert "2 phones kept as entered (no country code)" in result.summary()
    assert not any("0772" in w for w in result.warnings)  # the row, not the number
    phones = phones_of(ctx)
    kept = phones["No Country"][0]
    assert (kept.e164, kept.raw, kept.valid) == (None, "0772 123 456", False)
    assert phones["Labelled"][0].e164 is None and phones["Labelled"][0].kind == "mobile"
    assert phones["Kenya Office"][0].e164 == "+254712345678"
    # the kept number is found by its digits like any other
    assert [c.name for c in ctx.search.search("0772123")] == ["No Country"]


def test_export_then_import_keeps_a_no_country_number(ctx, tmp_path):
    raw = "0772 123 456"
    ctx.contacts.add(ContactInput(name="Press Person", office="Daily Paper",
                                  phones=[PhoneInput(raw, kept=kept_as_entered(raw))], emails=["pp@example.org"]))
    ctx.contacts.add(ContactInput(name="Plain Person", office="IOM Kenya", phones=["0712 345678"]))
    for fmt in ("csv", "google", "outlook", "excel"):
        out = tmp_path / f"export-{fmt}.csv"
        assert ExportService(ctx.db.session_factory).export(out, fmt) == 2
        other = AppContext.open(str(tmp_path / f"again-{fmt}.sqlite3"))
        try:
            result = ImportService(other.db.session_factory).import_file(out)
            assert result.rejected == [] and result.added == 2, (fmt, [str(r) for r in result.rejected])
            assert result.kept_phones == 1
            assert "row 2: phone kept as entered: no country code" in result.warnings \
                or "row 3: phone kept as entered: no country code" in result.warnings
            phones = phones_of(other)
            assert [(p.raw, p.e164) for p in phones["Press Person"]] == [(raw, None)], fmt
            assert phones["Plain Person"][0].e164 == "+254712345678"
        finally:
            other.close()


def test_pool_and_one_process_agree_on_kept_numbers(tmp_path, small_pool):  # noqa: F811
    lines = [HEADER] + [ROWS] * 5 + [f"P{i},Media Hub,0772 12{i:04d},p{i}@example.org\n" for i in range(30)]
    path = tmp_path / "many.csv"
    path.write_text("".join(lines), encoding="utf-8")

    def run(name, workers):
        ctx = AppContext.open(str(tmp_path / f"{name}.sqlite3"))
        try:
            result = ImportService(ctx.db.session_factory).import_file(path, workers=workers, on_duplicate="update")
            return result, neutral_dump(ctx)
        finally:
            ctx.close()

    serial, serial_db = run("serial", 1)
    pooled, pooled_db = run("pool", 2)
    assert len(small_pool) == 1
    assert summary(pooled) == summary(serial) and pooled_db == serial_db
    assert pooled.warnings == serial.warnings and pooled.kept_phones == serial.kept_phones >= 32
    assert "row 57: phone kept as entered: no country code" in pooled.warnings  # P20
    assert multiprocessing.active_children() == []


def test_a_row_with_two_numbers_kept_as_entered_is_one_warning(ctx, tmp_path):
    # Two such phones in one row printed "row 2: phone kept as entered: no country code" twice, the
    # same line, on the CLI and in the wizard's summary.
    path = tmp_path / "two.csv"
    path.write_text("Name,Office,Phone,Mobile,Email\nZed Q,Freelance,8123 4567 ext 9,0712 345,zq@example.org\n"
                    "Amy R,Freelance,8123 4568,,ar@example.org\n", encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, workers=1)
    assert result.kept_phones == 3
    assert result.warnings == ["row 2: 2 phones kept as entered: no country code",
                               "row 3: phone kept as entered: no country code"]
