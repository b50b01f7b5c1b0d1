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
PASSPHRASE_ENV = "HUBDESK_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        help=(
            f"the store file (default: ${STORE_ENV}, else the fleet config's store_path, "
            "else this user's store if set up, else the demo store)"
        ),
    )


def store_path(args: argparse.Namespace) -> Path:
    """Which store a command works on, in this order: --store, $HUBDESK_STORE, the fleet
    config's store_path, this user's own store if it has been set up, the demo store."""
    if args.store is not None:
        return Path(args.store)
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env)
    from hubdesk.config import load_config

    configured = load_config().store_path
    if configured is not None:
        return Path(configured)
    own = default_store_path()
    return own if own.exists() else demo_store_path()


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
        raise SystemExit(f"hubdesk: no store at {path} (run `hubdesk init` or `hubdesk demo`)")
    try:
        return unlock_store(path)
    except PassphraseNeededError:
        return unlock_store(path, passphrase=ask_secret("Store passphrase: "))
