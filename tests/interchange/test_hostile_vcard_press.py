"""Hostile vCard and press-release files: each gives a result or a documented UserError, fast, in
bounded memory, and nothing is written when an import fails. Small versions here; the big ones
(200 MB photos, a 100,000-deep page) come from fuzz/make_hostile_vcard_press.py."""

from __future__ import annotations

import base64
import gzip
import io
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from iomdesk.app import main
from iomdesk.core.errors import UserError
from iomdesk.interchange import html_text, press, vcard
from iomdesk.interchange.csv_read import EmptyFileError, FileReadError, NotTextError
from iomdesk.interchange.press import UnreadableRelease, extract_release, read_release, read_release_bytes
from iomdesk.services.importer import ImportService, read_source, source_from_bytes
from iomdesk.services.importing import write as write_mod
from iomdesk.store.models import Contact
from tests.snapshot import dump

# -- helpers ---------------------------------------------------------------------------------------


def card(*lines: str, eol: str = "\r\n") -> str:
    return eol.join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + eol


def folded(prop: str, value: str, width: int = 75) -> str:
    s = f"{prop}:{value}"
    return "\r\n".join([s[:width]] + [" " + s[i : i + width - 1] for i in range(width, len(s), width - 1)])


def photo(n_bytes: int) -> str:
    return base64.b64encode(os.urandom(n_bytes)).decode()



def names(cards) -> list[str | None]:
    return [c.data.name if c.data is not None else None for c in cards]


BLOCK = (
    "<h1>IOM Opens Office In Geneva</h1><p>Geneva – IOM opened a new office today, the organization "
    "said in a statement.</p><p>For more information, please contact Jane Doe, IOM Geneva, "
    "Tel: +41 22 717 9111, Email: jdoe@iom.int</p>"
)
TEXT = (
    "IOM Opens Office In Geneva\n\nGeneva – IOM opened a new office today, the organization said.\n\n"
    "For more information, please contact Jane Doe, IOM Geneva, Tel: +41 22 717 9111, "
    "Email: jdoe@iom.int\n"
)


def jane(release) -> None:
    assert [c.name for c in release.contacts] == ["Jane Doe"]
    assert release.contacts[0].emails == ["jdoe@iom.int"]


# -- vCard: photos and other binary properties -----------------------------------------------------


def test_photo_is_left_out_and_the_card_imported_with_a_warning(tmp_path):
    path = tmp_path / "photo.vcf"
    big = folded("PHOTO;ENCODING=b;TYPE=JPEG", photo(600_000))  # 800 KB of base64, over the card limit
    path.write_text(card("FN:Amina Diop", big, "EMAIL:adiop@example.org") + card("FN:Ivan Petrov"))
    source = read_source(path)
    assert names(source.cards) == ["Amina Diop", "Ivan Petrov"]
    assert source.cards[0].data.emails == ["adiop@example.org"]
    assert source.cards[0].dropped == ["PHOTO"] and source.cards[1].dropped == []
    assert source.cards[0].problems == []
    assert any("photo" in w and "not imported" in w for w in source.warnings)


def test_logo_sound_key_grouped_and_vcard21_unfolded_base64_are_left_out():
    text = (
        card("FN:A One", "item1.LOGO;VALUE=uri:http://example.org/logo.png", "SOUND;ENCODING=b:AAAA",
             "KEY;TYPE=PGP:xyz", "TEL;TYPE=cell:+41 79 000 00 00")
        # vCard 2.1 (Outlook): base64 lines of their own, not folded, a blank line after
        + "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Two;B\r\nFN:B Two\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n"
        + "/9j/4AAQSkZJRgABAQEASABIAAD\r\nAAAAAAAAAAAAAAAAAAAA==\r\n\r\nEMAIL;INTERNET:b@example.org\r\n"
        + "END:VCARD\r\n"
    )
    cards = vcard.read_vcards(text)
    assert names(cards) == ["A One", "B Two"]
    assert cards[0].dropped == ["LOGO", "SOUND", "KEY"]
    assert [p.raw for p in cards[0].data.phones] == ["+41 79 000 00 00"]
    assert cards[1].dropped == ["PHOTO"] and cards[1].data.emails == ["b@example.org"]


def test_a_card_too_large_without_its_photo_is_a_problem_of_that_card_only():
    huge_note = folded("NOTE", "x" * (vcard.MAX_CARD_CHARS + 10))
    cards = vcard.read_vcards(card("FN:Good One") + card("FN:Huge", huge_note) + card("FN:Good Two"))
    assert names(cards) == ["Good One", None, "Good Two"]
    assert "too large" in cards[1].problems[0] and "Huge" not in cards[1].problems[0]
    assert [c.line for c in cards] == [1, 5, 5 + 3 + huge_note.count("\r\n") + 2]


