"""The fast path of normalize_email gives exactly what email-validator gives.

``_fast_normalized`` may only answer for addresses email-validator accepts, and must then return
the same normalized string; for everything else it must step aside (None) so email-validator
decides and words the error. These tests hold it against email-validator itself on hand-written
tricky addresses and on generated ones, plain and nasty.
"""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from iomdesk.core.emails import _fast_normalized, normalize_email
from iomdesk.core.errors import InvalidValue
from iomdesk.core.text import clean


def reference(raw: str) -> tuple[str, str]:
    """normalize_email as it was before the fast path: ("ok", address) or ("error", message)."""
    text = clean(raw)
    if text.lower().startswith("mailto:"):
        text = text[7:].split("?", 1)[0]
    text = text.strip("<>").strip()
    if not text:
        return ("error", "an email address is empty")
    try:
        return ("ok", validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError as exc:
        return ("error", str(exc))


def ours(raw: str) -> tuple[str, str]:
    try:
        return ("ok", normalize_email(raw))
    except InvalidValue as exc:
        return ("error", exc.message)


def check(text: str) -> None:
    fast = _fast_normalized(text)
    try:
        expected = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    if fast is not None:
        assert fast == expected, text
    assert ours(text) == reference(text), text


TRICKY = [
    "a@b.co",
    "ADiop@IOM.INT",
    "Info@Example.ORG",  # RFC 2142 role names are lowercased
    "POSTMASTER@x.org",
    "news@herald.co.zw",
    "first.last@iom.int",
    "first..last@iom.int",
    ".first@iom.int",
    "first.@iom.int",
    "a@b",
    "a@b.",
    "a@.b.com",
    "a@b..com",
    "a@-b.com",
    "a@b-.com",
    "a@b.-com.org",
    "a@b.com-",
    "a@b.c-m",
    "a@b.c0m",
    "a@b.1com",
    "a@b.123",
    "a@127.0.0.1",
    "a@[127.0.0.1]",
    "a@[IPv6:::1]",
    "a@localhost",
    "a@mail.localhost",
    "a@printer.local",
    "a@x.LOCAL",
    "a@x.invalid",
    "a@x.test",
    "a@test",
    "a@x.example",
    "a@example.com",
    "a@example.org",
    "a@x.onion",
    "a@1.168.192.in-addr.arpa",
    "a@x.arpa",
    "a@ab--cd.com",
    "a@xn--p1ai.com",
    "a@xn--80ak6aa92e.com",
    "a@XN--P1AI.com",
    "a@xn--.com",
    "a@ab--.com",
    "a@a.b--c.com",
    "a@b--c.com",
    "a@bc--.com",
    "a@b.xn--p1ai",
    "a@" + "x" * 63 + ".com",
    "a@" + "x" * 64 + ".com",
    "a@" + ".".join(["abcdefghi"] * 25) + ".com",  # 253+ characters after the @
    "a@" + ".".join(["abcdefghi"] * 24) + ".co",
    "x" * 64 + "@iom.int",
    "x" * 65 + "@iom.int",  # long local parts are only refused in strict mode
    "x" * 240 + "@iom.int",
    "x" * 250 + "@iom.int",
    "a@b@c.com",
    "a@@b.com",
    "@b.com",
    "a@",
    '"a b"@iom.int',
    '"ab"@iom.int',
    "a b@iom.int",
    "Amina Diop <adiop@iom.int>",
    "<adiop@iom.int>",
    "mailto:adiop@iom.int?subject=hi",
    "MAILTO:ADIOP@IOM.INT",
    "josé@iom.int",
    "jose@iöm.int",
    "a@ıom.int",
    "a@\u212aom.org",  # Kelvin sign: lowercases to "k"
    "\u017f@iom.int",  # long s
    "a＠iom.int",
    "a﹫iom.int",
    "a@iom。int",
    "a@iom．int",
    "a@ＩＯＭ.int",
    "!#$%&'*+-/=?^_`{|}~@iom.int",
    "a.!#$%&'*+-/=?^_`{|}~@iom.int",
    "a(b)@iom.int",
    "a,b@iom.int",
    "a;b@iom.int",
    "a:b@iom.int",
    "a[b]@iom.int",
    "a\\b@iom.int",
    "a@iom_int.org",
    "a@iom.int.",
    "a@iom.i-nt",
    "a@iom.int\u200b",
    "a\u0301@iom.int",
    "a@b.c",
    "a@b.co.uk",
    "A@B.CO.UK",
    "a@0.com",
    "a@0-0.com",
    "a@a-.b",
    "a@-.com",
    "",
    "   ",
    "@",
    ".",
    "a",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_addresses_agree_with_email_validator(text):
    check(text)


_ATEXT = "abcXYZ019_!#$%&'*+-/=?^`{|}~"
_NASTY = _ATEXT + '.@-<>" ,;:()[]\\\t\u00e9\u0131\u017f\u212a\uff20\ufe6b\u3002\uff0e\u200b\u0301\u00a0'
_TLDS = [
    "com",
    "org",
    "int",
    "ZW",
    "co",
    "c",
    "local",
    "localhost",
    "test",
    "invalid",
    "onion",
    "arpa",
    "example",
    "xn--p1ai",
    "1com",
    "c0m",
    "com-",
    "a-b",
    "b--c",
    "123",
    "",
]


def label(alphabet: str, max_size: int = 12):
    return st.text(alphabet=alphabet, min_size=0, max_size=max_size)


@st.composite
def structured(draw):
    """Mostly plausible addresses (so the fast path answers often), with a dash of trouble."""
    noisy = draw(st.integers(0, 4)) == 0
    atom = label(_ATEXT + ("é\u212a" if noisy else ""), 10)
    local = ".".join(draw(st.lists(atom if noisy else atom.filter(bool), min_size=1, max_size=4)))
    host = label("abcXYZ09-" + ("_é." if noisy else ""), 12)
    special = st.sampled_from(["xn--p1ai", "ab--c", "a-", "-a", "x" * 63, "x" * 64, "9"])
    labels = draw(st.lists((host if noisy else host.filter(bool)) | special, min_size=0, max_size=4))
    tld = draw(st.sampled_from(_TLDS) | label("abcXYZ09-", 6))
    domain = ".".join([*labels, tld])
    case = draw(st.sampled_from(["as is", "upper", "lower"]))
    domain = {"upper": domain.upper(), "lower": domain.lower()}.get(case, domain)
    if draw(st.integers(0, 9)) == 0:
        local = draw(st.sampled_from(["info", "Sales", "NOC", "x" * 70, "x" * 245]))
    return f"{local}@{domain}"


@settings(max_examples=1500, deadline=None)
@given(structured())
def test_generated_plain_addresses_agree(text):
    check(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_NASTY, max_size=40))
def test_generated_nasty_strings_agree(text):
    check(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30))
def test_any_text_around_an_at_sign_agrees(local, domain):
    check(f"{local}@{domain}")


@pytest.mark.parametrize(
    "text",
    ["a@b.co", "ADiop@IOM.INT", "Info@Example.ORG", "first.last+tag@news12.example.org", "x@a-b.c-d.zw"],
)
def test_the_fast_path_answers_for_plain_addresses(text):
    assert _fast_normalized(text) == validate_email(text, check_deliverability=False).normalized
