"""The main window in French and Spanish (issue 14): the translations installed turn the window's menus,
headers, counts, details, status and undo texts into the language, with numbers and dates written by
QLocale. (The .ts files themselves are checked in test_translations.py, the Alt letters of the menus
in test_keyboard.py.)"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from .conftest import make_window
from .test_main_window import names, select_name

LANGS = ("es", "fr")
NBSP = "\u00a0"


EXPECTED = {
    "fr": {"menus": ["&Fichier", "&Édition", "&Contact", "&Affichage"], "name": "Nom", "last": "Dernier contact",
           "count": "4 sur 4 contacts", "one": "1 sur 4 contacts", "phones": "Téléphones",
           "deleted": "2 contacts supprimés. Pour annuler" + NBSP + ":",
           "undo": "&Annuler la suppression de 2 contacts", "redo": "&Rétablir la suppression de 2 contacts"},
    "es": {"menus": ["&Archivo", "&Edición", "&Contacto", "&Ver"], "name": "Nombre", "last": "Último contacto",
           "count": "4 de 4 contactos", "one": "1 de 4 contactos", "phones": "Teléfonos",
           "deleted": "Se eliminaron 2 contactos. Para deshacer:",
           "undo": "&Deshacer la eliminación de 2 contactos", "redo": "&Rehacer la eliminación de 2 contactos"},
}


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_speaks_the_language(lang, language, seeded, qtbot, settings, captured):
    want = EXPECTED[language(lang)]
    window = make_window(seeded, qtbot, settings, captured)
    bar = [a for a in window.menuBar().actions() if a.menu() is not None]
    assert [a.text() for a in bar][:4] == want["menus"]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == want["name"]
    assert window.model.headerData(7, Qt.Orientation.Horizontal) == want["last"]
    assert window.model.headerData(7, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert window.count_label.text() == want["count"]
    # the details pane
    select_name(window, "Sofia Lindqvist")
    assert window.detail.widget().findChild(type(window.count_label), "detailName").text() == "Sofia Lindqvist"
    texts = [w.text() for w in window.detail.widget().findChildren(type(window.count_label))]
    assert want["phones"] in texts
    # a delete: the status bar, then the undo and redo texts of the Edit menu
    window.table.selectAll()
    window.table.selectionModel().clearSelection()
    for name in ("Ana Kovač", "No Email Person"):
        row = names(window).index(name)
        window.table.selectionModel().select(window.model.index(row, 0),
                                             window.table.selectionModel().SelectionFlag.Select
                                             | window.table.selectionModel().SelectionFlag.Rows)
    window.contacts.delete_selected()
    assert window.statusBar().currentMessage().startswith(want["deleted"])
    assert window.act_undo.text() == want["undo"]
    window.undo.stack.undo()
    assert window.act_redo.text() == want["redo"]
    assert window.count_label.text() == want["count"]


@pytest.mark.parametrize("lang", LANGS)
def test_dates_and_big_counts_follow_the_language(lang, language, seeded, qtbot, settings, captured):
    from iomdesk.ui.dates import locale_date

    language(lang)
    window = make_window(seeded, qtbot, settings, captured)
    assert window.search.count_text("1", 1) == ("1 sur 1 contact" if lang == "fr" else "1 de 1 contacto")
    big = window.search.count_text(QLocale().toString(1234), 12345)
    if lang == "fr":  # grouped by a (narrow) non-breaking space
        assert re.fullmatch(r"1[\u00a0\u202f]234 sur 12[\u00a0\u202f]345 contacts", big), big
    else:
        assert big == "1234 de 12.345 contactos"
    assert locale_date(QDate(2026, 3, 1).toPython()) == ("01/03/2026" if lang == "fr" else "1/3/26")


def test_every_control_of_the_window_has_a_name_and_a_description(seeded, qtbot, settings, captured):
    """What a screen reader says for each control reached by Tab: its name, and what it does (the
    description, or the tooltip Qt falls back to)."""
    from PySide6.QtWidgets import QWidget

    seeded.outreach.record([c.id for c in seeded.contacts.get_many([1, 2, 3])], "mailto", subject="Floods")
    window = make_window(seeded, qtbot, settings, captured)
    window.banner.show()
    select_name(window, "Knowledge Mareyanadzo")  # phones, an email, an article, a send
    areas = [window.search_edit, window.new_button, window.email_button, window.banner, window.filter_tree,
             window.table, window.detail, window.tabs.tabBar()]
    checked = 0
    for area in areas:
        for widget in [area, *area.findChildren(QWidget)]:
            if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(window):
                continue
            if widget.parent() is window.table or widget.parent() is window.detail:  # scroll bars, viewport
                continue
            checked += 1
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert name.strip(), widget
            assert (widget.accessibleDescription() or widget.toolTip()).strip(), (type(widget).__name__, name)
    assert checked >= 14, checked
