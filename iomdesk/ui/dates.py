"""Dates and times as the interface's language writes them: QLocale() (which follows the language chosen,
iomdesk.ui.i18n), short formats. Stored times are UTC and are shown in the computer's time zone."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def local_datetime(at: dt.datetime) -> QDateTime:
    """A stored time (UTC) as a QDateTime in the computer's time zone."""
    at = at.astimezone()
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second))


def locale_datetime(when: dt.datetime | None, seconds: bool = False) -> str:
    """A date and time in the computer's time zone, as the user's language writes it: "01/03/2026 10:00"
    in French ("" for none); ``seconds``: with the seconds (the long format of the time)."""
    if when is None:
        return ""
    local = local_datetime(when)
    locale = QLocale()
    if not seconds:
        return locale.toString(local, QLocale.FormatType.ShortFormat)
    # the long time format has the seconds, and the time zone's name: without it (the computer's own zone)
    time_format = re.sub(r"\s*\(?\bt+\b\)?", "", locale.timeFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(local.date(), QLocale.FormatType.ShortFormat) + " " + locale.toString(local.time(), time_format)


def locale_date(day: dt.date | None) -> str:
    """A date as the user's language writes it (QLocale's short format); "" for none."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def edit_date_format() -> str:
    """The user's short date format with a four-digit year, for a date field (a two-digit year is
    ambiguous to edit)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
