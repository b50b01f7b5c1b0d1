"""The words the desk shows for the domain's codes (the domain returns codes, `ui/` words)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from hubdesk.domain.catalogue import (
    ActivityKind,
    ContactChannel,
    Need,
    Outcome,
    SiteKind,
    VisitReason,
)
from hubdesk.domain.errors import (
    LockedOutError,
    PermissionDeniedError,
    ValidationError,
    every_error,
)
from hubdesk.domain.people import Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import HUB_TZ
from hubdesk.ui.widgets.bidi import in_reading_direction, isolate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it unchanged (typed, unlike Qt's)."""
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate("desk", text)


def channel(value: ContactChannel) -> str:
    return {
        ContactChannel.IN_PERSON: QCoreApplication.translate("desk", "Walk-in"),
        ContactChannel.PHONE: QCoreApplication.translate("desk", "Phone"),
        ContactChannel.EMAIL: QCoreApplication.translate("desk", "Email"),
        ContactChannel.ONLINE_REQUEST: QCoreApplication.translate("desk", "Online request"),
    }[ContactChannel(value)]


def need(value: Need) -> str:
    return {
        Need.HOUSING: QCoreApplication.translate("desk", "Housing"),
        Need.MONEY: QCoreApplication.translate("desk", "Money and benefits"),
        Need.FOOD: QCoreApplication.translate("desk", "Food"),
        Need.PARENTING: QCoreApplication.translate("desk", "Parenting"),
        Need.CHILD_DEVELOPMENT: QCoreApplication.translate("desk", "Child development"),
        Need.SEND: QCoreApplication.translate("desk", "SEND"),
        Need.MENTAL_HEALTH: QCoreApplication.translate("desk", "Mental health"),
        Need.DOMESTIC_ABUSE: QCoreApplication.translate("desk", "Domestic abuse"),
        Need.HEALTH: QCoreApplication.translate("desk", "Health"),
        Need.EDUCATION: QCoreApplication.translate("desk", "Education"),
        Need.OTHER: QCoreApplication.translate("desk", "Other"),
    }[Need(value)]


def outcome(value: Outcome) -> str:
    return {
        Outcome.ADVICE: QCoreApplication.translate("desk", "Advice given"),
        Outcome.SIGNPOSTED: QCoreApplication.translate("desk", "Signposted to"),
        Outcome.REFERRAL: QCoreApplication.translate("desk", "Referral made to"),
        Outcome.BOOKED_GROUP: QCoreApplication.translate("desk", "Booked into a group"),
        Outcome.EARLY_HELP_REQUEST: QCoreApplication.translate("desk", "Early help request raised"),
    }[Outcome(value)]


def reason(value: str) -> str:
    try:
        code = VisitReason(value)
    except ValueError:
        return value
    return {
        VisitReason.ACTIVITY: QCoreApplication.translate("desk", "Session"),
        VisitReason.HERE_TO_HELP: QCoreApplication.translate("desk", "Here to Help"),
        VisitReason.HEALTH_VISITOR: QCoreApplication.translate("desk", "Health visitor or clinic"),
        VisitReason.APPOINTMENT: QCoreApplication.translate("desk", "Appointment"),
        VisitReason.JUST_VISITING: QCoreApplication.translate("desk", "Just visiting"),
        VisitReason.OTHER: QCoreApplication.translate("desk", "Other"),
    }[code]


def site_kind(value: SiteKind) -> str:
    return {
        SiteKind.HUB: QCoreApplication.translate("desk", "Family Hub"),
        SiteKind.FIRE_STATION: QCoreApplication.translate("desk", "Fire station"),
        SiteKind.MILITARY_BASE: QCoreApplication.translate("desk", "Military base"),
        SiteKind.SCHOOL: QCoreApplication.translate("desk", "School"),
        SiteKind.COMMUNITY_VENUE: QCoreApplication.translate("desk", "Community venue"),
    }[SiteKind(value)]


