"""The dashboard as an attacker would read it (issue 21): one hub has 3 visits in one month; the
attacker, a signed-in dashboard user, gathers every page and CSV for that month, the months
around it, longer periods and every selection of hubs, and tries to work out any count of 1 to 4
from them: by arithmetic on everything published at once (totals less parts, selections less
selections, periods less periods, the areas' totals against the hubs'), and by averaging the
figures that count the same visits or families. The test fails if any count of 1-4 is recovered.

Before disclosure control this failed at once: "all hubs" less the other hubs' rows gave the
small hub's 3 visits, and reach over all hubs less reach over all but that hub gave its
families. The attacker reads figures by the rule the dashboard states: exact when figures are
exact, and, when the page says figures are rounded to a multiple of 5 and every figure is a sum
of per-hub-per-month figures so rounded (docs/measures.md), as within 4 of each such figure.
"""

from __future__ import annotations

import csv
import io
import random
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import combinations

from fastapi.testclient import TestClient
from sqlalchemy import insert

from hubdesk.central import admin
from hubdesk.central.app import create_app
from hubdesk.central.models import CentralVisit
from hubdesk.measures.localtime import add_months
from tests.sync.support import BACKENDS

PASSWORD = "a long enough password"
BIG = ("AAA", "BBB", "CCC")
SMALL = "SSS"
COUNTS = ("adults_mother", "adults_father", "adults_carer", "adults_grandparent", "adults_other",
          "male_carers", "children_0_1", "children_2_4", "children_5_11", "children_12_16",
          "children_17_19", "children_20_25", "send_children")  # fmt: skip
REASONS = ("activity", "here_to_help", "health_visitor", "appointment", "just_visiting", "other")


@dataclass
class World:
    months: list[date]
    target: date
    hub_ids: dict[str, uuid.UUID]
    visits: dict[tuple[str, date], int] = field(default_factory=dict)  # true counts
    families: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    small_district: str = "TS9"


def _visit(hub: uuid.UUID, at: datetime, rng: random.Random, **given: object) -> dict:
    row: dict[str, object] = {c: 0 for c in COUNTS}
    row["adults_mother"] = 1
    for _ in range(rng.randint(1, 3)):
        band = rng.choice(COUNTS[6:11])
        row[band] = int(row[band]) + 1
    people = sum(int(row[c]) for c in COUNTS[:5]) + sum(int(row[c]) for c in COUNTS[6:12])
    row.update(
        id=uuid.uuid4(), hub_id=hub, site_id=hub, device_id=hub, family_id=None, activity_id=None,
        reason=rng.choice(REASONS), signed_in_at=at, signed_out_at=None, postcode_district=None,
        is_new=rng.random() < 0.2, first_time_any_hub=None, people=people, updated_at=at,
        event_id=uuid.uuid4(), ward_code=None, lsoa_code=None, imd_decile=None,
    )  # fmt: skip
    row.update(given)
    return row


def build_world(central) -> World:
    rng = random.Random(21)
    today = datetime.now(UTC).date()
    this_month = today.replace(day=1)
    months = [add_months(this_month, -k) for k in range(13, 0, -1)]
    world = World(months=months, target=months[6], hub_ids={})
    for code in (*BIG, SMALL):
        world.hub_ids[code] = admin.create_hub(central, f"{code} Family Hub", code).id
    rows = []
    for code in BIG:
        hub = world.hub_ids[code]
        pool = [uuid.uuid4() for _ in range(60)]
        districts = [f"NE{n}" for n in rng.sample(range(1, 30), 4)]
        world.families[code] = set()
        for month in months:
            n = rng.randint(30, 70)
            world.visits[(code, month)] = n
            for _ in range(n):
                day = rng.randint(1, 27)
                at = datetime(month.year, month.month, day, rng.randint(8, 16),
                              rng.randint(0, 59), tzinfo=UTC)  # fmt: skip
                family = rng.choice(pool) if rng.random() < 0.7 else None
                if family is not None:
                    world.families[code].add(family)
                rows.append(_visit(hub, at, rng, family_id=family,
                                   postcode_district=rng.choice([*districts, None])))  # fmt: skip
    # the small hub: 3 visits of 2 families, in one month, from a district no other hub sees
    hub = world.hub_ids[SMALL]
    first, second = uuid.uuid4(), uuid.uuid4()
    world.families[SMALL] = {first, second}
    t = world.target
    for day, family in ((3, first), (10, first), (17, second)):
        at = datetime(t.year, t.month, day, 10, 30, tzinfo=UTC)
        rows.append(_visit(hub, at, rng, family_id=family,
                           postcode_district=world.small_district))  # fmt: skip
    for month in months:
        world.visits[(SMALL, month)] = 3 if month == t else 0
    with central.write() as session:
        session.execute(insert(CentralVisit), rows)
    return world


