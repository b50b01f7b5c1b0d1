"""Here to Help: log a walk-in, call, email or online request in under a minute, and work
through the follow-ups as a queue.

The time spent fills itself in: it counts from when the form was first touched (on the service's
clock), and staff may change it. The follow-up date is typed (day/month/year) or chosen on a
calendar, and kept exactly as typed: a date that cannot be read is an error beside the field,
and nothing is saved. A caller who is not registered can leave a name and a number to call back
(personal data: sealed when synced, erased, in subject access, under retention).

The queue shows my follow-ups, the overdue ones, those due this week, or all; a follow-up can be
given to a member of staff, opened to read and correct (contact_panel.py; every correction is
audited), and marked done.
"""

from __future__ import annotations

import functools
import math
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
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
    QWidget,
)

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.people import Role
from hubdesk.domain.staff import Permission
from hubdesk.services.contacts import MINUTES_MAX, ContactIn, FollowUp, QueueView, Worker
from hubdesk.services.families import AdultIn, FamilyIn, FamilyRegistered, FamilySummary
from hubdesk.ui.desk import words
from hubdesk.ui.desk.contact_panel import ContactPanel, staff_data, staff_of
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.date_field import DateField
from hubdesk.ui.desk.family_picker import FamilyPicker
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import DeskPage, button, label
from hubdesk.ui.desk.voice_ask_bar import VoiceAskBar

NEED_COLUMNS = 4
ASSIGNED_ROLE = Qt.ItemDataRole.UserRole + 1  # a queue row's worker, as staff_data()
# the form's fields from top to bottom, as FormErrors knows them
FORM_FIELDS = (
    "channel",
    "caller_name",
    "caller_phone",
    "needs",
    "notes",
    "signposted_to",
    "referred_to",
    "minutes_spent",
    "follow_up_due",
    "assigned_staff_id",
)
FOLLOW_UP_DAYS = 7