def device_kind(value: str) -> str:
    """A device of the hub whose name this desk does not know yet, by its kind."""
    return {
        "kiosk": QCoreApplication.translate("desk", "Kiosk"),
        "desk": QCoreApplication.translate("desk", "Front desk"),
        "outreach": QCoreApplication.translate("desk", "Outreach laptop"),
    }.get(value) or QCoreApplication.translate("desk", "Another device")


def activity_kind(value: ActivityKind) -> str:
    return {
        ActivityKind.STAY_AND_PLAY: QCoreApplication.translate("desk", "Stay and play"),
        ActivityKind.BABY_CLINIC: QCoreApplication.translate("desk", "Baby clinic"),
        ActivityKind.YOUTH_GROUP: QCoreApplication.translate("desk", "Youth group"),
        ActivityKind.BREAKFAST_CLUB: QCoreApplication.translate("desk", "Breakfast club"),
        ActivityKind.LEARNING_THROUGH_PLAY: QCoreApplication.translate(
            "desk", "Learning through play"
        ),
        ActivityKind.PARENTING_COURSE: QCoreApplication.translate("desk", "Parenting course"),
        ActivityKind.OTHER: QCoreApplication.translate("desk", "Other"),
    }[ActivityKind(value)]


def role(value: Role | None) -> str:
    if value is None:
        return ""
    return {
        Role.MOTHER: QCoreApplication.translate("desk", "Mum"),
        Role.FATHER: QCoreApplication.translate("desk", "Dad"),
        Role.CARER: QCoreApplication.translate("desk", "Carer"),
        Role.GRANDPARENT: QCoreApplication.translate("desk", "Grandparent"),
        Role.OTHER: QCoreApplication.translate("desk", "Other adult"),
    }[Role(value)]


def staff_role(value: StaffRole | None) -> str:
    if value is None:
        return ""
    return {
        StaffRole.RECEPTION: QCoreApplication.translate("desk", "Reception"),
        StaffRole.OUTREACH: QCoreApplication.translate("desk", "Outreach worker"),
        StaffRole.MANAGER: QCoreApplication.translate("desk", "Hub manager"),
        StaffRole.ADMIN: QCoreApplication.translate("desk", "Administrator"),
    }[StaffRole(value)]


def name(text: str | None) -> str:
    """A name (or anything a person typed: a postcode, an email, notes) isolated, so an Arabic
    or Urdu name keeps its own direction inside the desk's words without turning them round,
    and a Latin name in an Arabic desk likewise (Unicode FSI ... PDI)."""
    return isolate(text or "")


def family_label(members: Sequence[Any]) -> str:
    """ "Amira Khan + 2 children" in the desk's words: the first adult (or child), isolated,
    and how many others (members with `is_child`, `first_name`, `last_name`)."""
    if not members:
        return ""
    adults = [m for m in members if not m.is_child]
    children = [m for m in members if m.is_child]
    lead = adults[0] if adults else children[0]
    text = name(" ".join(x for x in (lead.first_name, lead.last_name) if x))
    more_adults = len(adults) - (1 if adults else 0)
    more_children = len(children) - (0 if adults else 1)
    if more_adults:
        text += " " + QCoreApplication.translate("desk", "+ %n adults", None, more_adults)
    if more_children:
        text += " " + QCoreApplication.translate("desk", "+ %n children", None, more_children)
    return text


def names(values: list[str]) -> str:
    """Several names, each isolated, joined with commas."""
    return QCoreApplication.translate("desk", ", ").join(name(v) for v in values if v)


