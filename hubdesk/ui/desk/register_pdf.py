"""A session's register on paper: a PDF painted from a QTextDocument, the way the fire roll call
is (roll_call_pdf.py). It holds first names, so the file is created user-only (0600), painted,
then moved into place. Runs on a worker thread: touches no widget; the words come translated
from the GUI thread."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from hubdesk.services.base import HUB_TZ
from hubdesk.services.bookings import SessionRegister
from hubdesk.ui.desk.html_pdf import write_html_pdf


@dataclass(frozen=True)
class RegisterWords:
    """Every word on the page, translated on the GUI thread."""

    title: str = "Register: {name}"
    when: str = "{day}, {start}–{end} at {site}"
    places: str = "{taken} of {capacity} places taken"
    who: str = "Who"
    people: str = "People"
    came: str = "Came"
    status: str = "Booked as"
    waiting: str = "Waiting list"
    nobody: str = "Nobody booked."


def register_html(register: SessionRegister, w: RegisterWords, statuses: dict[str, str]) -> str:
    """The page as HTML. `statuses` maps each row id (str) to the words for its status."""
    e = html.escape
    start = register.starts_at.astimezone(HUB_TZ)
    end = register.ends_at.astimezone(HUB_TZ)
    parts = [
        f"<h2>{e(w.title.format(name=register.name))}</h2>",
        "<p>"
        + e(
            w.when.format(
                day=start.strftime("%A %d %B %Y"),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
                site=register.site_name,
            )
        )
        + "</p>",
    ]
    if register.capacity:
        parts.append(
            "<p>" + e(w.places.format(taken=register.taken, capacity=register.capacity)) + "</p>"
        )

    def table(rows: list[tuple[str, str, str]]) -> str:
        head = (
            f"<tr><th align='left'>{e(w.who)}</th><th>{e(w.people)}</th>"
            f"<th align='left'>{e(w.status)}</th><th>{e(w.came)}</th></tr>"
        )
        body = "".join(
            f"<tr><td dir='auto'>{e(who)}</td><td align='center'>{e(people)}</td>"
            f"<td>{e(status)}</td><td align='center'>&#9744;</td></tr>"
            for who, people, status in rows
        )
        return (
            "<table border='1' cellspacing='0' cellpadding='6' width='100%'>" + head + body
            + "</table>"
        )  # fmt: skip

    booked = [(r.names or "—", str(r.people), statuses.get(str(r.id), "")) for r in register.booked]
    parts.append(table(booked) if booked else f"<p>{e(w.nobody)}</p>")
    waiting = [
        (r.names or "—", str(r.people), statuses.get(str(r.id), "")) for r in register.waiting
    ]
    if waiting:
        parts.append(f"<h3>{e(w.waiting)}</h3>")
        parts.append(table(waiting))
    return "".join(parts)


def write_register_pdf(doc_html: str, path: Path) -> Path:
    """Write the register to `path` (user-only). Runs on a worker thread: touches no widget."""
    return write_html_pdf(doc_html, path, "Session register")
