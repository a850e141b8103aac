"""A contact block cut into classed pieces: names, offices, roles, places, phones and e-mails.

Enters: the text of one contact block. Leaves: its ``Piece``s in printed order (``_tokenize_block``):
e-mail addresses and numbers found first and masked, field labels removed, the rest cut at separators
and each piece classed as a person's name (titles left out, capitals in a readable case), an IOM office
or another organisation, a place, a role, "org?" (an organisation's own name, if it follows a name) or
noise (dropped). Also ``is_person_name`` and ``readable_name`` for callers outside.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ...core.offices import country_for_place
from ...core.text import clean, fold
from .countries import country_for_dateline
from .model import Piece
from .phones import _LABEL, find_phones

__all__ = ["is_person_name", "readable_name"]

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+'’%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

_SPLIT = re.compile(
    r"[,;|:()<>\[\]{}\x1f•·\t]|\s/\s|\s[–—-]\s|\s[–—]|[–—]\s"
    r"|\s(?:at|en|à|au|auprès\s+de|chez|with|of|from|del|de|a)\s+(?=(?:the\s+|l['’]\s*|la\s+|el\s+)?(?:IOM|OIM)\b)"
    r"|\s(?:at|on|au|al|en|à|sur|a)\s*(?=\x1f)"
)
_LEADING_NOISE = re.compile(
    r"^(?:(?:or|and|ou|et|please|kindly|contact(?:ez|er|ar|e)?|veuillez|merci\s+de|comun[ií]quese\s+con|"
    r"p[oó]ngase\s+en\s+contacto\s+con|call|reach|write\s+to|to|with|a|con|avec|auprès\s+de|"
    r"the\s+following|les\s+personnes\s+suivantes)\b\s*)+",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(
    r"^(?:(?:la|el|al|le|the)\s+(?=\w+\.?\s))?"  # "a la Sra. ...", "o al Sr. ..."
    r"(?:(?:mr|mrs|ms|miss|mx|dr|dra|mme|mlle|sr|sra|srta|prof|m)\.\s*"
    r"|(?:mr|mrs|ms|mx|dr|dra|mme|mlle|sr|sra|srta|prof)\s+)+",
    re.IGNORECASE,
)
# Words that make a piece of a contact block an organisation ("U.S. Fund for UNICEF", "French Red
# Cross", "Danish Refugee Council", "UNICEF Spain"): it is read like an IOM office.
_ORG_WORDS = set(
    """
    fund foundation fondation fundacion council conseil consejo committee comite croix-rouge
    society societe sociedad ministry ministere ministerio embassy ambassade embajada unicef unhcr
    acnur wfp unfpa undp pnud ocha unesco unaids caritas oxfam msf children ngo association asociacion
    federation federacion institute institut instituto university universite universidad commission
    comision alliance coalition trust agency agencies international corps mission missions delegation
    consulate consulat consulado rights watch relief rescue solidarity solidarite solidaridad network
    union partnership initiative forum
    """.split()
)
_ORG_PHRASE = re.compile(
    r"\b(?:red\s+cross|red\s+crescent|croix\s+rouge|cruz\s+roja|media\s+luna\s+roja|croissant[\s-]rouge|"
    r"save\s+the\s+children|world\s+vision|plan\s+international|medecins\s+sans|doctors\s+without)\b"
)
_IOM_OFFICE = re.compile(
    r"^(?:the\s+|l['’]\s*|la\s+|el\s+)?"
    r"(?P<org>IOM|OIM|UN\s+Migration|International\s+Organization\s+for\s+Migration|"
    r"Organisation\s+internationale\s+pour\s+les\s+migrations|Organizaci[oó]n\s+Internacional\s+para\s+las\s+Migraciones)"
    r"(?![\w])(?P<rest>.*)$",
)

_ROLE_WORDS = set(
    """
    officer officers manager head chief director directeur directrice directora spokesperson spokesman
    spokeswoman porte-parole portavoz vocero vocera coordinator coordinateur coordinatrice coordinador
    coordinadora assistant assistante asistente associate specialist specialiste especialista communications
    communication comunicacion comunicaciones media medias medios press presse prensa public information
    informations informacion oficial charge chargee responsable encargado encargada jefe jefa lead adviser
    advisor conseiller conseillere asesor asesora consultant consultante consultor consultora analyst
    intern stagiaire focal senior regional national programme program programa unit unite unidad team equipe
    equipo department departement departamento secretary representant representante representative chef
    relations writer editor producer photographer delegate delegue attache attachee outreach digital
    spokesperson's deputy adjoint adjointe adjunto adjunta acting interim officer-in-charge liaison
    """.split()
)
# Role words that name a job ("Officer", "Director"): a piece with one is a role, whatever else it says.
# The others ("Media", "Regional", "Communications") also qualify organisations: "Global Media Alliance".
_QUALIFIER_WORDS = set(
    """
    communications communication comunicacion comunicaciones media medias medios press presse prensa public
    information informations informacion senior regional national programme program programa unit unite
    unidad team equipe equipo department departement departamento relations outreach digital acting interim
    """.split()
)
_TITLE_WORDS = _ROLE_WORDS - _QUALIFIER_WORDS
# After a name, these are no organisation: "Jane Doe, PhD", "John Smith Jr."
_NAME_SUFFIXES = {"phd", "md", "mba", "msc", "ma", "ba", "bsc", "jr", "sr", "ii", "iii", "esq", "mp"}
_LANGUAGES = {
    "english", "french", "spanish", "arabic", "portuguese", "swahili", "kiswahili", "russian", "amharic",
    "somali", "hausa", "wolof", "dari", "pashto", "farsi", "urdu", "bangla", "bengali", "hindi", "tigrinya",
    "anglais", "francais", "espagnol", "arabe", "ingles", "frances", "espanol", "creole", "kreyol",
}  # fmt: skip
_ORG_CONNECTORS = {
    "of", "for", "the", "and", "&", "to", "in", "on", "de", "du", "des", "la", "le", "les", "pour", "para",
    "del", "y", "et", "en", "por", "sans", "without",
}  # fmt: skip
_NOT_NAME_WORDS = set(
    """
    iom oim un unhcr unicef wfp who ocha undp unfpa ministry minister ministre ministerio ministro government
    gouvernement gobierno the for of and or et ou office centre center bureau oficina website site visit www
    http https page share facebook twitter linkedin instagram youtube whatsapp email e-mail tel phone mobile
    fax contact contacts please media press information informations more further tel. organization
    organisation organizacion migration migrations migraciones nations united unies unidas agency agence
    agencia mission mision headquarters siege sede embassy ambassade embajada hotline numero number
    """.split()
)
_NAME_PARTICLES = {
    "de", "da", "del", "della", "der", "den", "di", "do", "dos", "das", "du", "la", "le", "van", "von",
    "ter", "ten", "bin", "ibn", "binti", "al", "el", "y", "e", "af", "zu", "st.", "d'", "dell'",
}  # fmt: skip
_NAME_TOKEN = re.compile(r"^(?:[a-zà-ÿ]{1,4}['’\-])?[^\W\d_](?:[^\W\d_]|['’\-.])*$")


def _line_counter(text: str) -> Callable[[int], int]:
    """The line number (0 = first) of a position in ``text``: a bisection, not a count from the start."""
    ends = [m.start() for m in re.finditer("\n", text)]
    return lambda pos: bisect.bisect_left(ends, pos)


def is_person_name(text: str) -> bool:
    """Does ``text`` look like a person's name ("Ana Kovač", "Marie-Claire N'Diaye", "محمد علي")?"""
    text = clean(text)
    if not text or len(text) > 60 or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 6:
        return False
    for i, tok in enumerate(tokens):
        key = fold(tok).strip(".,")
        if key in _ROLE_WORDS or key in _NOT_NAME_WORDS:
            return False
        if not _NAME_TOKEN.match(tok):
            return False
        first = tok[0]
        if first.isupper() or not first.islower():  # capitalized, or a script without case
            continue
        if 0 < i < len(tokens) - 1 and fold(tok) in _NAME_PARTICLES:
            continue
        if re.match(r"^[a-zà-ÿ]{1,4}['’\-][^\W\d_]", tok) and tok.split("'")[-1][:1].isupper():
            continue
        if re.match(r"^[a-zà-ÿ]{1,4}[’'\-]\w", tok):
            continue
        return False
    if all(len(t) == 1 or (len(t) == 2 and t.endswith(".")) for t in tokens):
        return False
    return country_for_place(text) is None


