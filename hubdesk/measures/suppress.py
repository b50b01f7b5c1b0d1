"""Small-number suppression: beyond the hub's own desk, counts under 5 show as "<5"."""

from __future__ import annotations

THRESHOLD = 5
SUPPRESSED = "<5"


def is_suppressed(n: int) -> bool:
    """Counts from 0 to 4 are suppressed (0 too: see docs/measures.md)."""
    return n < THRESHOLD


def suppress(n: int) -> str:
    """A count as published beyond the hub: "<5" under the threshold, else the digits."""
    return SUPPRESSED if is_suppressed(n) else str(int(n))


def shown(n: int, *, suppressed: bool) -> str:
    """The desk shows its own hub's counts in full; everything else goes through `suppress`."""
    return suppress(n) if suppressed else str(int(n))


def rate(numerator: int, denominator: int, *, suppressed: bool = True) -> str:
    """A percentage, "-" when there is nothing to divide by; beyond the hub, a rate is shown
    only when both counts are at least the threshold (so it cannot reveal a small count)."""
    if denominator <= 0:
        return "-"
    if suppressed and (is_suppressed(numerator) or is_suppressed(denominator)):
        return SUPPRESSED if is_suppressed(numerator) else "-"
    return f"{100 * numerator / denominator:.0f}%"
