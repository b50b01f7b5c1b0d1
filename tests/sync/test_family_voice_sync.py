"""Family voice syncs like any footfall (issue 23): the desk's questions reach the kiosk, the
kiosk's answer reaches the service's dashboard and the desk's report, over loopback HTTP."""

from __future__ import annotations

import uuid

from hubdesk.central.dashboard import queries
from hubdesk.domain.catalogue import (
    DeviceKind,
    Face,
    VisitReason,
    VoiceAnswer,
    VoiceQuestionCode,
    VoiceSource,
)
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.measures import Period, Scope
from hubdesk.services.base import Actor
from hubdesk.services.family_voice import Asked, FamilyVoiceService, QuestionDraft, new_response_id
from hubdesk.services.reports import ReportService
from hubdesk.services.visits import SignIn, VisitService
from tests.sync.support import BACKENDS, make_device, make_hub


@BACKENDS
def test_questions_and_answers_travel_between_desk_kiosk_and_service(
    tmp_path, central_db, live, clock
):
    make_hub(central_db)
    kiosk = make_device(tmp_path, central_db, live.url, "RIV", name="kiosk", clock=clock)
    desk = make_device(
        tmp_path, central_db, live.url, "RIV", name="desk", kind=DeviceKind.DESK, clock=clock
    )
    admin = Actor(desk.device_id, desk.hub_id, desk.site_id, uuid.uuid4(), StaffRole.ADMIN)
    FamilyVoiceService(desk.store, clock).set_questions(
        admin, [QuestionDraft(VoiceQuestionCode.CUSTOM, {"en": "Warm enough?", "pl": "Ciepło?"})]
    )
    assert desk.engine.run_once().ok
    assert kiosk.engine.run_once().ok
    kiosk_voice = FamilyVoiceService(kiosk.store, clock)
    held = kiosk_voice.questions(kiosk.actor)
    assert held.version == 1
    assert held.questions[0].wording == {"en": "Warm enough?", "pl": "Ciepło?"}

    visit = VisitService(kiosk.store, clock).sign_in(
        kiosk.actor, SignIn(VisitReason.JUST_VISITING, party=Party((Role.MOTHER,)))
    )
    asked = Asked(new_response_id(), VoiceSource.KIOSK, visit_id=visit.visit_id)
    kiosk_voice.rate(kiosk.actor, asked, Face.UNHAPPY)
    kiosk_voice.rate(kiosk.actor, asked, Face.VERY_HAPPY)  # the last tap wins everywhere
    kiosk_voice.answer(kiosk.actor, asked, 1, 1, VoiceAnswer.YES)
    assert kiosk.engine.run_once().ok
    assert desk.engine.run_once().ok

    today = clock.now().date()
    period = Period(today.replace(day=1), today)
    board, questions = queries.voice(central_db, period, Scope.of(kiosk.hub_id), rounded=False)
    assert (board.total.answers, board.total.face_4, board.total.q1_yes) == (1, 1, 1)
    assert [(q.version, q.text_en) for q in questions] == [(1, "Warm enough?")]
    on_desk = ReportService(desk.store, clock).voice(desk.hub_id, period.start, period.end)
    assert on_desk == board
