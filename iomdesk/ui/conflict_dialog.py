"""A colleague saved the contact while the user was editing it: the save was refused, nothing was
overwritten. This dialog shows, field by field, the version the user opened, the colleague's version
(who saved it and when, from the history) and the user's edits, differences highlighted, and offers
"Apply my changes on top" (a three-way merge: what the user changed wins, the rest is the colleague's),
"Discard mine" (the editor reloads the colleague's version) and Cancel (back to the editor, edits kept).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.contact import ContactInput
from ..core.merge import FIELD_LABELS, MERGE_FIELDS, MergeResult, comparable, shown_value, three_way_merge
from ..services.records import ChangeRecord, ContactRecord
from . import theme
from .widgets import HINT_STYLE, list_table, plain_label, plain_tip, table_item

# Cell colours (theme roles, light and dark): the colleague changed it / the user changed it / both changed
# it (the user's wins).
THEIRS_COLOUR = "conflict-theirs"
MINE_COLOUR = "conflict-mine"
BOTH_COLOUR = "conflict-both"


def who_and_when(latest: ChangeRecord | None, theirs: ContactRecord) -> str:
    """ "alice saved it at 14:02 on 2026-12-04" (or "someone else saved it" without a history row)."""
    if latest is not None and latest.version == theirs.version:
        at = latest.at.astimezone().strftime("%H:%M on %Y-%m-%d")
        return f"{latest.who or 'someone else'} saved it at {at}"
    return "someone else saved it"


class ConflictDialog(QDialog):
    """Emits ``applyMine(MergeResult)`` or ``discardMine()``; Cancel (Esc) just closes it."""

    applyMine = Signal(object)
    discardMine = Signal()

    def __init__(self, opened: ContactInput, theirs: ContactRecord, theirs_input: ContactInput,
                 mine: ContactInput, latest: ChangeRecord | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Someone else changed this contact")
        self.theirs = theirs
        self.merge: MergeResult = three_way_merge(opened, theirs_input, mine)
        layout = QVBoxLayout(self)
        intro = plain_label(
            f"{theirs.name} was changed after you opened it: {who_and_when(latest, theirs)}. "
            "Your save was refused and nothing was overwritten.", selectable=False)
        intro.setObjectName("conflictIntro")
        layout.addWidget(intro)

        # Only the fields where the three versions differ somewhere.
        self.fields = [f for f in MERGE_FIELDS
                       if len({repr(comparable(d, f)) for d in (opened, theirs_input, mine)}) > 1]
        self.table = list_table(["Field", "When you opened it", "Colleague's version (now)", "Your edits"],
                                "Differences between your edits and your colleague's version")
        self.table.setObjectName("conflictTable")
        self.table.setRowCount(len(self.fields))
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, f in enumerate(self.fields):
            base_v, their_v, my_v = (comparable(d, f) for d in (opened, theirs_input, mine))
            label = FIELD_LABELS[f]
            if f in self.merge.both:
                label += "\nboth changed:\nyours wins"
            self.table.setItem(row, 0, table_item(label))
            cells = [(opened, None), (theirs_input, THEIRS_COLOUR if their_v != base_v else None),
                     (mine, (BOTH_COLOUR if f in self.merge.both else MINE_COLOUR) if my_v != base_v else None)]
            for col, (data, colour) in enumerate(cells, start=1):
                text = shown_value(data, f)
                item = table_item(text or "(empty)", tooltip=False)
                item.setToolTip(plain_tip(text))
                if not text:
                    theme.tint(item, "muted")
                if colour is not None:
                    theme.tint(item, colour)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        theme.watch_items(self.table)
        layout.addWidget(self.table, 1)
        legend = plain_label("Yellow: your colleague changed it. Blue: you changed it. "
                             "Red: you both changed it.", selectable=False, style=HINT_STYLE)
        layout.addWidget(legend)
        self.outcome = plain_label(f"Apply my changes on top: {self.merge.message}", selectable=False)
        self.outcome.setObjectName("conflictOutcome")
        layout.addWidget(self.outcome)

        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton("&Apply my changes on top")
        self.apply_button.setToolTip("Save your edits over your colleague's version; the fields you did not "
                                     "change keep your colleague's values")
        self.apply_button.setDefault(True)
        self.discard_button = QPushButton("&Discard mine")
        self.discard_button.setToolTip("Forget your edits and load your colleague's version into the editor")
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip("Back to the editor with your edits")
        layout.addWidget(self.buttons)
        self.apply_button.clicked.connect(self.apply)
        self.discard_button.clicked.connect(self.discard)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.apply)
        self.resize(860, 400)
        self.table.resizeRowsToContents()  # a dozen rows at most
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(460, rows_height + self.table.horizontalHeader().height()
                                        + 2 * self.table.frameWidth() + 4))
        self.resize(860, self.sizeHint().height())
        self.apply_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply(self) -> None:
        self.accept()
        self.applyMine.emit(self.merge)

    def discard(self) -> None:
        self.accept()
        self.discardMine.emit()