# -- gathering ---------------------------------------------------------------------------------


def _last_day(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


def periods(world: World) -> list[tuple[date, date]]:
    """Every month alone, the ranges around the target month, and longer ranges."""
    ms = world.months
    i = ms.index(world.target)
    out = {(m, m) for m in ms}
    for a, b in ((i - 1, i), (i, i + 1), (i - 1, i + 1), (i - 2, i + 2), (0, i), (i, len(ms) - 1),
                 (0, len(ms) - 1), (0, i - 1), (i + 1, len(ms) - 1)):  # fmt: skip
        out.add((ms[a], ms[b]))
    return sorted(out)


def selections() -> list[tuple[str, ...]]:
    every = (*BIG, SMALL)
    out: list[tuple[str, ...]] = [()]  # () = all hubs, no filter
    out += [(h,) for h in every]
    out += [c for c in combinations(every, 2) if SMALL in c]
    out += [tuple(h for h in every if h != SMALL)]
    return out


AREAS_SEEN: set[str | None] = set()


@dataclass
class Figure:
    """One published number about visits or families, as the attacker reads it."""

    kind: str  # "visits" or "families" or "area"
    hubs: tuple[str, ...]  # () for all hubs
    months: tuple[date, ...]
    text: str
    area: str | None = None


def _rows(client: TestClient, path: str) -> list[list[str]]:
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:200])
    return list(csv.reader(io.StringIO(response.text)))


def gather(client: TestClient, world: World) -> tuple[list[Figure], bool]:
    """Everything the dashboard publishes for the periods and selections; and whether the pages
    say their figures are rounded (the rule the attacker reads them by)."""
    figures: list[Figure] = []
    page = client.get("/dashboard/")
    rounded = 'name="hubdesk-rounding" content="5"' in page.text
    every = (*BIG, SMALL)
    for start, end in periods(world):
        months = tuple(m for m in world.months if start <= m <= end)
        when = f"from={start.isoformat()}&to={_last_day(end).isoformat()}"
        for chosen in selections():
            query = when + "".join(f"&hub={h}" for h in chosen)
            scope = chosen or every
            overview = dict(
                (r[0], r[1]) for r in _rows(client, f"/dashboard/export/overview.csv?{query}")[1:]
            )
            figures.append(Figure("visits", tuple(scope), months, overview["visits"]))
            figures.append(Figure("families", tuple(scope), months, overview["families reached"]))
            hubs = _rows(client, f"/dashboard/export/hubs.csv?{query}")
            families_at = hubs[0].index("families reached")
            for row in hubs[1:]:
                figures.append(Figure("visits", (row[0],), months, row[2]))
                figures.append(Figure("families", (row[0],), months, row[families_at]))
            trends = _rows(client, f"/dashboard/export/trends.csv?{query}&by=month")
            for row in trends[1:]:
                month = date.fromisoformat(row[0]).replace(day=1)
                if month in world.months:
                    figures.append(Figure("visits", (row[1],), (month,), row[2]))
            if not chosen:
                listed = set()
                for row in _rows(client, f"/dashboard/export/areas.csv?{query}&by=district")[1:]:
                    area = None if row[0].startswith("(") else row[0].split()[0]
                    listed.add(area)
                    figures.append(Figure("area", tuple(every), months, row[1], area=area))
                # an area not listed had no visit in the period: that is published too
                for area in AREAS_SEEN - listed:
                    figures.append(Figure("area", tuple(every), months, "0", area=area))
                AREAS_SEEN.update(listed)
                # the charts: the page's figures for the months, hours and reasons
                assert client.get(f"/dashboard/?{query}").status_code == 200
    return figures, rounded


