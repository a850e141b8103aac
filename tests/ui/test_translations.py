"""The interface in French and Spanish: every visible string of iomdesk/ui is translatable, every
message is translated, the language follows the OS or the choice in Settings, QLocale formats follow.

The strongest check is a pseudo-translation: every message of the sources is "translated" to
⟦its English⟧, the main window and every dialog are opened, and every text a user can see (titles,
labels, buttons, menus, tooltips, placeholders, headers, tabs, combo items) must carry the brackets or
be data from the directory. An f-string or a literal that skips tr() shows up without them.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from iomdesk.ui import i18n

from .conftest import make_window
from .every_dialog import every_dialog

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
assert _spec and _spec.loader
translations = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = translations  # dataclasses look their module up
_spec.loader.exec_module(translations)

OPEN, CLOSE = "⟦", "⟧"


# -- the .ts files -------------------------------------------------------------------------------------
def test_every_message_of_the_sources_is_in_the_ts_files_and_translated():
    problems = translations.check()
    assert problems == [], "run `python packaging/translations.py update`, then translate:\n" + "\n".join(problems)


PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%L?\d|</?[a-z]+[^>]*>")  # values, counts, markup (and <email>)
ACCELERATOR = re.compile(r"&(?!amp;|[a-z]+;)")  # an Alt letter, not an HTML entity ("&&" is a plain "&")


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_placeholders_markup_accelerators_and_plural_forms(language):
    bad = []
    for m in translations.read_ts(translations.ts_path(language)):
        where = f"[{m.context}] {m.source!r}"
        if m.numerus and len(m.translations) != 2:
            bad.append(f"{where}: {len(m.translations)} plural forms (French and Spanish have 2)")
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(text)):
                bad.append(f"{where} -> {text!r}: placeholders or tags differ")
            if accelerators(m.source) != accelerators(text):
                bad.append(f"{where} -> {text!r}: & accelerator lost or added")
            if "(s)" not in m.source and ("(s)" in text or "(e)" in text):
                bad.append(f"{where} -> {text!r}: a (s) mark where the plural forms choose the word")
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_follow_the_language_s_punctuation(language):
    """French: a non-breaking space before : ; ? ! and inside « », the typographic apostrophe.
    Spanish: a question opens with ¿."""
    bad = []
    for m in translations.read_ts(translations.ts_path(language)):
        for text in m.translations:
            if language == "fr" and (re.search(r" [:;?!»]|« ", text) or "'" in text
                                     or re.search(r"\w[;?!]", text.replace("mailto:", "").replace("tel:", ""))):
                bad.append(f"[{m.context}] {text!r}")
            if language == "es" and "?" in text and "¿" not in text:
                bad.append(f"[{m.context}] {text!r}")
    assert bad == [], "\n".join(bad)


def test_every_plural_message_reads_naturally_in_english(qapp):
    """No "(s)" or "(es)" left in any count the interface shows in English, for 1 and for 2 (the build's
    iomdesk_en.qm, installed for every UI test as the app installs it)."""
    plurals = [m for m in translations.read_ts(translations.ts_path("fr")) if m.numerus]
    assert len(plurals) > 20
    left = []
    for m in plurals:
        for n in (1, 2):
            text = QCoreApplication.translate(m.context, m.source, m.comment or None, n)
            if "(s)" in text or "(es)" in text:
                left.append(f"[{m.context}] {text!r}")
    assert left == [], "\n".join(left)


def test_the_check_catches_a_new_string_and_an_untranslated_one(tmp_path, monkeypatch):
    src = tmp_path / "widget.py"
    src.write_text("from PySide6.QtWidgets import QLabel\nclass W(QLabel):\n"
                   "    def f(self):\n        return self.tr('Brand new text')\n", encoding="utf-8")
    monkeypatch.setattr(translations, "ui_sources", lambda: [str(src)])
    for language in translations.LANGUAGES:
        monkeypatch.setattr(translations, "I18N", tmp_path)
        (tmp_path / f"iomdesk_{language}.ts").write_text(
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr"></TS>',
            encoding="utf-8")
    problems = translations.check()
    assert "fr: not in iomdesk_fr.ts: [W] 'Brand new text'" in problems
    translations.lupdate([translations.ts_path("fr")], [str(src)])
    assert "fr: untranslated: [W] 'Brand new text'" in translations.check()


# -- the pseudo-translation walk -----------------------------------------------------------------------
@pytest.fixture
def pseudo(tmp_path_factory):
    """A translator turning every message of iomdesk/ui into ⟦message⟧."""
    qm = tmp_path_factory.mktemp("pseudo") / "pseudo_fr.qm"
    translations.release_generated(
        qm, lambda source, numerus: (OPEN + source + CLOSE,) * 2 if numerus else OPEN + source + CLOSE)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in ``top`` and its menus."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and re.search(r"[^\W\d_]", text):
            out.append((where, text))

    add(f"{type(top).__name__} title", top.windowTitle())
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(top) or (w.isWindow() and w is not top):
            continue
        kind = type(w).__name__
        add(f"{kind} tooltip", w.toolTip())
        add(f"{kind} accessible name", w.accessibleName())
        add(f"{kind} accessible description", w.accessibleDescription())
        box = w.parentWidget()
        if isinstance(w, QAbstractButton) and isinstance(box, QDialogButtonBox) and box.standardButton(w) != \
                QDialogButtonBox.StandardButton.NoButton:
            kind = "standard button"  # Qt's own text, translated by qtbase_LANG.qm
        if isinstance(w, QLabel | QAbstractButton):
            add(f"{kind} text", w.text())
        if isinstance(w, QGroupBox):
            add(f"{kind} title", w.title())
        if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            add(f"{kind} placeholder", w.placeholderText())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"{kind} tab", w.tabText(i))
                add(f"{kind} tab tooltip", w.tabToolTip(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{kind} item", w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount()
            except TypeError:  # a list model: one column, no header to read
                columns = 0
            for c in range(columns):
                for role in (0, 3):  # DisplayRole, ToolTipRole
                    value = model.headerData(c, Qt.Orientation.Horizontal, role)
                    add(f"{kind} header", value if isinstance(value, str) else None)
    for menu in top.findChildren(QMenu):
        add("menu title", menu.title())
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            add(f"menu item of {menu.title()!r}", action.text())
            add(f"status tip of {action.text()!r}", action.statusTip())
    return out


def data_values(ctx) -> set[str]:
    """What comes from the directory (names, offices, lists...): shown as stored, never translated."""
    values = {"IOM Desk", "English", "Français", "Español"}
    for record in ctx.contacts.get_many(ctx.search.search_ids("", limit=None)):
        values |= {record.name, record.office, record.role, record.country or ""}
        values |= set(record.emails) | set(record.tags)
    values |= {o.name for o in ctx.contacts.list_offices()} | set(ctx.contacts.list_countries())
    values |= set(ctx.contacts.list_tags()) | set(ctx.lists.names())
    values |= {a.title for a in ctx.articles.list()} | {"Editors"}  # every_dialog makes that list
    return {v for v in values if v}


# Names that are the same in every language: encodings, formats (Qt's standard buttons come translated
# from Qt's own qtbase_LANG.qm, checked in test_the_window_speaks_the_chosen_language).
CONSTANT = {"UTF-8", "UTF-16", "Latin-1 (ISO 8859-1)", "Windows-1252", "Mac Roman", "CSV", "vCard"}
COUNTRY_ITEM = re.compile(r".+ \([A-Z]{2}\)$")  # "Croatia (HR)": pycountry's names, in the language chosen
PATH = re.compile(r"^(/|[A-Za-z]:\\|[a-z+]+://)")  # a file or database the user chose


def untranslated(texts: list[tuple[str, str]], data: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        if OPEN in text or where.startswith("standard button"):
            continue
        if text in data or any(text.startswith(d) for d in data if len(d) > 3) or text.startswith(("http", "mailto:")):
            continue
        if text in CONSTANT or COUNTRY_ITEM.match(text) or PATH.match(text) or EXAMPLE.fullmatch(text):
            continue
        bad.append(f"{where}: {text!r}")
    return bad


def test_every_visible_text_of_the_window_and_its_dialogs_goes_through_tr(pseudo, seeded, qtbot, settings,
                                                                           captured, tmp_path):
    window = make_window(seeded, qtbot, settings, captured)
    data = data_values(seeded)
    offenders = untranslated(visible_texts(window), data)
    window.tabs.setCurrentIndex(1)
    offenders += untranslated(visible_texts(window), data)
    for what, dialog in every_dialog(window, seeded, tmp_path):
        offenders += [f"{what}: {o}" for o in untranslated(visible_texts(dialog), data)]
    assert offenders == [], "not translatable:\n" + "\n".join(sorted(set(offenders)))


def test_the_walk_catches_a_label_that_skips_tr(pseudo, qtbot):
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel(f"{3} contacts imported"))
    dialog.show()
    assert untranslated(visible_texts(dialog), set()) == ["QLabel text: '3 contacts imported'"]


# -- no literal text handed straight to a widget ---------------------------------------------------------
SETTERS = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setTitle",
           "setAccessibleName", "setAccessibleDescription", "addItem", "addTab", "setTabText", "addMenu",
           "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "setWhatsThis",
           "setInformativeText", "setDetailedText", "setSubTitle", "setButtonText"}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
           "QMenu", "QTreeWidgetItem", "QListWidgetItem", "QMessageBox", "QStandardItem", "QCommandLinkButton"}


# An example value in a placeholder ("db.example.org", "iomdesk", "5432"): lower case, no space, not words.
EXAMPLE = re.compile(r"[a-z0-9._@+:/-]+")


DATA_MARK = "# data, not text"  # on the line: what is shown is data (a country's name), not a sentence


def literal_texts(tree: ast.AST, lines: list[str] | None = None) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in SETTERS and name not in WIDGETS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                                                   and re.search(r"[A-Za-z]{2}", arg.value)
                                                   and not EXAMPLE.fullmatch(arg.value)):
                if lines is not None and DATA_MARK in lines[node.lineno - 1]:
                    continue
                found.append((node.lineno, ast.unparse(arg)))
    return found


def test_no_literal_or_fstring_text_is_handed_to_a_widget():
    offenders = []
    for path in sorted((ROOT / "iomdesk" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = literal_texts(ast.parse(source), source.splitlines())
        offenders += [f"{path.relative_to(ROOT)}:{line}: {text}" for line, text in found]
    assert offenders == [], "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(offenders)


def test_the_literal_check_catches_an_fstring_label():
    code = ("label = QLabel(f'{n} contacts')\nbutton.setText('Save')\nok.setText(self.tr('Save'))\n"
            "host.setPlaceholderText('db.example.org')\n")
    assert literal_texts(ast.parse(code)) == [(1, "f'{n} contacts'"), (2, "'Save'")]


# -- choosing the language -------------------------------------------------------------------------------
@pytest.mark.parametrize(("system", "expected"), [("fr_CA", "fr"), ("es_419", "es"), ("es_CO", "es"),
                                                  ("de_DE", "en"), ("en_GB", "en"), ("ar_EG", "en")])
def test_the_language_follows_the_os_by_default(settings, system, expected):
    assert i18n.chosen(settings) == "system"
    assert i18n.effective(settings, QLocale(system)) == expected


def test_a_choice_in_settings_wins_over_the_os(settings, window, qtbot):
    from iomdesk.ui import settings_dialog

    window.act_settings.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, settings_dialog.SettingsDialog) and dialog.isVisible()
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert settings.value(i18n.SETTING) == "es"
    assert i18n.effective(settings, QLocale("fr_FR")) == "es"
    reopened = settings_dialog.show(window)
    assert reopened.language.currentData() == "es"
    reopened.reject()


@pytest.mark.parametrize(("language", "title", "menus", "cancel"), [
    ("fr", "Paramètres", ["&Fichier", "&Édition", "&Contact", "&Affichage", "&Outils", "Aid&e"], "Annuler"),
    ("es", "Configuración", ["&Archivo", "&Edición", "&Contacto", "&Ver", "&Herramientas", "Ay&uda"], "Cancelar"),
])
def test_the_window_speaks_the_chosen_language(language, title, menus, cancel, seeded, qtbot, settings, captured):
    assert i18n.install(language) == language
    window = make_window(seeded, qtbot, settings, captured)
    assert [a.text() for a in window.menuBar().actions()] == menus
    from iomdesk.ui import settings_dialog

    dialog = settings_dialog.show(window)
    assert dialog.windowTitle() == title
    # Qt's standard buttons come from Qt's own translation (qtbase_LANG.qm), described in ours.
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert button.text() == cancel
    assert button.accessibleDescription() == QCoreApplication.translate(
        "accessibility", "Close this window without saving anything") != "Close this window without saving anything"


@pytest.mark.parametrize(("language", "system", "number", "date"), [
    ("fr", "en_US", "1\u202f234,5", "04/12/2026"),
    ("es", "en_US", "1234,5", "4/12/26"),
    ("fr", "fr_CA", "1\u00a0234,5", "2026-12-04"),
    ("en", "en_US", "1,234.5", "12/4/26"),
])
def test_numbers_and_dates_follow_the_language_and_keep_the_country_that_speaks_it(language, system, number, date):
    from PySide6.QtCore import QDate

    locale = i18n.locale_for(language, QLocale(system))
    assert locale.toString(1234.5, "f", 1) == number
    assert locale.toString(QDate(2026, 12, 4), QLocale.FormatType.ShortFormat) == date
