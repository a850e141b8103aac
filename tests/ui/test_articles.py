import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from .conftest import make_window

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "press" / "samples"
SEED = SAMPLES / "00_seed_zimbabwe_mcof.txt"
TWO = SAMPLES / "02_two_contacts_inline.txt"


def contact_names(ctx):
    return sorted(r.name for r in ctx.search.search("", limit=None))


def test_review_dialog_shows_article_and_contacts_then_saves_what_is_ticked(window, qtbot, seeded):
    window.import_releases([str(TWO)])
    dialog = window.review_dialog
    assert dialog.title.text() == "IOM Appeals for USD 12 Million to Assist Flood-Affected Families in Malawi"
    assert dialog.place.text() == "Lilongwe"
    table = dialog.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Daniel Mbeki", "Sofia Lindqvist"]
    assert table.item(0, 6).text() == "new contact"
    assert "matches Sofia Lindqvist" in table.item(1, 6).text()  # same name and office as the directory's
    table.item(0, 2).setText("Senior Media Officer")  # the user corrects a field
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (daniel,) = seeded.search.search("mbeki")
    assert daniel.role == "Senior Media Officer"
    assert daniel.phones[0].e164 == "+2651772030"
    assert [a.title for a in daniel.articles] == [dialog.title.text()]
    (sofia,) = seeded.search.search("lindqvist")
    assert "+41792854410" in [p.e164 for p in sofia.phones]
    assert len(sofia.articles) == 1
    assert "Saved" in window.statusBar().currentMessage()


def test_unticked_contact_is_not_saved_and_reimport_creates_nothing_new(window, qtbot, seeded):
    window.import_releases([str(TWO)])
    window.review_dialog.set_checked(0, False)
    window.review_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert seeded.search.search("mbeki") == []
    before = (contact_names(seeded), len(seeded.articles.list()))
    window.import_releases([str(TWO)])
    window.review_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    window.import_releases([str(TWO)])
    window.review_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(seeded.articles.list()) == before[1]
    assert contact_names(seeded) == sorted(before[0] + ["Daniel Mbeki"])


def test_seed_release_links_the_existing_contact(window, seeded):
    window.import_releases([str(SEED)])
    dialog = window.review_dialog
    assert "matches Knowledge Mareyanadzo" in dialog.table.item(0, 6).text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (k,) = seeded.search.search("mareyanadzo")
    assert len(k.articles) == 1  # the release's article is the one the fixture already had
    assert contact_names(seeded).count("Knowledge Mareyanadzo") == 1


def test_folder_imports_in_background_with_progress(window, qtbot, seeded, tmp_path):
    folder = tmp_path / "releases"
    shutil.copytree(SAMPLES, folder)
    with qtbot.waitSignal(window.releaseImportFinished, timeout=30000):
        window.import_releases([str(folder)])
    titles = [a.title for a in seeded.articles.list()]
    assert "IOM Helps Restore Livelihoods in Northern Mozambique" in titles
    assert "Inês Machava" in contact_names(seeded)
    assert "Imported" in window.statusBar().currentMessage()
    assert window.articles_view.model.rowCount() == len(titles)


def test_cancelled_folder_import_stores_nothing(window, qtbot, seeded, tmp_path):
    folder = tmp_path / "releases"
    shutil.copytree(SAMPLES, folder)
    before = (contact_names(seeded), [a.title for a in seeded.articles.list()])
    window.import_releases_in_background(sorted(folder.glob("*.txt")))
    window.release_task.cancel()
    with qtbot.waitSignal(window.releaseImportFinished, timeout=30000):
        pass
    assert (contact_names(seeded), [a.title for a in seeded.articles.list()]) == before
    assert "cancelled" in window.statusBar().currentMessage()


def test_release_from_clipboard(window, seeded):
    QGuiApplication.clipboard().setText(SEED.read_text(encoding="utf-8"))
    window.act_import_release_clipboard.trigger()
    assert window.review_dialog.title.text() == "Zimbabwe rolls out Migration Crisis Operational Framework (MCOF)"


