"""A hub's or a site's public timetable as an iCalendar feed (RFC 5545) a family subscribes to.

Each public session is one VEVENT whose UID is the session's id, so a phone updates it in place:
a moved session comes with a higher SEQUENCE and its new times; a cancelled one stays in the feed
with STATUS:CANCELLED (and a higher SEQUENCE), so the calendar shows it struck out instead of
silently losing it. Times carry the Europe/London zone (with its VTIMEZONE).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from hubdesk.central.directory.queries import PublicSession
from hubdesk.measures.localtime import HUB_TZ

UID_DOMAIN = "hubdesk"
REFRESH = timedelta(hours=1)  # how often a subscribed calendar should look again


def uid_of(session_id: object) -> str:
    return f"{session_id}@{UID_DOMAIN}"


def _details(s: PublicSession) -> str:
    lines = [s.description] if s.description else []
    if s.min_age is not None or s.max_age is not None:
        low = 0 if s.min_age is None else s.min_age
        lines.append(
            f"Ages {low} to {s.max_age}" if s.max_age is not None else f"Ages {low} and over"
        )
    lines.append(s.fees)
    lines.append(s.booking_words)
    if s.access:
        lines.append(f"Access: {s.access}")
    ask = ", ".join(x for x in (s.contact, s.email) if x)
    if ask:
        lines.append(f"Ask: {ask}")
    return "\n".join(lines)


def feed(title: str, sessions: Sequence[PublicSession], now: datetime) -> bytes:
    """The feed named `title` with `sessions` (cancelled ones included), as bytes."""
    cal = Calendar()
    cal.add("prodid", "-//hubdesk//public timetable//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", str(HUB_TZ))
    cal.add("x-published-ttl", REFRESH)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    for s in sessions:
        event = Event()
        event.add("uid", uid_of(s.id))
        event.add("dtstamp", now.astimezone(UTC))
        event.add("last-modified", s.updated_at.astimezone(UTC))
        event.add("sequence", s.sequence)
        event.add("dtstart", s.starts_at.astimezone(HUB_TZ))
        event.add("dtend", s.ends_at.astimezone(HUB_TZ))
        event.add("summary", f"Cancelled: {s.name}" if s.cancelled else s.name)
        where = s.place.name + (f", {s.place.postcode}" if s.place.postcode else "")
        event.add("location", where)
        event.add("description", _details(s))
        event.add("status", "CANCELLED" if s.cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT")  # a drop-in does not make a family "busy"
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
