"""`hubdesk central ...`: run the service and administer it.

    hubdesk central serve [--host 127.0.0.1] [--port 8765] [--database-url URL]
    hubdesk central create-hub NAME CODE
    hubdesk central create-site HUB NAME [--kind hub] [--postcode PC]
    hubdesk central enrolment-code HUB --url https://central.example [--site ID] [--png FILE]
    hubdesk central devices [--hub HUB]
    hubdesk central revoke-device DEVICE_ID
    hubdesk central create-user USERNAME [--role viewer|manager|admin]
    hubdesk central migrate
    hubdesk central postcodes import FILE.csv

The database is `--database-url`, else $HUBDESK_CENTRAL_DATABASE_URL, else SQLite in the user's
data directory. HUB is a hub's code or id.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from datetime import timedelta
from pathlib import Path

from hubdesk.domain.errors import DomainError

DATABASE_ENV = "HUBDESK_CENTRAL_DATABASE_URL"
PASSWORD_ENV = "HUBDESK_CENTRAL_PASSWORD"  # noqa: S105 - the name of a variable, not a secret


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = subparsers.add_parser(
        "central", help="the central service", description="run and administer the service"
    )
    central.add_argument(
        "--database-url", default=None, help=f"SQLAlchemy URL (default: ${DATABASE_ENV} or SQLite)"
    )
    central.set_defaults(run=run, central_command=None)
    sub = central.add_subparsers(dest="central_command", metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the service (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--rate", type=float, default=20.0, help="requests/s per device")
    serve.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="reverse proxies trusted for X-Forwarded-* (see docs/deployment.md)",
    )

    hub = sub.add_parser("create-hub", help="add a hub")
    hub.add_argument("name")
    hub.add_argument("code", help="short code, e.g. RIV")

    site = sub.add_parser("create-site", help="add a site to a hub")
    site.add_argument("hub", help="hub code or id")
    site.add_argument("name")
    site.add_argument("--kind", default="hub")
    site.add_argument("--postcode", default=None)

    code = sub.add_parser("enrolment-code", help="a single-use code (and QR) to enrol a device")
    code.add_argument("hub", help="hub code or id")
    code.add_argument("--url", required=True, help="the address devices reach the service at")
    code.add_argument("--site", type=uuid.UUID, default=None, help="site id the device starts at")
    code.add_argument("--hours", type=float, default=24.0, help="how long the code works")
    code.add_argument("--png", type=Path, default=None, help="also save the QR code as PNG")
    code.add_argument("--no-qr", action="store_true", help="do not draw the QR in the terminal")

    devices = sub.add_parser("devices", help="list enrolled devices")
    devices.add_argument("--hub", default=None)

    revoke = sub.add_parser("revoke-device", help="refuse a device from now on")
    revoke.add_argument("device_id", type=uuid.UUID)

    user = sub.add_parser("create-user", help="add a dashboard user")
    user.add_argument("username")
    user.add_argument("--role", default="viewer", choices=["viewer", "manager", "admin"])

    sub.add_parser("migrate", help="bring the database schema up to date")

    postcodes = sub.add_parser("postcodes", help="the postcode lookup (ward, LSOA, IMD decile)")
    postcodes.add_argument("action", choices=["import"])
    postcodes.add_argument("file", type=Path, help="CSV with pcds, osward, lsoa21, imd decile")


def _store(args: argparse.Namespace) -> object:
    from hubdesk.central.store import CentralStore

    store = CentralStore(args.database_url or os.environ.get(DATABASE_ENV) or None)
    store.migrate()
    return store


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "central_command", None)
    if command is None:
        print("hubdesk central: give a command (see --help)", file=sys.stderr)
        return 2
    try:
        return _run(args, command)
    except DomainError as exc:
        print(f"hubdesk central: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, command: str) -> int:
    from hubdesk.central import admin
    from hubdesk.central.store import CentralStore

    store = _store(args)
    assert isinstance(store, CentralStore)
    try:
        if command == "serve":
            import uvicorn

            from hubdesk.central.app import Limits, create_app

            app = create_app(store, Limits(rate_per_s=args.rate, burst=max(3 * args.rate, 10)))
            uvicorn.run(
                app,
                host=args.host,
                port=args.port,
                proxy_headers=True,
                forwarded_allow_ips=args.forwarded_allow_ips,
                access_log=False,
            )
            return 0
        if command == "migrate":
            print(f"schema at {store.current_revision()}")
            return 0
        if command == "create-hub":
            hub = admin.create_hub(store, args.name, args.code)
            print(f"hub {hub.code} {hub.id}")
            return 0
        if command == "create-site":
            site = admin.create_site(
                store, args.hub, args.name, kind=args.kind, postcode=args.postcode
            )
            print(f"site {site.id} ({site.kind})")
            return 0
        if command == "enrolment-code":
            from hubdesk.sync.protocol import check_url

            check_url(args.url)
            code = admin.create_enrolment_code(
                store,
                args.hub,
                url=args.url,
                site_id=args.site,
                valid_for=timedelta(hours=args.hours),
            )
            if not args.no_qr:
                print(admin.qr_ascii(code.qr_text))
            print(f"Enrolment code: {code.formatted}")
            print(f"Works once, until {code.expires_at:%Y-%m-%d %H:%M} UTC.")
            print(f"On the device: hubdesk enrol {code.formatted} --url {args.url}")
            if args.png is not None:
                from hubdesk.security.files import write_private_file

                write_private_file(args.png, admin.qr_png(code.qr_text))
                print(f"QR code saved to {args.png}")
            return 0
        if command == "devices":
            rows = admin.list_devices(store, args.hub)
            print(f"{'device':36}  {'hub':6} {'kind':8} {'name':20} {'events':>7}  state")
            for d in rows:
                state = "revoked" if d.revoked_at else "active"
                if d.clock_flagged:
                    state += f", clock off by {d.clock_skew_s:+.0f}s"
                seen = f", last seen {d.last_seen_at:%Y-%m-%d %H:%M}" if d.last_seen_at else ""
                print(
                    f"{d.id!s:36}  {d.hub_code:6} {d.kind:8} {d.name[:20]:20} {d.events:>7}  "
                    f"{state}{seen}"
                )
            return 0
        if command == "revoke-device":
            admin.revoke_device(store, args.device_id)
            print(f"device {args.device_id} revoked")
            return 0
        if command == "create-user":
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                password = getpass.getpass("Password: ")
                if getpass.getpass("Again: ") != password:
                    print("hubdesk central: the passwords differ", file=sys.stderr)
                    return 1
            admin.create_user(store, args.username, password, role=args.role)
            print(f"user {args.username.lower()} ({args.role}) created")
            return 0
        if command == "postcodes":
            from hubdesk.central.dashboard.postcodes import import_lookup, read_csv

            parsed = read_csv(args.file)
            for problem in parsed.problems:
                print(f"skipped {problem}", file=sys.stderr)
            count = import_lookup(store, parsed)
            print(f"Imported {count} postcodes; skipped {len(parsed.problems)} malformed rows.")
            return 0
        print(f"hubdesk central: unknown command {command}", file=sys.stderr)
        return 2
    finally:
        store.close()
