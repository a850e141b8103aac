"""The core's messages in the interface's language.

The core and the services speak English (the CLI shows them as they are). Messages a user fixes in the
editor or in an import -- field errors, phone statuses and kinds -- are marked in the core with
``QT_TRANSLATE_NOOP("core", template)`` and carry their values apart (``InvalidValue.params``,
``FieldError.params``), so they are translated here and the values put back in. Anything not in the
catalogue (a library's own explanation, an unmarked service error) shows as it came. Country names are
stored as ISO codes and shown in the interface's language (pycountry's translations).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..core.errors import FieldError, InvalidValue, Text, ValidationError
from ..core.offices import country_name

FIELDS = {
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "office": QT_TRANSLATE_NOOP("fields", "Office"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    "phones": QT_TRANSLATE_NOOP("fields", "Phone"),
    "emails": QT_TRANSLATE_NOOP("fields", "Email"),
    "tags": QT_TRANSLATE_NOOP("fields", "Tag"),
    "tag": QT_TRANSLATE_NOOP("fields", "Tag"),
    "beats": QT_TRANSLATE_NOOP("fields", "Beat"),
    "languages": QT_TRANSLATE_NOOP("fields", "Language"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "lawful_basis": QT_TRANSLATE_NOOP("fields", "Lawful basis"),
    "review_date": QT_TRANSLATE_NOOP("fields", "Review date"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
}
_INDEXED = re.compile(r"^(?P<name>[a-z_]+)\[(?P<index>\d+)\]$")

# email-validator's own explanations of a bad address (core/emails.py passes them on as they are), so that
# a typo in an address is explained in the interface's language too. lupdate reads them from here.
EMAIL_VALIDATOR = (
    QT_TRANSLATE_NOOP("core", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("core", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("core", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("core", "The part after the @-sign is not valid. It should have a period."),
    QT_TRANSLATE_NOOP("core", "An email address cannot have a period immediately after the @-sign."),
    QT_TRANSLATE_NOOP("core", "An email address cannot have a period immediately before the @-sign."),
    QT_TRANSLATE_NOOP("core", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP("core", "An email address cannot start with a period."),
    QT_TRANSLATE_NOOP("core", "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP("core", "An email address cannot have a hyphen immediately after the @-sign."),
    QT_TRANSLATE_NOOP("core", "An email address cannot have a period and a hyphen next to each other."),
)
_EMAIL_CHARS = (  # the same with the characters at fault: (pattern, template)
    (re.compile(r"^The email address contains invalid characters before the @-sign: (?P<chars>.+)\.$"),
     QT_TRANSLATE_NOOP("core", "The email address contains invalid characters before the @-sign: {chars}.")),
    (re.compile(r"^The part after the @-sign contains invalid characters: (?P<chars>.+)\.$"),
     QT_TRANSLATE_NOOP("core", "The part after the @-sign contains invalid characters: {chars}.")),
)


def translated(context: str, table: dict[str, str], key: str | None, fallback: str | None = None) -> str:
    """``table[key]`` (a QT_TRANSLATE_NOOP of ``context``) in the interface's language; a key the table
    does not know (a value written by a newer version, say) shows as ``fallback``, by default as it is."""
    if key in table:
        return QCoreApplication.translate(context, table[key])
    return fallback if fallback is not None else key or ""


def phone_kind(kind: str | None) -> str:
    """A phone kind of core.phones.KINDS ("work") as a word in the interface's language; another (a kind
    a newer version wrote) as stored."""
    from ..core.phones import KINDS

    return core_text(kind) if kind in KINDS else (kind or "")


def core_text(template: str, params: dict | None = None) -> str:
    """A core message (its English template) in the interface's language, values put in (a value that is
    itself a ``Text``, such as "row 4" in a warning, translated too)."""
    if params:
        params = {k: core_text(v.template, v.params) if isinstance(v, Text) else v for k, v in params.items()}
    if not params:
        for pattern, with_chars in _EMAIL_CHARS:
            m = pattern.match(template)
            if m:
                template, params = with_chars, {"chars": m["chars"]}
                break
    text = QCoreApplication.translate("core", template)
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
            return template.format(**params)
    return text


def invalid_text(exc: InvalidValue) -> str:
    return core_text(exc.template, exc.params)


def field_name(field: str) -> str:
    """ "emails[1]" -> "Email 2"; "name" -> "Name" (translated); an unknown field as it is."""
    m = _INDEXED.match(field)
    if m:
        base = FIELDS.get(m["name"])
        if base is None:
            return field
        return QCoreApplication.translate("fields", "{field} {number}").format(
            field=QCoreApplication.translate("fields", base), number=int(m["index"]) + 1)
    base = FIELDS.get(field)
    return QCoreApplication.translate("fields", base) if base else field


def quoted(value: object) -> str:
    """A value between the quotes of the interface's language: 'x@' in English, « x@ » in French."""
    inner = repr(value)[1:-1] if isinstance(value, str) else str(value)
    return QCoreApplication.translate("fields", "'{value}'").format(value=inner)


def field_error_text(error: FieldError, with_field: bool = True) -> str:
    """One field error as a person reads it: "Email 2 ('x@'): is not ..." (row first in an import)."""
    message = core_text(error.template, dict(error.params)) if error.template else error.message
    if not with_field:
        return message
    text = QCoreApplication.translate("fields", "{field}: {message}").format(field=field_name(error.field),
                                                                             message=message)
    if error.value not in (None, ""):
        text = QCoreApplication.translate("fields", "{field} ({value}): {message}").format(
            field=field_name(error.field), value=quoted(error.value), message=message)
    if error.row is not None:
        text = QCoreApplication.translate("fields", "Row {row}: {problem}").format(row=error.row, problem=text)
    return text


def shown_country(code: str | None) -> str:
    """A country's name in the interface's language (pycountry's ISO 3166 translations), else in English."""
    if not code:
        return ""
    return _country_names(QLocale().name().split("_")[0])(country_name(code))


@functools.cache
def _country_names(language: str) -> Callable[[str], str]:
    if language == "en":
        return str
    import gettext

    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:  # no translation of the names for this language
        return str


def text_of(value: object) -> str:
    """A message from the core, the services or the store in the interface's language: a ``Text``
    (template and values kept apart) translated, anything else as it is."""
    if isinstance(value, Text):
        return core_text(value.template, value.params)
    return str(value)


def error_text(exc: BaseException, sep: str = "; ") -> str:
    """What to show for an error: translated where the core marked it, else its own words (the field
    errors of a ValidationError joined by ``sep``)."""
    if isinstance(exc, ValidationError):
        return sep.join(field_error_text(e) for e in exc.errors)
    if isinstance(exc, InvalidValue):
        return invalid_text(exc)
    if exc.args and isinstance(exc.args[0], Text):
        return text_of(exc.args[0])
    return str(exc)  # other errors (services, libraries) in their own words
