"""Disclosure control for every figure published beyond the hub: keyed random rounding to base 5,
controlled so that figures that must add up do, and fixed so that asking again tells nothing new.
The method and why it is safe are in docs/measures.md ("Disclosure control"); in short:

* A count is published as one of the two multiples of 5 around it, up with probability
  (remainder / 5): 3 shows as 0 (60%) or 5 (40%), 12 as 10 or 15, 15 as 15. A published 0 shows as
  "<5". So a published figure only says the count is within 4 of it (0 says 0-4, 5 says 1-9).
* The draw is not random each time: it comes from a keyed hash (HMAC-SHA256 under the service's or
  hub's secret) of what is counted. The same figure asked again, from any page, period or
  selection, comes out the same, so asking many times cannot average the rounding away.
* Figures are published from "atoms" (one hub, one month, one group of one breakdown) and every
  larger figure is the sum of its atoms' published values, never rounded on its own: sums over
  hubs, months and groups add nothing an attacker did not have.
* The groups of one breakdown of an atom (reasons, hours, areas) are rounded *together*
  (controlled rounding): each group still goes to one of its two multiples of 5, and the groups
  add up to the atom's rounded total. Knowing the total and all groups but one then says no more
  about the last one than its own published value did.
* Counts of distinct families (reach) do not add up over hubs or months; each is rounded on its
  own, keyed by the set of families it counts (`fingerprint`), so the same families counted in
  many periods give the same draw.
"""

from __future__ import annotations

import hashlib
import hmac
import random
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import fields
from typing import Any, TypeVar

from hubdesk.measures.footfall import Counts, Reach

BASE = 5
K = TypeVar("K", bound=Hashable)

# Counts fields rounded as atoms; `people` is derived (adults + children) so that it adds up.
ROUNDED_COUNTS = tuple(f.name for f in fields(Counts) if f.name != "people")
# Reach fields rounded on their own; new families and re-attending are split off families.
REACH_ALONE = ("children", "children_0_1", "children_2_4", "children_5_11", "children_12_16",
               "children_17_19", "children_20_25")  # fmt: skip
REACH_SPLITS = ("new_families", "reattending_families", "families_with_father")
# the reach fingerprint of each Reach field (`footfall.reach(..., fingerprints=True)`)
FINGERPRINTS = {name: f"fp_{name}" for name in (*REACH_ALONE, "families", *REACH_SPLITS)}


def _floor(value: int) -> int:
    return value - value % BASE


