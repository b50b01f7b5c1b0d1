"""`hubdesk report`: a footfall summary for a date range, from the local store."""

from __future__ import annotations

import argparse
from datetime import date

from hubdesk.cli.common import add_store_argument, open_store_from_args
from hubdesk.services.reports import ReportService
from hubdesk.services.setup import SetupService


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="footfall summary for a date range")
    add_store_argument(p)
    today = date.today()
    p.add_argument(
        "--from",
        dest="start",
        type=date.fromisoformat,
        default=today.replace(day=1),
        help="first day (YYYY-MM-DD)",
    )
    p.add_argument(
        "--to", dest="end", type=date.fromisoformat, default=today, help="last day (YYYY-MM-DD)"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    try:
        identity = SetupService(store).identity()
        summary = ReportService(store).footfall(identity.hub_id, args.start, args.end)
    finally:
        store.close()
    print(f"Footfall {args.start} to {args.end}")
    print(f"  visits (parties):     {summary.visits}")
    print(f"  people:               {summary.people}")
    print(f"  distinct families:    {summary.distinct_families}")
    print(f"  new / returning:      {summary.new_visits} / {summary.returning_visits}")
    print(f"  anonymous visits:     {summary.anonymous_visits}")
    print(f"  fathers:              {summary.fathers}")
    print(
        "  children by age band: "
        + ", ".join(f"{band.value}: {n}" for band, n in summary.children_by_band.items())
    )
    print(
        "  by reason:            "
        + ", ".join(f"{reason}: {n}" for reason, n in sorted(summary.by_reason.items()))
    )
    return 0