def _is_role(text: str) -> bool:
    words = [fold(w).strip(".,'’") for w in re.split(r"[\s/&-]+", text) if w]
    return any(w in _ROLE_WORDS for w in words)


def _tokenize_block(block: str) -> list[Piece]:
    items: list[Piece] = []
    chars = list(block)
    line_of = _line_counter(block)

    def mask(start: int, end: int) -> None:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = "\x1f"

    for m in _EMAIL.finditer(block):
        items.append(Piece(m.start(), m.end(), line_of(m.start()), "email", m.group().strip(".'’")))
        mask(m.start(), m.end())
    for phone in find_phones("".join(chars), line_of):
        items.append(phone)
        mask(phone.pos, phone.end)
    masked = "".join(chars)
    masked = _LABEL.sub(lambda m: "\x1f" * len(m.group()), masked)

    for text, pos in _split_with_pos(masked):
        chunk = _clean_chunk(text)
        if chunk:
            items.extend(_classify(chunk, pos, line_of(pos)))
    items.sort(key=lambda it: it.pos)
    return items


def _split_with_pos(masked: str) -> list[tuple[str, int]]:
    out = []
    for line_match in re.finditer(r"[^\n]+", masked):
        base = line_match.start()
        line = line_match.group()
        last = 0
        for sep in _SPLIT.finditer(line):
            out.append((line[last : sep.start()], base + last))
            last = sep.end()
        out.append((line[last:], base + last))
    return out


