"""Tools > Settings: the interface language (the OS's by default, or English, French, Spanish)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from . import i18n
from .accessibility import describe_buttons


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("Same as the system ({language})").format(language=system), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen(settings))))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setAccessibleDescription(
            self.tr("The language of menus, dialogs and dates. Contact data is never translated."))
        self.note = QLabel(self.tr("IOM Desk uses a new language the next time it starts."))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        describe_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.settings.setValue(i18n.SETTING, self.language.currentData())
        self.settings.sync()
        super().accept()


def install(win) -> None:
    """Add Tools > Settings... (Ctrl+,) to the main window (the Tools menu exists by then)."""
    action = win._action(QCoreApplication.translate("SettingsDialog", "&Settings..."), lambda: show(win), "Ctrl+,",
                         QCoreApplication.translate("SettingsDialog", "Choose the interface language"))
    action.setMenuRole(action.MenuRole.PreferencesRole)
    win.act_settings = action
    win.protection.tools_menu.addSeparator()
    win.protection.tools_menu.addAction(action)


def show(win) -> SettingsDialog:
    dialog = SettingsDialog(win.settings, win)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    win.settings_dialog = dialog
    dialog.open()
    return dialog
