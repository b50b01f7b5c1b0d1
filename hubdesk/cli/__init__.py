"""The `hubdesk` command: one sub-command per job, each in its own module.

hubdesk kiosk | desk          start the app (first-run wizard on a new PC; --demo: the demo store)
hubdesk demo                  build the demo store
hubdesk init                  set up a real store for a hub, site and device
hubdesk keys ...              passphrase, recovery code, rotation
hubdesk staff ...             add and list staff
hubdesk report                a footfall summary
hubdesk info                  what a store is and how it is doing
hubdesk sync / enrol          talk to the central service
hubdesk central ...           run and administer the central service
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from hubdesk import __version__
from hubdesk.domain.errors import DomainError, ValidationError

# name -> module under hubdesk.cli (or elsewhere) exposing add_parser(subparsers) and run(args)
COMMANDS: dict[str, str] = {
    "kiosk": "hubdesk.cli.app",
    "desk": "hubdesk.cli.app",
    "demo": "hubdesk.cli.demo",
    "init": "hubdesk.cli.store",
    "info": "hubdesk.cli.store",
    "keys": "hubdesk.cli.keys",
    "staff": "hubdesk.cli.staff",
    "report": "hubdesk.cli.report",
    "postcodes": "hubdesk.cli.postcodes",
    "audit": "hubdesk.cli.audit",
    "retention": "hubdesk.cli.privacy",
    "family": "hubdesk.cli.privacy",
    "export-open": "hubdesk.cli.privacy",
    "selftest": "hubdesk.cli.selftest",
    "setup": "hubdesk.cli.setup",
    "sync": "hubdesk.sync.cli",
    "enrol": "hubdesk.sync.cli",
    "central": "hubdesk.central.cli",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with `only`, just that sub-command's module is imported.

    Importing every command (the central service pulls in FastAPI, sync pulls in requests) costs
    about a second, which the kiosk would otherwise pay at every start.
    """
    parser = argparse.ArgumentParser(
        prog="hubdesk", description="Offline-first sign-in and front desk for Family Hubs."
    )
    parser.add_argument("--version", action="version", version=f"hubdesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    wanted = [COMMANDS[only]] if only in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for module_name in wanted:
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:  # an optional part (e.g. the central service's extras)
            logging.getLogger(__name__).debug("command unavailable: %s (%s)", module_name, exc)
            continue
        before = set(sub.choices)
        module.add_parser(sub)
        for name in set(sub.choices) - before:
            command = sub.choices[name]
            if command.get_default("run") is None:
                command.set_defaults(run=module.run)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The sub-command named in `argv` (the first word that is not an option), if any."""
    for word in argv:
        if not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only=_command_in(argv))
    args = parser.parse_args(argv)
    from hubdesk.logs import configure_logging

    configure_logging(verbose=args.verbose)
    try:
        result: int = args.run(args)
        return result
    except ValidationError as exc:
        print(f"hubdesk: {exc.field}: {exc.message}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"hubdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
