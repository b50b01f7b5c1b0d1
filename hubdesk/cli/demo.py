"""`hubdesk demo`: build the demo store."""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from hubdesk.security.keys import key_file_path
from hubdesk.services.demo import build_demo_store
from hubdesk.services.stores import demo_store_path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="build a realistic demo store (made-up families)")
    p.add_argument("--store", type=Path, default=None, help="where (default: the demo store)")
    p.add_argument("--families", type=int, default=300)
    p.add_argument("--months", type=int, default=6)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--force", action="store_true", help="replace an existing demo store")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.store) if args.store else demo_store_path()
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
    return 0
