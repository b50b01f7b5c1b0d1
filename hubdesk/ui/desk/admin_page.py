"""Administration: staff accounts. Only for roles that may manage staff (hub manager,
administrator); the services refuse everyone else too."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)

from hubdesk.domain.staff import Permission, StaffRole
from hubdesk.services.staff import StaffMember
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, StaffSession
from hubdesk.ui.desk.form_errors import FormErrors
from hubdesk.ui.desk.page import DeskPage, button, label


class AdminPage(DeskPage):
    permission = Permission.MANAGE_STAFF

    def __init__(self, ctx: DeskContext, session: StaffSession, window: Any = None) -> None:
        super().__init__(ctx, session, "adminPage", self.tr("Staff"))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Active")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(label(self.tr("Add a staff member"), "addStaffTitle", "subtitle", self))
        row = QGridLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("staffName")
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox(self)
        self.role.setObjectName("staffRole")
        self.role.setAccessibleName(self.tr("Role"))
        for r in StaffRole:
            if r is StaffRole.ADMIN and not session.may(Permission.ADMINISTER):
                continue
            self.role.addItem(words.staff_role(r), r)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("staffPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN (4 to 12 digits)"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.add_button = button(self.tr("Add"), "addStaffButton", self, kind="primary")
        self.deactivate_button = button(self.tr("Deactivate"), "deactivateStaffButton", self)
        # every problem at once, each under its field
        self.errors = FormErrors(self.message)
        fields = (
            ("name", self.name, self.tr("Name")),
            ("role", self.role, self.tr("Role")),
            ("pin", self.pin, self.tr("PIN")),
        )
        for column, (path, widget, text) in enumerate(fields):
            row.addWidget(widget, 0, column)
            row.setColumnStretch(column, 1)
            row.addWidget(
                self.errors.field(path, widget, text), 1, column, Qt.AlignmentFlag.AlignTop
            )
        row.addWidget(self.add_button, 0, len(fields))
        row.addWidget(self.deactivate_button, 0, len(fields) + 1)
        self.body.addLayout(row)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.deactivate_button.clicked.connect(self._on_deactivate_clicked)

    def refresh(self) -> None:
        self.run(self.ctx.services.staff.list, self.actor.hub_id, on_success=self._show)

    def _show(self, staff: list[StaffMember]) -> None:
        self.table.setRowCount(len(staff))
        for r, s in enumerate(staff):
            for c, v in enumerate(
                (s.name, words.staff_role(s.role), self.tr("yes") if s.active else self.tr("no"))
            ):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(r, c, item)

    def _on_add_clicked(self) -> None:
        self.errors.clear()
        name, pin, role = self.name.text(), self.pin.text(), self.role.currentData()
        self.pin.clear()
        actor, staff = self.actor, self.ctx.services.staff
        self.run(
            lambda: staff.add(actor, name=name, role=role, pin=pin),
            on_success=lambda _: self._after(self.tr("Staff member added.")),
            on_failure=self.errors.show,
        )

    def _on_deactivate_clicked(self) -> None:
        items = self.table.selectedItems()
        staff_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if isinstance(staff_id, uuid.UUID):
            self.run(
                self.ctx.services.staff.deactivate,
                self.actor,
                staff_id,
                on_success=lambda _: self._after(self.tr("Deactivated.")),
            )

    def _after(self, text: str) -> None:
        self.name.clear()
        self.message.show_ok(text)
        self.refresh()