class HelpPage(DeskPage):
    permission = Permission.LOG_CONTACTS

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "helpPage", self.tr("Here to Help"))
        self.family_id: uuid.UUID | None = None
        self.started_at: datetime | None = None
        self.minutes_edited = False
        self.errors = FormErrors(self.message)
        self.view = QueueView.ALL
        # the form and queue, or one contact opened from the queue: one shows at a time (hidden,
        # the other takes no room, so each fits 1366x768 on its own)
        self.main = QWidget(self)
        self.main.setObjectName("helpMain")
        row = QHBoxLayout(self.main)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_form(), 3)
        row.addWidget(self._build_follow_ups(), 2)
        self.body.addWidget(self.main, 1)
        self.contact_panel = ContactPanel(ctx, session, self)
        self.contact_panel.hide()
        self.body.addWidget(self.contact_panel, 1)
        self.contact_panel.sig_closed.connect(self._on_contact_panel_closed)
        self.reset_form()

    # --- the form ----------------------------------------------------------------------------

    def _build_form(self) -> QFrame:
        form = QFrame(self)
        form.setObjectName("helpForm")
        form.setProperty("kind", "card")
        col = QVBoxLayout(form)
        col.setSpacing(6)

        how_box = QWidget(form)
        how_box.setObjectName("helpHow")
        how = QHBoxLayout(how_box)
        how.setContentsMargins(0, 0, 0, 0)
        how.addWidget(label(self.tr("How:"), "helpHowLabel", "subtitle", form))
        self.channel_group = QButtonGroup(self)
        self.channel_group.setExclusive(True)
        self.channel_buttons: dict[ContactChannel, QPushButton] = {}
        for ch in ContactChannel:
            b = button(words.channel(ch), f"channel_{ch.value}", how_box)
            b.setCheckable(True)
            self.channel_group.addButton(b)
            self.channel_buttons[ch] = b
            how.addWidget(b)
        col.addWidget(how_box)
        col.addWidget(self.errors.field("channel", how_box, self.tr("How")))

        who = QHBoxLayout()
        who.addWidget(label(self.tr("Who:"), "helpWhoLabel", "subtitle", form))
        self.family_label = label("", "helpFamily", "", form)
        who.addWidget(self.family_label, 1)
        self.caller_box = self._build_caller(form)
        who.addWidget(self.caller_box, 1)
        self.change_family = button(self.tr("Change"), "helpChangeFamily", form)
        self.new_family_button = button(self.tr("Quick new family"), "helpNewFamily", form)
        self.new_family_button.setCheckable(True)
        self.caller_button = button(self.tr("Caller not registered"), "helpCaller", form)
        self.caller_button.setCheckable(True)
        who.addWidget(self.change_family)
        who.addWidget(self.new_family_button)
        who.addWidget(self.caller_button)
        col.addLayout(who)
        self.picker = FamilyPicker(self.ctx, self.session, "helpPicker", limit=8, parent=form)
        self.picker.results.setMaximumHeight(84)
        # the search sits in the "Who" row; the families found show under it while searching
        who.insertWidget(2, self.picker.field, 1)
        col.addWidget(self.picker)
        self.picker.field.textChanged.connect(lambda _t: self._sync_who())
        self.new_family = self._build_new_family(form)
        col.addWidget(self.new_family)

        col.addWidget(label(self.tr("Needs:"), "helpNeedsLabel", "subtitle", form))
        needs_box = QWidget(form)
        needs_box.setObjectName("helpNeeds")
        needs = QGridLayout(needs_box)
        needs.setContentsMargins(0, 0, 0, 0)
        needs.setSpacing(4)
        self.need_boxes: dict[Need, QCheckBox] = {}
        for i, n in enumerate(Need):
            box = QCheckBox(words.need(n), needs_box)
            box.setObjectName(f"need_{n.value}")
            needs.addWidget(box, i // NEED_COLUMNS, i % NEED_COLUMNS)
            self.need_boxes[n] = box
        col.addWidget(needs_box)
        col.addWidget(self.errors.field("needs", needs_box, self.tr("Needs")))

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
        where.addWidget(label(self.tr("Minutes spent:"), "helpMinutesLabel", "", form))
        self.minutes = QSpinBox(form)
        self.minutes.setObjectName("helpMinutes")
        self.minutes.setAccessibleName(self.tr("Minutes spent"))
        self.minutes.setRange(0, MINUTES_MAX)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("counted for you"))
        self.minutes.setMinimumWidth(150)
        self.minutes.valueChanged.connect(self._on_minutes_edited)
        where.addWidget(self.minutes)
        col.addLayout(where)
        col.addWidget(self.errors.field("notes", self.notes, self.tr("Notes")))
        col.addWidget(self.errors.field("signposted_to", self.signposted, self.tr("Signposted to")))
        col.addWidget(self.errors.field("referred_to", self.referred, self.tr("Referral made to")))
        col.addWidget(self.errors.field("minutes_spent", self.minutes, self.tr("Minutes spent")))
        self.outcome_boxes[Outcome.SIGNPOSTED].toggled.connect(self._sync_fields)
        self.outcome_boxes[Outcome.REFERRAL].toggled.connect(self._sync_fields)

        follow = QHBoxLayout()
        self.follow_up = QCheckBox(self.tr("Follow up on"), form)
        self.follow_up.setObjectName("helpFollowUp")
        self.follow_up_date = DateField(
            "helpFollowUpDate", self.tr("Follow-up date"), form, today=self._today, from_today=True
        )
        self.follow_up_worker = QComboBox(form)
        self.follow_up_worker.setObjectName("helpFollowUpWorker")
        self.follow_up_worker.setAccessibleName(self.tr("Follow-up to be done by"))
        self.follow_up_worker.setMinimumWidth(170)
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_date)
        follow.addWidget(label(self.tr("by"), "helpFollowUpWorkerLabel", "", form))
        follow.addWidget(self.follow_up_worker)
        follow.addStretch(1)
        self.clear_button = button(self.tr("Clear"), "helpClear", form)
        self.save_button = button(self.tr("Save"), "helpSave", form, kind="primary")
        self.save_button.setMinimumWidth(120)
        follow.addWidget(self.clear_button)
        follow.addWidget(self.save_button)
        col.addLayout(follow)
        col.addWidget(
            self.errors.field("follow_up_due", self.follow_up_date.edit, self.tr("Follow-up date"))
        )
        col.addWidget(
            self.errors.field(
                "assigned_staff_id", self.follow_up_worker, self.tr("Follow-up to be done by")
            )
        )
        self.follow_up.toggled.connect(self._on_follow_up_toggled)
        self.follow_up_date.sig_date_edited.connect(self._on_follow_up_date_edited)

        self.picker.sig_family_chosen.connect(self._on_family_chosen)
        self.picker.field.textEdited.connect(lambda _t: self._touched())
        self.channel_group.buttonClicked.connect(lambda _b: self._touched())
        self.change_family.clicked.connect(self._on_change_family_clicked)
        self.new_family_button.toggled.connect(self._on_new_family_toggled)
        self.caller_button.toggled.connect(self._on_caller_toggled)
        self.clear_button.clicked.connect(self.reset_form)
        self.save_button.clicked.connect(self._on_save_clicked)
        # after saving: the family may say how today was (family voice, anonymous)
        self.voice_ask = VoiceAskBar(self)
        col.addWidget(self.voice_ask)
        return form

    def _build_caller(self, parent: QFrame) -> QFrame:
        box = QFrame(parent)
        box.setObjectName("helpCallerBox")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.caller_name = QLineEdit(box)
        self.caller_name.setObjectName("helpCallerName")
        self.caller_phone = QLineEdit(box)
        self.caller_phone.setObjectName("helpCallerPhone")
        for path, field, text in (
            ("caller_name", self.caller_name, self.tr("Caller's name")),
            ("caller_phone", self.caller_phone, self.tr("Number to call back")),
        ):
            field.setPlaceholderText(text)
            field.setAccessibleName(text)
            field.setToolTip(text)
            field.textEdited.connect(lambda _t: self._touched())
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(field)
            cell.addWidget(self.errors.field(path, field, text))
            row.addLayout(cell)
        box.hide()
        return box

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
        self.errors.clear()
        self.channel_group.setExclusive(False)
        for b in self.channel_buttons.values():
            b.setChecked(False)
        self.channel_group.setExclusive(True)
        self.family_label.setText("")
        self.picker.clear()
        self.new_family_button.setChecked(False)
        self.caller_button.setChecked(False)
        for box in (*self.need_boxes.values(), *self.outcome_boxes.values(), self.follow_up):
            box.setChecked(False)
        for field in (
            self.signposted,
            self.referred,
            self.new_first,
            self.new_last,
            self.new_phone,
            self.new_postcode,
            self.caller_name,
            self.caller_phone,
        ):
            field.clear()
        self.notes.clear()
        self.follow_up_date.clear()
        self._choose_worker(self.session.staff_id)
        self.minutes.blockSignals(True)
        self.minutes.setValue(0)
        self.minutes.blockSignals(False)
        self._sync_fields()
        self._sync_who()

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
        self.follow_up_worker.setEnabled(self.follow_up.isChecked())

    def _on_follow_up_toggled(self, on: bool) -> None:
        """Ticked: the date a week ahead is offered, selected, so typing replaces it whole."""
        if on and not self.follow_up_date.text().strip():
            self.follow_up_date.set_date(self._today() + timedelta(days=FOLLOW_UP_DAYS))
        if on:
            self.follow_up_date.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.follow_up_date.edit.selectAll()
        self._sync_fields()

    def _on_follow_up_date_edited(self) -> None:
        """Typing a date (or choosing one) means a follow-up: tick the box for it."""
        self._touched()
        if self.follow_up_date.text().strip() and not self.follow_up.isChecked():
            self.follow_up.blockSignals(True)
            self.follow_up.setChecked(True)
            self.follow_up.blockSignals(False)
            self._sync_fields()

    def _sync_who(self) -> None:
        """Who it was: a family found (its name), the search, or an unregistered caller's name
        and number; the list of families found only while something is typed to search."""
        no_family = self.family_id is None
        caller = no_family and self.caller_button.isChecked()
        self.family_label.setVisible(not no_family)
        self.change_family.setVisible(not no_family)
        self.picker.field.setVisible(no_family and not caller)
        self.picker.setVisible(no_family and not caller and bool(self.picker.field.text().strip()))
        self.caller_box.setVisible(caller)
        self.caller_button.setVisible(no_family)

    def _on_family_chosen(self, summary: FamilySummary) -> None:
        self._touched()
        self.family_id = summary.family_id
        self.family_label.setText(summary.label)
        self.new_family_button.setChecked(False)
        self.caller_button.setChecked(False)
        self._sync_who()

    def _on_change_family_clicked(self) -> None:
        self.family_id = None
        self._sync_who()
        self.picker.field.setFocus()

    def _on_new_family_toggled(self, on: bool) -> None:
        self.new_family.setVisible(on)
        if on:
            self._touched()
            self.caller_button.setChecked(False)
            self.new_first.setFocus()

    def _on_caller_toggled(self, on: bool) -> None:
        """An unregistered caller: a name and a number to call back, kept with the contact."""
        self._sync_who()
        if on:
            self._touched()
            self.new_family_button.setChecked(False)
            self.caller_name.setFocus()
        else:
            self.caller_name.clear()
            self.caller_phone.clear()

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
        self.new_family_button.setChecked(False)
        self._sync_who()
        self.message.show_ok(self.tr("New family added."))

    def contact(self) -> ContactIn:
        """What the form says now. The follow-up date goes as typed: the service reads it."""
        channel = next((ch for ch, b in self.channel_buttons.items() if b.isChecked()), None)
        minutes = self.minutes.value()
        if not self.minutes_edited and self.started_at is not None:
            spent = (self.ctx.clock.now() - self.started_at).total_seconds()
            minutes = min(MINUTES_MAX, max(1, math.ceil(spent / 60)))
        due: str | None = None
        assigned = None
        if self.follow_up.isChecked():
            due = self.follow_up_date.text()
            assigned = staff_of(self.follow_up_worker.currentData())
        caller = self.family_id is None and self.caller_button.isChecked()
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
            assigned_staff_id=assigned,
            caller_name=(self.caller_name.text() or None) if caller else None,
            caller_phone=(self.caller_phone.text() or None) if caller else None,
        )

    def _on_save_clicked(self) -> None:
        contact = self.contact()
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.run(
            self.ctx.services.contacts.log,
            self.actor,
            contact,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
        )

    def _on_saved(self, contact_id: uuid.UUID) -> None:
        self.save_button.setEnabled(True)
        self.reset_form()
        self.voice_ask.ask(contact_id)
        # the next one starts where this one did (the disabled Save had passed the focus on)
        next(iter(self.channel_buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.show_ok(self.tr("Saved."))
        self.refresh()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)
        # the lines under the fields take room: bring the first problem into view
        for path in FORM_FIELDS:
            error = self.errors.error_for(path)
            if error is not None and not error.isHidden():
                self.scroller.ensureWidgetVisible(error, 0, 8)
                break

    # --- follow-ups --------------------------------------------------------------------------

    def _build_follow_ups(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("followUpsBox")
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.follow_ups_title = label(self.tr("Follow-ups"), "followUpsTitle", "subtitle", box)
        views = QHBoxLayout()
        views.setSpacing(4)
        views.addWidget(self.follow_ups_title, 1)
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        self.view_buttons: dict[QueueView, QPushButton] = {}
        for view, text, name in (
            (QueueView.MINE, self.tr("Mine"), "queueMine"),
            (QueueView.OVERDUE, self.tr("Overdue"), "queueOverdue"),
            (QueueView.THIS_WEEK, self.tr("Due this week"), "queueThisWeek"),
            (QueueView.ALL, self.tr("All"), "queueAll"),
        ):
            b = button(text, name, box)
            b.setCheckable(True)
            self.view_group.addButton(b)
            self.view_buttons[view] = b
            views.addWidget(b)
            b.clicked.connect(lambda _c=False, v=view: self._on_view_clicked(v))
        self.view_buttons[self.view].setChecked(True)
        col.addLayout(views)
        self.follow_ups = QTableWidget(0, 4, box)
        self.follow_ups.setObjectName("followUpsTable")
        self.follow_ups.setAccessibleName(self.tr("Follow-ups"))
        self.follow_ups.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Who"), self.tr("Needs"), self.tr("By")]
        )
        self.follow_ups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_ups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_ups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_ups.verticalHeader().hide()
        self.follow_ups.setWordWrap(True)
        h = self.follow_ups.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.follow_ups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        col.addWidget(self.follow_ups, 1)
        self.follow_ups_empty = label(self.tr("No follow-ups here."), "followUpsEmpty", "hint", box)
        col.addWidget(self.follow_ups_empty)
        actions = QHBoxLayout()
        actions.setSpacing(4)
        self.open_button = button(self.tr("Open"), "followUpOpen", box)
        self.done_button = button(self.tr("Mark done"), "followUpDone", box)
        actions.addWidget(self.open_button)
        actions.addWidget(self.done_button)
        actions.addSpacing(8)
        self.assign_worker = QComboBox(box)
        self.assign_worker.setObjectName("followUpWorker")
        self.assign_worker.setAccessibleName(self.tr("Give the follow-up to"))
        actions.addWidget(self.assign_worker, 1)
        self.assign_button = button(self.tr("Assign"), "followUpAssign", box)
        actions.addWidget(self.assign_button)
        col.addLayout(actions)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.follow_ups.itemSelectionChanged.connect(self._sync_queue_buttons)
        self.follow_ups.cellDoubleClicked.connect(lambda _r, _c: self._on_open_clicked())
        self._sync_queue_buttons()
        return box

    def _sync_queue_buttons(self) -> None:
        items = self.follow_ups.selectedItems()
        for b in (self.open_button, self.done_button, self.assign_button):
            b.setEnabled(bool(items))
        if items:  # the drop-down says who has the chosen follow-up now
            index = self.assign_worker.findData(items[0].data(ASSIGNED_ROLE))
            self.assign_worker.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        self.run(self.ctx.services.contacts.workers, self.actor, on_success=self._show_workers)
        self.run(
            functools.partial(self.ctx.services.contacts.follow_ups, view=self.view),
            self.actor,
            on_success=self._show_follow_ups,
        )

    def _show_workers(self, workers: list[Worker]) -> None:
        for combo, first in (
            (self.follow_up_worker, None),
            (self.assign_worker, self.tr("No one yet")),
        ):
            keep = staff_of(combo.currentData())
            combo.clear()
            if first is not None:
                combo.addItem(first, staff_data(None))
            for w in workers:
                text = w.name
                if w.staff_id == self.session.staff_id:
                    text = self.tr("{name} (me)").format(name=w.name)
                combo.addItem(text, staff_data(w.staff_id))
            index = combo.findData(staff_data(keep))
            if combo is self.follow_up_worker and keep is None:
                index = combo.findData(staff_data(self.session.staff_id))
            combo.setCurrentIndex(max(0, index))

    def _choose_worker(self, staff_id: uuid.UUID | None) -> None:
        index = self.follow_up_worker.findData(staff_data(staff_id))
        if index >= 0:
            self.follow_up_worker.setCurrentIndex(index)

    def _on_view_clicked(self, view: QueueView) -> None:
        self.view = view
        self.refresh()

    def _show_follow_ups(self, items: list[FollowUp]) -> None:
        self.follow_ups.clearSelection()
        self.follow_ups.setRowCount(len(items))
        today = self._today()
        self.follow_ups_title.setText(self.tr("Follow-ups: %n", "", len(items)))
        for r, f in enumerate(items):
            due = f.due.strftime("%a %d %b") if f.due.year == today.year else words.day(f.due)
            if f.overdue:
                due = self.tr("{day} (overdue)").format(day=due)
            elif f.due == today:
                due = self.tr("{day} (today)").format(day=due)
            who = f.family_label or f.caller_name or self.tr("No family")
            values = (
                due,
                who,
                ", ".join(words.need(n) for n in f.needs),
                f.assigned_name or "",
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, f.contact_id)
                item.setData(ASSIGNED_ROLE, staff_data(f.assigned_staff_id))
                if f.overdue:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.follow_ups.setItem(r, c, item)
        self.follow_ups.resizeRowsToContents()
        self.follow_ups_empty.setVisible(not items)
        self._sync_queue_buttons()

    def _chosen_contact(self) -> uuid.UUID | None:
        items = self.follow_ups.selectedItems()
        contact_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return contact_id if isinstance(contact_id, uuid.UUID) else None

    def _on_follow_up_done(self, _result: object) -> None:
        self.message.show_ok(self.tr("Follow-up done."))
        self.refresh()

    def _on_done_clicked(self) -> None:
        contact_id = self._chosen_contact()
        if contact_id is not None:
            self.run(
                self.ctx.services.contacts.complete_follow_up,
                self.actor,
                contact_id,
                on_success=self._on_follow_up_done,
            )

    def _on_assign_clicked(self) -> None:
        contact_id = self._chosen_contact()
        if contact_id is None:
            return
        name = self.assign_worker.currentText()
        self.run(
            self.ctx.services.contacts.assign,
            self.actor,
            contact_id,
            staff_of(self.assign_worker.currentData()),
            on_success=lambda _r: self._on_assigned(name),
        )

    def _on_assigned(self, name: str) -> None:
        self.message.show_ok(self.tr("Follow-up given to {name}.").format(name=name))
        self.refresh()

    def _on_open_clicked(self) -> None:
        contact_id = self._chosen_contact()
        if contact_id is None:
            return
        self.message.clear_message()
        self.contact_panel.open(contact_id)
        self.main.hide()
        self.contact_panel.show()

    def _on_contact_panel_closed(self, changed: bool) -> None:
        self.contact_panel.hide()
        self.main.show()
        if changed:
            self.refresh()
