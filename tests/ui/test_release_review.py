"""The press-release review dialog with the shapes of issue 10: a number kept without a country, an
unreadable contact block, phone kinds."""

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from iomdesk.ui.release_review import NO_COUNTRY_TIP

SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "press" / "shapes"


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_number_without_a_country_is_shown_highlighted_and_stored_as_printed(window, qtbot, seeded):
    window.import_releases([str(SHAPES / "s07_no_country.txt")])
    dialog = window.review_dialog
    phones = dialog.table.item(0, 4)
    assert phones.text() == "0803 555 0199"  # visible, as printed, editable
    assert phones.background().color().name() == "#fff3c4"
    assert NO_COUNTRY_TIP in phones.toolTip()
    assert "0803 555 0199: no country, kept as printed (add +CC)" in dialog.table.item(0, 6).text()
    assert "1 number has no country code and no country of the release reads it (or several do): it is kept" \
        in dialog.summary.text()
    _save(dialog)
    (samuel,) = seeded.search.search("okafor")
    assert [(p.raw, p.e164) for p in samuel.phones] == [("0803 555 0199", None)]


def test_number_without_a_country_edited_with_its_code_is_stored_normalized(window, qtbot, seeded):
    window.import_releases([str(SHAPES / "s07_no_country.txt")])
    dialog = window.review_dialog
    dialog.table.item(0, 4).setText("+234 803 555 0199")
    _save(dialog)
    (samuel,) = seeded.search.search("okafor")
    assert [p.e164 for p in samuel.phones] == ["+2348035550199"]


def test_office_added_in_the_review_gives_the_number_its_country(window, qtbot, seeded):
    window.import_releases([str(SHAPES / "s07_no_country.txt")])
    dialog = window.review_dialog
    dialog.table.item(0, 3).setText("IOM Nigeria")
    (contact,) = dialog.selected_contacts()
    assert [(p.raw, p.e164) for p in contact.phones] == [("0803 555 0199", "+2348035550199")]


def test_unreadable_contact_block_is_shown_and_nothing_is_made_up(window, qtbot, seeded):
    before = seeded.contacts.count()
    window.import_releases([str(SHAPES / "s17_unreadable_block.txt")])
    dialog = window.review_dialog
    assert dialog.table.rowCount() == 0
    assert dialog.unread.isVisibleTo(dialog)
    assert "the communications team through the website." in dialog.unread.text()
    assert "No contact could be read" in dialog.summary.text()
    _save(dialog)
    assert seeded.contacts.count() == before


def test_phone_kinds_printed_in_the_release_survive_the_review(window, qtbot, seeded):
    window.import_releases([str(SHAPES / "s16_several_numbers.txt")])
    _save(window.review_dialog)
    (joseph,) = seeded.search.search("okello")
    assert [(p.e164, p.kind) for p in joseph.phones] == [("+256772555010", "mobile"), ("+256414555011", "fax")]
    (amina,) = seeded.search.search("amina yusuf")
    assert [p.kind for p in amina.phones] == ["work", "mobile", "mobile"]


def test_number_read_in_a_later_country_of_the_release_is_saved_as_shown(window, qtbot, seeded, tmp_path):
    release = tmp_path / "nrc.txt"
    release.write_text(
        "Camp water title for a test\n\n"
        "Nairobi – IOM and partners opened a new centre for people on the move this week in the city.\n\n"
        "For more information, please contact Asha Hassan, Norwegian Refugee Council, Tel: 0722 555 333\n",
        encoding="utf-8")
    window.import_releases([str(release)])
    dialog = window.review_dialog
    assert dialog.table.item(0, 4).text() == "+254722555333"
    (contact,) = dialog.selected_contacts()
    assert [p.e164 for p in contact.phones] == ["+254722555333"] and contact.invalid_phones == []


def test_number_kept_as_printed_stays_so_when_the_office_country_cannot_read_it(window, qtbot, seeded, tmp_path):
    release = tmp_path / "nrc.txt"
    release.write_text(
        "Camp water title for a test\n\nMedia contacts:\nBo Lund, Tel: +41 22 717 9111 / +234 803 555 0100\n"
        "Asha Hassan, Norwegian Refugee Council, Tel: 0722 555 333\n", encoding="utf-8")
    window.import_releases([str(release)])
    dialog = window.review_dialog
    assert dialog.table.item(1, 4).text() == "0722 555 333"
    _save(dialog)
    (asha,) = seeded.search.search("asha hassan")
    assert [(p.raw, p.e164) for p in asha.phones] == [("0722 555 333", None)]


