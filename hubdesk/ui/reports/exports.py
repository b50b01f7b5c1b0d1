"""Writing a report to CSV or XLSX, on a worker, with progress and cancellation.

Files are written atomically (a temporary file beside the target, then `os.replace`), so a
cancelled or failed export leaves nothing half-written. Exports hold counts only, no personal
data; they are still created user-only (0600) like every other file hubdesk writes.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hubdesk.security.files import private_output
from hubdesk.ui.reports.report_tables import Table

Progress = Callable[[int, int], None]


class ExportCancelledError(Exception):
    """The person pressed Cancel; nothing was written."""


class CancelToken:
    """Set on the GUI thread, read on the worker (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise ExportCancelledError


def _csv_cell(value: Any) -> Any:
    text = str(value)
    # a cell a spreadsheet would run as a formula is written as text
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    """`write` fills a user-only (0600 from creation) temporary file that then replaces `path`."""
    with private_output(path) as tmp:
        write(tmp)


def _total_rows(tables: list[Table]) -> int:
    return sum(len(t.rows) + 2 for t in tables)


def write_csv(
    path: Path, tables: list[Table], token: CancelToken, progress: Progress | None = None
) -> Path:
    """All tables in one CSV, one after another, each under its name and a blank line."""
    total = _total_rows(tables)

    def write(tmp: Path) -> None:
        done = 0
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
            out = csv.writer(fh)
            for table in tables:
                token.check()
                out.writerow([table.name])
                out.writerow(table.headers)
                for row in table.rows:
                    out.writerow([_csv_cell(v) for v in row])
                    done += 1
                    if done % 200 == 0:
                        token.check()
                        if progress:
                            progress(done, total)
                out.writerow([])
                done += 2
                if progress:
                    progress(done, total)

    _atomic(path, write)
    return path


def _sheet_name(name: str, used: set[str]) -> str:
    clean = "".join(ch for ch in name if ch not in "[]:*?/\\")[:31] or "Sheet"
    base, i = clean, 2
    while clean in used:
        clean = f"{base[:28]} {i}"
        i += 1
    used.add(clean)
    return clean


def write_xlsx(
    path: Path, tables: list[Table], token: CancelToken, progress: Progress | None = None
) -> Path:
    """One sheet per table, headers in bold, numbers as numbers ("<5" as text)."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    total = _total_rows(tables)

    def write(tmp: Path) -> None:
        book = Workbook(write_only=False)
        first = book.active
        used: set[str] = set()
        done = 0
        bold = Font(bold=True)
        for i, table in enumerate(tables):
            token.check()
            sheet = first if i == 0 and first is not None else book.create_sheet()
            sheet.title = _sheet_name(table.name, used)
            sheet.append(table.headers)
            for cell in sheet[1]:
                cell.font = bold
            for row in table.rows:
                sheet.append([_csv_cell(v) if isinstance(v, str) else v for v in row])
                done += 1
                if done % 200 == 0:
                    token.check()
                    if progress:
                        progress(done, total)
            sheet.column_dimensions["A"].width = max(
                14, min(40, max((len(str(r[0])) for r in table.rows), default=10) + 2)
            )
            done += 2
            if progress:
                progress(done, total)
        token.check()
        book.save(str(tmp))

    _atomic(path, write)
    return path
