"""Privacy commands for administrators.

hubdesk retention run                       erase what the hub's retention period says is due, and
                                            delete outbox events synced more than 30 days ago
hubdesk family export --family ID --out F   everything held about a family: a password-protected
                                            PDF (the JSON attached inside); prints the password
hubdesk family erase --family ID --yes      erase a family on request
hubdesk export-open FILE --out DIR          open an export (PDF, or an older .hdx) into a user-only
                                            folder: the readable PDF and the JSON
hubdesk caller export --phone N --out DIR   everything held about an unregistered caller (by the
                                            number, or --name): a password-protected PDF in DIR;
                                            prints the password
hubdesk caller erase --phone N --yes        erase an unregistered caller's name and number (by
                                            the number, or --name) from every contact

Export and erase need an administrator's name (`--as`) and PIN (typed, or $HUBDESK_PIN). An
export's password is made for it and printed once, for the family, never stored; `export-open`
takes it typed, or from $HUBDESK_EXPORT_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from pathlib import Path

from hubdesk.cli.common import add_store_argument, ask_secret, open_store_from_args
from hubdesk.domain.errors import ValidationError
from hubdesk.services.base import Actor
from hubdesk.services.erasure import ErasureService
from hubdesk.services.retention import RetentionService
from hubdesk.services.setup import SetupService
from hubdesk.services.staff import StaffService
from hubdesk.services.stores import data_dir
from hubdesk.services.subject_access import SubjectAccessService, open_export, write_opened
from hubdesk.storage.engine import Store

EXPORT_PASSPHRASE_ENV = "HUBDESK_EXPORT_PASSPHRASE"  # noqa: S105 - a variable's name


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    retention = sub.add_parser("retention", help="the hub's retention policy")
    rverbs = retention.add_subparsers(dest="verb", metavar="VERB", required=True)
    rrun = rverbs.add_parser("run", help="erase or anonymise what is past the retention period")
    add_store_argument(rrun)
    rrun.set_defaults(run=run_retention)

    family = sub.add_parser("family", help="subject access and erasure for one family")
    fverbs = family.add_subparsers(dest="verb", metavar="VERB", required=True)
    export = fverbs.add_parser(
        "export", help="everything held about a family, as a password-protected PDF"
    )
    add_store_argument(export)
    export.add_argument("--family", required=True, type=_family_id, help="the family's id")
    export.add_argument(
        "--out", type=Path, default=None, help="the file to write (default: the exports folder)"
    )
    export.add_argument("--as", dest="as_name", required=True, help="your name (administrator)")
    export.set_defaults(run=run_export)
    erase = fverbs.add_parser("erase", help="erase a family on request")
    add_store_argument(erase)
    erase.add_argument("--family", required=True, type=_family_id, help="the family's id")
    erase.add_argument("--as", dest="as_name", required=True, help="your name (administrator)")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.set_defaults(run=run_erase)

    caller = sub.add_parser(
        "caller", help="subject access and erasure for a caller who is not a registered family"
    )
    cverbs = caller.add_subparsers(dest="verb", metavar="VERB", required=True)
    cexport = cverbs.add_parser(
        "export", help="everything held about an unregistered caller, as a password-protected PDF"
    )
    add_store_argument(cexport)
    cexport.add_argument("--phone", default=None, help="the number they gave (any spacing)")
    cexport.add_argument("--name", default=None, help="the name they gave")
    cexport.add_argument(
        "--out",
        type=Path,
        default=None,
        help="the folder to write in (default: the exports folder)",
    )
    cexport.add_argument("--as", dest="as_name", required=True, help="your name (administrator)")
    cexport.set_defaults(run=run_export_caller)
    cerase = cverbs.add_parser(
        "erase", help="erase an unregistered caller's name and number from every contact"
    )
    add_store_argument(cerase)
    cerase.add_argument("--phone", default=None, help="the number they gave (any spacing)")
    cerase.add_argument("--name", default=None, help="the name they gave")
    cerase.add_argument("--as", dest="as_name", required=True, help="your name (administrator)")
    cerase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    cerase.set_defaults(run=run_erase_caller)

    opener = sub.add_parser("export-open", help="open a subject access export with its password")
    opener.add_argument("file", type=Path)
    opener.add_argument("--out", type=Path, required=True, help="a new folder for the files")
    opener.set_defaults(run=run_open)


def run(args: argparse.Namespace) -> int:  # the default each sub-command overrides
    raise SystemExit("hubdesk: choose a sub-command")


def _family_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError("is not a family id") from None


def _administrator(store: Store, name: str) -> Actor:
    identity = SetupService(store).identity()
    staff = StaffService(store)
    me = next((m for m in staff.list(identity.hub_id) if m.name == name), None)
    if me is None:
        raise ValidationError("as", "unknown_staff", "is not a staff member here")
    return staff.sign_in(identity, me.id, ask_secret("Your PIN: ", "HUBDESK_PIN"))


def _typed(prompt: str) -> str:
    """A secret typed without echo (no environment fallback: the caller checked it already)."""
    if not sys.stdin.isatty():
        raise SystemExit(f"hubdesk: a passphrase is needed (set {EXPORT_PASSPHRASE_ENV})")
    return getpass.getpass(prompt)


def run_retention(args: argparse.Namespace) -> int:
    store = open_store_from_args(args, build_demo=False)
    try:
        identity = SetupService(store).identity()
        report = RetentionService(store).run(identity.actor())
    finally:
        store.close()
    print(
        f"Retention ({report.retention_months} months, before {report.cutoff.date()}): "
        f"{report.erased.families} families erased, {report.visits_anonymised} visits and "
        f"{report.contacts_anonymised} contacts anonymised, {report.staff_anonymised} former "
        f"staff names removed, {report.backups_removed} old backups and "
        f"{report.outbox_sent_pruned} synced outbox events deleted."
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    store = open_store_from_args(args, build_demo=False)
    try:
        actor = _administrator(store, args.as_name)
        out = args.out
        if out is None:
            out = data_dir() / "exports" / f"subject-access-{args.family}.pdf"
        result = SubjectAccessService(store).export(actor, args.family, out)
    finally:
        store.close()
    # the password goes to the administrator's terminal only, never to a log
    print(
        f"Wrote {result.path} (a password-protected PDF; {result.members} people, "
        f"{result.visits} visits, {result.contacts} contacts).\n"
        f"Password: {result.password}\n"
        "Give the family the password another way than the file (read it out on the phone, "
        "or hand it over on paper). It is not kept anywhere: write it down now."
    )
    return 0


def run_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise ValidationError("yes", "required", "erasure cannot be undone: add --yes to confirm")
    store = open_store_from_args(args, build_demo=False)
    try:
        actor = _administrator(store, args.as_name)
        counts = ErasureService(store).erase(actor, args.family)
    finally:
        store.close()
    print(
        f"Erased: {counts.families} family records, {counts.members} people; "
        f"{counts.visits} visits and {counts.contacts} contacts anonymised; "
        f"{counts.passes} passes cancelled. Sync will carry this to the hub's other devices."
    )
    return 0


def run_open(args: argparse.Namespace) -> int:
    if args.out.exists() and any(args.out.iterdir()):
        raise ValidationError("out", "not_empty", "choose a new or empty folder")
    if not args.file.is_file():
        raise ValidationError("file", "missing", "no such file")
    passphrase = os.environ.get(EXPORT_PASSPHRASE_ENV)
    if passphrase is None:
        passphrase = _typed("Password of the export: ")
    written = write_opened(open_export(args.file.read_bytes(), passphrase), args.out)
    for path in written:
        print(path)
    return 0


def run_export_caller(args: argparse.Namespace) -> int:
    store = open_store_from_args(args, build_demo=False)
    try:
        actor = _administrator(store, args.as_name)
        out_dir = args.out if args.out is not None else data_dir() / "exports"
        result = SubjectAccessService(store).export_caller(
            actor, name=args.name, phone=args.phone, out_dir=out_dir
        )
    finally:
        store.close()
    contacts = "1 contact" if result.contacts == 1 else f"{result.contacts} contacts"
    # the password goes to the administrator's terminal only, never to a log
    print(
        f"Wrote {result.path} (a password-protected PDF; {contacts}).\n"
        f"Password: {result.password}\n"
        "Give the caller the password another way than the file (read it out on the phone, "
        "or hand it over on paper). It is not kept anywhere: write it down now."
    )
    return 0


def run_erase_caller(args: argparse.Namespace) -> int:
    if not args.yes:
        raise ValidationError("yes", "required", "erasure cannot be undone: add --yes to confirm")
    store = open_store_from_args(args, build_demo=False)
    try:
        actor = _administrator(store, args.as_name)
        counts = ErasureService(store).erase_caller(actor, name=args.name, phone=args.phone)
    finally:
        store.close()
    contacts = "1 contact" if counts.contacts == 1 else f"{counts.contacts} contacts"
    print(
        f"Erased the caller's name and number from {contacts} (the need and outcome codes "
        "stay, for the counts). Sync will carry this to the hub's other devices."
    )
    return 0
