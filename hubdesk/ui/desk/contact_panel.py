"""One "Here to Help" contact, opened from the follow-up queue to read and correct.

Every field staff logged can be corrected here (the family stays); the service writes the
correction to the audit log (who, when, which fields) and the panel shows that history under
"What happened". The follow-up can be given to a member of staff and marked done from here too.
For a contact with an unregistered caller, administrators also get the caller's subject access
export and erasure (caller_privacy.py).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.staff import Permission
from hubdesk.services.contacts import MINUTES_MAX, ContactDetail, ContactEvent, ContactIn, Worker
from hubdesk.ui.desk import words
from hubdesk.ui.desk.caller_privacy import CallerPrivacyPanel
from hubdesk.ui.desk.date_field import DateField
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import Message, button, label, run_for

NEED_COLUMNS = 4


def staff_data(staff_id: uuid.UUID | None) -> str:
    """A staff id as a drop-down's item data (text: Qt compares it by value; "" for no one)."""
    return str(staff_id) if staff_id is not None else ""


def staff_of(data: object) -> uuid.UUID | None:
    """The staff id a drop-down's item data holds (see `staff_data`)."""
    return uuid.UUID(data) if isinstance(data, str) and data else None


class ContactPanel(QFrame):
    """The contact's fields, editable, and its history.

    `sig_closed(changed: bool)`: staff went back to the queue; `changed` if anything was saved.
    """

    sig_closed = Signal(bool)

    def __init__(self, ctx: Any, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.setObjectName("contactPanel")
        self.setProperty("kind", "card")
        self.contact_id: uuid.UUID | None = None
        self.detail: ContactDetail | None = None
        self.changed = False
        self._field_words = {
            "channel": self.tr("How"),
            "needs": self.tr("Needs"),
            "outcomes": self.tr("What was done"),
            "referred_to": self.tr("Referral made to"),
            "signposted_to": self.tr("Signposted to"),
            "notes": self.tr("Notes"),
            "minutes_spent": self.tr("Minutes spent"),
            "follow_up_due": self.tr("Follow-up date"),
            "assigned_staff_id": self.tr("Who follows up"),
            "caller_name": self.tr("Caller's name"),
            "caller_phone": self.tr("Number to call back"),
        }
        outer = QVBoxLayout(self)
        outer.setSpacing(6)
        head = QHBoxLayout()
        self.heading = label("", "contactHeading", "subtitle", self)
        head.addWidget(self.heading, 1)
        self.save_button = button(self.tr("Save corrections"), "contactSave", self, kind="primary")
        self.done_button = button(self.tr("Mark follow-up done"), "contactDone", self)
        self.back_button = button(self.tr("Back to follow-ups"), "contactBack", self)
        head.addWidget(self.save_button)
        head.addWidget(self.done_button)
        head.addWidget(self.back_button)
        outer.addLayout(head)
        self.message = Message("contactMessage", self)
        self.errors = FormErrors(self.message)
        columns = QHBoxLayout()
        columns.addWidget(self._build_fields(), 3)
        columns.addWidget(self._build_history(), 2)
        if self.caller_privacy is not None:  # "Erase this caller?" across the whole panel
            outer.addWidget(self.caller_privacy.erase_confirm)
        outer.addLayout(columns, 1)
        self.back_button.clicked.connect(self._on_back_clicked)

    # --- building ------------------------------------------------------------------------------

    def _build_fields(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        how = QHBoxLayout()
        how.addWidget(label(self.tr("How:"), "contactHowLabel", "", box))
        self.channel = QComboBox(box)
        self.channel.setObjectName("contactChannel")
        self.channel.setAccessibleName(self.tr("How"))
        for ch in ContactChannel:
            self.channel.addItem(words.channel(ch), ch.value)
        how.addWidget(self.channel)
        how.addSpacing(12)
        how.addWidget(label(self.tr("Minutes spent:"), "contactMinutesLabel", "", box))
        self.minutes = QSpinBox(box)
        self.minutes.setObjectName("contactMinutes")
        self.minutes.setAccessibleName(self.tr("Minutes spent"))
        self.minutes.setRange(0, MINUTES_MAX)
        self.minutes.setSuffix(self.tr(" min"))
        how.addWidget(self.minutes)
        how.addStretch(1)
        col.addLayout(how)
        col.addWidget(self.errors.field("channel", self.channel, self.tr("How")))
        col.addWidget(self.errors.field("minutes_spent", self.minutes, self.tr("Minutes spent")))

        col.addWidget(label(self.tr("Needs:"), "contactNeedsLabel", "", box))
        needs_box = QWidget(box)
        needs_box.setObjectName("contactNeeds")
        needs = QGridLayout(needs_box)
        needs.setContentsMargins(0, 0, 0, 0)
        needs.setSpacing(2)
        self.need_boxes: dict[Need, QCheckBox] = {}
        for i, n in enumerate(Need):
            check = QCheckBox(words.need(n), needs_box)
            check.setObjectName(f"contactNeed_{n.value}")
            needs.addWidget(check, i // NEED_COLUMNS, i % NEED_COLUMNS)
            self.need_boxes[n] = check
        col.addWidget(needs_box)
        col.addWidget(self.errors.field("needs", needs_box, self.tr("Needs")))

        col.addWidget(label(self.tr("What was done:"), "contactDoneLabel", "", box))
        done = QGridLayout()
        done.setSpacing(2)
        self.outcome_boxes: dict[Outcome, QCheckBox] = {}
        for i, o in enumerate(Outcome):
            check = QCheckBox(words.outcome(o), box)
            check.setObjectName(f"contactOutcome_{o.value}")
            done.addWidget(check, i // 3, i % 3)
            self.outcome_boxes[o] = check
        col.addLayout(done)

        where = QHBoxLayout()
        self.signposted = self._line(box, "contactSignposted", self.tr("Signposted to"))
        self.referred = self._line(box, "contactReferred", self.tr("Referral made to"))
        where.addWidget(self._with_error("signposted_to", self.signposted, box))
        where.addWidget(self._with_error("referred_to", self.referred, box))
        col.addLayout(where)

        self.caller_box = QWidget(box)
        self.caller_box.setObjectName("contactCallerBox")
        caller = QHBoxLayout(self.caller_box)
        caller.setContentsMargins(0, 0, 0, 0)
        self.caller_name = self._line(
            self.caller_box, "contactCallerName", self.tr("Caller's name")
        )
        self.caller_phone = self._line(
            self.caller_box, "contactCallerPhone", self.tr("Number to call back")
        )
        caller.addWidget(self._with_error("caller_name", self.caller_name, self.caller_box))
        caller.addWidget(self._with_error("caller_phone", self.caller_phone, self.caller_box))
        col.insertWidget(3, self.caller_box)  # under how and minutes: who it was

        follow = QHBoxLayout()
        follow.addWidget(label(self.tr("Follow-up date:"), "contactDueLabel", "", box))
        self.due = DateField(
            "contactDue",
            self.tr("Follow-up date"),
            box,
            today=self.ctx.services.contacts.today,
            from_today=True,
        )
        follow.addWidget(self.due)
        follow.addWidget(label(self.tr("by"), "contactWorkerLabel", "", box))
        self.worker = QComboBox(box)
        self.worker.setObjectName("contactWorker")
        self.worker.setAccessibleName(self.tr("Who follows up"))
        self.worker.setMinimumWidth(160)
        follow.addWidget(self.worker)
        follow.addStretch(1)
        col.addLayout(follow)
        col.addWidget(self.errors.field("follow_up_due", self.due.edit, self.tr("Follow-up date")))
        col.addWidget(
            self.errors.field("assigned_staff_id", self.worker, self.tr("Who follows up"))
        )
        self.done_state = label("", "contactDoneState", "hint", box)
        col.addWidget(self.done_state)
        col.addStretch(1)
        self.outcome_boxes[Outcome.SIGNPOSTED].toggled.connect(self._sync_fields)
        self.outcome_boxes[Outcome.REFERRAL].toggled.connect(self._sync_fields)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        return box

    def _sync_fields(self) -> None:
        self.signposted.setVisible(self.outcome_boxes[Outcome.SIGNPOSTED].isChecked())
        self.referred.setVisible(self.outcome_boxes[Outcome.REFERRAL].isChecked())

    def _line(self, parent: QWidget, name: str, text: str) -> QLineEdit:
        field = QLineEdit(parent)
        field.setObjectName(name)
        field.setPlaceholderText(text)
        field.setAccessibleName(text)
        return field

    def _with_error(self, path: str, field: QLineEdit, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        field.setParent(box)
        col.addWidget(field)
        col.addWidget(self.errors.field(path, field, field.accessibleName()))
        return box

    def _build_history(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        self.message.setParent(box)
        col.addWidget(self.message)
        self.who = label("", "contactWho", "", box)
        col.addWidget(self.who)
        # subject access and erasure for a caller: built only for administrators
        self.caller_privacy: CallerPrivacyPanel | None = None
        if self.session.may(Permission.ADMINISTER):
            self.caller_privacy = CallerPrivacyPanel(
                self.ctx, self.session, self.message, self._on_caller_erased, box
            )
            self.caller_privacy.hide()
            col.addWidget(self.caller_privacy)
        col.addWidget(label(self.tr("Notes:"), "contactNotesLabel", "", box))
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("contactNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.notes.setFixedHeight(90)
        col.addWidget(self.notes)
        col.addWidget(self.errors.field("notes", self.notes, self.tr("Notes")))
        col.addWidget(label(self.tr("What happened"), "contactHistoryTitle", "subtitle", box))
        self.history = QListWidget(box)
        self.history.setObjectName("contactHistory")
        self.history.setAccessibleName(self.tr("What happened to this contact"))
        self.history.setWordWrap(True)
        col.addWidget(self.history, 1)
        return box

    # --- showing -------------------------------------------------------------------------------

    @property
    def actor(self) -> Any:
        return self.session.actor

    def open(self, contact_id: uuid.UUID) -> None:
        """Load the contact (and the staff to give it to) and show it."""
        self.contact_id = contact_id
        self.changed = False
        self.errors.clear()
        self._load()

    def _load(self) -> None:
        if self.contact_id is None:
            return
        run_for(
            self,
            self.ctx.services.contacts.workers,
            self.actor,
            on_success=self._show_workers,
            on_failure=self._on_failure,
        )
        run_for(
            self,
            self.ctx.services.contacts.detail,
            self.actor,
            self.contact_id,
            on_success=self._show,
            on_failure=self._on_failure,
        )

    def _show_workers(self, workers: list[Worker]) -> None:
        keep = staff_of(self.worker.currentData())
        self.worker.clear()
        self.worker.addItem(self.tr("No one yet"), staff_data(None))
        for w in workers:
            self.worker.addItem(w.name, staff_data(w.staff_id))
        if self.detail is not None:
            keep = self.detail.contact.assigned_staff_id
        self._choose_worker(keep)

    def _choose_worker(self, staff_id: uuid.UUID | None) -> None:
        for i in range(self.worker.count()):
            if self.worker.itemData(i) == staff_data(staff_id):
                self.worker.setCurrentIndex(i)
                return
        if staff_id is not None and self.detail is not None:  # someone no longer active
            self.worker.addItem(
                self.detail.assigned_name or self.tr("(former staff)"), staff_data(staff_id)
            )
            self.worker.setCurrentIndex(self.worker.count() - 1)

    def _show(self, detail: ContactDetail) -> None:
        self.detail = detail
        c = detail.contact
        self.heading.setText(
            self.tr("{how} on {day} at {time}, logged by {who}").format(
                how=words.channel(c.channel),
                day=words.local(c.contacted_at, "%a %d %b %Y"),
                time=words.local(c.contacted_at),
                who=detail.logged_by or self.tr("(unknown)"),
            )
        )
        if detail.family_label:
            self.who.setText(self.tr("Family: {name}").format(name=detail.family_label))
        elif c.caller_name or c.caller_phone:
            self.who.setText(self.tr("Not registered: caller's details below"))
        else:
            self.who.setText(self.tr("No family: not registered"))
        self.caller_box.setVisible(detail.family_label is None)
        if self.caller_privacy is not None:
            if detail.family_label is None:
                self.caller_privacy.set_caller(c.caller_name, c.caller_phone)
            else:
                self.caller_privacy.set_caller(None, None)
        self.channel.setCurrentIndex(max(0, self.channel.findData(c.channel.value)))
        self.minutes.setValue(c.minutes_spent)
        for n, box in self.need_boxes.items():
            box.setChecked(n in c.needs)
        for o, box in self.outcome_boxes.items():
            box.setChecked(o in c.outcomes)
        self._sync_fields()
        self.signposted.setText(c.signposted_to or "")
        self.referred.setText(c.referred_to or "")
        self.notes.setPlainText(c.notes or "")
        self.caller_name.setText(c.caller_name or "")
        self.caller_phone.setText(c.caller_phone or "")
        self.due.set_date(c.follow_up_due)
        self._choose_worker(c.assigned_staff_id)
        if c.follow_up_done_at is not None:
            self.done_state.setText(
                self.tr("Follow-up done on {day}.").format(
                    day=words.local(c.follow_up_done_at, "%a %d %b %Y")
                )
            )
        else:
            self.done_state.setText("")
        self.done_state.setVisible(c.follow_up_done_at is not None)
        self.done_button.setVisible(c.follow_up_due is not None and c.follow_up_done_at is None)
        self.history.clear()
        for event in detail.history:
            self.history.addItem(self._event_line(event))

    def _event_line(self, event: ContactEvent) -> str:
        when = words.local(event.at, "%d/%m/%Y %H:%M")
        who = event.staff_name or self.tr("(unknown)")
        fields = ", ".join(self._field_words.get(f, f) for f in event.fields)
        if event.action == "logged":
            return self.tr("{when}: {who} logged it").format(when=when, who=who)
        if event.action == "corrected":
            return self.tr("{when}: {who} corrected {fields}").format(
                when=when, who=who, fields=fields
            )
        if event.action == "assigned" and event.given_to:
            return self.tr("{when}: {who} gave the follow-up to {name}").format(
                when=when, who=who, name=event.given_to
            )
        if event.action == "assigned":
            return self.tr("{when}: {who} gave the follow-up to no one").format(when=when, who=who)
        if event.action == "follow_up_done":
            return self.tr("{when}: {who} marked the follow-up done").format(when=when, who=who)
        return self.tr("{when}: {who} changed it").format(when=when, who=who)

    # --- acting --------------------------------------------------------------------------------

    def contact(self) -> ContactIn:
        """What the panel says now."""
        due = self.due.text().strip()
        return ContactIn(
            channel=ContactChannel(self.channel.currentData()),
            needs=tuple(n for n, b in self.need_boxes.items() if b.isChecked()),
            outcomes=tuple(o for o, b in self.outcome_boxes.items() if b.isChecked()),
            referred_to=self.referred.text() or None,
            signposted_to=self.signposted.text() or None,
            notes=self.notes.toPlainText() or None,
            minutes_spent=self.minutes.value(),
            follow_up_due=due or None,
            assigned_staff_id=staff_of(self.worker.currentData()),
            caller_name=self.caller_name.text() or None,
            caller_phone=self.caller_phone.text() or None,
        )

    def _on_save_clicked(self) -> None:
        if self.contact_id is None:
            return
        self.errors.clear()
        self.save_button.setEnabled(False)
        run_for(
            self,
            self.ctx.services.contacts.correct,
            self.actor,
            self.contact_id,
            self.contact(),
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
        )

    def _on_saved(self, changed: tuple[str, ...]) -> None:
        self.save_button.setEnabled(True)
        if not changed:
            self.message.show_ok(self.tr("Nothing to correct: it is as it was."))
            return
        self.changed = True
        fields = ", ".join(self._field_words.get(f, f) for f in changed)
        self.message.show_ok(self.tr("Corrected: {fields}.").format(fields=fields))
        self._load()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)

    def _on_done_clicked(self) -> None:
        if self.contact_id is None:
            return
        run_for(
            self,
            self.ctx.services.contacts.complete_follow_up,
            self.actor,
            self.contact_id,
            on_success=self._on_done,
            on_failure=self._on_failure,
        )

    def _on_done(self, _result: object) -> None:
        self.changed = True
        self.message.show_ok(self.tr("Follow-up done."))
        self._load()

    def _on_failure(self, exc: BaseException) -> None:
        self.message.show_error(words.problem(exc))

    def _on_caller_erased(self, _contacts: int) -> None:
        self.changed = True
        self._load()

    def _on_back_clicked(self) -> None:
        if self.caller_privacy is not None:
            self.caller_privacy.reset()  # the password shown goes with the contact
        self.sig_closed.emit(self.changed)
