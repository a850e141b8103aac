"""Reading the CSV shapes people have: every fixture becomes the contacts a user expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from iomdesk.core.contact import PhoneInput
from iomdesk.core.errors import UserError
from iomdesk.interchange.csv_read import (
    EmptyFileError,
    EncodingError,
    NoRowsError,
    NotTextError,
    read_csv,
    read_csv_bytes,
)
from iomdesk.interchange.mapping import (
    EMAILS,
    EXTRA,
    IGNORE,
    LAST,
    NAME,
    OFFICE,
    MappingError,
    auto_mapping,
    check_mapping,
    neutralize,
    row_to_input,
    unneutralize,
)

FIX = Path(__file__).parent.parent / "fixtures" / "csv"


def inputs(path, **kw):
    table = read_csv(path, **kw)
    mapping = auto_mapping(table.headers)
    return table, [row_to_input(r.cells, mapping, table.width) for r in table.rows]


def phones(data):
    return [(p.raw, p.kind) if isinstance(p, PhoneInput) else (p, None) for p in data.phones]


def test_google_with_bom_multivalue_cells_and_multiline_notes():
    table, rows = inputs(FIX / "google_bom.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "First Name"  # the BOM is not part of the header
    amina = rows[0].data
    assert amina.name == "Amina Diop"
    assert amina.office == "IOM Zimbabwe" and amina.role == "Reporter"
    assert amina.emails == ["adiop@herald.co.zw", "amina.diop@gmail.com"]
    assert phones(amina) == [
        ("0772 123 456", "mobile"),
        ("0773 222 333", "mobile"),
        ("+263 4 335044", "work"),
    ]
    assert amina.tags == ["Press", "Radio"]  # "* myContacts" is Google's, not a tag
    assert amina.notes == 'Met at the Harare briefing,\r\nprefers WhatsApp "after 6pm"'
    assert rows[0].unmapped == [("Organization Department", "Newsroom")]
    jose = rows[1].data
    assert jose.name == "Dr. José María Núñez"
    assert phones(jose) == [("+593 2 256 7890", "fax")]  # "Work Fax" label
    assert jose.country == "Ecuador"


def test_google_legacy_name_wins_and_name_parts_fill_in():
    _, rows = inputs(FIX / "google_legacy.csv")
    assert rows[0].data.name == "Fatou Sow"
    assert rows[0].data.tags == ["Senegal media"]
    assert rows[0].data.office == "OIM Sénégal" and rows[0].data.role == "Journalist"
    assert rows[1].data.name == "Tendai Moyo"  # empty Name column: Given + Family


def test_outlook_columns_and_filler_values_are_not_noise():
    _, rows = inputs(FIX / "outlook.csv")
    ngozi = rows[0]
    assert ngozi.data.name == "Ms. Ngozi Okafor"
    assert ngozi.data.office == "IOM Nigeria" and ngozi.data.role == "Correspondent"
    assert phones(ngozi.data) == [("+234 803 555 0101", "work"), ("0803 123 4567", "mobile")]
    assert ngozi.data.emails == ["ngozi.okafor@channels.ng"]
    assert ngozi.data.tags == ["Press", "TV"]
    headers = [h for h, _ in ngozi.unmapped]
    assert "Business City" in headers and "Department" in headers
    # "Normal", "False", "0/0/00", "SMTP" and the display name are exporter filler
    assert not {"Priority", "Private", "Sensitivity", "Birthday", "E-mail Type"} & set(headers)


def test_thunderbird_trailing_commas_and_blank_lines():
    table, rows = inputs(FIX / "thunderbird.csv")
    assert table.headers[-1] == "Notes"  # the trailing empty header column is dropped
    assert [r.row for r in table.rows] == [2, 4]  # the blank line is row 3, as in a spreadsheet
    assert all(not r.problems for r in rows)
    assert rows[0].data.name == "Søren Ødegård"
    assert rows[0].data.emails == ["soren@nrk.no", "s.odegard@example.org"]
    assert rows[1].data.name == "Zoë Martin"  # no display name: first + last
    assert phones(rows[1].data) == [("06 12 34 56 78", "mobile")]


def test_french_excel_semicolon_cp1252():
    table, rows = inputs(FIX / "french_excel_cp1252.csv")
    assert table.delimiter == ";"
    assert table.encoding == "cp1252"
    d = rows[0].data
    assert d.name == "Aïssata Traoré"  # Nom is the family name next to Prénom
    assert d.office == "OIM Niger" and d.role == "Rédactrice en chef"
    assert d.country == "Niger"
    assert d.notes == "Très réactive, préfère les appels"
    assert phones(d) == [("+227 20 72 52 33", None), ("96 12 34 56", "mobile")]
    assert d.emails == ["aissata.traore@sahel.ne"]


def test_spanish_headers():
    _, rows = inputs(FIX / "spanish.csv")
    d = rows[0].data
    assert d.name == "María García"
    assert (d.office, d.role, d.country) == ("OIM Ecuador", "Periodista", "Ecuador")
    assert d.emails == ["mgarcia@elcomercio.com"] and d.tags == ["prensa", "radio"]
    assert phones(d) == [("02 256 7890", None), ("099 123 4567", "mobile")]


def test_utf16_tab_separated_excel_unicode_text():
    table, rows = inputs(FIX / "utf16_tab.csv")
    assert table.delimiter == "\t" and table.encoding.startswith("utf-16")
    assert rows[0].data.notes == "يغطي قضايا اللاجئين"
    assert rows[1].data.name == "王小明"


def test_explicit_encoding_and_delimiter_override_detection():
    data = "Nom;Prénom\nCôté;Zoé\n".encode("cp1252")
    table = read_csv_bytes(data, encoding="latin-1", delimiter=";")
    assert table.encoding == "iso8859-1" and table.rows[0].cells == ["Côté", "Zoé"]
    table = read_csv_bytes(b"a,b;c\n1,2;3\n", delimiter=";")
    assert table.headers == ["a,b", "c"]
    with pytest.raises(EncodingError):
        read_csv_bytes("Name\nZoé\n".encode("cp1252"), encoding="utf-8")
    with pytest.raises(EncodingError):
        read_csv_bytes(b"Name\nx\n", encoding="no-such-encoding")


def test_utf8_without_bom_and_crlf_and_embedded_newlines():
    data = b'Name,Notes\r\n"Anna, K.","line 1\r\nline 2"\r\nBob,x\r\n'
    table = read_csv_bytes(data)
    assert table.encoding == "utf-8"
    assert [r.row for r in table.rows] == [2, 3]  # the multi-line record is one spreadsheet row
    assert table.rows[0].cells == ["Anna, K.", "line 1\r\nline 2"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_delimiter_is_detected(delimiter):
    text = delimiter.join(["Name", "Office", "Email"]) + "\n"
    text += delimiter.join(["Amina Diop", "IOM Zimbabwe", "a@b.org"]) + "\n"
    assert read_csv_bytes(text.encode()).delimiter == delimiter


def test_header_mapping_is_case_and_accent_insensitive():
    m = auto_mapping(["NOM", "prenom", "E-MAIL", "Telefono", "OFICINA", "something else", ""])
    fields = [c.field for c in m]
    assert fields[:5] == [LAST, "first_name", EMAILS, "phones", OFFICE]
    assert fields[5] == EXTRA and fields[6] == EXTRA


def test_nom_alone_is_the_full_name():
    assert auto_mapping(["Nom", "Courriel"])[0].field == NAME


def test_mapping_is_editable_and_checked():
    table = read_csv_bytes(b"Who,Where,Mail\nAmina Diop,IOM Zimbabwe,a@b.org\n")
    mapping = auto_mapping(table.headers)
    with pytest.raises(MappingError):
        check_mapping(mapping)  # no column is the name
    mapping[0].field = NAME
    mapping[1].field = OFFICE
    check_mapping(mapping)
    row = row_to_input(table.rows[0].cells, mapping)
    assert (row.data.name, row.data.office, row.data.emails) == ("Amina Diop", "IOM Zimbabwe", ["a@b.org"])
    mapping[2].field = IGNORE
    assert row_to_input(table.rows[0].cells, mapping).unmapped == []
    mapping[2].field = "nonsense"
    with pytest.raises(MappingError):
        check_mapping(mapping)


# -- hostile input -------------------------------------------------------------------------------------


def test_empty_and_whitespace_files(tmp_path):
    for content in (b"", b"\r\n\r\n  \n", b"\xef\xbb\xbf"):
        (tmp_path / "e.csv").write_bytes(content)
        with pytest.raises(EmptyFileError) as exc:
            read_csv(tmp_path / "e.csv")
        assert "empty" in str(exc.value) and isinstance(exc.value, UserError)


def test_header_only_file(tmp_path):
    (tmp_path / "h.csv").write_bytes(b"Name,Email\r\n")
    with pytest.raises(NoRowsError, match="no contacts"):
        read_csv(tmp_path / "h.csv")


def test_binary_file_renamed_csv(tmp_path):
    import random
    import zlib

    blob = zlib.compress(random.Random(1).randbytes(20000)) + bytes(range(256)) * 20
    (tmp_path / "photo.csv").write_bytes(b"PK\x03\x04" + blob)
    with pytest.raises(NotTextError, match="not a text file|not look like a CSV"):
        read_csv(tmp_path / "photo.csv")


def test_nul_byte_is_dropped_not_fatal():
    table = read_csv_bytes(b"Name,Email\nAmi\x00na Diop,a@b.org\n")
    assert table.rows[0].cells[0] == "Amina Diop"
    assert any("NUL" in w for w in table.warnings)


def test_ten_megabyte_field_rejects_its_row_only(tmp_path):
    big = "x" * (10 * 1024 * 1024)
    path = tmp_path / "big.csv"
    path.write_text(f'Name,Notes\nAmina Diop,ok\nBob Big,"{big}"\nCarl Small,fine\n', encoding="utf-8")
    table = read_csv(path)
    mapping = auto_mapping(table.headers)
    rows = [row_to_input(r.cells, mapping, table.width) for r in table.rows]
    assert not rows[0].problems and not rows[2].problems
    assert "10,485,760 characters" in rows[1].problems[0]


def test_unclosed_quote_swallowing_the_file_is_reported_on_its_row(tmp_path):
    path = tmp_path / "q.csv"
    body = "".join(f"Person {i},note {i}\n" for i in range(30000))
    path.write_text('Name,Notes\nAmina Diop,"oops\n' + body, encoding="utf-8")
    table = read_csv(path)
    mapping = auto_mapping(table.headers)
    problems = row_to_input(table.rows[0].cells, mapping, table.width).problems
    assert "closing quote" in problems[0]


def test_ragged_rows():
    table = read_csv_bytes(b"Name,Office,Email\nShort Row\nLong Row,IOM Kenya,a@b.org,extra,cells\n")
    mapping = auto_mapping(table.headers)
    short, long_ = (row_to_input(r.cells, mapping, table.width) for r in table.rows)
    assert short.problems == [] and short.data.name == "Short Row"
    assert "5 cells but the header has 3" in long_.problems[0]


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        read_csv(tmp_path / "nope.csv")


# -- formula neutralization -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["+2634335044", '=HYPERLINK("x")', "-5", "@SUM(A1)", "\tx", "\rx", "'=x", "''+1", "'t Hooft", "ok"],
)
def test_neutralize_is_reversed_exactly(value):
    safe = neutralize(value)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unneutralize(safe) == value
