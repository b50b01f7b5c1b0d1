"""Here to Help: log a walk-in, call, email or online request in under a minute, and the
follow-ups that are due or overdue.

The time spent fills itself in: it counts from when the form was first touched (on the service's
clock), and staff may change it.
"""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.people import Role
from hubdesk.domain.staff import Permission
from hubdesk.services.contacts import MINUTES_MAX, ContactIn, FollowUp
from hubdesk.services.families import AdultIn, FamilyIn, FamilyRegistered, FamilySummary
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.family_picker import FamilyPicker
from hubdesk.ui.desk.page import DeskPage, button, label

NEED_COLUMNS = 4
FOLLOW_UP_DAYS = 7


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class HelpPage(DeskPage):
    permission = Permission.LOG_CONTACTS

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "helpPage", self.tr("Here to Help"))
        self.family_id: uuid.UUID | None = None
        self.started_at: datetime | None = None
        self.minutes_edited = False
        row = QHBoxLayout()
        row.addWidget(self._build_form(), 3)
        row.addWidget(self._build_follow_ups(), 2)
        self.body.addLayout(row, 1)
        self.reset_form()

    # --- the form ----------------------------------------------------------------------------

    def _build_form(self) -> QFrame:
        form = QFrame(self)
        form.setObjectName("helpForm")
        form.setProperty("kind", "card")
        col = QVBoxLayout(form)
        col.setSpacing(6)

        how = QHBoxLayout()
        how.addWidget(label(self.tr("How:"), "helpHowLabel", "subtitle", form))
        self.channel_group = QButtonGroup(self)
        self.channel_group.setExclusive(True)
        self.channel_buttons: dict[ContactChannel, QPushButton] = {}
        for ch in ContactChannel:
            b = button(words.channel(ch), f"channel_{ch.value}", form)
            b.setCheckable(True)
            self.channel_group.addButton(b)
            self.channel_buttons[ch] = b
            how.addWidget(b)
        col.addLayout(how)

        who = QHBoxLayout()
        who.addWidget(label(self.tr("Who:"), "helpWhoLabel", "subtitle", form))
        self.family_label = label(
            self.tr("No family chosen (you can log it without one)"), "helpFamily", "", form
        )
        who.addWidget(self.family_label, 1)
        self.change_family = button(self.tr("Change"), "helpChangeFamily", form)
        self.new_family_button = button(self.tr("Quick new family"), "helpNewFamily", form)
        self.new_family_button.setCheckable(True)
        who.addWidget(self.change_family)
        who.addWidget(self.new_family_button)
        col.addLayout(who)
        self.picker = FamilyPicker(self.ctx, self.session, "helpPicker", limit=8, parent=form)
        self.picker.results.setMaximumHeight(84)
        col.addWidget(self.picker)
        self.new_family = self._build_new_family(form)
        col.addWidget(self.new_family)

        col.addWidget(label(self.tr("Needs:"), "helpNeedsLabel", "subtitle", form))
        needs = QGridLayout()
        needs.setSpacing(4)
        self.need_boxes: dict[Need, QCheckBox] = {}
        for i, n in enumerate(Need):
            box = QCheckBox(words.need(n), form)
            box.setObjectName(f"need_{n.value}")
            needs.addWidget(box, i // NEED_COLUMNS, i % NEED_COLUMNS)
            self.need_boxes[n] = box
        col.addLayout(needs)

        col.addWidget(label(self.tr("What was done:"), "helpDoneLabel", "subtitle", form))
        done = QGridLayout()
        done.setSpacing(4)
        self.outcome_boxes: dict[Outcome, QCheckBox] = {}
        for i, o in enumerate(Outcome):
            box = QCheckBox(words.outcome(o), form)
            box.setObjectName(f"outcome_{o.value}")
            done.addWidget(box, i // 3, i % 3)
            self.outcome_boxes[o] = box
        col.addLayout(done)
        where = QHBoxLayout()
        self.signposted = QLineEdit(form)
        self.signposted.setObjectName("helpSignpostedTo")
        self.signposted.setPlaceholderText(self.tr("Signposted to (organisation)"))
        self.signposted.setAccessibleName(self.tr("Signposted to"))
        self.referred = QLineEdit(form)
        self.referred.setObjectName("helpReferredTo")
        self.referred.setPlaceholderText(self.tr("Referral made to (service)"))
        self.referred.setAccessibleName(self.tr("Referral made to"))
        self.notes = QLineEdit(form)
        self.notes.setObjectName("helpNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        where.addWidget(self.notes, 2)
        where.addWidget(self.signposted, 1)
        where.addWidget(self.referred, 1)
        col.addLayout(where)
        self.outcome_boxes[Outcome.SIGNPOSTED].toggled.connect(self._sync_fields)
        self.outcome_boxes[Outcome.REFERRAL].toggled.connect(self._sync_fields)

        more = QHBoxLayout()
        self.follow_up = QCheckBox(self.tr("Follow-up by"), form)
        self.follow_up.setObjectName("helpFollowUp")
        self.follow_up_date = QDateEdit(form)
        self.follow_up_date.setObjectName("helpFollowUpDate")
        self.follow_up_date.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("dd/MM/yyyy")
        self.follow_up.toggled.connect(self._sync_fields)
        more.addWidget(self.follow_up)
        more.addWidget(self.follow_up_date)
        more.addSpacing(12)
        more.addWidget(label(self.tr("Minutes spent:"), "helpMinutesLabel", "", form))
        self.minutes = QSpinBox(form)
        self.minutes.setObjectName("helpMinutes")
        self.minutes.setAccessibleName(self.tr("Minutes spent"))
        self.minutes.setRange(0, MINUTES_MAX)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("counted for you"))
        self.minutes.setMinimumWidth(150)
        self.minutes.valueChanged.connect(self._on_minutes_edited)
        more.addWidget(self.minutes)
        more.addStretch(1)
        self.clear_button = button(self.tr("Clear"), "helpClear", form)
        self.save_button = button(self.tr("Save"), "helpSave", form, kind="primary")
        self.save_button.setMinimumWidth(120)
        more.addWidget(self.clear_button)
        more.addWidget(self.save_button)
        col.addLayout(more)

        self.picker.sig_family_chosen.connect(self._on_family_chosen)
        self.picker.field.textEdited.connect(lambda _t: self._touched())
        self.channel_group.buttonClicked.connect(lambda _b: self._touched())
        self.change_family.clicked.connect(self._on_change_family_clicked)
        self.new_family_button.toggled.connect(self._on_new_family_toggled)
        self.clear_button.clicked.connect(self.reset_form)
        self.save_button.clicked.connect(self._on_save_clicked)
        return form

    def _build_new_family(self, parent: QFrame) -> QFrame:
        box = QFrame(parent)
        box.setObjectName("helpNewFamilyBox")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_first = QLineEdit(box)
        self.new_first.setObjectName("newFirstName")
        self.new_last = QLineEdit(box)
        self.new_last.setObjectName("newLastName")
        self.new_phone = QLineEdit(box)
        self.new_phone.setObjectName("newPhone")
        self.new_postcode = QLineEdit(box)
        self.new_postcode.setObjectName("newPostcode")
        for field, text in (
            (self.new_first, self.tr("First name")),
            (self.new_last, self.tr("Last name")),
            (self.new_phone, self.tr("Phone")),
            (self.new_postcode, self.tr("Postcode")),
        ):
            field.setPlaceholderText(text)
            field.setAccessibleName(text)
            row.addWidget(field)
        self.new_add = button(self.tr("Add"), "newFamilyAdd", box)
        self.new_add.clicked.connect(self._on_new_family_add_clicked)
        row.addWidget(self.new_add)
        box.hide()
        return box

    def reset_form(self) -> None:
        self.family_id = None
        self.started_at = None
        self.minutes_edited = False
        self.channel_group.setExclusive(False)
        for b in self.channel_buttons.values():
            b.setChecked(False)
        self.channel_group.setExclusive(True)
        self.family_label.setText(self.tr("No family chosen (you can log it without one)"))
        self.picker.clear()
        self.picker.show()
        self.change_family.hide()
        self.new_family_button.setChecked(False)
        for box in (*self.need_boxes.values(), *self.outcome_boxes.values(), self.follow_up):
            box.setChecked(False)
        for field in (
            self.signposted,
            self.referred,
            self.new_first,
            self.new_last,
            self.new_phone,
            self.new_postcode,
        ):
            field.clear()
        self.notes.clear()
        self.follow_up_date.setDate(_qdate(self._today() + timedelta(days=FOLLOW_UP_DAYS)))
        self.minutes.blockSignals(True)
        self.minutes.setValue(0)
        self.minutes.blockSignals(False)
        self._sync_fields()

    def _today(self) -> date:
        return self.ctx.services.contacts.today()

    def _touched(self) -> None:
        if self.started_at is None:
            self.started_at = self.ctx.clock.now()

    def _on_minutes_edited(self, _value: int) -> None:
        self.minutes_edited = True

    def _sync_fields(self) -> None:
        self.signposted.setVisible(self.outcome_boxes[Outcome.SIGNPOSTED].isChecked())
        self.referred.setVisible(self.outcome_boxes[Outcome.REFERRAL].isChecked())
        self.follow_up_date.setEnabled(self.follow_up.isChecked())

    def _on_family_chosen(self, summary: FamilySummary) -> None:
        self._touched()
        self.family_id = summary.family_id
        self.family_label.setText(summary.label)
        self.picker.hide()
        self.change_family.show()
        self.new_family_button.setChecked(False)

    def _on_change_family_clicked(self) -> None:
        self.family_id = None
        self.family_label.setText(self.tr("No family chosen (you can log it without one)"))
        self.change_family.hide()
        self.picker.show()
        self.picker.field.setFocus()

    def _on_new_family_toggled(self, on: bool) -> None:
        self.new_family.setVisible(on)
        if on:
            self._touched()
            self.new_first.setFocus()

    def _on_new_family_add_clicked(self) -> None:
        family = FamilyIn(
            adults=(AdultIn(self.new_first.text(), self.new_last.text() or None, Role.OTHER),),
            phone=self.new_phone.text() or None,
            postcode=self.new_postcode.text() or None,
        )
        name = " ".join(x for x in (self.new_first.text(), self.new_last.text()) if x)
        self.run(
            self.ctx.services.families.register,
            self.actor,
            family,
            on_success=lambda r: self._on_new_family_added(r, name),
        )

    def _on_new_family_added(self, registered: FamilyRegistered, name: str) -> None:
        self.family_id = registered.family_id
        self.family_label.setText(name)
        self.picker.hide()
        self.change_family.show()
        self.new_family_button.setChecked(False)
        self.message.show_ok(self.tr("New family added."))

    def contact(self) -> ContactIn:
        """What the form says now."""
        channel = next((ch for ch, b in self.channel_buttons.items() if b.isChecked()), None)
        minutes = self.minutes.value()
        if not self.minutes_edited and self.started_at is not None:
            spent = (self.ctx.clock.now() - self.started_at).total_seconds()
            minutes = min(MINUTES_MAX, max(1, math.ceil(spent / 60)))
        due = None
        if self.follow_up.isChecked():
            q = self.follow_up_date.date()
            due = date(q.year(), q.month(), q.day())
        return ContactIn(
            channel=channel,  # type: ignore[arg-type]  # None is refused by the service, by name
            needs=tuple(n for n, b in self.need_boxes.items() if b.isChecked()),
            outcomes=tuple(o for o, b in self.outcome_boxes.items() if b.isChecked()),
            family_id=self.family_id,
            referred_to=self.referred.text() or None,
            signposted_to=self.signposted.text() or None,
            notes=self.notes.text() or None,
            minutes_spent=minutes,
            follow_up_due=due,
        )

    def _on_save_clicked(self) -> None:
        contact = self.contact()
        if not any(b.isChecked() for b in self.channel_buttons.values()):
            self.message.show_error(self.tr("How: choose walk-in, phone, email or online request."))
            return
        self.save_button.setEnabled(False)
        self.run(
            self.ctx.services.contacts.log,
            self.actor,
            contact,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
        )

    def _on_saved(self, _contact_id: uuid.UUID) -> None:
        self.save_button.setEnabled(True)
        self.message.show_ok(self.tr("Saved."))
        self.reset_form()
        self.refresh()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.on_failure(exc)

    # --- follow-ups --------------------------------------------------------------------------

    def _build_follow_ups(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("followUpsBox")
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(label(self.tr("Follow-ups due"), "followUpsTitle", "subtitle", box))
        self.follow_ups = QTableWidget(0, 3, box)
        self.follow_ups.setObjectName("followUpsTable")
        self.follow_ups.setAccessibleName(self.tr("Follow-ups due and overdue"))
        self.follow_ups.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Family"), self.tr("Needs")]
        )
        self.follow_ups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_ups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_ups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_ups.verticalHeader().hide()
        self.follow_ups.setWordWrap(True)
        h = self.follow_ups.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        col.addWidget(self.follow_ups, 1)
        self.follow_ups_empty = label(self.tr("No follow-ups due."), "followUpsEmpty", "hint", box)
        col.addWidget(self.follow_ups_empty)
        self.done_button = button(self.tr("Mark done"), "followUpDone", box)
        self.done_button.clicked.connect(self._on_done_clicked)
        col.addWidget(self.done_button)
        self.follow_ups.itemSelectionChanged.connect(
            lambda: self.done_button.setEnabled(bool(self.follow_ups.selectedItems()))
        )
        self.done_button.setEnabled(False)
        return box

    def refresh(self) -> None:
        self.run(
            self.ctx.services.contacts.follow_ups, self.actor, on_success=self._show_follow_ups
        )

    def _show_follow_ups(self, items: list[FollowUp]) -> None:
        self.follow_ups.setRowCount(len(items))
        today = self._today()
        for r, f in enumerate(items):
            due = words.day(f.due)
            if f.overdue:
                due = self.tr("{day} (overdue)").format(day=due)
            elif f.due == today:
                due = self.tr("{day} (today)").format(day=due)
            values = (
                due,
                f.family_label or self.tr("No family"),
                ", ".join(words.need(n) for n in f.needs),
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, f.contact_id)
                if f.overdue:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.follow_ups.setItem(r, c, item)
        self.follow_ups.resizeRowsToContents()
        self.follow_ups_empty.setVisible(not items)
        self.done_button.setEnabled(bool(self.follow_ups.selectedItems()))

    def _on_follow_up_done(self, _result: object) -> None:
        self.message.show_ok(self.tr("Follow-up done."))
        self.refresh()

    def _on_done_clicked(self) -> None:
        items = self.follow_ups.selectedItems()
        contact_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if isinstance(contact_id, uuid.UUID):
            self.run(
                self.ctx.services.contacts.complete_follow_up,
                self.actor,
                contact_id,
                on_success=self._on_follow_up_done,
            )
