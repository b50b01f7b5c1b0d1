"""Timetable: the week's sessions per site with places taken and waiting lists; for the chosen
session, booking a family (bookings_panel.py: book, the register on the day, programme figures);
and copying last week."""

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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
)

from hubdesk.domain.catalogue import ActivityKind
from hubdesk.domain.staff import Permission
from hubdesk.services.base import HUB_TZ
from hubdesk.services.families import FamilySummary
from hubdesk.services.setup import SiteInfo
from hubdesk.services.timetable import ActivityIn, ActivityView
from hubdesk.ui.desk import words
from hubdesk.ui.desk.bookings_panel import SessionPanel
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.offer_form import OfferForm
from hubdesk.ui.desk.page import ConfirmBar, DeskPage, button, label


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class TimetablePage(DeskPage):
    permission = Permission.VIEW_FAMILIES

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "timetablePage", self.tr("Timetable"))
        self.week_start = monday_of(ctx.services.setup.today())
        self.sessions: list[ActivityView] = []
        self._week_asked = 0

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
        self.offer_button = button(self.tr("Public offer"), "offerButton", self)
        self.offer_button.setToolTip(
            self.tr("Publish the chosen session to the council's directory and families' calendars")
        )
        self.offer_button.setEnabled(False)
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
        self.offer_form = OfferForm(ctx, self.actor, self.message, self)
        self.offer_form.sig_offer_saved.connect(self._on_offer_saved)
        self.offer_button.clicked.connect(self._on_offer_clicked)
        self.body.addWidget(self.offer_form)
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
        publish_row = QHBoxLayout()
        self.offer_hint = label(
            self.tr("Public sessions are in the council's directory and families' calendars."),
            "offerHint",
            "hint",
            self,
        )
        publish_row.addWidget(self.offer_hint, 1)
        publish_row.addWidget(self.offer_button)
        left.addLayout(publish_row)
        self.empty = label(
            self.tr("No sessions this week. Use “Copy last week” to bring last week's over."),
            "sessionsEmpty",
            "hint",
            self,
        )
        left.addWidget(self.empty)
        row.addLayout(left, 3)
        row.addWidget(self._build_side(), 2)
        self.split = row
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
            self.tr("Cancel {name} on {day}? Families already booked stay on record.").format(
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
        self.side = SessionPanel(self.ctx, self.session, self.message, self)
        self.side.sig_changed.connect(self.refresh)
        # the figures by programme are not about one session: they take the page's width
        self.side.tabs.currentChanged.connect(self._on_side_tab_changed)
        self.picker = self.side.picker
        return self.side

    def _on_side_tab_changed(self, index: int) -> None:
        wide = self.side.tabs.widget(index) is self.side.programmes_tab
        self.table.setVisible(not wide)
        self.empty.setVisible(not wide and not self.sessions)
        self.split.setStretch(0, 0 if wide else 3)
        self.side.session_label.setVisible(not wide)

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
        # a week asked for earlier may come back after a later one (Next pressed quickly, a
        # booking's refresh): only the latest request is shown
        self._week_asked += 1
        asked = self._week_asked
        self.run(
            self.ctx.services.timetable.week,
            self.actor.hub_id,
            self.week_start,
            self.site_combo.currentData(),
            on_success=lambda found: self._show_week(found) if asked == self._week_asked else None,
        )

    def _show_here_today(self, here: list[Any]) -> None:
        seen: set[uuid.UUID] = set()
        families = []
        for v in here:
            if v.family_id is not None and v.family_id not in seen:
                seen.add(v.family_id)
                families.append(FamilySummary(v.family_id, v.names or "", None, None, ()))
        self.side.set_here_today(families, self.tr("In the building now:"))

    def _show_week(self, sessions: list[ActivityView]) -> None:
        chosen = self.selected_session()
        self.sessions = sessions
        self.table.setRowCount(len(sessions))
        for r, s in enumerate(sessions):
            when = words.local(s.starts_at, "%a %d %b %H:%M") + "–" + words.local(s.ends_at)
            places = f"{s.taken} / {s.capacity}" if s.capacity else str(s.taken)
            if s.waiting:
                places += " · " + self.tr("%n waiting", "", s.waiting)
            name = s.name + (" " + self.tr("(cancelled)") if s.cancelled else "")
            name += (" · " + self.tr("public")) if s.public else ""
            for c, v in enumerate((when, name, s.site_name, places)):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(r, c, item)
            if chosen is not None and s.id == chosen.id:
                self.table.selectRow(r)
        self.empty.setVisible(not sessions and self.table.isVisible())
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
        changeable = (
            s is not None and not s.cancelled and self.session.may(Permission.MANAGE_TIMETABLE)
        )
        self.cancel_button.setEnabled(changeable)
        self.edit_button.setEnabled(changeable)
        self.offer_button.setEnabled(changeable)
        self.side.show_session(s)

    def _on_offer_clicked(self) -> None:
        s = self.selected_session()
        if s is None:
            return
        self.add_button.setChecked(False)
        self.add_form.hide()
        self.offer_form.edit(s.id, s.name)

    def _on_offer_saved(self, changed: int) -> None:
        self.message.show_ok(self.tr("Public offer saved for %n sessions.", "", changed))
        self.refresh()

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
