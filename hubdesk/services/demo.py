"""A realistic demo store: a hub with outreach points, a week's timetable, a few hundred families
and six months of visits and contacts, so that every screen has something real on it.

Everything goes through the same use cases as real work (so the outbox and the audit log are
real too), with a clock that walks through the six months. Names and postcodes are made up.
The store is labelled demo: its key sits beside it, and the staff PINs are printed in the README.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from hubdesk.domain.catalogue import (
    ActivityKind,
    ContactChannel,
    DeviceKind,
    Face,
    Need,
    Outcome,
    SignOutBy,
    SiteKind,
    VisitReason,
    VoiceAnswer,
    VoiceQuestionCode,
    VoiceSource,
)
from hubdesk.domain.clock import FakeClock, SystemClock
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.offer import OfferIn
from hubdesk.domain.people import AgeBand, Gender, Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.security.keys import key_file_path
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.family_voice import Asked, FamilyVoiceService, QuestionDraft, new_response_id
from hubdesk.services.passes import PassService
from hubdesk.services.setup import DeviceIdentity, SetupService
from hubdesk.services.staff import StaffService
from hubdesk.services.stores import create_store
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import Store, open_store, sidecar_files
from hubdesk.storage.models import Visit

# The demo's staff: (name, role, PIN). Printed in the README; a demo store only.
DEMO_STAFF = (
    ("Sam Admin", StaffRole.ADMIN, "1234"),
    ("Priya Manager", StaffRole.MANAGER, "2345"),
    ("Jo Reception", StaffRole.RECEPTION, "1111"),
    ("Kit Outreach", StaffRole.OUTREACH, "2222"),
)

OUTREACH_POINTS: tuple[tuple[str, SiteKind, str], ...] = (
    ("Westgate Fire Station", SiteKind.FIRE_STATION, "NE4 6SX"),
    ("RAF Northfield Community Room", SiteKind.MILITARY_BASE, "NE13 8BZ"),
    ("St Mary's Primary School", SiteKind.SCHOOL, "NE6 5PY"),
    ("Elm Park Community Centre", SiteKind.COMMUNITY_VENUE, "NE5 2DU"),
)

# (weekday 0=Mon, start, minutes, name, kind, capacity, outreach point index or None for the hub)
WEEK: tuple[tuple[int, time, int, str, ActivityKind, int, int | None], ...] = (
    (0, time(9, 30), 90, "Stay and Play", ActivityKind.STAY_AND_PLAY, 20, None),
    (0, time(13, 30), 60, "Baby Massage", ActivityKind.OTHER, 10, None),
    (1, time(9, 0), 180, "Baby Clinic", ActivityKind.BABY_CLINIC, 30, None),
    (1, time(15, 30), 120, "Youth Group", ActivityKind.YOUTH_GROUP, 25, None),
    (2, time(8, 0), 60, "Breakfast Club", ActivityKind.BREAKFAST_CLUB, 30, 2),
    (
        2,
        time(10, 0),
        90,
        "Learning Together through Play",
        ActivityKind.LEARNING_THROUGH_PLAY,
        15,
        None,
    ),
    (3, time(10, 0), 120, "Stay and Play at the Fire Station", ActivityKind.STAY_AND_PLAY, 15, 0),
    (3, time(18, 0), 90, "Dads' Evening", ActivityKind.OTHER, 15, None),
    (4, time(9, 30), 90, "Stay and Play", ActivityKind.STAY_AND_PLAY, 20, None),
    (4, time(13, 0), 120, "Military Families Coffee Morning", ActivityKind.OTHER, 20, 1),
    (5, time(10, 0), 120, "Saturday SEND Play Session", ActivityKind.OTHER, 12, 3),
)

# The public offer (services/timetable.py set_offer): sessions the demo hub publishes to the
# council's directory and to families' calendars, by name. (description, ages, cost in pence,
# booking needed, accessibility notes)
PUBLIC_OFFER: dict[str, tuple[str, int | None, int | None, int, bool, str | None]] = {
    "Stay and Play": (
        "Messy play, songs and a story for babies and young children with their parents or "
        "carers. Drop in any time during the session; tea and toast for grown-ups.",
        0,
        4,
        0,
        False,
        "Step-free entrance, baby change and accessible toilet on the ground floor.",
    ),
    "Baby Massage": (
        "A five-week course led by a health visitor: gentle massage to soothe and bond with "
        "your baby. Bring a towel.",
        0,
        1,
        0,
        True,
        "Ground-floor room with hearing loop; floor mats and chairs.",
    ),
    "Learning Together through Play": (
        "Small-group play sessions that build early talking and listening, for two-year-olds "
        "and their grown-ups.",
        2,
        3,
        0,
        True,
        "Step-free access; quiet space available on request.",
    ),
    "Stay and Play at the Fire Station": (
        "Our stay and play at Westgate Fire Station: play, sing and see the fire engine.",
        0,
        4,
        0,
        False,
        "Step-free access through the side door; parking for buggies.",
    ),
    "Saturday SEND Play Session": (
        "Sensory play for children with special educational needs and disabilities and their "
        "brothers and sisters, with staff who know the Local Offer.",
        0,
        11,
        0,
        True,
        "Sensory room, hoist and changing places toilet; quiet room available.",
    ),
    "Dads' Evening": (
        "An evening for dads, granddads and male carers and their children: games, food and "
        "a chat.",
        0,
        11,
        200,
        False,
        None,
    ),
}
DEMO_CONTACT = "Riverside Family Hub reception, 0191 000 0123"
DEMO_EMAIL = "riverside.familyhub@example.org.uk"

FIRST_ADULT = {
    Gender.FEMALE: [
        "Amira",
        "Sarah",
        "Agnieszka",
        "Ioana",
        "Fatima",
        "Emma",
        "Chloe",
        "Aisha",
        "Gemma",
        "Kasia",
        "Maria",
        "Zainab",
        "Leanne",
        "Olivia",
        "Hannah",
        "Nadia",
    ],
    Gender.MALE: [
        "James",
        "Mohammed",
        "Piotr",
        "Andrei",
        "Daniel",
        "Tomasz",
        "Liam",
        "Omar",
        "Craig",
        "Bilal",
        "Mark",
        "Yusuf",
        "Ryan",
        "Adam",
    ],
}
FIRST_CHILD = [
    "Ava",
    "Noah",
    "Zofia",
    "Ibrahim",
    "Isla",
    "Leo",
    "Maya",
    "Jakub",
    "Aria",
    "Hamza",
    "Freya",
    "Oscar",
    "Layla",
    "Elena",
    "Alfie",
    "Mila",
    "Yasmin",
    "Theo",
    "Sofia",
    "Harry",
    "Amelia",
    "Ali",
    "Ruby",
    "Luca",
]
SURNAMES = [
    "Khan",
    "Smith",
    "Nowak",
    "Popescu",
    "Ahmed",
    "Robson",
    "Kowalski",
    "Hussain",
    "Taylor",
    "Ionescu",
    "Ali",
    "Charlton",
    "Wiśniewska",
    "Patel",
    "Milburn",
    "Dumitru",
    "Begum",
    "Armstrong",
    "Hassan",
    "Wilson",
]
DISTRICTS = ["NE1", "NE2", "NE4", "NE5", "NE6", "NE6", "NE6", "NE7", "NE12", "NE13", "NE15"]
INWARD = ["1AA", "2BD", "3EF", "4GH", "5JL", "6NP", "7QR", "8SU", "9TW", "2XY"]


@dataclass(frozen=True)
class DemoSummary:
    families: int
    visits: int
    contacts: int
    activities: int


def build_demo_store(
    path: Path,
    *,
    families: int = 300,
    months: int = 6,
    seed: int = 2026,
    today: date | None = None,
) -> DemoSummary:
    """Create the demo store at `path` (which must not exist yet)."""
    # Built under a temporary name and renamed at the end, so a failed build leaves nothing.
    building = path.with_name(path.name + ".building")
    for leftover in (building, key_file_path(building), *sidecar_files(building)[1:]):
        leftover.unlink(missing_ok=True)
    created = create_store(building, passphrase=None, demo=True, use_keyring=False)
    created.store.close()
    # Bulk build without fsync per commit; the app reopens it durable.
    store = open_store(building, _demo_key(building), durable=False)
    try:
        summary = _populate(
            store,
            families=families,
            months=months,
            seed=seed,
            today=today or datetime.now(HUB_TZ).date(),
        )
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    key_file_path(building).replace(key_file_path(path))
    building.replace(path)
    return summary


@dataclass(frozen=True)
class DemoPass:
    """A made-up demo family's pass, to try the kiosk with: type the code or scan the QR text."""

    family: str  # "Amira K. + 3"
    short_code: str  # XXXX-XXXX-C
    qr_payload: str


