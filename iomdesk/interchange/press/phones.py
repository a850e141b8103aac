"""Phone numbers in a contact block: finding them, and reading each in a country.

Enters: the text of one contact block (``join_wrapped``, ``find_phones``), then the raw text of one
printed number with the countries to try, in order (``_phones_in``). Leaves: "phone" pieces with their
label's kind (mobile, fax), dates and figures ("3 000 000 people") left out; then ``PhoneValue``s, E.164
where a country reads them, else kept as printed, and the unreadable ones on the contact
(``invalid_phones``, ``ambiguous_phones``). Which countries, in which order: see ``countries``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...core.errors import InvalidValue
from ...core.phones import PhoneValue, kept_as_entered, parse_phone
from ...core.text import clean, digits, fold
from .model import ExtractedContact, Piece

# "02/512 34 56", "030/1234567": an area code before a slash is part of the number; a number right
# after a slash ("0722 123 456/0733 987 654") starts there, but not a path in an address ("news/2024")
_PHONE = re.compile(
    r"(?<![\w@])(?<![^\W\d_]/)(?:0\d{1,4}[ \t]?/[ \t]?(?=\d))?(?:\+\s?)?\(?\d[\d \t().\-–—‐]{3,}\d"
    r"(?:[ \t]*,?[ \t]*(?:ext\.?|extension|x|poste|int\.?|anexo|ext\s*:|\#)[ \t]*\d{1,6})?"
)
_DATE_SHAPED = re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^(?:19|20)\d\d\s*[-–—‐]\s*(?:19|20)\d\d$"
)
# "3 000 000 people", "USD 1.500.000": a figure, not a number to call (when not labelled as one)
_AMOUNT_SHAPED = re.compile(r"^[1-9]\d{0,2}(?:[ .,]\d{3})+$")
_AMOUNT_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:usd|us\$|eur|chf|gbp|kes|ksh|cfa|fcfa|xof|euros?|dollars?))\s*$", re.I)
_WORD_AFTER = re.compile(r"^[ \t]*(?!(?:or|and|ou|et|o|y|ext|poste|anexo|int)\b)[^\W\d_]", re.I)


def _is_date(value: str) -> bool:
    """Is a date-shaped value ("12.03.2024", "2024-03-12", "2019-2024") a date? "22-33-4455" is not."""
    if not _DATE_SHAPED.match(value):
        return False
    parts = [int(p) for p in re.findall(r"\d+", value)]
    if len(parts) == 2:
        return True  # a range of years
    if len(str(parts[0])) == 4 or value[:4].isdigit():
        parts = parts[::-1]  # year first: day and month are the last two
    first, second = parts[0], parts[1]
    return 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12


_LABEL_WORDS = (
    r"(?:t[ée]l(?:ephone|éphone|éfono|efono)?\.?\s*/\s*fax|fax\s*/\s*t[ée]l\.?|"
    r"tel(?:ephone|éphone|éfono|efono)?|t[ée]l|phone|ph|mob(?:ile)?|cell(?:ular|phone)?|m[óo]vil|celular|"
    r"portable|gsm|cel|whats\s?app|fax|office|direct|landline|switchboard|"
    r"e-?mail|courriel|correo(?:\s+electr[óo]nico)?|mail|adresse\s+[ée]lectronique|m|t|e|p|f)"
)
_LABEL = re.compile(rf"(?<![\w@.]){_LABEL_WORDS}\s*\.?\s*(?::|(?=[ \t]*\x1f))", re.IGNORECASE)
_LABEL_AFTER = re.compile(rf"[ \t]*\(\s*(?P<label>{_LABEL_WORDS})\s*\)", re.IGNORECASE)
_LABEL_BEFORE = re.compile(rf"(?<![\w@.])(?P<label>{_LABEL_WORDS})\s*\.?\s*:?\s*$", re.IGNORECASE)


def _phone_kind(label: str) -> str | None:
    key = fold(label).replace(" ", "")
    if "/" in key:
        return None
    if key.startswith(("mob", "cel", "movil", "portable", "gsm", "whats")) or key == "m":
        return "mobile"
    if key.startswith("fax") or key == "f":
        return "fax"
    return None


def find_phones(masked: str, line_of: Callable[[int], int]) -> list[Piece]:
    """The numbers printed in a contact block (its e-mail addresses masked), as "phone" pieces with the
    kind their label gives. A run of 7 digits or more is a number, 5 or 6 after a label; a date or a
    figure ("3 000 000 people", "USD 1 500 000") is not, unless labelled as a number."""
    found: list[Piece] = []
    for m in _PHONE.finditer(masked):
        value = m.group().strip()
        digit_count = sum(ch.isdigit() for ch in value)
        before = masked[max(0, m.start() - 30) : m.start()].split("\n")[-1]
        label = _LABEL_BEFORE.search(before)
        if digit_count < (5 if label else 7) or (_is_date(value) and not label):
            continue  # "Tel: 12345" (a small island) is a number; "12345" or a date alone is not
        international = value.lstrip().startswith(("+", "("))
        if not international and not label and digit_count < 9 and _AMOUNT_SHAPED.match(value):
            after = masked[m.end() : m.end() + 30].split("\n")[0]
            if _WORD_AFTER.match(after) or _AMOUNT_BEFORE.search(before):
                continue  # "3 000 000 people", "USD 1 500 000": a figure. "03 123 456" (Lebanon) is read
        kind = _phone_kind(label.group("label")) if label else None
        label_after = _LABEL_AFTER.match(masked, m.end())  # "+254 20 422 1001 (fax)"
        if label_after is not None and (label is None or kind is None):
            kind = _phone_kind(label_after.group("label")) or kind
        found.append(Piece(m.start(), m.end(), line_of(m.start()), "phone", value, kind or ""))
    return found


def join_wrapped(block: str) -> str:
    """``block`` with the numbers a hard line break cut joined again: "+254 722\n123 456", and after
    a phone label "Tel: 0722\n123 456" (when the halves make a possible number, not two numbers)."""
    block = _WRAPPED_NUMBER.sub(_join_wrapped_number, block)
    return _WRAPPED_LABELLED.sub(_join_wrapped_labelled, block)


def _join_wrapped_number(m: re.Match) -> str:
    import phonenumbers

    head, tail = m.group(1), m.group(2)

    def possible(text: str) -> bool:
        try:
            return phonenumbers.is_possible_number(phonenumbers.parse(text, None))
        except phonenumbers.NumberParseException:
            return False

    if not possible(head) and possible(head + " " + tail):
        return head + " " + tail + m.group(3)
    return m.group()


# what may follow the tail of a wrapped number: an extension ("45 67 ext. 204,"), then a separator
_WRAP_TAIL_END = (
    r"((?:[ \t]*,?[ \t]*(?:ext\.?|extension|x|poste|int\.?|anexo|ext\s*:|\#)[ \t]*\d{1,6})?[ \t]*(?:[,;|/]|$))"
)
# "+254 722\n123 456": a number cut by a hard line break
_WRAPPED_NUMBER = re.compile(
    r"(\+[ \t]?\d[\d \t().\-]*\d)[ \t]*\n[ \t]*(\d[\d \t().\-]*\d)" + _WRAP_TAIL_END, re.M | re.I
)
# "Tel: 0722\n123 456": the same without +CC, after a phone label
_WRAPPED_LABELLED = re.compile(
    rf"((?<![\w@.]){_LABEL_WORDS}\s*\.?\s*:?[ \t]*)(\(?\d[\d \t().\-]*\d)[ \t]*\n[ \t]*(\d[\d \t().\-]*\d)"
    + _WRAP_TAIL_END,
    re.M | re.I,
)


def _join_wrapped_labelled(m: re.Match) -> str:
    head, tail = sum(ch.isdigit() for ch in m.group(2)), sum(ch.isdigit() for ch in m.group(3))
    is_mail_label = re.match(r"(?:e|e-?mail|mail|courriel|correo|adresse)\b", m.group(1).strip(), re.I)
    if is_mail_label or not (head <= 6 and tail >= 3 and 8 <= head + tail <= 12):
        return m.group()
    return m.group(1) + m.group(2) + " " + m.group(3) + m.group(4)


_EN_DASH_IN_NUMBER = re.compile(r"(?<=\d)\s*[–—‐]\s*(?=\d)")


def _as_phonenumbers_reads(raw: str) -> str:
    """``raw`` with its dashes between digits and its extension words ("poste 12", "anexo 12") in the
    form phonenumbers reads ("-", " ext. 12")."""
    return _EXTENSION_WORD.sub(" ext. ", _EN_DASH_IN_NUMBER.sub("-", raw))


def _phones_in(
    raw: str, regions: Sequence[str], kind: str | None, contact: ExtractedContact, strong: int = 0
) -> list[PhoneValue]:
    """The numbers in ``raw``. Without +CC, a number is read in the first of ``regions`` where it is
    valid (else the first where it is possible; a possible reading in one of the contact's own countries
    comes before a valid one in the release's); the first ``strong`` regions are the contact's own
    (organisation, place, own +CC numbers), the others the release's (dateline, site, block). A number
    valid in several of the release's countries and in none of the contact's own is not guessed at:
    it is kept as printed ("no country", listed in ``contact.ambiguous_phones``), like a number no
    country reads. With a +CC that does not read, it is reported in ``contact.invalid_phones``.
    Digits the number matcher leaves over are read as numbers of their own: nothing printed is lost."""
    import phonenumbers

    text = _as_phonenumbers_reads(raw)
    values: list[PhoneValue] = []
    first = regions[0] if regions else "ZZ"
    matches = list(phonenumbers.PhoneNumberMatcher(text, first, leniency=phonenumbers.Leniency.POSSIBLE))
    pieces = [m.raw_string for m in matches] or [text]
    if matches:
        rest = text
        for m in reversed(matches):
            rest = rest[: m.start] + "\x1f" + rest[m.end :]
        rest = re.sub(r"(?:ext\.?|x)\s*\d{1,6}", " ", rest, flags=re.I)  # an extension of a number found
        pieces += [left.group() for left in _LEFTOVER.finditer(rest) if len(digits(left.group())) >= 5]
    for piece in pieces:
        international = piece.lstrip().startswith(("+", "00"))
        if not regions and not international:
            try:  # no country to read it with: keep it as printed ("no country"), never drop it
                values.append(kept_as_entered(piece, kind))
            except InvalidValue:
                contact.invalid_phones.append(clean(piece if matches else raw))
            continue
        value = None
        if international:
            try:
                value = parse_phone(piece, regions[0] if regions else None, kind)
            except InvalidValue:
                pass
        else:
            readings: list[tuple[int, PhoneValue]] = []
            for i, region in enumerate(regions):
                try:
                    readings.append((i, parse_phone(piece, region, kind)))
                except InvalidValue:
                    continue
            valid = [(i, v) for i, v in readings if v.valid]
            own_reading = next((v for j, v in readings if j < strong), None)
            if valid:
                i, value = valid[0]
                others = {v.e164 for _j, v in valid} - {value.e164}
                if i >= strong and own_reading is not None:
                    value = own_reading  # the contact's own country reads it (not valid today): flagged so
                elif i >= strong and others:  # "020 7946 0321" reads in Italy and in the UK: which?
                    contact.ambiguous_phones.append(clean(piece))
                    value = None
            elif readings:
                value = readings[0][1]  # possible, not valid today: kept and flagged as such
            if value is None:
                try:  # no country of the release reads it (or several do): kept as printed, never dropped
                    value = kept_as_entered(piece, kind)
                except InvalidValue:
                    pass
        if value is None:
            contact.invalid_phones.append(clean(piece if matches else raw))
        else:
            values.append(value)
    return values


_LEFTOVER = re.compile(r"\+?\d[\d \t().\-]*\d")


# "poste 12", "int. 12", "anexo 12", "ext: 12": the extension words phonenumbers does not read
_EXTENSION_WORD = re.compile(r"[ \t]*,?[ \t]*(?:\b(?:poste|int\.?|anexo|extension|ext\s*:)|\#)[ \t]*(?=\d)", re.I)
