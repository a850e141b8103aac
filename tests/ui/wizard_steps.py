"""Driving the import wizard as a user does: open a file, accept the detected settings and the
mapping, press Import and wait for the summary."""

from __future__ import annotations

from iomdesk.ui.import_wizard import ImportWizard


def import_with_wizard(ctx, qtbot, path) -> ImportWizard:
    wizard = ImportWizard(ctx, str(path))
    qtbot.addWidget(wizard)
    wizard.next()  # file settings
    wizard.next()  # column mapping
    with qtbot.waitSignal(wizard.finishedImport, timeout=60000):
        wizard.next()  # Import
    return wizard
