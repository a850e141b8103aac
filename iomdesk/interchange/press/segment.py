"""A release's plain text cut into its parts: title, date, dateline, body and contact blocks.

Enters: the text of a release (HTML already turned into text, with the page's title and date when it
gave them). Leaves: ``Segments`` (title, date, dateline place, body up to the first contact block, and
the text from the body on where contact blocks are sought), and ``find_contact_blocks``: the spans from
each opener ("For more information, please contact", "Contacts presse") to a stop line or prose.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...core.text import clean, fold
from .dates import _is_date_line, find_date, parse_date
from .phones import _PHONE

__all__ = ["Segments", "find_contact_blocks", "segment"]

_DASH = r"(?:–|—|-{1,2})"
_DATELINE = re.compile(rf"^\W{{0,3}}(?P<head>[^\n–—]{{2,90}}?)\s*\**\s*{_DASH}\s*\**\s+(?P<rest>\S.*)$")
_PLACE_PARTICLES = {
    "de",
    "del",
    "la",
    "le",
    "les",
    "du",
    "des",
    "of",
    "es",
    "el",
    "al",
    "d'",
    "au",
    "y",
    "da",
}
_DATE_THEN_DASH = re.compile(rf"^(?P<d>[^–—\n]{{4,40}}?)\s*{_DASH}\s+(?P<rest>\S.*)$")
_SENTENCE_END = re.compile(r"[.!?…\"”»')]\s*$")


def _smart_title(word: str) -> str:
    return "-".join(w[:1].upper() + w[1:].lower() for w in word.split("-"))


def _dateline_place(head: str) -> tuple[str, dt.date | None] | None:
    """Validate the part before the dash: a short place name, maybe with a date."""
    head = head.strip(" *_\t")
    date = None
    hit = find_date(head)
    if hit is not None:
        date, start, end = hit
        head = (head[:start] + " " + head[end:]) if len(fold(head)) == len(head) else ""
        head = re.sub(r"\(\s*\)|\b(?:le|el|on|the)\s*$", " ", head.strip())
    place = head.strip(" ,;:()*_\t")
    place = re.sub(r"\s+(?:le|el|on)$", "", place).strip(" ,")
    if not place or len(place) > 45 or any(ch.isdigit() for ch in place):
        return None
    words = [w for w in re.split(r"[\s/,]+", place) if w]
    if not 1 <= len(words) <= 5:
        return None
    for i, w in enumerate(words):
        if not w[0].isalpha():
            return None
        if w[0].isupper() or not w[0].islower():
            continue
        if i > 0 and fold(w) in _PLACE_PARTICLES:
            continue
        return None
    if place.isupper() and len(place) > 3:
        place = " ".join(_smart_title(w) for w in place.split(" "))
    return place, date


def _dateline_of(line: str) -> tuple[str, dt.date | None] | None:
    m = _DATELINE.match(line.strip())
    if not m:
        return None
    rest = m.group("rest").strip()
    words = rest.split()
    if len(words) < 6 or not (_SENTENCE_END.search(rest) or len(rest) >= 100):
        return None
    # "Maputo – 12 March 2024 – Floods ...": the date stands between two dashes.
    dated = _DATE_THEN_DASH.match(rest)
    date_between = find_date(dated.group("d")) if dated else None
    if dated is not None and date_between is not None:
        rest = dated.group("rest")
        words = rest.split()
    lower = sum(1 for w in words if w[:1].islower())
    if lower < len(words) * 0.25:  # A Title Like This – With Every Word Capitalized
        return None
    found = _dateline_place(m.group("head"))
    if found is not None and found[1] is None and date_between is not None:
        return found[0], date_between[0]
    return found


def _is_title_candidate(line: str) -> bool:
    s = line.strip()
    if len(s) < 8 or len(s) > 250 or _is_date_line(s):
        return False
    if s.startswith(("-", "•", "*", "|")) or s.endswith(":"):
        return False
    return len(s.split()) >= 3


_OPENER = re.compile(
    r"""
    \bfor\s+(?:(?:interviews?|interview\s+requests?|media\s+requests?|comments?)\s+(?:and|or|&)\s+)?
        (?:more|further|additional|any|additional\s+media)\s+(?:information|info|details|questions|enquiries|inquiries)
        (?:\s+(?:and|or|on)\s+[\w\s]{0,30}?(?=[,:]|\s+please|\s+contact))?
        (?:\s*[,:.\-–]?\s*(?:please\s+)?(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with|call|e-?mail|write\s+to)\b)?
    |\bfor\s+(?:interviews?|interview\s+requests?|media\s+requests?)(?=\s*[,:]|\s+please|\s+contact)
        (?:\s*[,:]?\s*(?:please\s+)?contact\b)?
    |\bmedia\s+(?:and\s+press\s+)?(?:contacts?|enquiries|inquiries|relations)(?:\s+to)?\b
    |\bpress\s+(?:contacts?|enquiries|inquiries)\b
    |\bcontacts?\s+for\s+(?:the\s+)?(?:media|press|journalists)\b
    |^[\W_]{0,3}contacts?\s*(?::|$)
    |\bpour\s+(?:plus|de\s+plus\s+amples|davantage|toute\s+autre|toutes?\s+autres?|toute)\s*(?:d['’]\s*|des?\s+)?
        (?:informations?|renseignements?|précisions|questions?)
        (?:\s*[,:.]?\s*(?:(?:veuillez|merci\s+de|prière\s+de|priere\s+de)\s+)?
           (?:contacter|contactez|vous\s+adresser\s+à|joindre|écrire\s+à|s['’]adresser\s+à))?
    |\bcontacts?\s+(?:presse|médias?|medias?)\b
    |\bpara\s+(?:más|mas|mayor|obtener\s+más)\s+informaci[oó]n
        (?:\s*[,:.]?\s*(?:por\s+favor\s+)?(?:contact(?:e|ar|en|arse)(?:\s+(?:a|con))?|comun[ií]quese\s+con|
           p[oó]ngase\s+en\s+contacto\s+con|escriba\s+a|dirigirse\s+a))?
    |\bcontactos?\s+(?:de\s+|para\s+(?:la\s+|los\s+)?)?(?:prensa|medios)\b
    |\binformaci[oó]n\s+(?:para\s+)?(?:la\s+)?(?:prensa|medios)\s*:
    """,
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)

_STOP = re.compile(
    r"""^\W{0,3}(?:
        share\b|share\s+this|partager|compartir|follow\s+us|suivez|s[ií]guenos|
        about\s+(?:iom|the\s+international\s+organization)|à\s+propos\s+de\s+l['’]oim|a\s+propos\s+de\s+l['’]oim|
        acerca\s+de\s+la\s+oim|sobre\s+la\s+oim|notes?\s+(?:to|for)\s+editors|notes?\s+aux\s+r[ée]dactions?|
        nota\s+para\s+(?:los\s+)?editores|related\b|tags?\s*:|\#{3}|-+\s*ends?\s*-+|ends\s*$|\**\s*fin\s*\**\s*$|
        photo\s*:|photos?\s+credit|©|copyright|back\s+to\s+top|print\s+this|download|
        facebook|twitter|linkedin|instagram|youtube|whatsapp\s*$|read\s+more|learn\s+more
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def _looks_like_prose(line: str) -> bool:
    words = line.split()
    return len(words) > 25 and "@" not in line and not _PHONE.search(line)


def find_contact_blocks(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the contact blocks in ``text``: from after each opener to the block's end."""
    openers = list(_OPENER.finditer(text))
    spans = []
    for i, m in enumerate(openers):
        limit = openers[i + 1].start() if i + 1 < len(openers) else len(text)
        start = m.end()
        end = limit
        pos = text.find("\n", start)
        # the rest of the opener's line always belongs to the block; later lines until a stop
        while pos != -1 and pos < limit:
            nxt = text.find("\n", pos + 1)
            line_end = nxt if nxt != -1 and nxt < limit else limit
            line = text[pos + 1 : line_end].strip()
            if line and (_STOP.match(line) or _looks_like_prose(line)):
                end = pos
                break
            if nxt == -1:
                break
            pos = nxt
        spans.append((start, end))
    return spans


@dataclass
class Segments:
    """The parts of one release's text (``body`` stops where the first contact block opens)."""

    title: str
    date: dt.date | None
    dateline: str
    body: str
    rest: str  # the text from the body's first line on: where the contact blocks are sought


def segment(text: str, title: str = "", date: dt.date | None = None) -> Segments:
    """Title, date, dateline and body of a release's text; ``title`` and ``date`` are the page's (HTML)."""
    lines = text.split("\n")

    # the dateline paragraph: "Zagreb – The International Organization ..."
    dl_index = None
    dateline = ""
    for i, line in enumerate(lines):
        if len(line) < 30:
            continue
        para = line
        k = i + 1
        while len(lines[k - 1].strip()) >= 45 and k < len(lines) and lines[k].strip() and k < i + 4:
            para += " " + lines[k].strip()  # a hard-wrapped first paragraph
            k += 1
        found = _dateline_of(para)
        if found is not None:
            dl_index = i
            dateline, dl_date = found
            date = date or dl_date
            break

    title_index = None
    if title:
        for i, line in enumerate(lines):
            if clean(line) == clean(title):
                title_index = i
                break
    elif dl_index is not None:
        for j in range(dl_index - 1, -1, -1):
            if _is_title_candidate(lines[j]):
                title_index = j
                break
    if title_index is None and not title:
        counts: dict[str, int] = {}
        for line in lines:
            counts[clean(line)] = counts.get(clean(line), 0) + 1
        opener = _OPENER.search(text)
        last = text.count("\n", 0, opener.start()) if opener else len(lines)
        head = [(i, clean(line)) for i, line in enumerate(lines[:last]) if clean(line) and "@" not in line]
        for i, s in head:
            if (
                counts.get(s, 0) == 1
                and _is_title_candidate(s)
                and len(s.split()) >= 4
                and not s.endswith(".")
            ):
                title_index = i
                break
        if title_index is None:
            title_index = head[0][0] if head else None
    if not title and title_index is not None:
        title = clean(lines[title_index])

    # a date printed in the header (before the body starts)
    header_end = dl_index if dl_index is not None else (title_index or 0) + 3
    if date is None:
        for line in lines[: header_end + 1]:
            if _is_date_line(line):
                date = parse_date(line)
                break
    if date is None:
        for line in lines:
            if re.match(r"^\s*(?:published|date|posted|publié|publie|fecha|publicado)\b", line, re.I):
                date = parse_date(line)
                if date:
                    break

    body_start = dl_index if dl_index is not None else ((title_index + 1) if title_index is not None else 0)
    rest = "\n".join(lines[body_start:])
    body_text = rest
    blocks = find_contact_blocks(body_text)
    if blocks:
        opener = _OPENER.search(body_text)
        body_text = body_text[: opener.start() if opener else blocks[0][0]]
        body_text = re.sub(r"\b(?:for|pour|para)\s*$", "", body_text, flags=re.IGNORECASE)
    body = re.sub(r"\n{3,}", "\n\n", body_text).strip()
    return Segments(title=title, date=date, dateline=dateline, body=body, rest=rest)
