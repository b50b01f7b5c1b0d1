"""The fire roll call on paper: a PDF (QPdfWriter) or the default printer (QPrinter).

`write_roll_call_pdf` and `print_roll_call` take plain data and paint a QTextDocument on a
paged device, which Qt allows off the GUI thread; they touch no widget, so the desk runs them on
the task runner and the window never freezes. The words come translated from the GUI thread.

The PDF holds first names, so it is written user-only (0600): created empty with that mode,
painted, then moved into place.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from hubdesk.services.base import HUB_TZ
from hubdesk.services.roll_call import RollCall
from hubdesk.ui.desk.html_pdf import paint_html, write_html_pdf


def _english_people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _english_total(people: int, parties: int) -> str:
    return f"{_english_people(people)} in {parties} {'party' if parties == 1 else 'parties'}"


@dataclass(frozen=True)
class RollCallWords:
    """Every word on the page, translated on the GUI thread."""

    title: str = "Fire roll call"
    taken: str = "Taken at {when}"
    total: Callable[[int, int], str] = _english_total
    who: str = "Who"
    checked: str = "Out?"
    people: str = "People"
    adults: str = "Adults"
    children: str = "Children"
    since: str = "In since"
    site: str = "Site"
    signed_in_on: str = "Signed in on"
    anonymous: str = "Not registered ({how_many})"
    people_count: Callable[[int], str] = _english_people
    freshness: str = "How fresh each device's data is"
    device: str = "Device"
    data_up_to: str = "Data up to"
    this_device: str = "this computer: live"
    never: str = "nothing received yet"
    last_sync: str = "Last sync with the central service: {when}"
    not_connected: str = (
        "Not connected to a central service: other devices' sign-ins may be missing."
    )
    nobody: str = "Nobody is signed in."


def _t(value: datetime | None, fmt: str = "%H:%M") -> str:
    return value.astimezone(HUB_TZ).strftime(fmt) if value is not None else ""


def roll_call_html(
    call: RollCall, w: RollCallWords, last_sync: datetime | None, connected: bool
) -> str:
    e = html.escape
    rows = []
    for p in call.parties:
        count = w.people_count(p.people)
        who = e(p.names) if p.names else e(w.anonymous.format(how_many=count))
        nw = "style='white-space: nowrap'"
        rows.append(
            "<tr>"
            f"<td>&nbsp;</td><td>{who}</td><td align=center {nw}>{p.people}</td>"
            f"<td align=center {nw}>{p.adults}</td><td align=center {nw}>{p.children}</td>"
            f"<td {nw}>{e(_t(p.signed_in_at))}</td><td>{e(p.site_name)}</td>"
            f"<td>{e(p.device_name or '')}</td>"
            "</tr>"
        )
    devices = []
    for d in call.devices:
        if d.this_device:
            fresh = w.this_device
        elif d.data_up_to is None:
            fresh = w.never
        else:
            fresh = _t(d.data_up_to, "%d %b %Y %H:%M")
        devices.append(f"<tr><td>{e(d.name)}</td><td>{e(fresh)}</td></tr>")
    sync_line = (
        w.last_sync.format(when=_t(last_sync, "%d %b %Y %H:%M") if last_sync else "—")
        if connected
        else w.not_connected
    )
    body = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        f"<tr><th>{e(w.checked)}</th><th align=left width='30%'>{e(w.who)}</th>"
        f"<th>{e(w.people)}</th><th>{e(w.adults)}</th>"
        f"<th>{e(w.children)}</th><th align=left>{e(w.since)}</th><th align=left>{e(w.site)}</th>"
        f"<th align=left>{e(w.signed_in_on)}</th></tr>" + "".join(rows) + "</table>"
        if rows
        else f"<p><b>{e(w.nobody)}</b></p>"
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 11pt'>"
        f"<h1>{e(w.title)} · {e(call.hub_name)}</h1>"
        f"<p><b>{e(w.taken.format(when=_t(call.taken_at, '%A %d %B %Y %H:%M')))}</b><br>"
        f"{e(w.total(call.people, len(call.parties)))}</p>"
        f"{body}"
        f"<h2>{e(w.freshness)}</h2>"
        '<table border="1" cellspacing="0" cellpadding="4">'
        f"<tr><th align=left>{e(w.device)}</th><th align=left>{e(w.data_up_to)}</th></tr>"
        + "".join(devices)
        + f"</table><p>{e(sync_line)}</p></body></html>"
    )


def write_roll_call_pdf(doc_html: str, path: Path) -> Path:
    """Write the roll call to `path` (user-only: first names). Runs on a worker thread."""
    # landscape: room for every column
    return write_html_pdf(doc_html, path, "Fire roll call", landscape=True)


def default_printer_name() -> str | None:
    info = QPrinterInfo.defaultPrinter()
    return None if info.isNull() else info.printerName()


def print_roll_call(doc_html: str, printer_name: str) -> str:
    """Send the roll call to a printer. Runs on a worker thread: touches no widget."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    paint_html(doc_html, printer, landscape=True)
    return printer_name
