"""Press releases: title, date, dateline, body and the media contacts a careful reader would take.

Pure functions over text: no Qt, no database, no network. HTML goes through
:mod:`iomdesk.interchange.html_text` first, then through the same rules as plain text.

How contacts are found (general rules, not one per file):

1. A contact block opens with a phrase such as "For more information, please contact", "Media
   contacts", "Pour plus d'informations", "Para más información", "Contactos de prensa" or a
   "Contacts:" heading, and runs until the next opener, a stop line (share widgets, "About IOM",
   notes to editors, "###") or a paragraph of prose.
2. In a block, e-mail addresses and phone numbers are found first (phones with
   ``phonenumbers.PhoneNumberMatcher`` at ``Leniency.POSSIBLE``, so numbers valid when printed are
   kept); field labels (Tel, Tél., Teléfono, Mobile, WhatsApp, Fax, Email, courriel, Correo ...)
   give each number its kind and are removed; a number cut by a line break is joined first, and
   extensions ("ext. 12", "x12", "poste 12", "anexo 12") are kept.
3. What is left is cut at separators (line breaks , ; | : / ( ) " - " and " at IOM ...") into
   pieces, each classed as a person's name (titles such as "Dr." or "Sra." left out, capitals put
   in a readable case), an office (IOM, or another organisation: "French Red Cross"), a place, a
   role or noise. A capitalized piece right after a name (or a name and its role) with no role word,
   not a place, is that person's organisation ("Tendai Moyo, ZimRights, ..."); so is a name-shaped
   one there ("Chipo Dube, Mhare Arts, ...") unless an e-mail carries its words or a role follows it.
4. Pieces are read in order: a name opens a contact; the office, role, phones and e-mails after it
   belong to it. Names printed side by side ("Jane Doe or John Smith, IOM Kenya, ...") share what
   follows them, each e-mail going to the person it names. A contact is kept only when it has a
   name and a phone, an e-mail or an office: names quoted in the body are never in a block, and
   nothing is invented. Numbers and addresses printed before any name are listed
   (``ExtractedRelease.unassigned``), not given to someone.
5. Numbers without a country code take the country of the organisation's name ("IOM Kenya", "UNICEF
   Spain", "French Red Cross"), else of a place printed with the contact, else of the contact's own
   +CC numbers, else of the dateline (a table of capitals and large cities), else of the contact's
   e-mail domain (".gov.uk"; not webmail), else of the site's domain (".ke"), else the one country
   of the +CC numbers printed in the same block. A number is read in the first of these where it is
   valid (else the first where it is possible). A number valid in several of the release's countries
   (dateline, mail domain, site, block) and in none of the contact's own (organisation, place, own
   +CC) is not guessed at ("020 7946 0321" in Rome: Italy or the UK?).
   When none tells a country, none reads it, or several do, the number is kept exactly as printed (a
   PhoneValue without E.164: "no country"), never dropped. In a block, a digit run of 7 or 8 digits
   is a phone unless it reads as a figure ("3 000 000 people"); 5 or 6 digits when labelled ("Tel:
   20 123"); digits the number matcher leaves over are read too: every printed number ends up in
   the contact's phones, its unreadable numbers, the block's unassigned values or its unread text.
6. A block from which no contact can be read is reported (``ExtractedRelease.unread_blocks``); no
   contact is made up from it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.emails import email_key, normalize_email
from ..core.errors import InvalidValue
from ..core.offices import country_for_office, country_for_organisation, country_for_place
from ..core.phones import PhoneValue, kept_as_entered, parse_phone, phone_key, region_of
from ..core.text import clean, digits, fold

__all__ = [
    "ExtractedContact",
    "ExtractedRelease",
    "UnreadableRelease",
    "extract_release",
    "find_contact_blocks",
    "parse_date",
    "read_release",
    "read_release_bytes",
    "RELEASE_SUFFIXES",
    "release_files",
]

RELEASE_SUFFIXES = (".txt", ".html", ".htm")
# Contact blocks are read up to this many characters in all (each piece of a block costs a few
# name/office/place look-ups; a few hundred characters is usual): a hostile file stays fast.
MAX_BLOCK_CHARS = 20_000
# A press release page is a few hundred KB at most; a bigger file is not one (and would be slow).
MAX_RELEASE_BYTES = 4 * 1024 * 1024


class UnreadableRelease(InvalidValue):
    """The file cannot be read or decoded as a press release."""


@dataclass
class ExtractedContact:
    name: str
    role: str = ""
    office: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    phones: list[PhoneValue] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    raw: str = ""  # the text of the release the contact was read from
    # printed but not usable: "+12 34" (too short), "jdoe@iom" ... reported, never dropped silently
    invalid_phones: list[str] = field(default_factory=list)
    invalid_emails: list[str] = field(default_factory=list)
    # printed without +CC and valid in several of the release's countries (none of them the contact's
    # own): kept as printed ("no country") rather than read in a country that may be the wrong one
    ambiguous_phones: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return [f"phone {p!r} could not be read" for p in self.invalid_phones] + [
            f"email {e!r} is not a valid address" for e in self.invalid_emails
        ]


@dataclass
class ExtractedRelease:
    title: str
    date: dt.date | None = None
    dateline: str = ""
    body: str = ""
    url: str | None = None
    source: str = ""
    contacts: list[ExtractedContact] = field(default_factory=list)
    # contact blocks from which no contact could be read: their text, shown to the user, never guessed at
    unread_blocks: list[str] = field(default_factory=list)
    # numbers and addresses printed in a contact block before any name: no one's, so not stored, but said
    unassigned: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# dates

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan janvier janv enero ene",
        "february feb fevrier fev fevr febrero",
        "march mar mars marzo",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juin junio",
        "july jul juillet juil julio",
        "august aug aout agosto ago",
        "september sep sept septembre septiembre setiembre set",
        "october oct octobre octubre",
        "november nov novembre noviembre",
        "december dec decembre diciembre dic",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(
    r"\b(\d{1,2})(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?([a-z]{3,10})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b"
)
_MDY = re.compile(r"\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def _make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date printed in ``text`` and its span: ISO, "04 Mar 2021", "March 4, 2021",
    "4 mars 2021", "1er avril 2024", "3 de mayo de 2024", "12.03.2024" (day first)."""
    folded = fold(text)
    if len(folded) != len(text):  # folding changed lengths ("ß"): spans are approximate, fine here
        text = folded
    found: list[tuple[int, int, dt.date]] = []
    for m in _ISO_DATE.finditer(folded):
        d = _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), m.end(), d))
    for m in _DMY.finditer(folded):
        month = _MONTHS.get(m.group(2))
        d = month and _make_date(int(m.group(3)), month, int(m.group(1)))
        if d:
            found.append((m.start(), m.end(), d))
    for m in _MDY.finditer(folded):
        month = _MONTHS.get(m.group(1))
        d = month and _make_date(int(m.group(3)), month, int(m.group(2)))
        if d:
            found.append((m.start(), m.end(), d))
    for m in _NUMERIC.finditer(folded):
        d = _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), m.end(), d))
    if not found:
        return None
    start, end, d = min(found, key=lambda t: t[0])
    return d, start, end


