"""Logging: structured (one JSON object a line), rotated, and free of personal data.

Code logs event names, ids, codes and counts only. As a second line of defence, the formatter

* drops any record attribute not on an allow-list, so a stray `extra={"name": ...}` never reaches
  disk;
* keeps the text value of an allowed field only if it looks like a code (lower case, digits,
  ``_.:-/[]``), and
* fills a message's %-arguments only with numbers, ids, enum members, exception type names and
  language codes; any other argument (a string that could be somebody's name) is written as
  ``[redacted]``;
* writes an exception's type but never its message or traceback values.

Libraries that would log values (SQLAlchemy logs statement parameters at INFO) are held at
WARNING. The app's log file lives under the per-user data folder (``<data dir>/logs``, 0700),
each file 0600, rotated at 2 MB with 5 old files kept; rotation creates the new file 0600 too.
"""

from __future__ import annotations

import enum
import json
import logging
import logging.handlers
import os
import re
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

APP_NAME = "hubdesk"
LOG_DIR_ENV = "HUBDESK_LOG_DIR"
LOG_FILE = "hubdesk.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
REDACTED = "[redacted]"
# what a code looks like: lower case, digits and separators (a name starts with a capital)
_CODE = re.compile(r"^[a-z0-9_.:/\[\]\-]{1,80}$")
# third-party loggers that would write values (SQL parameters, request bodies) below WARNING
QUIET_LOGGERS = ("sqlalchemy", "alembic", "httpx", "httpcore", "urllib3", "hypothesis", "keyring")
_SAFE_WORD = re.compile(
    r"^(?:[A-Z][A-Za-z0-9]{0,60}(?:Error|Exception|Warning|Exit|Interrupt|Timeout)"
    r"|[a-z]{2,3}(?:_[A-Z]{2})?)$"
)

ALLOWED_EXTRA = frozenset(
    {
        "event_id",
        "visit_id",
        "family_id",
        "device_id",
        "hub_id",
        "site_id",
        "count",
        "code",
        "field",
        "from_rev",
        "to_rev",
        "revision",
        "state",
        "status",
        "attempt",
        "delay",
        "elapsed_ms",
        "events",
        "accepted",
        "rejected",
        "duplicates",
        "waiting",
        "quarantined",
    }
)
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


def _safe_arg(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | uuid.UUID):
        return value
    if isinstance(value, enum.Enum):
        return value.value if isinstance(value.value, int | str) else value.name
    if isinstance(value, str) and _SAFE_WORD.match(value):
        return value
    if isinstance(value, type) and issubclass(value, BaseException):
        return value.__name__
    return REDACTED


def _safe_extra(value: Any) -> Any:
    """An allow-listed field's value: numbers and ids as they are, text only if it is a code."""
    if isinstance(value, str):
        return value if _CODE.match(value) else REDACTED
    safe = _safe_arg(value)
    return safe if isinstance(safe, int | float | bool | None) else str(safe)


def safe_message(record: logging.LogRecord) -> str:
    """The record's message with only safe %-arguments filled in (see the module's docstring)."""
    template = str(record.msg)
    args = record.args
    if not args:
        return template
    try:
        if isinstance(args, dict):
            return template % {k: _safe_arg(v) for k, v in args.items()}
        return template % tuple(_safe_arg(v) for v in args)
    except (TypeError, ValueError, KeyError):
        return template


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": safe_message(record),
        }
        for key, value in vars(record).items():
            if key in _STANDARD or key.startswith("_"):
                continue
            if key in ALLOWED_EXTRA:
                out[key] = _safe_extra(value)
        if record.exc_info and record.exc_info[0] is not None:
            # the type only: exception messages can quote what somebody typed
            out["exc"] = record.exc_info[0].__name__
        return json.dumps(out, ensure_ascii=False)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are created 0600 (the stock one uses the umask)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name != "nt":
            os.fchmod(fd, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def default_log_dir() -> Path:
    """``$HUBDESK_LOG_DIR`` if set, else ``<per-user data dir>/logs`` (beside the stores)."""
    given = os.environ.get(LOG_DIR_ENV)
    if given:
        return Path(given)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "logs"


def configure_logging(
    *, verbose: bool = False, log_dir: Path | None = None, to_file: bool = True
) -> Path | None:
    """Log to stderr (warnings, or everything when verbose) and to a rotating file, 0600, in
    `log_dir` (default: `default_log_dir()`). Returns the log file's path (None if `to_file` is
    false). Safe to call again: it replaces the handlers it added before."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hubdesk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(JsonFormatter())
    console._hubdesk = True  # type: ignore[attr-defined]
    root.addHandler(console)
    if not to_file:
        return None
    folder = Path(log_dir) if log_dir is not None else default_log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        folder.chmod(0o700)
    path = folder / LOG_FILE
    for old in [path, *(folder / f"{LOG_FILE}.{n}" for n in range(1, BACKUPS + 1))]:
        if old.exists() and os.name != "nt":
            old.chmod(0o600)
    rotating = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    rotating.setFormatter(JsonFormatter())
    rotating._hubdesk = True  # type: ignore[attr-defined]
    root.addHandler(rotating)
    return path
