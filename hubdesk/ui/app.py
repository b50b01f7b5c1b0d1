"""The composition root of the kiosk: builds its services and window and wires them.

`run_kiosk` is what `hubdesk kiosk` calls. The desk's own root is `hubdesk.ui.desk.desk_window`
(`run_desk`), which imports this module for the QApplication and the kiosk it hands over to
families; nothing here imports the desk. Widgets get what they need through their constructors;
nothing here is global except the QApplication Qt insists on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.services.alerts import AlertService
from hubdesk.services.families import FamilyService
from hubdesk.services.family_voice import FamilyVoiceService
from hubdesk.services.kiosk import KioskService
from hubdesk.services.passes import PassService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.services.staff import StaffService
from hubdesk.services.timetable import TimetableService
from hubdesk.services.visits import VisitService
from hubdesk.storage.engine import Store
from hubdesk.ui import qt_compat
from hubdesk.ui.i18n import SOURCE_LANGUAGE, LanguageManager, ensure_translations_built, language
from hubdesk.ui.tasks import TaskRunner
from hubdesk.ui.theme import ThemeManager

log = logging.getLogger(__name__)

APP_NAME = "hubdesk"


def get_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once per process, as Qt requires)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(APP_NAME)
    assert isinstance(app, QApplication)
    qt_compat.install()  # again, now that Qt can call Python overrides (see qt_compat)
    return app


def build_kiosk_services(store: Store, clock: Clock | None = None) -> Any:
    from hubdesk.ui.kiosk.context import KioskServices

    clock = clock or SystemClock()
    return KioskServices(
        visits=VisitService(store, clock),
        families=FamilyService(store, clock),
        passes=PassService(store, clock),
        timetable=TimetableService(store, clock),
        staff=StaffService(store, clock),
        alerts=AlertService(store, clock),
        kiosk=KioskService(store, clock),
        voice=FamilyVoiceService(store, clock),
    )


def build_kiosk(
    app: QApplication,
    store: Store,
    identity: DeviceIdentity,
    *,
    clock: Clock | None = None,
    lang: str | None = None,
    settings: Any = None,
    print_to_pdf: Path | None = None,
    has_camera: bool | None = None,
    request_sync: Callable[[], None] | None = None,
) -> Any:
    """Build the kiosk window and everything it needs (tests call this with a FakeClock).

    `has_camera`: None looks for one. `request_sync`: what asks the sync engine to send now,
    None where nothing syncs."""
    from hubdesk.domain.offer import site_calendar_url
    from hubdesk.sync import config as sync_config
    from hubdesk.ui.kiosk.camera_page import camera_available
    from hubdesk.ui.kiosk.context import KioskContext, KioskSettings
    from hubdesk.ui.kiosk.kiosk_window import KioskWindow

    ensure_translations_built()
    default_lang = lang or SOURCE_LANGUAGE
    language(default_lang)  # refuse an unknown code before anything is built
    settings = settings or KioskSettings(default_language=default_lang)
    if settings.default_language != default_lang:
        from dataclasses import replace

        settings = replace(settings, default_language=default_lang)
    languages = LanguageManager(app, default=default_lang)
    languages.set_language(default_lang)
    themes = ThemeManager(app, settings.default_theme, settings.default_large_text)
    themes.apply()
    tasks = TaskRunner()
    ctx = KioskContext(
        services=build_kiosk_services(store, clock),
        identity=identity,
        actor=identity.actor(),
        tasks=tasks,
        languages=languages,
        themes=themes,
        settings=settings,
        has_camera=camera_available() if has_camera is None else has_camera,
        request_sync=request_sync,
        calendar_url=site_calendar_url(sync_config.url(store), identity.site_id),
    )
    window = KioskWindow(ctx, app, print_to_pdf=print_to_pdf)
    for helper in (languages, themes, tasks):
        helper.setParent(window)  # they live as long as the window, and no longer
    return window


def run_kiosk(
    store: Store,
    identity: DeviceIdentity,
    *,
    lang: str | None = None,
    fullscreen: bool = True,
    idle_seconds: int | None = None,
    config: Any = None,
) -> int:
    """Run the family kiosk until staff close it with a PIN. Returns the exit code.

    `config` is the fleet configuration (hubdesk.config.FleetConfig): its branding is applied.
    When the store has a central service configured, the sync engine runs on a background
    thread for as long as the kiosk does, so the desk sees the kiosk's sign-ins.
    """
    from hubdesk.ui.kiosk.context import KioskSettings

    app = get_application()
    settings = None
    if idle_seconds is not None:
        settings = KioskSettings(idle_ms=idle_seconds * 1000)
    sync = start_background_sync(store, config)
    window = build_kiosk(
        app, store, identity, lang=lang, settings=settings, request_sync=sync.request_now
    )
    if config is not None:
        from hubdesk.ui.branding import apply_branding

        apply_branding(app, config, themes=window.ctx.themes, window=window)
    if fullscreen:
        window.setWindowFlags(
            Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        # cover the screen even where no window manager honours "full screen" (a bare X server)
        screen = app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    try:
        code = app.exec()
    finally:
        sync.stop()
    window.ctx.tasks.wait_for_done()
    return int(code)


@dataclass(frozen=True)
class BackgroundSync:
    """The sync engine on its daemon thread: `request_now` asks it to sync at once (None when
    the store is not enrolled with a central service), `stop` stops it (waiting briefly)."""

    request_now: Callable[[], None] | None
    stop: Callable[[], None]


def start_background_sync(store: Store, config: Any = None) -> BackgroundSync:
    """Run the sync engine on a daemon thread if the store is enrolled with a central service,
    and, when the fleet configuration `config` turns it on, the exchange with the hub's other
    devices on the local network (hubdesk.sync.peer). Neither touches widgets."""
    import threading

    from hubdesk.sync import config as sync_config
    from hubdesk.sync.engine import SyncEngine

    if not sync_config.url(store):
        return BackgroundSync(None, lambda: None)
    engine = SyncEngine(store)
    peer = peer_node_for(store, engine, config)
    stop = threading.Event()
    thread = threading.Thread(
        target=engine.run_forever, args=(stop,), name="hubdesk-sync", daemon=True
    )
    thread.start()
    if peer is not None:
        peer.start()

    def _request() -> None:
        engine.request_now()
        if peer is not None:
            peer.request_now()  # a request to speak to someone goes to the desk at once

    def _stop() -> None:
        stop.set()
        if peer is not None:
            peer.stop()
        thread.join(timeout=5)

    return BackgroundSync(_request, _stop)


def peer_node_for(store: Store, engine: Any, config: Any) -> Any:
    """The exchange with the hub's other devices on the local network, when the fleet
    configuration turns it on (`peer_port`, `peers`, `peer_discovery`) and the store syncs;
    else None. Not started."""
    if engine is None or config is None:
        return None
    from hubdesk.sync.peer import PeerNode, PeerSettings

    settings = PeerSettings.from_fleet(config)
    discovery = None
    if getattr(config, "peer_discovery", False):
        from hubdesk.sync.discovery import BackgroundDiscovery

        discovery = BackgroundDiscovery(store, settings.port)
    if not settings.enabled and discovery is None:
        return None
    return PeerNode(
        store,
        engine,
        settings,
        discovered=discovery.addresses if discovery is not None else None,
        on_stop=discovery.close if discovery is not None else None,
    )
