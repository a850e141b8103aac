"""vCard 3.0 and 4.0 (RFC 2426, RFC 6350) through vobject: several cards per file, folded lines.

Reading: FN (else N), ORG (first part is the office), TITLE, TEL with its TYPE (cell -> mobile,
fax, work/voice -> work, home/other/pager -> other), EMAIL, CATEGORIES (tags), NOTE, the country of the
first ADR, LANG (one per language, ordered by PREF), and our own X-IOMDESK-BEATS (comma-separated),
X-IOMDESK-SOURCE, X-IOMDESK-LAWFUL-BASIS and X-IOMDESK-REVIEW-DATE (ISO date), which are also written. Properties the app has no field for (NICKNAME, URL, BDAY, the other ADR parts, ORG units)
are returned as ``unmapped`` (label, value) pairs the importer keeps in the notes.

Pure functions: no Qt, no database.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..core.contact import ContactInput, PhoneInput
from ..core.languages import find_language
from .csv_read import _MARK_HANDLER, _MARKED
from .csv_write import ContactLike, country_text, export_country, split_name

VERSIONS = ("3.0", "4.0")
# A card may hold this many characters once its binary properties are left out (vobject needs about
# 150 bytes of memory per character: 40 MB here). A 100,000-character note fits.
MAX_CARD_CHARS = 256 * 1024
_MAX_LINE = MAX_CARD_CHARS + 2
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)

KIND_TYPES = {"work": ["work", "voice"], "mobile": ["cell"], "fax": ["work", "fax"], "other": ["other"]}


@dataclass
class CardInput:
    """One card read from a file. ``row`` is the card's number in the file (1 = first card)."""

    row: int
    data: ContactInput | None
    problems: list[str] = field(default_factory=list)
    unmapped: list[tuple[str, str]] = field(default_factory=list)
    line: int = 0  # the line the card starts on
    dropped: list[str] = field(default_factory=list)  # PHOTO, LOGO, SOUND, KEY: left out, no field


def looks_like_vcard(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200]
    return head[:11].upper() == "BEGIN:VCARD"


