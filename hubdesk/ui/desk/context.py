"""What the desk's pages need, handed to them by `build_desk` (no globals)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.domain.staff import Permission, StaffRole, may
from hubdesk.services.alerts import AlertService
from hubdesk.services.base import Actor
from hubdesk.services.bookings import BookingService
from hubdesk.services.contacts import ContactService
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import FamilyService
from hubdesk.services.family_voice import FamilyVoiceService
from hubdesk.services.hub_settings import HubSettingsService
from hubdesk.services.kiosk import KioskService
from hubdesk.services.outreach import OutreachService
from hubdesk.services.passes import PassService
from hubdesk.services.retention import RetentionService
from hubdesk.services.roll_call import RollCallService
from hubdesk.services.setup import DeviceIdentity, SetupService
from hubdesk.services.sign_out_undo import SignOutUndoService
from hubdesk.services.staff import StaffService
from hubdesk.services.subject_access import SubjectAccessService
from hubdesk.services.timetable import TimetableService
from hubdesk.services.visits import VisitService
from hubdesk.storage.engine import Store
from hubdesk.ui.tasks import TaskRunner
from hubdesk.ui.theme import ThemeManager


@dataclass(frozen=True)
class DeskSettings:
    """Timings in milliseconds, and where files go. Tests shorten the timings."""

    idle_lock_ms: int = 5 * 60_000  # the desk locks after this long untouched
    refresh_ms: int = 10_000  # "who is in now" refreshes this often (and after each sync)
    alert_poll_ms: int = 5_000  # how often to look for "private word" alerts
    search_delay_ms: int = 250  # typing pause before a family search runs
    max_wrong_pins: int = 5  # wrong PINs in a row (any name) before the pad rests
    wrong_pin_rest_ms: int = 60_000
    output_dir: Path | None = None  # roll calls and pass cards; default ~/hubdesk
    print_roll_call: bool = True  # also send the roll call to the default printer, if there is one
    kiosk_fullscreen: bool = True  # the kiosk handed to families fills the screen
    # the daily retention job (runs at most once a hub day): first try soon after start, then
    # this often; 0 turns the schedule off
    retention_first_ms: int = 2 * 60_000
    retention_every_ms: int = 60 * 60_000
    undo_ms: int = 10_000  # how long "Undo" shows after a party is signed out

    def out_dir(self) -> Path:
        return self.output_dir or Path.home() / "hubdesk"


@dataclass(frozen=True)
class DeskServices:
    visits: VisitService
    families: FamilyService
    passes: PassService
    contacts: ContactService
    timetable: TimetableService
    staff: StaffService
    alerts: AlertService
    setup: SetupService
    roll_call: RollCallService
    outreach: OutreachService
    profile: KioskService
    hub_settings: HubSettingsService
    retention: RetentionService
    erasure: ErasureService
    subject_access: SubjectAccessService
    bookings: BookingService
    sign_outs: SignOutUndoService  # signing a party out with a few seconds to undo it
    voice: FamilyVoiceService  # family voice: the hub's questions, answers at a contact

    @classmethod
    def build(cls, store: Store, clock: Clock | None = None) -> DeskServices:
        clock = clock or SystemClock()
        return cls(
            visits=VisitService(store, clock),
            families=FamilyService(store, clock),
            passes=PassService(store, clock),
            contacts=ContactService(store, clock),
            timetable=TimetableService(store, clock),
            staff=StaffService(store, clock),
            alerts=AlertService(store, clock),
            setup=SetupService(store, clock),
            roll_call=RollCallService(store, clock),
            outreach=OutreachService(store, clock),
            profile=KioskService(store, clock),
            hub_settings=HubSettingsService(store, clock),
            retention=RetentionService(store, clock),
            erasure=ErasureService(store, clock),
            subject_access=SubjectAccessService(store, clock),
            bookings=BookingService(store, clock),
            sign_outs=SignOutUndoService(store, clock),
            voice=FamilyVoiceService(store, clock),
        )


@dataclass
class DeskContext:
    app: QApplication
    store: Store
    identity: DeviceIdentity  # replaced when an outreach laptop moves to another site
    services: DeskServices
    tasks: TaskRunner
    clock: Clock
    settings: DeskSettings
    themes: ThemeManager
    hub_name: str = ""


class StaffSession:
    """Who is signed in at the desk now. Pages read `actor` each time they act, so a change of
    site (outreach) reaches them without rebuilding."""

    def __init__(self, actor: Actor, name: str) -> None:
        self.actor = actor
        self.name = name

    @property
    def role(self) -> StaffRole | None:
        return self.actor.role

    @property
    def staff_id(self) -> uuid.UUID | None:
        return self.actor.staff_id

    def may(self, permission: Permission) -> bool:
        return may(self.actor.role, permission)
