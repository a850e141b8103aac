"""Which CSV column holds which contact field, and how one row becomes a :class:`ContactInput`.

:func:`auto_mapping` recognises the headers of our own export, Google Contacts (current and legacy),
Outlook, Thunderbird, and French and Spanish spreadsheets, case- and accent-insensitively. The result
is a plain list of :class:`ColumnMap` (one per column) that a caller may edit (the import wizard lets
the user change it) and pass back to :func:`row_to_input`.

Pure functions: no Qt, no database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..core.contact import ContactInput, PhoneInput
from ..core.errors import UserError
from ..core.phones import KINDS
from ..core.text import clean, fold

# Field names a column can map to.
NAME, FIRST, MIDDLE, LAST, PREFIX, SUFFIX = (
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "name_prefix",
    "name_suffix",
)
ROLE, OFFICE, COUNTRY, NOTES, TAGS, EMAILS, PHONES, PHONE_KIND = (
    "role",
    "office",
    "country",
    "notes",
    "tags",
    "emails",
    "phones",
    "phone_kind",
)
LANGUAGES, BEATS, SOURCE, LAWFUL_BASIS, REVIEW_DATE = (
    "languages",
    "beats",
    "source",
    "lawful_basis",
    "review_date",
)
EXTRA = "extra"  # not a contact field: its values are kept in the notes or reported
IGNORE = "ignore"  # dropped on purpose (the user or a known-noise column)

FIELDS: dict[str, str] = {
    NAME: "Full name",
    FIRST: "First name",
    MIDDLE: "Middle name",
    LAST: "Last name",
    PREFIX: "Name prefix",
    SUFFIX: "Name suffix",
    ROLE: "Role / job title",
    OFFICE: "Office / organization",
    COUNTRY: "Country",
    NOTES: "Notes",
    TAGS: "Tags",
    EMAILS: "Email(s)",
    PHONES: "Phone(s)",
    PHONE_KIND: "Phone kind (label)",
    LANGUAGES: "Languages",
    BEATS: "Beats",
    SOURCE: "Source (where the data came from)",
    LAWFUL_BASIS: "Lawful basis",
    REVIEW_DATE: "Review date",
    EXTRA: "Not a field: keep in notes",
    IGNORE: "Ignore",
}

# The largest cell a row may hold; beyond it the row is rejected (a closing quote is usually missing).
MAX_CELL = 100_000

# Cells starting with these are run as formulas by spreadsheets; exports prefix them with "'".
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALIZED = re.compile(r"^'+[=+\-@\t\r]")


def neutralize(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet; :func:`unneutralize` reverses it exactly."""
    if cell.startswith(FORMULA_START) or _NEUTRALIZED.match(cell):
        return "'" + cell
    return cell


def unneutralize(cell: str) -> str:
    """Undo :func:`neutralize` ("'+263..." -> "+263...")."""
    if cell.startswith("'") and _NEUTRALIZED.match(cell):
        return cell[1:]
    return cell


@dataclass
class ColumnMap:
    """One column of the file and the field it fills.

    ``kind`` is the phone kind for a ``phones`` column (None: told by the number or by the group's
    label column). ``group`` ties a ``phone_kind`` column to the ``phones`` column(s) it labels
    (Google's "Phone 1 - Label" and "Phone 1 - Value"). ``note`` explains an automatic choice.
    """

    index: int
    header: str
    field: str = EXTRA
    kind: str | None = None
    group: str | None = None
    note: str = ""


class MappingError(UserError):
    """A mapping (usually edited by the user) that cannot be used; nothing was imported."""