def line(text: str) -> str:
    """A line of a label that starts with a name, laid out in the desk's reading direction (a
    label otherwise takes the direction of its first letter, and "زهرة (Mum), Omar" in an
    English desk would be drawn from the right). Every line of a multi-line label needs it."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "\n".join(in_reading_direction(part, rtl) for part in text.split("\n"))


def local(at: datetime | None, fmt: str = "%H:%M") -> str:
    """A UTC instant as UK local time."""
    if at is None:
        return ""
    return at.astimezone(HUB_TZ).strftime(fmt)


def day(value: date | None) -> str:
    return value.strftime("%a %d %b %Y") if value is not None else ""


_FIELDS = {
    "needs": QT_TRANSLATE_NOOP("desk", "Needs"),
    "referred_to": QT_TRANSLATE_NOOP("desk", "Referred to"),
    "signposted_to": QT_TRANSLATE_NOOP("desk", "Signposted to"),
    "follow_up_due": QT_TRANSLATE_NOOP("desk", "Follow-up date"),
    "minutes_spent": QT_TRANSLATE_NOOP("desk", "Time spent"),
    "notes": QT_TRANSLATE_NOOP("desk", "Notes"),
    "postcode": QT_TRANSLATE_NOOP("desk", "Postcode"),
    "phone": QT_TRANSLATE_NOOP("desk", "Phone"),
    "email": QT_TRANSLATE_NOOP("desk", "Email"),
    "query": QT_TRANSLATE_NOOP("desk", "Search"),
    "name": QT_TRANSLATE_NOOP("desk", "Name"),
    "pin": QT_TRANSLATE_NOOP("desk", "PIN"),
    "capacity": QT_TRANSLATE_NOOP("desk", "Places"),
    "family": QT_TRANSLATE_NOOP("desk", "Family"),
    "activity": QT_TRANSLATE_NOOP("desk", "Session"),
    "members": QT_TRANSLATE_NOOP("desk", "Who is here"),
    "first_name": QT_TRANSLATE_NOOP("desk", "First name"),
    "last_name": QT_TRANSLATE_NOOP("desk", "Last name"),
    "date_of_birth": QT_TRANSLATE_NOOP("desk", "Date of birth"),
    "starts_at": QT_TRANSLATE_NOOP("desk", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("desk", "Ends"),
    "title": QT_TRANSLATE_NOOP("desk", "Title"),
    "room": QT_TRANSLATE_NOOP("desk", "Room"),
    "override_reason": QT_TRANSLATE_NOOP("desk", "Reason"),
    "booking": QT_TRANSLATE_NOOP("desk", "Booking"),
}


# What each code means, as the end of a sentence that starts with the field's name on the screen
# ("Follow-up date: is not a real date."). A code not here falls back to the core's own English
# words for it, which never repeat the value.
_SENTENCES = {
    "required": QT_TRANSLATE_NOOP("desk", "is needed."),
    "empty": QT_TRANSLATE_NOOP("desk", "is needed."),
    "missing": QT_TRANSLATE_NOOP("desk", "is needed."),
    "not_a_date": QT_TRANSLATE_NOOP(
        "desk", "is not a date. Type it as day/month/year, for example 10/12/2026."
    ),
    "no_such_date": QT_TRANSLATE_NOOP("desk", "is not a real date (check the day and the month)."),
    "choose_date": QT_TRANSLATE_NOOP("desk", "choose a date."),
    "in_future": QT_TRANSLATE_NOOP("desk", "cannot be in the future."),
    "in_past": QT_TRANSLATE_NOOP("desk", "cannot be in the past."),
    "too_old": QT_TRANSLATE_NOOP("desk", "is too far in the past."),
    "too_long": QT_TRANSLATE_NOOP("desk", "is too long."),
    "too_short": QT_TRANSLATE_NOOP("desk", "is too short."),
    "bad_length": QT_TRANSLATE_NOOP("desk", "is not the right length."),
    "out_of_range": QT_TRANSLATE_NOOP("desk", "is outside what is allowed."),
    "invalid_postcode": QT_TRANSLATE_NOOP(
        "desk", "is not a UK postcode. Check it, or leave it empty."
    ),
    "not_text": QT_TRANSLATE_NOOP("desk", "has characters that cannot be stored."),
    "taken": QT_TRANSLATE_NOOP("desk", "is already used."),
    "exists": QT_TRANSLATE_NOOP("desk", "is already there."),
    "not_in_family": QT_TRANSLATE_NOOP("desk", "choose people from this family."),
    "full": QT_TRANSLATE_NOOP("desk", "has no places left."),
    "already_booked": QT_TRANSLATE_NOOP("desk", "is already booked for this session."),
    "none_chosen": QT_TRANSLATE_NOOP("desk", "tick at least one person who is coming."),
    "ended": QT_TRANSLATE_NOOP("desk", "has already ended."),
    "not_today": QT_TRANSLATE_NOOP("desk", "can be marked as came on the day only."),
    "not_after_start": QT_TRANSLATE_NOOP("desk", "must be after the start."),
    "not_same_day": QT_TRANSLATE_NOOP("desk", "must be on the same day as the start."),
    "not_a_number": QT_TRANSLATE_NOOP("desk", "must be a whole number."),
    "unknown_kind": QT_TRANSLATE_NOOP("desk", "choose one from the list."),
    "not_digits": QT_TRANSLATE_NOOP("desk", "must be digits only."),
    "weak_pin": QT_TRANSLATE_NOOP("desk", "is too easy to guess: choose another."),
}


# Whole sentences for what can go wrong with a visit (signing out, and undoing a sign-out).
_VISIT_PROBLEMS = {
    "already_out": QT_TRANSLATE_NOOP("desk", "They had already signed out."),
    "unknown_visit": QT_TRANSLATE_NOOP("desk", "That visit is not in the list any more."),
    "too_late": QT_TRANSLATE_NOOP(
        "desk", "It is too late to undo that sign-out: sign them in again instead."
    ),
    "already_sent": QT_TRANSLATE_NOOP(
        "desk",
        "The sign-out has already gone to the other devices, so it cannot be undone: "
        "sign them in again instead.",
    ),
    "changed": QT_TRANSLATE_NOOP(
        "desk", "They have signed in again since, so there is nothing to undo."
    ),
}


def sentence(exc: ValidationError) -> str:
    """What is wrong with a field, without the field's name and without the value."""
    text = _SENTENCES.get(exc.code)
    return _t(text) if text else exc.message


