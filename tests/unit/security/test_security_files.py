from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hubdesk.security.files import write_private_file


def test_writes_bytes_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "key.json"
    write_private_file(target, b"hello")
    assert target.read_bytes() == b"hello"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_replaces_and_tightens_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old contents that are longer")
    target.chmod(0o644)
    write_private_file(target, b"new")
    assert target.read_bytes() == b"new"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]  # no temp file left


def test_empty_and_large_data(tmp_path: Path) -> None:
    write_private_file(tmp_path / "a", b"")
    assert (tmp_path / "a").read_bytes() == b""
    big = os.urandom(3 * 1024 * 1024)
    write_private_file(tmp_path / "b", big)
    assert (tmp_path / "b").read_bytes() == big


def test_failure_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "key.json"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        write_private_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["key.json"]


def test_missing_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_private_file(tmp_path / "nope" / "f", b"x")


def test_umask_cannot_loosen(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_private_file(tmp_path / "f", b"x")
    finally:
        os.umask(old)
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "f").stat().st_mode) == 0o600
