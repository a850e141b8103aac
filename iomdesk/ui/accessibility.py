"""Accessible descriptions for the standard buttons of dialogs (OK, Cancel, Close, ...).

A screen reader announces a control's name and then its description; Qt reads the tooltip when there
is no description. The standard buttons of a QDialogButtonBox have neither, so ``describe_buttons``
gives each one a translated sentence saying what it does, unless the dialog already gave it one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

Std = QDialogButtonBox.StandardButton
Role = QDialogButtonBox.ButtonRole

DESCRIPTIONS = {
    Std.Ok: QT_TRANSLATE_NOOP("accessibility", "Accept and close this window"),
    Std.Save: QT_TRANSLATE_NOOP("accessibility", "Save the changes and close this window"),
    Std.Cancel: QT_TRANSLATE_NOOP("accessibility", "Close this window without saving anything"),
    Std.Close: QT_TRANSLATE_NOOP("accessibility", "Close this window"),
    Std.Discard: QT_TRANSLATE_NOOP("accessibility", "Close this window and forget the changes"),
    Std.Apply: QT_TRANSLATE_NOOP("accessibility", "Apply the changes and keep this window open"),
    Std.Reset: QT_TRANSLATE_NOOP("accessibility", "Put back the values this window opened with"),
    Std.Help: QT_TRANSLATE_NOOP("accessibility", "Show help about this window"),
    Std.Yes: QT_TRANSLATE_NOOP("accessibility", "Answer yes"),
    Std.No: QT_TRANSLATE_NOOP("accessibility", "Answer no"),
}
BY_ROLE = {
    Role.AcceptRole: DESCRIPTIONS[Std.Ok],
    Role.RejectRole: DESCRIPTIONS[Std.Cancel],
    Role.DestructiveRole: DESCRIPTIONS[Std.Discard],
    Role.ApplyRole: DESCRIPTIONS[Std.Apply],
}


def describe_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give every button of ``box`` without a description or tooltip one; returns ``box``."""
    for button in box.buttons():
        if button.accessibleDescription() or button.toolTip():
            continue
        text = DESCRIPTIONS.get(box.standardButton(button)) or BY_ROLE.get(box.buttonRole(button))
        if text:
            button.setAccessibleDescription(QCoreApplication.translate("accessibility", text))
    return box


BASE_DESCRIPTION = "iomdeskBaseDescription"


def say_error(widget: QWidget, error: str) -> None:
    """What a screen reader says of ``widget``: the error shown beside it first (a label the reader does not
    reach from the field), then its usual description; ``error`` empty puts the usual one back."""
    base = widget.property(BASE_DESCRIPTION)
    if base is None:
        base = widget.accessibleDescription()
        widget.setProperty(BASE_DESCRIPTION, base)
    text = "\n".join(t for t in (error, base) if t)
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)