def demo_passes(path: Path, count: int = 5) -> list[DemoPass]:
    """`count` live passes of the demo store at `path`, families with the most members first.
    Only a demo store opens here: its key lies beside it (a real store's never does)."""
    from sqlalchemy import select

    from hubdesk.security.passes import format_short_code, qr_payload
    from hubdesk.storage.models import Family, FamilyPass

    store = open_store(path, _demo_key(path))
    try:
        with store.read() as session:
            rows = session.execute(
                select(FamilyPass, Family)
                .join(Family, Family.id == FamilyPass.family_id)
                .where(
                    FamilyPass.revoked_at.is_(None),
                    Family.erased_at.is_(None),
                    Family.merged_into_id.is_(None),
                )
                .order_by(FamilyPass.issued_at)
            ).all()
            passes = []
            for card, family in rows:
                members = [m for m in family.members if not m.removed]
                if not members:
                    continue
                lead = members[0]
                label = f"{lead.first_name} {(lead.last_name or '')[:1]}.".replace(" .", "")
                if len(members) > 1:
                    label += f" + {len(members) - 1}"
                passes.append(
                    (
                        len(members),
                        DemoPass(label, format_short_code(card.short_code), qr_payload(card.token)),
                    )
                )
    finally:
        store.close()
    passes.sort(key=lambda pair: -pair[0])
    return [p for _, p in passes[:count]]