class _Lines:
    """The lines of a text (CR, LF or CRLF ends, mixed as they come) or of text pieces from a file
    being decoded, one at a time: a card is read without the whole file being split into lines.
    A line longer than ``_MAX_LINE`` comes back cut to that length (its card is too big anyway)."""

    def __init__(self, source: str | Iterable[str]):
        self._chunks = iter([source] if isinstance(source, str) else source)
        self._buf = ""
        self._pos = 0
        self._done = False
        self._peeked: str | None = None
        self.number = 0  # the number of the line last read (1 = first)

    def _fill(self, keep: bool = True) -> bool:
        """Add the next piece of text to the buffer (``keep=False``: drop what is buffered)."""
        if not self._done:
            for chunk in self._chunks:
                if chunk:
                    self._buf = (self._buf[self._pos :] if keep else "") + chunk
                    self._pos = 0
                    return True
            self._done = True
        if not keep:
            self._buf, self._pos = "", 0
        return False

    def _eol(self, start: int) -> re.Match | None:
        m = _EOL.search(self._buf, start)
        # a CR at the end of the buffer may be the first half of a CRLF still to come
        if m is not None and m.group() == "\r" and m.end() == len(self._buf) and not self._done:
            return None
        return m

    def _read(self) -> str | None:
        while True:
            m = self._eol(self._pos)
            if m is not None:
                line = self._buf[self._pos : m.start()]
                self._pos = m.end()
                break
            if len(self._buf) - self._pos > _MAX_LINE:
                line = self._buf[self._pos : self._pos + _MAX_LINE]
                while True:  # drop the rest of the line
                    m = self._eol(0) if self._pos == 0 else self._eol(self._pos)
                    if m is not None:
                        self._pos = m.end()
                        break
                    if not self._fill(keep=False):
                        break
                break
            if self._fill():
                continue
            if self._pos >= len(self._buf):
                return None
            line = self._buf[self._pos :]
            self._pos = len(self._buf)
            break
        self.number += 1
        return line

    def next(self) -> str | None:
        if self._peeked is not None:
            line, self._peeked = self._peeked, None
            return line
        return self._read()

    def peek(self) -> str | None:
        """The next line, left to be read by :meth:`next` (its number is already counted)."""
        if self._peeked is None:
            self._peeked = self._read()
        return self._peeked

    def skip_folded(self) -> None:
        """Skip the continuation lines (starting with a space or tab) that follow.

        One regular-expression search per piece of text, so a 200 MB base64 photo is passed over
        without a Python step per line."""
        if self._peeked is not None:
            if self._peeked[:1] not in (" ", "\t"):
                return
            self._peeked = None
        while True:
            if self._pos >= len(self._buf) and not self._fill():
                return
            if self._buf[self._pos] not in " \t":
                return
            m = _NEXT_UNFOLDED.search(self._buf, self._pos)
            if m is not None and (m.end() < len(self._buf) or self._done):
                self.number += _breaks(self._buf, self._pos, m.end())
                if m.end() == len(self._buf) and not self._buf.endswith(("\r", "\n")):
                    self.number += 1  # the last line, without a line end
                self._pos = m.end()
                return
            if self._done:  # folded lines up to the end of the file
                self.number += _breaks(self._buf, self._pos, len(self._buf)) + 1
                self._pos = len(self._buf)
                return
            # skip the whole lines buffered, then read on: the next line may still be folded
            cut = len(self._buf) - 1 if self._buf.endswith("\r") else len(self._buf)
            last = max(self._buf.rfind("\n", self._pos, cut), self._buf.rfind("\r", self._pos, cut))
            if last >= self._pos:
                self.number += _breaks(self._buf, self._pos, last + 1)
                self._pos = last + 1
                if self._pos < len(self._buf):
                    continue
            elif len(self._buf) - self._pos > _MAX_LINE:
                # one enormous folded line: drop it piece by piece up to its end
                while self._fill(keep=False):
                    m = self._eol(0)
                    if m is not None:
                        self._pos = m.end()
                        self.number += 1
                        break
                continue
            if not self._fill():
                continue


_EOL = re.compile(r"\r\n|\r|\n")
# a line end followed by anything but a fold (a space or tab), or by the end of the text
_NEXT_UNFOLDED = re.compile(r"(?:\r\n|\r(?!\n)|\n)(?=[^ \t]|\Z)")
# vCard 2.1 writers may put base64 data on lines of their own, without the leading space
_BASE64_LINE = re.compile(r"^[ \t]*[A-Za-z0-9+/]+=*[ \t]*$")
_BASE64_PARAM = re.compile(r"ENCODING=(?:BASE64|B)\b|;BASE64\b", re.IGNORECASE)
_BINARY_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?(PHOTO|LOGO|SOUND|KEY)(?=[;:])", re.IGNORECASE)


def _breaks(text: str, start: int, end: int) -> int:
    """The number of line ends (CR, LF or CRLF) in ``text[start:end]``."""
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)


@dataclass
class RawCard:
    """One BEGIN:VCARD ... END:VCARD block as it is in the file, before vobject reads it."""

    line: int  # the line it starts on
    text: str  # CRLF line ends; binary properties left out; "" when over MAX_CARD_CHARS
    dropped: list[str] = field(default_factory=list)  # binary properties left out (upper case)
    size: int = 0  # characters of the card without those properties