def parse_date(text: str) -> dt.date | None:
    hit = find_date(text or "")
    return hit[0] if hit else None


def _is_date_line(line: str) -> bool:
    """A line that is a date and little else ("date 2021-03-04 04 Mar 2021", "Published: 4 March")."""
    hit = find_date(line)
    if hit is None:
        return False
    rest = fold(line)
    rest = _ISO_DATE.sub(" ", rest)
    rest = _DMY.sub(" ", rest)
    rest = _MDY.sub(" ", rest)
    rest = _NUMERIC.sub(" ", rest)
    return len(re.findall(r"[^\W\d_]+", rest)) <= 3


# --------------------------------------------------------------------------------------------------
# title and dateline

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
    if date_between is not None:
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


# --------------------------------------------------------------------------------------------------
# contact blocks

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

_ANTISPAM = re.compile(
    r"\b(?:this|cette|esta|la\s+direcci[oó]n|l['’]adresse)\b[^.\n]{0,80}?"
    r"(?:spam\s?bots|robots\s+spammeurs|robots\s+de\s+spam|contra\s+(?:el\s+)?spam)[^.\n]*\.?"
    r"(?:[ \t]*[^.\n]*java\s?script[^.\n]*\.?)?"
    r"|\[\s*e-?mail[\s\u00a0]*protected\s*\]",
    re.IGNORECASE,
)
_OBFUSCATED_AT = re.compile(r"\s*[\[(]\s*(?:at|arobase|arroba)\s*[\])]\s*", re.I)
_OBFUSCATED_DOT = re.compile(r"\s*[\[(]\s*(?:dot|point|punto)\s*[\])]\s*", re.I)

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+'’%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
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


