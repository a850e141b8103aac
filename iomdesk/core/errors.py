"""Errors the user can fix. Each carries the field (and row, for imports) it is about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field. ``field`` is e.g. ``"email"``, ``"phones[1]"``."""

    field: str
    message: str
    value: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}: " if self.row is not None else ""
        shown = f" ({self.value!r})" if self.value not in (None, "") else ""
        return f"{where}{self.field}{shown}: {self.message}"


class UserError(Exception):
    """Base for every error a user can act on (bad input, unreadable file, conflict)."""


class InvalidValue(UserError):
    """A single value could not be normalized (a phone, an email, a name)."""

    def __init__(self, message: str, value: str | None = None):
        super().__init__(message)
        self.message = message
        self.value = value


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
