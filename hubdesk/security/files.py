"""Atomic, user-only file writes for key files and exports."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable and writable by the owner only (mode 0600).

    The bytes go to a fresh temporary file in the same directory, created 0600 with O_EXCL so it is
    never briefly world-readable, then fsync'd and moved over `path` with os.replace; the directory
    is fsync'd last so the rename itself survives a power cut. A reader sees the old file or the
    new one, never a half-written one. On failure the temporary file is removed.
    """
    path = Path(path)
    directory = path.parent
    tmp = directory / f".{path.name}.{secrets.token_hex(8)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        try:
            # The umask can only remove bits, but be explicit in case the file system ignores mode.
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(directory)


def create_private_file(path: Path) -> Path:
    """Create `path` empty and user-only (0600) from its first byte: os.open with the mode and
    O_EXCL (never an existing file, never chmod after). FileExistsError if it is there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        if hasattr(os, "fchmod"):  # a file system that ignores the mode at creation
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return Path(path)


@contextlib.contextmanager
def private_output(path: Path) -> Iterator[Path]:
    """A user-only (0600) temporary file beside `path` for a writer that opens files by name
    (Qt's PDF writer and printer, openpyxl, csv): it truncates the file it is given and keeps
    that file's mode, so what it writes is never readable by others, not even for a moment.
    On leaving the block without an error the file is fsync'd and moved over `path` (atomic);
    on an error it is removed and `path` is left as it was. Makes `path`'s folder if needed.

        with private_output(target) as tmp:
            write_something_to(tmp)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = create_private_file(path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable. Not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