@dataclass
class _Item:
    pos: int
    end: int
    line: int
    kind: str  # name office place role phone email
    value: str
    extra: str = ""  # phone label kind, or the role split off an office


def _line_counter(text: str):
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


def _phone_kind(label: str) -> str | None:
    key = fold(label).replace(" ", "")
    if "/" in key:
        return None
    if key.startswith(("mob", "cel", "movil", "portable", "gsm", "whats")) or key == "m":
        return "mobile"
    if key.startswith("fax") or key == "f":
        return "fax"
    return None


def _tokenize_block(block: str) -> list[_Item]:
    items: list[_Item] = []
    chars = list(block)
    line_of = _line_counter(block)

    def mask(start: int, end: int) -> None:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = "\x1f"

    for m in _EMAIL.finditer(block):
        items.append(_Item(m.start(), m.end(), line_of(m.start()), "email", m.group().strip(".'’")))
        mask(m.start(), m.end())
    masked = "".join(chars)
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
        after = _LABEL_AFTER.match(masked, m.end())  # "+254 20 422 1001 (fax)"
        if after is not None and (label is None or kind is None):
            kind = _phone_kind(after.group("label")) or kind
        items.append(_Item(m.start(), m.end(), line_of(m.start()), "phone", value, kind or ""))
        mask(m.start(), m.end())
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


