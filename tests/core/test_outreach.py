from urllib.parse import parse_qsl, unquote, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from iomdesk.core.outreach import (
    MAILTO_LIMIT,
    address_lines,
    bcc_batches,
    contact_card,
    mailbox,
    mailto_for,
    one_line,
    tel_url,
)


def test_mailto_percent_encodes_name_and_address():
    assert mailto_for("Knowledge Mareyanadzo", "kmareyanadzo@iom.int") == (
        "mailto:Knowledge%20Mareyanadzo%20%3Ckmareyanadzo@iom.int%3E"
    )
    url = mailto_for("Ana Kovač", "akovac@iom.int")
    assert url == "mailto:Ana%20Kova%C4%8D%20%3Cakovac@iom.int%3E"
    assert unquote(url) == "mailto:Ana Kovač <akovac@iom.int>"


def test_names_with_special_characters_are_quoted():
    assert mailbox("Diop, Awa", "ADiop@iom.int") == '"Diop, Awa" <ADiop@iom.int>'
    assert mailbox('Sam "The Voice" Lee', "s@x.org") == '"Sam \\"The Voice\\" Lee" <s@x.org>'
    assert mailto_for("Diop, Awa", "a@x.org") == "mailto:%22Diop%2C%20Awa%22%20%3Ca@x.org%3E"
    assert "&" not in mailto_for("Tom & Jerry", "tj@x.org")


def test_address_lines_for_pasting():
    assert address_lines([("Ana Kovač", "akovac@iom.int"), ("Mamadou Sow", "msow@iom.int")]) == (
        "Ana Kovač <akovac@iom.int>\nMamadou Sow <msow@iom.int>"
    )


def test_bcc_fits_one_link_when_short():
    plan = bcc_batches(["a@iom.int", "b@iom.int", "A@IOM.INT"])
    assert plan.urls == ["mailto:?bcc=a@iom.int,b@iom.int"]
    assert not plan.split


def test_bcc_above_the_limit_is_split_and_loses_nobody():
    addresses = [f"person.number{i:04d}@example-media-outlet.org" for i in range(300)]
    plan = bcc_batches(addresses)
    assert plan.split
    assert all(len(url) <= MAILTO_LIMIT for url in plan.urls)
    assert [a for batch in plan.batches for a in batch] == addresses
    assert len(plan.urls) == len(plan.batches) >= 5


def test_contact_card_text():
    card = contact_card("Knowledge Mareyanadzo", "", "IOM Zimbabwe", "Zimbabwe",
                        [("+263 4335044", "work")], ["kmareyanadzo@iom.int"])
    assert card == "Knowledge Mareyanadzo\nIOM Zimbabwe, Zimbabwe\nWork: +263 4335044\nEmail: kmareyanadzo@iom.int"


# --- Injection: nothing in a name, an address or a subject can add a header or a parameter ---------


NASTY = st.lists(
    st.one_of(st.sampled_from(list("\r\n\t\x00\x0b\x85\u2028\u2029\u202e?&=%#,;:<>\"'\\ @+")),
              st.sampled_from(["%0A", "%0D%0A", "\r\nBcc: spy@evil.example", "&cc=spy@evil.example",
                               "?bcc=spy@evil.example", "%26cc%3Dspy", " ext. 12", "x9"]),
              st.characters()),
    max_size=12,
).map("".join)


def _decoded_fields(url: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(url)
    fields = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    keys = [k for k, _ in fields]
    assert len(keys) == len(set(keys)), url
    return unquote(parts.path), dict(fields)


@given(name=NASTY, local=st.from_regex(r"[a-z0-9.&'+_-]{1,12}", fullmatch=True), subject=NASTY, body=NASTY)
def test_mailto_cannot_be_given_extra_headers(name, local, subject, body):
    address = f"{local}@example.org"
    url = mailto_for(name, address, subject, body)
    # Only RFC 3986 characters travel; no raw control character, space or line break.
    assert all(33 <= ord(ch) < 127 for ch in url), url
    to, fields = _decoded_fields(url)
    assert set(fields) <= {"subject", "body"}
    assert to.endswith(f"<{address}>") or to == address
    assert "\r" not in to and "\n" not in to
    if "subject" in fields:
        assert fields["subject"] == one_line(subject)
        assert "\r" not in fields["subject"] and "\n" not in fields["subject"]


@given(st.lists(NASTY, min_size=1, max_size=5))
def test_bcc_link_has_only_bcc(addresses):
    for url in bcc_batches(addresses).urls:
        assert all(33 <= ord(ch) < 127 for ch in url)
        _to, fields = _decoded_fields(url)
        assert set(fields) == {"bcc"}
        assert "\r" not in fields["bcc"] and "\n" not in fields["bcc"]


def test_header_smuggling_attempts_stay_inside_their_field():
    url = mailto_for("Eve\r\nBcc: spy@evil.example", "eve@example.org", "Hi\r\nCc: spy@evil.example&bcc=x")
    to, fields = _decoded_fields(url)
    assert to == '"Eve Bcc: spy@evil.example" <eve@example.org>'
    assert fields == {"subject": "Hi Cc: spy@evil.example&bcc=x"}
    assert mailto_for("A", "a@example.org", body="one\ntwo") == "mailto:A%20%3Ca@example.org%3E?body=one%0D%0Atwo"


@given(NASTY)
def test_tel_links_hold_only_a_plus_digits_and_an_extension(text):
    url = tel_url(text)
    assert url.startswith("tel:")
    number, _, ext = url[4:].partition(";ext=")
    assert number.lstrip("+").isdigit() or number in ("", "+")
    assert number.count("+") <= 1 and "+" not in number[1:]
    assert ext == "" or (ext.isascii() and ext.isdigit())


def test_tel_links_keep_the_extension_apart_and_fold_other_digits():
    assert tel_url("+41 22 717 9111 ext. 12") == "tel:+41227179111;ext=12"
    assert tel_url("+41227179111", "12") == "tel:+41227179111;ext=12"
    assert tel_url("022 717 9111 x 12") == "tel:0227179111;ext=12"
    assert tel_url("+\u0669\u0667\u0661 4 331 4345") == "tel:+97143314345"  # Arabic-Indic digits
    assert tel_url("+41 22\r\n&x=1") == "tel:+41221"