def _clean_chunk(text: str) -> str:
    text = clean(text.replace("\x1f", " "))
    text = text.strip(" .,;:*_\"“”«»„'‘’–—-=")
    prev = None
    while prev != text:
        prev = text
        text = _LEADING_NOISE.sub("", text).strip(' .,;:*_"“”«»–—-')
    return text


def _classify(chunk: str, pos: int, line: int) -> list[Piece]:
    end = pos + len(chunk)
    m = _IOM_OFFICE.match(chunk)
    if m:
        rest = m.group("rest")
        role = ""
        possessive = re.match(r"^(.*?)['’]s\s+(.+)$", rest)
        # "IOM Zimbabwe's spokesperson" is an office and a role; "IOM Cox's Bazar" is an office.
        if possessive and any(w in _ROLE_WORDS for w in fold(possessive.group(2)).split()):
            rest, role = possessive.group(1), possessive.group(2)
        office = clean(m.group("org") + rest)
        items = [Piece(pos, end, line, "office", office)]
        if role:
            items.append(Piece(pos + 1, end, line, "role", clean(role)))
        return items
    if _is_organisation(chunk):
        return [Piece(pos, end, line, "office", chunk)]
    name = _HONORIFIC.sub("", chunk).strip()
    if is_person_name(name):
        return [Piece(pos, end, line, "name", readable_name(name))]
    words = chunk.split()
    if len(words) <= 4 and country_for_place(chunk):
        return [Piece(pos, end, line, "place", chunk)]
    # "Jane Doe or John Smith": two names joined by a conjunction; what follows is theirs to share
    parts = [_HONORIFIC.sub("", p).strip() for p in re.split(r"\s+(?:or|and|ou|et|o|y|&)\s+", name, flags=re.I)]
    if len(parts) > 1 and all(is_person_name(p) for p in parts):
        return [Piece(pos + i, end, line, "name", readable_name(p)) for i, p in enumerate(parts)]
    if _is_role(chunk) and len(words) <= 14 and not re.search(r"[.!?]\s", chunk):
        return [Piece(pos, end, line, "role", chunk)]
    if _looks_like_organisation(chunk):
        return [Piece(pos, end, line, "org?", chunk)]  # an office only right after a name (_group)
    return []