def _demo_key(path: Path) -> bytes:
    from hubdesk.security import keys

    key = keys.unlock_unattended(path)
    assert key is not None
    return key


def _at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, HUB_TZ).astimezone(UTC)


Registered = list[tuple[uuid.UUID, list[uuid.UUID]]]  # each family and its members' ids
Sessions = dict[date, list[tuple[uuid.UUID, int, uuid.UUID]]]  # a day's (activity, places, site)


@dataclass(frozen=True)
class _DemoHub:
    """The hub the demo is built in: its device, its administrator and its sites (the hub's
    own first, then the outreach points)."""

    identity: DeviceIdentity
    admin: Actor
    sites: list[uuid.UUID]


def _populate(store: Store, *, families: int, months: int, seed: int, today: date) -> DemoSummary:
    """Fill a new store through the use cases: the hub and its staff, the families, the
    timetable, then day by day the sign-ins and the Here to Help contacts. `seed` makes the
    same store every time (one random stream, drawn in this order)."""
    rng = random.Random(seed)
    start = today - timedelta(days=months * 30)
    clock = FakeClock(_at(start - timedelta(days=1), time(8, 0)))
    hub = _set_up_hub(store, clock)
    registered = _register_families(store, clock, hub.admin, rng, families, start)
    week_sessions, activities = _lay_out_timetable(store, clock, hub, start, today)

    visits = VisitService(store, clock)
    contacts = ContactService(store, clock)
    now_local = datetime.now(HUB_TZ)
    n_visits = 0
    n_contacts = 0
    day = start
    while day <= today:
        n_visits += _sign_in_a_day(
            visits, clock, hub, rng, registered, week_sessions.get(day, []), day, today, now_local
        )
        n_contacts += _log_a_days_contacts(contacts, clock, hub.admin, rng, registered, day)
        day += timedelta(days=1)
    _hear_families(store, clock, hub, random.Random(seed + 23))
    clock.set(SystemClock().now())
    return DemoSummary(len(registered), n_visits, n_contacts, activities)


