"""Export formats read back through our own import mapping."""

from __future__ import annotations

import io

import pytest

from iomdesk.interchange.csv_read import read_csv_bytes
from iomdesk.interchange.csv_write import ENCODINGS, to_csv_text
from iomdesk.interchange.mapping import auto_mapping, row_to_input
from iomdesk.services.records import ContactRecord, PhoneRecord


def rec(**kw):
    base = dict(
        id=1,
        name="José María Núñez",
        role="=Editor",
        office="OIM Ecuador",
        country="EC",
        notes='-says "hi", then\nleaves',
        phones=(
            PhoneRecord("+593 2 256 7890", "+59322567890", "", "work", True),
            PhoneRecord("099 123 4567", "+593991234567", "", "mobile", True),
            PhoneRecord("+593 2 256 7891", "+59322567891", "", "fax", True),
        ),
        emails=("jnunez@elcomercio.com", "j@example.org"),
        tags=("prensa", "tv"),
        articles=(),
        version=1,
        own_country=None,
    )
    base.update(kw)
    return ContactRecord(**base)


@pytest.mark.parametrize("fmt", ["csv", "excel", "google", "outlook"])
def test_every_csv_format_reads_back(fmt):
    data = to_csv_text(fmt, [rec()]).encode(ENCODINGS[fmt])
    if fmt in ("excel", "outlook"):
        assert data.startswith(b"\xef\xbb\xbf")
    table = read_csv_bytes(data)
    row = row_to_input(table.rows[0].cells, auto_mapping(table.headers), table.width)
    d = row.data
    assert d.name == "José María Núñez"
    assert d.office == "OIM Ecuador" and d.role == "=Editor"
    assert d.notes == '-says "hi", then\nleaves'
    assert [(p.raw, p.kind) for p in d.phones] == [
        ("+593 2 256 7890", "work"),
        ("099 123 4567", "mobile"),
        ("+593 2 256 7891", "fax"),
    ]
    assert d.emails == ["jnunez@elcomercio.com", "j@example.org"]
    assert d.tags == ["prensa", "tv"]
    assert d.country in ("EC", "Ecuador")
    assert row.unmapped == []


@pytest.mark.parametrize("fmt", ["csv", "excel", "google", "outlook"])
def test_no_cell_starts_like_a_formula(fmt):
    import csv

    text = to_csv_text(fmt, [rec()])
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'+593 2 256 7890" in text and "'=Editor" in text
