"""`hubdesk selftest`: prove an installed copy works, end to end, in a few seconds.

It starts Qt (offscreen unless `--screen`), makes a fresh demo-style store in a temporary folder
(key file, SQLCipher, every Alembic migration), sets it up as a kiosk, builds the real kiosk window
through `hubdesk.ui.app.build_kiosk`, signs an anonymous party in by pressing the kiosk's own
buttons, then checks the visit is in `VisitService.who_is_in` and `PRAGMA integrity_check` is ok.
It prints one line and exits 0, or prints the step that failed and why and exits 1.

This is what CI runs against the PyInstaller bundle (`dist/hubdesk/hubdesk selftest`), so it
exercises what a frozen build can get wrong: resources, translations, Qt plugins, the SQLCipher
driver and the Alembic scripts.

`--startup STORE` is for bench/startup.py: open the kiosk on an existing store and quit at the
first paint of its welcome page, printing the start-up probe's marker line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

OFFSCREEN = "offscreen"
KIOSK_SIZE = (1280, 800)


class SelftestError(Exception):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "selftest",
        help="start the kiosk on a fresh store, sign a visit in, check it (exit 0 if all is well)",
    )
    p.add_argument("--screen", action="store_true", help="use the real display, not offscreen")
    p.add_argument(
        "--keep", type=Path, default=None, help="make the store in this new folder and keep it"
    )
    p.add_argument("--timeout", type=float, default=60.0, help="seconds for each step to finish")
    p.add_argument(
        "--startup",
        type=Path,
        default=None,
        metavar="STORE",
        help="(benchmarks) open the kiosk on STORE and quit at its first paint",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.screen:
        os.environ["QT_QPA_PLATFORM"] = OFFSCREEN
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa.*=false")
    if args.startup is not None:
        return _startup(Path(args.startup))
    started = time.perf_counter()
    try:
        if args.keep is not None:
            folder = Path(args.keep)
            _step("make folder", lambda: folder.mkdir(parents=True, exist_ok=False))
            summary = selftest(folder, timeout=args.timeout)
        else:
            with tempfile.TemporaryDirectory(prefix="hubdesk-selftest-") as tmp:
                summary = selftest(Path(tmp), timeout=args.timeout)
    except SelftestError as exc:
        print(f"hubdesk selftest: FAILED at {exc.step}: {exc.reason}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"hubdesk selftest: ok ({summary}; {elapsed:.1f} s)")
    return 0


def _step(name: str, fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except SelftestError:
        raise
    except Exception as exc:
        raise SelftestError(name, f"{type(exc).__name__}: {exc}") from exc


def selftest(folder: Path, *, timeout: float = 60.0) -> str:
    """Run every step in `folder`. Returns a short summary; raises SelftestError on a failure."""
    from hubdesk.config import load_config
    from hubdesk.domain.catalogue import DeviceKind
    from hubdesk.services.setup import SetupService
    from hubdesk.services.stores import create_store
    from hubdesk.services.visits import VisitService
    from hubdesk.storage.engine import integrity_check

    config = _step("fleet config", load_config)
    path = folder / "selftest.db"
    created = _step(
        "create store",
        lambda: create_store(path, passphrase=None, demo=True, use_keyring=False),
    )
    store = created.store
    try:
        identity = _step(
            "set up store",
            lambda: SetupService(store).initialise(
                hub_name="Selftest Family Hub",
                hub_code="SELFTEST",
                site_name="Selftest Family Hub",
                device_name="Selftest kiosk",
                device_kind=DeviceKind.KIOSK,
                demo=True,
            ),
        )
        signed_in = _drive_kiosk(store, identity, timeout, config)
        in_building = _step("who is in", lambda: VisitService(store).who_is_in(identity.hub_id))
        ids = {row.visit_id for row in in_building}
        if signed_in.visit_id not in ids:
            raise SelftestError("who is in", "the kiosk's visit is not in the building list")
        integrity = _step("integrity check", lambda: integrity_check(store))
        if integrity != "ok":
            raise SelftestError("integrity check", f"PRAGMA integrity_check said {integrity!r}")
    finally:
        store.close()
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    source = f"fleet config {config.source}" if config.source else "no fleet config"
    return (
        f"kiosk signed in a party of {signed_in.people}; {len(ids)} in the building; "
        f"integrity ok; {source}; Qt {qVersion()} {QGuiApplication.platformName()}; {frozen}"
    )


def _wait(app: Any, step: str, done: Callable[[], bool], timeout: float) -> None:
    """Run the event loop until `done()` or the time is up."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SelftestError(step, f"not done after {timeout:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def _press(app: Any, window: Any, step: str, button: Any, then: Any, timeout: float) -> None:
    """Press a visible, enabled button and wait until page `then` is showing and work is done."""
    if not (button.isVisible() and button.isEnabled()):
        raise SelftestError(step, f"button {button.objectName() or '?'} is not there to press")
    button.click()
    _wait(
        app,
        step,
        lambda: window.stack.currentWidget() is then and window.ctx.tasks.idle,
        timeout,
    )


def _drive_kiosk(store: Any, identity: Any, timeout: float, config: Any) -> Any:
    """Build the kiosk (with the fleet config's branding), show it, and sign an anonymous party
    in through its pages."""
    from hubdesk.domain.catalogue import VisitReason
    from hubdesk.domain.people import Role

    app = _step("start Qt", _application)
    window = _step("build kiosk", lambda: _build_kiosk(app, store, identity))
    try:
        _step("branding", lambda: _brand(app, config, window))
        _step("show kiosk", window.show)
        _wait(app, "show kiosk", lambda: window.isVisible() and window.ctx.tasks.idle, timeout)
        if window.stack.currentWidget() is not window.welcome:
            raise SelftestError("show kiosk", "the kiosk did not open on its welcome page")
        results: list[Any] = []
        window.sig_signed_in.connect(results.append)

        def walk() -> None:
            _press(app, window, "sign in", window.welcome.sign_in, window.pass_question, timeout)
            _press(app, window, "no pass", window.pass_question.no_pass, window.party, timeout)
            window.party.role_steppers[Role.MOTHER].plus.click()
            window.party.next.click()  # the adults, then the children (none)
            _press(app, window, "who is here", window.party.next, window.reason, timeout)
            tile = window.reason.reason_tiles[VisitReason.JUST_VISITING]
            _press(app, window, "reason", tile, window.about, timeout)
            _press(app, window, "about you", window.about.next, window.privacy, timeout)
            _press(app, window, "finish", window.privacy.anonymous, window.done, timeout)

        _step("walk the kiosk", walk)
        _wait(app, "sign-in confirmed", lambda: bool(results), timeout)
        _step("translations", lambda: _check_translations(window))
        return results[0]
    finally:
        window.allow_close = True
        window.close()
        window.ctx.tasks.wait_for_done()


def _check_translations(window: Any) -> None:
    """Every shipped language's .qm loads (a bundle missing them would fall back to English)."""
    from hubdesk.ui.i18n import LANGUAGES, SOURCE_LANGUAGE

    languages = window.ctx.languages
    try:
        missing = [lang.code for lang in LANGUAGES if not languages.set_language(lang.code)]
    finally:
        languages.set_language(SOURCE_LANGUAGE)
    if missing:
        raise SelftestError("translations", "not loaded: " + ", ".join(missing))


def _application() -> Any:
    from hubdesk.ui.app import get_application
    from hubdesk.ui.startup_probe import install_startup_probe

    app = get_application([sys.argv[0]])
    install_startup_probe(app)
    return app


def _brand(app: Any, config: Any, window: Any) -> None:
    from hubdesk.ui.branding import apply_branding

    apply_branding(app, config, themes=window.ctx.themes, window=window)


def _build_kiosk(app: Any, store: Any, identity: Any) -> Any:
    from hubdesk.ui.app import build_kiosk
    from hubdesk.ui.kiosk.context import KioskSettings

    # Long timers: a slow CI machine must not see the kiosk reset itself mid-test.
    settings = KioskSettings(idle_ms=3_600_000, warn_ms=10_000, done_ms=3_600_000)
    window = build_kiosk(app, store, identity, settings=settings)
    window.resize(*KIOSK_SIZE)
    return window


def _startup(store_path: Path) -> int:
    """Open the kiosk on an existing store as `hubdesk kiosk` does; quit at its first paint.
    With HUBDESK_STARTUP_TRACE=1, each phase's time since the process started goes to stderr."""
    trace = os.environ.get("HUBDESK_STARTUP_TRACE") == "1"

    def mark(phase: str) -> None:
        if trace:
            from hubdesk.ui.startup_probe import process_age

            print(f"startup {phase:<14} {process_age():.3f}", file=sys.stderr, flush=True)

    mark("cli ready")
    from hubdesk.services.setup import SetupService
    from hubdesk.services.stores import unlock_store

    store = unlock_store(store_path)
    mark("store open")
    try:
        identity = SetupService(store).identity()
        from hubdesk.ui.app import build_kiosk, get_application
        from hubdesk.ui.startup_probe import install_startup_probe

        mark("ui imported")
        app = get_application([sys.argv[0]])
        install_startup_probe(app, force="exit")
        mark("qapplication")
        window = build_kiosk(app, store, identity)
        window.resize(*KIOSK_SIZE)
        mark("kiosk built")
        window.show()
        mark("shown")
        code = app.exec()
        window.allow_close = True
        window.close()
        window.ctx.tasks.wait_for_done()
        return int(code)
    finally:
        store.close()
