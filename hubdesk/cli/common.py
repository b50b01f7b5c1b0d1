"""What the sub-commands share: finding the store, asking for secrets."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from hubdesk.services.stores import (
    PassphraseNeededError,
    default_store_path,
    demo_store_path,
    unlock_store,
)
from hubdesk.storage.engine import Store

STORE_ENV = "HUBDESK_STORE"
DEMO_ENV = "HUBDESK_DEMO"  # "1": open the demo store (what `scripts/start.sh` asks for)
PASSPHRASE_ENV = "HUBDESK_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        help=(
            f"the store file (default: ${STORE_ENV}, else the fleet config's store_path, "
            "else this user's own store; the demo store only with --demo)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=False,
        help=f"use the made-up demo store (built on first use; also ${DEMO_ENV}=1)",
    )


def demo_asked(args: argparse.Namespace) -> bool:
    """--demo, or $HUBDESK_DEMO=1: the only ways to the demo store."""
    return bool(getattr(args, "demo", False)) or os.environ.get(DEMO_ENV, "") == "1"


def store_path(args: argparse.Namespace) -> Path:
    """Which store a command works on, in this order: --store; the demo store if asked for
    (--demo or $HUBDESK_DEMO=1); $HUBDESK_STORE; the fleet config's store_path; this user's own
    store (`default_store_path`), which may not exist yet: the app then runs the first-run
    wizard. Never the demo store unasked: its key lies beside it, so real families typed into it
    would not be protected."""
    if args.store is not None:
        return Path(args.store)
    if demo_asked(args):
        return demo_store_path()
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env)
    from hubdesk.config import load_config

    configured = load_config().store_path
    if configured is not None:
        return Path(configured)
    return default_store_path()


def ask_secret(prompt: str, env: str = PASSPHRASE_ENV) -> str:
    """A secret from the environment (for scripted installs) or typed without echo."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"hubdesk: {prompt.strip(': ')} needed (set {env} or run in a terminal)")
    return getpass.getpass(prompt)


def open_store_from_args(args: argparse.Namespace, *, build_demo: bool = True) -> Store:
    """Open the store the arguments name, building the demo store on first use."""
    path = store_path(args)
    if path == demo_store_path() and not path.exists() and build_demo:
        from hubdesk.services.demo import build_demo_store

        print("Building the demo store (first run only)...", file=sys.stderr)
        build_demo_store(path)
    if not path.exists():
        raise SystemExit(
            f"hubdesk: no store at {path} (set this PC up with `hubdesk setup` or `hubdesk init`; "
            "add --demo to use the made-up demo store)"
        )
    try:
        return unlock_store(path)
    except PassphraseNeededError:
        return unlock_store(path, passphrase=ask_secret("Store passphrase: "))
