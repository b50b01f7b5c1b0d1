"""Today: who is in the building now (every device of the hub), signing in and out for people,
closing time, the fire roll call."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.domain.staff import Permission
from hubdesk.services.families import FamilyDetails, FamilySummary
from hubdesk.services.roll_call import RollCall, RollCallParty
from hubdesk.services.sign_out_undo import SignedOut
from hubdesk.services.visits import SignedIn, SignIn
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.family_picker import FamilyPicker
from hubdesk.ui.desk.page import ConfirmBar, DeskPage, button, label
from hubdesk.ui.desk.roll_call_pdf import (
    RollCallWords,
    default_printer_name,
    print_roll_call,
    roll_call_html,
    write_roll_call_pdf,
)
from hubdesk.ui.widgets.bidi import isolate
from hubdesk.ui.widgets.stepper import Stepper

COLUMNS = ("in", "who", "people", "site", "device")
DESK_REASONS = (
    VisitReason.JUST_VISITING,
    VisitReason.HERE_TO_HELP,
    VisitReason.HEALTH_VISITOR,
    VisitReason.APPOINTMENT,
    VisitReason.OTHER,
)


class TodayPage(DeskPage):
    permission = Permission.SIGN_IN_OUT

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "todayPage", self.tr("Today"))
        self.window_ = window
        self.call: RollCall | None = None
        self.last_roll_call: Path | None = None
        self.count_label = label("", "todayCount", "subtitle", self)

        self.roll_call_button = button(
            self.tr("Fire roll call"), "rollCallButton", self, kind="primary"
        )
        self.roll_call_button.setToolTip(self.tr("Save as PDF (and print, if there is a printer)"))

        actions = QHBoxLayout()
        self.sign_in_button = button(self.tr("Sign a family in"), "signInFamilyButton", self)
        self.sign_in_button.setCheckable(True)
        self.sign_out_button = button(self.tr("Sign out"), "signOutButton", self)
        self.sign_out_all_button = button(self.tr("Sign everyone out"), "signOutAllButton", self)
        self.sign_out_all_button.setEnabled(session.may(Permission.CLOSE_DAY))
        for b in (self.sign_in_button, self.sign_out_button, self.sign_out_all_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.fresh_label = label("", "todayFreshness", "hint", self)
        self.fresh_label.setWordWrap(True)
        actions.addWidget(self.fresh_label, 2)
        actions.addWidget(self.count_label)
        actions.addWidget(self.roll_call_button)
        self.body.addLayout(actions)
        # in the page's banner (a fixed height), so asking moves nothing under the pointer
        self.confirm = ConfirmBar("todayConfirm", self.banner)
        self.head.insertWidget(1, self.confirm, 3)
        # while it asks, the question has the whole banner
        for answer in (self.confirm.yes, self.confirm.no):
            answer.clicked.connect(self.message.show)

        row = QHBoxLayout()
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("whoIsInTable")
        self.table.setAccessibleName(self.tr("Who is in the building now"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("In since"),
                self.tr("Who"),
                self.tr("People"),
                self.tr("Site"),
                self.tr("Signed in on"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        row.addWidget(self.table, 3)
        self.panel = self._build_sign_in_panel()
        row.addWidget(self.panel, 2)
        self.body.addLayout(row, 1)
        self.empty_label = label(
            self.tr("Nobody is signed in yet today."), "todayEmpty", "hint", self
        )
        self.body.addWidget(self.empty_label)

        self.sign_in_button.toggled.connect(self._on_sign_in_toggled)
        self.sign_out_button.clicked.connect(self._on_sign_out_clicked)
        self.sign_out_all_button.clicked.connect(self._on_sign_out_all_clicked)
        self.roll_call_button.clicked.connect(self.take_roll_call)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self._sync_buttons()

    # --- the sign-in panel -------------------------------------------------------------------

    def _build_sign_in_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("signInPanel")
        panel.setProperty("kind", "card")
        col = QVBoxLayout(panel)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Sign a family in"), "signInPanelTitle", "subtitle", panel), 1)
        self.anonymous_button = button(self.tr("Not registered"), "todayAnonymous", panel)
        self.anonymous_button.setCheckable(True)
        self.anonymous_button.setToolTip(self.tr("Count who is here without a family record"))
        top.addWidget(self.anonymous_button)
        col.addLayout(top)
        self.picker = FamilyPicker(self.ctx, self.session, "todayPicker", limit=10, parent=panel)
        self.picker.results.setMaximumHeight(110)
        col.addWidget(self.picker)
        self.counts_box = self._build_counts(panel)
        col.addWidget(self.counts_box)
        self.chosen_label = label("", "todayChosenFamily", "subtitle", panel)
        col.addWidget(self.chosen_label)
        self.members_box = QWidget(panel)
        # two columns: a family of seven and the Sign in button still fit a 1366x768 screen
        self.members_layout = QGridLayout(self.members_box)
        self.members_layout.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.members_box)
        go = QHBoxLayout()
        self.reason_combo = QComboBox(panel)
        self.reason_combo.setObjectName("todayReason")
        self.reason_combo.setAccessibleName(self.tr("Why they came"))
        for r in DESK_REASONS:
            self.reason_combo.addItem(words.reason(r), r)
        go.addWidget(self.reason_combo, 1)
        self.confirm_sign_in = button(self.tr("Sign in"), "todaySignIn", panel, kind="primary")
        self.confirm_sign_in.setEnabled(False)
        go.addWidget(self.confirm_sign_in)
        col.addLayout(go)
        col.addStretch(1)  # everything at the top, the Sign in button right under the people
        self.member_boxes: list[tuple[uuid.UUID, QCheckBox]] = []
        self.family: FamilyDetails | None = None
        self.picker.sig_family_chosen.connect(self._on_family_chosen)
        # the results give way to the family chosen, and come back when the search changes
        self.picker.field.textEdited.connect(lambda _t: self.picker.results.show())
        self.confirm_sign_in.clicked.connect(self._on_confirm_sign_in_clicked)
        self.anonymous_button.toggled.connect(self._on_anonymous_toggled)
        panel.hide()
        return panel

    def _build_counts(self, parent: QWidget) -> QWidget:
        """Counts for a party without a family record: adults by role, children by age band."""
        box = QWidget(parent)
        box.setObjectName("todayCounts")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_counts: dict[Role, Stepper] = {}
        self.band_counts: dict[AgeBand, Stepper] = {}
        cells: list[tuple[str, str, Role | AgeBand]] = []
        for role in (Role.MOTHER, Role.FATHER, Role.CARER, Role.GRANDPARENT):
            cells.append((words.role(role), f"count_{role.value}", role))
        for band in (AgeBand.B0_1, AgeBand.B2_4, AgeBand.B5_11, AgeBand.B12_16, AgeBand.B17_19):
            cells.append(
                (self.tr("Children {band}").format(band=band.value), f"count_{band.name}", band)
            )
        for i, (text, name, key) in enumerate(cells):
            # big minus and plus buttons (56 px), as on the kiosk: touch targets of 48 px or more
            spin = Stepper(name, maximum=12, parent=box)
            spin.set_what(text)
            spin.setAccessibleName(text)
            if isinstance(key, Role):
                self.role_counts[key] = spin
            else:
                self.band_counts[key] = spin
            spin.sig_value_changed.connect(lambda _v: self._sync_buttons())
            grid.addWidget(label(text, f"{name}Label", "", box), i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)
        box.hide()
        return box

    def _on_anonymous_toggled(self, on: bool) -> None:
        self.picker.setVisible(not on)
        self.counts_box.setVisible(on)
        self.family = None
        self.chosen_label.setText("")
        for _, box in self.member_boxes:
            box.hide()
            box.setParent(None)
            box.deleteLater()
        self.member_boxes = []
        for spin in (*self.role_counts.values(), *self.band_counts.values()):
            spin.set_value(0)
        self._sync_buttons()

    def anonymous_party(self) -> Party | None:
        adults = tuple(r for r, spin in self.role_counts.items() for _ in range(spin.value()))
        children = tuple(
            ChildInParty(b) for b, spin in self.band_counts.items() for _ in range(spin.value())
        )
        try:
            return Party(adults, children)
        except ValidationError:
            return None

    def _on_sign_in_toggled(self, on: bool) -> None:
        self.panel.setVisible(on)
        if on:
            self.picker.field.setFocus()
        else:
            self._clear_panel()

    def _clear_panel(self) -> None:
        self.anonymous_button.setChecked(False)
        self.picker.clear()
        self.picker.results.show()
        self.family = None
        self.chosen_label.setText("")
        for _, box in self.member_boxes:
            box.hide()
            box.setParent(None)
            box.deleteLater()
        self.member_boxes = []
        self.confirm_sign_in.setEnabled(False)

    def _on_family_chosen(self, summary: FamilySummary) -> None:
        self.picker.results.hide()
        self.run(
            self.ctx.services.families.details,
            self.actor,
            summary.family_id,
            on_success=self._show_family,
        )

    def _show_family(self, details: FamilyDetails) -> None:
        self.family = details
        self.chosen_label.setText(words.line(words.family_label(details.members)))
        for _, box in self.member_boxes:
            box.hide()
            box.setParent(None)
            box.deleteLater()
        self.member_boxes = []
        for i, m in enumerate(details.members):
            text = words.name(m.first_name) + (
                f" ({m.age_band.value})"
                if m.is_child and m.age_band
                else f" ({words.role(m.role)})"
                if m.role
                else ""
            )
            box = QCheckBox(words.line(text), self.members_box)
            box.setObjectName(f"todayMember_{i}")
            box.setChecked(True)
            box.toggled.connect(lambda _=False: self._sync_buttons())
            self.members_layout.addWidget(box, i // 2, i % 2)
            self.member_boxes.append((m.id, box))
        self._sync_buttons()

    def _on_confirm_sign_in_clicked(self) -> None:
        if self.anonymous_button.isChecked():
            party = self.anonymous_party()
            if party is None:
                return
            self.confirm_sign_in.setEnabled(False)
            self.run(
                self.ctx.services.visits.sign_in,
                self.actor,
                SignIn(VisitReason(self.reason_combo.currentData()), party=party),
                on_success=self._on_signed_in,
            )
            return
        if self.family is None:
            return
        ids = tuple(mid for mid, box in self.member_boxes if box.isChecked())
        request = SignIn(
            VisitReason(self.reason_combo.currentData()),
            family_id=self.family.family_id,
            member_ids=ids,
        )
        self.confirm_sign_in.setEnabled(False)
        self.run(
            self.ctx.services.visits.sign_in, self.actor, request, on_success=self._on_signed_in
        )

    def _on_signed_in(self, result: SignedIn) -> None:
        label_text = (
            words.family_label(self.family.members) if self.family else self.tr("not registered")
        )
        self.message.show_ok(
            self.tr("Signed in: {who} (%n people).", "", result.people).format(who=label_text)
        )
        self.sign_in_button.setChecked(False)
        self.refresh()

    # --- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(self.ctx.services.roll_call.roll_call, self.actor, on_success=self.show_call)

    def live_refresh(self) -> None:
        self.refresh()

    def show_call(self, call: RollCall) -> None:
        self.call = call
        selected = self.selected_visit()
        self.table.setRowCount(len(call.parties))
        for r, p in enumerate(call.parties):
            who = p.names or self.tr("Not registered")
            people = self.tr("{total}: {adults}, {children}").format(
                total=p.people,
                adults=self.tr("%n adults", "", p.adults),
                children=self.tr("%n children", "", p.children),
            )
            values = (words.local(p.signed_in_at), who, people, p.site_name, p.device_name or "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.visit_id)
                self.table.setItem(r, c, item)
            if p.visit_id == selected:
                self.table.selectRow(r)
        self.count_label.setText(self.people_in_parties(call.people, len(call.parties)))
        others = [d for d in call.devices if not d.this_device]
        fresh = [
            self.tr("{device}: data up to {when}").format(
                device=d.name, when=words.local(d.data_up_to, "%d %b %H:%M")
            )
            if d.data_up_to
            else self.tr("{device}: nothing received yet").format(device=d.name)
            for d in others
        ]
        self.fresh_label.setText("  ·  ".join(fresh))
        self.empty_label.setVisible(not call.parties)
        self._sync_buttons()

    def people_in_parties(self, people: int, parties: int) -> str:
        """ "9 people in 4 parties": one plural (`%n`) per count, so "1 person in 1 party"."""
        return self.tr("{people} in {parties}").format(
            people=self.tr("%n people", "", people), parties=self.tr("%n parties", "", parties)
        )

    def selected_visit(self) -> uuid.UUID | None:
        items = self.table.selectedItems()
        if not items:
            return None
        value = items[0].data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, uuid.UUID) else None

    def row_of(self, text: str) -> int:
        """The row whose "Who" contains `text`, or -1."""
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 1)
            if item is not None and text in item.text():
                return r
        return -1

    def _sync_buttons(self) -> None:
        self.sign_out_button.setEnabled(self.selected_visit() is not None)
        if self.anonymous_button.isChecked():
            self.confirm_sign_in.setEnabled(self.anonymous_party() is not None)
            return
        self.confirm_sign_in.setEnabled(
            self.family is not None and any(box.isChecked() for _, box in self.member_boxes)
        )

    def party(self, visit_id: uuid.UUID) -> RollCallParty | None:
        return (
            next((p for p in self.call.parties if p.visit_id == visit_id), None)
            if self.call
            else None
        )

    def _who(self, names: str | None) -> str:
        return isolate(names) if names else self.tr("a party with no family record")

    def _on_sign_out_clicked(self) -> None:
        """Ask first, naming who and how many: the row under the pointer may not be the one."""
        visit = self.selected_visit()
        party = self.party(visit) if visit is not None else None
        if visit is None or party is None:
            return
        self.message.clear_message()
        self.message.hide()
        self.withdraw_undo()
        self.confirm.ask(
            self.tr("Sign out {who} (%n people)?", "", party.people).format(
                who=self._who(party.names)
            ),
            self.tr("Yes, sign out"),
            lambda: self._sign_out(visit),
        )

    def _sign_out(self, visit_id: uuid.UUID) -> None:
        self.run(
            self.ctx.services.sign_outs.sign_out,
            self.actor,
            visit_id,
            on_success=self._on_signed_out,
        )

    def _on_signed_out(self, done: SignedOut) -> None:
        self.offer_undo(
            self.tr("Signed out: {who} (%n people).", "", done.people).format(
                who=self._who(done.names)
            ),
            lambda: self._undo_sign_out(done),
            self.ctx.settings.undo_ms,
        )
        self.refresh()

    def _undo_sign_out(self, done: SignedOut) -> None:
        self.run(
            self.ctx.services.sign_outs.undo,
            self.actor,
            done,
            on_success=lambda _: self._after_sign_out(
                self.tr("Signed back in: {who}.").format(who=self._who(done.names))
            ),
        )

    def _on_sign_out_all_clicked(self) -> None:
        n = self.call.people if self.call else 0
        self.message.clear_message()
        self.message.hide()
        self.withdraw_undo()
        self.confirm.ask(
            self.tr(
                "Sign out everyone in the building (%n people)? Do this at closing time.", "", n
            ),
            self.tr("Yes, sign everyone out"),
            self._sign_out_everyone,
        )

    def _sign_out_everyone(self) -> None:
        self.run(
            self.ctx.services.visits.sign_out_everyone,
            self.actor,
            on_success=lambda n: self._after_sign_out(self.tr("%n parties signed out.", "", n)),
        )

    def _after_sign_out(self, text: str) -> None:
        self.message.show_ok(text)
        self.refresh()

    # --- fire roll call ----------------------------------------------------------------------

    def roll_call_words(self) -> RollCallWords:
        return RollCallWords(
            title=self.tr("Fire roll call"),
            taken=self.tr("Taken at {when}"),
            total=self.people_in_parties,
            who=self.tr("Who"),
            checked=self.tr("Out?"),
            people=self.tr("People"),
            adults=self.tr("Adults"),
            children=self.tr("Children"),
            since=self.tr("In since"),
            site=self.tr("Site"),
            signed_in_on=self.tr("Signed in on"),
            anonymous=self.tr("Not registered ({how_many})"),
            people_count=lambda n: self.tr("%n people", "", n),
            freshness=self.tr("How fresh each device's data is"),
            device=self.tr("Device"),
            data_up_to=self.tr("Data up to"),
            this_device=self.tr("this computer: live"),
            never=self.tr("nothing received yet"),
            last_sync=self.tr("Last sync with the central service: {when}"),
            not_connected=self.tr(
                "Not connected to a central service: other devices' sign-ins may be missing."
            ),
            nobody=self.tr("Nobody is signed in."),
        )

    def take_roll_call(self) -> None:
        """One click: take the roll call now, save it as a PDF, print it if there is a printer."""
        self.roll_call_button.setEnabled(False)
        self.message.show_ok(self.tr("Taking the roll call…"))
        self.run(
            self.ctx.services.roll_call.roll_call,
            self.actor,
            on_success=self._on_roll_call_taken,
            on_failure=self._on_roll_call_failed,
        )

    def _on_roll_call_taken(self, call: RollCall) -> None:
        self.show_call(call)
        status = self.window_.sync.status() if self.window_ is not None else None
        doc = roll_call_html(
            call,
            self.roll_call_words(),
            status.last_success_at if status else None,
            bool(status and status.connected),
        )
        stamp = words.local(call.taken_at, "%Y%m%d-%H%M%S")
        path = self.ctx.settings.out_dir() / f"roll-call-{stamp}.pdf"
        printer = default_printer_name() if self.ctx.settings.print_roll_call else None

        def save_and_print() -> tuple[Path, str | None]:  # on a worker: no widgets
            saved = write_roll_call_pdf(doc, path)
            printed = print_roll_call(doc, printer) if printer else None
            return saved, printed

        self.run(
            save_and_print,
            on_success=self._on_roll_call_saved,
            on_failure=self._on_roll_call_failed,
        )

    def _on_roll_call_saved(self, result: tuple[Path, str | None]) -> None:
        path, printer = result
        self.last_roll_call = path
        self.roll_call_button.setEnabled(True)
        text = self.tr("Roll call saved: {path}").format(path=str(path))
        if printer:
            text += " " + self.tr("Printed on {printer}.").format(printer=printer)
        self.message.show_ok(text)

    def _on_roll_call_failed(self, exc: BaseException) -> None:
        self.roll_call_button.setEnabled(True)
        self.on_failure(exc)
