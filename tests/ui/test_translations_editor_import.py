"""French and Spanish for the contact editor, the import wizard, the export dialog, the release review and
the Articles view: plurals follow each language's rule, the dialogs show the translations, and the keyboard
mnemonics stay unique in each language. (The .ts files themselves are checked in test_translations.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel

from iomdesk.ui.contact_dialog import ContactDialog
from iomdesk.ui.export_dialog import ExportDialog
from iomdesk.ui.import_wizard import ImportWizard
from iomdesk.ui.keyboard import mnemonic

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_plurals_follow_each_language(lang, language):
    language(lang)
    rows = "CSV file, %Ln rows"  # used for more than one row (and 0); the numerus forms choose the word
    if lang == "fr":  # French: 0 and 1 are singular
        assert QCoreApplication.translate("ImportWizard", rows, None, 0) == "Fichier CSV, 0 ligne"
        assert QCoreApplication.translate("ImportWizard", rows, None, 3) == "Fichier CSV, 3 lignes"
    else:  # Spanish: only 1 is singular
        assert QCoreApplication.translate("ImportWizard", rows, None, 0) == "Archivo CSV, 0 filas"
        assert QCoreApplication.translate("ImportWizard", rows, None, 3) == "Archivo CSV, 3 filas"


def mnemonics(widget) -> list[str]:
    """The Alt+letter of every visible label and button of ``widget``."""
    letters = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisibleTo(widget):
            continue
        letter = mnemonic(child.text())
        if letter:
            letters.append(letter)
    return letters


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_contact_editor_speaks_the_language(lang, language, ctx, qtbot):
    language(lang)
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_protection(True)
    dialog.show()
    dialog.office.setText("IOM Zimbabwe")
    dialog.phone_rows[0].edit.setText("+263 77 212 3456")
    dialog.languages.setText("Klingon")
    dialog.validate_fields()
    preview = dialog.phone_rows[0].preview.text()
    if lang == "fr":
        assert dialog.windowTitle() == "Nouveau contact"
        assert preview == "Sera enregistré sous la forme +263 77 212 3456 (portable), valide"
        assert "'Klingon' n’est pas une langue" in dialog.languages_error.text()
        assert dialog.phone_rows[0].kind.itemText(0) == "Automatique"
    else:
        assert dialog.windowTitle() == "Nuevo contacto"
        assert preview == "Se guardará como +263 77 212 3456 (móvil), válido"
        assert "'Klingon' no es un idioma" in dialog.languages_error.text()
        assert dialog.phone_rows[0].kind.itemText(0) == "Automático"
    letters = mnemonics(dialog)
    assert len(letters) >= 10 and len(letters) == len(set(letters)), letters


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_import_wizard_and_export_dialog_speak_the_language(lang, language, ctx, qtbot):
    language(lang)
    wizard = ImportWizard(ctx, str(FIXTURES / "csv" / "french_excel_cp1252.csv"))
    qtbot.addWidget(wizard)
    wizard.show()
    info = wizard.file_info.text()
    assert ("point-virgule" if lang == "fr" else "punto y coma") in info
    assert info.startswith("Fichier CSV, 2 lignes" if lang == "fr" else "Archivo CSV, 2 filas")
    file_page = mnemonics(wizard)  # the file page and the buttons (the other pages are hidden)
    assert len(file_page) >= 5 and len(file_page) == len(set(file_page)), file_page
    wizard.next()
    mapping_page = mnemonics(wizard)
    assert len(mapping_page) == len(set(mapping_page)), mapping_page
    box = wizard.columns.cellWidget(0, 2)
    labels = {box.itemText(i) for i in range(box.count())}
    assert ("Nom complet" if lang == "fr" else "Nombre completo") in labels

    dialog = ExportDialog(ctx, "media", [], 0)
    qtbot.addWidget(dialog)
    formats = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert ("CSV IOM Desk pour Excel (UTF-8 avec BOM)" if lang == "fr"
            else "CSV de IOM Desk para Excel (UTF-8 con BOM)") in formats
    assert dialog.all_radio.text() == ("Tous les contacts (0)" if lang == "fr" else "Todos los contactos (0)")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_import_preview_names_a_row_s_problem_in_the_user_s_words(lang, language, ctx, qtbot, tmp_path):
    """The Problems column says "Email 1 ('not-an-email'): ..." as the editor does, translated: not the
    core's own "emails[0] ..." key."""
    language(lang)
    csv = tmp_path / "mixed.csv"
    csv.write_text("Name,Email\nBroken Row,not-an-email\n", encoding="utf-8")
    wizard = ImportWizard(ctx, str(csv))
    qtbot.addWidget(wizard)
    wizard.next()
    problem = wizard.preview.item(0, 7).text()
    assert "emails[0]" not in problem, problem
    assert problem.startswith("Email 1 ('not-an-email')" if lang == "en" else "Courriel 1 («\u00a0not-an-email\u00a0»)"), problem