# How families of the demo rate their visits: mostly happy, some not (weights, worst face first).
FACE_WEIGHTS = (1, 3, 10, 16)
ANSWER_WEIGHTS = (7, 2, 1)  # yes, a little, no
DEMO_QUESTIONS = (VoiceQuestionCode.GOT_HELP, VoiceQuestionCode.TELL_FRIEND)


def _hear_families(store: Store, clock: FakeClock, hub: _DemoHub, rng: random.Random) -> None:
    """The hub asks the two standard questions, and about a third of the families who signed
    out in the last 200 visits tapped a face as they left; most of them answered the questions.
    Its own random stream, so the rest of the demo is the same with or without it."""
    voice = FamilyVoiceService(store, clock)
    version = voice.set_questions(hub.admin, [QuestionDraft(code, {}) for code in DEMO_QUESTIONS])
    with store.read() as session:
        left = session.execute(
            select(Visit.id, Visit.site_id, Visit.signed_out_at)
            .where(Visit.hub_id == hub.identity.hub_id, Visit.signed_out_at.is_not(None))
            .order_by(Visit.signed_in_at.desc())
            .limit(200)
        ).all()
    for visit_id, site_id, signed_out_at in reversed(left):
        if rng.random() > 0.35 or signed_out_at is None:
            continue
        clock.set(signed_out_at)
        kiosk = Actor(hub.identity.device_id, hub.identity.hub_id, site_id)
        asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=visit_id)
        voice.rate(kiosk, asked, rng.choices(list(Face), FACE_WEIGHTS)[0])
        if rng.random() < 0.6:
            for position in (1, 2):
                answer = rng.choices(list(VoiceAnswer), ANSWER_WEIGHTS)[0]
                voice.answer(kiosk, asked, version, position, answer)


def _set_up_hub(store: Store, clock: FakeClock) -> _DemoHub:
    """The demo hub and desk, its staff (DEMO_STAFF, the first an administrator) and the
    outreach points."""
    setup = SetupService(store, clock)
    identity = setup.initialise(
        hub_name="Riverside Family Hub (demo)",
        hub_code="RIV",
        site_name="Riverside Family Hub",
        site_postcode="NE6 1AS",
        device_name="Front desk (demo)",
        device_kind=DeviceKind.DESK,
        demo=True,
    )
    staff = StaffService(store, clock)
    admin_id = staff.add(None, name=DEMO_STAFF[0][0], role=DEMO_STAFF[0][1], pin=DEMO_STAFF[0][2])
    admin = Actor(identity.device_id, identity.hub_id, identity.site_id, admin_id, StaffRole.ADMIN)
    for name, role, pin in DEMO_STAFF[1:]:
        staff.add(admin, name=name, role=role, pin=pin)
    sites = [identity.site_id]
    for name, kind, postcode in OUTREACH_POINTS:
        sites.append(setup.add_site(admin, name=name, kind=kind, postcode=postcode).id)
    return _DemoHub(identity, admin, sites)


def _register_families(
    store: Store, clock: FakeClock, admin: Actor, rng: random.Random, families: int, start: date
) -> Registered:
    """The families, registered over the first weeks (most with a pass issued at the desk)."""
    family_service = FamilyService(store, clock)
    passes = PassService(store, clock)
    registered: Registered = []
    for _ in range(families):
        fam = _family(rng, start)
        done = family_service.register(admin, fam)
        if rng.random() < 0.7:
            passes.issue(admin, done.family_id)
        registered.append((done.family_id, list(done.member_ids)))
    return registered


