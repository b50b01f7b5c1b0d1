"""A fresh encrypted store, or central SQLite database, for a test without running every
migration again.

Building a store from nothing runs all the Alembic migrations over SQLCipher (about 2 s on the
CI machine, most of a store-backed test's time). Each test process builds one migrated, empty
store once, then each test gets a byte copy of it: the same schema and no rows, as `open_store`
would have made it. `TEMPLATE_KEY` is the key it is encrypted with; a copy wanted under another
key is re-encrypted (SQLCipher's rekey, as `hubdesk keys rotate` does), which costs a tenth of
building one. The tests of creating and migrating a store (tests/unit/storage) call `open_store`
themselves and do not come here.

The central service's SQLite database is copied the same way (`fresh_central_sqlite`), then given
its own disclosure secret, the one random thing its migrations make (c0013), so no two tests'
dashboards round alike. PostgreSQL schemas are still migrated per test (tests/sync/support.py).
"""

from __future__ import annotations

import atexit
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.storage.engine import Store, open_store, rekey_store

if TYPE_CHECKING:  # the central service's modules are imported only by the tests that use it
    from hubdesk.central.store import CentralStore

TEMPLATE_KEY = secrets.token_bytes(32)
_template: Path | None = None
_central_template: Path | None = None


def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="hubdesk-store-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _template_file() -> Path:
    global _template
    if _template is None:
        path = _folder() / "hubdesk.db"
        open_store(path, TEMPLATE_KEY).close()  # closing checkpoints the WAL into the file
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise RuntimeError("the store template kept a write-ahead log: copies would lack it")
        _template = path
    return _template


def fresh_store(path: Path, key: bytes = TEMPLATE_KEY) -> Store:
    """Open a new, migrated, empty store at `path` (which must not exist yet) keyed with `key`."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(_template_file(), path)  # keeps the file's 0600
    if key != TEMPLATE_KEY:
        rekey_store(path, TEMPLATE_KEY, key)
    return open_store(path, key)


def _central_template_file() -> Path:
    from hubdesk.central.store import CentralStore

    global _central_template
    if _central_template is None:
        path = _folder() / "central.db"
        central = CentralStore(f"sqlite:///{path}")
        central.migrate()
        central.close()
        _central_template = path
    return _central_template


def fresh_central_sqlite(path: Path) -> CentralStore:
    """A new, migrated, empty central SQLite database at `path` with its own disclosure secret."""
    from sqlalchemy import update

    from hubdesk.central.models import ServiceSecret
    from hubdesk.central.store import CentralStore

    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(_central_template_file(), path)
    central = CentralStore(f"sqlite:///{path}")
    with central.write() as session:
        changed = session.execute(
            update(ServiceSecret)
            .where(ServiceSecret.name == "disclosure")
            .values(value=secrets.token_hex(32))
        ).rowcount
    if changed != 1:
        raise RuntimeError("the central template has no disclosure secret to replace")
    central.migrate()  # at head already: only checks
    return central
