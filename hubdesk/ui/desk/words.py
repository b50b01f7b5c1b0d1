"""The words the desk shows for the domain's codes (the domain returns codes, `ui/` words)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from hubdesk.domain.catalogue import (
    ActivityKind,
    ContactChannel,
    Need,
    Outcome,
    SiteKind,
    VisitReason,
)
from hubdesk.domain.errors import LockedOutError, PermissionDeniedError, ValidationError
from hubdesk.domain.people import Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import HUB_TZ


def _t(text: str) -> str:
    return QCoreApplication.translate("desk", text)


def channel(value: ContactChannel) -> str:
    return {
        ContactChannel.IN_PERSON: _t("Walk-in"),
        ContactChannel.PHONE: _t("Phone"),
        ContactChannel.EMAIL: _t("Email"),
        ContactChannel.ONLINE_REQUEST: _t("Online request"),
    }[ContactChannel(value)]


def need(value: Need) -> str:
    return {
        Need.HOUSING: _t("Housing"),
        Need.MONEY: _t("Money and benefits"),
        Need.FOOD: _t("Food"),
        Need.PARENTING: _t("Parenting"),
        Need.CHILD_DEVELOPMENT: _t("Child development"),
        Need.SEND: _t("SEND"),
        Need.MENTAL_HEALTH: _t("Mental health"),
        Need.DOMESTIC_ABUSE: _t("Domestic abuse"),
        Need.HEALTH: _t("Health"),
        Need.EDUCATION: _t("Education"),
        Need.OTHER: _t("Other"),
    }[Need(value)]


def outcome(value: Outcome) -> str:
    return {
        Outcome.ADVICE: _t("Advice given"),
        Outcome.SIGNPOSTED: _t("Signposted to"),
        Outcome.REFERRAL: _t("Referral made to"),
        Outcome.BOOKED_GROUP: _t("Booked into a group"),
        Outcome.EARLY_HELP_REQUEST: _t("Early help request raised"),
    }[Outcome(value)]


def reason(value: str) -> str:
    try:
        code = VisitReason(value)
    except ValueError:
        return value
    return {
        VisitReason.ACTIVITY: _t("Session"),
        VisitReason.HERE_TO_HELP: _t("Here to Help"),
        VisitReason.HEALTH_VISITOR: _t("Health visitor or clinic"),
        VisitReason.APPOINTMENT: _t("Appointment"),
        VisitReason.JUST_VISITING: _t("Just visiting"),
        VisitReason.OTHER: _t("Other"),
    }[code]


def site_kind(value: SiteKind) -> str:
    return {
        SiteKind.HUB: _t("Family Hub"),
        SiteKind.FIRE_STATION: _t("Fire station"),
        SiteKind.MILITARY_BASE: _t("Military base"),
        SiteKind.SCHOOL: _t("School"),
        SiteKind.COMMUNITY_VENUE: _t("Community venue"),
    }[SiteKind(value)]


def activity_kind(value: ActivityKind) -> str:
    return {
        ActivityKind.STAY_AND_PLAY: _t("Stay and play"),
        ActivityKind.BABY_CLINIC: _t("Baby clinic"),
        ActivityKind.YOUTH_GROUP: _t("Youth group"),
        ActivityKind.BREAKFAST_CLUB: _t("Breakfast club"),
        ActivityKind.LEARNING_THROUGH_PLAY: _t("Learning through play"),
        ActivityKind.PARENTING_COURSE: _t("Parenting course"),
        ActivityKind.OTHER: _t("Other"),
    }[ActivityKind(value)]


def role(value: Role | None) -> str:
    if value is None:
        return ""
    return {
        Role.MOTHER: _t("Mum"),
        Role.FATHER: _t("Dad"),
        Role.CARER: _t("Carer"),
        Role.GRANDPARENT: _t("Grandparent"),
        Role.OTHER: _t("Other adult"),
    }[Role(value)]


def staff_role(value: StaffRole | None) -> str:
    if value is None:
        return ""
    return {
        StaffRole.RECEPTION: _t("Reception"),
        StaffRole.OUTREACH: _t("Outreach worker"),
        StaffRole.MANAGER: _t("Hub manager"),
        StaffRole.ADMIN: _t("Administrator"),
    }[StaffRole(value)]


def local(at: datetime | None, fmt: str = "%H:%M") -> str:
    """A UTC instant as UK local time."""
    if at is None:
        return ""
    return at.astimezone(HUB_TZ).strftime(fmt)


def day(value: date | None) -> str:
    return value.strftime("%a %d %b %Y") if value is not None else ""


_FIELDS = {
    "needs": "Needs",
    "referred_to": "Referred to",
    "signposted_to": "Signposted to",
    "follow_up_due": "Follow-up date",
    "minutes_spent": "Time spent",
    "notes": "Notes",
    "postcode": "Postcode",
    "phone": "Phone",
    "email": "Email",
    "query": "Search",
    "name": "Name",
    "pin": "PIN",
    "capacity": "Places",
    "family": "Family",
    "activity": "Session",
    "members": "Who is here",
}


def problem(exc: BaseException) -> str:
    """Plain words for what went wrong, naming the field; never the value itself."""
    if isinstance(exc, ValidationError):
        base = exc.field.split("[")[0].split(".")[-1]
        label = _FIELDS.get(base) or _FIELDS.get(exc.field.split("[")[0]) or exc.field
        if exc.code == "full":
            return _t("That session is full.")
        return _t("{field}: {message}").format(field=_t(label), message=exc.message)
    if isinstance(exc, PermissionDeniedError):
        return _t("Your role does not allow this.")
    if isinstance(exc, LockedOutError):
        return _t("Too many wrong PINs: locked for now.")
    return _t("That did not work ({kind}). Please try again.").format(kind=type(exc).__name__)
