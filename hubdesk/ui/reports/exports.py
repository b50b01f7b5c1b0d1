"""Writing a report to CSV or XLSX, on a worker, with progress and cancellation.

Files are written atomically (a temporary file beside the target, then `os.replace`), so a
cancelled or failed export leaves nothing half-written. Exports hold counts only, no personal
data; they are still created user-only (0600) like every other file hubdesk writes.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from hubdesk.security.files import private_output
from hubdesk.ui.reports.report_tables import COUNT, DAY, MONTH, PERCENT, Table

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


def csv_text(value: Any, kind: str) -> Any:
    """A typed cell as CSV text: numbers as digits, rates as percentages, days as ISO dates
    (2026-10-19), months as 2026-10; empty for nothing."""
    if value is None:
        return ""
    if kind == PERCENT and isinstance(value, float):
        return f"{100 * value:.1f}%"
    if isinstance(value, date):
        return value.strftime("%Y-%m") if kind == MONTH else value.isoformat()
    if isinstance(value, str):
        return _csv_cell(value)
    return value


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
                if table.note:
                    out.writerow([table.note])
                out.writerow(table.headers)
                for row in table.rows:
                    out.writerow([csv_text(v, table.format_of(i, v)) for i, v in enumerate(row)])
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


# Spreadsheet number formats (Excel's codes; LibreOffice reads them too)
NUMBER_FORMATS = {COUNT: "#,##0", PERCENT: "0.0%", DAY: "dd mmm yyyy", MONTH: "mmm yyyy"}


def write_xlsx(
    path: Path, tables: list[Table], token: CancelToken, progress: Progress | None = None
) -> Path:
    """One sheet per table: figures are numbers (ints, fractions formatted as percentages,
    dates as dates) with number formats, a bold header row frozen in place, columns wide
    enough to read. A shared small count is the text "<5", right-aligned like the numbers.
    A table's note (why it is empty, how to fix it) goes under the table, after a blank row."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    total = _total_rows(tables)
    right = Alignment(horizontal="right")
    wrap = Alignment(wrap_text=True, vertical="top")

    def width(value: Any, kind: str) -> int:
        if value is None:
            return 0
        if isinstance(value, date):
            return 11 if kind != MONTH else 8
        if isinstance(value, float):
            return 7
        if isinstance(value, int):
            return len(f"{value:,}")
        return len(str(value))

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
                cell.alignment = Alignment(wrap_text=True, vertical="bottom")
            widths = [min(24, max(8, len(h))) for h in table.headers]
            for row in table.rows:
                cells = [_csv_cell(v) if isinstance(v, str) else v for v in row]
                sheet.append(cells)
                r = sheet.max_row
                for c, value in enumerate(row):
                    kind = table.format_of(c, value)
                    cell = sheet.cell(row=r, column=c + 1)
                    if kind in NUMBER_FORMATS and not isinstance(value, str):
                        cell.number_format = NUMBER_FORMATS[kind]
                    elif isinstance(value, str) and kind in (COUNT, PERCENT):
                        cell.alignment = right  # "<5" lines up with the numbers
                    if c < len(widths):
                        widths[c] = max(widths[c], min(48, width(value, kind) + 2))
                done += 1
                if done % 200 == 0:
                    token.check()
                    if progress:
                        progress(done, total)
            for c, w in enumerate(widths):
                sheet.column_dimensions[get_column_letter(c + 1)].width = w
            sheet.freeze_panes = "B2"  # the header row and the first column stay in view
            if table.note:
                r = sheet.max_row + 2
                sheet.cell(row=r, column=1, value=table.note).alignment = wrap
                last = get_column_letter(max(2, len(table.headers)))
                sheet.merge_cells(f"A{r}:{last}{r}")
                sheet.row_dimensions[r].height = 48
            done += 2
            if progress:
                progress(done, total)
        token.check()
        book.save(str(tmp))

    _atomic(path, write)
    return path
