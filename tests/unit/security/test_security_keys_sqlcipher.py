"""The key file's rotation protocol against a real SQLCipher file (sqlcipher3, no SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hubdesk.security import keys
from tests.unit.security.security_fakes import CHEAP_KDF

sqlcipher3 = pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def opens(path: Path, key: bytes) -> bool:
    conn = _connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def first_that_opens(path: Path, candidates: list[bytes]) -> bytes | None:
    return next((k for k in candidates if opens(path, k)), None)


def make_store(path: Path, key: bytes) -> None:
    conn = _connect(path, key)
    conn.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO visit (note) VALUES ('hello')")
    conn.commit()
    conn.close()


def rekey(path: Path, old: bytes, new: bytes) -> None:
    conn = _connect(path, old)
    conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    conn.close()


@pytest.mark.parametrize("crash_point", ["before_rekey", "after_rekey", "finished"])
def test_store_opens_after_a_crash_at_any_step(
    tmp_path: Path, memory_keyring: object, crash_point: str
) -> None:
    store = tmp_path / "hub.db"
    setup = keys.setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    make_store(store, setup.data_key)
    assert setup.recovery_code is not None

    new = keys.begin_rotation(store, setup.data_key, PASS, CHEAP_KDF)
    assert new.recovery_code is not None
    if crash_point != "before_rekey":
        rekey(store, setup.data_key, new.data_key)
    if crash_point == "finished":
        keys.finish_rotation(store)
    expected = setup.data_key if crash_point == "before_rekey" else new.data_key

    assert first_that_opens(store, keys.candidate_keys(store)) == expected
    assert first_that_opens(store, keys.candidate_keys(store, passphrase=PASS)) == expected
    by_new_code = keys.candidate_keys(store, recovery_code=new.recovery_code)
    assert first_that_opens(store, by_new_code) == expected
    assert not opens(store, b"\x00" * 32)
