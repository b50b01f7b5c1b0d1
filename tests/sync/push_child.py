"""Child process for the kill tests: open a device store and push until nothing waits.

python -m tests.sync.push_child <store path> <store key hex> <batch size>
"""

from __future__ import annotations

import sys
from pathlib import Path

from hubdesk.storage.engine import open_store
from hubdesk.sync.engine import EngineSettings, SyncEngine


def main() -> int:
    path, key_hex, batch = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(Path(path), bytes.fromhex(key_hex), backup=False)
    engine = SyncEngine(
        store, settings=EngineSettings(batch_size=batch, timeout=(2, 30), backoff_cap_s=0.05)
    )
    print("ready", flush=True)
    for _ in range(1000):
        report = engine.run_once()
        if report.ok and engine.status().waiting == 0:
            print("done", flush=True)
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
