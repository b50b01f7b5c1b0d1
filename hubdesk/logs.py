"""Logging: structured (one JSON object a line), rotated, and free of personal data.

Code logs event names, ids, codes and counts only. As a second line of defence, the formatter
drops any record attribute not on an allow-list, so a stray `extra={"name": ...}` never reaches
disk, and writes an exception's type but never its message.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from datetime import UTC, datetime
from pathlib import Path

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


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key in _STANDARD or key.startswith("_"):
                continue
            if key in ALLOWED_EXTRA:
                out[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info and record.exc_info[0] is not None:
            # the type only: exception messages can quote what somebody typed
            out["exc"] = record.exc_info[0].__name__
        return json.dumps(out, ensure_ascii=False)


def configure_logging(*, verbose: bool = False, log_dir: Path | None = None) -> None:
    """Log to stderr, and to a rotating file under `log_dir` when given (0600)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hubdesk", False):
            root.removeHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(JsonFormatter())
    console._hubdesk = True  # type: ignore[attr-defined]
    root.addHandler(console)
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = log_dir / "hubdesk.log"
        if not path.exists():
            path.touch(mode=0o600)
        rotating = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        rotating.setFormatter(JsonFormatter())
        rotating._hubdesk = True  # type: ignore[attr-defined]
        root.addHandler(rotating)
