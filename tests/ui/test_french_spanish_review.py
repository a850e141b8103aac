"""A French and Spanish reviewer's findings, kept fixed: one term per idea in each language (the glossary
below), long French and Spanish texts never cut, and no English left in what the window says after an
action."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from iomdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]

# The settled terms: the words on the left never appear in that language's translations.
AVOIDED = {
    "fr": {
        "répertoire": "annuaire (the directory)",
        "liste intelligente": "liste dynamique (smart list)",
        "domaine de couverture": "rubrique (beat)",
        "délier": "dissocier (unlink)",
        "délié": "dissocié (unlinked)",
        "détaché": "dissocié (unlinked)",
    },
    "es": {
        "lista inteligente": "lista dinámica (smart list)",
        "área temática": "tema (beat)",
        "origen": "fuente (source of the data)",
        "editado": "modificado (edited, as in the history)",
    },
}


def translations(language: str) -> list[tuple[str, str, str]]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"iomdesk_{language}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            texts = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
            out += [(name, message.findtext("source"), t) for t in texts]
    return out


@pytest.mark.parametrize("language", ["fr", "es"])
def test_one_term_per_idea(language):
    found = [f"{ctx} {source!r}: {text!r} uses {word!r}, say {instead}"
             for ctx, source, text in translations(language)
             for word, instead in AVOIDED[language].items() if word in text.lower()]
    assert found == [], "\n".join(found)


def test_french_typography_before_colons_and_semicolons():
    """A no-break space before : ; ? ! and inside « », never a plain space next to it."""
    bad = [(ctx, text) for ctx, _source, text in translations("fr")
           if " \u00a0" in text or "\u00a0 " in text or " :" in text or " ;" in text]
    assert bad == []


@pytest.mark.parametrize("language", ["fr", "es"])
def test_one_ellipsis_character(language):
    """Menus mixed "Renommer la liste..." and "Ajouter à une liste…": the typographic ellipsis throughout."""
    assert [(ctx, text) for ctx, _source, text in translations(language) if "..." in text] == []


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_bcc_batches_explanation_is_never_cut(language, window, qtbot):
    from iomdesk.ui.controllers.outreach import BccDialog
    from iomdesk.ui.scenes import clipped

    i18n.install(language)
    dialog = BccDialog([["a@example.org"], ["b@example.org"]], ["mailto:?bcc=a", "mailto:?bcc=b"],
                       window.open_url, window.copy_text, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []


# What the window says after an action came from the services' English summaries (for the CLI).
ENGLISH_WORDS = ("marked", "suppression", "recorded", "contacted again", "Backed up", "erased", "added")


@pytest.mark.parametrize(("language", "marked", "allowed", "recorded"), [
    ("fr", "1 contact marqué «\u00a0ne pas contacter\u00a0»\u00a0; 2 adresses ou numéros ajoutés",
     "1 contact de nouveau autorisé", "2 adresses enregistrées\u00a0: 1 contact marqué"),
    ("es", "1 contacto marcado como «no contactar»; 2 direcciones o números añadidos",
     "1 contacto autorizado de nuevo", "2 direcciones registradas: 1 contacto marcado"),
])
def test_do_not_contact_is_reported_in_the_interface_language(language, marked, allowed, recorded, seeded, qtbot,
                                                              settings, captured):
    from .conftest import make_window

    i18n.install(language)
    window = make_window(seeded, qtbot, settings, captured)
    prot = window.protection
    window.table.selectRow(0)
    prot.ask_reason = lambda records: "bounced"
    prot.mark_selected()
    said = [window.statusBar().currentMessage()]
    assert said[-1].startswith(marked)
    prot.confirm_allow = lambda records: True
    prot.unmark_selected()
    said.append(window.statusBar().currentMessage())
    assert said[-1].startswith(allowed)
    dialog = prot.record_bounces("bounced: kmareyanadzo@iom.int nobody@example.org")
    dialog.record()
    said += [window.statusBar().currentMessage(), dialog.result_label.text()]
    assert said[-2].startswith(recorded) and said[-1].startswith(recorded)
    assert [s for s in said if any(w in s for w in ENGLISH_WORDS)] == []


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "Sauvegarde de 4 contacts et 1 article dans "),
    ("es", "Copia de seguridad de 4 contactos y 1 artículo en "),
])
def test_a_backup_is_reported_in_the_interface_language(language, expected, seeded, qtbot, settings, captured,
                                                        tmp_path):
    from .conftest import make_window

    i18n.install(language)
    window = make_window(seeded, qtbot, settings, captured)
    target = tmp_path / "backup.sqlite3"
    with qtbot.waitSignal(window.backupFinished, timeout=30000):
        window.backup_directory(str(target))
    assert window.statusBar().currentMessage() == expected + str(target)
    assert captured.messages[-1][2].startswith(expected)


def test_the_summaries_read_as_the_cli_in_english():
    """In English the window says what the CLI says (the services' own summaries)."""
    from pathlib import Path as P

    from iomdesk.services.backup import BackupResult
    from iomdesk.services.importing.result import ImportResult
    from iomdesk.services.protection import EraseResult, MarkResult, OptOutResult, UnmarkResult
    from iomdesk.ui.summaries import Summaries

    s = Summaries()
    assert s.marked(MarkResult(marked=(1, 2), suppressions_added=1)) == (
        "2 contacts marked do not contact; 1 address or number added to the suppression list")
    assert s.unmarked(UnmarkResult(allowed=(1,), suppressions_removed=3)) == (
        "1 contact may be contacted again; 3 addresses or numbers taken off the suppression list")
    for result, said in [(EraseResult(erased=(1, 2), missing=(9,)), s.erased),
                         (BackupResult(path=P("b.sqlite3"), counts={"contacts": 1, "articles": 2}), s.backed_up)]:
        assert said(result) == result.summary()
    optout = OptOutResult(found=("a@x.org", "b@x.org"), marked=((1, "A"),), already=(), not_in_directory=("b@x.org",))
    assert s.opted_out(optout) == optout.summary()
    result = ImportResult()
    result.dnc_ids, result.dnc_rows = [4, 9], [(4, ""), (9, "")]
    assert s.import_dnc(result) == result.dnc_summary()


@pytest.mark.parametrize(("language", "kept", "rejected"), [
    ("fr", "ligne 3\u00a0: numéro conservé tel que saisi (sans indicatif de pays)",
     "Nom\u00a0: un nom est obligatoire\u00a0; Téléphone 1 («\u00a012\u00a0»)\u00a0: n’est pas un numéro de téléphone"),
    ("es", "fila 3: teléfono conservado tal como se introdujo (sin prefijo de país)",
     "Nombre: el nombre es obligatorio; Teléfono 1 («12»): no es un número de teléfono"),
])
def test_the_import_summary_and_rejected_rows_are_in_the_interface_language(language, kept, rejected, ctx, qtbot,
                                                                           tmp_path):
    from tests.ui.wizard_steps import import_with_wizard

    path = tmp_path / "people.csv"
    path.write_text("Name,Office,Phone,Email\n"
                    "Kenya Person,IOM Kenya,0712 345678,k@example.org\n"
                    "No Country,Radio Voice,0772 123 456,n@example.org\n"  # row 3: kept as entered
                    ",Radio Voice,12,b@example.org\n", encoding="utf-8")  # row 4: no name, no number
    i18n.install(language)
    wizard = import_with_wizard(ctx, qtbot, path)
    assert kept in wizard.summary_details.text().splitlines()
    assert wizard.rejects.item(0, 0).text() == "4"
    assert wizard.rejects.item(0, 1).text() == rejected
    # the file written for fixing the rows keeps the service's words (like the CLI's)
    assert wizard.result.rejected[0].reasons == ("name: a name is required", "phone '12': is not a phone number")


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["s07_no_country.txt\u00a0: Samuel Okafor, téléphone 1\u00a0: n’a pas d’indicatif de pays",
            "s17_unreadable_block.txt\u00a0: 1 bloc de contacts n’a pu être lu comme un contact",
            "unassigned.txt\u00a0: 2 numéros ou adresses imprimés dans un bloc de contacts avant tout nom"]),
    ("es", ["s07_no_country.txt: Samuel Okafor, teléfono 1: no tiene prefijo de país",
            "s17_unreadable_block.txt: 1 bloque de contacto no se pudo leer como un contacto",
            "unassigned.txt: 2 números o direcciones impresos en un bloque de contacto antes de cualquier nombre"]),
])
def test_a_press_release_folder_reports_in_the_interface_language(language, expected, seeded, qtbot, settings,
                                                                  captured, tmp_path):
    import shutil

    from .conftest import make_window
    from .test_release_folder_warnings import SHAPES, UNASSIGNED

    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(SHAPES / "s07_no_country.txt", folder)
    shutil.copy(SHAPES / "s17_unreadable_block.txt", folder)
    (folder / "unassigned.txt").write_text(UNASSIGNED, encoding="utf-8")
    i18n.install(language)
    window = make_window(seeded, qtbot, settings, captured)
    with qtbot.waitSignal(window.releaseImportFinished, timeout=30000):
        window.import_releases([str(folder)])
    ((_level, _title, text),) = [m for m in captured.messages if m[0] == "info"]
    for line in expected:
        assert line in text
    assert not any(w in text for w in ("has no country", "could not be read", "printed in a contact block"))