def test_dropping_a_release_file_opens_the_review(window, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(TWO))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.review_dialog.place.text() == "Lilongwe"


def test_articles_view_search_links_and_delete_keeps_contacts(window, qtbot, seeded, captured):
    seeded.articles.add("Croatia opens first migrant information centre", dateline="Zagreb",
                        body="The centre will be staffed by six counsellors.")
    view = window.articles_view
    view.refresh()
    assert view.model.rowCount() == 2
    view.search.setText("counsellors")  # body text
    view.refresh()
    assert [a.title for a in view.model.rows] == ["Croatia opens first migrant information centre"]
    view.search.setText("zagreb")  # place
    view.refresh()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    ana = seeded.search.search("kovac")[0]
    view.link(view.current_id(), ana.id)
    assert [view.contacts.item(i).text() for i in range(view.contacts.count())] == ["Ana Kovač"]
    assert [a.title for a in seeded.contacts.get(ana.id).articles] == ["Croatia opens first migrant information centre"]
    # double-click a linked contact writes an email, as everywhere
    view.contacts.itemDoubleClicked.emit(view.contacts.item(0))
    assert captured.urls == ["mailto:Ana%20Kova%C4%8D%20%3Cakovac@iom.int%3E"]
    # contacts search finds Ana by the article's title
    assert seeded.search.search("migrant centre")[0].id == ana.id
    view.delete_button.click()
    assert seeded.articles.list("zagreb") == []
    assert seeded.contacts.get(ana.id).articles == ()
    window.act_undo.trigger()
    assert [a.title for a in seeded.contacts.get(ana.id).articles] == ["Croatia opens first migrant information centre"]
    view.table.selectRow(next(i for i, a in enumerate(view.model.rows) if a.title.startswith("Croatia")))
    view.contacts.setCurrentRow(0)
    view.unlink_selected()
    assert seeded.contacts.get(ana.id).articles == ()


def test_articles_sort_by_date(seeded, qtbot, settings, captured):
    import datetime as dt

    seeded.articles.add("Older", date=dt.date(2020, 1, 1))
    seeded.articles.add("Newer", date=dt.date(2024, 1, 1))
    window = make_window(seeded, qtbot, settings, captured)
    view = window.articles_view
    assert view.model.rowCount() == 0  # not read at start-up
    window.act_articles_tab.trigger()  # Ctrl+2
    assert [a.title for a in view.model.rows][:2] == ["Newer", "Older"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [a.title for a in view.model.rows][:2] == ["Older", "Newer"]


def test_link_contact_dialog_finds_and_links(window, qtbot, seeded):
    view = window.articles_view
    window.tabs.setCurrentIndex(1)
    view.table.selectRow(0)
    dialog = view.open_link_dialog()
    qtbot.keyClicks(dialog.search, "lindq")
    assert dialog.results.count() == 1
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert "Sofia Lindqvist" in [view.contacts.item(i).text() for i in range(view.contacts.count())]
    assert seeded.contacts.count() == 4  # linking creates no contact


def test_articles_view_shows_a_do_not_contact_contact_as_such(window, seeded):
    from iomdesk.services.protection import ProtectionService

    article = seeded.articles.add("Floods in Beira", dateline="Beira")
    ana = seeded.search.search("kovac")[0]
    sofia = seeded.search.search("lindqvist")[0]
    for contact in (ana, sofia):
        seeded.contacts.link_article(contact.id, article.id)
    ProtectionService(seeded.db.session_factory).mark([ana.id], "asked to be removed")
    view = window.articles_view
    view.refresh()
    view.table.selectRow([a.id for a in view.model.rows].index(article.id))
    items = {view.contacts.item(i).text(): view.contacts.item(i) for i in range(view.contacts.count())}
    assert set(items) == {"Ana Kovač", "Sofia Lindqvist"}
    marked, plain = items["Ana Kovač"], items["Sofia Lindqvist"]
    assert marked.font().strikeOut() and "asked to be removed" in marked.toolTip()
    assert marked.data(Qt.ItemDataRole.AccessibleTextRole) == "Ana Kovač, do not contact"
    assert not plain.font().strikeOut() and not plain.toolTip()