class Protector:
    """Rounds counts for publication. Deterministic: the same secret, key and value always give
    the same published figure. Thread-safe (no state but the key)."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the disclosure secret must be at least 16 bytes")
        self._secret = secret

    def _digest(self, parts: Iterable[object]) -> bytes:
        text = "\x1f".join(repr(p) for p in parts).encode("utf-8", "surrogatepass")
        return hmac.new(self._secret, text, hashlib.sha256).digest()

    def _uniform(self, *parts: object) -> float:
        n = int.from_bytes(self._digest(parts)[:8], "big")
        return n / 2**64

    def one(self, value: int, *key: object) -> int:
        """`value` rounded at random to a neighbouring multiple of 5, unbiased, the draw fixed
        by `key` and `value`."""
        value = max(0, int(value))
        rest = value % BASE
        if rest == 0:
            return value
        up = self._uniform("one", value, *key) < rest / BASE
        return value - rest + (BASE if up else 0)

    def family(self, cells: Mapping[K, int], total: int, *key: object) -> dict[K, int]:
        """Controlled rounding of the groups `cells` of something whose published total is
        `total` (already rounded, and within 4 of the cells' sum): each cell goes to one of the
        multiples of 5 around it, and the published cells add up to `total`."""
        out = {k: _floor(max(0, int(v))) for k, v in cells.items()}
        up = (total - sum(out.values())) // BASE
        rests = {k: max(0, int(v)) % BASE for k, v in cells.items()}
        candidates = sorted((k for k, r in rests.items() if r), key=repr)
        if not 0 <= up <= len(candidates) or (total - sum(out.values())) % BASE:
            raise ValueError("the total is not a rounding of the cells' sum")
        if up:
            # k cells chosen with weight their remainders (Efraimidis and Spirakis), by a draw
            # fixed by the key and every cell's value
            seed = self._digest(("family", *key, tuple((repr(k), cells[k]) for k in candidates)))
            rng = random.Random(seed)
            ranked = sorted(candidates, key=lambda k: rng.random() ** (1 / rests[k]), reverse=True)
            for k in ranked[:up]:
                out[k] += BASE
        return out

    # -- footfall counts ----------------------------------------------------------------------

    def counts(self, c: Counts, *key: object) -> Counts:
        """An atom's counts, each field rounded on its own (people = adults + children)."""
        return _with_people(
            {name: self.one(getattr(c, name), name, *key) for name in ROUNDED_COUNTS}
        )

    def breakdown(
        self,
        cells: Mapping[K, Counts],
        total: Counts,
        *key: object,
        only: Collection[str] = ROUNDED_COUNTS,
    ) -> dict[K, Counts]:
        """The groups of one breakdown of an atom whose published counts are `total`: each field
        controlled to add up to the total's. Fields not in `only` are left 0 (a page that shows
        visits by hour rounds the visits alone)."""
        if not cells:
            return {}
        by_field = {
            name: self.family(
                {k: getattr(c, name) for k, c in cells.items()}, getattr(total, name), name, *key
            )
            for name in ROUNDED_COUNTS
            if name in only
        }
        return {
            k: _with_people({n: by_field[n][k] if n in by_field else 0 for n in ROUNDED_COUNTS})
            for k in cells
        }

    # -- reach --------------------------------------------------------------------------------

    def reach(self, r: Reach, prints: Mapping[str, int]) -> Reach:
        """Reach figures, each keyed by the set of families it counts (`prints`, the
        fingerprints of `footfall.reach(..., fingerprints=True)`): the same families, wherever
        and however they are counted, give the same figure. New, re-attending and with-a-father
        families are split off the families (controlled), so each is at most the families."""
        families = self.one(r.families, "families", prints.get("families", 0))
        values: dict[str, int] = {"families": families}
        for name in REACH_ALONE:
            values[name] = self.one(getattr(r, name), name, prints.get(name, 0))
        for name in REACH_SPLITS:
            part = getattr(r, name)
            values[name] = self.family(
                {"in": part, "out": r.families - part}, families, name, prints.get(name, 0),
                prints.get("families", 0),
            )["in"]  # fmt: skip
        return Reach(**values)


class Unrounded(Protector):
    """The same figures built the same way, unrounded: for checking that the dashboard's
    measures are the desk's (tests), never for publishing."""

    def __init__(self) -> None:
        super().__init__(b"unrounded: not a secret")

    def one(self, value: int, *key: object) -> int:
        return max(0, int(value))

    def family(self, cells: Mapping[K, int], total: int, *key: object) -> dict[K, int]:
        return {k: max(0, int(v)) for k, v in cells.items()}


_ADULTS = tuple(f"adults_{r}" for r in ("mother", "father", "carer", "grandparent", "other"))
_CHILDREN = tuple(n for n in ROUNDED_COUNTS if n.startswith("children_"))
_FIELDS = tuple(f.name for f in fields(Counts))


def _with_people(values: dict[str, int]) -> Counts:
    people = sum(values[n] for n in _ADULTS) + sum(values[n] for n in _CHILDREN)
    return Counts(**values, people=people)


def add(items: Iterable[Counts]) -> Counts:
    """The sum of published counts (one Counts made, not one an addition)."""
    totals = dict.fromkeys(_FIELDS, 0)
    for c in items:
        for name in _FIELDS:
            totals[name] += getattr(c, name)
    return Counts(**totals)


def fingerprints_of(row: Mapping[Any, Any]) -> dict[str, int]:
    """The reach fingerprints in a row of `reach(..., fingerprints=True)`, as 32-bit numbers."""
    return {name: int(row.get(column) or 0) % 2**32 for name, column in FINGERPRINTS.items()}