def _classify(chunk: str, pos: int, line: int) -> list[_Item]:
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
        items = [_Item(pos, end, line, "office", office)]
        if role:
            items.append(_Item(pos + 1, end, line, "role", clean(role)))
        return items
    if _is_organisation(chunk):
        return [_Item(pos, end, line, "office", chunk)]
    name = _HONORIFIC.sub("", chunk).strip()
    if is_person_name(name):
        return [_Item(pos, end, line, "name", readable_name(name))]
    words = chunk.split()
    if len(words) <= 4 and country_for_place(chunk):
        return [_Item(pos, end, line, "place", chunk)]
    # "Jane Doe or John Smith": two names joined by a conjunction; what follows is theirs to share
    parts = [_HONORIFIC.sub("", p).strip() for p in re.split(r"\s+(?:or|and|ou|et|o|y|&)\s+", name, flags=re.I)]
    if len(parts) > 1 and all(is_person_name(p) for p in parts):
        return [_Item(pos + i, end, line, "name", readable_name(p)) for i, p in enumerate(parts)]
    if _is_role(chunk) and len(words) <= 14 and not re.search(r"[.!?]\s", chunk):
        return [_Item(pos, end, line, "role", chunk)]
    if _looks_like_organisation(chunk):
        return [_Item(pos, end, line, "org?", chunk)]  # an office only right after a name (_group)
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
    :func:`_group`): "Tendai Moyo, ZimRights, +263 ..."."""
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
    from ..core.offices import country_adjective

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


@dataclass
class _Building:
    name: str
    line: int
    start: int
    end: int
    role: str = ""
    office: str | None = None
    heading: str | None = None
    office_inherited: bool = False
    place: str | None = None
    phones: list[tuple[str, str]] = field(default_factory=list)  # (raw, kind)
    emails: list[str] = field(default_factory=list)
    # "Jane Doe or John Smith, IOM Kenya, ...": the people printed together, sharing what follows
    group: list[_Building] | None = None

    @property
    def has_details(self) -> bool:
        return bool(self.phones or self.emails)


def _names_an_organisation(items: list[_Item], k: int, last: _Item | None, current, block: str) -> bool:
    """Is the name-shaped piece ``items[k]`` the organisation of the contact being read, not a second
    person? "Chipo Dube, Mhare Arts, 0772 ..., cdube@...": it follows the contact's name (or name and
    role) on the same line after a comma, the contact has no office nor details yet, no e-mail of the
    block carries its words ("Jane Doe, John Smith, ..., jsmith@..." are two people), and no role
    follows it on the line ("..., Lucy Brown, Media Officer" is a person)."""
    it = items[k]
    if current is None or current.office is not None or current.has_details or last is None:
        return False
    if not (last.kind == "name" or (last.kind == "role" and current.role == last.value)):
        return False
    if any(o.kind == "email" and _carries_name(o.value, it.value) for o in items):
        return False
    if last.line == current.line == it.line - 1 and _alone_on_line(items, last) and _alone_on_line(items, it):
        # "Chipo Dube\nMhare Arts\nTel: ...": a name alone on its line, this alone under it, then details
        after = [o for o in items[k + 1 :] if o.kind != "org?"]
        return bool(after) and after[0].kind in ("phone", "email") and after[0].line == it.line + 1
    if not (last.line == it.line == current.line and it.pos >= last.end):
        return False
    between = block[last.end : it.pos]
    if "," not in between or "/" in between:
        return False
    after = [o for o in items[k + 1 :] if o.line == it.line and o.kind != "org?"]
    return bool(after) and after[0].kind in ("phone", "email")


def _group(items: list[_Item], block: str = "") -> list[_Building]:
    contacts: list[_Building] = []
    current: _Building | None = None
    heading: str | None = None  # an office printed as a heading applies to the people under it
    pending_role: _Item | None = None
    last: _Item | None = None
    for k, it in enumerate(items):
        if it.kind == "name" and block and _names_an_organisation(items, k, last, current, block):
            it = _Item(it.pos, it.end, it.line, "org?", it.value)
        if it.kind == "org?":
            # "Tendai Moyo, ZimRights, ...": a capitalized piece right after the name (or after the
            # name and its role) on the same line, or alone on the line under a name alone on its line
            after_name = (
                current is not None
                and current.office is None
                and last is not None
                and (last.kind == "name" or (last.kind == "role" and current.role == last.value))
                and current.line == last.line
                and (
                    it.line == last.line
                    or (it.line == last.line + 1 and _alone_on_line(items, last) and _alone_on_line(items, it))
                )
            )
            if not after_name:
                continue  # not read (as before): neither office nor role
            it = _Item(it.pos, it.end, it.line, "office", it.value)
        prev, last = last, it
        if it.kind == "name":
            before = current
            current = _Building(it.value, it.line, it.pos, it.end, heading=heading)
            # names printed together, nothing between them: "Jane Doe or John Smith, IOM Kenya, ...",
            # "Jane Doe / John Smith, ..."; what follows the last is theirs to share (see _share)
            together = (
                before is not None
                and prev is not None
                and prev.kind == "name"
                and prev.line == it.line
                and not before.has_details
                and before.office is None
            )
            if pending_role is not None and pending_role.line == it.line:
                current.role = pending_role.value
            elif together:
                current.role = before.role
            if together:
                before.group = before.group or [before]
                before.group.append(current)
                current.group = before.group
            else:
                pending_role = None
            contacts.append(current)
            continue
        if current is not None:
            current.end = max(current.end, it.end)
        if it.kind == "office":
            if current is not None and current.office is not None and it.line == current.line:
                if not current.has_details:
                    continue  # "Jane Doe, UNHCR, the UN Refugee Agency, +254 ...": the first names the office
            starts_section = current is None or (
                current.office is not None
                or (current.has_details and it.line > current.line and _alone_on_line(items, it))
            )
            if starts_section:
                heading = it.value
                current = None
            else:
                current.office = it.value
            continue
        if current is None:
            if it.kind == "role":
                pending_role = it
            continue
        if it.kind == "role":
            same_line = it.line == current.line
            if not current.role and (same_line or not current.has_details):
                current.role = it.value
            elif not same_line:
                pending_role = it
        elif it.kind == "place":
            current.place = current.place or it.value
        elif it.kind == "phone":
            current.phones.append((it.value, it.extra))
        elif it.kind == "email":
            current.emails.append(it.value)
    for c in contacts:
        if c.group and c is c.group[-1]:
            _share(c.group)
    for c in contacts:
        if c.office is None and c.heading:
            c.office = c.heading
            c.office_inherited = True
    return contacts


def _share(group: list[_Building]) -> None:
    """People printed together ("Jane Doe or John Smith, IOM Kenya, Tel ..., jdoe@..., jsmith@...")
    share the office, role, place and phones printed after the last of them; each e-mail goes to the
    person whose name it carries, and one that carries no one's name to all of them. Someone printed
    with details of their own before the next name keeps only those."""
    last = group[-1]
    members = [last] + [m for m in group[:-1] if not (m.has_details or m.office)]
    if len(members) < 2:
        return
    mails = last.emails
    for m in members:
        if m is not last:
            m.office = last.office
            m.role = m.role or last.role
            m.place = last.place
            m.phones = list(last.phones)
            m.end = last.end
        m.emails = []
    for address in mails:
        owners = [m for m in members if _carries_name(address, m.name)]
        for m in owners or members:
            m.emails.append(address)


def _carries_name(address: str, name: str) -> bool:
    local = re.sub(r"[^a-z]", "", fold(address.split("@")[0]))
    words = [re.sub(r"[^a-z]", "", fold(w)) for w in name.split()]
    words = [w for w in words if len(w) >= 3 and w not in _LOWER_PARTICLES]
    return any(w in local for w in words)


def _alone_on_line(items: list[_Item], it: _Item) -> bool:
    return all(o is it or o.line != it.line or o.kind == "org?" or o.pos == it.pos for o in items)


def _finish(
    b: _Building, block: str, offset: int, default_region: str | None, fallbacks: Sequence[str | None] = ()
) -> ExtractedContact | None:
    office = b.office
    office_country = country_for_organisation(office) if office else None
    place_country = country_for_place(b.place) if b.place else None
    # the contact's own numbers with +CC, when they agree, come before the dateline ("Tel: +254 20 ...,
    # Mobile: 0722 ..." is read in Kenya whatever the dateline)
    own = _printed_regions(raw for raw, _kind in b.phones)
    own_country = own.pop() if len(own) == 1 else None
    # in this order; a number that cannot be read in the first country is tried in the next ones
    # ("Norwegian Refugee Council" in a Kenyan camp prints Kenyan numbers)
    # the country of the contact's own e-mail domain ("@fcdo.gov.uk"): one more of the release's
    # countries to read a number in, never a reason to prefer one (webmail tells nothing)
    mail = _mail_region(b.emails)
    regions = list(
        dict.fromkeys(
            r for r in (office_country, place_country, own_country, default_region, mail, *fallbacks) if r
        )
    )
    # the contact's own countries (printed with it) are sure; the release's (dateline, site, block) a guess
    strong = len({r for r in (office_country, place_country, own_country) if r})
    contact = ExtractedContact(name=b.name, role=b.role, office=office)
    seen: set[str] = set()
    for raw, kind in b.phones:
        for value in _phones_in(raw, regions, kind or None, contact, strong):
            key = phone_key(value)  # the same number with two extensions is two numbers
            if key not in seen:
                seen.add(key)
                contact.phones.append(value)
    seen_mail: set[str] = set()
    for raw in b.emails:
        try:
            address = normalize_email(raw)
        except InvalidValue:
            contact.invalid_emails.append(raw)
            continue
        if email_key(address) not in seen_mail:
            seen_mail.add(email_key(address))
            contact.emails.append(address)
    country = office_country or place_country
    if country is None:  # no office: the country the numbers belong to, when they agree
        regions = {_country_of_number(p.e164) for p in contact.phones if p.e164}
        if len(regions) == 1:
            country = regions.pop()
    contact.country = country
    contact.raw = clean(block[b.start : b.end])
    if not (
        contact.phones or contact.emails or contact.invalid_phones or (office and not b.office_inherited)
    ):
        return None
    return contact


# Mail services people anywhere use: their domain tells no country ("yahoo.fr" in Dakar).
_WEBMAIL = re.compile(
    r"(?:^|\.)(?:yahoo|ymail|hotmail|outlook|live|msn|gmail|googlemail|aol|icloud|gmx|web|yandex|mail|"
    r"proton|protonmail|orange|wanadoo|free|laposte|sfr|libero|virgilio|tiscali|terra|uol|bol|zoho)\.",
    re.I,
)


def _mail_region(addresses: Sequence[str]) -> str | None:
    """The one country of the contact's e-mail domains (".gov.uk", ".co.zw", ".fr"), if they agree."""
    found = set()
    for address in addresses:
        domain = address.rsplit("@", 1)[-1]
        if "@" in address and not _WEBMAIL.search(domain):
            code = country_of_url("http://" + domain)
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def _country_of_number(e164: str) -> str | None:
    import phonenumbers

    found = region_of(e164)
    if found and found != "ZZ":
        return found
    try:
        code = phonenumbers.parse(e164, None).country_code
    except phonenumbers.NumberParseException:
        return None
    regions = phonenumbers.region_codes_for_country_code(code)
    return regions[0] if len(regions) == 1 else None


