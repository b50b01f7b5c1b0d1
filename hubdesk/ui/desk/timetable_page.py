"""Timetable: the week's sessions per site with places, who came, registering a family in two
clicks (choose the family, press Register), and copying last week."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
)

from hubdesk.domain.catalogue import ActivityKind
from hubdesk.domain.staff import Permission
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.families import FamilyService, FamilySummary
from hubdesk.services.setup import SiteInfo
from hubdesk.services.timetable import ActivityIn, ActivityView, Attendee, TimetableService
from hubdesk.services.visits import SignedIn
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.family_picker import FamilyPicker
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import ConfirmBar, DeskPage, button, label
from hubdesk.ui.widgets.bidi import isolate


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def register_family(
    families: FamilyService,
    timetable: TimetableService,
    actor: Actor,
    activity_id: uuid.UUID,
    family_id: uuid.UUID,
) -> SignedIn:
    """Register every current member of a family for a session. Runs on a worker."""
    details = families.details(actor, family_id)
    return timetable.register_attendee(
        actor, activity_id, details.family_id, tuple(m.id for m in details.members)
    )


class TimetablePage(DeskPage):
    permission = Permission.VIEW_FAMILIES

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "timetablePage", self.tr("Timetable"))
        self.week_start = monday_of(ctx.services.setup.today())
        self.sessions: list[ActivityView] = []
        self.family: FamilySummary | None = None

        bar = QHBoxLayout()
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("timetableSite")
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.site_combo.addItem(self.tr("All sites"), None)
        self.prev_button = button(self.tr("◀ Previous"), "weekPrev", self)
        self.week_label = label("", "weekLabel", "subtitle", self)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = button(self.tr("Next ▶"), "weekNext", self)
        self.this_week = button(self.tr("This week"), "weekThis", self)
        self.copy_button = button(self.tr("Copy last week"), "copyLastWeek", self)
        self.copy_button.setEnabled(session.may(Permission.MANAGE_TIMETABLE))
        self.add_button = button(self.tr("Add a session"), "addSessionButton", self)
        self.add_button.setCheckable(True)
        self.add_button.setEnabled(session.may(Permission.MANAGE_TIMETABLE))
        self.cancel_button = button(self.tr("Cancel session"), "cancelSessionButton", self)
        self.cancel_button.setEnabled(False)
        self.edit_button = button(self.tr("Change session"), "editSessionButton", self)
        self.edit_button.setToolTip(self.tr("Change the chosen session's day, times or places"))
        self.edit_button.setEnabled(False)
        self.editing: ActivityView | None = None  # the session the form is changing, if any
        bar.addWidget(self.site_combo, 1)
        for w in (
            self.prev_button,
            self.week_label,
            self.next_button,
            self.this_week,
            self.copy_button,
            self.add_button,
            self.edit_button,
            self.cancel_button,
        ):
            bar.addWidget(w)
        self.body.addLayout(bar)
        self.add_form = self._build_add_form()
        self.body.addWidget(self.add_form)
        self.confirm = ConfirmBar("timetableConfirm", self)
        self.body.addWidget(self.confirm)

        row = QHBoxLayout()
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("sessionsTable")
        self.table.setAccessibleName(self.tr("Sessions this week"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Session"), self.tr("Site"), self.tr("Places")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        self.empty = label(
            self.tr("No sessions this week. Use “Copy last week” to bring last week's over."),
            "sessionsEmpty",
            "hint",
            self,
        )
        left.addWidget(self.empty)
        row.addLayout(left, 3)
        row.addWidget(self._build_side(), 2)
        self.body.addLayout(row, 1)

        self.site_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button.clicked.connect(lambda: self._move(-7))
        self.next_button.clicked.connect(lambda: self._move(7))
        self.this_week.clicked.connect(self._on_this_week_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.table.itemSelectionChanged.connect(self._on_session_selected)
        self.run(ctx.services.setup.sites, ctx.identity.hub_id, on_success=self._show_sites)

    def _build_add_form(self) -> QFrame:
        form = QFrame(self)
        form.setObjectName("addSessionForm")
        form.setProperty("kind", "card")
        row = QGridLayout(form)
        self.new_name = QLineEdit(form)
        self.new_name.setObjectName("newSessionName")
        self.new_name.setPlaceholderText(self.tr("Session name"))
        self.new_name.setAccessibleName(self.tr("Session name"))
        self.new_kind = QComboBox(form)
        self.new_kind.setObjectName("newSessionKind")
        self.new_kind.setAccessibleName(self.tr("Kind of session"))
        for kind in ActivityKind:
            self.new_kind.addItem(words.activity_kind(kind), kind)
        self.new_day = QDateEdit(form)
        self.new_day.setObjectName("newSessionDay")
        self.new_day.setAccessibleName(self.tr("Day"))
        self.new_day.setDisplayFormat("ddd dd/MM/yyyy")
        self.new_day.setCalendarPopup(True)
        self.new_start = QTimeEdit(QTime(10, 0), form)
        self.new_start.setObjectName("newSessionStart")
        self.new_start.setAccessibleName(self.tr("Starts"))
        self.new_end = QTimeEdit(QTime(11, 30), form)
        self.new_end.setObjectName("newSessionEnd")
        self.new_end.setAccessibleName(self.tr("Ends"))
        for t in (self.new_start, self.new_end):
            t.setDisplayFormat("HH:mm")
        self.new_places = QSpinBox(form)
        self.new_places.setObjectName("newSessionPlaces")
        self.new_places.setAccessibleName(self.tr("Places"))
        self.new_places.setRange(0, 500)
        self.new_places.setSpecialValueText(self.tr("no limit"))
        self.new_places.setMinimumWidth(110)
        self.save_session = button(self.tr("Add"), "saveSessionButton", form, kind="primary")
        # every problem at once, each under its own field, named as the screen names it
        self.session_errors = FormErrors(self.message)
        fields = (
            ("name", self.new_name, self.tr("Session name"), 2),
            ("kind", self.new_kind, self.tr("Kind of session"), 1),
            ("starts_at", self.new_day, self.tr("Day"), 0),
            ("starts_at", self.new_start, self.tr("Starts"), 0),
            ("ends_at", self.new_end, self.tr("Ends"), 0),
            ("capacity", self.new_places, self.tr("Places"), 0),
        )
        for column, (path, widget, text, stretch) in enumerate(fields):
            row.addWidget(widget, 0, column)
            row.setColumnStretch(column, stretch)
            if widget is not self.new_day:  # the day and the start share "starts_at"
                error = self.session_errors.field(path, widget, text)
                row.addWidget(error, 1, column, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.save_session, 0, len(fields))
        self.save_session.clicked.connect(self._on_save_session_clicked)
        self.add_button.toggled.connect(self._on_add_toggled)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        form.hide()
        return form

    def _on_add_toggled(self, on: bool) -> None:
        self._stop_editing()
        self.session_errors.clear()
        self.add_form.setVisible(on)
        if on:
            d = self.week_start
            today = self.ctx.services.setup.today()
            d = today if self.week_start <= today < self.week_start + timedelta(days=7) else d
            self.new_day.setDate(QDate(d.year, d.month, d.day))
            self.new_name.setFocus()

    def _stop_editing(self) -> None:
        self.editing = None
        self.save_session.setText(self.tr("Add"))
        self.save_session.setAccessibleName(self.save_session.text())

    def _on_edit_clicked(self) -> None:
        """Open the form on the chosen session, to change its day, times or places."""
        s = self.selected_session()
        if s is None or s.cancelled:
            return
        self.add_button.setChecked(False)
        self.session_errors.clear()
        self.editing = s
        self.new_name.setText(s.name)
        self.new_kind.setCurrentIndex(max(0, self.new_kind.findData(s.kind)))
        start, end = s.starts_at.astimezone(HUB_TZ), s.ends_at.astimezone(HUB_TZ)
        self.new_day.setDate(QDate(start.year, start.month, start.day))
        self.new_start.setTime(QTime(start.hour, start.minute))
        self.new_end.setTime(QTime(end.hour, end.minute))
        self.new_places.setValue(s.capacity or 0)
        self.save_session.setText(self.tr("Save changes"))
        self.save_session.setAccessibleName(self.save_session.text())
        self.add_form.show()
        self.new_start.setFocus()

    def _on_save_session_clicked(self) -> None:
        self.session_errors.clear()
        q = self.new_day.date()
        day = date(q.year(), q.month(), q.day())
        start_t, end_t = self.new_start.time(), self.new_end.time()
        starts = datetime(
            day.year, day.month, day.day, start_t.hour(), start_t.minute(), tzinfo=HUB_TZ
        )
        ends = datetime(day.year, day.month, day.day, end_t.hour(), end_t.minute(), tzinfo=HUB_TZ)
        editing = self.editing
        site_id = (
            editing.site_id
            if editing is not None
            else self.site_combo.currentData() or self.actor.site_id
        )
        activity = ActivityIn(
            site_id=site_id,
            name=self.new_name.text(),
            kind=self.new_kind.currentData(),
            starts_at=starts,
            ends_at=ends,
            capacity=self.new_places.value() or None,
        )
        if editing is not None:
            self.run(
                self.ctx.services.timetable.update,
                self.actor,
                editing.id,
                activity,
                on_success=self._on_session_changed,
                on_failure=self.session_errors.show,
            )
            return
        self.run(
            self.ctx.services.timetable.add,
            self.actor,
            activity,
            on_success=self._on_session_added,
            on_failure=self.session_errors.show,
        )

    def _on_session_added(self, _activity_id: uuid.UUID) -> None:
        self.message.show_ok(self.tr("Session added."))
        self.new_name.clear()
        self.add_button.setChecked(False)
        self.refresh()

    def _on_session_changed(self, _result: object) -> None:
        self.message.show_ok(self.tr("Session changed."))
        self._stop_editing()
        self.new_name.clear()
        self.add_form.hide()
        self.refresh()

    def _on_cancel_clicked(self) -> None:
        s = self.selected_session()
        if s is None:
            return
        self.confirm.ask(
            self.tr("Cancel {name} on {day}? Families already registered stay on record.").format(
                name=s.name, day=words.local(s.starts_at, "%a %d %b %H:%M")
            ),
            self.tr("Yes, cancel it"),
            lambda: self.run(
                self.ctx.services.timetable.cancel,
                self.actor,
                s.id,
                on_success=self._on_session_cancelled,
            ),
        )

    def _on_session_cancelled(self, _result: object) -> None:
        self.message.show_ok(self.tr("Session cancelled."))
        self.refresh()

    def _build_side(self) -> QFrame:
        side = QFrame(self)
        side.setObjectName("sessionSide")
        side.setProperty("kind", "card")
        col = QVBoxLayout(side)
        self.session_label = label(self.tr("Choose a session"), "sessionChosen", "subtitle", side)
        col.addWidget(self.session_label)
        self.attendees = QListWidget(side)
        self.attendees.setObjectName("attendeesList")
        self.attendees.setAccessibleName(self.tr("Who came"))
        self.attendees.setMaximumHeight(100)
        col.addWidget(self.attendees)
        col.addWidget(
            label(self.tr("Register a family: choose, then Register"), "registerHint", "hint", side)
        )
        self.picker = FamilyPicker(self.ctx, self.session, "timetablePicker", limit=10, parent=side)
        self.picker.results.setMaximumHeight(130)
        col.addWidget(self.picker)
        self.register_button = button(self.tr("Register"), "registerAttendee", side, kind="primary")
        self.register_button.setEnabled(False)
        col.addWidget(self.register_button)
        self.picker.sig_family_chosen.connect(self._on_family_chosen)
        self.register_button.clicked.connect(self._on_register_clicked)
        return side

    def _show_sites(self, sites: list[SiteInfo]) -> None:
        for s in sites:
            self.site_combo.addItem(s.name, s.id)

    def _move(self, days: int) -> None:
        self.week_start += timedelta(days=days)
        self.refresh()

    def _on_this_week_clicked(self) -> None:
        self.week_start = monday_of(self.ctx.services.setup.today())
        self.refresh()

    def refresh(self) -> None:
        self.run(
            self.ctx.services.visits.who_is_in, self.actor.hub_id, on_success=self._show_here_today
        )
        self.week_label.setText(
            self.tr("Week of {day}").format(day=self.week_start.strftime("%d %b %Y"))
        )
        self.run(
            self.ctx.services.timetable.week,
            self.actor.hub_id,
            self.week_start,
            self.site_combo.currentData(),
            on_success=self._show_week,
        )

    def _show_here_today(self, here: list[Any]) -> None:
        seen: set[uuid.UUID] = set()
        families = []
        for v in here:
            if v.family_id is not None and v.family_id not in seen:
                seen.add(v.family_id)
                families.append(FamilySummary(v.family_id, v.names or "", None, None, ()))
        self.picker.set_default(families, self.tr("In the building now:"))

    def _show_week(self, sessions: list[ActivityView]) -> None:
        chosen = self.selected_session()
        self.sessions = sessions
        self.table.setRowCount(len(sessions))
        for r, s in enumerate(sessions):
            when = words.local(s.starts_at, "%a %d %b %H:%M") + "–" + words.local(s.ends_at)
            places = f"{s.attending} / {s.capacity}" if s.capacity else str(s.attending)
            name = s.name + (" " + self.tr("(cancelled)") if s.cancelled else "")
            for c, v in enumerate((when, name, s.site_name, places)):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(r, c, item)
            if chosen is not None and s.id == chosen.id:
                self.table.selectRow(r)
        self.empty.setVisible(not sessions)
        if chosen is not None:
            self._on_session_selected()  # its times or places may have changed

    def selected_session(self) -> ActivityView | None:
        items = self.table.selectedItems()
        if not items:
            return None
        sid = items[0].data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.sessions if s.id == sid), None)

    def row_of(self, name: str) -> int:
        return next((r for r, s in enumerate(self.sessions) if s.name == name), -1)

    def _on_session_selected(self) -> None:
        s = self.selected_session()
        self._sync_register()
        changeable = (
            s is not None and not s.cancelled and self.session.may(Permission.MANAGE_TIMETABLE)
        )
        self.cancel_button.setEnabled(changeable)
        self.edit_button.setEnabled(changeable)
        if s is None:
            self.session_label.setText(self.tr("Choose a session"))
            self.attendees.clear()
            return
        places = (
            self.tr("{taken} of %n places taken", "", s.capacity).format(taken=s.attending)
            if s.capacity
            else self.tr("%n came", "", s.attending)
        )
        self.session_label.setText(f"{s.name} · {words.local(s.starts_at, '%a %H:%M')} · {places}")
        self.run(
            self.ctx.services.timetable.attendees, self.actor, s.id, on_success=self._show_attendees
        )

    def _show_attendees(self, people: list[Attendee]) -> None:
        self.attendees.clear()
        for a in people:
            text = (
                a.names or self.tr("Not registered")
            ) + f" ({a.people}) · {words.local(a.signed_in_at)}"
            self.attendees.addItem(QListWidgetItem(text))
        if not people:
            item = QListWidgetItem(self.tr("Nobody yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attendees.addItem(item)

    def _on_family_chosen(self, summary: FamilySummary) -> None:
        self.family = summary
        self._sync_register()

    def _sync_register(self) -> None:
        s = self.selected_session()
        self.register_button.setEnabled(
            self.family is not None and s is not None and not s.cancelled
        )
        if self.family is not None and s is not None:
            self.register_button.setText(
                self.tr("Register {family}").format(family=self.family.label)
            )
        else:
            self.register_button.setText(self.tr("Register"))

    def _on_register_clicked(self) -> None:
        s, family = self.selected_session(), self.family
        if s is None or family is None:
            return
        self.register_button.setEnabled(False)
        self.run(
            register_family,
            self.ctx.services.families,
            self.ctx.services.timetable,
            self.actor,
            s.id,
            family.family_id,
            on_success=lambda r: self._on_registered(r, family.label),
            on_failure=self._on_register_failed,
        )

    def _on_registered(self, result: SignedIn, who: str) -> None:
        self.message.show_ok(
            self.tr("{who} registered (%n people).", "", result.people).format(who=isolate(who))
        )
        self.family = None
        self.picker.results.clearSelection()
        self.refresh()
        self._on_session_selected()

    def _on_register_failed(self, exc: BaseException) -> None:
        self._sync_register()
        self.on_failure(exc)

    def _on_copied(self, n: int) -> None:
        self.message.show_ok(self.tr("%n sessions copied from last week.", "", n))
        self.refresh()

    def _on_copy_clicked(self) -> None:
        self.run(
            self.ctx.services.timetable.copy_week,
            self.actor,
            self.week_start - timedelta(days=7),
            self.week_start,
            on_success=self._on_copied,
        )
