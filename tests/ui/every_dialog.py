"""Open every dialog of the main window without exec(): for the walks over all controls (accessible
names and descriptions, translated texts)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget


def every_dialog(window, seeded, tmp_path) -> Iterator[tuple[str, QWidget]]:
    """Yield (what, dialog) for each dialog, shown; each wizard page in turn; the caller closes none."""
    window.tabs.setCurrentIndex(0)
    window.table.selectRow(0)
    cid = window.current_id()
    record = seeded.contacts.get(cid)
    if "Editors" not in [lst.name for lst in seeded.lists.all()]:
        seeded.lists.create("Editors")
        seeded.lists.add("Editors", [cid])
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Email,Phone\nJane Doe,jane@example.org,+41 22 717 9111\n", encoding="utf-8")
    opened = {
        "contact editor": lambda: window.contacts.open_contact_dialog(record),
        "new contact": lambda: window.contacts.open_contact_dialog(None),
        "send": lambda: window.outreach.send_to_list("Editors"),
        "import wizard": lambda: window.transfer.open_import_wizard(str(csv)),
        "export": window.transfer.open_export_dialog,
        "connect": window.access.open_connect_dialog,
        "history": lambda: window.contacts.show_history(cid),
        "retention": window.protection.open_retention,
        "bounce": lambda: window.protection.record_bounces("bounced: nobody@example.org"),
        "copy": window.copying.open_dialog,
        "shortcuts": window.show_shortcuts,
        "about": window.show_about,
        "settings": lambda: __import__("iomdesk.ui.settings_dialog", fromlist=["show"]).show(window),
    }
    opened.update(_dialogs_made_directly(window, seeded, record, tmp_path))
    for what, open_it in opened.items():
        dialog = open_it()
        assert dialog is not None and dialog.isVisible(), what
        yield what, dialog
        if what == "import wizard":  # every page of the wizard up to the import itself
            for page in range(2):
                dialog.next()
                yield f"{what} page {page + 2}", dialog
        dialog.close()


def _dialogs_made_directly(window, seeded, record, tmp_path) -> dict:
    """Dialogs the window opens with exec() or only in a rare state: made here with their data."""
    from dataclasses import replace

    from iomdesk.interchange.press import read_release
    from iomdesk.services.contacts import record_to_input
    from iomdesk.ui.alerts import CrashDialog
    from iomdesk.ui.articles_view import LinkContactDialog
    from iomdesk.ui.conflict_dialog import ConflictDialog
    from iomdesk.ui.controllers.lists import AddToListDialog
    from iomdesk.ui.controllers.outreach import BccDialog
    from iomdesk.ui.protection import EraseDialog, ReasonDialog

    release = tmp_path / "release.txt"
    release.write_text("IOM helps families in Harare\n\nHARARE - IOM today opened a centre.\n\n"
                       "For more information, please contact Jane Moyo, IOM Zimbabwe, Tel: +263 4 335 044, "
                       "Email: jmoyo@iom.int\n", encoding="utf-8")
    mine = record_to_input(record)
    theirs = replace(record, role="Head of Media", version=record.version + 1)

    def shown(dialog):
        dialog.show()
        return dialog

    return {
        "crash": lambda: shown(CrashDialog("Traceback: details", None, window)),
        "link contact": lambda: shown(LinkContactDialog(seeded, window)),
        "conflict": lambda: shown(ConflictDialog(mine, theirs, record_to_input(theirs),
                                                 replace(mine, notes="mine"), None, window)),
        "do not contact": lambda: shown(ReasonDialog([record], window)),
        "erase": lambda: shown(EraseDialog([record], backups=2, parent=window)),
        "add to list": lambda: shown(AddToListDialog(["Editors"], 2, window)),
        "bcc": lambda: shown(BccDialog([["a@example.org"], ["b@example.org"]], ["mailto:?bcc=a", "mailto:?bcc=b"],
                                       window.open_url, window.copy_text, window)),
        "press release review": lambda: window.transfer.review_release(read_release(str(release))),
    }
