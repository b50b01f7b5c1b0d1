"""`hubdesk kiosk` and `hubdesk desk`: start the app."""

from __future__ import annotations

import argparse

from hubdesk.cli.common import add_store_argument, open_store_from_args


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
    from hubdesk.services.setup import SetupService

    store = open_store_from_args(args)
    identity = SetupService(store).identity()
    # Qt is imported only here, so every other command runs without a display.
    import hubdesk.ui.app as app

    try:
        if args.mode == "kiosk":
            return int(app.run_kiosk(store, identity, lang=args.lang, fullscreen=not args.windowed))
        return int(app.run_desk(store, identity, lang=args.lang, fullscreen=not args.windowed))
    finally:
        store.close()
