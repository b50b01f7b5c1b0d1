"""`hubdesk demo`: build the demo store."""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from hubdesk.security.keys import key_file_path
from hubdesk.services.demo import build_demo_store, demo_passes
from hubdesk.services.stores import demo_store_path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="build a realistic demo store (made-up families)")
    p.add_argument("--store", type=Path, default=None, help="where (default: the demo store)")
    p.add_argument("--families", type=int, default=300)
    p.add_argument("--months", type=int, default=6)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--force", action="store_true", help="replace an existing demo store")
    p.add_argument(
        "--passes",
        type=int,
        metavar="N",
        default=0,
        help="list N demo families' pass codes, to type or scan at the kiosk "
        "(builds the demo store first if there is none)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.store) if args.store else demo_store_path()
    if args.passes > 0 and path.exists() and not args.force:
        return _print_passes(path, args.passes)
    if path.exists():
        if not args.force:
            print(f"A store already exists at {path} (use --force to rebuild the demo).")
            return 1
        for extra in (path, key_file_path(path), *path.parent.glob(path.name + "-*")):
            if extra.is_file():
                extra.unlink()
        shutil.rmtree(path.parent / "backups", ignore_errors=True)
    started = time.perf_counter()
    summary = build_demo_store(path, families=args.families, months=args.months, seed=args.seed)
    print(
        f"Demo store at {path}: {summary.families} families, {summary.visits} visits, "
        f"{summary.contacts} contacts, {summary.activities} timetabled sessions "
        f"({time.perf_counter() - started:.1f} s)."
    )
    if args.passes > 0:
        return _print_passes(path, args.passes)
    return 0


def _print_passes(path: Path, count: int) -> int:
    passes = demo_passes(path, count)
    print('Demo passes (made-up families). At the kiosk, tap "Type my code" and type a code,')
    print("or paste the QR text into the scan field as a USB scanner would:")
    for card in passes:
        print(f"  {card.short_code}   {card.family:<20} {card.qr_payload}")
    return 0
