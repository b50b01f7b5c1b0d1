"""The front desk window: a lock screen, the staff workspace, the sync status, quiet alerts.

`build_desk` makes one (tests call it with a FakeClock); `run_desk` is what `hubdesk desk` calls.

Privacy: the workspace (every page that shows a family) is built when a staff member signs in
and destroyed when the desk locks, so a locked desk holds nothing personal in its widgets.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.clock import Clock, SystemClock
from hubdesk.domain.staff import Permission
from hubdesk.services.alerts import Alert
from hubdesk.services.base import Actor
from hubdesk.services.setup import DeviceIdentity
from hubdesk.storage.engine import Store
from hubdesk.sync.engine import SYNCING, SyncEngine
from hubdesk.sync.peer import PeerNode
from hubdesk.ui.desk import words
from hubdesk.ui.desk.context import DeskContext, DeskServices, DeskSettings, StaffSession
from hubdesk.ui.desk.lock_page import LockPage
from hubdesk.ui.desk.page import BANNER_PX, DeskPage, button, label, run_for
from hubdesk.ui.desk.style import desk_stylesheet
from hubdesk.ui.desk.sync_bridge import (
    BaseBridge,
    DeskSyncStatus,
    LocalOnlyBridge,
    SyncBridge,
    describe,
    describe_hearing,
    summarise_hearing,
)
from hubdesk.ui.i18n import SOURCE_LANGUAGE, LanguageManager, ensure_translations_built
from hubdesk.ui.kiosk.idle_watcher import IdleWatcher
from hubdesk.ui.tasks import TaskRunner
from hubdesk.ui.theme import DEFAULT, ThemeManager
from hubdesk.ui.widgets.bidi import isolate
from hubdesk.ui.widgets.wheel_guard import WheelGuard

log = logging.getLogger(__name__)

DESK_SIZE = (1366, 768)
ALERT_LOOKBACK = timedelta(hours=2)
BANNER_MIN_WIDTH = 560  # a question with its two buttons fits on two lines
HEARING_SHARE = 0.42  # of the window's width, for the hub's devices in the status bar
HEADER_PX = 64  # a 48 px button in the 2 px frame of the alert, with 6 px above and below


class AlertBar(QFrame):
    """A quiet line: someone at the kiosk would like a private word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBar")
        self.setProperty("kind", "alert")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 0, 4, 0)
        self.text = label("", "alertText", parent=self)
        row.addWidget(self.text, 1)
        self.seen = button(self.tr("Seen"), "alertSeen", self)
        row.addWidget(self.seen)
        self.seen.clicked.connect(self._on_seen_clicked)
        self.alerts: list[Alert] = []
        self.hide()

    def add(self, alerts: list[Alert]) -> None:
        self.alerts.extend(alerts)
        self._show_alerts()

    def drop(self, seqs: set[int]) -> None:
        """The kiosk withdrew these (it told the family to come to the front desk instead)."""
        if not seqs:
            return
        self.alerts = [a for a in self.alerts if a.seq not in seqs]
        if self.alerts:
            self._show_alerts()
        else:
            self.hide()

    def _on_seen_clicked(self) -> None:
        self.alerts.clear()
        self.hide()

    def _show_alerts(self) -> None:
        alerts = self.alerts
        last = alerts[-1]
        where = last.device_name or self.tr("the kiosk")
        if last.room:
            text = self.tr(
                "Someone at {where} would like a private word: they will be in {room} ({when})."
            ).format(where=isolate(where), room=isolate(last.room), when=words.local(last.at))
        else:
            text = self.tr("Someone at {where} would like a private word ({when}).").format(
                where=isolate(where), when=words.local(last.at)
            )
        if len(alerts) > 1:
            text += " " + self.tr("(%n requests)", "", len(alerts))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()


