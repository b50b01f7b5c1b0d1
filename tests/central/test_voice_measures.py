"""Family voice measures (issue 23), worked by hand: the desk (its own store) and the dashboard
(the central store, SQLite and PostgreSQL) give the same figures for the same answers, and what
the dashboard publishes goes through disclosure control like every other figure."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert

from hubdesk.central.dashboard import queries
from hubdesk.central.dashboard.tables import CentralVoiceQuestion, CentralVoiceResponse
from hubdesk.central.store import CentralStore
from hubdesk.domain.catalogue import Face, VoiceAnswer
from hubdesk.domain.clock import FakeClock
from hubdesk.measures import Period, Scope
from hubdesk.measures.suppress import suppress
from hubdesk.measures.voice import VoiceCounts, VoiceReport
from hubdesk.services.reports import ReportService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.storage.engine import Store
from hubdesk.storage.models import Site, VoiceResponse
from tests.sync.support import BACKENDS

PERIOD = Period(date(2026, 5, 1), date(2026, 6, 30))
AT = datetime(2026, 6, 30, 12, tzinfo=UTC)
ACTIVITY = uuid.UUID("01900000-0000-7000-8000-0000000000a1")

# (day, site 1 or 2, reason, activity, source, face, version, answer 1, answer 2)
ROWS = [
    (date(2026, 6, 2), 1, "just_visiting", None, "kiosk", 4, None, None, None),
    (date(2026, 6, 2), 1, "just_visiting", None, "kiosk", 3, 1, "yes", "yes"),
    (date(2026, 6, 10), 1, "activity", ACTIVITY, "kiosk", 4, 1, "yes", "partly"),
    (date(2026, 6, 10), 2, "here_to_help", None, "desk", 2, 1, "no", None),
    (date(2026, 6, 20), 2, "here_to_help", None, "desk", None, 1, "partly", "no"),
    (date(2026, 5, 31), 1, "just_visiting", None, "kiosk", 1, None, None, None),
    (date(2026, 6, 15), 1, "just_visiting", None, "kiosk", 3, 2, "yes", None),
    (date(2026, 7, 1), 1, "just_visiting", None, "kiosk", 4, None, None, None),  # after
]

# worked by hand from ROWS (the July answer is outside the period)
TOTAL = VoiceCounts(
    answers=7, rated=6, face_1=1, face_2=1, face_3=2, face_4=2,
    q1=5, q1_yes=3, q1_partly=1, q1_no=1, q2=3, q2_yes=1, q2_partly=1, q2_no=1,
)  # fmt: skip
MAY = VoiceCounts(answers=1, rated=1, face_1=1)
VERSION_1 = VoiceCounts(
    answers=4, rated=3, face_2=1, face_3=1, face_4=1,
    q1=4, q1_yes=2, q1_partly=1, q1_no=1, q2=3, q2_yes=1, q2_partly=1, q2_no=1,
)  # fmt: skip
VERSION_2 = VoiceCounts(answers=1, rated=1, face_3=1, q1=1, q1_yes=1)
ATOMS = 4  # (hub, month, version): May without questions; June without, with 1, with 2


def _values(hub_id: uuid.UUID, sites: dict[int, uuid.UUID]) -> list[dict[str, object]]:
    out = []
    for day, site, reason, activity, source, face, version, a1, a2 in ROWS:
        out.append(
            {
                "id": uuid.uuid4(), "hub_id": hub_id, "site_id": sites[site], "day": day,
                "activity_id": activity, "reason": reason, "source": source, "rating": face,
                "question_version": version, "answer_1": a1, "answer_2": a2, "updated_at": AT,
            }
        )  # fmt: skip
    return out


def _load(store: Store, central: CentralStore, identity: DeviceIdentity) -> dict[int, uuid.UUID]:
    sites = {1: identity.site_id, 2: uuid.uuid4()}
    with store.write() as session:
        session.add(
            Site(id=sites[2], hub_id=identity.hub_id, name="Fire station", kind="fire_station",
                 created_at=AT, updated_at=AT)
        )  # fmt: skip
        session.flush()
        session.execute(insert(VoiceResponse), _values(identity.hub_id, sites))
    other_hub = uuid.uuid4()
    with central.write() as session:
        session.execute(insert(CentralVoiceResponse), _values(identity.hub_id, sites))
        # another hub's answers: never in this hub's figures
        session.execute(
            insert(CentralVoiceResponse), _values(other_hub, {1: other_hub, 2: other_hub})
        )
        session.execute(
            insert(CentralVoiceQuestion),
            [
                {"id": uuid.uuid4(), "hub_id": identity.hub_id, "version": 1, "position": 1,
                 "code": "got_help", "text_en": "", "updated_at": AT},
                {"id": uuid.uuid4(), "hub_id": identity.hub_id, "version": 1, "position": 2,
                 "code": "custom", "text_en": "Warm enough?", "updated_at": AT},
                {"id": uuid.uuid4(), "hub_id": other_hub, "version": 1, "position": 1,
                 "code": "tell_friend", "text_en": "", "updated_at": AT},
            ],
        )  # fmt: skip
    return sites


def _check_by_hand(r: VoiceReport, hub_id: uuid.UUID, sites: dict[int, uuid.UUID]) -> None:
    assert r.total == TOTAL
    assert r.by_hub == {hub_id: TOTAL}
    assert r.by_month[date(2026, 5, 1)] == MAY
    assert r.by_month[date(2026, 6, 1)].answers == 6
    assert {k: v.answers for k, v in r.by_site.items()} == {sites[1]: 5, sites[2]: 2}
    assert {k: v.answers for k, v in r.by_reason.items()} == {
        "just_visiting": 4, "activity": 1, "here_to_help": 2,
    }  # fmt: skip
    assert {k: v.answers for k, v in r.by_activity.items()} == {None: 6, ACTIVITY: 1}
    assert r.by_site[sites[2]] == VoiceCounts(
        answers=2, rated=1, face_2=1, q1=2, q1_partly=1, q1_no=1, q2=1, q2_no=1
    )
    assert r.by_version == {(hub_id, 1): VERSION_1, (hub_id, 2): VERSION_2}
    assert r.total.happy == 4
    assert r.total.face(Face.VERY_UNHAPPY) == 1
    assert r.total.said(2, VoiceAnswer.PARTLY) == 1


@BACKENDS
def test_desk_and_dashboard_give_the_hand_worked_figures(
    central_db: CentralStore, store: Store, identity: DeviceIdentity, clock: FakeClock
) -> None:
    sites = _load(store, central_db, identity)
    desk = ReportService(store, clock).voice(identity.hub_id, PERIOD.start, PERIOD.end)
    _check_by_hand(desk, identity.hub_id, sites)
    board, questions = queries.voice(central_db, PERIOD, Scope.of(identity.hub_id), rounded=False)
    _check_by_hand(board, identity.hub_id, sites)
    assert board == desk
    assert [(q.version, q.position, q.code, q.text_en) for q in questions] == [
        (1, 1, "got_help", ""), (1, 2, "custom", "Warm enough?"),
    ]  # fmt: skip
    # one site of the hub on the desk
    one = ReportService(store, clock).voice(identity.hub_id, PERIOD.start, PERIOD.end, sites[2])
    assert one.total == desk.by_site[sites[2]]


def _parts_add_up(v: VoiceCounts, *, atom: bool = True) -> None:
    assert v.face_1 + v.face_2 + v.face_3 + v.face_4 == v.rated <= v.answers
    for slot in (1, 2):
        said = sum(v.said(slot, a) for a in VoiceAnswer)
        assert said == v.answered(slot)
        if atom:  # in a breakdown's group, answered and answers are each rounded
            assert said <= v.answers


@BACKENDS
def test_the_dashboard_publishes_family_voice_through_disclosure_control(
    central_db: CentralStore, store: Store, identity: DeviceIdentity
) -> None:
    sites = _load(store, central_db, identity)
    scope = Scope.of(identity.hub_id)
    published, _ = queries.voice(central_db, PERIOD, scope)
    true, _ = queries.voice(central_db, PERIOD, scope, rounded=False)
    tables = [
        ("total", {"": published.total}, {"": true.total}),
        ("month", published.by_month, true.by_month),
        ("site", published.by_site, true.by_site),
        ("reason", published.by_reason, true.by_reason),
        ("activity", published.by_activity, true.by_activity),
        ("version", published.by_version, true.by_version),
    ]
    for name, shown, real in tables:
        assert shown.keys() == real.keys(), name
        for key, v in shown.items():
            _parts_add_up(v, atom=name in ("total", "month", "version"))
            for field, value in v.__dict__.items():
                # every figure a multiple of 5; a sum of at most ATOMS published atoms, each
                # within 4 of its true count (which stays hidden)
                assert value % 5 == 0, (name, key, field)
                assert abs(value - getattr(real[key], field)) <= 4 * ATOMS, (name, key, field)
    # every breakdown adds up to the published total: no group can be taken from the others
    for grouped in (published.by_site, published.by_reason, published.by_activity,
                    published.by_month):  # fmt: skip
        assert sum(grouped.values(), VoiceCounts()) == published.total
    # a published 0 shows as "<5", never as itself
    assert {suppress(v) for v in published.total.__dict__.values()} <= {"<5", "5", "10", "15", "20"}
    # asked again, from a wider scope too, the same figures: nothing to average away
    again, _ = queries.voice(central_db, PERIOD, scope)
    assert again == published
    everyone, _ = queries.voice(central_db, PERIOD, Scope())
    assert everyone.by_hub[identity.hub_id] == published.total
    assert sites  # loaded


def test_a_table_without_the_voice_columns_is_refused() -> None:
    from hubdesk.measures.voice import VoiceTable

    with pytest.raises(ValueError, match="lacks voice columns"):
        VoiceTable(Site.__table__)  # type: ignore[arg-type]


def test_an_atom_is_published_within_4_of_each_count_and_its_parts_add_up() -> None:
    from hubdesk.measures.disclosure import Protector
    from hubdesk.measures.voice import publish, publish_groups

    p = Protector(b"a test secret of 32 bytes.......")
    hub = uuid.uuid4()
    for n in range(40):  # many atoms: every remainder, both ways of rounding
        v = VoiceCounts(
            answers=n + 3, rated=n + 2, face_1=1, face_2=n % 4, face_3=1, face_4=n - n % 4,
            q1=n, q1_yes=n // 2, q1_partly=n - n // 2, q2=1, q2_no=1,
        )  # fmt: skip
        shown = publish(p, v, hub, date(2026, 6, 1), n)
        _parts_add_up(shown)
        for field, value in shown.__dict__.items():
            assert value % 5 == 0
            assert abs(value - getattr(v, field)) <= 4, field
        assert publish(p, v, hub, date(2026, 6, 1), n) == shown  # fixed by the key
        halves = {
            "a": VoiceCounts(answers=n + 1, rated=n + 1, face_4=n + 1, q1=n, q1_yes=n),
            "b": VoiceCounts(answers=2, rated=1, face_1=1, q1=0),
        }
        whole = publish(p, sum(halves.values(), VoiceCounts()), hub, n)
        parts = publish_groups(p, halves, whole, hub, n)
        assert sum(parts.values(), VoiceCounts()) == whole


def test_the_dashboard_page_and_export_show_family_voice_published(
    central_db: CentralStore,
) -> None:
    import csv
    import io
    import re

    from fastapi.testclient import TestClient

    from hubdesk.central import admin
    from hubdesk.central.app import create_app

    hub = admin.create_hub(central_db, "Riverside Family Hub", "RIV")
    site = admin.create_site(central_db, "RIV", "Riverside Family Hub", kind="hub")
    sites = {1: site.id, 2: site.id}
    rows = [{**r, "id": uuid.uuid4()} for _ in range(3) for r in _values(hub.id, sites)]
    with central_db.write() as session:
        session.execute(insert(CentralVoiceResponse), rows)
        session.execute(
            insert(CentralVoiceQuestion),
            [{"id": uuid.uuid4(), "hub_id": hub.id, "version": 1, "position": 2,
              "code": "custom", "text_en": "Warm enough?", "updated_at": AT}],
        )  # fmt: skip
    admin.create_user(central_db, "alice", "a long enough password", role="viewer")
    with TestClient(create_app(central_db), base_url="http://127.0.0.1") as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/dashboard/login").text)
        assert token
        client.post(
            "/dashboard/login",
            data={"csrf": token.group(1), "username": "alice",
                  "password": "a long enough password"},
        )  # fmt: skip
        query = "from=2026-05&to=2026-06"
        page = client.get(f"/dashboard/voice?{query}")
        assert page.status_code == 200
        assert "Warm enough?" in page.text
        cells = re.findall(r'<td class="num">([^<]*)<', page.text)
        assert cells
        for cell in cells:
            value = cell.strip().replace(",", "")
            if value.isdigit():
                assert int(value) % 5 == 0
                assert int(value) >= 5
            else:
                assert value in ("&lt;5", "-") or value.endswith("%"), cell
        text = client.get(f"/dashboard/export/voice.csv?{query}").text
        table = list(csv.reader(io.StringIO(text)))
        assert table[0][:3] == ["table", "group", "answers"]
        total = table[1]
        assert total[:2] == ["all", "all shown"]
        assert abs(int(total[2]) - 21) <= 4 * ATOMS
        questions = table.index(["hub", "version", "question", "answered", "Yes", "A little",
                                 "No", "yes"])  # fmt: skip
        for row in table[1 : questions - 1]:
            for cell in row[2:]:
                assert cell in ("<5", "'-") or cell.endswith("%") or int(cell) % 5 == 0, row
        [asked] = table[questions + 1 :]
        assert asked[:3] == ["RIV Riverside Family Hub", "1", "Warm enough?"]
        for cell in asked[3:]:
            assert cell in ("<5", "'-") or cell.endswith("%") or int(cell) % 5 == 0, asked
