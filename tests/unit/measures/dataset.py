"""A hand-built data set for the measures, and the answers worked out here in plain Python.

The same rows go into the device store (`visits`, `contacts`) and the central store
(`central_visits`, `central_contacts`), so the desk and the dashboard can be held to the same
numbers. Times straddle the end of British Summer Time (25 October 2026, 01:00 UTC) and local
midnight, so the day, week and hour rules are exercised.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome, VisitReason

LONDON = ZoneInfo("Europe/London")
START = date(2026, 10, 19)  # a Monday
END = date(2026, 11, 1)  # a Sunday: two ISO weeks, BST ends on 25 October
ROLES = ("adults_mother", "adults_father", "adults_carer", "adults_grandparent", "adults_other")
BANDS = (
    "children_0_1",
    "children_2_4",
    "children_5_11",
    "children_12_16",
    "children_17_19",
    "children_20_25",
)
REACH_DISTRICTS = ("NE1", "NE2")
# postcode -> (district, ward, LSOA, decile)
LOOKUP = {
    "NE1 4XF": ("NE1", "E05001101", "E01008201", 2),
    "NE1 5AA": ("NE1", "E05001101", "E01008202", 3),
    "NE2 1AB": ("NE2", "E05001102", "E01008301", 7),
    "NE6 2BD": ("NE6", "E05001103", "E01008401", 1),
    "SR1 3QD": ("SR1", "E05001201", "E01009001", 9),
}


@dataclass
class Data:
    hub_id: uuid.UUID
    site_ids: tuple[uuid.UUID, uuid.UUID]
    device_id: uuid.UUID
    family_ids: list[uuid.UUID]
    activity_ids: list[uuid.UUID]
    visits: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    today: date = date(2026, 11, 4)


def local(at: datetime) -> datetime:
    return at.astimezone(LONDON)


def build(hub_id: uuid.UUID, site_ids: tuple[uuid.UUID, uuid.UUID], seed: int = 6) -> Data:
    rng = random.Random(seed)
    data = Data(
        hub_id=hub_id,
        site_ids=site_ids,
        device_id=uuid.UUID(int=rng.getrandbits(128)),
        family_ids=[uuid.UUID(int=rng.getrandbits(128)) for _ in range(14)],
        activity_ids=[uuid.UUID(int=rng.getrandbits(128)) for _ in range(2)],
    )
    base = datetime(2026, 10, 16, 0, 0, tzinfo=UTC)
    times = [base + timedelta(minutes=rng.randrange(0, 19 * 24 * 60)) for _ in range(260)]
    # edges: local midnight in BST and GMT, the clock change hour, just outside the period
    times += [
        datetime(2026, 10, 18, 22, 59, tzinfo=UTC),  # 23:59 BST on the 18th: outside
        datetime(2026, 10, 18, 23, 30, tzinfo=UTC),  # 00:30 BST on the 19th: inside
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 01:30 BST on the 25th
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # 01:30 GMT on the 25th
        datetime(2026, 11, 1, 23, 59, tzinfo=UTC),  # 23:59 GMT on 1 November: inside
        datetime(2026, 11, 2, 0, 0, tzinfo=UTC),  # outside
    ]
    times.sort()
    seen_families: set[uuid.UUID] = set()
    postcodes = [*LOOKUP, None, None]
    for i, at in enumerate(times):
        family = rng.choice(data.family_ids) if rng.random() < 0.6 else None
        roles = {r: 0 for r in ROLES}
        roles[rng.choice(ROLES)] += 1
        if rng.random() < 0.3:
            roles[rng.choice(ROLES)] += 1
        bands = {b: 0 for b in BANDS}
        for _ in range(rng.randrange(0, 4)):
            bands[rng.choice(BANDS)] += 1
        male = (
            1 if roles["adults_carer"] + roles["adults_grandparent"] and rng.random() < 0.4 else 0
        )
        send = min(sum(bands.values()), 1 if rng.random() < 0.2 else 0)
        if family is not None:
            is_new: bool | None = family not in seen_families
            seen_families.add(family)
        else:
            is_new = rng.choice((True, False, None))
        pc = rng.choice(postcodes)
        district = LOOKUP[pc][0] if pc else (rng.choice(("DH1", None)) if i % 7 == 0 else None)
        reason = rng.choice([r.value for r in VisitReason])
        data.visits.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)),
                "hub_id": hub_id,
                "site_id": site_ids[0] if rng.random() < 0.7 else site_ids[1],
                "device_id": data.device_id,
                "family_id": family,
                "activity_id": (
                    rng.choice(data.activity_ids) if reason == VisitReason.ACTIVITY else None
                ),
                "reason": reason,
                "signed_in_at": at,
                "signed_out_at": at + timedelta(minutes=45),
                "postcode_district": district,
                "is_new": is_new,
                "first_time_any_hub": None,
                **roles,
                "male_carers": male,
                **bands,
                "send_children": send,
                "people": sum(roles.values()) + sum(bands.values()),
                "ward_code": LOOKUP[pc][1] if pc else None,
                "lsoa_code": LOOKUP[pc][2] if pc else None,
                "imd_decile": LOOKUP[pc][3] if pc else None,
                "updated_at": at + timedelta(minutes=45),
            }
        )
    for _ in range(60):
        at = base + timedelta(minutes=rng.randrange(0, 19 * 24 * 60))
        due = (
            local(at).date() + timedelta(days=rng.randrange(1, 10)) if rng.random() < 0.7 else None
        )
        done = None
        if due is not None and rng.random() < 0.7:
            # done some day around the due day, at a time near local midnight sometimes
            done = datetime.combine(
                due + timedelta(days=rng.randrange(-2, 3)),
                datetime.min.time(),
                LONDON,
            ).astimezone(UTC) + timedelta(minutes=rng.choice((5, 600, 1435)))
        data.contacts.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)),
                "hub_id": hub_id,
                "site_id": rng.choice(site_ids),
                "family_id": None,
                "channel": rng.choice([c.value for c in ContactChannel]),
                "needs": " ".join(sorted(rng.sample([n.value for n in Need], rng.randrange(1, 4)))),
                "outcomes": " ".join(
                    sorted(rng.sample([o.value for o in Outcome], rng.randrange(0, 3)))
                ),
                "follow_up_due": due,
                "follow_up_done_at": done,
                "contacted_at": at,
                "updated_at": at,
            }
        )
    return data


# -- the answers, worked out in Python --------------------------------------------------------


def in_period(v: dict[str, Any], start: date = START, end: date = END) -> bool:
    return start <= local(v["signed_in_at"]).date() <= end


def period_visits(data: Data, site_id: uuid.UUID | None = None) -> list[dict[str, Any]]:
    return [v for v in data.visits if in_period(v) and (site_id is None or v["site_id"] == site_id)]


def children(v: dict[str, Any]) -> int:
    return sum(v[b] for b in BANDS)


def expected_counts(visits: list[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = {
        "visits": len(visits),
        "people": sum(v["people"] for v in visits),
        "male_carers": sum(v["male_carers"] for v in visits),
        "send_children": sum(v["send_children"] for v in visits),
        "new_visits": sum(1 for v in visits if v["is_new"] is True),
        "returning_visits": sum(1 for v in visits if v["is_new"] is False),
        "anonymous_visits": sum(1 for v in visits if v["family_id"] is None),
        "visits_with_father": sum(
            1 for v in visits if v["adults_father"] > 0 or v["male_carers"] > 0
        ),
    }
    for name in (*ROLES, *BANDS):
        out[name] = sum(v[name] for v in visits)
    return out


def expected_reach(visits: list[dict[str, Any]]) -> dict[str, int]:
    by_family: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    for v in visits:
        if v["family_id"] is not None:
            by_family[v["family_id"]].append(v)
    out = {
        "families": len(by_family),
        "children": sum(max(children(v) for v in vs) for vs in by_family.values()),
        "new_families": sum(1 for vs in by_family.values() if any(v["is_new"] for v in vs)),
        "reattending_families": sum(1 for vs in by_family.values() if len(vs) >= 2),
        "families_with_father": sum(
            1
            for vs in by_family.values()
            if any(v["adults_father"] or v["male_carers"] for v in vs)
        ),
    }
    for band in BANDS:
        out[band] = sum(max(v[band] for v in vs) for vs in by_family.values())
    return out


def group(visits: list[dict[str, Any]], key: Any) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for v in visits:
        out[key(v)].append(v)
    return dict(out)


def by_day(v: dict[str, Any]) -> date:
    return local(v["signed_in_at"]).date()


def by_week(v: dict[str, Any]) -> date:
    d = by_day(v)
    return d - timedelta(days=d.weekday())


def by_month(v: dict[str, Any]) -> date:
    return by_day(v).replace(day=1)


def by_hour(v: dict[str, Any]) -> int:
    return local(v["signed_in_at"]).hour


def by_weekday(v: dict[str, Any]) -> int:
    return by_day(v).isoweekday()


def reach_area(v: dict[str, Any], areas: dict[uuid.UUID, tuple[str, ...]]) -> str:
    if v["postcode_district"] is None:
        return "no_district"
    if not areas.get(v["hub_id"]):
        return "no_area"
    return "inside" if v["postcode_district"] in areas[v["hub_id"]] else "outside"


def expected_contacts(data: Data) -> dict[str, Any]:
    inside = [c for c in data.contacts if START <= local(c["contacted_at"]).date() <= END]
    due = [c for c in data.contacts if c["follow_up_due"] and START <= c["follow_up_due"] <= END]

    def done_day(c: dict[str, Any]) -> date:
        return local(c["follow_up_done_at"]).date()

    return {
        "contacts": len(inside),
        "by_channel": {
            ch.value: sum(1 for c in inside if c["channel"] == ch.value) for ch in ContactChannel
        },
        "by_need": {n.value: sum(1 for c in inside if n.value in c["needs"].split()) for n in Need},
        "by_outcome": {
            o.value: sum(1 for c in inside if o.value in c["outcomes"].split()) for o in Outcome
        },
        "follow_ups": {
            "due": len(due),
            "done_on_time": sum(
                1 for c in due if c["follow_up_done_at"] and done_day(c) <= c["follow_up_due"]
            ),
            "done_late": sum(
                1 for c in due if c["follow_up_done_at"] and done_day(c) > c["follow_up_due"]
            ),
            "overdue": sum(
                1 for c in due if not c["follow_up_done_at"] and c["follow_up_due"] < data.today
            ),
            "open": sum(
                1 for c in due if not c["follow_up_done_at"] and c["follow_up_due"] >= data.today
            ),
        },
    }
