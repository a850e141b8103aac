"""Property tests of the vCard and press-release reading paths: random bytes, near-valid vCards
(random property names, parameters, folds, encodings, base64 blobs, line ends) and random text and
HTML around a contact block. Only documented errors (UserError subclasses) escape, reading is
deterministic, and a text split into pieces reads as the whole. The long runs are the atheris
scripts fuzz/fuzz_vcard.py and fuzz/fuzz_press.py."""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from iomdesk.core.errors import UserError
from iomdesk.interchange import vcard
from iomdesk.interchange.press import extract_release, read_release_bytes
from iomdesk.services.importer import source_from_bytes

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_cards(data: bytes, encoding: str | None = None):
    """What an import reads from a .vcf file: cards, or the UserError that refuses the file."""
    try:
        source = source_from_bytes(data, name="fuzz.vcf", format="vcard", encoding=encoding)
    except UserError as exc:
        return type(exc).__name__
    out = []
    for c in source.cards:
        assert c.data is not None or c.problems, "a card without data and without a problem"
        d = c.data
        out.append((c.row, c.line, tuple(c.problems), tuple(c.dropped),
                    None if d is None else (d.name, d.notes, tuple(d.emails), tuple(p.raw for p in d.phones))))
    rows = [r[0] for r in out]
    assert rows == list(range(1, len(rows) + 1))
    lines = [r[1] for r in out]
    assert lines == sorted(lines)
    return out


def read_release(data: bytes, name: str):
    try:
        r = read_release_bytes(data, name=name, source=name)
    except UserError as exc:
        return type(exc).__name__
    assert r.title and "\n" not in r.title
    return (r.title, r.date, r.dateline, r.body, tuple((c.name, c.role, c.office, tuple(c.emails)) for c in r.contacts))


# -- vCard -----------------------------------------------------------------------------------------

PROP_NAMES = st.sampled_from(
    ["FN", "N", "ORG", "TITLE", "TEL", "EMAIL", "NOTE", "ADR", "CATEGORIES", "URL", "BDAY", "NICKNAME",
     "PHOTO", "LOGO", "SOUND", "KEY", "item1.PHOTO", "X-CUSTOM", "VERSION", "AGENT", "BEGIN", "END", "fn", "tel"]
)
PARAMS = st.lists(
    st.sampled_from(
        [";TYPE=cell", ";TYPE=work,voice", ";TYPE=\"x,y\"", ";ENCODING=b", ";ENCODING=BASE64",
         ";ENCODING=QUOTED-PRINTABLE", ";CHARSET=UTF-8", ";CHARSET=bogus", ";VALUE=uri", ";PREF=1", ";X-A=1", ";",
         ";TYPE=", ";=x", ";BASE64"]
    ),
    max_size=3,
).map("".join)
VALUES = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="abcdeé;,:\\=\r\n\t \"", max_size=40),
    st.binary(min_size=0, max_size=300).map(lambda b: base64.b64encode(b).decode()),
    st.sampled_from(["+41 22 717 9111", "jdoe@iom.int", "Doe;Jane;;;", "IOM;Media", "=C3=A9=\r\n", "\\n"]),
)