def iter_cards(source: str | Iterable[str]) -> Iterator[RawCard]:
    """Each BEGIN:VCARD ... END:VCARD block of ``source`` (a text, or text pieces as a file is
    decoded), one at a time. Unclosed blocks are kept. PHOTO, LOGO, SOUND and KEY properties (the app
    has no field for them) are left out as they are read, folded lines and all, and a card that is
    still over :data:`MAX_CARD_CHARS` comes back with ``text == ""``: memory stays bounded by the
    limit, whatever the file holds."""
    lines = _Lines(source)
    current: list[str] | None = None
    card: RawCard | None = None
    while True:
        line = lines.next()
        if line is None:
            break
        if _BEGIN.match(line):
            if card is not None:  # unclosed card: close it here
                yield _close(card, current, ended=False)
            card, current = RawCard(lines.number, ""), [line.lstrip("\ufeff")]
            continue
        if card is None:
            continue
        binary = _BINARY_PROPERTY.match(line)
        if binary:
            name = binary.group(1).upper()
            if name not in card.dropped:
                card.dropped.append(name)
            lines.skip_folded()
            if _BASE64_PARAM.search(line.split(":", 1)[0]):
                # vCard 2.1 writers may put the base64 data on lines of their own, unfolded
                while True:
                    follow = lines.peek()
                    if follow is None or ":" in follow or not _BASE64_LINE.match(follow):
                        break
                    lines.next()
                    lines.skip_folded()
            continue
        card.size += len(line) + 2
        if current is not None:
            if card.size > MAX_CARD_CHARS:
                current = None  # too big: read on to its end without keeping it
            else:
                current.append(line)
        if _END.match(line):
            yield _close(card, current, ended=True)
            card, current = None, None
    if card is not None:
        yield _close(card, current, ended=False)


def _close(card: RawCard, current: list[str] | None, ended: bool) -> RawCard:
    if current is not None:
        card.text = "\r\n".join(current) + ("\r\n" if ended else "")
    return card


def split_cards(text: str) -> list[tuple[int, str]]:
    """(start line, text) of each BEGIN:VCARD ... END:VCARD block. Unclosed blocks are kept."""
    return [(c.line, c.text) for c in iter_cards(text)]


def _types(prop) -> set[str]:
    found: set[str] = set()
    for value in prop.params.get("TYPE", []):
        found.update(t.strip().strip('"').lower() for t in value.split(","))
    found.update(p.lower() for p in getattr(prop, "singletonparams", []))
    return found


def tel_kind(types: set[str]) -> str | None:
    if "fax" in types:
        return "fax"
    if "cell" in types or "mobile" in types or "iphone" in types:
        return "mobile"
    if "work" in types or "main" in types:
        return "work"
    if types & {"home", "other", "pager", "car", "x-other"}:
        return "other"
    return None


def _text(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v)
    return str(value or "")


def card_to_input(card) -> tuple[ContactInput, list[tuple[str, str]]]:
    """One parsed vobject card -> ContactInput and the (label, value) pairs no field holds."""
    contents = card.contents
    unmapped: list[tuple[str, str]] = []

    def first(key: str):
        items = contents.get(key) or []
        return items[0] if items else None

    name = _text(first("fn").value) if first("fn") is not None else ""
    n = first("n")
    if not name.strip() and n is not None:
        v = n.value
        parts = [getattr(v, a, "") for a in ("prefix", "given", "additional", "family", "suffix")]
        name = " ".join(_text(p) for p in parts if _text(p).strip())
    office = ""
    org = first("org")
    if org is not None:
        parts = org.value if isinstance(org.value, list) else [org.value]
        parts = [str(p) for p in parts if str(p).strip()]
        if parts:
            office = parts[0]
        if len(parts) > 1:
            unmapped.append(("Department", ", ".join(parts[1:])))
    role = _text(first("title").value) if first("title") is not None else ""
    phones = [
        PhoneInput(_text(t.value), tel_kind(_types(t)))
        for t in contents.get("tel", [])
        if _text(t.value).strip()
    ]
    emails = [_text(e.value) for e in contents.get("email", []) if _text(e.value).strip()]
    tags: list[str] = []
    for cat in contents.get("categories", []):
        values = cat.value if isinstance(cat.value, list) else str(cat.value).split(",")
        tags.extend(str(v).strip() for v in values if str(v).strip())
    notes = "\n".join(_text(nt.value).strip() for nt in contents.get("note", []) if _text(nt.value).strip())
    languages = []
    for lang in sorted(contents.get("lang", []), key=_pref):
        value = _text(lang.value).strip()
        if value and find_language(value):
            languages.append(value)
        elif value:  # another app's tag with no ISO 639-1 code ("yue"): kept in the notes, the card imported
            unmapped.append(("Language", value))
    beats = [b.strip() for prop in contents.get("x-iomdesk-beats", []) for b in _text(prop.value).split(",")
             if b.strip()]

    def own(key: str) -> str:
        prop = first(key)
        return _text(prop.value).strip() if prop is not None else ""

    country = ""
    for i, adr in enumerate(contents.get("adr", [])):
        v = adr.value
        if i == 0 and getattr(v, "country", None):
            country = _text(v.country)
        rest = [_text(getattr(v, a, None) or "") for a in ("box", "extended", "street", "city", "region", "code")]
        rest = [r for r in rest if r.strip()]
        if rest or (i > 0 and getattr(v, "country", None)):
            label = "Address" + (f" ({', '.join(sorted(_types(adr)))})" if _types(adr) else "")
            unmapped.append((label, ", ".join(rest + ([_text(v.country)] if i > 0 else []))))
    for key, label in (("nickname", "Nickname"), ("url", "URL"), ("bday", "Birthday")):
        for prop in contents.get(key, []):
            if _text(prop.value).strip():
                unmapped.append((label, _text(prop.value).strip()))
    data = ContactInput(
        name=name,
        role=role,
        office=office,
        country=country,
        notes=notes,
        phones=list(phones),
        emails=emails,
        tags=tags,
        languages=languages,
        beats=beats,
        source=own("x-iomdesk-source"),
        lawful_basis=own("x-iomdesk-lawful-basis"),
        review_date=own("x-iomdesk-review-date") or None,
    )
    return data, unmapped