_EN_DASH_IN_NUMBER = re.compile(r"(?<=\d)\s*[–—‐]\s*(?=\d)")


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

    text = _EXTENSION_WORD.sub(" ext. ", _EN_DASH_IN_NUMBER.sub("-", raw))
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


def _printed_regions(raws) -> set[str]:
    """Countries of the numbers printed with +CC (or 00CC) among ``raws``."""
    import phonenumbers

    regions = set()
    for raw in raws:
        text = _EXTENSION_WORD.sub(" ext. ", _EN_DASH_IN_NUMBER.sub("-", raw)).strip()
        if text.startswith("00"):
            text = "+" + text[2:]
        if not text.startswith("+"):
            continue
        try:
            code = phonenumbers.region_code_for_number(phonenumbers.parse(text, None))
        except phonenumbers.NumberParseException:
            continue
        if code and code != "ZZ":
            regions.add(code)
    return regions


def _block_region(block: str) -> str | None:
    """The one country of the +CC numbers printed in a block (None when none, or several)."""
    regions = _printed_regions(m.group() for m in _PHONE.finditer(block))
    return regions.pop() if len(regions) == 1 else None


# Country-code top-level domains used by sites of any country ("example.io"): they tell no country.
_VANITY_TLDS = {"io", "co", "me", "tv", "ai", "fm", "cc", "ws", "to", "nu", "gg", "am", "ly", "eu", "su"}