class DeskWindow(QMainWindow):
    sig_locked = Signal()
    """The desk locked (idle, the Lock button, or a hand-over). No arguments."""
    sig_unlocked = Signal(object)
    """A staff member signed in. Argument: the staff Actor."""

    def __init__(self, ctx: DeskContext, sync: BaseBridge) -> None:
        super().__init__()
        self.ctx = ctx
        self.sync = sync
        self.setObjectName("deskWindow")
        self.setWindowTitle(self.tr("hubdesk: front desk"))
        self.session: StaffSession | None = None
        self.workspace: QTabWidget | None = None
        self.pages: dict[str, DeskPage] = {}
        self.kiosk: Any = None  # the kiosk window while the laptop is handed to families
        self.allow_close = True
        self._last_alert_seq = 0

        central = QWidget(self)
        central.setObjectName("deskCentral")
        central.setProperty("kind", "deskpage")
        central.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("deskStack")
        outer.addWidget(self.stack, 1)
        self.lock_page = LockPage(ctx)
        self.lock_page.sig_signed_in.connect(self.sign_in)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(central)
        self._build_status_bar()
        self.apply_style()
        ctx.themes.sig_theme_changed.connect(self.apply_style)

        self.idle = IdleWatcher(ctx.app, ctx.settings.idle_lock_ms, 0, self)
        self.idle.sig_idle.connect(self._on_idle)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(ctx.settings.refresh_ms)
        self.refresh_timer.timeout.connect(self._on_refresh_timeout)
        self.alert_timer = QTimer(self)
        self.alert_timer.setInterval(ctx.settings.alert_poll_ms)
        self.alert_timer.timeout.connect(self.poll_alerts)
        self.busy_timer = QTimer(self)
        self.busy_timer.setInterval(200)
        self.busy_timer.timeout.connect(self._sync_busy)
        self.busy_timer.start()
        # the daily retention job, on a worker (it runs at most once a hub day, as the device)
        self.retention_timer = QTimer(self)
        self.retention_timer.setObjectName("deskRetentionTimer")
        self.retention_timer.timeout.connect(self.run_retention_job)
        self.last_retention: Any = None  # the last RetentionReport the schedule produced
        if ctx.settings.retention_every_ms > 0:
            self.retention_timer.setInterval(ctx.settings.retention_every_ms)
            self.retention_timer.start()
            QTimer.singleShot(ctx.settings.retention_first_ms, self, self.run_retention_job)
        sync.sig_sync_status_changed.connect(self._on_sync_status_changed)
        self._last_sync_at = sync.status().last_success_at
        self._last_sync_state = sync.status().state
        self._last_peer_applied = sync.status().peer_applied_at
        self._show_sync(sync.status())
        self.lock()
        sync.start()

    # --- building ----------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget(self)
        header.setObjectName("deskHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # a fixed height, with or without a request to speak to someone in it, so an alert
        # arriving never moves the page under the pointer
        header.setFixedHeight(HEADER_PX)
        row = QHBoxLayout(header)
        row.setContentsMargins(14, 6, 14, 6)
        self.hub_label = label(self.ctx.hub_name, "deskHubName", parent=header)
        self.hub_label.setWordWrap(False)
        row.addWidget(self.hub_label)
        self.site_label = label("", "deskSiteName", parent=header)
        self.site_label.setWordWrap(False)
        row.addWidget(self.site_label)
        row.addStretch(1)
        # quiet alerts sit in the header, so they take no room from the page
        self.alert_bar = AlertBar(header)
        row.addWidget(self.alert_bar, 4)
        self.staff_label = label("", "deskStaffName", parent=header)
        self.staff_label.setWordWrap(False)
        row.addWidget(self.staff_label)
        self.lock_button = button(self.tr("Lock"), "deskLockButton", header)
        self.lock_button.clicked.connect(self.lock)
        row.addWidget(self.lock_button)
        return header

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("deskStatusBar")
        bar.setSizeGripEnabled(False)
        self.sync_label = QLabel(bar)
        self.sync_label.setObjectName("deskSyncStatus")
        bar.addWidget(self.sync_label, 1)
        # how each other device of the hub is heard: directly, through the service, or not
        self.hearing_label = QLabel(bar)
        self.hearing_label.setObjectName("deskHearing")
        self.hearing_label.hide()
        bar.addWidget(self.hearing_label, 1)
        self.busy = QProgressBar(bar)
        self.busy.setObjectName("deskBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        bar.addPermanentWidget(self.busy)
        self.quarantine_button = QPushButton(bar)
        self.quarantine_button.setObjectName("deskQuarantineButton")
        self.quarantine_button.clicked.connect(lambda: self.open_page("sync"))
        self.quarantine_button.hide()
        bar.addPermanentWidget(self.quarantine_button)
        self.sync_now = button(self.tr("Sync now"), "deskSyncNow", bar)
        self.sync_now.clicked.connect(self.sync.request_now)
        bar.addPermanentWidget(self.sync_now)

    def apply_style(self) -> None:
        self.setStyleSheet(desk_stylesheet(self.ctx.themes.palette))

    # --- signing in and locking ----------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.session is None

    def lock(self) -> None:
        """Lock now: destroy every page that may show a family; show the PIN screen."""
        self.session = None
        self.refresh_timer.stop()
        self.alert_timer.stop()
        self.alert_bar.hide()
        self.alert_bar.alerts.clear()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        self.pages = {}
        self.staff_label.setText("")
        self.site_label.setText("")
        self.lock_button.hide()
        self.quarantine_button.hide()
        self.stack.setCurrentWidget(self.lock_page)
        self.lock_page.reset()
        self.idle.stop()
        self.sig_locked.emit()

    def sign_in(self, actor: Actor, name: str) -> None:
        """A PIN was accepted: build the workspace for this staff member's role."""
        if self.workspace is not None:
            self.lock()
        self.session = StaffSession(actor, name)
        self.workspace = self._build_workspace(self.session)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.staff_label.setText(
            self.tr("{name} ({role})").format(
                name=words.name(name), role=words.staff_role(actor.role)
            )
        )
        self.lock_button.show()
        self._show_site()
        self._show_sync(self.sync.status())
        self.idle.poke()
        self.refresh_timer.start()
        self.alert_timer.start()
        self.poll_alerts()
        self.sig_unlocked.emit(actor)

    def _build_workspace(self, session: StaffSession) -> QTabWidget:
        from hubdesk.ui.desk.admin_page import AdminPage
        from hubdesk.ui.desk.families_page import FamiliesPage
        from hubdesk.ui.desk.help_page import HelpPage
        from hubdesk.ui.desk.outreach_page import OutreachPage
        from hubdesk.ui.desk.settings_page import SettingsPage
        from hubdesk.ui.desk.sync_page import SyncPage
        from hubdesk.ui.desk.timetable_page import TimetablePage
        from hubdesk.ui.desk.today_page import TodayPage

        tabs = QTabWidget()
        tabs.setObjectName("deskTabs")
        tabs.setDocumentMode(False)
        kinds: list[tuple[str, Any]] = [
            ("today", TodayPage),
            ("help", HelpPage),
            ("timetable", TimetablePage),
            ("families", FamiliesPage),
            ("outreach", OutreachPage),
            ("sync", SyncPage),
            ("admin", AdminPage),
            ("settings", SettingsPage),
        ]
        for key, kind in kinds:
            if kind.permission is not None and not session.may(kind.permission):
                continue  # the services refuse too; this only keeps the screen honest
            page = kind(self.ctx, session, self)
            self.pages[key] = page
            tabs.addTab(page, page.title.text())
        if session.may(Permission.VIEW_REPORTS):
            from hubdesk.ui.reports import build_reports_page

            reports = build_reports_page(
                self.ctx.store, self.ctx.identity, tasks=self.ctx.tasks, clock=self.ctx.clock,
                output_dir=self.ctx.settings.out_dir(),
            )  # fmt: skip
            tabs.addTab(reports, self.tr("Reports"))
            reports.can_fix = "settings" in self.pages
            reports.sig_settings_requested.connect(self._on_reports_settings_requested)
        # each page's banner (messages, "Sign out …?", "Undo") lies over the free end of the tab
        # row: it takes no height from the page and nothing moves when it fills or empties
        for page in self.pages.values():
            page.lift_banner(tabs)
        tabs.installEventFilter(self)
        tabs.currentChanged.connect(self._on_tab_changed)
        QTimer.singleShot(0, lambda: self._on_tab_changed(tabs.currentIndex()))
        return tabs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.workspace and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place_banners()
        return super().eventFilter(watched, event)

    def place_banners(self) -> None:
        """Show the current page's banner over the tab row, right of the last tab; with too
        little room left there (many tabs), each page keeps its banner at its top instead."""
        tabs = self.workspace
        if tabs is None:
            return
        bar = tabs.tabBar().geometry()
        if tabs.isRightToLeft():  # the tabs start at the right: the free end is on the left
            rect = QRect(6, 0, max(0, bar.left() - 16 - 6), BANNER_PX)
        else:
            left = bar.right() + 16
            rect = QRect(left, 0, max(0, tabs.width() - left - 6), BANNER_PX)
        over_tabs = rect.width() >= BANNER_MIN_WIDTH
        current = tabs.currentWidget()
        for page in self.pages.values():
            if not over_tabs:
                page.dock_banner()
                continue
            page.lift_banner(tabs)
            page.banner.setGeometry(rect)
            page.banner.setVisible(page is current)
            page.banner.raise_()

    def open_page(self, key: str) -> bool:
        """Show a page. False (with a message) if locked or the role has no such page."""
        if self.workspace is None:
            return False
        page = self.pages.get(key)
        if page is None:
            current = self.workspace.currentWidget()
            if isinstance(current, DeskPage):
                current.message.show_error(self.tr("Your role does not allow this."))
            return False
        self.workspace.setCurrentWidget(page)
        return True

    def _on_reports_settings_requested(self, section: str) -> None:
        """An empty area table's button: open Hub settings where it is fixed."""
        if self.open_page("settings"):
            self.pages["settings"].show_areas(section)  # type: ignore[attr-defined]

    def current_page(self) -> DeskPage | None:
        if self.workspace is None:
            return None
        page = self.workspace.currentWidget()
        return page if isinstance(page, DeskPage) else None

    def _on_tab_changed(self, _index: int) -> None:
        self.place_banners()
        page = self.current_page()
        if page is not None:
            page.refresh()

    def _on_idle(self) -> None:
        if not self.locked and self.kiosk is None:
            self.lock()

    def _on_refresh_timeout(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "live_refresh"):
            page.live_refresh()

    # --- retention ---------------------------------------------------------------------------

    def run_retention_job(self) -> None:
        """Run `daily_retention_job` on the task runner (never on the GUI thread). It does the
        work at most once a hub day, so calling it hourly is cheap."""
        from hubdesk.services.retention import daily_retention_job

        store, clock = self.ctx.store, self.ctx.clock
        run_for(
            self,
            lambda: daily_retention_job(store, clock),
            on_success=self._on_retention_job_done,
            on_failure=lambda exc: log.error("retention job failed: %s", type(exc).__name__),
        )

    def _on_retention_job_done(self, report: Any) -> None:
        if report is not None:
            self.last_retention = report
            log.info("retention job ran", extra={"count": report.erased.families})

    # --- site (outreach moves it) ----------------------------------------------------------------

    def site_changed(self, identity: DeviceIdentity) -> None:
        """This device moved to another site: staff act there from now on."""
        self.ctx.identity = identity
        if self.session is not None:
            self.session.actor = self.session.actor.at_site(identity.site_id)
        self._show_site()

    def _show_site(self) -> None:
        run_for(
            self,
            self.ctx.services.setup.sites,
            self.ctx.identity.hub_id,
            on_success=self._on_sites_loaded,
        )

    def _on_sites_loaded(self, sites: list[Any]) -> None:
        here = next((s for s in sites if s.id == self.ctx.identity.site_id), None)
        shown = here is not None and here.name != self.ctx.hub_name
        self.site_label.setText(f"  ·  {here.name}" if shown and here is not None else "")

    # --- alerts ------------------------------------------------------------------------------

    def poll_alerts(self) -> None:
        if self.session is None:
            return
        since = self.ctx.clock.now() - ALERT_LOOKBACK
        alerts, actor, after = self.ctx.services.alerts, self.session.actor, self._last_alert_seq
        shown = [a.seq for a in self.alert_bar.alerts]

        def look() -> tuple[list[Alert], set[int]]:  # on a worker
            return alerts.recent(actor, after_seq=after, since=since), alerts.withdrawn(
                actor, shown
            )

        run_for(self, look, on_success=self._on_alerts_looked)

    def _on_alerts_looked(self, found: tuple[list[Alert], set[int]]) -> None:
        new, withdrawn = found
        if self.session is None:
            return
        self.alert_bar.drop(withdrawn)
        self._on_alerts(new)

    def _on_alerts(self, alerts: list[Alert]) -> None:
        # two looks can overlap (a poll, and events arriving): show each request once
        alerts = [a for a in alerts if a.seq > self._last_alert_seq]
        if not alerts or self.session is None:
            return
        self._last_alert_seq = max(a.seq for a in alerts)
        self.alert_bar.add(alerts)
        QApplication.beep()

    # --- sync --------------------------------------------------------------------------------

    def _on_sync_status_changed(self, status: DeskSyncStatus) -> None:
        self._show_sync(status)
        finished = self._last_sync_state == SYNCING and status.state != SYNCING
        self._last_sync_state = status.state
        # events straight from another device of the hub (its internet may be down)
        direct = status.peer_applied_at != self._last_peer_applied
        self._last_peer_applied = status.peer_applied_at
        if finished or direct or status.last_success_at != self._last_sync_at:
            self._last_sync_at = status.last_success_at
            self._on_refresh_timeout()  # what other devices sent may change who is in
            # a request to speak to someone may have just arrived: show it now, not at the
            # next poll (the kiosk promised that someone will come)
            self.poll_alerts()

    def _show_sync(self, status: DeskSyncStatus) -> None:
        self.sync_label.setText(describe(status))
        self.sync_label.setAccessibleName(self.sync_label.text())
        heard = describe_hearing(status)
        shown = heard
        # by name when that fits beside the sync status, else in counts (the Sync page and the
        # tooltip always have every device by name)
        budget = int(self.width() * HEARING_SHARE)
        if self.hearing_label.fontMetrics().horizontalAdvance(heard) > budget:
            shown = summarise_hearing(status)
        self.hearing_label.setText(shown)
        self.hearing_label.setAccessibleName(heard)
        self.hearing_label.setToolTip(heard)
        self.hearing_label.setVisible(bool(heard))
        self.sync_now.setVisible(status.connected)
        if status.quarantined and self.session is not None:
            self.quarantine_button.setText(self.tr("%n quarantined", "", status.quarantined))
            self.quarantine_button.setAccessibleName(self.quarantine_button.text())
            self.quarantine_button.show()
        else:
            self.quarantine_button.hide()
        page = self.pages.get("sync")
        if page is not None:
            page.show_status(status)  # type: ignore[attr-defined]

    def _sync_busy(self) -> None:
        busy = not self.ctx.tasks.idle or self.sync.status().state == SYNCING
        self.busy.setVisible(busy)

    # --- handing the laptop to families ----------------------------------------------------------

    def hand_over(self, *, fullscreen: bool = True) -> Any:
        """Show the family kiosk (for the current site) and lock the desk. Staff take it back
        with their PIN on the kiosk's staff screen. Returns the kiosk window."""
        from hubdesk.ui.app import build_kiosk

        if self.kiosk is not None:
            return self.kiosk
        identity = self.ctx.services.setup.identity()
        self.ctx.identity = identity
        # a request to speak to someone reaches another desk only through the central service
        syncing = isinstance(self.sync, SyncBridge)
        kiosk = build_kiosk(
            self.ctx.app,
            self.ctx.store,
            identity,
            clock=self.ctx.clock,
            request_sync=self.sync.request_now if syncing else None,
        )
        kiosk.staff.sig_staff_verified.connect(self.take_back)
        self.kiosk = kiosk
        self.lock()
        self.hide()
        if fullscreen:
            kiosk.showFullScreen()
        else:
            kiosk.resize(*DESK_SIZE)
            kiosk.show()
        return kiosk

    def take_back(self, actor: Actor) -> None:
        """A staff PIN was entered on the kiosk: close it and sign that person in at the desk."""
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.allow_close = True
            kiosk.close()
            kiosk.ctx.languages.set_language("en")
            kiosk.ctx.themes.apply(theme=DEFAULT, large_text=False)
            kiosk.deleteLater()
        self.show()
        run_for(
            self,
            self.ctx.services.staff.list,
            self.ctx.identity.hub_id,
            on_success=lambda staff: self.sign_in(
                actor, next((s.name for s in staff if s.id == actor.staff_id), "")
            ),
        )

    # --- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.lock()
        self.idle.detach()
        self.sync.stop()
        event.accept()


def build_desk(
    store: Store,
    identity: DeviceIdentity,
    clock: Clock | None = None,
    sync_engine: SyncEngine | None = None,
    task_runner: TaskRunner | None = None,
    *,
    settings: DeskSettings | None = None,
    themes: ThemeManager | None = None,
    app: QApplication | None = None,
    peer_node: PeerNode | None = None,
) -> DeskWindow:
    """Build the desk window and everything it needs. With no sync engine (no central service
    configured) the status bar says so and shows the local backlog. With a peer node (the
    fleet settings name a port or the hub's other devices), the desk also exchanges events
    with them directly and shows how it hears from each."""
    from hubdesk.ui.app import get_application

    app = app or get_application()
    clock = clock or SystemClock()
    settings = settings or DeskSettings()
    owned: list[Any] = []  # helpers made here live as long as the window; the caller's stay theirs
    if themes is None:
        themes = ThemeManager(app, DEFAULT, False)
        themes.apply()
        owned.append(themes)
    tasks = task_runner or TaskRunner()
    if task_runner is None:
        owned.append(tasks)
    services = DeskServices.build(store, clock)
    profile = services.profile.profile(identity.actor())
    ctx = DeskContext(
        app=app,
        store=store,
        identity=identity,
        services=services,
        tasks=tasks,
        clock=clock,
        settings=settings,
        themes=themes,
        hub_name=profile.hub_name,
    )
    bridge: BaseBridge
    if sync_engine is not None:
        bridge = SyncBridge(
            sync_engine,
            tasks,
            peer=peer_node,
            devices=lambda: services.setup.hub_devices(identity.hub_id),
            this_device=identity.device_id,
            clock=clock,
        )
    else:
        bridge = LocalOnlyBridge(services.setup, tasks, poll_ms=settings.refresh_ms)
    window = DeskWindow(ctx, bridge)
    for helper in (bridge, *owned):
        helper.setParent(window)
    WheelGuard.install(app)  # once for the application
    window.resize(*DESK_SIZE)
    return window


def engine_for(store: Store) -> SyncEngine | None:
    """A sync engine if this store has a central service configured, else None."""
    from hubdesk.sync import config

    if not config.url(store):
        return None
    return SyncEngine(store)


def run_desk(
    store: Store,
    identity: DeviceIdentity,
    *,
    lang: str | None = None,
    fullscreen: bool = False,
    config: Any = None,
) -> int:
    """What `hubdesk desk` runs: the desk on `store` until it closes. `config`: the fleet
    configuration (branding, and its peer settings)."""
    from hubdesk.ui.app import get_application, peer_node_for

    app = get_application()
    ensure_translations_built()
    languages = LanguageManager(app, default=lang or SOURCE_LANGUAGE)
    languages.set_language(lang or SOURCE_LANGUAGE)
    themes = ThemeManager(app, DEFAULT, False)
    themes.apply()
    if config is not None:
        from hubdesk.ui.branding import apply_branding

        apply_branding(app, config, themes=themes)
    tasks = TaskRunner(app)
    engine = engine_for(store)
    window = build_desk(
        store,
        identity,
        sync_engine=engine,
        task_runner=tasks,
        themes=themes,
        app=app,
        peer_node=peer_node_for(store, engine, config),
    )
    if fullscreen:
        window.showMaximized()
    else:
        window.show()
    code = app.exec()
    window.sync.stop()
    window.ctx.tasks.wait_for_done()
    return int(code)
