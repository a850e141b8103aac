"""The interface language: English, French or Spanish, following the OS unless chosen in Settings.

Translations are Qt's: every visible string of iomdesk/ui goes through ``tr()`` /
``QCoreApplication.translate``; resources/i18n/iomdesk_LANG.ts (in git) are compiled to .qm by the
package build (packaging/translations.py). Qt's own strings (standard buttons, key names in menus,
file dialogs) come from the qtbase_LANG.qm that PySide6 ships. ``QLocale()`` -- used for every number
and date shown -- follows the chosen language, keeping the OS's country where it speaks that language
(fr_CA stays fr_CA; an English OS choosing French gets fr_FR).

Plural messages are written once, in English, with Qt's "%Ln" and a "(s)" or "(es)" mark:
``self.tr("%Ln contact(s)", None, n)``. French and Spanish give their forms in their .ts files; English
gets "1 contact" / "2 contacts" from iomdesk_en.qm, which the build generates from the sources
(packaging/translations.py ``release_english``), so English is installed like any other language.

The CLI stays English.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

SETTING = "ui/language"
SYSTEM = "system"
# Language code -> its own name (shown in that language, whatever the interface's current language).
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}

_installed: list[QTranslator] = []


def chosen(settings: QSettings | None = None) -> str:
    """The setting: "system" (the default) or a language code."""
    value = str((settings or QSettings()).value(SETTING, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def system_language(locale: QLocale | None = None) -> str:
    """The first of the OS's preferred languages that IOM Desk speaks; English otherwise."""
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def effective(settings: QSettings | None = None, system: QLocale | None = None) -> str:
    value = chosen(settings)
    return system_language(system) if value == SYSTEM else value


def qm_file(language: str) -> Path:
    return Path(str(files("iomdesk.resources") / "i18n" / f"iomdesk_{language}.qm"))


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """QLocale for ``language``: the OS's own locale when it already speaks it (its country's formats)."""
    system = system or QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def install(language: str | None = None, settings: QSettings | None = None) -> str:
    """Install the translators for ``language`` (default: the setting) and make QLocale() follow it.

    Returns the language in effect; a missing .qm leaves the interface in English (logged, not fatal).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    remove()
    language = language or effective(settings)
    QLocale.setDefault(locale_for(language))
    if language == "en":  # the sources are English; the .qm only gives plurals ("1 contact", "2 contacts")
        english = QTranslator(app)
        if english.load(str(qm_file("en"))):
            app.installTranslator(english)
            _installed.append(english)
        else:
            log.warning("no compiled English plurals at %s; counts read '1 contact(s)'", qm_file("en"))
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(qm_file(language))):
        log.warning("no compiled translation for %s at %s; the interface stays in English", language,
                    qm_file(language))
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    return language


def remove() -> None:
    """Back to the English source texts (tests, or before installing another language)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
