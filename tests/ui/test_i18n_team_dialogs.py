"""The team-database dialogs, the history and the help in French and Spanish: with the project's
translations installed (the build's .qm, as Tools > Settings installs them) the conflict dialog, the
history, the copy report and the connect dialog speak the user's language, with dates and numbers as
QLocale writes them; in English the wording is the sources' own (and the services' for values)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from iomdesk.services.contacts import record_to_input
from iomdesk.services.records import ChangeRecord

NBSP = "\u00a0"


def _change(action: str, note: str = "", changes: dict | None = None, version: int = 3) -> ChangeRecord:
    at = dt.datetime(2026, 12, 4, 13, 2, tzinfo=dt.UTC)
    return ChangeRecord(1, 1, version, at, "alice", "", action, note, changes or {})


def test_history_lines_name_actions_and_fields_in_english():
    from iomdesk.ui.history_dialog import what_text

    assert what_text(_change("edited", changes={"role": ["a", "b"], "phones": [[], []]})) == "Edited (Role, Phones)"
    assert what_text(_change("restored", "from version 3", {"name": ["a", "b"]})) == "Restored from version 3 (Name)"
    assert what_text(_change("edited", "on top of version 7")) == "Edited on top of version 7"
    assert what_text(_change("imported", "from a press release")) == "Imported from a press release"
    assert what_text(_change("imported", "update from contacts.csv")) == "Updated by an import from contacts.csv"
    assert what_text(_change("tagged", "radio", {"tags": [[], ["radio"]]})) == "Tag \u201cradio\u201d added (Tags)"
    assert what_text(_change("do not contact")) == "Marked do not contact"
    # an action this version does not know (a newer IOM Desk wrote it): shown as stored, nothing lost
    assert what_text(_change("merged", "with 12", {"brand_new_field": [1, 2]})) == "Merged with 12 (brand_new_field)"


PHONES = [{"raw": "+41227179111", "display": "+41 22 717 9111", "kind": "work", "e164": "+41227179111"},
          {"raw": "079 285 44 10", "display": None, "kind": "mobile", "e164": None}]


def test_history_values_in_english_are_the_services_own():
    from iomdesk.services.history import shown
    from iomdesk.ui.history_dialog import shown_text

    for field, value in (("phones", PHONES), ("lawful_basis", "consent"), ("lawful_basis", "something_new"),
                         ("do_not_contact", True), ("tags", ["radio", "tv"])):
        assert shown_text(field, value) == shown(field, value), field


def test_history_values_in_spanish(language):
    from iomdesk.ui.history_dialog import shown_text

    language("es")
    assert shown_text("phones", PHONES) == "+41 22 717 9111 (trabajo)\n079 285 44 10 (móvil)"
    assert shown_text("lawful_basis", "legitimate_interest") == "Interés legítimo"
    assert shown_text("do_not_contact", True) == "sí"


def test_history_in_french_translates_fields_actions_and_formats_the_date(language):
    from iomdesk.ui.history_dialog import change_line, what_text

    language("fr")
    assert what_text(_change("restored", "from version 3", {"name": ["a", "b"], "role": ["", "x"]})) == (
        "Restauré depuis la version 3 (Nom, Fonction)")
    from iomdesk.ui.dates import local_datetime

    change = _change("edited", changes={"emails": [[], ["a@b.org"]]})
    line = change_line(change)
    when = QLocale("fr").toString(local_datetime(change.at), QLocale.FormatType.ShortFormat)
    assert line.startswith("v3 · ") and "alice · Modifié (Courriels)" in line and "2026-12-04" not in line
    assert when in line  # 04/12/2026 ...


def test_conflict_dialog_in_french(window, seeded, colleague, qtbot, language):
    from iomdesk.ui.conflict_dialog import ConflictDialog

    language("fr")
    ana = seeded.search.search("kovac")[0]
    theirs_data = record_to_input(ana)
    theirs_data.role = "Spokesperson"
    theirs = colleague.contacts.update(ana.id, theirs_data, expected_version=ana.version)
    mine = record_to_input(ana)
    mine.notes = "Prefers WhatsApp"
    dialog = ConflictDialog(record_to_input(ana), theirs, record_to_input(theirs), mine,
                            seeded.history.latest(ana.id))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Une autre personne a modifié ce contact"
    rows = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert rows == {"Fonction", "Notes"}
    assert dialog.table.horizontalHeaderItem(2).text() == "Version du collègue (actuelle)"
    assert dialog.outcome.text() == (f"Appliquer mes modifications par-dessus{NBSP}: vos modifications (Notes) "
                                     f"seront appliquées{NBSP}; celles de votre collègue (Fonction) seront conservées.")
    assert dialog.apply_button.text() == "&Appliquer mes modifications par-dessus"
    assert dialog.table.accessibleDescription().startswith("Une ligne par champ qui diffère")


def test_copy_report_in_spanish_formats_numbers_with_qlocale(language):
    from types import SimpleNamespace

    from iomdesk.ui.copy_dialog import DUPLICATES_SHOWN, report_text

    language("es")
    result = SimpleNamespace(dry_run=True, target="otro.sqlite3", added=12345, updated=0, skipped=2, contacts=12347,
                             articles_added=1, articles_matched=0, links_added=1, lists_added=0, lists_merged=1,
                             members_added=3, ledger_added=0, suppressions_added=0,
                             duplicates=[f"Contacto {i}" for i in range(DUPLICATES_SHOWN + 3)], warnings=[])
    text = report_text(result)
    assert text.startswith("Se copiaría en otro.sqlite3:")
    assert f"añadidos: {QLocale('es').toString(12345)};" in text and f"(de {QLocale('es').toString(12347)})" in text
    assert "No se guardó nada (solo recuento)." in text and text.endswith("… y 3 más")


def test_connect_dialog_keyring_note_and_result_in_french(qtbot, monkeypatch, language):
    import keyring
    from keyring.backends import fail

    from iomdesk.services import connections
    from iomdesk.ui.connect_dialog import KEYRING_REASONS, ConnectDialog

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    reason = connections.keyring_problem()
    assert reason in KEYRING_REASONS  # the service's sentence is one the dialog translates
    language("fr")
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    note = dialog.keyring_note.text()
    assert note.startswith(f"Le mot de passe ne peut pas être retenu{NBSP}: aucun trousseau du système")
    assert "no system keyring" not in note
    assert dialog.found_text("Connected: an empty database; IOM Desk will set up its tables there.") == (
        f"Connecté{NBSP}: base de données vide{NBSP}; IOM Desk y créera ses tables.")
    assert dialog.found_text("Connected: an IOM Desk directory with 1,234 contacts.") == (
        f"Connecté{NBSP}: un annuaire IOM Desk avec {QLocale('fr').toString(1234)} contacts.")
    assert dialog.found_text("something new") == "something new"


READ_ONLY_REASONS = [  # what store.db.read_only_reason says, one of each kind
    "{m}: the database role desk_reader may only read it.",
    "{m}: the database server accepts only reading now.",
    "You have read-only access to this directory: the file /srv/iom/desk.sqlite3 cannot be written.",
    "You have read-only access to this directory: the folder /srv/iom cannot be written.",
]


def test_read_only_reasons_are_recognised_and_unchanged_in_english():
    from iomdesk.store.db import READ_ONLY_MESSAGE
    from iomdesk.ui.controllers.access import _READ_ONLY_REASONS, read_only_text

    for reason in READ_ONLY_REASONS:
        reason = reason.format(m=READ_ONLY_MESSAGE)
        assert any(p.fullmatch(reason) for p, _ in _READ_ONLY_REASONS), reason
        assert read_only_text(reason) == reason
    assert read_only_text("Some reason from a newer version.") == "Some reason from a newer version."


def test_read_only_reasons_in_french(language):
    from iomdesk.store.db import READ_ONLY_MESSAGE
    from iomdesk.ui.controllers.access import read_only_text

    language("fr")
    texts = [read_only_text(r.format(m=READ_ONLY_MESSAGE)) for r in READ_ONLY_REASONS]
    assert texts[0] == (f"Vous avez un accès en lecture seule à cet annuaire d’équipe{NBSP}: le rôle de base de "
                        "données desk_reader ne peut que le lire.")
    assert texts[2].endswith("le fichier /srv/iom/desk.sqlite3 n’est pas accessible en écriture.")
    assert all(t.startswith("Vous avez un accès en lecture seule") for t in texts)
