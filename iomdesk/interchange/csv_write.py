"""Writing contacts as CSV: our own format (plain or for Excel), Google Contacts, Outlook.

Every format neutralizes cells a spreadsheet would run as a formula (a leading ``'``), which our own
reader removes again, so "+2634335044" survives an export and an import unchanged.

Pure functions over :class:`~iomdesk.services.records.ContactRecord`-like objects: no Qt, no database.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol

from ..core.contact import LAWFUL_BASIS_LABELS
from ..core.errors import InvalidValue
from ..core.offices import country_for_office, country_name, normalize_country
from ..core.phones import parse_phone
from .mapping import neutralize

SEP = "; "  # several values in one cell

# Our own format: the import maps every one of these headers back to its field.
OWN_HEADERS = ["Name", "Role", "Office", "Country", "Phones", "Phone kinds", "Emails", "Tags", "Notes",
               "Languages", "Beats", "Source", "Lawful basis", "Review date"]

FORMATS = {
    "csv": "IOM Desk CSV (UTF-8)",
    "excel": "IOM Desk CSV for Excel (UTF-8 with BOM)",
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
}
ENCODINGS = {"csv": "utf-8", "excel": "utf-8-sig", "google": "utf-8", "outlook": "utf-8-sig"}

GOOGLE_LABEL = {"work": "Work", "mobile": "Mobile", "fax": "Work Fax", "other": "Other"}


class PhoneLike(Protocol):
    # Read-only (properties): frozen records and the ORM's rows both satisfy it.
    @property
    def raw(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def e164(self) -> str | None: ...


class ContactLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def office(self) -> str: ...
    @property
    def country(self) -> str | None: ...
    @property
    def own_country(self) -> str | None: ...
    @property
    def notes(self) -> str: ...
    @property
    def phones(self) -> Sequence[PhoneLike]: ...
    @property
    def emails(self) -> Sequence[str]: ...
    @property
    def tags(self) -> Sequence[str]: ...


def export_country(c: ContactLike) -> str:
    """The country written for a contact: its own country when it has one, else its effective
    country (the office's). An import reads phones without a country code with the row's
    country, else the office's, so the file reads back as the same contact.

    One column cannot hold both countries, so when the contact's own country differs from its
    office's, the office's is written instead whenever the own one would not read back the same:

    - a phone written without a country code was read with the office's country (a contact added
      by hand: the office's country comes first there), and the own country gives another E.164;
    - the office's country does not follow from its name (it came from an earlier contact): the
      importer would give the office the first row's country, which may be this contact's own.
    """
    own = getattr(c, "own_country", None)
    effective = c.country
    if not own or not effective or own == effective:
        return own or effective or ""
    if country_for_office(c.office) != effective:
        return effective
    for p in c.phones:
        e164 = getattr(p, "e164", None)
        if e164 and _read_with(p.raw, own, p.kind) != e164:
            return effective
    return own


def _read_with(raw: str, region: str, kind: str | None) -> str | None:
    try:
        return parse_phone(raw, region, kind).e164
    except InvalidValue:
        return None


@lru_cache(maxsize=512)
def country_text(code: str | None) -> str:
    """A country's name for formats other apps read, or its ISO code when the name would not read
    back as the same country ("Congo")."""
    if not code:
        return ""
    name = country_name(code)
    try:
        return name if normalize_country(name) == code else code
    except InvalidValue:
        return code


def protection_cells(c: ContactLike) -> list[str]:
    """Languages, beats, source, lawful basis (its label) and review date (ISO), as our CSV holds them."""
    basis = getattr(c, "lawful_basis", None)
    review = getattr(c, "review_date", None)
    return [
        SEP.join(getattr(c, "languages", ())),
        SEP.join(getattr(c, "beats", ())),
        getattr(c, "source", "") or "",
        LAWFUL_BASIS_LABELS.get(basis, basis or "") if basis else "",
        review.isoformat() if review else "",
    ]


def own_row(c: ContactLike) -> list[str]:
    return [
        c.name,
        c.role,
        c.office,
        export_country(c),
        SEP.join(p.raw for p in c.phones),
        SEP.join(p.kind for p in c.phones),
        SEP.join(c.emails),
        SEP.join(c.tags),
        c.notes,
        *protection_cells(c),
    ]


def split_name(name: str) -> tuple[str, str]:
    """(given, family) for formats that want two parts; joining them with a space gives ``name``."""
    parts = name.rsplit(" ", 1)
    return (parts[0], parts[1]) if len(parts) == 2 else (name, "")


def google_table(contacts: Sequence[ContactLike]) -> tuple[list[str], list[list[str]]]:
    n_email = max((len(c.emails) for c in contacts), default=0) or 1
    n_phone = max((len(c.phones) for c in contacts), default=0) or 1
    headers = [
        "First Name",
        "Middle Name",
        "Last Name",
        "Name Prefix",
        "Name Suffix",
        "Organization Name",
        "Organization Title",
        "Notes",
        "Labels",
    ]
    for i in range(1, n_email + 1):
        headers += [f"E-mail {i} - Label", f"E-mail {i} - Value"]
    for i in range(1, n_phone + 1):
        headers += [f"Phone {i} - Label", f"Phone {i} - Value"]
    headers += ["Address 1 - Label", "Address 1 - Country"]
    rows = []
    for c in contacts:
        given, family = split_name(c.name)
        row = [given, "", family, "", "", c.office, c.role, c.notes]
        row.append(" ::: ".join(["* myContacts", *c.tags]))
        for i in range(n_email):
            row += ["Work", c.emails[i]] if i < len(c.emails) else ["", ""]
        for i in range(n_phone):
            if i < len(c.phones):
                row += [GOOGLE_LABEL.get(c.phones[i].kind, "Other"), c.phones[i].raw]
            else:
                row += ["", ""]
        country = export_country(c)
        row += ["Work" if country else "", country_text(country)]
        rows.append(row)
    return headers, rows


OUTLOOK_PHONE_SLOTS = {
    "work": ["Business Phone", "Business Phone 2", "Company Main Phone"],
    "mobile": ["Mobile Phone"],
    "fax": ["Business Fax", "Other Fax", "Home Fax"],
    "other": ["Other Phone", "Home Phone", "Home Phone 2"],
}
OUTLOOK_HEADERS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Title",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Country/Region",
    *[s for slots in OUTLOOK_PHONE_SLOTS.values() for s in slots],
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Categories",
    "Notes",
]


def outlook_row(c: ContactLike) -> list[str]:
    given, family = split_name(c.name)
    values = dict.fromkeys(OUTLOOK_HEADERS, "")
    values.update({"First Name": given, "Last Name": family, "Company": c.office, "Job Title": c.role})
    country = export_country(c)
    values["Business Country/Region"] = country_text(country)
    overflow = []
    used: dict[str, int] = {}
    for p in c.phones:
        slots = OUTLOOK_PHONE_SLOTS.get(p.kind, OUTLOOK_PHONE_SLOTS["other"])
        i = used.get(p.kind, 0)
        if i < len(slots):
            values[slots[i]] = p.raw
            used[p.kind] = i + 1
        else:
            overflow.append(f"Phone ({p.kind}): {p.raw}")
    for i, address in enumerate(c.emails):
        if i < 3:
            values["E-mail Address" if i == 0 else f"E-mail {i + 1} Address"] = address
        else:
            overflow.append(f"E-mail: {address}")
    values["Categories"] = ";".join(c.tags)
    values["Notes"] = "\n".join([c.notes, *overflow]).strip() if overflow else c.notes
    return [values[h] for h in OUTLOOK_HEADERS]


def table_for(fmt: str, contacts: Sequence[ContactLike]) -> tuple[list[str], list[list[str]]]:
    if fmt in ("csv", "excel"):
        return list(OWN_HEADERS), [own_row(c) for c in contacts]
    if fmt == "google":
        return google_table(contacts)
    if fmt == "outlook":
        return list(OUTLOOK_HEADERS), [outlook_row(c) for c in contacts]
    raise ValueError(f"unknown CSV format {fmt!r} (use {', '.join(FORMATS)})")


def write_rows(
    stream: io.TextIOBase, headers: Sequence[str], rows: Iterable[Sequence[str]], *, safe: bool = True
) -> None:
    """Write a header and rows as CSV (comma, every cell quoted when needed, CRLF as RFC 4180)."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([neutralize(h) if safe else h for h in headers])
    for row in rows:
        writer.writerow([neutralize(v or "") if safe else (v or "") for v in row])


def to_csv_text(fmt: str, contacts: Sequence[ContactLike]) -> str:
    """The whole file as text (the BOM for "excel"/"outlook" is added by the encoding on write)."""
    headers, rows = table_for(fmt, contacts)
    buf = io.StringIO(newline="")
    write_rows(buf, headers, rows)
    return buf.getvalue()
