"""What the kiosk's pages need, handed to them by `hubdesk.ui.app` (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hubdesk.services.alerts import AlertService
from hubdesk.services.base import Actor
from hubdesk.services.families import FamilyService
from hubdesk.services.family_voice import FamilyVoiceService
from hubdesk.services.kiosk import KioskService
from hubdesk.services.passes import PassService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.services.staff import StaffService
from hubdesk.services.timetable import TimetableService
from hubdesk.services.visits import VisitService
from hubdesk.ui.i18n import LanguageManager
from hubdesk.ui.tasks import TaskRunner
from hubdesk.ui.theme import ThemeManager


@dataclass(frozen=True)
class KioskSettings:
    """Timings in milliseconds. Tests shorten them; the kiosk uses the defaults."""

    idle_ms: int = 60_000  # back to the welcome screen, cleared, after this long untouched
    warn_ms: int = 10_000  # "still there?" shows this long before the idle reset
    done_ms: int = 6_000  # the done page stays this long, then the welcome screen returns
    staff_taps: int = 5  # taps on the logo that open the staff PIN pad
    staff_press_ms: int = 3_000  # ... or holding a finger on the logo this long
    pass_card_ms: int = 45_000  # a new pass stays on screen this long (a countdown shows)
    alert_wait_ms: int = 10_000  # how long "speak to someone" waits to know it reached the desk
    default_language: str = "en"
    default_theme: str = "default"  # or "high-contrast"
    default_large_text: bool = False


@dataclass(frozen=True)
class KioskServices:
    visits: VisitService
    families: FamilyService
    passes: PassService
    timetable: TimetableService
    staff: StaffService
    alerts: AlertService
    kiosk: KioskService  # what the kiosk shows of its hub, and its whole-flow use cases
    voice: FamilyVoiceService  # "how was today?" and the hub's follow-up questions


@dataclass(frozen=True)
class KioskContext:
    services: KioskServices
    identity: DeviceIdentity
    actor: Actor
    tasks: TaskRunner
    languages: LanguageManager
    themes: ThemeManager
    settings: KioskSettings
    has_camera: bool = False  # "Use the camera" shows only where there is one
    # asks the sync engine to send now (a request to speak to someone); None where nothing
    # syncs (no central service): the kiosk then cannot know that the desk will see it
    request_sync: Callable[[], None] | None = None
    # the site's public timetable as a calendar feed (domain.offer.site_calendar_url), shown as
    # a QR on the welcome screen; None where nothing syncs
    calendar_url: str | None = None
