"""Time "who is in now" on the cached 1,000,000-visit store made by bench/store.py.

    python bench/store.py --skip-latency   # once, to build bench/out/visits-1000000.db
    python bench/who_is_in.py

Works on a copy (the store is migrated on open), prints the median of nine calls.
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from hubdesk.services.setup import SetupService
from hubdesk.services.visits import VisitService
from hubdesk.storage.engine import open_store

OUT = Path(__file__).resolve().parent / "out"
KEY = bytes([0x22]) * 32  # the bench key of bench/store.py: generated data only


def main() -> None:
    meta = json.loads((OUT / "visits-1000000.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "visits.db"
        shutil.copy(OUT / "visits-1000000.db", copy)
        store = open_store(copy, KEY)
        try:
            identity = SetupService(store).identity()
            visits = VisitService(store)
            timings = []
            rows = []
            for _ in range(9):
                started = time.perf_counter()
                rows = visits.who_is_in(identity.hub_id)
                timings.append(time.perf_counter() - started)
        finally:
            store.close()
    print(f"store: {meta['visits']} visits; {len(rows)} parties in (stamped {meta['now']})")
    print(f"who_is_in median of 9: {statistics.median(timings) * 1000:.1f} ms (aim < 20 ms)")


if __name__ == "__main__":
    main()
