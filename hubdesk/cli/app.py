"""`hubdesk kiosk` and `hubdesk desk`: start the app.

The store is chosen as `common.store_path` says. A store that does not exist yet (this user's own
on a PC where nothing is set up, or one named by the fleet configuration) gets the first-run
wizard, never the demo store; the demo store opens only when asked for (`--demo` or
$HUBDESK_DEMO=1, as `scripts/start.sh` does) and is built on first use. When no keyring holds the
key, the passphrase is asked for in a window (or on the terminal if there is one).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from hubdesk.cli.common import add_store_argument, store_path
from hubdesk.domain.catalogue import DeviceKind
from hubdesk.services.stores import PassphraseNeededError, demo_store_path, unlock_store
from hubdesk.storage.engine import Store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, help_text in (
        ("kiosk", "the touch kiosk families use to sign in and out"),
        ("desk", "the front desk for reception and outreach staff"),
    ):
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_store_argument(p)
        p.add_argument("--lang", help="language code (en, pl, ur, ro, ar)")
        p.add_argument("--windowed", action="store_true", help="not full screen (testing)")
        p.set_defaults(run=run, mode=name)


def run(args: argparse.Namespace) -> int:
    from hubdesk.config import load_config
    from hubdesk.logs import configure_logging

    config = load_config()
    if config.log_dir is not None:
        configure_logging(verbose=args.verbose, log_dir=config.log_dir)
    path = store_path(args)
    # Qt is imported only here, so every other command runs without a display.
    import hubdesk.ui.app as app

    qt_app = app.get_application()
    opened = _open_or_set_up(qt_app, path, config)
    if opened is None:
        return 1
    store, set_up_now = opened
    mode = args.mode
    if set_up_now:  # open what the wizard set this PC up as, whichever command started it
        from hubdesk.services.setup import SetupService

        mode = "kiosk" if SetupService(store).identity().kind is DeviceKind.KIOSK else "desk"
    return launch(store, mode, lang=args.lang, windowed=args.windowed, config=config)


def launch(store: Store, mode: str, *, lang: str | None, windowed: bool, config: Any) -> int:
    """Run the kiosk or the desk on `store` until it closes; the store is closed after."""
    import hubdesk.ui.app as app
    from hubdesk.services.setup import SetupService

    try:
        identity = SetupService(store).identity()
        lang = lang or config.language
        if mode == "kiosk":
            return int(
                app.run_kiosk(
                    store,
                    identity,
                    lang=lang,
                    fullscreen=not windowed,
                    idle_seconds=config.idle_seconds,
                    config=config,
                )
            )
        from hubdesk.ui.desk import desk_window

        return int(
            desk_window.run_desk(store, identity, lang=lang, fullscreen=not windowed, config=config)
        )
    finally:
        store.close()


def _open_or_set_up(qt_app: Any, path: Path, config: Any) -> tuple[Store, bool] | None:
    """The store at `path`, and whether the first-run wizard just made it. The demo store is
    built here only when `path` is the demo store's, which `store_path` gives only when asked."""
    if path == demo_store_path() and not path.exists():
        from hubdesk.services.demo import build_demo_store

        print("Building the demo store (first run only)...", file=sys.stderr)
        build_demo_store(path)
    if not path.exists():
        from hubdesk.ui.setup.first_run_wizard import run_first_run_wizard

        outcome = run_first_run_wizard(qt_app, config=config, store_path=path)
        return None if outcome is None else (outcome.store, True)
    try:
        return unlock_store(path), False
    except PassphraseNeededError:
        store = _ask_passphrase_and_open(path)
        return None if store is None else (store, False)


def _ask_passphrase_and_open(path: Path) -> Store | None:
    """No keyring here: ask for the admin passphrase (three tries), never store it."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from hubdesk.security.keys import WrongSecretError

    if sys.stdin is not None and sys.stdin.isatty():
        from hubdesk.cli.common import ask_secret

        return unlock_store(path, passphrase=ask_secret("Store passphrase: "))
    prompt = "This computer keeps no key for the hubdesk store.\nEnter the admin passphrase:"
    for _ in range(3):
        text, ok = QInputDialog.getText(
            None, "hubdesk: unlock", prompt, QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        try:
            return unlock_store(path, passphrase=text)
        except WrongSecretError:
            prompt = "That passphrase does not open this store. Try again:"
    return None
