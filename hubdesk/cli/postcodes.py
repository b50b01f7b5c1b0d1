"""`hubdesk postcodes import FILE.csv`: load the council's postcode lookup (a CSV subset of the
ONS postcode directory: postcode, ward, LSOA, deprivation decile) into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hubdesk.cli.common import add_store_argument, open_store_from_args
from hubdesk.domain.errors import ValidationError
from hubdesk.measures.postcodes import ParsedLookup, parse_lookup

MAX_PROBLEMS_SHOWN = 50


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("postcodes", help="the postcode lookup (ward, LSOA, deprivation decile)")
    inner = p.add_subparsers(dest="postcodes_command", metavar="ACTION", required=True)
    imp = inner.add_parser("import", help="replace the lookup with a CSV file (ONSPD columns)")
    imp.add_argument("file", type=Path, help="CSV with pcds, osward, lsoa21/lsoa11, imd decile")
    add_store_argument(imp)
    p.set_defaults(run=run)


def read_csv(path: Path) -> ParsedLookup:
    """Parse a lookup file (UTF-8, with or without a byte-order mark)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return parse_lookup(fh)
    except FileNotFoundError:
        raise ValidationError("file", "not_found", "does not exist") from None
    except UnicodeDecodeError:
        raise ValidationError("file", "not_utf8", "is not UTF-8 text") from None


def report_problems(parsed: ParsedLookup) -> None:
    for problem in parsed.problems[:MAX_PROBLEMS_SHOWN]:
        print(f"skipped {problem}", file=sys.stderr)
    if len(parsed.problems) > MAX_PROBLEMS_SHOWN:
        print(f"... and {len(parsed.problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from hubdesk.services.postcodes import PostcodeService

    parsed = read_csv(args.file)
    report_problems(parsed)
    store = open_store_from_args(args, build_demo=False)
    try:
        done = PostcodeService(store).import_lookup(parsed)
    finally:
        store.close()
    print(f"Imported {done.imported} postcodes; skipped {len(done.problems)} malformed rows.")
    return 0