def _lay_out_timetable(
    store: Store, clock: FakeClock, hub: _DemoHub, start: date, today: date
) -> tuple[Sessions, int]:
    """The timetable: the WEEK of sessions every week from the start to next week. Returns the
    sessions of each day and how many there are."""
    timetable = TimetableService(store, clock)
    monday = start - timedelta(days=start.weekday())
    activities = 0
    week_sessions: Sessions = {}
    first_of: dict[str, uuid.UUID] = {}
    while monday <= today + timedelta(days=7):
        for weekday, t, minutes, title, activity_kind, capacity, point in WEEK:
            day = monday + timedelta(days=weekday)
            site_id = hub.sites[0] if point is None else hub.sites[point + 1]
            starts = _at(day, t)
            activity_id = timetable.add(
                hub.admin,
                ActivityIn(
                    site_id,
                    title,
                    activity_kind,
                    starts,
                    starts + timedelta(minutes=minutes),
                    capacity,
                ),
            )
            week_sessions.setdefault(day, []).append((activity_id, capacity, site_id))
            first_of.setdefault(title, activity_id)
            activities += 1
        monday += timedelta(days=7)
    # The public offer, published from each group's first session onward (later ones follow).
    for title, (about, youngest, oldest, pence, booking, access) in PUBLIC_OFFER.items():
        timetable.set_offer(
            hub.admin,
            first_of[title],
            OfferIn(
                True, about, youngest, oldest, pence, booking, access, DEMO_CONTACT, DEMO_EMAIL
            ),
        )
    # Next week's Friday Stay and Play is cancelled (the hall is booked for an election), and
    # next week's Baby Massage moves an hour later: the calendar feeds carry both.
    next_monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
    for planned in timetable.week(hub.identity.hub_id, next_monday):
        weekday = planned.starts_at.astimezone(HUB_TZ).weekday()
        if planned.name == "Stay and Play" and weekday == 4:
            timetable.cancel(hub.admin, planned.id)
        elif planned.name == "Baby Massage":
            timetable.update(
                hub.admin,
                planned.id,
                ActivityIn(
                    planned.site_id,
                    planned.name,
                    planned.kind,
                    planned.starts_at + timedelta(hours=1),
                    planned.ends_at + timedelta(hours=1),
                    planned.capacity,
                ),
            )
    return week_sessions, activities


def _sign_in_a_day(
    visits: VisitService,
    clock: FakeClock,
    hub: _DemoHub,
    rng: random.Random,
    registered: Registered,
    sessions: list[tuple[uuid.UUID, int, uuid.UUID]],
    day: date,
    today: date,
    now_local: datetime,
) -> int:
    """A day's sign-ins (none on Sundays, fewer on Saturdays), signed out after 40 to 150
    minutes unless that is still to come today. Returns how many signed in."""
    identity = hub.identity
    busy = 0 if day.weekday() == 6 else (12 if day.weekday() == 5 else rng.randint(18, 34))
    n_visits = 0
    for _ in range(busy):
        at = _at(day, time(rng.randint(8, 16), rng.randint(0, 59)))
        if day == today and at > now_local:
            continue
        clock.set(at)
        activity = rng.choice(sessions) if sessions and rng.random() < 0.6 else None
        site_id = activity[2] if activity else hub.sites[0]
        actor = Actor(
            identity.device_id, identity.hub_id, site_id, hub.admin.staff_id, StaffRole.ADMIN
        )
        reason = (
            VisitReason.ACTIVITY
            if activity
            else rng.choice(
                [
                    VisitReason.HERE_TO_HELP,
                    VisitReason.HEALTH_VISITOR,
                    VisitReason.APPOINTMENT,
                    VisitReason.JUST_VISITING,
                    VisitReason.OTHER,
                ]
            )
        )
        session_id = activity[0] if activity else None
        if registered and rng.random() < 0.65:
            family_id, member_ids = rng.choice(registered)
            here = [m for m in member_ids if rng.random() < 0.8] or member_ids[:1]
            request = SignIn(
                reason,
                family_id=family_id,
                member_ids=tuple(here),
                activity_id=session_id,
            )
        else:
            request = SignIn(
                reason,
                party=_party(rng),
                activity_id=session_id,
                postcode=_postcode(rng) if rng.random() < 0.6 else None,
                first_time=rng.random() < 0.3,
            )
        try:
            signed = visits.sign_in(actor, request)
        except ValidationError:  # a full session, or a child too old on this day: skip
            continue
        n_visits += 1
        leave = at + timedelta(minutes=rng.randint(40, 150))
        if day < today or leave < now_local - timedelta(minutes=30):
            clock.set(leave)
            visits.sign_out(actor, signed.visit_id, SignOutBy.STAFF)
    return n_visits


