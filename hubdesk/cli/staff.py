"""`hubdesk staff`: add and list the people who may use the front desk."""

from __future__ import annotations

import argparse

from hubdesk.cli.common import add_store_argument, ask_secret, open_store_from_args
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import StaffRole
from hubdesk.services.setup import SetupService
from hubdesk.services.staff import StaffService


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="add and list staff")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="add a staff member (the first one needs no sign-in)")
    add_store_argument(add)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[r.value for r in StaffRole], required=True)
    add.add_argument("--as", dest="as_name", help="your own name, when staff already exist")
    add.set_defaults(run=run)
    ls = verbs.add_parser("list", help="list staff")
    add_store_argument(ls)
    ls.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    try:
        identity = SetupService(store).identity()
        staff = StaffService(store)
        people = staff.list(identity.hub_id)
        if args.verb == "list":
            for member in people:
                state = "" if member.active else " (inactive)"
                print(f"{member.id}  {member.role:<10} {member.name}{state}")
            return 0
        actor = None
        if people:
            if not args.as_name:
                raise ValidationError("as", "required", "sign in as an administrator or manager")
            me = next((m for m in people if m.name == args.as_name), None)
            if me is None:
                raise ValidationError("as", "unknown_staff", "is not a staff member here")
            actor = staff.sign_in(identity, me.id, ask_secret("Your PIN: ", "HUBDESK_PIN"))
        pin = ask_secret(f"PIN for {args.name} (4-12 digits): ", "HUBDESK_NEW_PIN")
        new_id = staff.add(actor, name=args.name, role=StaffRole(args.role), pin=pin)
        print(f"Added {args.role} {new_id}.")
        return 0
    finally:
        store.close()
