"""Shared Qt fixtures for the UI tests (kiosk and desk).

QT_QPA_PLATFORM is set to "offscreen" here, before anything imports Qt, so the tests need no
display. Translations are built once per session (the .qm files are not committed).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hubdesk.domain.clock import FakeClock
from hubdesk.domain.people import Role
from hubdesk.security.pins import PinParams
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.passes import IssuedPass, PassService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.storage.engine import Store

CHEAP_PINS = PinParams(memory_cost=8, iterations=1, lanes=1)
KIOSK_SIZE = (1280, 800)


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> Path:
    from hubdesk.ui.i18n import ensure_translations_built

    return ensure_translations_built()


@pytest.fixture(autouse=True)
def _restore_application_look(qapp: Any) -> Iterator[None]:
    """Each test starts from the same application style: the kiosk and the desk style the whole
    QApplication (style sheet, palette, font, layout direction, language), and one test's look
    must not change what another test clicks on."""
    from PySide6.QtCore import QLocale

    saved = (
        qapp.styleSheet(),
        qapp.palette(),
        qapp.font(),
        qapp.layoutDirection(),
        QLocale(),
    )
    yield
    style, palette, font, direction, locale = saved
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)
    QLocale.setDefault(locale)


@pytest.fixture
def fast_settings() -> Any:
    """Kiosk timings short enough for tests; idle long enough not to fire by accident."""
    from hubdesk.ui.kiosk.context import KioskSettings

    return KioskSettings(idle_ms=600_000, warn_ms=10_000, done_ms=600_000)


@pytest.fixture
def make_kiosk(
    qtbot: Any,
    qapp: Any,
    store: Store,
    identity: DeviceIdentity,
    clock: FakeClock,
    fast_settings: Any,
    tmp_path: Path,
) -> Iterator[Callable[..., Any]]:
    """make_kiosk(settings=None, lang=None, has_camera=True, request_sync=None) -> a shown
    KioskWindow at 1280x800 on the test store (a camera is assumed: tests feed it pictures).

    At teardown the window waits for its background tasks, is allowed to close, and the app's
    language and theme go back to English and the default theme.
    """
    from hubdesk.ui.app import build_kiosk

    windows: list[Any] = []
    # the kiosk styles the whole application: put it back afterwards for other tests
    saved = (qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.layoutDirection())

    def _make(
        settings: Any = None,
        lang: str | None = None,
        has_camera: bool = True,
        request_sync: Callable[[], None] | None = None,
    ) -> Any:
        window = build_kiosk(
            qapp,
            store,
            identity,
            clock=clock,
            lang=lang,
            settings=settings or fast_settings,
            print_to_pdf=tmp_path / "pass.pdf",
            has_camera=has_camera,
            request_sync=request_sync,
        )
        qtbot.addWidget(window)
        window.resize(*KIOSK_SIZE)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.ctx.tasks.idle)
        windows.append(window)
        return window

    yield _make
    for window in windows:
        qtbot.waitUntil(lambda w=window: w.ctx.tasks.idle, timeout=10_000)
        window.allow_close = True
        window.close()
        window.ctx.languages.set_language("en")
    style, palette, font, direction = saved
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def registered_family(store: Store, clock: FakeClock, identity: DeviceIdentity) -> Any:
    """The Khan family (Amira, Omar, Zara 3, Yusuf 8), consent given, with a pass."""
    actor = identity.actor()
    family = FamilyIn(
        adults=(AdultIn("Amira", "Khan", Role.MOTHER), AdultIn("Omar", "Khan", Role.FATHER)),
        children=(
            ChildIn("Zara", date(2023, 1, 10), last_name="Khan"),
            ChildIn("Yusuf", date(2018, 3, 2), last_name="Khan"),
        ),
        postcode="NE6 2AB",
        consent=True,
    )
    registered = FamilyService(store, clock).register(actor, family)
    issued: IssuedPass = PassService(store, clock).issue(actor, registered.family_id)
    return registered, issued


@pytest.fixture
def staff_member(store: Store, clock: FakeClock, identity: DeviceIdentity) -> Any:
    """(staff id, PIN): an administrator, hashed with cheap Argon2 parameters for speed."""
    from hubdesk.domain.staff import StaffRole
    from hubdesk.services.staff import StaffService

    staff_id = StaffService(store, clock, pin_params=CHEAP_PINS).add(
        None, name="Sam Taylor", role=StaffRole.ADMIN, pin="2468"
    )
    return staff_id, "2468"


@pytest.fixture
def wait_page(qtbot: Any) -> Callable[..., None]:
    """wait_page(window, page): until `page` is current and no background task is running."""

    def _wait(window: Any, page: Any, timeout: int = 5000) -> None:
        qtbot.waitUntil(
            lambda: window.stack.currentWidget() is page and window.ctx.tasks.idle,
            timeout=timeout,
        )

    return _wait
