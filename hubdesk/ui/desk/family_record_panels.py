"""Two small screens of a family's record: an expected baby (its due date, then its birth) and
consent to the hub's current privacy notice, recorded at the desk.

Each panel collects what staff type and runs the service call through its page (`page.run`),
showing every problem under its field (FormErrors). `sig_done` takes the desk back to the family.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.services.families import FamilyDetails
from hubdesk.ui.desk import words
from hubdesk.ui.desk.family_merge_view import StackPage
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import button, label
from hubdesk.ui.widgets.bidi import isolate

DATE_FORMAT = "dd/MM/yyyy"


def _date_edit(name: str, accessible: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BabyPanel(StackPage):
    """An expected baby: record or change the due date, say it is no longer expected, or record
    the birth (a child with a name and a date of birth)."""

    sig_done = Signal(object, str)
    """Saved. Arguments: the family id, what to tell staff."""
    sig_cancelled = Signal()
    """Back without saving. No arguments."""

    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.details: FamilyDetails | None = None
        self.setObjectName("babyPanel")
        self.setProperty("kind", "card")
        col = QVBoxLayout(self)
        col.setSpacing(8)
        self.title = label("", "babyTitle", "subtitle", self)
        col.addWidget(self.title)
        col.addWidget(
            label(
                self.tr(
                    "Start for Life support begins before birth. An expected baby is not counted "
                    "as a child in any figure until you record the birth."
                ),
                "babyHint",
                "hint",
                self,
            )
        )
        self.errors = FormErrors(page.message)
        due_row = QHBoxLayout()
        due_row.addWidget(label(self.tr("Due date"), "babyDueLabel", "", self))
        self.due = _date_edit("babyDue", self.tr("Due date"), self)
        due_row.addWidget(self.due)
        self.save_due = button(self.tr("Save due date"), "babySaveDue", self, kind="primary")
        self.clear_due = button(self.tr("No longer expected"), "babyClearDue", self)
        due_row.addWidget(self.save_due)
        due_row.addWidget(self.clear_due)
        due_row.addStretch(1)
        col.addLayout(due_row)
        col.addWidget(self.errors.field("due_date", self.due, self.tr("Due date"), "babyDueError"))

        self.birth_box = QFrame(self)
        self.birth_box.setObjectName("babyBirthBox")
        grid = QGridLayout(self.birth_box)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.addWidget(
            label(self.tr("The baby is born"), "babyBornTitle", "subtitle", self.birth_box),
            0,
            0,
            1,
            3,
        )
        self.first = QLineEdit(self.birth_box)
        self.first.setObjectName("babyFirstName")
        self.last = QLineEdit(self.birth_box)
        self.last.setObjectName("babyLastName")
        self.born = _date_edit("babyBorn", self.tr("Date of birth"), self.birth_box)
        for column, (widget, text, path) in enumerate(
            (
                (self.first, self.tr("First name"), "first_name"),
                (self.last, self.tr("Last name"), "last_name"),
                (self.born, self.tr("Date of birth"), "date_of_birth"),
            )
        ):
            widget.setAccessibleName(text)
            title = label(text, f"{widget.objectName()}Label", "", self.birth_box)
            grid.addWidget(title, 1, column)
            grid.addWidget(widget, 2, column)
            error = self.errors.field(path, widget, text, f"{widget.objectName()}Error")
            grid.addWidget(error, 3, column)
        self.record_birth = button(
            self.tr("Record the birth"), "babyRecordBirth", self.birth_box, kind="primary"
        )
        grid.addWidget(self.record_birth, 4, 2, Qt.AlignmentFlag.AlignRight)
        col.addWidget(self.birth_box)
        col.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.back = button(self.tr("Back to the family"), "babyBack", self)
        actions.addWidget(self.back)
        col.addLayout(actions)
        self.save_due.clicked.connect(self._on_save_due_clicked)
        self.clear_due.clicked.connect(self._on_clear_due_clicked)
        self.record_birth.clicked.connect(self._on_record_birth_clicked)
        self.back.clicked.connect(self.sig_cancelled.emit)

    def open(self, d: FamilyDetails, today: date) -> None:
        self.details = d
        self.errors.clear()
        self.title.setText(self.tr("Expected baby: {family}").format(family=isolate(d.label)))
        self.due.setMinimumDate(_qdate(date.fromordinal(today.toordinal() - 62)))
        self.due.setMaximumDate(_qdate(date.fromordinal(today.toordinal() + 300)))
        self.due.setDate(_qdate(d.due_date) if d.due_date else _qdate(today))
        self.clear_due.setVisible(d.due_date is not None)
        self.birth_box.setVisible(d.due_date is not None)
        self.first.clear()
        lead = next((m for m in d.members if not m.is_child and m.last_name), None)
        self.last.setText(lead.last_name or "" if lead else "")
        self.born.setMaximumDate(_qdate(today))
        self.born.setDate(_qdate(min(today, d.due_date) if d.due_date else today))

    def _family_id(self) -> uuid.UUID:
        assert self.details is not None
        return self.details.family_id

    def _on_save_due_clicked(self) -> None:
        family_id, due = self._family_id(), _pydate(self.due.date())
        self.errors.clear()
        self.page.run(
            self.page.ctx.services.families.set_due_date,
            self.page.actor,
            family_id,
            due,
            on_success=lambda _r: self.sig_done.emit(
                family_id, self.tr("Baby due {day}.").format(day=due.strftime("%d/%m/%Y"))
            ),
            on_failure=self.errors.show,
        )

    def _on_clear_due_clicked(self) -> None:
        family_id = self._family_id()
        self.errors.clear()
        self.page.run(
            self.page.ctx.services.families.set_due_date,
            self.page.actor,
            family_id,
            None,
            on_success=lambda _r: self.sig_done.emit(family_id, self.tr("No baby expected now.")),
            on_failure=self.errors.show,
        )

    def _on_record_birth_clicked(self) -> None:
        family_id = self._family_id()
        first = self.first.text()
        self.errors.clear()
        self.page.run(
            self.page.ctx.services.families.record_birth,
            self.page.actor,
            family_id,
            first,
            _pydate(self.born.date()),
            self.last.text() or None,
            on_success=lambda _r: self.sig_done.emit(
                family_id,
                self.tr("{name} added to the family.").format(name=isolate(first.strip())),
            ),
            on_failure=self.errors.show,
        )


class ConsentPanel(StackPage):
    """The hub's current privacy notice, and "the family agrees" recorded with who and when."""

    sig_done = Signal(object, str)
    """Recorded. Arguments: the family id, what to tell staff."""
    sig_cancelled = Signal()
    """Back without recording. No arguments."""

    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.details: FamilyDetails | None = None
        self.setObjectName("consentPanel")
        self.setProperty("kind", "card")
        col = QVBoxLayout(self)
        col.setSpacing(8)
        self.title = label("", "consentTitle", "subtitle", self)
        col.addWidget(self.title)
        self.status = label("", "consentStatus", "", self)
        col.addWidget(self.status)
        col.addWidget(
            label(
                self.tr("Read the notice with the family, or give them the printed copy."),
                "consentHint",
                "hint",
                self,
            )
        )
        self.notice = QPlainTextEdit(self)
        self.notice.setObjectName("consentNotice")
        self.notice.setAccessibleName(self.tr("Privacy notice"))
        self.notice.setReadOnly(True)
        col.addWidget(self.notice, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.back = button(self.tr("Back to the family"), "consentBack", self)
        self.agree = button(
            self.tr("The family has read it and agrees"), "consentAgree", self, kind="primary"
        )
        actions.addWidget(self.back)
        actions.addWidget(self.agree)
        col.addLayout(actions)
        self.agree.clicked.connect(self._on_agree_clicked)
        self.back.clicked.connect(self.sig_cancelled.emit)

    def open(self, d: FamilyDetails, notice: str) -> None:
        self.details = d
        self.title.setText(
            self.tr("Privacy notice, version {version}: {family}").format(
                version=d.notice_version, family=isolate(d.label)
            )
        )
        self.status.setText(consent_text(d))
        self.notice.setPlainText(notice or standard_notice())
        self.agree.setEnabled(d.needs_consent)

    def _on_agree_clicked(self) -> None:
        assert self.details is not None
        d = self.details
        who = self.page.session.name
        self.page.run(
            self.page.ctx.services.families.record_consent,
            self.page.actor,
            d.family_id,
            on_success=lambda _r: self.sig_done.emit(
                d.family_id,
                self.tr("Consent to privacy notice version {version} recorded by {name}.").format(
                    version=d.notice_version, name=isolate(who)
                ),
            ),
        )


def consent_text(d: FamilyDetails) -> str:
    """Whether the family has agreed to the current notice; when, to which version, and who
    recorded it."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("desk", text)

    if d.consent_at is None or d.consent_notice_version is None:
        return tr("Has not agreed to the privacy notice (version {version}).").format(
            version=d.notice_version
        )
    when = words.local(d.consent_at, "%d %b %Y %H:%M")
    if d.consent_by_name:
        said = tr("Agreed to version {v} on {when}, recorded at the desk by {name}.").format(
            v=d.consent_notice_version, when=when, name=isolate(d.consent_by_name)
        )
    else:
        said = tr("Agreed to version {v} on {when}.").format(v=d.consent_notice_version, when=when)
    if d.needs_consent:
        said += " " + tr("The notice has changed since (now version {version}).").format(
            version=d.notice_version
        )
    return said


def standard_notice() -> str:
    """The hub has not written its own notice: what the kiosk's standard notice says."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("desk", text)

    return "\n\n".join(
        (
            tr("This Family Hub keeps a record of visits so that it can plan its groups and "
               "services."),
            tr("If you register, we keep your first names, who is who (Mum, Dad ...), your "
               "children's dates of birth and whether they have SEND, your full postcode and, if "
               "you give them, a phone number or email and an expected baby's due date. Only "
               "staff at this Family Hub can see them. They are kept for the hub's retention "
               "period after your last visit and then deleted."),
            tr("You can ask at the front desk to see, correct or delete your details at any "
               "time."),
        )
    )  # fmt: skip