def field_problem(label: str, text: str) -> str:
    """The line under a field: its name as the screen shows it, then what is wrong."""
    return QCoreApplication.translate("desk", "{field}: {problem}").format(
        field=label, problem=text
    )


def check_fields(count: int) -> str:
    """The page's message line when problems are shown beside their fields."""
    return QCoreApplication.translate(
        "desk", "Please correct the %n problem(s) shown beside the fields.", None, count
    )


def problem(exc: BaseException) -> str:
    """Plain words for what went wrong, naming the field; never the value itself. For several
    problems at once (CombinedValidationError), every one of them."""
    if isinstance(exc, ValidationError):
        return " ".join(dict.fromkeys(_one_problem(e) for e in every_error(exc)))
    if isinstance(exc, PermissionDeniedError):
        return QCoreApplication.translate("desk", "Your role does not allow this.")
    if isinstance(exc, LockedOutError):
        return QCoreApplication.translate("desk", "Too many wrong PINs: locked for now.")
    return QCoreApplication.translate(
        "desk", "That did not work ({kind}). Please try again."
    ).format(kind=type(exc).__name__)


def _one_problem(exc: ValidationError) -> str:
    if exc.code == "full":
        return QCoreApplication.translate("desk", "That session is full.")
    if exc.field == "visit" and exc.code in _VISIT_PROBLEMS:
        return _t(_VISIT_PROBLEMS[exc.code])
    base = exc.field.split("[")[0].split(".")[-1]
    last = exc.field.rsplit(".", 1)[-1].split("[")[0]
    label = _FIELDS.get(last) or _FIELDS.get(base) or _FIELDS.get(exc.field.split("[")[0])
    if label is None:  # never the core's field path: the sentence alone
        return QCoreApplication.translate("desk", "Please check the form: {problem}").format(
            problem=sentence(exc)
        )
    return field_problem(_t(label), sentence(exc))