def country_of_url(url: str | None) -> str | None:
    """Country of a site's domain: "https://www.redcross.or.ke/..." -> "KE"; None for .org, .int ..."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    tld = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_TLDS:
        return None
    if tld == "uk":
        return "GB"
    return country_for_place(tld, allow_code=True)


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


_WRAP_END = re.compile(r"(?:[.;!?…]|@[\w.-]+\.\w+|\d)\s*$")


def unwrap(text: str, width: int = 45) -> str:
    """Join lines a PDF or an e-mail hard-wrapped: a long line that stops mid-sentence continues on
    the next line. Short lines (stacked contact blocks) and lines ending a sentence, an address or a
    number are left alone."""
    lines = text.split("\n")
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and line.strip():
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        last = out[-1]
        joining = len(line.strip()) >= width and not _WRAP_END.search(last)
    return "\n".join(out)


def extract_contacts(
    text: str, default_region: str | None = None, site_region: str | None = None
) -> list[ExtractedContact]:
    """Every media contact in the contact blocks of ``text``."""
    return _extract(text, default_region, site_region)[0]


def _extract(
    text: str, default_region: str | None = None, site_region: str | None = None
) -> tuple[list[ExtractedContact], list[str], list[str]]:
    """The contacts of ``text``'s contact blocks, the text of the blocks no contact was read from, and
    the numbers and addresses printed in a block that belong to no one."""
    text = unwrap(text)
    text = _OBFUSCATED_AT.sub("@", text)
    text = _OBFUSCATED_DOT.sub(".", text)
    text = _ANTISPAM.sub(" ", text)
    found: list[ExtractedContact] = []
    unread: list[str] = []
    unassigned: list[str] = []
    openers = {m.end(): m.group() for m in _OPENER.finditer(text)}
    budget = MAX_BLOCK_CHARS  # over all blocks: a release's contact blocks hold a few hundred characters
    for start, end in find_contact_blocks(text):
        if budget <= 0:
            break
        end = min(end, start + budget)
        budget -= end - start
        block = text[start:end]
        if "\n" in block:  # numbers cut by a line break, joined (the block is read on its own from here)
            block = _WRAPPED_NUMBER.sub(_join_wrapped_number, block)
            block = _WRAPPED_LABELLED.sub(_join_wrapped_labelled, block)
        fallbacks = (site_region, _block_region(block))
        before = len(found)
        items = _tokenize_block(block)
        buildings = _group(items, block)
        for b in buildings:
            contact = _finish(b, block, start, default_region, fallbacks)
            if contact is not None:
                found.append(contact)
        if len(found) == before:
            if _unread(openers.get(start, ""), block):
                unread.append(clean(block).lstrip(" .,:;-–—*_")[:300])
            continue
        used = {raw for b in buildings for raw, _kind in b.phones} | {e for b in buildings for e in b.emails}
        unassigned += [it.value for it in items if it.kind in ("phone", "email") and it.value not in used]
    # the same person listed twice (two blocks, or French and English versions): merge
    merged: list[ExtractedContact] = []
    by_name: dict[str, ExtractedContact] = {}
    for c in found:
        twin = by_name.get(fold(c.name))
        if twin is None:
            merged.append(c)
            by_name[fold(c.name)] = c
            continue
        have = {phone_key(p) for p in twin.phones}
        twin.phones += [p for p in c.phones if phone_key(p) not in have]
        twin.invalid_phones += [p for p in c.invalid_phones if p not in twin.invalid_phones]
        twin.invalid_emails += [e for e in c.invalid_emails if e not in twin.invalid_emails]
        twin.ambiguous_phones += [p for p in c.ambiguous_phones if p not in twin.ambiguous_phones]
        keys = {email_key(e) for e in twin.emails}
        twin.emails += [e for e in c.emails if email_key(e) not in keys]
        twin.office = twin.office or c.office
        twin.country = twin.country or c.country
        twin.role = twin.role or c.role
    return merged, unread, list(dict.fromkeys(unassigned))


_CONTACT_WORD = re.compile(
    r"contact|reach|call|write|e-?mail|enquir|inquir|joindre|[ée]crire|adresser|comun[ií]quese|p[oó]ngase|"
    r"escriba|dirigirse",
    re.I,
)


def _unread(opener: str, block: str) -> bool:
    """Should a block that gave no contact be reported? When it was opened as a contact block ("please
    contact", "Media contacts:") or holds a number or an address, and has words in it; not "For more
    information on the hotline, visit ...", which names no one."""
    text = clean(block).strip(" .,:;-–—*_")
    if not re.search(r"[^\W_]{2,}", text):
        return False
    return bool(_CONTACT_WORD.search(opener) or "@" in block or _PHONE.search(block))


# --------------------------------------------------------------------------------------------------
# the release


# Runs of white space are cut to this many characters: longer runs made the dateline and other
# patterns backtrack for minutes (a line of 200,000 spaces), and say nothing more.
_LONG_SPACE = re.compile(r"([^\S\n])[^\S\n]{8,}")


def _normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _LONG_SPACE.sub(lambda m: m.group()[:8], text)
    text = re.sub(r"[\u00a0\u2007\u202f\u2009\u200a]", " ", text)
    text = text.replace("\u200b", "")
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower():
        return True
    return bool(re.search(r"<(?:body|article|p|div|h1|br)\b[^>]*>", head)) and bool(
        re.search(r"</(?:p|div|body|html|h1|article)>", text.lower())
    )


def extract_release(text: str, *, is_html: bool | None = None, source: str = "") -> ExtractedRelease:
    """Read a press release from its text (plain or HTML)."""
    text = _normalize_text(text or "")
    if is_html is None:
        is_html = _looks_like_html(text)
    url = None
    title = ""
    date: dt.date | None = None
    if is_html:
        from .html_text import UnreadableHtml, html_to_page

        try:
            page = html_to_page(text)
        except UnreadableHtml as exc:
            raise UnreadableRelease(exc.message, source or None) from None
        url = page.url
        title = page.title
        date = parse_date(page.date_text) if page.date_text else None
        text = page.text
        if title and title not in text[: len(title) + 500]:
            text = f"{title}\n\n{text}"
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
    body_text = "\n".join(lines[body_start:])
    blocks = find_contact_blocks(body_text)
    if blocks:
        opener = _OPENER.search(body_text)
        body_text = body_text[: opener.start() if opener else blocks[0][0]]
        body_text = re.sub(r"\b(?:for|pour|para)\s*$", "", body_text, flags=re.IGNORECASE)
    body = re.sub(r"\n{3,}", "\n\n", body_text).strip()

    region = None
    if dateline:
        region = country_for_dateline(dateline)
    contacts, unread, unassigned = _extract("\n".join(lines[body_start:]), region, country_of_url(url))
    return ExtractedRelease(
        title=title,
        date=date,
        dateline=dateline,
        body=body,
        url=url,
        source=source,
        contacts=contacts,
        unread_blocks=unread,
        unassigned=unassigned,
    )


def country_for_dateline(place: str) -> str | None:
    """Country of a dateline place: a country, an IOM duty station, else a capital or large city."""
    from .places import city_country

    found = country_for_place(place) or country_for_office(place)
    if found:
        return found
    key = fold(place).strip(" .,")
    found = city_country(key)
    if found is None and "," in key:  # "Cox's Bazar, Bangladesh" is found above; "Mombasa, Coast"
        found = city_country(key.split(",")[0].strip())
    return found


def decode_bytes(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM) when it is, else what charset-normalizer detects.
    Never raises for bad bytes (they become U+FFFD); raises UnreadableRelease for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise UnreadableRelease("is not a text file (its encoding could not be detected)")
    # Short texts often tie between code pages (cp1250 vs cp1252 for "Hélène"). Releases are in
    # English, French or Spanish, so among equally clean readings Windows-1252 / Latin-1 wins.
    least = min(m.chaos for m in results)
    tied = [m for m in results if m.chaos <= least + 0.005]
    western = {"cp1252", "latin_1", "iso8859_15", "iso8859_1"}
    preferred = next((m for m in tied if western & set(m.could_be_from_charset)), None)
    chosen = preferred or tied[0]
    if preferred is not None and preferred.encoding not in western:
        return data.decode("cp1252", errors="replace")
    return str(chosen)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")  # and bytes no encoding read


def _looks_binary(data: bytes, text: str | None = None) -> bool:
    if text is None:
        return b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 50)


