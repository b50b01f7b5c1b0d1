"""Subject access and erasure for an unregistered caller, on the contact opened from Here to Help
(administrators only; `SubjectAccessService.export_caller` and `ErasureService.erase_caller`
refuse everyone else too).

The caller is found as the services find them (services/contacts.caller_contacts): by the number
they gave when the contact has one (compared by its digits), else by the name. "Export everything
held about this caller" writes their contacts as a password-protected PDF (0600) on the task
runner and shows the password once beside it, with the family export's widgets
(family_privacy.py). "Erase this caller" asks first, inline, naming the caller; then their name
and number go from every contact that has them, and the line says how many contacts changed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from hubdesk.domain.staff import Permission
from hubdesk.services.erasure import ErasedCounts
from hubdesk.services.subject_access import CallerExportResult
from hubdesk.ui.desk import words
from hubdesk.ui.desk.family_privacy import ExportFolderBox, PasswordBox
from hubdesk.ui.desk.page import ConfirmBar, Message, button, label, run_for
from hubdesk.ui.desk.subject_access_pdf import QtRecordDocument
from hubdesk.ui.widgets.bidi import isolate


class CallerPrivacyPanel(QFrame):
    """Two buttons, the export form, the password shown once and the erase confirmation
    (`erase_confirm`, which the owner places: it needs a full row). `message` is the contact
    panel's message line; `on_erased(contacts)` runs after an erasure (on the GUI thread) so the
    contact can be shown again without the caller."""

    permission = Permission.ADMINISTER

    def __init__(
        self,
        ctx: Any,
        session: Any,
        message: Message,
        on_erased: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.message = message
        self.on_erased = on_erased
        self.caller_name: str | None = None
        self.caller_phone: str | None = None
        self.setObjectName("callerPrivacy")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        col.addWidget(
            label(
                self.tr("Subject access and erasure for this caller:"),
                "callerPrivacyTitle",
                "hint",
                self,
            )
        )
        row = QHBoxLayout()
        self.export_button = button(
            self.tr("Export everything held about this caller"), "exportCallerButton", self
        )
        self.export_button.setCheckable(True)
        self.erase_button = button(self.tr("Erase this caller"), "eraseCallerButton", self)
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        col.addLayout(row)

        self.export_box = ExportFolderBox(
            "callerExport",
            self.tr(
                "Their contacts are saved as a PDF they can open in any PDF reader, with a "
                "password made for it. The password is shown here once: give it to them another "
                "way than the file (read it out, or write it down)."
            ),
            ctx.settings.out_dir() / "exports",
            self,
        )
        self.export_box.hide()
        col.addWidget(self.export_box)
        self.password_box = PasswordBox(
            "callerExport",
            self.tr(
                "Password for the caller's PDF (give it to them separately from the file; it is "
                "not kept anywhere):"
            ),
            self.tr("Password for the caller's PDF"),
            message,
            self,
            stacked=True,  # the contact's right-hand column is narrow
        )
        col.addWidget(self.password_box)
        # the owner lays this out across its full width: the question is long for one column
        self.erase_confirm = ConfirmBar("callerEraseConfirm", self)

        self.export_button.toggled.connect(self._on_export_toggled)
        self.export_box.do_export.clicked.connect(self._on_export_clicked)
        self.erase_button.clicked.connect(self._on_erase_clicked)

    @property
    def actor(self) -> Any:
        return self.session.actor

    def set_caller(self, name: str | None, phone: str | None) -> None:
        """The caller of the contact shown (None, None: no caller; the panel hides)."""
        if (name, phone) != (self.caller_name, self.caller_phone):
            self.reset()
        self.caller_name, self.caller_phone = name, phone
        self.setVisible(bool(name or phone))

    def reset(self) -> None:
        """Close the export form and the confirmation, and forget the password shown."""
        self.export_button.setChecked(False)
        self.erase_confirm.hide()
        self.password_box.forget()

    def _who(self) -> dict[str, str | None]:
        """How the services find the caller: by the number when there is one, else the name."""
        if self.caller_phone:
            return {"name": None, "phone": self.caller_phone}
        return {"name": self.caller_name, "phone": None}

    def _label(self) -> str:
        parts = [isolate(x) for x in (self.caller_name, self.caller_phone) if x]
        return ", ".join(parts)

    # --- export ----------------------------------------------------------------------------------

    def _on_export_toggled(self, on: bool) -> None:
        self.export_box.setVisible(on)
        if on:
            self.erase_confirm.hide()
            self.password_box.forget()
            self.export_box.do_export.setFocus()

    def _on_export_clicked(self) -> None:
        folder = self.export_box.chosen()
        if folder is None or not (self.caller_name or self.caller_phone):
            self.message.show_error(self.tr("Choose a folder to save the export in."))
            return
        self.export_box.do_export.setEnabled(False)
        run_for(
            self,
            functools.partial(
                self.ctx.services.subject_access.export_caller,
                out_dir=folder,
                document=QtRecordDocument,  # prints every script a name is written in
                **self._who(),
            ),
            self.actor,
            on_success=self._on_exported,
            on_failure=self._on_export_failed,
        )

    def _on_exported(self, result: CallerExportResult) -> None:
        self.export_box.do_export.setEnabled(True)
        self.export_button.setChecked(False)
        self.password_box.show_password(result.password)
        self.message.show_ok(
            self.tr(
                "Saved {path} (%n contact(s)). Give the caller the password below separately.",
                "",
                result.contacts,
            ).format(path=result.path)
        )

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_box.do_export.setEnabled(True)
        self.message.show_error(words.problem(exc))

    # --- erasure ---------------------------------------------------------------------------------

    def _on_erase_clicked(self) -> None:
        if not (self.caller_name or self.caller_phone):
            return
        self.export_button.setChecked(False)
        self.password_box.forget()
        who = self._who()
        caller = self._label()
        question = (
            self.tr(
                "Erase “{caller}”? Their name and number, the notes and who they were referred "
                "to go from every contact with this number; the needs stay, for the counts. "
                "This cannot be undone."
            )
            if who["phone"]
            else self.tr(
                "Erase “{caller}”? Their name, any number given with it, the notes and who they "
                "were referred to go from every contact with this name; the needs stay, for the "
                "counts. This cannot be undone."
            )
        )
        self.erase_confirm.ask(
            question.format(caller=caller),
            self.tr("Yes, erase this caller"),
            lambda: run_for(
                self,
                functools.partial(self.ctx.services.erasure.erase_caller, **who),
                self.actor,
                on_success=self._on_erased,
                on_failure=self._on_erase_failed,
            ),
        )

    def _on_erased(self, counts: ErasedCounts) -> None:
        self.erase_confirm.hide()
        self.message.show_ok(
            self.tr(
                "The caller's name and number are erased from %n contact(s).", "", counts.contacts
            )
        )
        self.on_erased(counts.contacts)

    def _on_erase_failed(self, exc: BaseException) -> None:
        self.erase_confirm.hide()
        self.message.show_error(words.problem(exc))
