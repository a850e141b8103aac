"""What the press extractor hands out, and the one piece type its stages pass along.

Enters: nothing (data types only). Leaves: ``ExtractedRelease`` (title, date, dateline, body, url and
the contacts of one release, the blocks no contact was read from, the values no one owns),
``ExtractedContact``, ``UnreadableRelease`` (a file that is no release: a user error), and ``Piece``,
one classed piece of a contact block (name, office, role, place, phone or e-mail, with its position).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...core.errors import InvalidValue
from ...core.phones import PhoneValue

__all__ = ["ExtractedContact", "ExtractedRelease", "Piece", "UnreadableRelease"]


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


@dataclass
class Piece:
    pos: int
    end: int
    line: int
    kind: str  # name office place role phone email, or "org?" (an office only right after a name)
    value: str
    extra: str = ""  # phone label kind, or the role split off an office