def test_one_enormous_unfolded_line_is_cut_while_read_in_pieces():
    line = "NOTE:" + "y" * (3 * vcard.MAX_CARD_CHARS)
    text = card("FN:Long", line) + card("FN:After")
    pieces = [text[i : i + 4096] for i in range(0, len(text), 4096)]
    for source in (text, pieces):
        cards = vcard.read_vcards(source)
        assert names(cards) == [None, "After"]
        assert "too large" in cards[0].problems[0]


# -- vCard: 100,000-character fields -----------------------------------------------------------------


def test_100k_character_fields_are_rejected_with_reason_or_stored_whole(ctx, tmp_path):
    long = "é" * 100_000
    path = tmp_path / "long.vcf"
    path.write_text(
        card(folded("FN", "N" * 100_000))
        + card("FN:Long Note", folded("NOTE", long))
        + card("FN:Long Tel", folded("TEL", "1" * 100_000))
        + card("FN:Fine Person", "EMAIL:fine@example.org"),
        encoding="utf-8",
    )
    result = ImportService(ctx.db.session_factory).import_file(path)
    assert sorted(r.row for r in result.rejected) == [1, 3]
    assert all(r.reasons for r in result.rejected)
    assert result.added == 2
    with ctx.db.session_factory() as s:
        stored = {c.name: c.notes for c in s.scalars(select(Contact))}
    assert stored["Long Note"] == long  # never truncated silently
    assert "Fine Person" in stored


# -- vCard: encodings, line endings, not-a-vCard files -------------------------------------------------


def test_invalid_utf8_rejects_only_its_card():
    good = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Núñez\r\nNOTE:" + "ñandú " * 50 + "\r\nEND:VCARD\r\n")
    data = good.encode() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad \xff\xfe Byte\r\nEND:VCARD\r\n" + good.encode()
    source = source_from_bytes(data, name="bad.vcf")
    assert names(source.cards) == ["José Núñez", None, "José Núñez"]
    assert "not utf-8" in source.cards[1].problems[0]


def test_mixed_line_endings_and_folds_across_them():
    text = (
        card("FN:Cr Only", "NOTE:first", " second", eol="\r")
        + card("FN:Lf Only", "EMAIL:lf@example.org", eol="\n")
        + "BEGIN:VCARD\r\nVERSION:3.0\nFN:Mixed\rNOTE:a\r\n b\n c\rEND:VCARD\r\n"
    )
    cards = vcard.read_vcards(text)
    assert names(cards) == ["Cr Only", "Lf Only", "Mixed"]
    assert cards[0].data.notes == "firstsecond" and cards[2].data.notes == "abc"
    assert [c.line for c in cards] == [1, 7, 12]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_cards_are_the_same_whatever_the_pieces(size):
    text = (FIXTURES_VCARD / "contacts_v3.vcf").read_text(encoding="utf-8")
    text += card("FN:P", folded("PHOTO;ENCODING=b", photo(3000)), "TEL:+1 555 0100", eol="\n")
    whole = [(c.line, c.text, c.dropped) for c in vcard.iter_cards(text)]
    pieces = [(c.line, c.text, c.dropped) for c in vcard.iter_cards(text[i : i + size] for i in range(0, len(text), size))]
    assert pieces == whole and whole[-1][2] == ["PHOTO"]


FIXTURES_VCARD = Path(__file__).parent.parent / "fixtures" / "vcard"


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data)


def _zip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("contacts.vcf", data)
    return buf.getvalue()


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", EmptyFileError),
        (b"\x00" * 5000, EmptyFileError),
        (b"\r\n \t\r\n", EmptyFileError),
        (_gzip(card("FN:A").encode() * 100), NotTextError),
        (_zip(card("FN:A").encode() * 100), NotTextError),
        (b"\x89PNG\r\n\x1a\n" + os.urandom(2000), NotTextError),
        (bytes(range(256)) * 40, FileReadError),
        (b"just some text, no card here\n" * 10, FileReadError),
    ],
    ids=["empty", "nuls", "blank", "gzip", "zip", "png", "binary", "no-card"],
)
def test_files_that_are_not_vcards_are_refused_with_a_file_error(tmp_path, content, error):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(content)
    with pytest.raises(error):
        read_source(path)


