"""Issue 14 for the do-not-contact, data-protection, lists and outreach strings: with the French
translation installed the erase confirmation asks for and accepts only EFFACER, counts follow QLocale;
in Spanish the send dialog says who is left out; in English plurals read "1 contact" / "2 contacts"."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from iomdesk.services.lists import ListInfo
from iomdesk.services.protection import ProtectionService
from iomdesk.ui.controllers.lists import list_label
from iomdesk.ui.protection import ContactNames, EraseDialog, ReasonDialog, RetentionDialog
from iomdesk.ui.send_dialog import LeftOutText, SendDialog

NBSP = "\u00a0"


@pytest.fixture
def french(language):
    return language("fr")


@pytest.fixture
def spanish(language):
    return language("es")


def record(i: int, name: str) -> SimpleNamespace:
    return SimpleNamespace(id=i, name=name)  # what the dialogs read of a ContactRecord


def test_in_french_the_erase_confirmation_asks_for_effacer_and_only_accepts_it(french, qtbot):
    people = [record(i, f"Personne {i}") for i in range(1, 8)]
    dialog = EraseDialog(people, backups=2)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.word == "EFFACER"
    assert f"Tapez EFFACER pour confirmer{NBSP}:" in text
    assert f"Effacer définitivement 7 contacts{NBSP}?" in text
    assert "Personne 10" not in text and "2 sauvegardes automatiques" in text
    dialog.confirm.setText("ERASE")  # the English word is not the one asked for
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() == 0
    dialog.confirm.setText(" effacer ")
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Effacer définitivement"


def test_in_french_names_beyond_five_are_counted_in_their_own_context(french, qtbot):
    dialog = ReasonDialog([record(i, f"Personne {i}") for i in range(1, 8)])
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Personne 5 et 2 autres" in text
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == f"Marquer «{NBSP}ne pas contacter{NBSP}»"


def test_in_french_counts_and_dates_follow_the_locale(french, qtbot):
    assert list_label(ListInfo(id=1, name="Presse", query=None, count=1234)) in ("Presse (1\u202f234)", "Presse (1\u00a0234)")
    shown = []
    dialog = RetentionDialog(load=lambda months: [], months=24, save_months=lambda n: None,
                             set_review=lambda ids, day: None, show=shown.append, erase=lambda ids: None)
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "0 contact à réviser"  # French: 0 takes the singular
    assert dialog.review_date.displayFormat() == "dd/MM/yyyy"
    assert dialog.months.suffix() == " mois"


def test_in_english_plurals_read_naturally_and_counts_keep_their_separator(qtbot):
    """English plural forms come from the build's iomdesk_en.qm, installed for every UI test as the app
    installs it."""
    split = SimpleNamespace(do_not_contact=[SimpleNamespace(name=f"P{i}", reason="r") for i in range(7)],
                            no_email=[])
    assert LeftOutText().note(split, names=5) == (
        "7 marked do not contact left out: P0 (r), P1 (r), P2 (r), P3 (r), P4 (r) and 2 more")
    people = [record(i, f"P{i}") for i in range(1, 8)]
    assert ContactNames().names(people[:6], 5) == "P1, P2, P3, P4, P5 and 1 other"
    assert ContactNames().names(people, 5) == "P1, P2, P3, P4, P5 and 2 others"
    dialog = RetentionDialog(load=lambda months: [], months=24, save_months=lambda n: None,
                             set_review=lambda ids, day: None, show=lambda text: None, erase=lambda ids: None)
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "0 contacts due for review"
    assert list_label(ListInfo(id=1, name="Press", query=None, count=1234)) == "Press (1,234)"


def test_in_spanish_the_send_dialog_says_who_is_left_out_and_who_already_got_the_article(seeded, spanish, qtbot):
    ids = {r.name: r.id for r in seeded.contacts.get_many(list(range(1, 5)))}
    ProtectionService(seeded.db.session_factory).mark([ids["Ana Kovač"]], "pidió no recibir comunicados")
    seeded.lists.create("Prensa Ginebra")
    seeded.lists.add("Prensa Ginebra", list(ids.values()))
    article = seeded.articles.add("Inundaciones en Beira", url="https://www.iom.int/es/news/beira",
                                  date=dt.date(2026, 3, 14))
    seeded.outreach.record([ids["Sofia Lindqvist"]], "mailto", article_id=article.id, list_name="Prensa Ginebra")
    dialog = SendDialog(seeded, "Prensa Ginebra", article.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Enviar a una lista"
    assert dialog.already_label.text() == "1 destinatario ya recibió este artículo."
    assert dialog.summary.text() == "1 destinatario en CCO."  # Sofia is left out by default
    assert dialog.left_out.text() == (
        "1 contacto marcado como «no contactar» excluido: Ana Kovač (pidió no recibir comunicados); "
        "1 contacto sin correo electrónico excluido: No Email Person.")
    day = QLocale().toString(QDate(2026, 3, 14), QLocale.FormatType.ShortFormat)  # "14/3/26" with Qt 6.x
    assert day != "2026-03-14" and dialog.article_combo.currentText() == f"{day}  Inundaciones en Beira"
    dialog.leave_out_already.setChecked(False)
    assert dialog.summary.text() == "2 destinatarios en CCO."
