from __future__ import annotations

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.visits import SignIn, VisitService


def test_anonymous_sign_in_appears_in_building(store, clock, kiosk, identity):
    visits = VisitService(store, clock)
    party = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1, AgeBand.B2_4: 1})
    done = visits.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=party, postcode="ne6 2ab"))
    assert done.people == 3
    inside = visits.who_is_in(identity.hub_id)
    assert [v.visit_id for v in inside] == [done.visit_id]
