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
    for what, open_it in opened.items():
        dialog = open_it()
        assert dialog is not None and dialog.isVisible(), what
        yield what, dialog
        if what == "import wizard":  # every page of the wizard up to the import itself
            for page in range(2):
                dialog.next()
                yield f"{what} page {page + 2}", dialog
        dialog.close()