# -- the attack ----------------------------------------------------------------------------------


def interval(text: str, atoms: int, rounded: bool) -> tuple[int, int] | None:
    """What a published figure says about the true count it stands for (`atoms` hub-months).
    None: nothing (not published)."""
    text = text.replace(",", "").strip()
    if text != "<5" and not text.isdigit():  # "-", "not published"
        return None
    slack = 4 * atoms if rounded else 0
    if text == "<5":
        return (0, 4 * atoms if rounded else 4)
    n = int(text)
    return (max(0, n - slack), n + slack)


class Solver:
    """Bounds on integer unknowns from linear sums known to lie in intervals, tightened until
    nothing changes (sound: a value outside the bounds contradicts something published)."""

    def __init__(self) -> None:
        self.bounds: dict[object, list[int]] = {}
        self.rules: list[tuple[tuple[object, ...], int, int]] = []

    def add(self, names: tuple[object, ...], lo: int, hi: int) -> None:
        for name in names:
            self.bounds.setdefault(name, [0, 10**9])
        self.rules.append((names, lo, hi))

    def solve(self) -> None:
        for _ in range(500):
            moved = False
            for names, lo, hi in self.rules:
                b = self.bounds
                sum_lo = sum(b[n][0] for n in names)
                sum_hi = sum(b[n][1] for n in names)
                for n in names:
                    new_lo = max(b[n][0], lo - (sum_hi - b[n][1]))
                    new_hi = min(b[n][1], hi - (sum_lo - b[n][0]))
                    if (new_lo, new_hi) != tuple(b[n]):
                        assert new_lo <= new_hi, (
                            f"published figures contradict each other: {n} in {names} "
                            f"[{lo}, {hi}]: {[(x, b[x]) for x in names]}"
                        )
                        b[n] = [new_lo, new_hi]
                        moved = True
            if not moved:
                return


def attack(figures: list[Figure], world: World, rounded: bool) -> list[str]:
    """Every count of 1 to 4 the attacker can work out exactly, with how."""
    solver = Solver()
    every = (*BIG, SMALL)
    districts: set[str | None] = set()
    for f in figures:
        if f.kind == "visits":
            names = tuple(("x", h, m) for h in f.hubs for m in f.months)
            got = interval(f.text, len(names), rounded)
            if got:
                solver.add(names, *got)
        elif f.kind == "area":
            districts.add(f.area)
            names = tuple(("a", f.area, m) for m in f.months)
            got = (0, 0) if f.text == "0" else interval(f.text, len(names), rounded)
            if got:
                solver.add(names, *got)
        else:  # families: no family comes to two hubs here, and the attacker is told so
            names = tuple(("z", h, f.months) for h in f.hubs)
            got = interval(f.text, 1, rounded)
            if got:
                solver.add(names, *got)
    for m in world.months if districts else ():  # every visit is in one area: they add up
        cells = tuple(("a", d, m) for d in districts)
        hubs_of = tuple(("x", h, m) for h in every)
        for name in (*cells, *hubs_of):
            solver.bounds.setdefault(name, [0, 10**9])
        solver.rules.append(((*cells, *(("neg", n) for n in hubs_of)), 0, 0))
    _negations(solver)
    solver.solve()
    found = []
    truth = _truth(world, figures)
    for name, (lo, hi) in solver.bounds.items():
        if name[0] == "neg" or lo != hi or not 1 <= lo <= 4:
            continue
        assert truth.get(name, lo) == lo, f"the attacker's reasoning is unsound: {name}"
        found.append(f"{name} = {lo} worked out exactly")
    found += _averaging(figures, world, rounded, truth)
    return found


def _negations(solver: Solver) -> None:
    """A rule naming ("neg", n) means -n: keep a mirror variable equal to minus n."""
    mirrors = {n for names, _, _ in solver.rules for n in names if n[0] == "neg"}
    for m in mirrors:
        solver.bounds[m] = [-(10**9), 0]
        solver.rules.append(((m[1], m), 0, 0))