def test_detail_pane_marks_a_stored_number_without_country(window, qtbot, seeded):
    from PySide6.QtWidgets import QLabel

    window.import_releases([str(SHAPES / "s07_no_country.txt")])
    _save(window.review_dialog)
    (samuel,) = seeded.search.search("okafor")
    window.detail.show_record(seeded.contacts.get(samuel.id))
    badges = [w for w in window.detail.findChildren(QLabel) if w.objectName() == "unverifiedBadge"]
    assert [b.text() for b in badges] == ["no country"]
    assert "No country code" in badges[0].toolTip()
    assert "0803 555 0199" in window.detail.copy_buttons  # copied as printed


def test_number_read_in_two_countries_says_so_in_the_review(window, qtbot, seeded):
    window.import_releases([str(SHAPES.parent / "shapes2" / "u05_valid_in_two_countries.txt")])
    dialog = window.review_dialog
    assert dialog.table.item(0, 4).text() == "020 7946 0999"
    assert dialog.table.item(0, 4).background().color().name() == "#fff3c4"
    assert "reads in more than one of the release's countries, kept as printed" in dialog.table.item(0, 6).text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_ambiguous_number_left_alone_in_the_review_is_stored_as_printed(window, qtbot, seeded):
    from iomdesk.interchange.press import extract_release

    release = extract_release(
        "Rome groups meet on rescues at sea\n\nRome – Search and rescue groups met in Rome on Friday to plan "
        "the summer season together.\n\nMedia contacts:\n"
        "Sam Reed, Radio Tevere, 06 4423 1429 / 020 7946 0999, sreed@example.org\n"
        "Lucy Ward, +44 20 7946 0111, lward@example.org\n"
    )
    dialog = window.review_release(release)
    dialog.table.item(0, 2).setText("Editor")  # another cell edited: the number still is not guessed
    _save(dialog)
    (sam,) = seeded.search.search("sam reed")
    assert sam.role == "Editor"
    assert [p.e164 for p in sam.phones] == ["+390644231429", None]
    assert sam.phones[1].raw == "020 7946 0999"


def test_extension_printed_in_the_release_is_shown_and_saved_by_the_review(window, qtbot, seeded):
    # "Tel: +34 91 123\n45 67 ext. 204": the CLI stored the extension, the review dialog showed and saved
    # only the E.164 number, so the extension was lost when the release was imported in the app.
    window.import_releases([str(SHAPES.parent / "lead_blind" / "lb06_wrapped_numbers_ext.txt")])
    dialog = window.review_dialog
    assert dialog.table.item(0, 4).text() == "+34911234567 ext. 204"
    _save(dialog)
    (maria,) = seeded.search.search("mlopez")
    assert [(p.e164, p.extension) for p in maria.phones] == [("+34911234567", "204")]
    assert maria.phones[0].raw == "+34 91 123 45 67 ext. 204"  # as printed, like the CLI keeps it


def test_summary_stops_warning_once_the_number_is_given_its_country_code(window, qtbot, seeded):
    # The summary was counted from the release as read: after the user typed +65 into the number it still
    # said "1 number has no country code ... kept as printed", though it is saved normalized.
    window.import_releases([str(SHAPES.parent / "lead_blind" / "lb07_no_country.txt")])
    dialog = window.review_dialog
    assert "1 number has no country code" in dialog.summary.text()
    dialog.table.item(0, 4).setText("+65 8123 4567")
    assert "no country code" not in dialog.summary.text()
    assert dialog.table.item(0, 6).text() == "new contact"  # the row's note and highlight follow too
    assert dialog.table.item(0, 4).background().color().name() != "#fff3c4"
    dialog.table.item(0, 4).setText("8123 4567")  # back as printed: the warning is back
    assert "1 number has no country code" in dialog.summary.text()
    assert dialog.table.item(0, 6).text() == "new contact; 8123 4567: no country, kept as printed (add +CC)"
    assert dialog.table.item(0, 4).background().color().name() == "#fff3c4"
    _save(dialog)
    (tom,) = seeded.search.search("tbaker")
    assert [(p.raw, p.e164) for p in tom.phones] == [("8123 4567", None)]