@pytest.mark.parametrize(("language", "no_name", "no_at", "long_tag"), [
    ("fr", "un nom est obligatoire", "Il doit y avoir quelque chose après le @.",
     "Étiquette 1 («\u00a0{tag}\u00a0»)\u00a0: une étiquette dépasse 60 caractères"),
    ("es", "el nombre es obligatorio", "Debe haber algo después de la @.",
     "Etiqueta 1 («{tag}»): una etiqueta supera los 60 caracteres"),
])
def test_the_contact_editor_explains_mistakes_in_the_interface_language(language, no_name, no_at, long_tag, ctx,
                                                                       qtbot):
    from iomdesk.ui.contact_dialog import ContactDialog

    i18n.install(language)
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.try_save()
    assert dialog.name_error.isVisible() and dialog.name_error.text() == no_name
    dialog.name.setText("Ana Kovač")
    dialog.email_rows[0].edit.setText("akovac@")
    dialog.try_save()
    assert dialog.email_rows[0].error.text() == no_at
    dialog.email_rows[0].edit.setText("akovac@iom.int")
    tag = "t" * 61
    dialog.tags.setText(tag)
    dialog.try_save()  # the service's check, after the editor's own
    assert dialog.name_error.text() == long_tag.format(tag=tag)


@pytest.mark.parametrize(("language", "busy", "unreachable", "field", "taken"), [
    ("fr", "l’annuaire est occupé\u00a0: un autre IOM Desk", "La base de données d’équipe sur db.example.org est "
     "injoignable", "Courriel 1 («\u00a0x@\u00a0»)\u00a0: ", "une liste nommée «\u00a0Editors\u00a0» existe déjà"),
    ("es", "el directorio está ocupado: otro IOM Desk", "No se puede acceder a la base de datos del equipo en "
     "db.example.org", "Correo electrónico 1 («x@»): ", "ya existe una lista llamada «Editors»"),
])
def test_errors_a_user_can_act_on_are_said_in_the_interface_language(language, busy, unreachable, field, taken,
                                                                     seeded, qtbot, settings, captured):
    from iomdesk.core.contact import ContactInput
    from iomdesk.core.errors import ValidationError
    from iomdesk.store.db import DatabaseBusy, DatabaseUnreachable

    from .conftest import make_window

    i18n.install(language)
    window = make_window(seeded, qtbot, settings, captured)
    window.alerts.error("x", DatabaseBusy())
    assert captured.messages[-1][2].startswith(busy)
    window.alerts.error("x", DatabaseUnreachable("db.example.org"))
    assert captured.messages[-1][2].startswith(unreachable)
    with pytest.raises(ValidationError) as raised:
        seeded.contacts.add(ContactInput(name="Ana", emails=["x@"]))
    window.alerts.error("x", raised.value)
    assert captured.messages[-1][2].startswith(field)
    assert "must" not in captured.messages[-1][2] and "something" not in captured.messages[-1][2]
    seeded.lists.create("Editors")
    seeded.lists.create("Desk")
    with pytest.raises(Exception) as raised:
        seeded.lists.rename("Desk", "Editors")
    window.alerts.error("x", raised.value)
    assert captured.messages[-1][2].startswith(taken)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "book.csv: this is a zip archive (or an Excel .xlsx / OpenDocument workbook), not a text file"),
    ("fr", "book.csv\u00a0: ce fichier est une archive zip (ou un classeur Excel .xlsx / OpenDocument), pas un "
           "fichier texte"),
    ("es", "book.csv: este archivo es un archivo zip (o un libro de Excel .xlsx / OpenDocument), no un archivo "
           "de texto"),
])
def test_a_workbook_renamed_csv_is_explained_once_in_the_interface_language(language, expected, window, tmp_path):
    book = tmp_path / "book.csv"
    book.write_bytes(b"PK\x03\x04 an Excel workbook")
    i18n.install(language)
    wizard = window.transfer.open_import_wizard(str(book))
    assert wizard.file_error.text().startswith(expected)  # the file's name once, not "book.csv: book.csv: ..."
    wizard.close()
