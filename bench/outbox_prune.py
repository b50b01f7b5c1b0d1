"""Pruning acknowledged outbox rows (a script, not a test).

    python bench/outbox_prune.py [--recent 30000] [--old 100000] [--batch 500] [--index]

Builds a fresh encrypted store whose outbox holds --old rows acknowledged 40-400 days ago and
--recent rows acknowledged within the last 30 days (the keep period), in seq order as the engine
sends them, with bodies of the size a sign-in event has. Then prunes as the retention job does
and times each step: the search for due rows (`outbox.due_sent`, a read transaction) and their
deletion (`outbox.delete_sent`, a write transaction: how long the write lock is held). The last
search finds nothing. With --index it first creates the index a migration 0006 would have added
(`ix_outbox_sent_at`: state and sent_at, sent rows only; measured, not added: docs/performance.md).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from hubdesk.domain.ids import uuid7  # noqa: E402
from hubdesk.storage import outbox  # noqa: E402
from hubdesk.storage.engine import open_store  # noqa: E402

BODY = {
    "footfall": {
        "hub_id": str(uuid.uuid4()),
        "site_id": str(uuid.uuid4()),
        "family_id": str(uuid.uuid4()),
        "reason": "just_visiting",
        "signed_in_at": "2026-06-16T09:30:02+00:00",
        "signed_out_at": None,
        "adults": 1,
        "children_0_1": 1,
        "children_2_4": 1,
        "people": 3,
        "postcode_district": "NE6",
        "ward_code": "E05001234",
        "lsoa_code": "E01008123",
        "imd_decile": 3,
        "new_family": False,
        "updated_at": "2026-06-16T09:30:02+00:00",
    },
    "personal": {"names": ["Quentin", "Rosalind", "Ada"], "member_ids": [str(uuid.uuid4())] * 3},
}


def build(path: Path, key: bytes, old: int, recent: int, now: datetime) -> None:
    store = open_store(path, key)
    table = outbox.OutboxEvent.__table__
    try:
        rows = []
        for i in range(old + recent):
            # sent in order, as the engine sends them: the older the row, the lower its seq
            if i < old:
                age = timedelta(days=40) + (old - i) * timedelta(days=360) / old
            else:
                age = (old + recent - i) * timedelta(days=29) / recent
            rows.append(
                {
                    "event_id": uuid7(),
                    "entity": "visit",
                    "entity_id": uuid.uuid4(),
                    "op": "signed_in",
                    "occurred_at": now - age,
                    "body": BODY,
                    "state": "sent",
                    "attempts": 1,
                    "sent_at": now - age,
                }
            )
        for start in range(0, len(rows), 5000):
            with store.write() as session:
                session.execute(table.insert(), rows[start : start + 5000])  # type: ignore[attr-defined]
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recent", type=int, default=30_000)
    parser.add_argument("--old", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=outbox.PRUNE_BATCH)
    parser.add_argument("--index", action="store_true")
    args = parser.parse_args()
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    key = secrets.token_bytes(32)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        t0 = time.perf_counter()
        build(path, key, args.old, args.recent, now)
        built = time.perf_counter() - t0
        store = open_store(path, key)
        try:
            if args.index:
                with store.write() as session:
                    session.execute(
                        text(
                            "CREATE INDEX IF NOT EXISTS ix_outbox_sent_at"
                            " ON outbox (state, sent_at) WHERE state = 'sent'"
                        )
                    )
            cutoff = now - outbox.SENT_KEEP
            searches: list[float] = []  # read transaction: which rows are due
            deletes: list[float] = []  # write transaction: the write lock is held this long
            pruned = 0
            while True:  # as RetentionService._prune_sent_outbox does
                t = time.perf_counter()
                with store.read() as session:
                    due = outbox.due_sent(session, cutoff, args.batch)
                searches.append(time.perf_counter() - t)
                if not due:
                    break
                t = time.perf_counter()
                with store.write() as session:
                    pruned += outbox.delete_sent(session, due)
                deletes.append(time.perf_counter() - t)
                if len(due) < args.batch:
                    break
            size = os.path.getsize(path)
        finally:
            store.close()
    result = {
        "old": args.old,
        "recent": args.recent,
        "batch": args.batch,
        "index": args.index,
        "pruned": pruned,
        "build_s": round(built, 1),
        "delete_ms_p50": round(statistics.median(deletes or [0.0]) * 1000, 1),
        "delete_ms_max": round(max(deletes or [0.0]) * 1000, 1),
        "search_ms_p50": round(statistics.median(searches) * 1000, 1),
        "last_search_ms": round(searches[-1] * 1000, 1),
        "total_s": round(sum(searches) + sum(deletes), 2),
        "store_mb": round(size / 1e6, 1),
        "load": os.getloadavg(),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