def _pref(prop) -> int:
    """A property's PREF (1 = most preferred; none: after those that have one)."""
    try:
        return int(str(prop.params.get("PREF", ["100"])[0]).strip())
    except ValueError:
        return 100


def read_vcards(source: str | Iterable[str], encoding: str = "") -> list[CardInput]:
    """Every card in ``source`` (a text, or text pieces as a file is decoded); a card that cannot be
    read comes back with ``data=None`` and why. Binary properties are left out (``dropped``).
    ``encoding`` names the file's encoding in the message for a card holding bytes it cannot read."""
    import vobject

    result = []
    for number, raw in enumerate(iter_cards(source), start=1):
        if raw.size > MAX_CARD_CHARS:
            kb = MAX_CARD_CHARS // 1024
            why = f"the card is too large to read (over {kb} KB without its photo); nothing of it was imported"
            result.append(CardInput(number, None, [why], line=raw.line, dropped=raw.dropped))
            continue
        if _MARKED.search(raw.text):
            why = (
                f"the card holds bytes that are not {encoding or 'text'} (the file may be damaged or in "
                "another encoding: choose the encoding, or save the file as UTF-8)"
            )
            result.append(CardInput(number, None, [why], line=raw.line, dropped=raw.dropped))
            continue
        try:
            card = vobject.readOne(raw.text)
            data, unmapped = card_to_input(card)
        except Exception as exc:  # vobject raises many types for damaged cards
            why = _why(exc)
            result.append(CardInput(number, None, [f"the card cannot be read: {why}"], line=raw.line))
            continue
        result.append(CardInput(number, data, [], unmapped, line=raw.line, dropped=raw.dropped))
    return result


# Bytes the encoding cannot read are decoded as U+DC00 + byte (lone surrogates, which no valid decoding
# gives; csv_read's error handler, shared), so the card holding them is told and rejected; a photo's bad
# bytes are left out with it.
_PIECE = 1024 * 1024


def _decoded(prefix: bytes, more: Callable[[], bytes], complete: bool, encoding: str | None, path):
    from .csv_read import detect_encoding

    name, codec, skip = detect_encoding(prefix, complete, encoding, path)
    decoder = codecs.getincrementaldecoder(codec)(_MARK_HANDLER)

    def pieces() -> Iterator[str]:
        first = decoder.decode(prefix[skip:])
        yield first.lstrip("\ufeff") if codec.startswith(("utf-16", "utf-32")) else first
        while block := more():
            yield decoder.decode(block)
        yield decoder.decode(b"", True)

    return pieces(), name


