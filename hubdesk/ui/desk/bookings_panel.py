"""The chosen session on the timetable: book a family into it (choosing who comes), its register
(who is booked, waiting or offered a freed place; on the day, who came), and attendance and
no-shows by programme.

Booking holds places and signs no one in; pressing "Came" on the day's register is the sign-in,
at that moment (services/bookings.py)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.catalogue import BookingStatus
from hubdesk.domain.staff import Permission
from hubdesk.services.bookings import (
    Booked,
    BookingIn,
    BookingRow,
    ProgrammeFigures,
    SessionRegister,
)
from hubdesk.services.families import FamilyDetails, FamilySummary
from hubdesk.services.timetable import ActivityView
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.family_picker import FamilyPicker
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import Message, button, label, run_for
from hubdesk.ui.desk.register_pdf import RegisterWords, register_html, write_register_pdf


def _date_of(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class SessionPanel(QFrame):
    """Book / Register / Programmes for the session chosen on the timetable."""

    sig_changed = Signal()
    """A booking changed the session's places: the timetable reloads its week."""

    def __init__(
        self, ctx: DeskContext, session: StaffSession, message: Message, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.message = message
        self.activity: ActivityView | None = None
        self.family: FamilySummary | None = None
        self.details: FamilyDetails | None = None
        self.register: SessionRegister | None = None
        self.last_pdf: Path | None = None
        self.setObjectName("sessionSide")
        self.setProperty("kind", "card")
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 8, 8, 8)
        self.session_label = label(self.tr("Choose a session"), "sessionChosen", "subtitle", self)
        col.addWidget(self.session_label)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setAccessibleName(self.tr("The chosen session"))
        self.tabs.addTab(self._build_book(), self.tr("Book"))
        self.tabs.addTab(self._build_register(), self.tr("Register"))
        self.programmes_tab = self._build_programmes()
        self.tabs.addTab(self.programmes_tab, self.tr("Programmes"))
        col.addWidget(self.tabs, 1)

    @property
    def actor(self) -> Any:
        return self.session.actor

    def run(self, fn: Any, *args: Any, **kw: Any) -> int:
        kw.setdefault("on_failure", self._failed)
        return run_for(self, fn, *args, **kw)

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(words.problem(exc))

    # --- Book ------------------------------------------------------------------------------------

    def _build_book(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("bookTab")
        col = QVBoxLayout(tab)
        col.setContentsMargins(4, 6, 4, 4)
        col.setSpacing(4)
        self.book_hint = label(
            self.tr("Find the family, tick who is coming, then Book."), "bookHint", "hint", tab
        )
        col.addWidget(self.book_hint)
        self.picker = FamilyPicker(self.ctx, self.session, "timetablePicker", limit=10, parent=tab)
        self.picker.results.setMaximumHeight(150)  # six families; the full note and reason fit too
        col.addWidget(self.picker)
        self.members = QListWidget(tab)
        self.members.setObjectName("bookMembers")
        self.members.setAccessibleName(self.tr("Who is coming"))
        self.members.setFlow(QListWidget.Flow.LeftToRight)
        self.members.setWrapping(True)
        self.members.setMaximumHeight(44)
        self.members.hide()
        col.addWidget(self.members)
        self.errors = FormErrors(self.message)
        col.addWidget(self.errors.field("members", self.members, self.tr("Who is coming")))
        self.full_note = label("", "bookFullNote", "hint", tab)
        self.full_note.hide()
        col.addWidget(self.full_note)
        self.reason = QLineEdit(tab)
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("Reason to book beyond the places (optional)"))
        self.reason.setAccessibleName(self.tr("Reason to book beyond the places"))
        self.reason.setMaxLength(200)
        self.reason.hide()
        col.addWidget(self.reason)
        col.addWidget(
            self.errors.field("override_reason", self.reason, self.tr("Reason"), "overrideError")
        )
        self.errors.field("family", self.picker.field, self.tr("Family"), "bookFamilyError")
        self.errors.field("activity", self.session_label, self.tr("Session"), "bookSessionError")
        self.book_button = button(self.tr("Book"), "bookButton", tab, kind="primary")
        self.book_button.setEnabled(False)
        col.addWidget(self.book_button)
        for f in ("family", "activity"):
            error = self.errors.error_for(f)
            assert error is not None
            col.addWidget(error)
        col.addStretch(1)
        self.picker.sig_family_chosen.connect(self._on_family_chosen)
        self.members.itemChanged.connect(lambda _i: self._sync_book())
        self.reason.textChanged.connect(lambda _t: self._sync_book())
        self.book_button.clicked.connect(self._on_book_clicked)
        return tab

    def _on_family_chosen(self, summary: FamilySummary) -> None:
        self.family = summary
        self.details = None
        self.errors.clear()
        self.run(
            self.ctx.services.families.details,
            self.actor,
            summary.family_id,
            on_success=self._show_members,
        )

    def _show_members(self, details: FamilyDetails) -> None:
        if self.family is None or details.family_id != self.family.family_id:
            return
        self.details = details
        self.members.blockSignals(True)
        self.members.clear()
        for m in details.members:
            item = QListWidgetItem(m.first_name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.members.addItem(item)
        self.members.blockSignals(False)
        self.members.show()
        self._sync_book()

    def chosen_members(self) -> tuple[uuid.UUID, ...]:
        out = []
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def _free(self) -> int | None:
        a = self.activity
        if a is None or a.capacity is None:
            return None
        return a.capacity - a.taken

    def _sync_book(self) -> None:
        a, family = self.activity, self.family
        n = len(self.chosen_members()) if self.details is not None else 0
        free = self._free()
        full = free is not None and self.details is not None and n > free
        self.full_note.setVisible(full)
        self.reason.setVisible(full)
        if full and (free or 0) <= 0:
            self.full_note.setText(
                self.tr(
                    "No places left: they go on the waiting list, unless you give a reason to "
                    "book beyond the places."
                )
            )
        elif full:
            self.full_note.setText(
                self.tr(
                    "Only %n places left: they go on the waiting list, unless you give a "
                    "reason to book beyond the places.",
                    "",
                    free or 0,
                )
            )
        ok = a is not None and not a.cancelled and family is not None and n > 0
        self.book_button.setEnabled(ok)
        if not ok or family is None:
            self.book_button.setText(self.tr("Book"))
        elif full and self.reason.text().strip():
            self.book_button.setText(
                self.tr("Book %n beyond the places", "", n) + f" · {family.label}"
            )
        elif full:
            self.book_button.setText(
                self.tr("Put {family} on the waiting list").format(family=family.label)
            )
        else:
            self.book_button.setText(
                self.tr("Book %n places for {family}", "", n).format(family=family.label)
            )
        self.book_button.setAccessibleName(self.book_button.text())

    def _on_book_clicked(self) -> None:
        a, family = self.activity, self.family
        if a is None or family is None:
            return
        self.errors.clear()
        # the search takes the focus, not whatever follows a disabled button (the Lock button)
        self.picker.field.setFocus()
        self.book_button.setEnabled(False)
        reason = self.reason.text() if self.reason.isVisible() else None
        self.run(
            self.ctx.services.bookings.book,
            self.actor,
            BookingIn(a.id, family.family_id, self.chosen_members(), reason or None),
            on_success=lambda r: self._on_booked(r, family.label),
            on_failure=self._on_book_failed,
        )

    def _on_booked(self, result: Booked, who: str) -> None:
        if result.status is BookingStatus.WAITING:
            text = self.tr("{who} is number {position} on the waiting list.").format(
                who=who, position=result.position or 1
            )
        else:
            text = self.tr("{who} booked: %n places.", "", result.people).format(who=who)
        self.message.show_ok(text)
        self.family = None
        self.details = None
        self.members.clear()
        self.members.hide()
        self.reason.clear()
        self.picker.clear()
        self.picker.field.setFocus()  # ready for the next family
        self._sync_book()
        self.sig_changed.emit()

    def _on_book_failed(self, exc: BaseException) -> None:
        self._sync_book()
        self.errors.show(exc)

    # --- Register --------------------------------------------------------------------------------

    def _build_register(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("registerTab")
        col = QVBoxLayout(tab)
        col.setContentsMargins(4, 6, 4, 4)
        col.setSpacing(4)
        self.register_summary = label("", "registerSummary", "hint", tab)
        col.addWidget(self.register_summary)
        self.register_table = QTableWidget(0, 3, tab)
        self.register_table.setObjectName("registerTable")
        self.register_table.setAccessibleName(self.tr("Register"))
        self.register_table.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("People"), self.tr("Status")]
        )
        self.register_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_table.verticalHeader().hide()
        h = self.register_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        col.addWidget(self.register_table, 1)
        row1 = QHBoxLayout()
        self.came_button = button(self.tr("Came"), "cameButton", tab, kind="primary")
        self.came_button.setToolTip(self.tr("Signs the family in now, for this session"))
        self.cancel_booking = button(self.tr("Cancel booking"), "cancelBookingButton", tab)
        self.print_register = button(self.tr("Print register"), "printRegisterButton", tab)
        for b in (self.came_button, self.cancel_booking, self.print_register):
            row1.addWidget(b)
        col.addLayout(row1)
        self.offer_bar = QFrame(tab)
        self.offer_bar.setObjectName("offerBar")
        self.offer_bar.setProperty("kind", "confirm")
        offer_row = QHBoxLayout(self.offer_bar)
        offer_row.setContentsMargins(8, 4, 8, 4)
        self.offer_text = label("", "offerText", parent=self.offer_bar)
        self.confirm_offer = button(self.tr("They take it"), "confirmOfferButton", self.offer_bar)
        self.pass_offer = button(self.tr("Pass to next"), "passOfferButton", self.offer_bar)
        self.pass_offer.setToolTip(
            self.tr("They cannot come: offer the place to the next family waiting")
        )
        offer_row.addWidget(self.offer_text, 1)
        offer_row.addWidget(self.confirm_offer)
        offer_row.addWidget(self.pass_offer)
        self.offer_bar.hide()
        col.addWidget(self.offer_bar)
        self.register_table.itemSelectionChanged.connect(self._sync_register_buttons)
        self.came_button.clicked.connect(self._on_came_clicked)
        self.cancel_booking.clicked.connect(self._on_cancel_booking_clicked)
        self.confirm_offer.clicked.connect(lambda: self._on_offer(confirm=True))
        self.pass_offer.clicked.connect(lambda: self._on_offer(confirm=False))
        self.print_register.clicked.connect(self._on_print_clicked)
        self._sync_register_buttons()
        return tab

    def status_words(self, r: BookingRow) -> str:
        if r.no_show:
            return self.tr("Did not come")
        if r.status is BookingStatus.CAME:
            return self.tr("Came {time}").format(time=words.local(r.came_at))
        if r.status is BookingStatus.WAITING:
            return self.tr("Waiting list {position}").format(position=r.position or "")
        if r.status is BookingStatus.OFFERED:
            return self.tr("Place offered")
        if r.status is BookingStatus.CANCELLED:
            return self.tr("Cancelled")
        return self.tr("Booked beyond places") if r.over_capacity else self.tr("Booked")

    def _show_register(self, reg: SessionRegister) -> None:
        if self.activity is None or reg.activity_id != self.activity.id:
            return
        self.register = reg
        chosen = self.selected_booking()
        rows = [r for r in reg.rows if r.status is not BookingStatus.CANCELLED]
        self.register_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (r.names or self.tr("(erased)"), str(r.people), self.status_words(r))
            for c, v in enumerate(cells):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if c == 0 and r.override_reason:
                    item.setToolTip(
                        self.tr("Booked beyond the places: {reason}").format(
                            reason=r.override_reason
                        )
                    )
                self.register_table.setItem(i, c, item)
            if chosen is not None and r.id == chosen.id:
                self.register_table.selectRow(i)
        parts = [self.tr("%n booked", "", len(reg.booked))]
        if reg.waiting:
            parts.append(self.tr("%n waiting", "", len(reg.waiting)))
        if reg.is_today or reg.ended:
            parts.append(self.tr("%n came", "", reg.came))
        if reg.ended:
            parts.append(self.tr("%n did not come", "", reg.no_shows))
        self.register_summary.setText(" · ".join(parts))
        offers = reg.offers
        self.offer_bar.setVisible(bool(offers))
        if offers:
            o = offers[0]
            self.offer_text.setText(
                self.tr("Places freed: offer them to {who} (%n people).", "", o.people).format(
                    who=o.names or self.tr("(erased)")
                )
            )
        self._sync_register_buttons()

    def selected_booking(self) -> BookingRow | None:
        items = self.register_table.selectedItems()
        if not items or self.register is None:
            return None
        bid = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.register.rows if r.id == bid), None)

    def row_of(self, text: str) -> int:
        for i in range(self.register_table.rowCount()):
            item = self.register_table.item(i, 0)
            if item is not None and text in item.text():
                return i
        return -1

    def _sync_register_buttons(self) -> None:
        reg, r = self.register, self.selected_booking()
        may = self.session.may(Permission.SIGN_IN_OUT)
        on_the_day = reg is not None and reg.is_today and not reg.cancelled
        self.came_button.setEnabled(
            may and on_the_day and r is not None and r.status.holds_places and r.came_at is None
        )
        if reg is not None and not reg.is_today:
            self.came_button.setToolTip(self.tr("“Came” is marked on the day of the session"))
        else:
            self.came_button.setToolTip(self.tr("Signs the family in now, for this session"))
        self.cancel_booking.setEnabled(
            may
            and r is not None
            and r.status not in (BookingStatus.CAME, BookingStatus.CANCELLED)
            and not (reg is not None and reg.ended)
        )
        self.print_register.setEnabled(reg is not None)
        self.confirm_offer.setEnabled(may)
        self.pass_offer.setEnabled(may)

    def _on_came_clicked(self) -> None:
        r = self.selected_booking()
        if r is None:
            return
        self.came_button.setEnabled(False)
        self.run(
            self.ctx.services.bookings.mark_came,
            self.actor,
            r.id,
            on_success=lambda at: self._on_done(
                self.tr("{who} signed in at {time}.").format(who=r.names, time=words.local(at))
            ),
        )

    def _on_cancel_booking_clicked(self) -> None:
        r = self.selected_booking()
        if r is None:
            return
        self.run(
            self.ctx.services.bookings.cancel,
            self.actor,
            r.id,
            on_success=lambda _x: self._on_done(
                self.tr("Booking cancelled for {who}.").format(who=r.names)
            ),
        )

    def _on_offer(self, *, confirm: bool) -> None:
        reg = self.register
        if reg is None or not reg.offers:
            return
        o = reg.offers[0]
        if confirm:
            self.run(
                self.ctx.services.bookings.confirm_offer,
                self.actor,
                o.id,
                on_success=lambda _x: self._on_done(
                    self.tr("{who} booked from the waiting list.").format(who=o.names)
                ),
            )
        else:
            self.run(
                self.ctx.services.bookings.pass_offer,
                self.actor,
                o.id,
                on_success=lambda _x: self._on_done(
                    self.tr("The place is offered to the next family waiting.")
                ),
            )

    def _on_done(self, text: str) -> None:
        self.message.show_ok(text)
        self.sig_changed.emit()

    def register_words(self) -> RegisterWords:
        return RegisterWords(
            title=self.tr("Register: {name}"),
            when=self.tr("{day}, {start}–{end} at {site}"),
            places=self.tr("{taken} of {capacity} places taken"),
            who=self.tr("Who"),
            people=self.tr("People"),
            came=self.tr("Came"),
            status=self.tr("Booked as"),
            waiting=self.tr("Waiting list"),
            nobody=self.tr("Nobody booked."),
        )

    def _on_print_clicked(self) -> None:
        reg = self.register
        if reg is None:
            return
        statuses = {str(r.id): self.status_words(r) for r in reg.rows}
        doc = register_html(reg, self.register_words(), statuses)
        stamp = words.local(reg.starts_at, "%Y%m%d-%H%M")
        path = self.ctx.settings.out_dir() / f"register-{stamp}-{str(reg.activity_id)[-6:]}.pdf"
        self.print_register.setEnabled(False)
        self.run(
            write_register_pdf,
            doc,
            path,
            on_success=self._on_printed,
            on_failure=self._on_print_failed,
        )

    def _on_printed(self, path: Path) -> None:
        self.last_pdf = path
        self.print_register.setEnabled(True)
        self.message.show_ok(self.tr("Register saved: {path}").format(path=str(path)))

    def _on_print_failed(self, exc: BaseException) -> None:
        self.print_register.setEnabled(True)
        self._failed(exc)

    # --- Programmes ------------------------------------------------------------------------------

    def _build_programmes(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("programmesTab")
        col = QVBoxLayout(tab)
        col.setContentsMargins(4, 6, 4, 4)
        col.setSpacing(4)
        row = QHBoxLayout()
        today = self.ctx.services.setup.today()
        self.prog_from = QDateEdit(QDate(today.year, today.month, 1).addMonths(-2), tab)
        self.prog_to = QDateEdit(QDate(today.year, today.month, today.day), tab)
        for edit, name, text in (
            (self.prog_from, "programmesFrom", self.tr("From")),
            (self.prog_to, "programmesTo", self.tr("To")),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(text)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            row.addWidget(label(text, "", "", tab))
            row.addWidget(edit)
        self.prog_show = button(self.tr("Show"), "programmesShow", tab)
        row.addWidget(self.prog_show)
        row.addStretch(1)
        col.addLayout(row)
        self.prog_errors = FormErrors(self.message)
        col.addWidget(self.prog_errors.field("last_day", self.prog_to, self.tr("To")))
        heads = (
            (self.tr("Programme"), self.tr("Sessions of one name and kind at one site")),
            (self.tr("Site"), ""),
            (self.tr("Kind"), ""),
            (self.tr("Sessions"), self.tr("Sessions held (not cancelled) in these dates")),
            (self.tr("First"), self.tr("The first session in these dates")),
            (self.tr("Last"), self.tr("The last session in these dates")),
            (self.tr("Booked"), self.tr("Families booked (not the waiting list)")),
            (self.tr("Came"), self.tr("Booked families marked as came")),
            (self.tr("No-shows"), self.tr("Booked families who did not come, once it ended")),
            (self.tr("People"), self.tr("People signed in for its sessions, booked or walk-in")),
        )
        self.prog_table = QTableWidget(0, len(heads), tab)
        self.prog_table.setObjectName("programmesTable")
        self.prog_table.setAccessibleName(self.tr("Attendance by programme"))
        self.prog_table.setHorizontalHeaderLabels([h for h, _ in heads])
        for c, (_h, tip) in enumerate(heads):
            header = self.prog_table.horizontalHeaderItem(c)
            if header is not None and tip:
                header.setToolTip(tip)
        self.prog_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prog_table.verticalHeader().hide()
        h = self.prog_table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        col.addWidget(self.prog_table, 1)
        self.prog_show.clicked.connect(self.show_programmes)
        return tab

    def show_programmes(self) -> None:
        self.prog_errors.clear()
        self.run(
            self.ctx.services.bookings.programmes,
            self.actor,
            _date_of(self.prog_from),
            _date_of(self.prog_to),
            on_success=self._show_programmes,
            on_failure=self.prog_errors.show,
        )

    def _show_programmes(self, figures: list[ProgrammeFigures]) -> None:
        self.prog_table.setRowCount(len(figures))
        for i, f in enumerate(figures):
            cells = (
                f.name,
                f.site_name,
                words.activity_kind(f.kind),
                str(f.sessions),
                f"{f.first_day:%a %d %b %Y}",
                f"{f.last_day:%a %d %b %Y}",
                str(f.bookings),
                str(f.came),
                str(f.no_shows),
                str(f.attended_people),
            )
            for c, v in enumerate(cells):
                item = QTableWidgetItem(v)
                if c == 3 or c > 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.prog_table.setItem(i, c, item)
        if not figures:
            self.message.show_ok(self.tr("No sessions in those dates."))

    # --- the chosen session ----------------------------------------------------------------------

    def show_session(self, activity: ActivityView | None) -> None:
        changed = activity is None or self.activity is None or activity.id != self.activity.id
        self.activity = activity
        if changed:
            self.register = None
            self.register_table.setRowCount(0)
            self.offer_bar.hide()
        if activity is None:
            self.session_label.setText(self.tr("Choose a session"))
            self.register_summary.clear()
            self._sync_book()
            self._sync_register_buttons()
            return
        when = words.local(activity.starts_at, "%a %d %b %H:%M")
        if activity.capacity:
            places = self.tr("{taken} of %n places taken", "", activity.capacity).format(
                taken=activity.taken
            )
        else:
            places = self.tr("%n places taken", "", activity.taken)
        text = f"{activity.name} · {when} · {places}"
        if activity.waiting:
            text += " · " + self.tr("%n waiting", "", activity.waiting)
        if activity.cancelled:
            text += " · " + self.tr("(cancelled)")
        self.session_label.setText(text)
        self._sync_book()
        self.run(
            self.ctx.services.bookings.register,
            self.actor,
            activity.id,
            on_success=self._show_register,
        )

    def set_here_today(self, families: list[FamilySummary], heading: str) -> None:
        self.picker.set_default(families, heading)
