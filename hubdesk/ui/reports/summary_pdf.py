"""Painting a report page to an A4 PDF (`write_summary_pdf`, used by the board pack) and the
one-page footfall summary (`summary_html`), with the tables and bars they share.

`summary_html` builds the page from plain data; `write_summary_pdf` paints it with QTextDocument
on a QPdfWriter, which Qt allows off the GUI thread (no widget is touched), so it runs on the
task runner. What it shows, exact or published for sharing, is the caller's choice.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from hubdesk.security.files import private_output
from hubdesk.services.reports import HubReport
from hubdesk.ui.reports.exports import CancelToken
from hubdesk.ui.reports.report_tables import ReportWords, Table, cell_text, tables_of

BAR = "#1b6ca8"


def _num(value: object) -> int | None:
    """A count as a number (suppressed tables hold text: "12" or "<5")."""
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _bar(value: object, top: int, width: int = 180) -> str:
    value = _num(value)
    if value is None or value <= 0 or top <= 0:  # "<5" (shared) is text: no bar
        return ""
    w = max(1, min(99, int(100 * value / top)))
    return (
        "<table cellspacing=0 cellpadding=0 width='100%'><tr>"
        f"<td bgcolor='{BAR}' width='{w}%' style='font-size:5pt'>&nbsp;</td>"
        f"<td width='{100 - w}%' style='font-size:5pt'>&nbsp;</td></tr></table>"
    )


def _table_html(table: Table, value_col: int = 1, bars: bool = True) -> str:
    e = html.escape
    numbers = [n for r in table.rows if (n := _num(r[value_col])) is not None]
    top = max(numbers, default=0)
    head = "".join(f"<th align=left>{e(h)}</th>" for h in table.headers[: value_col + 1])
    rows = []
    for r in table.rows:
        v = r[value_col]
        cells = "".join(
            f"<td>{e(cell_text(c, table.format_of(i, c)))}</td>"
            for i, c in enumerate(r[:value_col])
        )
        shown = cell_text(v, table.format_of(value_col, v))
        bar = f"<td width='45%'>{_bar(v, top)}</td>" if bars else ""
        rows.append(f"<tr>{cells}<td align=right>{e(shown)}</td>{bar}</tr>")
    return (
        f"<h3>{e(table.name)}</h3><table cellspacing=0 cellpadding=3 border=0 width='80%'>"
        f"<tr>{head}{'<th></th>' if bars else ''}</tr>{''.join(rows)}</table>"
    )


def summary_html(
    report: HubReport,
    w: ReportWords,
    *,
    title: str,
    subtitle: str,
    footnote: str,
    made: datetime,
    suppressed: bool = True,
) -> str:
    e = html.escape
    tables = {t.name: t for t in tables_of(report, w, suppressed=suppressed)}
    summary = tables[w.summary]
    headline = summary.rows[:10]
    rest = summary.rows[10:]
    tiles = "".join(
        f"<td width='20%' valign=top><span style='font-size:16pt'><b>"
        f"{e(cell_text(v, ''))}</b></span><br>{e(k)}</td>" + ("</tr><tr>" if i == 4 else "")
        for i, (k, v) in enumerate(headline)
    )
    rest_rows = "".join(
        f"<tr><td>{e(k)}</td><td align=right>{e(cell_text(v, ''))}</td></tr>" for k, v in rest
    )
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt'>",
        f"<h1>{e(title)}</h1><p><b>{e(subtitle)}</b></p>",
        f"<table cellspacing=6 cellpadding=4 width='100%'><tr>{tiles}</tr></table>",
        _table_html(tables[w.age_band], 1),
        _table_html(tables[w.by_week], 1),
        _table_html(tables[w.by_reason], 1),
        _table_html(tables[w.by_site], 1),
        _table_html(tables[w.by_district], 1),
        _table_html(tables[w.by_reach_area], 1),
        f"<h3>{e(w.measure)}</h3><table cellspacing=0 cellpadding=3>{rest_rows}</table>",
        _table_html(tables[w.by_channel], 1),
        _table_html(tables[w.by_need], 1),
        f"<p style='font-size:8pt; color:#555'>{e(footnote)}<br>"
        f"{e(made.strftime('%d %b %Y %H:%M'))}</p>",
        "</body></html>",
    ]
    return "".join(parts)


def write_summary_pdf(
    doc_html: str,
    path: Path,
    token: CancelToken | None = None,
    *,
    title: str = "Monthly footfall summary",
) -> Path:
    """Paint the summary to `path` (atomically, user-only). Runs on a worker thread."""
    with private_output(path) as tmp:  # user-only from the first byte
        if token is not None:
            token.check()
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        doc = QTextDocument()
        font = QFont("Sans Serif")
        font.setPointSizeF(9.5)
        doc.setDefaultFont(font)
        doc.setHtml(doc_html)
        doc.print_(writer)
        del writer  # finishes the file
        if token is not None:
            token.check()
    return path
