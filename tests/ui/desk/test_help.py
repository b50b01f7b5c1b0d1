"""Here to Help: a phone call for an existing family in at most 6 interactions; a walk-in with a
quick new family; follow-ups due and overdue, completed from the list."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.staff import StaffRole
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.storage.models import Contact, Family

from .conftest import PINS, click, click_list_item, click_row, register, sign_in, type_into

MAX_PHONE_CALL_INTERACTIONS = 6


class Counted:
    """Clicks and typing as a person does them, counted (typing into one field counts once)."""

    def __init__(self, qtbot, window):  # type: ignore[no-untyped-def]
        self.qtbot, self.window, self.n = qtbot, window, 0

    def click(self, widget) -> None:  # type: ignore[no-untyped-def]
        self.n += 1
        click(self.qtbot, self.window, widget)

    def type(self, field, text: str) -> None:  # type: ignore[no-untyped-def]
        self.n += 1
        type_into(self.qtbot, self.window, field, text)

    def pick(self, lst, item) -> None:  # type: ignore[no-untyped-def]
        self.n += 1
        click_list_item(self.qtbot, self.window, lst, item)


def test_phone_call_for_an_existing_family_takes_at_most_six_interactions(
    make_desk, staff, qtbot, store, clock, identity
):
    fam = register(store, clock, identity, "Joanna", "Nowak", child="Kacper")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("help")  # the tab: where staff start (not counted: it is where they are)
    page = window.pages["help"]
    staff_do = Counted(qtbot, window)
    staff_do.click(page.channel_buttons[ContactChannel.PHONE])  # 1
    staff_do.type(page.picker.field, "Nowak")  # 2
    qtbot.waitUntil(lambda: page.picker.item_for("Joanna") is not None)
    clock.advance(timedelta(minutes=4))  # the call goes on while staff listen
    staff_do.pick(page.picker.results, page.picker.item_for("Joanna"))  # 3
    staff_do.click(page.need_boxes[Need.MONEY])  # 4
    staff_do.click(page.outcome_boxes[Outcome.ADVICE])  # 5
    staff_do.click(page.save_button)  # 6
    qtbot.waitUntil(lambda: page.message.text() == "Saved.")
    assert staff_do.n <= MAX_PHONE_CALL_INTERACTIONS

    with store.read() as session:
        contact = session.scalars(select(Contact)).one()
        assert contact.family_id == fam.family_id
        assert contact.channel == ContactChannel.PHONE.value
        assert contact.needs == Need.MONEY.value
        assert contact.outcomes == Outcome.ADVICE.value
        assert contact.minutes_spent == 4  # counted from the first touch, on the service clock
        assert contact.staff_id == staff[StaffRole.RECEPTION]
    # the form is clear for the next one
    assert page.family_id is None
    assert not any(b.isChecked() for b in page.need_boxes.values())


def test_walk_in_with_a_quick_new_family_signposted_with_follow_up(
    make_desk, staff, qtbot, store, clock, identity
):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.OUTREACH], PINS[StaffRole.OUTREACH])
    window.open_page("help")
    page = window.pages["help"]
    click(qtbot, window, page.channel_buttons[ContactChannel.IN_PERSON])
    click(qtbot, window, page.new_family_button)
    type_into(qtbot, window, page.new_first, "Ioana")
    type_into(qtbot, window, page.new_last, "Popescu")
    type_into(qtbot, window, page.new_postcode, "ne5 3rs")
    click(qtbot, window, page.new_add)
    qtbot.waitUntil(lambda: page.family_id is not None)
    click(qtbot, window, page.need_boxes[Need.HOUSING])
    click(qtbot, window, page.outcome_boxes[Outcome.SIGNPOSTED])
    click(qtbot, window, page.save_button)  # no organisation yet: refused, beside the field
    error = page.errors.error_for("signposted_to")
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text().startswith("Signposted to:")
    with store.read() as session:
        assert session.scalars(select(Contact)).all() == []
    type_into(qtbot, window, page.signposted, "Shelter")
    click(qtbot, window, page.follow_up)
    click(qtbot, window, page.save_button)
    qtbot.waitUntil(lambda: page.message.text() == "Saved.")
    with store.read() as session:
        contact = session.scalars(select(Contact)).one()
        family = session.get(Family, contact.family_id)
        assert family.postcode == "NE5 3RS"
        assert contact.signposted_to == "Shelter"
        assert contact.follow_up_due == date(2026, 6, 23)
    qtbot.waitUntil(lambda: page.follow_ups.rowCount() == 1)
    assert "Ioana Popescu" in page.follow_ups.item(0, 1).text()


def test_follow_ups_show_overdue_and_can_be_completed(
    make_desk, staff, qtbot, store, clock, identity
):
    fam = register(store, clock, identity, "Grace", "Okafor")
    from hubdesk.services.base import Actor

    actor = Actor(
        identity.device_id,
        identity.hub_id,
        identity.site_id,
        staff[StaffRole.RECEPTION],
        StaffRole.RECEPTION,
    )
    service = ContactService(store, clock)
    late = service.log(
        actor,
        ContactIn(
            ContactChannel.PHONE,
            (Need.FOOD,),
            family_id=fam.family_id,
            follow_up_due=date(2026, 6, 17),
        ),
    )
    service.log(
        actor, ContactIn(ContactChannel.EMAIL, (Need.HEALTH,), follow_up_due=date(2026, 6, 20))
    )
    clock.advance(timedelta(days=2))  # now 18 June: the first is overdue
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("help")
    page = window.pages["help"]
    qtbot.waitUntil(lambda: page.follow_ups.rowCount() == 2)
    assert "overdue" in page.follow_ups.item(0, 0).text()
    assert "Grace Okafor" in page.follow_ups.item(0, 1).text()
    assert "overdue" not in page.follow_ups.item(1, 0).text()
    click_row(qtbot, window, page.follow_ups, 0)
    click(qtbot, window, page.done_button)
    qtbot.waitUntil(lambda: page.follow_ups.rowCount() == 1)
    with store.read() as session:
        assert session.get(Contact, late).follow_up_done_at == clock.now()
