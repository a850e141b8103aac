"""The import wizard's summary says which rows had a phone kept as entered (no country code, no
country to read it in): the row is imported, the number stored as written, the row named."""

from tests.ui.wizard_steps import import_with_wizard


def test_wizard_summary_names_the_row_of_a_phone_kept_as_entered(ctx, qtbot, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "Name,Office,Phone,Email\n"
        "Kenya Person,IOM Kenya,0712 345678,k@example.org\n"
        "No Country,Radio Voice,0772 123 456,n@example.org\n"  # row 3
        "Broken Row,Radio Voice,call me,b@example.org\n",  # row 4: no number at all
        encoding="utf-8",
    )
    wizard = import_with_wizard(ctx, qtbot, path)
    assert wizard.summary.text().startswith(
        "added 2, updated 0, skipped 0, rejected 1; 1 phone kept as entered (no country code)")
    assert "row 3: phone kept as entered: no country code" in wizard.summary_details.text()
    assert "0772" not in wizard.summary_details.text()
    assert wizard.rejects.item(0, 0).text() == "4"
    stored = {c.name: c.phones[0] for c in ctx.search.search("", limit=None)}
    assert (stored["No Country"].raw, stored["No Country"].e164) == ("0772 123 456", None)


def test_summary_with_many_kept_phones_still_fits_on_the_screen(ctx, qtbot, tmp_path):
    # One line per row with a phone kept as entered (up to 1,000 of them): the label grew the wizard to
    # 14,000 px for a 6,500-row file, its Close button and rejected rows far below the screen.
    path = tmp_path / "people.csv"
    rows = "".join(f"Person {i},Radio Voice,0772 {i:06d},p{i}@example.org\n" for i in range(300))
    path.write_text("Name,Office,Phone,Email\n" + rows + "Broken Row,Radio Voice,call me,b@example.org\n",
                    encoding="utf-8")
    wizard = import_with_wizard(ctx, qtbot, path)
    assert "row 301: phone kept as entered: no country code" in wizard.summary_details.text()
    assert wizard.minimumSizeHint().height() < 700
    wizard.show()
    wizard.resize(900, 600)
    qtbot.wait(10)
    close = wizard.cancel_button
    assert close.mapTo(wizard, close.rect().bottomLeft()).y() <= wizard.height()  # reachable
    assert wizard.rejects.isVisible() and wizard.rejects.height() > 40  # the rejected row can be read
