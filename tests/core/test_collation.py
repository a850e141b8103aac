"""The name collation key: byte order of the keys is the UCA order people expect."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from iomdesk.core.collation import MAX_KEY, _get_collator, collation_key


def ordered(names):
    return sorted(names, key=collation_key)


def test_latin_letters_with_marks_sit_next_to_their_base_letter():
    assert ordered(["Zygmunt", "Łukasz", "Oscar", "Ørsted", "Zoë", "Lukas", "Æsa", "Adam", "Émile", "Eve", "Mia"]) \
        == ["Adam", "Æsa", "Émile", "Eve", "Lukas", "Łukasz", "Mia", "Ørsted", "Oscar", "Zoë", "Zygmunt"]


def test_particles_and_spaces_sort_word_by_word():
    # A space sorts before any letter: "de la Cruz" before "Dean", as in a printed directory.
    assert ordered(["Dean", "del Rio", "de la Cruz", "Delacroix"]) == ["de la Cruz", "Dean", "del Rio", "Delacroix"]


def test_case_only_breaks_ties_and_lower_case_comes_first():
    assert ordered(["ZOE", "Zoe", "zoe", "Zoa", "Zof"]) == ["Zoa", "zoe", "Zoe", "ZOE", "Zof"]


def test_scripts_come_latin_arabic_hangul_han():
    assert ordered(["王小明", "김민준", "محمد عبد الله", "Ahmed", "山田 太郎"]) == \
        ["Ahmed", "محمد عبد الله", "김민준", "山田 太郎", "王小明"]


def test_arabic_names_sort_by_their_letters():
    # alif < ba < mim < ya
    assert ordered(["يوسف", "محمد", "باسم", "أحمد"]) == ["أحمد", "باسم", "محمد", "يوسف"]


def test_equal_text_gives_equal_keys_and_composed_equals_decomposed():
    assert collation_key("Zoë") == collation_key("Zoe\u0308")
    assert collation_key("Zoë") != collation_key("Zoe")


def test_a_very_long_name_has_a_bounded_key():
    assert len(collation_key("김" * 300)) == MAX_KEY
    assert collation_key("Anna " + "x" * 400) < collation_key("Anna " + "y" * 400)


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@given(names, names)
def test_byte_order_of_keys_is_the_order_of_the_weights(a, b):
    wa, wb = _get_collator().sort_key(a), _get_collator().sort_key(b)
    ka, kb = collation_key(a), collation_key(b)
    assert (ka < kb) == (wa < wb) and (ka == kb) == (wa == wb)


# Latin with marks, Cyrillic (и + breve is a contraction), Arabic, Hangul, Han, combining marks, controls.
mixed = st.lists(st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x24F),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),
    st.characters(min_codepoint=0x400, max_codepoint=0x4FF),
    st.characters(min_codepoint=0x600, max_codepoint=0x6FF),
    st.characters(min_codepoint=0xAC00, max_codepoint=0xAC40),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.sampled_from(["L·", "l·", "\u0418\u0306", "\x00", "\ufffe", "ﬁ", "ß"]),
), max_size=16).map("".join)


@given(mixed)
def test_the_fast_key_equals_pyucas_own_key(name):
    from iomdesk.core.collation import _slow_key

    assert collation_key.__wrapped__(name) == _slow_key(name)[:MAX_KEY]