def test_cli_refuses_a_gzip_renamed_vcf_with_exit_2_and_stores_nothing(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(_gzip(card("FN:Amina Diop").encode() * 50))
    before = dump(ctx)
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    assert "gzip" in capsys.readouterr().err
    assert dump(ctx) == before


# -- vCard: nothing written on failure -------------------------------------------------------------------


def hostile_file(tmp_path) -> Path:
    path = tmp_path / "mixed.vcf"
    path.write_text(
        "".join(card(f"FN:Person Number{chr(65 + i % 26)}{chr(65 + i // 26)}", f"EMAIL:p{i}@example.org")
                for i in range(30))
        + card("FN:Hostile", folded("NOTE", "z" * (vcard.MAX_CARD_CHARS + 1)))
        + card("FN:With Photo", folded("PHOTO;ENCODING=b", photo(50_000)), "EMAIL:photo@example.org")
    )
    return path


def test_vcard_import_failing_midway_leaves_the_database_as_it_was(ctx, tmp_path, monkeypatch):
    from iomdesk.core.contact import ContactInput

    ctx.contacts.add(ContactInput(name="Existing", office="IOM Kenya"))
    before = dump(ctx)
    calls = {"n": 0}
    real = write_mod.search_columns

    def failing(*args):
        calls["n"] += 1
        if calls["n"] == 20:  # some contacts were inserted already
            raise RuntimeError("disk full")
        return real(*args)

    monkeypatch.setattr(write_mod, "search_columns", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        ImportService(ctx.db.session_factory).import_file(hostile_file(tmp_path))
    assert calls["n"] == 20
    assert dump(ctx) == before


def test_vcard_with_a_hostile_card_strict_stores_nothing_else_the_good_cards(ctx, tmp_path):
    before = dump(ctx)
    path = hostile_file(tmp_path)
    strict = ImportService(ctx.db.session_factory).import_file(path, strict=True)
    assert strict.strict_failed and [r.row for r in strict.rejected] == [31]
    assert dump(ctx) == before
    result = ImportService(ctx.db.session_factory).import_file(path)
    assert result.added == 31 and [r.row for r in result.rejected] == [31]
    assert "too large" in result.rejected[0].reasons[0]


# -- press releases: deep and hostile HTML ---------------------------------------------------------------


@pytest.mark.parametrize("depth", [1_200, 5_000])
def test_deeply_nested_page_is_read_and_its_contact_found(depth):
    # deeper than Python's recursion limit (1,000) and than html_text.MAX_DEPTH
    for html in ("<div>" * depth + BLOCK + "</div>" * depth, "<div>" * depth + BLOCK, "<span>" * depth + BLOCK):
        release = extract_release(html, is_html=True)
        assert release.title == "IOM Opens Office In Geneva"
        assert release.dateline == "Geneva"
        jane(release)


def test_block_tags_beyond_the_depth_limit_still_break_lines():
    deep = "<div>" * (html_text.MAX_DEPTH + 5)
    page = html_text.html_to_page(deep + "<p>First line</p><p>Second line</p><script>hidden()</script>")
    assert "First line\n" in page.text and "Second line" in page.text and "hidden" not in page.text


def test_nested_tables_links_headers_are_read():
    n = 3_000
    for html in (
        "<table><tr><td>" * n + BLOCK,
        "<a href='https://example.org'>" * n + BLOCK,
        "<section><header>" * n + BLOCK,
        BLOCK + "<a href='mailto:x@example.org'>" * n + "write",
    ):
        release = extract_release(html, is_html=True)
        assert release.contacts is not None  # a result, not an exception


@pytest.mark.parametrize(
    "tail",
    [
        "<a " * 5_000,  # tags never closed
        "<!--x>" * 5_000,  # comments never closed
        "<![CDATA[x>" * 5_000,  # marked sections
        "<![foo]>",  # a marked section html.parser refuses (ParserRejectedMarkup)
        "<?x" * 5_000,
        "</a " * 5_000,
        "<br>" * 3_000 + "</p>" * 3_000,
        "&#" * 5_000,
        "\x00" * 5_000,
        "<title>" + "\x1c" * 20_000 + "</title>",
    ],
    ids=["open-tags", "comments", "cdata", "marked", "pi", "end-tags", "br-endtags", "charrefs", "nuls", "ws"],
)
def test_constructs_that_made_html_parser_slow_or_fail_give_a_result(tail):
    release = extract_release(BLOCK + tail, is_html=True)
    assert release.title == "IOM Opens Office In Geneva"
    jane(release)


def test_defuse_keeps_well_formed_markup():
    html = "<p>a &lt; b</p><!-- note --><p>c > d</p>"
    assert html_text._defuse(html) == html
    assert html_text._defuse("<p>x</p><a <b") == "<p>x</p>&lt;a &lt;b"
    assert html_text._defuse("<!-- ok --><p>x</p><!--open") == "<!-- ok --><p>x</p>&lt;!--open"


# -- press releases: long lines, encodings, line endings, not-a-release files ------------------------


def test_100k_character_name_line_and_whitespace_runs_give_a_result():
    name_line = TEXT.replace("Jane Doe", "Jane " + "D" * 100_000)
    release = extract_release(name_line)
    assert release.title == "IOM Opens Office In Geneva" and release.contacts == []  # not a name
    spaced = TEXT + " " * 200_000 + "\n" + "\u2028" * 50_000
    jane(extract_release(spaced))
    html = "<h1>" + "T" * 100_000 + "</h1>" + BLOCK.replace("Jane Doe", "Jane " + "D" * 100_000)
    assert extract_release(html, is_html=True).title.startswith("TTT")


def test_invalid_utf8_and_mixed_line_endings_in_releases(tmp_path):
    raw = TEXT.encode().replace(b"opened", b"opened \xff\xfe\xc3").replace(b"\n\n", b"\r\n\r")
    path = tmp_path / "release.txt"
    path.write_bytes(raw)
    release = read_release(path)
    assert release.title == "IOM Opens Office In Geneva"
    jane(release)
    page = tmp_path / "release.html"
    page.write_bytes(BLOCK.encode().replace(b"opened", b"opened \xff") + b"\r<p>x</p>\r\n")
    jane(read_release(page))


@pytest.mark.parametrize(
    "content, why",
    [
        (b"", "headline"),
        (b"\x00" * 5000, "binary"),
        (gzip.compress(TEXT.encode() * 20), "binary"),
        (_zip(TEXT.encode()), "binary"),
        (bytes(range(256)) * 40, "binary"),
        (b"\xff\xfe" + b"\x00\xd8" * 100, "binary"),  # UTF-16 of lone surrogates only
    ],
    ids=["empty", "nuls", "gzip", "zip", "binary", "bad-utf16"],
)
@pytest.mark.parametrize("name", ["release.html", "release.txt"])
def test_files_that_are_not_releases_are_refused_with_unreadable_release(tmp_path, content, why, name):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableRelease, match=why) as info:
        read_release(path)
    assert info.value.value == str(path)


def test_release_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(press.release, "MAX_RELEASE_BYTES", 10_000)  # read where it is used
    path = tmp_path / "big.html"
    path.write_text(BLOCK + "<p>x</p>" * 2_000)
    with pytest.raises(UnreadableRelease, match="press release is at most"):
        read_release(path)
    with pytest.raises(UnreadableRelease, match="press release is at most"):
        read_release_bytes(path.read_bytes(), name="big.html")


def test_cli_import_article_deep_page_finishes_and_binary_file_exits_2(db_path, tmp_path, capsys):
    deep = tmp_path / "nested.html"
    deep.write_text("<html><body>" + "<div>" * 20_000 + BLOCK + "</div>" * 20_000 + "</body></html>")
    assert main(["--db", str(db_path), "import-article", str(deep), "--dry-run"]) == 0
    assert "Jane Doe" in capsys.readouterr().out
    binary = tmp_path / "archive.html"
    binary.write_bytes(gzip.compress(BLOCK.encode() * 10))
    assert main(["--db", str(db_path), "import-article", str(binary)]) == 2
    err = capsys.readouterr().err
    assert "archive.html: is a binary file" in err and "skipped" in err


def test_only_user_errors_escape_on_hostile_release_bytes():
    for data in (b"<html>" + b"<![" * 100, b"\xfe\xff\x00", b"<" * 10_000, b"<!DOCTYPE", b"&#x110000;"):
        try:
            read_release_bytes(data, name="x.html")
        except UserError:
            pass


def test_an_h1_left_open_gives_a_one_line_title():
    # found by fuzz/fuzz_press.py: an <h1> never closed ran on over the page, newlines and all
    html = "<title>Site</title><h1>IOM Opens Office\n<p>Geneva – IOM opened an office.</p>\r<p>More\ntext</p>"
    title = extract_release(html, is_html=True).title
    assert title.startswith("IOM Opens Office") and "\n" not in title
    assert "\n" not in extract_release("<h1><h1>A B</h1>\r<p>Geneva – C.</p>", is_html=True).title


@pytest.mark.parametrize("where", ["<p>{}</p>", '<p><a href="{}">x</a></p>', "<textarea>{}</textarea>"])
def test_numeric_character_references_of_thousands_of_digits_are_read(where):
    # int() refuses more than 4,300 digits: html.parser let a ValueError (a traceback) out
    for ref in ("&#" + "9" * 5_000 + ";", "&#" + "0" * 5_000 + "65;", "&#x" + "0" * 5_000 + "41;"):
        release = extract_release(BLOCK + where.format(ref), is_html=True)
        assert release.title == "IOM Opens Office In Geneva"
        jane(release)
    assert html_text._defuse("&#0065; &#x0041; &#65; &# &#x") == "&#65; &#x41; &#65; &# &#x"
    assert html_text._defuse("&#123456789;") == "&#xFFFD;"