def _is_organisation(chunk: str) -> bool:
    """A piece naming an organisation by its words ("Danish Refugee Council", "Global Media Alliance",
    "UK Mission to the UN Agencies in Rome"), not a job ("Head of the Media Unit", "Fund Manager")."""
    words = [fold(w).strip(".,'’") for w in chunk.split()]
    if not 1 <= len(words) <= 8 or re.search(r"[^\W\d_]{3,}[.!?]\s", chunk):
        return False
    if any(w in _TITLE_WORDS for w in re.split(r"[\s/&-]+", " ".join(words))):
        return False
    return any(w in _ORG_WORDS for w in words) or bool(_ORG_PHRASE.search(" ".join(words)))


def _looks_like_organisation(chunk: str) -> bool:
    """Could ``chunk`` be an organisation's own name ("ZimRights", "Caritas Lebanon Relief", "ACME")?
    Capitalized words (small joining words allowed), no role word, no digit, not a place, not a
    language or country adjective, not a degree. Read as an office only right after a name (see
    ``contacts._group``): "Tendai Moyo, ZimRights, +263 ..."."""
    tokens = chunk.split()
    if not 1 <= len(tokens) <= 6 or any(ch.isdigit() for ch in chunk) or "@" in chunk:
        return False
    if not tokens[0][:1].isupper():
        return False
    keys = [fold(t).strip(".,'’") for t in tokens]
    if any(k in _ROLE_WORDS for k in keys) or all(k in _NAME_SUFFIXES for k in keys):
        return False
    if any(not t[:1].isupper() and k not in _ORG_CONNECTORS for t, k in zip(tokens, keys, strict=True)):
        return False
    from ...core.offices import country_adjective

    if all(k in _ORG_CONNECTORS or k in _LANGUAGES or country_adjective(k) for k in keys):
        return False  # "English and French": languages spoken, "Kenyan"
    return country_for_dateline(chunk) is None  # "Nairobi", "Kenya": a place


_LOWER_PARTICLES = {
    "de", "da", "del", "della", "der", "den", "di", "do", "dos", "das", "du", "la", "le", "van", "von",
    "ter", "ten", "y", "e", "bin", "ibn", "binti", "los", "las",
}  # fmt: skip


def readable_name(name: str) -> str:
    """A name printed in capitals in a readable case: "JANE DOE" -> "Jane Doe", "Colin McDONALD" ->
    "Colin McDonald", "MARÍA DE LA CRUZ" -> "María de la Cruz", "O'BRIEN" -> "O'Brien". Words
    already in mixed case ("McKenzie", "de Souza") are left as printed. "Mac" is not guessed at:
    "MACDONALD" -> "Macdonald" (MacDonald and Macdonald are both real spellings; "MACHADO", "MACK"
    are no Mac- names), only "MacDONALD", printed with its inner capital, -> "MacDonald"."""

    def shouting(tok: str) -> bool:
        letters = [ch for ch in tok if ch.isalpha()]
        return len(letters) >= 2 and all(ch.isupper() for ch in letters)

    tokens = name.split()
    if not any(shouting(t) or re.match(r"^Ma?c[A-Z]{2,}$", t) for t in tokens):
        return name
    out = []
    for i, tok in enumerate(tokens):
        mc = re.match(r"^(?:Mc|MC)([^\W\d_])([^\W\d_]{2,})$", tok)
        mac = re.match(r"^Mac([A-Z])([A-Z]{2,})$", tok)  # "MacDONALD": printed with its capital D
        if mc and (tok.startswith("Mc") or shouting(tok)):
            out.append("Mc" + mc.group(1).upper() + mc.group(2).lower())
        elif mac:
            out.append("Mac" + mac.group(1) + mac.group(2).lower())
        elif not shouting(tok):
            out.append(tok)
        elif i > 0 and fold(tok) in _LOWER_PARTICLES:
            out.append(tok.lower())
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group()[0].upper() + m.group()[1:].lower(), tok))
    return " ".join(out)