@st.composite
def near_valid_vcards(draw) -> tuple[str, str]:
    eol = draw(st.sampled_from(["\r\n", "\n", "\r", "mixed"]))
    cards = []
    for _ in range(draw(st.integers(1, 4))):
        lines = ["BEGIN:VCARD", "VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0", "9"]))]
        for _ in range(draw(st.integers(0, 8))):
            line = f"{draw(PROP_NAMES)}{draw(PARAMS)}:{draw(VALUES)}"
            width = draw(st.sampled_from([0, 75, 10, 3]))
            if width and len(line) > width:  # folded
                line = "\n".join([line[:width]] + [draw(st.sampled_from([" ", "\t"])) + line[i : i + width]
                                                  for i in range(width, len(line), width)])
            lines.append(line)
        if draw(st.booleans()) or len(cards) == 0:
            lines.append("END:VCARD")
        cards.append("\n".join(lines))
    text = "\n".join(cards) + "\n"
    if eol == "mixed":
        parts = text.split("\n")
        text = "".join(p + draw(st.sampled_from(["\r\n", "\n", "\r"])) for p in parts)
    else:
        text = text.replace("\n", eol)
    return text, draw(st.sampled_from(["utf-8", "utf-16", "cp1252"]))


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "latin-1", "utf-16"]))
@example(b"BEGIN:VCARD\r\nPHOTO:x\r\n \r\n", None)
@example(b"BEGIN:VCARD\r\n\xff\xfe\x00\x00END:VCARD", None)
@example(b"\x00" * 100, None)
def test_random_bytes_give_cards_or_a_user_error(data, encoding):
    assert read_cards(data, encoding) == read_cards(data, encoding)


@FUZZ
@given(near_valid_vcards(), st.integers(1, 50))
def test_near_valid_vcards_read_the_same_whole_or_in_pieces(vc, size):
    text, encoding = vc
    data = text.encode(encoding, "replace")
    first = read_cards(data)
    assert first == read_cards(data)  # deterministic
    whole = [(c.line, c.text, c.dropped, c.size) for c in vcard.iter_cards(text)]
    pieces = [(c.line, c.text, c.dropped, c.size)
              for c in vcard.iter_cards(text[i : i + size] for i in range(0, len(text), size))]
    assert pieces == whole
    for _line, card_text, _dropped, _size in whole:
        for line in card_text.split("\r\n"):
            assert not vcard._BINARY_PROPERTY.match(line), "a binary property reached vobject"


# -- press releases --------------------------------------------------------------------------------

BLOCK_TEXT = (
    "For more information, please contact Jane Doe, IOM Geneva, Tel: +41 22 717 9111, Email: jdoe@iom.int"
)
TAGS = st.sampled_from(
    ["<div>", "</div>", "<p>", "</p>", "<br>", "<td>", "<tr>", "<table>", "<a href='mailto:a@b.org'>", "</a>",
     "<header>", "</footer>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<?x", "<", ">", "&#",
     "&amp;", "<h1>", "</h1>", "<article>", "<title>", "</title>", "<span class='share'>", "\x00", "\r", "\n"]
)


@st.composite
def html_around_block(draw) -> str:
    noise = st.lists(st.one_of(TAGS, st.text(max_size=12)), max_size=30).map("".join)
    depth = draw(st.sampled_from([0, 1, 5, 300]))
    tag = draw(st.sampled_from(["div", "span", "td", "a", "section"]))
    return (
        draw(noise) + f"<{tag}>" * depth + "<h1>IOM Opens Office</h1>" + draw(noise)
        + f"<p>Geneva – IOM opened an office today.</p><p>{BLOCK_TEXT}</p>" + draw(noise)
    )


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["f.html", "f.txt", "f"]))
@example(b"<![foo]>", "f.html")
@example(b"\xff\xfe\x00\xd8", "f.txt")
def test_random_bytes_give_a_release_or_a_user_error(data, name):
    assert read_release(data, name) == read_release(data, name)


@FUZZ
@given(html_around_block(), st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_random_html_around_a_contact_block_gives_a_release_or_a_user_error(html, encoding):
    data = html.encode(encoding, "replace")
    assert read_release(data, "f.html") == read_release(data, "f.html")


@FUZZ
@given(st.text(max_size=400), st.text(max_size=400), st.sampled_from(["\n", "\r\n", "\r"]))
def test_random_text_around_a_contact_block(before, after, eol):
    text = f"IOM Opens Office\n\nGeneva – IOM opened an office today.\n{before}\n{BLOCK_TEXT}\n{after}".replace(
        "\n", eol
    )
    try:
        first = extract_release(text)
    except UserError:
        return
    again = extract_release(text)
    assert [(c.name, c.emails) for c in first.contacts] == [(c.name, c.emails) for c in again.contacts]
