"""Two records of one family side by side: staff choose which record to keep, which value of each
field to keep, and which people are the same person; and the list of likely duplicates.

The views only show and collect choices: the merge itself is `FamilyService.merge` with a
`MergePlan` (services/family_merge.py), run on the task runner by the families page.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.people import Role
from hubdesk.services.families import DuplicatePair, FamilySummary
from hubdesk.services.family_merge import MERGE_FIELDS, MergeCompare, MergePlan, MergeSide
from hubdesk.ui.desk import words
from hubdesk.ui.desk.page import button, label
from hubdesk.ui.desk.words import QT_TRANSLATE_NOOP
from hubdesk.ui.widgets.bidi import isolate

DAY = "%d %b %Y"
WHEN = "%d %b %Y %H:%M"
TOUCH = 48  # px: the least height of anything pressed (docs/desk.md)
VALUE_MAX = 48  # characters of a long value (notes) shown on a choice


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= VALUE_MAX else one_line[: VALUE_MAX - 1] + "…"


class StackPage(QFrame):
    """A page of a QStackedWidget that asks for room only while it is shown: a stack is as tall
    as the height-for-width of its tallest page, shown or not (QStackedLayout), which would push
    the page on show below the fold at 1366x768."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return super().heightForWidth(width) if self.isVisible() else -1


