"""clean() and fold() with their fast paths give exactly what the plain definitions give.

The import calls them a few dozen times per row, so they skip work that cannot change the result
(ASCII text has no decomposition, no marks and no letters in the fold table) and drop combining
marks with one str.translate; these tests hold them against the definitions written out plainly.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomdesk.core.text import _FOLD_EXTRA, clean, digits, fold

_WS = re.compile(r"\s+")


def clean_reference(text):
    if not text:
        return ""
    text = text.replace("\x00", "")
    return unicodedata.normalize("NFC", _WS.sub(" ", text).strip())


def digits_reference(text):
    return "".join(ch for ch in (text or "") if ch.isdigit() and ch.isascii())


def fold_reference(text):
    if not text:
        return ""
    text = text.translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WS.sub(" ", stripped.casefold().translate(_FOLD_EXTRA)).strip()


TRICKY = [
    None, "", " ", "\x00", "a\x00b", "  José   Núñez ", "JOSÉ\u00a0NÚÑEZ", "e\u0301", "Ærø Łódź ß ẞ",
    "\u1e9e", "ﬃ ligature", "\ufdfa", "tab\there\nnew\r\nline\x0b\x0c\x1c\x1d\x1e\x1f\x85", "\u2028\u2029\u3000x",
    "Ǆemal", "İstanbul", "ΣΊΣΥΦΟΣ", "Straße", "Владимир Путин", "محمد", "李小龙", "한국어", "Ｆｕｌｌ",
    "a\u0308\u0301\u0323", "\u0345", "café\u200b", "x\u180ey", "O\u0338", "\U0001d400\U0001d7ce",
    "IOM Zimbabwe", "  MiXeD   Case ascii  ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_clean_and_fold_equal_their_definitions(text):
    assert clean(text) == clean_reference(text)
    assert fold(text) == fold_reference(text)
    assert digits(text) == digits_reference(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_clean_and_fold_equal_their_definitions_on_any_text(text):
    assert clean(text) == clean_reference(text)
    assert fold(text) == fold_reference(text)
    assert digits(text) == digits_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09 \t\n\u00a0\u2003éÉøŁßﬁ\u0301\u0327İı\x00Σς")), max_size=30))
def test_clean_and_fold_on_whitespace_marks_and_mapped_letters(text):
    assert clean(text) == clean_reference(text)
    assert fold(text) == fold_reference(text)
    assert digits(text) == digits_reference(text)


def test_every_character_of_the_basic_plane_alone_and_after_a_letter():
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        for text in (chr(code), f"a{chr(code)} B"):
            assert fold(text) == fold_reference(text), hex(code)
            assert clean(text) == clean_reference(text), hex(code)
            assert digits(text) == digits_reference(text), hex(code)
