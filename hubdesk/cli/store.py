"""`hubdesk init` (set up a real store) and `hubdesk info`."""

from __future__ import annotations

import argparse
import sys

from hubdesk.cli.common import add_store_argument, ask_secret, open_store_from_args, store_path
from hubdesk.domain.catalogue import DeviceKind, SiteKind
from hubdesk.services.setup import SetupService
from hubdesk.services.stores import create_store
from hubdesk.storage import outbox
from hubdesk.storage.engine import integrity_check
from hubdesk.storage.migrate import current_revision


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="set up a new encrypted store for a hub, site and device")
    p.add_argument("--store", required=True, help="where to create the store file")
    p.add_argument("--hub-name", required=True)
    p.add_argument("--hub-code", required=True, help="short code, e.g. RIV")
    p.add_argument("--site-name", required=True)
    p.add_argument("--site-kind", choices=[k.value for k in SiteKind], default="hub")
    p.add_argument("--site-postcode")
    p.add_argument("--device-name", required=True)
    p.add_argument("--device-kind", choices=[k.value for k in DeviceKind], required=True)
    p.add_argument(
        "--no-keyring", action="store_true", help="do not keep the key in the OS keyring"
    )
    p.set_defaults(run=run_init)

    p = sub.add_parser("info", help="what a store is, its schema and its sync backlog")
    add_store_argument(p)
    p.add_argument("--check", action="store_true", help="also run SQLite's integrity check")
    p.set_defaults(run=run_info)


def run_init(args: argparse.Namespace) -> int:
    passphrase = ask_secret("Choose an admin passphrase (10+ characters): ")
    created = create_store(store_path(args), passphrase=passphrase, use_keyring=not args.no_keyring)
    try:
        identity = SetupService(created.store).initialise(
            hub_name=args.hub_name,
            hub_code=args.hub_code,
            site_name=args.site_name,
            site_kind=SiteKind(args.site_kind),
            site_postcode=args.site_postcode,
            device_name=args.device_name,
            device_kind=DeviceKind(args.device_kind),
        )
    finally:
        created.store.close()
    print(f"Store created for device {identity.device_id}.")
    print(
        "Keyring: "
        + (
            "the key is kept in the OS keyring for unattended start."
            if created.used_keyring
            else "none; the passphrase will be asked for at start."
        )
    )
    print("\nRECOVERY CODE (write it down and keep it somewhere safe; it is shown only now):\n")
    print(f"    {created.recovery_code}\n")
    print(
        "Next: add the first administrator with `hubdesk staff add --role admin`.", file=sys.stderr
    )
    return 0


def run_info(args: argparse.Namespace) -> int:
    store = open_store_from_args(args, build_demo=False)
    try:
        identity = SetupService(store).identity()
        with store.read() as session:
            backlog = outbox.counts_by_state(session)
        print(f"store:     {store.path}")
        print(f"schema:    {current_revision(store.engine)}")
        demo = ", demo" if identity.demo else ""
        print(f"device:    {identity.device_id} ({identity.kind.value}{demo})")
        print(f"hub:       {identity.hub_id}")
        print(f"site:      {identity.site_id}")
        print(
            "outbox:    " + (", ".join(f"{k} {v}" for k, v in sorted(backlog.items())) or "empty")
        )
        if args.check:
            print(f"integrity: {integrity_check(store)}")
    finally:
        store.close()
    return 0
