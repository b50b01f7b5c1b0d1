"""`hubdesk audit verify`: walk the hash chain of the audit log and name the first broken link."""

from __future__ import annotations

import argparse

from hubdesk.cli.common import add_store_argument, open_store_from_args
from hubdesk.storage import audit

EXIT_BROKEN = 3


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="check the audit log")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    verify = verbs.add_parser(
        "verify",
        help="check that no audit entry was changed or removed",
        description="Walk the audit log's hash chain. Exit 0 if intact, "
        f"{EXIT_BROKEN} naming the first entry that does not match.",
    )
    add_store_argument(verify)
    verify.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args, build_demo=False)
    try:
        with store.read() as session:
            report = audit.verify(session)
    finally:
        store.close()
    if report.ok:
        print(f"Audit log intact: {report.entries} entries.")
        return 0
    print(
        f"Audit log BROKEN at entry {report.first_broken_seq}: it, or the one before it, was "
        "changed or removed. Entries before it are intact."
    )
    return EXIT_BROKEN
