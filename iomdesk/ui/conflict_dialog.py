"""A colleague saved the contact while the user was editing it: the save was refused, nothing was
overwritten. This dialog shows, field by field, the version the user opened, the colleague's version
(who saved it and when, from the history) and the user's edits, differences highlighted, and offers
"Apply my changes on top" (a three-way merge: what the user changed wins, the rest is the colleague's),
"Discard mine" (the editor reloads the colleague's version) and Cancel (back to the editor, edits kept).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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
from ..core.merge import MERGE_FIELDS, MergeResult, comparable, shown_value, three_way_merge
from ..core.text import clean
from ..services.records import ChangeRecord, ContactRecord
from . import theme
from .dates import local_datetime
from .history_dialog import basis_label, field_name, field_names, phone_line, who_text
from .keyboard import key_text
from .widgets import HINT_STYLE, list_table, plain_label, plain_tip, table_item

# Cell colours (theme roles, light and dark): the colleague changed it / the user changed it / both changed
# it (the user's wins).
THEIRS_COLOUR = "conflict-theirs"
MINE_COLOUR = "conflict-mine"
BOTH_COLOUR = "conflict-both"


def intro_text(latest: ChangeRecord | None, theirs: ContactRecord) -> str:
    """ "Ana was changed after you opened it: alice saved it at 14:02 on 04/12/2026. ..." (who and when
    from the history when it has the colleague's save; time and date as the user's language writes them)."""
    if latest is not None and latest.version == theirs.version:
        at = local_datetime(latest.at)
        time = QLocale().toString(at.time(), QLocale.FormatType.ShortFormat)
        date = QLocale().toString(at.date(), QLocale.FormatType.ShortFormat)
        if latest.os_user:
            return QCoreApplication.translate(
                "ConflictDialog", "{name} was changed after you opened it: {who} saved it at {time} on {date}. "
                "Your save was refused and nothing was overwritten.").format(
                name=theirs.name, who=who_text(latest), time=time, date=date)
        return QCoreApplication.translate(
            "ConflictDialog", "{name} was changed after you opened it: someone else saved it at {time} on "
            "{date}. Your save was refused and nothing was overwritten.").format(
            name=theirs.name, time=time, date=date)
    return QCoreApplication.translate(
        "ConflictDialog", "{name} was changed after you opened it: someone else saved it. Your save was "
        "refused and nothing was overwritten.").format(name=theirs.name)


def value_text(data: ContactInput, name: str) -> str:
    """Field ``name`` of ``data`` as the dialog shows it (core's shown_value, with phone kinds and the
    lawful basis in the user's language)."""
    if name == "phones":
        lines = []
        for p in data.phones:
            raw, kind = (p, "") if isinstance(p, str) else (p.raw, p.kind or "")
            if clean(raw):
                lines.append(phone_line(clean(raw), kind))
        return "\n".join(lines)
    if name == "lawful_basis":
        return basis_label(data.lawful_basis)
    return shown_value(data, name)


def outcome_text(merge: MergeResult) -> str:
    """What "Apply my changes on top" will do, field names in the user's language."""
    mine, theirs = field_names(merge.mine), field_names(merge.theirs)
    if merge.mine and merge.theirs:
        text = QCoreApplication.translate(
            "ConflictDialog", "Apply my changes on top: your changes to {mine} are applied; your colleague's "
            "changes to {theirs} are kept.").format(mine=mine, theirs=theirs)
    elif merge.mine:
        text = QCoreApplication.translate(
            "ConflictDialog", "Apply my changes on top: your changes to {mine} are applied.").format(mine=mine)
    elif merge.theirs:
        text = QCoreApplication.translate(
            "ConflictDialog", "Apply my changes on top: your colleague's changes to {theirs} are kept.").format(
            theirs=theirs)
    else:
        text = QCoreApplication.translate("ConflictDialog", "Apply my changes on top: nothing differs.")
    if merge.both:
        text += " " + QCoreApplication.translate(
            "ConflictDialog", "You both changed {fields}: your version wins there.").format(
            fields=field_names(merge.both))
    return text


class ConflictDialog(QDialog):
    """Emits ``applyMine(MergeResult)`` or ``discardMine()``; Cancel (Esc) just closes it."""

    applyMine = Signal(object)
    discardMine = Signal()

    def __init__(self, opened: ContactInput, theirs: ContactRecord, theirs_input: ContactInput,
                 mine: ContactInput, latest: ChangeRecord | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this contact"))
        self.theirs = theirs
        self.merge: MergeResult = three_way_merge(opened, theirs_input, mine)
        layout = QVBoxLayout(self)
        intro = plain_label(intro_text(latest, theirs), selectable=False)
        intro.setObjectName("conflictIntro")
        layout.addWidget(intro)

        # Only the fields where the three versions differ somewhere.
        self.fields = [f for f in MERGE_FIELDS
                       if len({repr(comparable(d, f)) for d in (opened, theirs_input, mine)}) > 1]
        self.table = list_table([self.tr("Field"), self.tr("When you opened it"),
                                 self.tr("Colleague's version (now)"), self.tr("Your edits")],
                                self.tr("Differences between your edits and your colleague's version"))
        self.table.setAccessibleDescription(self.tr(
            "One row for each field that differs: its value when you opened the contact, your colleague's "
            "value now and your value. Yellow: your colleague changed it; blue: you changed it; red: you "
            "both changed it."))
        self.table.setObjectName("conflictTable")
        self.table.setRowCount(len(self.fields))
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, f in enumerate(self.fields):
            base_v, their_v, my_v = (comparable(d, f) for d in (opened, theirs_input, mine))
            label = field_name(f)
            if f in self.merge.both:
                label = self.tr("{field}\nboth changed:\nyours wins").format(field=label)
            self.table.setItem(row, 0, table_item(label))
            cells = [(opened, None), (theirs_input, THEIRS_COLOUR if their_v != base_v else None),
                     (mine, (BOTH_COLOUR if f in self.merge.both else MINE_COLOUR) if my_v != base_v else None)]
            for col, (data, colour) in enumerate(cells, start=1):
                text = value_text(data, f)
                item = table_item(text or self.tr("(empty)"), tooltip=False)
                item.setToolTip(plain_tip(text))
                if not text:
                    theme.tint(item, "muted")
                if colour is not None:
                    theme.tint(item, colour)
                    # the colour's meaning in words: for a screen reader, and for whoever tells colours apart badly
                    said = self.changed_text(colour).format(value=text or self.tr("(empty)"))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
                    item.setToolTip(plain_tip(said))
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        theme.watch_items(self.table)
        layout.addWidget(self.table, 1)
        legend = plain_label(self.tr("Yellow: your colleague changed it. Blue: you changed it. "
                                     "Red: you both changed it."), selectable=False, style=HINT_STYLE)
        layout.addWidget(legend)
        self.outcome = plain_label(outcome_text(self.merge), selectable=False)
        self.outcome.setObjectName("conflictOutcome")
        layout.addWidget(self.outcome)

        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Apply my changes on top"))
        self.apply_button.setToolTip(self.tr("Save your edits over your colleague's version; the fields you "
                                             "did not change keep your colleague's values ({keys})").format(
            keys=key_text("Ctrl+Return")))
        self.apply_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard mine"))
        self.discard_button.setToolTip(self.tr("Forget your edits and load your colleague's version into the "
                                               "editor"))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Back to the editor with your edits"))
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

    def changed_text(self, colour: str) -> str:
        """ "{value}, changed by ...": what a coloured cell's colour says."""
        if colour == THEIRS_COLOUR:
            return self.tr("{value} (changed by your colleague)")
        if colour == MINE_COLOUR:
            return self.tr("{value} (changed by you)")
        return self.tr("{value} (changed by you both)")

    def apply(self) -> None:
        self.accept()
        self.applyMine.emit(self.merge)

    def discard(self) -> None:
        self.accept()
        self.discardMine.emit()
