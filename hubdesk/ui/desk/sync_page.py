"""Sync: online or not, the last sync, what waits, whether it is safe to close the lid (and how to
enrol), and each quarantined record to fix or drop."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from hubdesk.sync.engine import QuarantinedEvent
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.page import DeskPage, button, label
from hubdesk.ui.desk.send_status import SendStatusCard
from hubdesk.ui.desk.sync_bridge import DeskSyncStatus, describe, hearing_lines


class SyncPage(DeskPage):
    permission = None  # any staff member may see what waits

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "syncPage", self.tr("Sync"))
        self.window_ = window
        self.status_label = label("", "syncStatusText", "subtitle", self)
        self.body.addWidget(self.status_label)
        self.explain = label("", "syncExplain", "hint", self)
        self.body.addWidget(self.explain)
        self.send_status = SendStatusCard("syncSend", self)
        self.body.addWidget(self.send_status)
        # the hub's other devices: heard directly on the local network, through the service,
        # or not at all (docs/deployment.md, "The hub's own network")
        self.devices_title = label(
            self.tr("The hub's other devices"), "syncDevicesTitle", "subtitle", self
        )
        self.body.addWidget(self.devices_title)
        self.devices = label("", "syncDevices", "hint", self)
        self.body.addWidget(self.devices)
        if window is not None:
            self.send_status.send_now.clicked.connect(window.sync.request_now)
        self.body.addWidget(
            label(
                self.tr("Records the central service refused"),
                "syncQuarantineTitle",
                "subtitle",
                self,
            )
        )
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("quarantineTable")
        self.table.setAccessibleName(self.tr("Quarantined records"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Change"),
                self.tr("Reason"),
                self.tr("Tries"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)
        self.empty = label(self.tr("Nothing is quarantined."), "quarantineEmpty", "hint", self)
        self.body.addWidget(self.empty)
        row = QHBoxLayout()
        self.requeue_button = button(
            self.tr("Send again (after fixing the record)"), "requeueButton", self
        )
        self.discard_button = button(
            self.tr("Discard (keep it on this computer only)"), "discardButton", self
        )
        row.addWidget(self.requeue_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.requeue_button.clicked.connect(self._on_requeue_clicked)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        if window is not None:
            window.sync.sig_quarantine_changed.connect(self.refresh)
            self.show_status(window.sync.status())
        self._sync_buttons()

    def show_status(self, status: DeskSyncStatus) -> None:
        self.status_label.setText(describe(status))
        lines = hearing_lines(status)
        self.devices_title.setVisible(bool(lines))
        self.devices.setVisible(bool(lines))
        self.devices.setText("\n".join(lines))
        self.send_status.show_status(status, self.ctx.clock.now())
        if not status.connected:
            self.explain.setText(
                self.tr(
                    "This computer keeps everything safely and works offline. Once it is "
                    "enrolled with the council's central service (see below), waiting records "
                    "are sent."
                )
            )
        elif status.problem:
            problems = {
                "not_enrolled": self.tr(
                    "This computer is not enrolled with the central service yet."
                ),
                "no_hub_key": self.tr("This computer has not received the hub key yet."),
                "offline": self.tr("The central service cannot be reached: working offline."),
                "busy": self.tr("The central service is busy: trying again shortly."),
                "rate_limited": self.tr(
                    "The central service asked us to wait: trying again shortly."
                ),
                "device_revoked": self.tr("The central service no longer accepts this computer."),
            }
            self.explain.setText(
                problems.get(status.problem)
                or self.tr("Last problem: {code}").format(code=status.problem)
            )
        else:
            self.explain.setText("")

    def refresh(self) -> None:
        if self.window_ is not None:
            self.window_.sync.quarantined(self._show)

    def _show(self, events: list[QuarantinedEvent]) -> None:
        self.table.setRowCount(len(events))
        for r, e in enumerate(events):
            what = {
                "visit": self.tr("Visit"),
                "family": self.tr("Family"),
                "member": self.tr("Person"),
                "contact": self.tr("Here to Help contact"),
                "activity": self.tr("Session"),
                "pass": self.tr("QR pass"),
                "site": self.tr("Site"),
                "staff": self.tr("Staff member"),
            }.get(e.entity, e.entity)
            values = (
                words.local(e.occurred_at, "%d %b %H:%M"),
                what,
                e.op,
                e.reason or "",
                str(e.attempts),
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, e.event_id)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not events)
        self._sync_buttons()

    def _selected(self) -> uuid.UUID | None:
        items = self.table.selectedItems()
        value = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return value if isinstance(value, uuid.UUID) else None

    def _sync_buttons(self) -> None:
        chosen = self._selected() is not None
        self.requeue_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def _on_requeue_clicked(self) -> None:
        event = self._selected()
        if event is not None and self.window_ is not None:
            self.window_.sync.requeue(event)
            self.message.show_ok(self.tr("It will be sent again at the next sync."))

    def _on_discard_clicked(self) -> None:
        event = self._selected()
        if event is not None and self.window_ is not None:
            self.window_.sync.discard(event)
            self.message.show_ok(self.tr("Discarded: it stays on this computer only."))
