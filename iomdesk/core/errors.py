"""Errors the user can fix. Each carries the field (and row, for imports) it is about."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name Qt's lupdate looks for)
    """Marks a message for the interface's translators and returns it unchanged.

    The core never translates (the CLI speaks English); packaging/translations.py runs Qt's lupdate over
    the core too, which collects these messages, and the interface shows them translated
    (iomdesk/ui/messages.py). Values go in as named placeholders: ``InvalidValue(QT_TRANSLATE_NOOP(
    "core", "longer than {limit} characters"), value, limit=200)``.
    """
    return text


class Text(str):
    """An English message that keeps its template and values apart, for the interface's translation.

    It *is* the English string (the CLI, logs, tests and ``str(exc)`` see English); the interface reads
    ``template`` and ``params`` (iomdesk/ui/messages.py). Mark the template for lupdate:
    ``Text(QT_TRANSLATE_NOOP("core", "same email {address}"), address=a)``.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Text:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self


@dataclass(frozen=True)
class FieldError:
    """One problem with one field. ``field`` is e.g. ``"email"``, ``"phones[1]"``.

    ``template`` and ``params`` are the message before its values were put in, for a translation.
    """

    field: str
    message: str
    value: str | None = None
    row: int | None = None
    template: str | None = dataclasses.field(default=None, compare=False)
    params: tuple[tuple[str, object], ...] = dataclasses.field(default=(), compare=False)

    @classmethod
    def of(cls, name: str, exc: InvalidValue, row: int | None = None) -> FieldError:
        return cls(name, exc.message, exc.value, row, exc.template, tuple(exc.params.items()))

    def __str__(self) -> str:
        where = f"row {self.row}: " if self.row is not None else ""
        shown = f" ({self.value!r})" if self.value not in (None, "") else ""
        return f"{where}{self.field}{shown}: {self.message}"


class UserError(Exception):
    """Base for every error a user can act on (bad input, unreadable file, conflict)."""


class InvalidValue(UserError):
    """A single value could not be normalized (a phone, an email, a name)."""

    def __init__(self, message: str, value: str | None = None, **params: object):
        self.template = message
        self.params = params
        self.message = message.format(**params) if params else message
        super().__init__(self.message)
        self.value = value


def too_long(text: str, limit: int) -> InvalidValue:
    """The error for a field longer than ``limit`` (its start shown as the value)."""
    return InvalidValue(QT_TRANSLATE_NOOP("core", "longer than {limit} characters"), text[:40] + "...", limit=limit)


class ValidationError(UserError):
    """One or more fields are invalid. Nothing was stored."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


class NotFound(UserError):
    def __init__(self, what: str, ident: object):
        super().__init__(f"{what} {ident} does not exist")
        self.what = what
        self.ident = ident


class ConflictError(UserError):
    """Somebody else changed the record since it was read (optimistic locking)."""