def _truth(world: World, figures: list[Figure]) -> dict[object, int]:
    out: dict[object, int] = {("x", h, m): n for (h, m), n in world.visits.items()}
    for f in figures:
        if f.kind == "families" and len(f.hubs) == 1 and f.hubs[0] == SMALL:
            out[("z", SMALL, f.months)] = 2 if world.target in f.months else 0
    return out


def _averaging(figures: list[Figure], world: World, rounded: bool, truth: dict) -> list[str]:
    """Figures that count exactly the small hub's visits (or families), however they are asked:
    its own rows, and "all" less "all but it", for every period holding its month. If they
    differ, their average says more than any one of them."""
    found = []
    for kind, true in (("visits", 3), ("families", 2)):
        own = []
        by_key: dict[tuple, str] = {(f.hubs, f.months): f.text for f in figures if f.kind == kind}
        others = tuple(h for h in (*BIG, SMALL) if h != SMALL)
        every = (*BIG, SMALL)
        for (hubs, months), text in by_key.items():
            if world.target not in months:
                continue
            if hubs == (SMALL,):
                own.append(text)
            if hubs == every and (others, months) in by_key:
                a, b = text, by_key[(others, months)]
                if a.isdigit() and b.isdigit():
                    own.append(str(int(a.replace(",", "")) - int(b.replace(",", ""))))
        values = [int(v) for v in own if v.lstrip("-").isdigit()]
        own = [v for v in own if v.lstrip("-").isdigit() or v == "<5"]
        if len(set(values)) > 1 and round(sum(values) / len(values)) == true:
            found.append(f"small hub's {kind} = {true} by averaging {len(values)} figures")
        if values and not rounded and set(values) == {true}:
            found.append(f"small hub's {kind} = {true} read off by difference")
    return found


@BACKENDS
def test_no_count_of_1_to_4_can_be_recovered_from_everything_published(central_db):
    AREAS_SEEN.clear()
    world = build_world(central_db)
    admin.create_user(central_db, "attacker", PASSWORD, role="viewer")
    with TestClient(create_app(central_db), base_url="http://127.0.0.1") as client:
        login = client.get("/dashboard/login").text
        token = re.search(r'name="csrf" value="([^"]+)"', login).group(1)
        client.post("/dashboard/login", data={"csrf": token, "username": "attacker",
                                              "password": PASSWORD})  # fmt: skip
        figures, rounded = gather(client, world)
    assert len(figures) > 500
    recovered = attack(figures, world, rounded)
    assert recovered == [], "\n".join(recovered)


def test_the_attacker_finds_what_exact_figures_give_away():
    """The attack is not toothless: fed the exact figures (the rule before disclosure control),
    it works out the small hub's visits and families."""
    today = datetime.now(UTC).date().replace(day=1)
    months = [add_months(today, -k) for k in range(3, 0, -1)]
    world = World(months=months, target=months[1], hub_ids={})
    world.visits = {(h, m): (40 if h != SMALL else (3 if m == months[1] else 0))
                    for h in (*BIG, SMALL) for m in months}  # fmt: skip
    figures = []
    every = (*BIG, SMALL)
    others = tuple(h for h in every if h != SMALL)
    for m in months:
        figures.append(Figure("visits", every, (m,), str(120 + (3 if m == months[1] else 0))))
        figures.append(Figure("families", every, (m,), str(50 + (2 if m == months[1] else 0))))
        figures.append(Figure("families", others, (m,), "50"))
        for h in every:
            n = world.visits[(h, m)]
            figures.append(Figure("visits", (h,), (m,), str(n) if n >= 5 else "<5"))
    found = attack(figures, world, rounded=False)
    assert any("'x', 'SSS'" in f for f in found), found
    assert any("families" in f for f in found), found
    # the same figures rounded as the dashboard now publishes them give nothing away
    rounded_figures = [Figure(f.kind, f.hubs, f.months, _round_text(f.text)) for f in figures]
    assert attack(rounded_figures, world, rounded=True) == []


def _round_text(text: str) -> str:
    if text == "<5":
        return "<5"
    n = int(text)
    return str(n - n % 5) if n % 5 < 3 else str(n - n % 5 + 5)