def header_key(header: str) -> str:
    """ "E-mail 1 - Value" -> "e mail 1 value"; "Prénom" -> "prenom"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA" (as a spreadsheet names columns)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _keys(*words: str) -> set[str]:
    return {header_key(w) for w in words}


_NAME = _keys(
    "name",
    "full name",
    "display name",
    "contact",
    "contact name",
    "nom complet",
    "nom et prenom",
    "nom prenom",
    "nombre completo",
    "nombre y apellido",
    "nombre y apellidos",
)
_FIRST = _keys("first name", "given name", "first", "forename", "prenom", "prenoms", "primer nombre")
_MIDDLE = _keys("middle name", "additional name", "second name", "segundo nombre", "deuxieme prenom")
_LAST = _keys(
    "last name",
    "family name",
    "surname",
    "last",
    "nom de famille",
    "apellido",
    "apellidos",
    "primer apellido",
)
_PREFIX = _keys("name prefix", "prefix", "civilite", "tratamiento")
_SUFFIX = _keys("name suffix", "suffix")
_ROLE = _keys(
    "role",
    "job title",
    "organization title",
    "organization 1 title",
    "position",
    "job",
    "fonction",
    "poste",
    "titre",
    "cargo",
    "puesto",
    "funcion",
)
_OFFICE = _keys(
    "office",
    "company",
    "organization",
    "organisation",
    "organization name",
    "organization 1 name",
    "org",
    "bureau",
    "societe",
    "entreprise",
    "oficina",
    "organizacion",
    "empresa",
    "compania",
)
_COUNTRY = _keys(
    "country",
    "business country region",
    "business country",
    "work country",
    "country region",
    "address 1 country",
    "pays",
    "pais",
)
_NOTES = _keys(
    "notes", "note", "comments", "comment", "remarques", "commentaires", "notas", "nota", "observaciones"
)
_TAGS = _keys(
    "tags",
    "tag",
    "labels",
    "group membership",
    "categories",
    "category",
    "groups",
    "etiquettes",
    "mots cles",
    "categorie",
    "etiquetas",
    "categorias",
    "grupos",
)
_LANGUAGES = _keys(
    "language", "languages", "lang", "langs", "working languages", "spoken languages", "langue", "langues",
    "langue de travail", "langues de travail", "idioma", "idiomas", "lengua", "lenguas",
)
_BEATS = _keys("beat", "beats", "topics", "topic", "subjects", "coverage", "sujets", "thematiques", "temas")
_SOURCE = _keys("source", "data source", "source of data", "fuente")
# Not "basis" or "review" alone: a column of free remarks under such a header would reject every row.
_LAWFUL_BASIS = _keys("lawful basis", "legal basis", "base legale", "base juridica", "base legal")
_REVIEW_DATE = _keys("review date", "review by", "date de revision", "fecha de revision")
_EMAIL = re.compile(
    r"^(?:(?:primary|secondary|work|business|other|home) )?"
    r"(?:e ?mails?|courriels?|correos?(?: electronicos?)?|adresse (?:e ?mail|courriel|electronique)|mail)"
    r"(?: \d+)?(?: address| adresse| value)?$"
)
# Labels of values the app has no field for (or keeps no label of): "E-mail 1 - Label", "Address 1 - Type".
_EMAIL_NOISE = re.compile(
    r"^(?:e ?mail|address|website|relation|event|im|organization|custom field)(?: \d+)? "
    r"(?:type|label|display name)$"
)
_PHONE_GROUP = re.compile(r"^phone (\d+) (value|label|type)$")
_PHONE_WORK = _keys(
    "phone",
    "phones",
    "phone number",
    "telephone",
    "telephones",
    "tel",
    "telefono",
    "telefonos",
    "numero de telephone",
    "numero de telefono",
)
_PHONE_KIND: dict[str, str] = {
    **{
        k: "work"
        for k in _keys(
            "work phone",
            "business phone",
            "business phone 2",
            "company main phone",
            "primary phone",
            "office phone",
            "telephone bureau",
            "telephone professionnel",
            "telephone travail",
            "telefono trabajo",
            "telefono oficina",
            "telefono de trabajo",
        )
    },
    **{
        k: "mobile"
        for k in _keys(
            "mobile",
            "mobile phone",
            "mobile number",
            "mobile phone 2",
            "cell",
            "cell phone",
            "cellphone",
            "cellular",
            "portable",
            "telephone portable",
            "telephone mobile",
            "movil",
            "celular",
            "telefono movil",
            "telefono celular",
            "whatsapp",
        )
    },
    **{
        k: "fax"
        for k in _keys(
            "fax", "business fax", "fax number", "home fax", "other fax", "telecopie", "numero de fax"
        )
    },
    **{
        k: "other"
        for k in _keys(
            "home phone",
            "home phone 2",
            "other phone",
            "pager",
            "pager number",
            "car phone",
            "callback",
            "assistant s phone",
            "radio phone",
            "telephone domicile",
            "telefono casa",
            "telefono particular",
        )
    },
}
_PHONE_KINDS_OWN = _keys("phone kinds", "phone kind", "phone types", "phone type")
# Columns that exporters fill with the same filler on every row; keeping them would add noise.
_NOISE = _keys(
    "reason",  # our own rejects file
    "priority",
    "sensitivity",
    "private",
    "gender",
    "initials",
    "file as",
    "photo",
    "e mail type",
    "e mail display name",
    "yomi name",
    "given name yomi",
    "additional name yomi",
    "family name yomi",
    "phonetic first name",
    "phonetic middle name",
    "phonetic last name",
)
_FILLER = {"0/0/00", "0/0/0000", "00/00/00", "unspecified", "normal", "false"}


def _classify(key: str) -> tuple[str, str | None, str | None]:
    """(field, kind, group) for one normalized header, ignoring context."""
    if key in _NOISE or _EMAIL_NOISE.match(key):
        return IGNORE, None, None
    if key in _NAME:
        return NAME, None, None
    if key in _FIRST:
        return FIRST, None, None
    if key in _MIDDLE:
        return MIDDLE, None, None
    if key in _LAST:
        return LAST, None, None
    if key in _PREFIX:
        return PREFIX, None, None
    if key in _SUFFIX:
        return SUFFIX, None, None
    if key in _ROLE:
        return ROLE, None, None
    if key in _OFFICE:
        return OFFICE, None, None
    if key in _COUNTRY:
        return COUNTRY, None, None
    if key in _NOTES:
        return NOTES, None, None
    if key in _TAGS:
        return TAGS, None, None
    if key in _LANGUAGES:
        return LANGUAGES, None, None
    if key in _BEATS:
        return BEATS, None, None
    if key in _SOURCE:
        return SOURCE, None, None
    if key in _LAWFUL_BASIS:
        return LAWFUL_BASIS, None, None
    if key in _REVIEW_DATE:
        return REVIEW_DATE, None, None
    if _EMAIL.match(key):
        return EMAILS, None, None
    m = _PHONE_GROUP.match(key)
    if m:
        group = f"phone {m.group(1)}"
        return (PHONES if m.group(2) == "value" else PHONE_KIND), None, group
    if key in _PHONE_KINDS_OWN:
        return PHONE_KIND, None, "phones"
    if key in _PHONE_WORK:
        return PHONES, None, "phones"
    if key in _PHONE_KIND:
        return PHONES, _PHONE_KIND[key], None
    return EXTRA, None, None


def auto_mapping(headers: Sequence[str]) -> list[ColumnMap]:
    """The mapping IOM Desk proposes for ``headers`` (one :class:`ColumnMap` per column)."""
    keys = [header_key(h) for h in headers]
    result = [ColumnMap(i, h, *_classify(k)) for i, (h, k) in enumerate(zip(headers, keys, strict=True))]
    has_first = any(c.field == FIRST for c in result)
    has_role = any(c.field == ROLE and keys[c.index] != "title" for c in result)
    for c, key in zip(result, keys, strict=True):
        # "Nom"/"Nombre" is the family/first name next to "Prénom"/"Apellido", else the full name.
        if key == "nom":
            c.field = LAST if has_first else NAME
        elif key == "nombre":
            c.field = FIRST if any(k in _LAST for k in keys) else NAME
        elif key == "title":
            # Outlook's "Title" is "Mr."/"Dr." next to "Job Title"; alone it is a job title.
            c.field = PREFIX if has_role else ROLE
        elif key == "name" and has_first:
            c.note = "used when the name-part columns are empty"
        if c.field == EXTRA and headers[c.index].strip() == "":
            c.note = f"column {column_letter(c.index)} has no header"
    return result


def check_mapping(mapping: Sequence[ColumnMap], width: int | None = None) -> None:
    """Raise MappingError when a caller-edited mapping cannot be used."""
    for c in mapping:
        if c.field not in FIELDS:
            raise MappingError(f"column {c.header!r}: unknown field {c.field!r}")
        if c.kind is not None and c.kind not in KINDS:
            raise MappingError(f"column {c.header!r}: unknown phone kind {c.kind!r} (use {', '.join(KINDS)})")
        if width is not None and not 0 <= c.index < width:
            raise MappingError(f"column {c.header!r}: index {c.index} is outside the file's {width} columns")
    if not any(c.field in (NAME, FIRST, MIDDLE, LAST) for c in mapping):
        raise MappingError("no column holds the contact's name; choose which column is the name")


# -- turning one row into a ContactInput ----------------------------------------------------------

_MULTI = re.compile(r"\s*(?::::|;|\n)\s*")
_EMAIL_SPLIT = re.compile(r"[\s;,]+|:::")
_LANGUAGE_SPLIT = re.compile(r"\s*(?::::|[;,/|\n])\s*")  # no language name holds one of these


def split_values(cell: str) -> list[str]:
    """Several values in one cell: "a ::: b" (Google), "a; b" (ours, Outlook), one per line."""
    if ";" not in cell and "\n" not in cell and ":::" not in cell:  # one value: no split needed
        value = cell.strip()
        return [value] if value else []
    return [v for v in (p.strip() for p in _MULTI.split(cell)) if v]


@lru_cache(maxsize=1024)
def kind_from_label(label: str) -> str | None:
    """A phone label as Google, Outlook or a person writes it -> one of KINDS, or None."""
    words = fold(label).replace("*", " ").replace("_", " ")
    if not words.strip():
        return None
    if "fax" in words or "telecopi" in words:
        return "fax"
    if any(w in words for w in ("mobile", "cell", "portable", "movil", "celular", "gsm", "whatsapp")):
        return "mobile"
    if any(
        w in words for w in ("work", "business", "office", "main", "bureau", "trabajo", "oficina", "prof")
    ):
        return "work"
    if any(w in words for w in ("home", "other", "pager", "domicile", "casa", "otro", "autre", "personal")):
        return "other"
    return None


@dataclass
class RowInput:
    """One row turned into what the user typed, plus what went wrong before validation."""

    data: ContactInput
    problems: list[str]
    unmapped: list[tuple[str, str]]  # (header, value) of EXTRA columns with a value


def _first(values: list[str]) -> str:
    return next((v for v in values if v), "")


def row_to_input(cells: Sequence[str], mapping: Sequence[ColumnMap], width: int | None = None) -> RowInput:
    """Build the ContactInput for one row. ``cells`` are as read (neutralized cells are undone)."""
    problems: list[str] = []
    width = len(mapping) if width is None else width
    if len(cells) > width:
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            problems.append(
                f"the row has {len(cells)} cells but the header has {width}: a value probably holds an "
                f"unquoted delimiter (extra: {extra[0][:40]!r})"
            )
    fields: dict[str, list[str]] = {}
    phones: list[tuple[str, str | None, str | None]] = []  # (cell, column kind, group)
    labels: dict[str, list[str]] = {}
    unmapped: list[tuple[str, str]] = []
    for c in mapping:
        cell = cells[c.index] if c.index < len(cells) else ""
        if len(cell) > MAX_CELL:
            problems.append(
                f"the cell in column {c.header or column_letter(c.index)!r} holds {len(cell):,} characters "
                f'(the limit is {MAX_CELL:,}); a closing quote (") is probably missing'
            )
            continue
        if "\x00" in cell:
            cell = cell.replace("\x00", "")
        if cell[:1] == "'":
            cell = unneutralize(cell)
        if c.field == IGNORE or not cell.strip():
            continue
        if c.field == PHONES:
            phones.append((cell, c.kind, c.group))
        elif c.field == PHONE_KIND:
            labels.setdefault(c.group or "", []).append(cell)
        elif c.field == EXTRA:
            if cell.strip().lower() not in _FILLER:
                unmapped.append((c.header or f"Column {column_letter(c.index)}", cell.strip()))
        else:
            fields.setdefault(c.field, []).append(cell)

    name = clean(_first(fields.get(NAME, [])))
    if not name:
        parts = [_first(fields.get(f, [])) for f in (PREFIX, FIRST, MIDDLE, LAST, SUFFIX)]
        name = " ".join(clean(p) for p in parts if clean(p))

    phone_inputs: list[PhoneInput | str] = []
    for cell, col_kind, group in phones:
        values = split_values(cell)
        kinds: list[str | None] = [col_kind] * len(values)
        label_cells = labels.get(group or "", []) if group else []
        if label_cells:
            words = [w for lc in label_cells for w in split_values(lc)]
            if len(words) == len(values):
                kinds = [kind_from_label(w) or col_kind for w in words]
            elif len(words) == 1:
                kinds = [kind_from_label(words[0]) or col_kind] * len(values)
        phone_inputs.extend(PhoneInput(v, k) for v, k in zip(values, kinds, strict=True))

    emails = [e for cell in fields.get(EMAILS, []) for e in _EMAIL_SPLIT.split(cell) if e.strip()]
    tags = [
        t
        for cell in fields.get(TAGS, [])
        for t in split_values(cell)
        if not t.startswith("* ")  # Google's system groups: "* myContacts", "* starred"
    ]
    notes = "\n".join(v.strip() for v in fields.get(NOTES, []))
    languages = [v for cell in fields.get(LANGUAGES, []) for v in _LANGUAGE_SPLIT.split(cell) if v.strip()]
    beats = [b for cell in fields.get(BEATS, []) for b in split_values(cell)]
    data = ContactInput(
        name=name,
        role=_first(fields.get(ROLE, [])),
        office=_first(fields.get(OFFICE, [])),
        country=_first(fields.get(COUNTRY, [])),
        notes=notes,
        phones=phone_inputs,
        emails=emails,
        tags=tags,
        languages=languages,
        beats=beats,
        source=_first(fields.get(SOURCE, [])),
        lawful_basis=_first(fields.get(LAWFUL_BASIS, [])),
        review_date=_first(fields.get(REVIEW_DATE, [])),
    )
    return RowInput(data, problems, unmapped)


def add_unmapped_to_notes(data: ContactInput, unmapped: list[tuple[str, str]]) -> None:
    """Keep the values of unmapped columns as "Header: value" lines at the end of the notes."""
    if not unmapped:
        return
    lines = "\n".join(f"{h}: {v}" for h, v in unmapped)
    data.notes = f"{data.notes.rstrip()}\n{lines}" if data.notes.strip() else lines