def read_vcard_bytes(
    data: bytes, encoding: str | None = None, path: str | os.PathLike | None = None
) -> tuple[list[CardInput], str]:
    """(cards, encoding) of a vCard file in memory, decoded a piece at a time. Whole-file problems
    (empty, binary, not in ``encoding``) raise FileReadError subclasses."""
    from .csv_read import PREFIX_BYTES

    pos = PREFIX_BYTES

    def more() -> bytes:
        nonlocal pos
        block = data[pos : pos + _PIECE]
        pos += len(block)
        return block

    pieces, name = _decoded(data[:PREFIX_BYTES], more, len(data) <= PREFIX_BYTES, encoding, path)
    return read_vcards(pieces, name), name


def read_vcard_file(path: str | os.PathLike, encoding: str | None = None) -> tuple[list[CardInput], str]:
    """(cards, encoding) of a vCard file, read and decoded a piece at a time: memory stays bounded
    by :data:`MAX_CARD_CHARS` and the cards read, whatever the size of the file or its photos."""
    from .csv_read import PREFIX_BYTES, FileReadError, file_size

    size = file_size(path)
    try:
        with open(path, "rb") as fh:
            prefix = fh.read(PREFIX_BYTES)
            pieces, name = _decoded(prefix, lambda: fh.read(_PIECE), size <= len(prefix), encoding, path)
            return read_vcards(pieces, name), name
    except OSError as exc:
        raise FileReadError(f"the file cannot be read: {exc.strerror or exc}", path) from None


def _why(exc: BaseException) -> str:
    """The first line of vobject's message (at most 200 characters)."""
    if isinstance(exc, MemoryError | RecursionError):
        return "it is too large or too deeply nested"
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def contact_to_card(c: ContactLike, version: str = "3.0"):
    import vobject

    if version not in VERSIONS:
        raise ValueError(f"unknown vCard version {version!r} (use {', '.join(VERSIONS)})")
    card = vobject.vCard()
    card.add("version").value = version
    card.add("fn").value = c.name
    given, family = split_name(c.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if c.office:
        card.add("org").value = [c.office]
    if c.role:
        card.add("title").value = c.role
    for p in c.phones:
        tel = card.add("tel")
        # Other apps dial what they read: E.164 when known (the text as typed stays in our own CSV).
        # An extension kept apart from the E.164 number goes after it, in the form we (and
        # phonenumbers) read back; without it "ext. 204" was lost on export.
        extension = getattr(p, "extension", None)
        tel.value = f"{p.e164} ext. {extension}" if p.e164 and extension else (p.e164 or p.raw)
        tel.params["TYPE"] = list(KIND_TYPES.get(p.kind, ["other"]))
    for address in c.emails:
        email = card.add("email")
        email.value = address
        email.params["TYPE"] = ["internet"] if version == "3.0" else ["work"]
    if c.tags:
        card.add("categories").value = list(c.tags)
    if c.notes:
        card.add("note").value = c.notes
    for i, code in enumerate(getattr(c, "languages", ())):
        lang = card.add("lang")
        lang.value = code
        lang.params["PREF"] = [str(i + 1)]
    beats = getattr(c, "beats", ())
    if beats:
        card.add("x-iomdesk-beats").value = ",".join(beats)
    source, basis, review = (getattr(c, "source", ""), getattr(c, "lawful_basis", None),
                             getattr(c, "review_date", None))
    if source:
        card.add("x-iomdesk-source").value = source
    if basis:
        card.add("x-iomdesk-lawful-basis").value = basis
    if review:
        card.add("x-iomdesk-review-date").value = review.isoformat()
    country = export_country(c)
    if country:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(country=country_text(country))
        adr.params["TYPE"] = ["work"]
    return card


def write_vcards(contacts: Iterable[ContactLike], version: str = "3.0") -> Iterable[str]:
    """The text of each card (CRLF line ends, long lines folded)."""
    for c in contacts:
        yield contact_to_card(c, version).serialize()
