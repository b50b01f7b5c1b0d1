"""Outreach: whether it is safe to close the lid (last sent, what waits, how to enrol), choose the
outreach point or create one (offline is fine), start and end the session, and hand the laptop to
families as a kiosk; staff take it back with their PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from hubdesk.domain.catalogue import SiteKind
from hubdesk.domain.staff import Permission
from hubdesk.services.outreach import OutreachSession
from hubdesk.services.setup import DeviceIdentity, SiteInfo
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import DeskPage, button, label
from hubdesk.ui.desk.send_status import SendStatusCard
from hubdesk.ui.desk.sync_bridge import DeskSyncStatus
from hubdesk.ui.widgets.bidi import isolate


class OutreachPage(DeskPage):
    permission = Permission.RUN_OUTREACH

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "outreachPage", self.tr("Outreach"))
        self.window_ = window
        self.current: OutreachSession | None = None
        self.sites: list[SiteInfo] = []

        # first: what the worker needs before closing the laptop (send_status.py)
        self.send_status = SendStatusCard("outreachSend", self)
        self.body.addWidget(self.send_status)
        if window is not None:
            window.sync.sig_sync_status_changed.connect(self._on_sync_status_changed)
            self.send_status.send_now.clicked.connect(window.sync.request_now)
            self._on_sync_status_changed(window.sync.status())

        where = QFrame(self)
        where.setProperty("kind", "card")
        wcol = QVBoxLayout(where)
        wcol.addWidget(label(self.tr("Where are you today?"), "outreachWhere", "subtitle", where))
        row = QHBoxLayout()
        self.site_combo = QComboBox(where)
        self.site_combo.setObjectName("outreachSite")
        self.site_combo.setAccessibleName(self.tr("Outreach point"))
        self.use_site = button(self.tr("Work here"), "useSiteButton", where, kind="primary")
        row.addWidget(self.site_combo, 1)
        row.addWidget(self.use_site)
        wcol.addLayout(row)
        wcol.addWidget(
            label(
                self.tr("Or add a new outreach point (works offline):"),
                "newSiteHint",
                "hint",
                where,
            )
        )
        new = QGridLayout()
        self.new_name = QLineEdit(where)
        self.new_name.setObjectName("newSiteName")
        self.new_name.setPlaceholderText(self.tr("Name, e.g. Station Road Fire Station"))
        self.new_name.setAccessibleName(self.tr("Name of the outreach point"))
        self.new_kind = QComboBox(where)
        self.new_kind.setObjectName("newSiteKind")
        self.new_kind.setAccessibleName(self.tr("Kind of place"))
        for k in SiteKind:
            if k is not SiteKind.HUB:
                self.new_kind.addItem(words.site_kind(k), k)
        self.new_postcode = QLineEdit(where)
        self.new_postcode.setObjectName("newSitePostcode")
        self.new_postcode.setPlaceholderText(self.tr("Postcode (optional)"))
        self.new_postcode.setAccessibleName(self.tr("Postcode"))
        self.add_site = button(self.tr("Add and work here"), "addSiteButton", where)
        # every problem at once, each under its field
        self.site_errors = FormErrors(self.message)
        for column, (path, widget, text, stretch) in enumerate(
            (
                ("name", self.new_name, self.tr("Name of the outreach point"), 2),
                ("kind", self.new_kind, self.tr("Kind of place"), 1),
                ("postcode", self.new_postcode, self.tr("Postcode"), 1),
            )
        ):
            new.addWidget(widget, 0, column)
            new.setColumnStretch(column, stretch)
            error = self.site_errors.field(path, widget, text)
            new.addWidget(error, 1, column, Qt.AlignmentFlag.AlignTop)
        new.addWidget(self.add_site, 0, 3)
        wcol.addLayout(new)
        self.body.addWidget(where)

        sess = QFrame(self)
        sess.setProperty("kind", "card")
        scol = QVBoxLayout(sess)
        self.session_label = label("", "outreachSessionState", "subtitle", sess)
        scol.addWidget(self.session_label)
        srow = QHBoxLayout()
        self.start_button = button(
            self.tr("Start the session"), "startSessionButton", sess, kind="primary"
        )
        self.end_button = button(self.tr("End the session"), "endSessionButton", sess)
        self.hand_button = button(self.tr("Hand to families (kiosk)"), "handOverButton", sess)
        self.hand_button.setToolTip(
            self.tr("Families sign themselves in; take it back with your PIN.")
        )
        for b in (self.start_button, self.end_button, self.hand_button):
            srow.addWidget(b)
        srow.addStretch(1)
        scol.addLayout(srow)
        scol.addWidget(
            label(
                self.tr(
                    "To take the laptop back: tap the logo on the kiosk five times (or press "
                    "Ctrl+Alt+Shift+L), choose your name and enter your PIN."
                ),
                "handOverHint",
                "hint",
                sess,
            )
        )
        self.body.addWidget(sess)

        # where a family who asks the kiosk to speak to someone can say they will be
        rooms = QFrame(self)
        rooms.setProperty("kind", "card")
        rcol = QVBoxLayout(rooms)
        self.rooms_title = label("", "roomsTitle", "subtitle", rooms)
        rcol.addWidget(self.rooms_title)
        rcol.addWidget(
            label(
                self.tr(
                    "When a family asks the kiosk for someone to speak to, they can say which "
                    "of these rooms they will be in. One room a line; leave it empty for none."
                ),
                "roomsHint",
                "hint",
                rooms,
            )
        )
        rrow = QHBoxLayout()
        self.rooms_edit = QPlainTextEdit(rooms)
        self.rooms_edit.setObjectName("roomsEdit")
        self.rooms_edit.setAccessibleName(self.tr("Rooms at this site, one a line"))
        self.rooms_edit.setFixedHeight(96)
        self.save_rooms = button(self.tr("Save rooms"), "saveRoomsButton", rooms)
        rrow.addWidget(self.rooms_edit, 1)
        rrow.addWidget(self.save_rooms)
        rcol.addLayout(rrow)
        self.body.addWidget(rooms)
        self.body.addStretch(1)

        self.use_site.clicked.connect(self._on_use_site_clicked)
        self.add_site.clicked.connect(self._on_add_site_clicked)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.hand_button.clicked.connect(self._on_hand_clicked)
        self.save_rooms.clicked.connect(self._on_save_rooms_clicked)

    def _on_sync_status_changed(self, status: DeskSyncStatus) -> None:
        self.send_status.show_status(status, self.ctx.clock.now())

    def refresh(self) -> None:
        if self.window_ is not None:  # "3 days ago" moves on even when nothing changes
            self._on_sync_status_changed(self.window_.sync.status())
        self.run(self.ctx.services.setup.sites, self.actor.hub_id, on_success=self._show_sites)
        self.run(self.ctx.services.outreach.current, self.actor, on_success=self._show_session)

    def _show_sites(self, sites: list[SiteInfo]) -> None:
        here = next((s for s in sites if s.id == self.actor.site_id), None)
        self.rooms_title.setText(
            self.tr("Rooms at {site}").format(site=isolate(here.name))
            if here is not None
            else self.tr("Rooms")
        )
        if not self.rooms_edit.hasFocus():
            self.rooms_edit.setPlainText("\n".join(here.rooms) if here is not None else "")
        self.sites = [s for s in sites if s.active]
        self.site_combo.clear()
        for s in self.sites:
            self.site_combo.addItem(f"{s.name} ({words.site_kind(s.kind)})", s.id)
        for i in range(self.site_combo.count()):  # findData cannot compare Python UUIDs
            if self.site_combo.itemData(i) == self.actor.site_id:
                self.site_combo.setCurrentIndex(i)

    def _show_session(self, current: OutreachSession | None) -> None:
        self.current = current
        if current is None:
            self.session_label.setText(self.tr("No outreach session running here."))
        else:
            self.session_label.setText(
                self.tr("Session running at {site} since {when}.").format(
                    site=current.site_name, when=words.local(current.started_at)
                )
            )
        self.start_button.setEnabled(current is None)
        self.end_button.setEnabled(current is not None)

    def _on_use_site_clicked(self) -> None:
        site_id = self.site_combo.currentData()
        if site_id is None:
            return
        setup = self.ctx.services.setup
        actor = self.actor

        def move() -> DeviceIdentity:  # on a worker
            setup.set_current_site(actor, site_id)
            return setup.identity()

        self.run(move, on_success=self._on_moved)

    def _on_add_site_clicked(self) -> None:
        self.site_errors.clear()
        setup = self.ctx.services.setup
        actor = self.actor
        name, kind, postcode = (
            self.new_name.text(),
            self.new_kind.currentData(),
            self.new_postcode.text() or None,
        )

        def add_and_move() -> DeviceIdentity:  # on a worker
            site = setup.add_site(actor, name=name, kind=kind, postcode=postcode)
            setup.set_current_site(actor, site.id)
            return setup.identity()

        self.run(add_and_move, on_success=self._on_moved, on_failure=self.site_errors.show)

    def _on_moved(self, identity: DeviceIdentity) -> None:
        if self.window_ is not None:
            self.window_.site_changed(identity)
        else:
            self.ctx.identity = identity
            self.session.actor = self.session.actor.at_site(identity.site_id)
        self.new_name.clear()
        self.new_postcode.clear()
        self.message.show_ok(self.tr("This laptop now works at the chosen outreach point."))
        self.refresh()

    def _on_start_clicked(self) -> None:
        self.run(self.ctx.services.outreach.start, self.actor, on_success=self._after_session)

    def _on_end_clicked(self) -> None:
        if self.current is not None:
            self.run(
                self.ctx.services.outreach.end,
                self.actor,
                self.current.id,
                on_success=self._after_session,
            )

    def _after_session(self, _s: OutreachSession) -> None:
        self.refresh()

    def _on_save_rooms_clicked(self) -> None:
        rooms = self.rooms_edit.toPlainText().splitlines()
        self.run(
            self.ctx.services.setup.set_site_rooms,
            self.actor,
            self.actor.site_id,
            rooms,
            on_success=self._on_rooms_saved,
        )

    def _on_rooms_saved(self, rooms: tuple[str, ...]) -> None:
        self.rooms_edit.setPlainText("\n".join(rooms))
        self.message.show_ok(self.tr("%n rooms saved.", "", len(rooms)))

    def _on_hand_clicked(self) -> None:
        if self.window_ is not None:
            self.window_.hand_over(fullscreen=self.ctx.settings.kiosk_fullscreen)