def _too_big(size: int, source: str) -> UnreadableRelease:
    mb = MAX_RELEASE_BYTES // (1024 * 1024)
    return UnreadableRelease(
        f"is {size / (1024 * 1024):.0f} MB; a press release is at most {mb} MB (is it the right file?)", source
    )


def read_release_bytes(data: bytes, *, name: str = "", source: str = "") -> ExtractedRelease:
    """Read a release from the bytes of a file named ``name`` (.html/.htm: HTML; else sniffed).
    Raises UnreadableRelease (with ``source`` as its value) for a file that is not a release."""
    if len(data) > MAX_RELEASE_BYTES:
        raise _too_big(len(data), source)
    if _looks_binary(data):
        raise UnreadableRelease("is a binary file, not a press release", source)
    try:
        text = decode_bytes(data)
    except UnreadableRelease as exc:
        raise UnreadableRelease(exc.message, source) from None
    if _looks_binary(data, text):
        raise UnreadableRelease("is a binary file, not a press release", source)
    is_html = True if Path(name).suffix.lower() in (".html", ".htm") else None
    release = extract_release(text, is_html=is_html, source=source)
    if not release.title:
        raise UnreadableRelease("has no headline: it does not look like a press release", source)
    return release


def read_release(path: str | Path) -> ExtractedRelease:
    """Read a release file (.txt, .html, .htm, or anything that sniffs as HTML)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_RELEASE_BYTES:
            raise _too_big(size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableRelease(f"cannot be read: {exc.strerror or exc}", str(path)) from None
    return read_release_bytes(data, name=path.name, source=str(path))


def release_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files named, and the release files inside folders named. Raises UnreadableRelease."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES)
            if not found:
                raise UnreadableRelease("holds no .txt, .html or .htm files", raw)
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise UnreadableRelease("does not exist", raw)
    return files
