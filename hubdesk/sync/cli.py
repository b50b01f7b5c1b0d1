"""`hubdesk enrol` and `hubdesk sync`: the device side of the central service, from a terminal.

    hubdesk enrol <code or QR text> [--url URL] [--name NAME] [--kind kiosk|desk|outreach]
                  [--ca-bundle PEM] [--hub-key-transfer TEXT] [--no-hub-passphrase]
    hubdesk sync [--once] [--status] [--quarantined] [--requeue EVENT_ID] [--discard EVENT_ID]
                 [--hub-key] [--peers]

The hub passphrase comes from $HUBDESK_HUB_PASSPHRASE or is asked for. The store is opened by
`args.open_store(args)` when the `hubdesk` command provides one (it knows how to unlock stores),
else from --store / $HUBDESK_STORE with the keyring or $HUBDESK_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.domain.errors import DomainError
from hubdesk.storage.engine import Store

if TYPE_CHECKING:
    from hubdesk.sync.engine import SyncEngine
    from hubdesk.sync.peer import PeerSettings

STORE_ENV = "HUBDESK_STORE"
PASSPHRASE_ENV = "HUBDESK_PASSPHRASE"  # noqa: S105 - names of variables, not secrets
HUB_PASSPHRASE_ENV = "HUBDESK_HUB_PASSPHRASE"  # noqa: S105


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enrol = subparsers.add_parser(
        "enrol", help="enrol this device with the central service",
        description="enrol this device with a code (or QR text) from `hubdesk central "
        "enrolment-code`",
    )  # fmt: skip
    _store_argument(enrol)
    enrol.add_argument("code", help="the enrolment code, or the text of its QR code")
    enrol.add_argument("--url", default=None, help="the service address (the QR text has it)")
    enrol.add_argument("--name", default=None, help="this device's name (default: host name)")
    enrol.add_argument("--kind", default="desk", choices=["kiosk", "desk", "outreach"])
    enrol.add_argument("--ca-bundle", default=None, help="PEM file of a private CA to trust")
    enrol.add_argument("--hub-key-transfer", default=None, help="hub-key transfer text (QR)")
    enrol.add_argument(
        "--no-hub-passphrase", action="store_true", help="do not ask for the hub passphrase now"
    )
    enrol.set_defaults(run=run, sync_command="enrol")

    sync = subparsers.add_parser("sync", help="sync with the central service")
    _store_argument(sync)
    sync.add_argument("--once", action="store_true", help="one round, then exit")
    sync.add_argument("--status", action="store_true", help="show the sync state and exit")
    sync.add_argument("--quarantined", action="store_true", help="list refused events")
    sync.add_argument("--requeue", type=uuid.UUID, default=None, metavar="EVENT_ID")
    sync.add_argument("--discard", type=uuid.UUID, default=None, metavar="EVENT_ID")
    sync.add_argument(
        "--hub-key", action="store_true", help="fetch the hub key (asks for the hub passphrase)"
    )
    sync.add_argument(
        "--peers",
        action="store_true",
        help="one exchange with the hub's other machines on the local network (fleet settings "
        "peer_port, peers, peer_discovery), each one's outcome printed, then exit",
    )
    sync.set_defaults(run=run, sync_command="sync")


def _store_argument(parser: argparse.ArgumentParser) -> None:
    if not any(a.dest == "store" for a in parser._actions):
        parser.add_argument("--store", type=Path, default=None, help=f"store file (${STORE_ENV})")


def _secret(prompt: str, env: str) -> str | None:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def open_store_default(args: argparse.Namespace) -> Store:
    """Unlock the store with the keyring, else the admin passphrase ($HUBDESK_PASSPHRASE)."""
    from hubdesk.security import keys
    from hubdesk.storage.engine import StoreLockedError, open_store

    raw = args.store or os.environ.get(STORE_ENV)
    if not raw:
        raise SystemExit("hubdesk: give --store or set $HUBDESK_STORE")
    path = Path(raw)
    candidates = keys.candidate_keys(path)
    if not candidates:
        passphrase = _secret("Store passphrase: ", PASSPHRASE_ENV)
        if passphrase is None:
            raise SystemExit(f"hubdesk: the store passphrase is needed (set {PASSPHRASE_ENV})")
        candidates = keys.candidate_keys(path, passphrase=passphrase)
    for key in candidates:
        try:
            return open_store(path, key)
        except StoreLockedError:
            continue
    raise SystemExit("hubdesk: cannot unlock the store")


def run(args: argparse.Namespace) -> int:
    opener = getattr(args, "open_store", None) or open_store_default
    store = opener(args)
    try:
        if args.sync_command == "enrol":
            return _enrol(store, args)
        return _sync(store, args)
    except DomainError as exc:
        print(f"hubdesk: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _enrol(store: Store, args: argparse.Namespace) -> int:
    import socket

    from hubdesk.sync.client import OfflineError, RefusedError
    from hubdesk.sync.enrolment import enrol

    passphrase = None
    if not args.no_hub_passphrase:
        passphrase = _secret("Hub passphrase: ", HUB_PASSPHRASE_ENV)
    try:
        done = enrol(
            store,
            args.code,
            url=args.url,
            device_name=args.name or socket.gethostname(),
            device_kind=args.kind,
            hub_passphrase=passphrase,
            hub_key_transfer=args.hub_key_transfer,
            ca_bundle=args.ca_bundle,
        )
    except RefusedError as exc:
        print(f"hubdesk: enrolment refused ({exc.reason})", file=sys.stderr)
        return 1
    except OfflineError:
        print("hubdesk: cannot reach the central service", file=sys.stderr)
        return 1
    print(f"Enrolled as device {done.device_id} of {done.hub_name}.")
    print("Credential kept in the " + ("OS keyring." if done.credential_in_keyring
                                       else "encrypted store."))  # fmt: skip
    if done.hub_key_source is None:
        print("No hub key yet: run `hubdesk sync --hub-key` with the hub passphrase.")
    else:
        print(f"Hub key: {done.hub_key_source}.")
    return 0


def _sync(store: Store, args: argparse.Namespace) -> int:
    from hubdesk.sync.engine import SyncEngine, SyncStatus
    from hubdesk.sync.enrolment import adopt_hub_key

    if args.hub_key:
        passphrase = _secret("Hub passphrase: ", HUB_PASSPHRASE_ENV)
        if not passphrase:
            print("hubdesk: the hub passphrase is needed", file=sys.stderr)
            return 1
        print(f"Hub key: {adopt_hub_key(store, hub_passphrase=passphrase)}.")
        return 0
    engine = SyncEngine(store)
    if getattr(args, "peers", False):
        from hubdesk.config import load_config
        from hubdesk.sync.peer import PeerSettings

        return exchange_with_peers(store, engine, PeerSettings.from_fleet(load_config()))
    if args.requeue or args.discard:
        ok = engine.requeue(args.requeue) if args.requeue else engine.discard(args.discard)
        print("done" if ok else "hubdesk: no such quarantined event")
        return 0 if ok else 1
    if args.quarantined:
        for q in engine.quarantined():
            print(f"{q.event_id}  {q.entity:8} {q.op:12} {q.occurred_at:%Y-%m-%d %H:%M}  "
                  f"{q.reason}")  # fmt: skip
        return 0

    def show(status: SyncStatus) -> None:
        when = f"{status.last_success_at:%Y-%m-%d %H:%M:%S}" if status.last_success_at else "never"
        problem = f", {status.problem}" if status.problem else ""
        print(
            f"{status.state}{problem}; waiting {status.waiting}, quarantined "
            f"{status.quarantined}; last success {when}",
            flush=True,
        )

    if args.status:
        show(engine.status())
        return 0
    if args.once:
        report = engine.run_once()
        print(
            f"pushed {report.pushed} (+{report.duplicates} already there), quarantined "
            f"{report.quarantined}, pulled {report.pulled}, applied {report.applied}"
        )
        show(engine.status())
        return 0 if report.ok else 1
    engine.add_listener(show)
    stop = threading.Event()
    try:
        engine.run_forever(stop)
    except KeyboardInterrupt:
        stop.set()
    return 0


def exchange_with_peers(store: Store, engine: SyncEngine, settings: PeerSettings) -> int:
    """`hubdesk sync --peers`: one exchange with each machine the fleet settings name, and what
    came of it (for an IT team checking the port and the firewall). 0 when every one worked."""
    from hubdesk.sync.peer import PeerNode

    if not settings.peers:
        print("hubdesk: no other machines of the hub in the fleet settings (`peers`)")
        return 1
    node = PeerNode(store, engine, settings)
    if node.identity() is None:
        print("hubdesk: this device holds no hub key yet (enrol it, then `hubdesk sync --hub-key`)")
        return 1
    failed = 0
    for report in node.run_once():
        if report.ok:
            print(f"{report.address}  ok  device {report.peer}: sent {report.sent}, "
                  f"received {report.received}, applied {report.applied}")  # fmt: skip
        elif report.problem == "self":
            print(f"{report.address}  this machine")
        else:
            failed += 1
            why = {
                "unreachable": "cannot connect (is hubdesk running there, port open?)",
                "refused": "refused: not a device of this hub",
                "bad_address": "not host:port",
            }.get(report.problem or "", report.problem or "failed")
            print(f"{report.address}  {why}")
    return 1 if failed else 0