def _log_a_days_contacts(
    contacts: ContactService,
    clock: FakeClock,
    admin: Actor,
    rng: random.Random,
    registered: Registered,
    day: date,
) -> int:
    """A weekday's Here to Help contacts (two to seven). Returns how many were logged."""
    n_contacts = 0
    for _ in range(rng.randint(2, 7) if day.weekday() < 5 else 0):
        clock.set(_at(day, time(rng.randint(9, 16), rng.randint(0, 59))))
        contact_family = rng.choice(registered)[0] if rng.random() < 0.7 else None
        needs = tuple(rng.sample(list(Need), rng.randint(1, 2)))
        outcome = rng.choice(list(Outcome))
        due = day + timedelta(days=rng.randint(3, 21)) if rng.random() < 0.35 else None
        try:
            contacts.log(
                admin,
                ContactIn(
                    channel=rng.choice(list(ContactChannel)),
                    needs=needs,
                    outcomes=(outcome,),
                    family_id=contact_family,
                    referred_to="Health visiting team" if outcome is Outcome.REFERRAL else None,
                    signposted_to="Citizens Advice" if outcome is Outcome.SIGNPOSTED else None,
                    minutes_spent=rng.choice([5, 10, 15, 20, 30, 45]),
                    follow_up_due=due,
                ),
            )
            n_contacts += 1
        except ValidationError:  # an invalid random combination: skip it
            continue
    return n_contacts


def _postcode(rng: random.Random) -> str:
    return f"{rng.choice(DISTRICTS)} {rng.choice(INWARD)}"


def _family(rng: random.Random, today: date) -> FamilyIn:
    surname = rng.choice(SURNAMES)
    adults = []
    shape = rng.random()
    if shape < 0.55:
        adults.append(
            AdultIn(rng.choice(FIRST_ADULT[Gender.FEMALE]), surname, Role.MOTHER, Gender.FEMALE)
        )
    elif shape < 0.7:
        adults.append(
            AdultIn(rng.choice(FIRST_ADULT[Gender.MALE]), surname, Role.FATHER, Gender.MALE)
        )
    elif shape < 0.9:
        adults.append(
            AdultIn(rng.choice(FIRST_ADULT[Gender.FEMALE]), surname, Role.MOTHER, Gender.FEMALE)
        )
        adults.append(
            AdultIn(rng.choice(FIRST_ADULT[Gender.MALE]), surname, Role.FATHER, Gender.MALE)
        )
    else:
        gender = rng.choice([Gender.FEMALE, Gender.MALE])
        role = rng.choice([Role.GRANDPARENT, Role.CARER])
        adults.append(AdultIn(rng.choice(FIRST_ADULT[gender]), surname, role, gender))
    children = []
    for _ in range(rng.choices([1, 2, 3, 4], [45, 35, 15, 5])[0]):
        age_days = int(rng.triangular(30, 19 * 365, 2 * 365))
        send = rng.random() < 0.08
        if send and rng.random() < 0.2:
            age_days = rng.randint(20 * 365 + 200, 24 * 365)
        children.append(ChildIn(rng.choice(FIRST_CHILD), today - timedelta(days=age_days), send))
    return FamilyIn(
        adults=tuple(adults),
        children=tuple(children),
        postcode=_postcode(rng),
        phone=f"07700 9{rng.randint(0, 99999):05d}",
        consent=True,
    )


def _party(rng: random.Random) -> Party:
    roles: dict[Role, int] = {rng.choices(list(Role), [50, 20, 10, 15, 5])[0]: 1}
    if rng.random() < 0.2:
        roles[Role.FATHER] = roles.get(Role.FATHER, 0) + 1
    bands: dict[AgeBand, int] = {}
    for _ in range(rng.choices([0, 1, 2, 3], [5, 50, 35, 10])[0]):
        band = rng.choices(list(AgeBand)[:5], [35, 35, 20, 7, 3])[0]
        bands[band] = bands.get(band, 0) + 1
    return Party.from_counts(roles, bands)
