"""Child process for the peer kill test: open a device store and exchange with another device of
the hub, round after round, in small batches, until it is killed.

python -m tests.sync.peer_child <store path> <store key hex> <host:port> <batch size>
"""

from __future__ import annotations

import sys
from pathlib import Path

from hubdesk.storage.engine import open_store
from hubdesk.sync.engine import SyncEngine
from hubdesk.sync.peer import PeerNode, PeerSettings


def main() -> int:
    path, key_hex, address, batch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    store = open_store(Path(path), bytes.fromhex(key_hex), backup=False)
    node = PeerNode(store, SyncEngine(store), PeerSettings(batch_size=batch))
    print("ready", flush=True)
    for _ in range(1000):
        report = node.exchange(address)
        print(f"round {report.ok} {report.received}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
