"""Hybrid logical clocks: an order of changes that no device's wall clock can break.

Every change a device records gets a stamp (`Stamp`): the larger of its wall clock and the largest
stamp it has seen, in milliseconds, a counter that tells changes of the same millisecond apart, and
the device (node) that made it, so no two stamps are equal. A device that hears of another's change
moves its own clock past that change's stamp (`observe`), so whatever it changes afterwards sorts
after what it had seen: a desk whose clock is a day behind, signing out a party that a kiosk a day
ahead signed in, makes a sign-out that sorts after the sign-in. Stamps of changes made without
knowledge of each other are ordered by wall clock, then counter, then node: some order, the same on
every device (Kulkarni et al., "Logical Physical Clocks", 2014).

A stamp travels as text of fixed width (`Stamp.text`), so text order is stamp order. A record
written by an app version from before stamps has none: it is ordered as the stamp `legacy` makes of
its `updated_at` (counter 0, node all zeros), before any stamped change of the same millisecond.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

COUNTER_MAX = 99_999
LEGACY_NODE = "0" * 32
_TEXT = re.compile(r"^(\d{13})\.(\d{5})\.([0-9a-f]{32})$")


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    @property
    def text(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _TEXT.match(text)
        if match is None:
            raise ValueError("not a clock stamp")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))

    @property
    def at(self) -> datetime:
        return datetime.fromtimestamp(self.wall_ms / 1000, UTC)


def millis(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def new_node() -> str:
    return uuid.uuid4().hex


def tick(last: Stamp | None, now: datetime, node: str) -> Stamp:
    """The stamp of a change made now on `node`, after `last` (the node's latest stamp)."""
    wall = millis(now)
    if last is None or wall > last.wall_ms:
        return Stamp(wall, 0, node)
    return _bump(last.wall_ms, last.counter, node)


def observe(last: Stamp | None, seen: Stamp, now: datetime, node: str) -> Stamp:
    """The node's clock after it has seen a change stamped `seen` (received in sync)."""
    wall = millis(now)
    top = max(wall, seen.wall_ms, last.wall_ms if last else 0)
    if last is not None and top == last.wall_ms and top == seen.wall_ms:
        return _bump(top, max(last.counter, seen.counter), node)
    if last is not None and top == last.wall_ms:
        return _bump(top, last.counter, node)
    if top == seen.wall_ms:
        return _bump(top, seen.counter, node)
    return Stamp(top, 0, node)


def _bump(wall_ms: int, counter: int, node: str) -> Stamp:
    if counter >= COUNTER_MAX:  # a burst of changes in one millisecond: borrow the next one
        return Stamp(wall_ms + 1, 0, node)
    return Stamp(wall_ms, counter + 1, node)


def legacy(updated_at: datetime | None) -> str:
    """The order of a record written without a stamp (an older app version): by its
    `updated_at`, before any stamped change of the same millisecond."""
    wall = millis(updated_at) if updated_at is not None else 0
    return Stamp(max(0, wall), 0, LEGACY_NODE).text


def order_key(stamp_text: object, updated_at: datetime | None) -> str:
    """The stamp text of a change, or `legacy` of its `updated_at` when it carries none (or one
    that is not a stamp)."""
    if isinstance(stamp_text, str) and _TEXT.match(stamp_text):
        return stamp_text
    return legacy(updated_at)
