"""What an outreach worker needs to know before closing the laptop: when it last sent, how many
records are waiting, whether it is safe to close the lid, and, when the laptop is not enrolled
with the council's central service, how to enrol it.

`send_state` turns a DeskSyncStatus into plain facts (no Qt, easy to test); `SendStatusCard`
shows them. Shown on the Outreach page (at the top) and on the Sync page.

"Safe to close the lid" means every record made on this laptop has reached the central service
(none waiting, none refused). Records are never lost by closing the lid: they are kept on the
laptop and sent at the next connection; the words say that too, so nobody is frightened off.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from hubdesk.services.base import HUB_TZ
from hubdesk.sync.engine import ONLINE, SYNCING
from hubdesk.ui.desk.page import button, label
from hubdesk.ui.desk.sync_bridge import DeskSyncStatus

NOT_ENROLLED_PROBLEMS = frozenset({"not_enrolled", "device_revoked"})


@dataclass(frozen=True)
class SendState:
    enrolled: bool
    unsent: int  # waiting plus refused
    refused: int
    last_sent_at: datetime | None
    online: bool

    @property
    def safe(self) -> bool:
        return self.enrolled and self.unsent == 0


def send_state(status: DeskSyncStatus) -> SendState:
    enrolled = status.connected and status.problem not in NOT_ENROLLED_PROBLEMS
    return SendState(
        enrolled=enrolled,
        unsent=status.waiting + status.quarantined,
        refused=status.quarantined,
        last_sent_at=status.last_success_at,
        online=enrolled and status.state in (ONLINE, SYNCING) and not status.problem,
    )


def when_words(at: datetime | None, now: datetime) -> str:
    """ "today 14:05", "yesterday 09:12", "3 days ago", "12 Nov" (UK time), or "never"."""
    if at is None:
        return QCoreApplication.translate("desk", "never")
    local, today = at.astimezone(HUB_TZ), now.astimezone(HUB_TZ).date()
    days = (today - local.date()).days
    if days <= 0:
        return QCoreApplication.translate("desk", "today {time}").format(
            time=local.strftime("%H:%M")
        )
    if days == 1:
        return QCoreApplication.translate("desk", "yesterday {time}").format(
            time=local.strftime("%H:%M")
        )
    if days < 7:
        return QCoreApplication.translate("desk", "%n days ago", None, days)
    return f"{local.day} {local:%b %Y}" if local.year != today.year else f"{local.day} {local:%b}"


def enrol_steps() -> str:
    return "\n".join(
        (
            QCoreApplication.translate(
                "desk", "To send them, enrol this laptop with the council's central service:"
            ),
            QCoreApplication.translate(
                "desk",
                "1. Ask your hub's administrator for an enrolment code for this laptop "
                "(a code or a QR code).",
            ),
            QCoreApplication.translate("desk", "2. Close hubdesk (Lock, then close the window)."),
            QCoreApplication.translate(
                "desk",
                "3. Open a terminal (on Windows: Command Prompt), type: "
                "hubdesk enrol THE-CODE --kind outreach, and press Enter.",
            ),
            QCoreApplication.translate(
                "desk", "4. Open hubdesk again: this box then says when records were last sent."
            ),
        )
    )


class SendStatusCard(QFrame):
    """Safe to close the lid or not, last sent, what waits, and how to enrol."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "card")
        col = QVBoxLayout(self)
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(2)
        self.headline = label("", f"{name}Safe", "subtitle", self)
        self.headline.setWordWrap(True)
        words.addWidget(self.headline)
        self.detail = label("", f"{name}Detail", "", self)
        self.detail.setWordWrap(True)
        words.addWidget(self.detail)
        top.addLayout(words, 1)
        self.send_now = button(self.tr("Send now"), f"{name}SendNow", self)
        self.send_now.hide()
        top.addWidget(self.send_now)
        # the steps take room: shown on request, so the page's other tasks stay in view
        self.how_to_enrol = button(self.tr("How to enrol"), f"{name}HowToEnrol", self)
        self.how_to_enrol.setCheckable(True)
        self.how_to_enrol.hide()
        self.how_to_enrol.toggled.connect(self._on_how_to_enrol_toggled)
        top.addWidget(self.how_to_enrol)
        col.addLayout(top)
        self.steps = label("", f"{name}EnrolSteps", "hint", self)
        self.steps.setWordWrap(True)
        self.steps.hide()
        col.addWidget(self.steps)
        self.state: SendState | None = None

    def show_status(self, status: DeskSyncStatus, now: datetime) -> None:
        state = send_state(status)
        self.state = state
        if state.safe:
            headline = QCoreApplication.translate(
                "desk", "Safe to close the lid: everything is sent."
            )
        elif state.unsent:
            headline = QCoreApplication.translate(
                "desk", "Not safe yet: %n records not sent.", None, state.unsent
            )
        else:
            headline = QCoreApplication.translate("desk", "Nothing to send yet.")
        self.headline.setText(headline)
        self.headline.setProperty("state", "ok" if state.safe else "warn")
        parts = [
            QCoreApplication.translate("desk", "Last sent: {when}").format(
                when=when_words(state.last_sent_at, now)
            ),
            QCoreApplication.translate("desk", "%n records waiting to send", None, status.waiting),
        ]
        if state.refused:
            parts.append(
                QCoreApplication.translate(
                    "desk",
                    "%n refused by the central service: see the Sync tab",
                    None,
                    state.refused,
                )
            )
        if not state.enrolled:
            parts.append(
                QCoreApplication.translate(
                    "desk", "not enrolled, so nothing is sent: all is kept safely on this laptop"
                )
            )
        elif state.unsent and not state.online:
            parts.append(
                QCoreApplication.translate(
                    "desk", "offline: kept safely on this laptop, sent when back online"
                )
            )
        elif state.unsent:
            parts.append(
                QCoreApplication.translate(
                    "desk", "sending: keep the laptop open and connected for a moment"
                )
            )
        detail = " · ".join(parts)
        self.detail.setText(detail)
        self.steps.setText(enrol_steps() if not state.enrolled else "")
        self.how_to_enrol.setVisible(not state.enrolled)
        if state.enrolled:
            self.how_to_enrol.setChecked(False)
        self.steps.setVisible(not state.enrolled and self.how_to_enrol.isChecked())
        self.send_now.setVisible(state.enrolled and state.unsent > 0)
        self.setAccessibleName(f"{headline} {detail}")

    def _on_how_to_enrol_toggled(self, on: bool) -> None:
        self.steps.setVisible(on and self.state is not None and not self.state.enrolled)
