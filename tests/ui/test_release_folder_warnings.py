"""The main window's background import of a press-release folder shows what the CLI warns about:
numbers kept without a country, contact blocks no contact could be read from, values printed before
any name; by position and count, never the numbers themselves, and nothing of it in the log."""

import logging
import shutil
from pathlib import Path

SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "press" / "shapes"

UNASSIGNED = (
    "IOM Kenya opens a help desk at the Namanga border post\n\n"
    "Namanga – IOM opened a help desk for travellers at the Namanga border post this week, with partners.\n\n"
    "Media contacts:\n+254 20 422 1000, press@iom.example.org\nJane Wairimu, IOM Kenya, jwairimu@iom.int\n"
)


def test_folder_import_shows_the_warnings_the_cli_gives(window, qtbot, seeded, tmp_path, captured, caplog):
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(SHAPES / "s07_no_country.txt", folder)
    shutil.copy(SHAPES / "s17_unreadable_block.txt", folder)
    (folder / "unassigned.txt").write_text(UNASSIGNED, encoding="utf-8")
    caplog.set_level(logging.DEBUG)
    with qtbot.waitSignal(window.releaseImportFinished, timeout=30000):
        window.import_releases([str(folder)])
    ((level, title, text),) = [m for m in captured.messages if m[0] == "info"]
    assert title == "Imported: some details need a look"
    assert "Imported 3 new articles from 3 files" in text
    assert "s07_no_country.txt: Samuel Okafor, phone 1: has no country code" in text
    assert "s17_unreadable_block.txt: 1 contact block could not be read into a contact" in text
    assert "unassigned.txt: 2 numbers or addresses printed in a contact block before any name" in text
    for private in ("0803", "555 0199", "422 1000", "press@iom"):
        assert private not in text  # said by position and count: the numbers are in the review, not here
        assert private not in caplog.text
    (samuel,) = seeded.search.search("okafor")
    assert [(p.raw, p.e164) for p in samuel.phones] == [("0803 555 0199", None)]  # stored, as printed


def test_folder_import_without_anything_to_look_at_shows_no_dialog(window, qtbot, seeded, tmp_path, captured):
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(SHAPES / "s02_us_fund_no_cc.txt", folder)
    with qtbot.waitSignal(window.releaseImportFinished, timeout=30000):
        window.import_releases([str(folder)])
    assert captured.messages == []
    assert "Imported 1 new article from 1 file" in window.statusBar().currentMessage()
