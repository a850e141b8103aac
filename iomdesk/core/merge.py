"""Three-way merge of a contact edited by two people at once (optimistic locking's "apply my changes on
top"): the version both started from (``base``), the colleague's saved version (``theirs``) and the
user's unsaved edits (``mine``). A field the user changed takes the user's value, every other field
the colleague's; a field both changed to different values takes the user's, and is reported so the
dialog can say so. Pure: no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from .contact import ContactInput, PhoneInput
from .errors import InvalidValue
from .languages import normalize_language
from .text import clean, fold

# The fields of a ContactInput, in the order the dialog shows them.
MERGE_FIELDS = ("name", "role", "office", "country", "phones", "emails", "tags", "languages", "beats", "notes",
                "source", "lawful_basis", "review_date")
FIELD_LABELS = {"name": "Name", "role": "Role", "office": "Office", "country": "Country", "phones": "Phones",
                "emails": "Emails", "tags": "Tags", "languages": "Languages", "beats": "Beats", "notes": "Notes",
                "source": "Source", "lawful_basis": "Lawful basis", "review_date": "Review date"}


def _language_key(item: str) -> str:
    try:
        return normalize_language(item)
    except InvalidValue:
        return fold(item)


def _phone_key(p: PhoneInput | str) -> tuple[str, str]:
    if isinstance(p, str):
        return clean(p), ""
    return clean(p.raw), p.kind or ""


def comparable(data: ContactInput, name: str) -> Any:
    """``data``'s value of field ``name`` in a form where two spellings of the same value are equal
    ("French" and "fr"; tags in any order and case; surrounding blanks)."""
    value = getattr(data, name)
    if name == "phones":
        return tuple(_phone_key(p) for p in value if _phone_key(p)[0])
    if name == "emails":
        return tuple(clean(e).casefold() for e in value if clean(e))
    if name in ("tags", "beats"):
        return tuple(sorted({fold(clean(t)) for t in value if clean(t)}))
    if name == "languages":
        return tuple(_language_key(x) for x in value if clean(x))
    if name == "review_date":
        return value.isoformat() if isinstance(value, dt.date) else clean(value or "")
    if name == "notes":
        return (value or "").strip()
    if name == "country":
        return clean(value or "").upper()
    return clean(value or "")


@dataclass
class MergeResult:
    merged: ContactInput
    mine: list[str] = field(default_factory=list)  # fields the user changed (their value taken)
    theirs: list[str] = field(default_factory=list)  # fields only the colleague changed (kept)
    both: list[str] = field(default_factory=list)  # fields both changed differently: the user's won

    @property
    def message(self) -> str:
        """What "apply my changes on top" did, in a sentence or two."""
        labels = [FIELD_LABELS[f] for f in self.both]
        parts = []
        if self.mine:
            parts.append(f"Your changes to {', '.join(FIELD_LABELS[f] for f in self.mine)} are applied")
        if self.theirs:
            parts.append(f"your colleague's changes to {', '.join(FIELD_LABELS[f] for f in self.theirs)} "
                         "are kept")
        text = "; ".join(parts) + "." if parts else "Nothing differs."
        if labels:
            text += f" You both changed {', '.join(labels)}: your version wins there."
        return text[0].upper() + text[1:]


def changed_fields(base: ContactInput, other: ContactInput) -> list[str]:
    """The fields whose value differs between ``base`` and ``other``."""
    return [f for f in MERGE_FIELDS if comparable(base, f) != comparable(other, f)]


def three_way_merge(base: ContactInput, theirs: ContactInput, mine: ContactInput) -> MergeResult:
    """Apply the user's edits (``mine`` against ``base``) on top of the colleague's version ``theirs``."""
    values: dict[str, Any] = {}
    result = MergeResult(theirs)
    for f in MERGE_FIELDS:
        b, t, m = comparable(base, f), comparable(theirs, f), comparable(mine, f)
        if m != b:
            values[f] = getattr(mine, f)
            result.mine.append(f)
            if t != b and t != m:
                result.both.append(f)
        else:
            values[f] = getattr(theirs, f)
            if t != b:
                result.theirs.append(f)
    copied: dict[str, Any] = {f: list(v) if isinstance(v, list) else v for f, v in values.items()}
    result.merged = replace(theirs, **copied)
    return result


def shown_value(data: ContactInput, name: str) -> str:
    """Field ``name`` of ``data`` as the conflict dialog shows it (a phone or email per line)."""
    value = getattr(data, name)
    if name == "phones":
        lines = []
        for p in value:
            raw, kind = (p, "") if isinstance(p, str) else (p.raw, p.kind or "")
            if clean(raw):
                lines.append(f"{clean(raw)} ({kind})" if kind else clean(raw))
        return "\n".join(lines)
    if name == "emails":
        return "\n".join(clean(e) for e in value if clean(e))
    if name == "languages":
        from .languages import language_label

        return ", ".join(language_label(k) if len(k) == 2 else k for k in (_language_key(x) for x in value
                                                                             if clean(x)))
    if name in ("tags", "beats"):
        return ", ".join(clean(t) for t in value if clean(t))
    if name == "lawful_basis":
        from .contact import LAWFUL_BASIS_LABELS

        return LAWFUL_BASIS_LABELS.get(value, value or "")
    if name == "review_date":
        return value.isoformat() if isinstance(value, dt.date) else clean(value or "")
    return (value or "").strip() if name == "notes" else clean(value or "")