class MergeView(StackPage):
    """The side-by-side merge. Emits the plan when staff press Merge."""

    sig_merge_requested = Signal(object)
    """Staff chose how to merge. Argument: the MergePlan."""
    sig_cancelled = Signal()
    """Staff closed the view without merging. No arguments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeView")
        self.setProperty("kind", "card")
        self.compare: MergeCompare | None = None
        self.pairs: list[tuple[uuid.UUID, uuid.UUID]] = []  # (record 1's, record 2's)
        col = QVBoxLayout(self)
        col.setSpacing(4)
        # the actions at the top, beside the heading: always in view at 1366x768
        top = QHBoxLayout()
        self.heading = label(
            self.tr("Two records of one family: choose what to keep"),
            "mergeHeading",
            "subtitle",
            self,
        )
        top.addWidget(self.heading, 1)
        self.cancel_button = button(self.tr("Cancel"), "mergeCancel", self)
        self.merge_button = button(self.tr("Merge"), "mergeDo", self, kind="primary")
        top.addWidget(self.cancel_button)
        top.addWidget(self.merge_button)
        col.addLayout(top)

        # columns: the field's name, record 1, record 2, and who is the same person
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(0)
        for column in (1, 2, 3):
            self.grid.setColumnStretch(column, 1)
        self.keep_group = QButtonGroup(self)
        self.keep: list[QRadioButton] = []
        self.about: list[Any] = []
        for side in (0, 1):
            radio = QRadioButton(self)
            radio.setObjectName(f"mergeKeep{side + 1}")
            radio.setMinimumHeight(TOUCH)
            self.keep_group.addButton(radio, side)
            self.keep.append(radio)
            self.grid.addWidget(radio, 0, side + 1, Qt.AlignmentFlag.AlignLeft)
            about = label("", f"mergeAbout{side + 1}", "", self)
            about.setTextFormat(Qt.TextFormat.PlainText)
            about.setWordWrap(True)
            about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            self.about.append(about)
            self.grid.addWidget(about, 1, side + 1)
        self.field_groups: dict[str, QButtonGroup] = {}
        self.field_choices: dict[str, list[QRadioButton]] = {}
        names = {
            "postcode": self.tr("Postcode"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "notes": self.tr("Notes"),
            "due_date": self.tr("Baby due"),
        }
        for row, name in enumerate(MERGE_FIELDS, start=2):
            self.grid.addWidget(label(names[name], f"mergeField_{name}", "", self), row, 0)
            group = QButtonGroup(self)
            self.field_groups[name] = group
            choices = []
            for side in (0, 1):
                radio = QRadioButton(self)
                radio.setObjectName(f"mergeChoice_{name}_{side + 1}")
                radio.setMinimumHeight(TOUCH)
                group.addButton(radio, side)
                choices.append(radio)
                self.grid.addWidget(radio, row, side + 1, Qt.AlignmentFlag.AlignLeft)
            self.field_choices[name] = choices

        people = QVBoxLayout()
        people.setSpacing(4)
        people.addWidget(
            label(
                self.tr("The same person in both records becomes one. Check the pairs:"),
                "mergePairsHint",
                "hint",
                self,
            )
        )
        self.pair_list = QListWidget(self)
        self.pair_list.setObjectName("mergePairs")
        self.pair_list.setAccessibleName(self.tr("The same person in both records"))
        self.pair_list.setWordWrap(True)
        self.pair_list.setMinimumHeight(60)
        people.addWidget(self.pair_list, 1)
        self.unpair_button = button(self.tr("Not the same person"), "mergeUnpair", self)
        self.person_a = QComboBox(self)
        self.person_a.setObjectName("mergePersonA")
        self.person_a.setAccessibleName(self.tr("Person in record 1"))
        self.person_b = QComboBox(self)
        self.person_b.setObjectName("mergePersonB")
        self.person_b.setAccessibleName(self.tr("Person in record 2"))
        self.pair_button = button(self.tr("Same person"), "mergePair", self)
        pick = QHBoxLayout()
        pick.addWidget(self.person_a, 1)
        pick.addWidget(label("=", "", "", self))
        pick.addWidget(self.person_b, 1)
        people.addLayout(pick)
        pair_actions = QHBoxLayout()
        pair_actions.addStretch(1)
        pair_actions.addWidget(self.pair_button)
        pair_actions.addWidget(self.unpair_button)
        people.addLayout(pair_actions)
        self.grid.addLayout(people, 0, 3, 2 + len(MERGE_FIELDS), 1)
        col.addLayout(self.grid)
        self.moves = label("", "mergeMoves", "hint", self)
        col.addWidget(self.moves)
        col.addStretch(1)

        self.keep_group.idToggled.connect(self._on_keep_toggled)
        self.unpair_button.clicked.connect(self._on_unpair_clicked)
        self.pair_button.clicked.connect(self._on_pair_clicked)
        self.cancel_button.clicked.connect(self.sig_cancelled.emit)
        self.merge_button.clicked.connect(self._on_merge_clicked)

    # --- filling -----------------------------------------------------------------------------

    def side_text(self, side: MergeSide, number: int) -> str:
        """What tells the two records apart: names, postcode, members, last visit, created."""
        adults = [m for m in side.members if not m.is_child]
        children = [m for m in side.members if m.is_child]
        lines = [
            self.tr("Record {number}: {family}").format(number=number, family=isolate(side.label))
            + " · "
            + (side.values.get("postcode") or self.tr("No postcode")),
            self.tr("%n adult(s)", "", len(adults))
            + ", "
            + self.tr("%n child(ren)", "", len(children))
            + ": "
            + ", ".join(self.person_text(m) for m in side.members),
            self.tr("Created: {day}").format(day=words.local(side.created_at, WHEN))
            + " · "
            + (
                self.tr("Last visit: {day}").format(day=words.local(side.last_visit_at, DAY))
                if side.last_visit_at
                else self.tr("No visits yet")
            ),
            self.tr("%n visit(s)", "", side.visits)
            + ", "
            + self.tr("%n contact(s)", "", side.contacts)
            + ", "
            + self.tr("%n pass(es)", "", side.passes),
        ]
        return "\n".join(lines)

    def person_text(self, m: Any) -> str:
        if m.is_child:
            born = m.date_of_birth.strftime("%d/%m/%Y") if m.date_of_birth else ""
            return f"{isolate(m.name)} ({born})"
        role = words.role(Role(m.role)) if m.role else words.role(None)
        return f"{isolate(m.name)} ({role})"

    def value_text(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(none)")
        if isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        return _short(str(value))

    def show_compare(self, compare: MergeCompare) -> None:
        self.compare = compare
        self.pairs = list(compare.pairs)
        for side, (radio, about) in enumerate(zip(self.keep, self.about, strict=True)):
            record = compare.a if side == 0 else compare.b
            radio.setText(self.tr("Keep record {number}").format(number=side + 1))
            radio.setAccessibleName(radio.text())
            about.setText(self.side_text(record, side + 1))
        for name, choices in self.field_choices.items():
            for side, radio in enumerate(choices):
                record = compare.a if side == 0 else compare.b
                radio.setText(self.value_text(record.values.get(name)))
                radio.setAccessibleName(f"{name} {side + 1}: {radio.text()}")
        # the older record is kept unless staff choose otherwise
        older = 0 if compare.a.created_at <= compare.b.created_at else 1
        self.keep[older].setChecked(True)
        self._on_keep_toggled(older, True)
        for combo, record in ((self.person_a, compare.a), (self.person_b, compare.b)):
            combo.clear()
            for m in record.members:
                combo.addItem(self.person_text(m), m.id)
        self._show_pairs()

    def _on_keep_toggled(self, side: int, checked: bool) -> None:
        """Each field defaults to the kept record's value, or the other's where it has none."""
        if not checked or self.compare is None:
            return
        records = (self.compare.a, self.compare.b)
        for name, choices in self.field_choices.items():
            kept = records[side].values.get(name)
            other = records[1 - side].values.get(name)
            pick = side if kept not in (None, "") or other in (None, "") else 1 - side
            choices[pick].setChecked(True)
        self._show_moves()

    def _names(self) -> dict[uuid.UUID, str]:
        assert self.compare is not None
        people = (*self.compare.a.members, *self.compare.b.members)
        return {m.id: self.person_text(m) for m in people}

    def _show_pairs(self) -> None:
        names = self._names()
        self.pair_list.clear()
        for a_id, b_id in self.pairs:
            item = QListWidgetItem(f"{names[a_id]}  =  {names[b_id]}")
            item.setData(Qt.ItemDataRole.UserRole, (a_id, b_id))
            self.pair_list.addItem(item)
        if not self.pairs:
            self.pair_list.addItem(self.tr("No one is in both records."))
        self.unpair_button.setEnabled(bool(self.pairs))
        self._show_moves()

    def _show_moves(self) -> None:
        if self.compare is None:
            return
        side = self.keep_group.checkedId()
        dup = self.compare.b if side == 0 else self.compare.a
        self.moves.setText(
            self.tr(
                "Record {number}'s visits, contacts and passes move to the record kept. "
                "You can undo the merge afterwards."
            ).format(number=2 if side == 0 else 1)
            + " "
            + self.tr("Each pair of the same person becomes one.")
            if dup is not None
            else ""
        )

    def _on_unpair_clicked(self) -> None:
        item = self.pair_list.currentItem()
        pair = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if pair in self.pairs:
            self.pairs.remove(pair)
            self._show_pairs()

    def _on_pair_clicked(self) -> None:
        a_id, b_id = self.person_a.currentData(), self.person_b.currentData()
        if a_id is None or b_id is None:
            return
        self.pairs = [p for p in self.pairs if a_id != p[0] and b_id != p[1]]
        self.pairs.append((a_id, b_id))
        self._show_pairs()

    def plan(self) -> MergePlan:
        assert self.compare is not None
        side = self.keep_group.checkedId()
        a, b = self.compare.a, self.compare.b
        keep, dup = (a, b) if side == 0 else (b, a)
        take = frozenset(
            name for name, group in self.field_groups.items() if group.checkedId() == 1 - side
        )
        pairs = tuple((a, b) if side == 0 else (b, a) for a, b in self.pairs)
        return MergePlan(keep.family_id, dup.family_id, take, pairs)

    def _on_merge_clicked(self) -> None:
        if self.compare is not None:
            self.sig_merge_requested.emit(self.plan())


REASON_WORDS = {
    "phone": QT_TRANSLATE_NOOP("desk", "the same phone number"),
    "email": QT_TRANSLATE_NOOP("desk", "the same email"),
    "child": QT_TRANSLATE_NOOP("desk", "a child with the same name and date of birth"),
    "surname_postcode": QT_TRANSLATE_NOOP("desk", "the same surname and postcode"),
    "adult": QT_TRANSLATE_NOOP("desk", "an adult with the same name"),
}


class DuplicatesView(StackPage):
    """Records that look like one family; open a pair side by side."""

    sig_pair_opened = Signal(object, object)
    """Staff opened a pair. Arguments: the two families' ids (older record first)."""
    sig_closed = Signal()
    """Staff closed the list. No arguments."""
    sig_pair_dismissed = Signal(object, object)
    """Staff said a pair is not one family. Arguments: the two families' ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesView")
        self.setProperty("kind", "card")
        self.pairs: list[DuplicatePair] = []
        col = QVBoxLayout(self)
        col.addWidget(label(self.tr("Likely duplicates"), "duplicatesTitle", "subtitle", self))
        self.count = label("", "duplicatesCount", "hint", self)
        col.addWidget(self.count)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("duplicatesTable")
        self.table.setAccessibleName(self.tr("Likely duplicates"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record 1"), self.tr("Record 2"), self.tr("Why they look alike")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(72)  # three lines a record
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the list takes the room that is left, so the buttons under it stay in view
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        col.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.close_button = button(self.tr("Close"), "duplicatesClose", self)
        self.dismiss_button = button(self.tr("Not the same family"), "duplicatesDismiss", self)
        actions.addWidget(self.dismiss_button)
        self.open_button = button(
            self.tr("Open side by side"), "duplicatesOpen", self, kind="primary"
        )
        actions.addWidget(self.close_button)
        actions.addWidget(self.open_button)
        col.addLayout(actions)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button.clicked.connect(self.sig_closed.emit)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self._on_open_clicked())
        self.table.itemSelectionChanged.connect(self._sync)
        self._sync()

    def record_text(self, f: FamilySummary) -> str:
        bits = [isolate(f.label), f.postcode or self.tr("no postcode")]
        bits.append(
            self.tr("last visit {day}").format(day=words.local(f.last_visit_at, DAY))
            if f.last_visit_at
            else self.tr("no visits")
        )
        return "\n".join(bits)

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(0)
        for pair in pairs:
            r = self.table.rowCount()
            self.table.insertRow(r)
            self.table.setItem(r, 0, QTableWidgetItem(self.record_text(pair.a)))
            self.table.setItem(r, 1, QTableWidgetItem(self.record_text(pair.b)))
            why = ", ".join(
                QCoreApplication.translate("desk", REASON_WORDS[x])
                for x in pair.reasons
                if x in REASON_WORDS
            )
            self.table.setItem(r, 2, QTableWidgetItem(why[:1].upper() + why[1:]))
        self.count.setText(
            self.tr("%n pair(s) of records look like one family.", "", len(pairs))
            if pairs
            else self.tr("No likely duplicates.")
        )
        self._sync()

    def _sync(self) -> None:
        chosen = 0 <= self.table.currentRow() < len(self.pairs)
        self.open_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _on_dismiss_clicked(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.pairs):
            pair = self.pairs[r]
            self.sig_pair_dismissed.emit(pair.a.family_id, pair.b.family_id)

    def _on_open_clicked(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.pairs):
            pair = self.pairs[r]
            self.sig_pair_opened.emit(pair.a.family_id, pair.b.family_id)
