"""`hubdesk setup`: the first-run wizard, for a PC with no set-up store; Finish opens what the PC
was set up as (the desk, or the kiosk). `--no-open` only sets up (for an installer's script)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "setup",
        help="the first-run wizard: make this PC a hub's kiosk, desk or outreach laptop",
    )
    p.add_argument(
        "--store",
        type=Path,
        default=None,
        help="where to make the store (default: the fleet config's store_path, else per user)",
    )
    p.add_argument("--lang", help="language code for the desk or kiosk opened after")
    p.add_argument("--windowed", action="store_true", help="not full screen (testing)")
    p.add_argument(
        "--no-open", action="store_true", help="set up only: do not open the desk or kiosk after"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from hubdesk.config import load_config
    from hubdesk.services.stores import default_store_path

    config = load_config()
    path = Path(args.store or config.store_path or default_store_path())
    if path.exists():
        print(f"hubdesk: a store already exists at {path}; nothing to set up.", file=sys.stderr)
        return 1
    from hubdesk.ui.app import get_application
    from hubdesk.ui.setup.first_run_wizard import run_first_run_wizard

    app = get_application()
    outcome = run_first_run_wizard(app, config=config, store_path=path)
    if outcome is None:
        print("hubdesk: set-up cancelled; nothing was written.", file=sys.stderr)
        return 1
    print(f"Set up: this PC is a {outcome.identity.kind.value} of {outcome.hub_label} ({path}).")
    if args.no_open:
        outcome.store.close()
        return 0
    from hubdesk.cli.app import launch
    from hubdesk.domain.catalogue import DeviceKind

    mode = "kiosk" if outcome.identity.kind is DeviceKind.KIOSK else "desk"
    return launch(outcome.store, mode, lang=args.lang, windowed=args.windowed, config=config)
