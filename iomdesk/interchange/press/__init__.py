"""Press releases: title, date, dateline, body and the media contacts a careful reader would take.

Pure functions over text: no Qt, no database, no network. HTML goes through
:mod:`iomdesk.interchange.html_text` first, then through the same rules as plain text.

The stages, one module each (each module's docstring says what enters it and what leaves):
``release`` (text, bytes or a file in, an ``ExtractedRelease`` out) -> ``segment`` (title, date,
dateline, body; where contact blocks open and stop; dates in ``dates``) -> ``blocks`` (each block
read, twins merged) -> ``pieces`` (a block cut into names, offices, roles, places, numbers, e-mails)
-> ``contacts`` (pieces given to people) -> ``phones`` (finding and reading numbers) with
``countries`` (which countries to read them in, in which order). ``model`` holds the data types.
Import from this package: ``from iomdesk.interchange.press import read_release``.

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

from .blocks import MAX_BLOCK_CHARS, extract_contacts, unwrap
from .countries import country_for_dateline, country_of_url
from .dates import find_date, parse_date
from .model import ExtractedContact, ExtractedRelease, UnreadableRelease
from .pieces import is_person_name, readable_name
from .release import (
    MAX_RELEASE_BYTES,
    RELEASE_SUFFIXES,
    decode_bytes,
    extract_release,
    read_release,
    read_release_bytes,
    release_files,
)
from .segment import find_contact_blocks

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
    # also used by the tests, the importer and the benchmarks
    "MAX_BLOCK_CHARS",
    "MAX_RELEASE_BYTES",
    "country_for_dateline",
    "country_of_url",
    "decode_bytes",
    "extract_contacts",
    "find_date",
    "is_person_name",
    "readable_name",
    "unwrap",
]
