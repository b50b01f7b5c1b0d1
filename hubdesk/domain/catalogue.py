"""The closed lists staff and families choose from. Codes only: `ui/` turns them into words."""

from __future__ import annotations

import enum


class SiteKind(enum.StrEnum):
    HUB = "hub"
    FIRE_STATION = "fire_station"
    MILITARY_BASE = "military_base"
    SCHOOL = "school"
    COMMUNITY_VENUE = "community_venue"


class DeviceKind(enum.StrEnum):
    KIOSK = "kiosk"
    DESK = "desk"
    OUTREACH = "outreach"


class VisitReason(enum.StrEnum):
    """Why a party came. ACTIVITY means a timetabled session (the visit names it)."""

    ACTIVITY = "activity"
    HERE_TO_HELP = "here_to_help"
    HEALTH_VISITOR = "health_visitor"
    APPOINTMENT = "appointment"
    JUST_VISITING = "just_visiting"
    OTHER = "other"


class SignOutBy(enum.StrEnum):
    FAMILY = "family"  # at the kiosk
    STAFF = "staff"  # on their behalf at the desk
    CLOSING = "closing"  # "sign everyone out" at the end of the day


class ContactChannel(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    ONLINE_REQUEST = "online_request"


class Need(enum.StrEnum):
    HOUSING = "housing"
    MONEY = "money"
    FOOD = "food"
    PARENTING = "parenting"
    CHILD_DEVELOPMENT = "child_development"
    SEND = "send"
    MENTAL_HEALTH = "mental_health"
    DOMESTIC_ABUSE = "domestic_abuse"
    HEALTH = "health"
    EDUCATION = "education"
    OTHER = "other"


class Outcome(enum.StrEnum):
    ADVICE = "advice"
    SIGNPOSTED = "signposted"
    REFERRAL = "referral"
    BOOKED_GROUP = "booked_group"
    EARLY_HELP_REQUEST = "early_help_request"


class ActivityKind(enum.StrEnum):
    STAY_AND_PLAY = "stay_and_play"
    BABY_CLINIC = "baby_clinic"
    YOUTH_GROUP = "youth_group"
    BREAKFAST_CLUB = "breakfast_club"
    LEARNING_THROUGH_PLAY = "learning_through_play"
    PARENTING_COURSE = "parenting_course"
    OTHER = "other"


class BookingStatus(enum.StrEnum):
    """Where a booking of places at a session stands (hubdesk.services.bookings)."""

    BOOKED = "booked"  # holds its places
    WAITING = "waiting"  # on the waiting list: holds no place
    OFFERED = "offered"  # a freed place is held for it until staff confirm or pass it on
    CAME = "came"  # marked on the register: the family signed in (a visit)
    CANCELLED = "cancelled"

    @property
    def holds_places(self) -> bool:
        return self in (BookingStatus.BOOKED, BookingStatus.OFFERED, BookingStatus.CAME)


class Face(enum.IntEnum):
    """The four faces a family taps to say how today was (issue 23), worst to best."""

    VERY_UNHAPPY = 1
    UNHAPPY = 2
    HAPPY = 3
    VERY_HAPPY = 4


class VoiceAnswer(enum.StrEnum):
    """An answer to one of the hub's follow-up questions, by a tap."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class VoiceQuestionCode(enum.StrEnum):
    """The questions a hub may ask after the faces. `CUSTOM` is worded by the hub's
    administrator in every kiosk language; the others have the kiosk's own translated words."""

    GOT_HELP = "got_help"
    TELL_FRIEND = "tell_friend"
    FELT_WELCOME = "felt_welcome"
    LEARNED_SOMETHING = "learned_something"
    CHILD_ENJOYED = "child_enjoyed"
    CUSTOM = "custom"


class VoiceSource(enum.StrEnum):
    """Where a family's answer was given."""

    KIOSK = "kiosk"  # on the kiosk, after signing in or out
    DESK = "desk"  # asked by staff at the end of a Here to Help contact
