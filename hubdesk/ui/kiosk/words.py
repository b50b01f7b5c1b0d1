"""The words for the codes the core uses (reasons, roles, age bands, error codes).

The domain returns codes; this module turns them into translatable words. Strings are marked
with QT_TRANSLATE_NOOP (context "Words") so lupdate finds them, and looked up at run time
with `word()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.errors import DomainError, ValidationError
from hubdesk.domain.people import AgeBand, Role

CONTEXT = "Words"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it unchanged (typed, unlike Qt's)."""
    return text


def word(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in context "Words") in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


REASONS: dict[VisitReason, tuple[str, str]] = {
    VisitReason.HERE_TO_HELP: (
        QT_TRANSLATE_NOOP("Words", "Here to Help: advice and support"),
        "help",
    ),
    VisitReason.HEALTH_VISITOR: (QT_TRANSLATE_NOOP("Words", "Health visitor or clinic"), "health"),
    VisitReason.APPOINTMENT: (QT_TRANSLATE_NOOP("Words", "An appointment"), "appointment"),
    VisitReason.JUST_VISITING: (QT_TRANSLATE_NOOP("Words", "Just visiting"), "visiting"),
    VisitReason.OTHER: (QT_TRANSLATE_NOOP("Words", "Something else"), "other"),
}

ROLES: dict[Role, str] = {
    Role.MOTHER: QT_TRANSLATE_NOOP("Words", "Mum"),
    Role.FATHER: QT_TRANSLATE_NOOP("Words", "Dad"),
    Role.CARER: QT_TRANSLATE_NOOP("Words", "Carer"),
    Role.GRANDPARENT: QT_TRANSLATE_NOOP("Words", "Grandparent"),
    Role.OTHER: QT_TRANSLATE_NOOP("Words", "Another adult"),
}

BANDS: dict[AgeBand, str] = {
    AgeBand.B0_1: QT_TRANSLATE_NOOP("Words", "Babies, under 2"),
    AgeBand.B2_4: QT_TRANSLATE_NOOP("Words", "Aged 2 to 4"),
    AgeBand.B5_11: QT_TRANSLATE_NOOP("Words", "Aged 5 to 11"),
    AgeBand.B12_16: QT_TRANSLATE_NOOP("Words", "Aged 12 to 16"),
    AgeBand.B17_19: QT_TRANSLATE_NOOP("Words", "Aged 17 to 19"),
    AgeBand.B20_25: QT_TRANSLATE_NOOP("Words", "Aged 20 to 25 with SEND"),
}

BAND_ICONS: dict[AgeBand, str] = {
    AgeBand.B0_1: "baby",
    AgeBand.B2_4: "child",
    AgeBand.B5_11: "child",
    AgeBand.B12_16: "adult",
    AgeBand.B17_19: "adult",
    AgeBand.B20_25: "adult",
}

FIELDS: dict[str, str] = {
    "postcode": QT_TRANSLATE_NOOP("Words", "Postcode"),
    "pass": QT_TRANSLATE_NOOP("Words", "Pass"),
    "first_name": QT_TRANSLATE_NOOP("Words", "First name"),
    "date_of_birth": QT_TRANSLATE_NOOP("Words", "Date of birth"),
    "party": QT_TRANSLATE_NOOP("Words", "Who is here"),
    "members": QT_TRANSLATE_NOOP("Words", "Who is here"),
    "children": QT_TRANSLATE_NOOP("Words", "Children"),
    "adults": QT_TRANSLATE_NOOP("Words", "Adults"),
    "reason": QT_TRANSLATE_NOOP("Words", "Why you came"),
    "activity": QT_TRANSLATE_NOOP("Words", "Activity"),
    "consent": QT_TRANSLATE_NOOP("Words", "Privacy notice"),
}

# Friendly words for the codes the core raises; anything else gets the generic message.
PROBLEMS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Words", "Please fill this in."),
    "too_long": QT_TRANSLATE_NOOP("Words", "This is too long. Please shorten it."),
    "no_letters": QT_TRANSLATE_NOOP("Words", "Please use letters."),
    "bad_character": QT_TRANSLATE_NOOP("Words", "This has a character we cannot use."),
    "line_break": QT_TRANSLATE_NOOP("Words", "Please keep this on one line."),
    "invalid_postcode": QT_TRANSLATE_NOOP(
        "Words", "This does not look like a UK postcode. Check it, or leave it empty."
    ),
    "not_a_date": QT_TRANSLATE_NOOP("Words", "Please write the date as day/month/year."),
    "no_such_date": QT_TRANSLATE_NOOP(
        "Words", "That date does not exist. Please check the day and the month."
    ),
    "choose_date": QT_TRANSLATE_NOOP("Words", "Please choose the date of birth."),
    "in_future": QT_TRANSLATE_NOOP("Words", "This date is in the future."),
    "too_old": QT_TRANSLATE_NOOP(
        "Words", "Family Hubs are for children and young people up to 25."
    ),
    "over_19_without_send": QT_TRANSLATE_NOOP(
        "Words",
        "Over 19 is for young people with special educational needs or a disability (SEND): "
        "tick SEND if this applies.",
    ),
    "empty": QT_TRANSLATE_NOOP("Words", "Please add at least one person."),
    "unknown_pass": QT_TRANSLATE_NOOP(
        "Words", "We don't recognise this pass. Please ask at the front desk."
    ),
    "revoked": QT_TRANSLATE_NOOP(
        "Words", "This pass has been replaced. Please ask at the front desk for a new one."
    ),
    "not_our_pass": QT_TRANSLATE_NOOP("Words", "This is not a Family Hub pass."),
    "bad_token": QT_TRANSLATE_NOOP("Words", "The pass could not be read. Please try again."),
    "bad_check_character": QT_TRANSLATE_NOOP(
        "Words", "The code has a typo. Please check each letter and number."
    ),
    "out_of_range": QT_TRANSLATE_NOOP("Words", "That number is too big."),
    "not_in_family": QT_TRANSLATE_NOOP("Words", "Please tick who is here today."),
    "already_in": QT_TRANSLATE_NOOP("Words", "You are signed in here already today."),
    "unknown_room": QT_TRANSLATE_NOOP("Words", "Please choose one of the rooms shown."),
    "too_many": QT_TRANSLATE_NOOP(
        "Words", "Sorry, this screen is very busy. Please ask at the desk."
    ),
    "full": QT_TRANSLATE_NOOP(
        "Words",
        "Sorry, this session is full. Please choose another reason, or ask at the front desk.",
    ),
}

GENERIC_PROBLEM = QT_TRANSLATE_NOOP(
    "Words", "Sorry, something went wrong. Please ask at the front desk."
)
FIELD_PROBLEM = QT_TRANSLATE_NOOP("Words", "{field}: {problem}")
SEND_BAND = QT_TRANSLATE_NOOP("Words", "{band} (SEND)")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Words", ", ")  # between names in a list ("، " in Arabic)


def who_words(is_child: bool, role: Role | None, band: AgeBand | None, send: bool) -> str:
    """The words the kiosk uses for a person: "Mum", "Aged 2 to 4", "Aged 5 to 11 (SEND)"."""
    if not is_child:
        return word(ROLES[role or Role.OTHER])
    text = word(BANDS[band or AgeBand.B0_1])
    if send and band is not AgeBand.B20_25:
        return word(SEND_BAND).format(band=text)
    return text


def names_list(names: tuple[str, ...] | list[str], right_to_left: bool) -> str:
    """First names as a list in the kiosk language (its own comma), each isolated, in the
    screen's reading direction."""
    from hubdesk.ui.widgets.bidi import in_reading_direction, isolate

    joined = word(LIST_SEPARATOR).join(isolate(n) for n in names)
    return in_reading_direction(joined, right_to_left)


def field_name(field: str) -> str:
    """The words for a field path such as "children[1].date_of_birth" (the last part counts)."""
    last = field.rsplit(".", 1)[-1].split("[")[0]
    text = FIELDS.get(last)
    return word(text) if text else ""


def problem_text(exc: BaseException, *, with_field: bool = True) -> str:
    """A friendly, translated sentence for an error, naming the field it is about."""
    if isinstance(exc, ValidationError):
        problem = PROBLEMS.get(exc.code)
        text = word(problem) if problem else word(GENERIC_PROBLEM)
        name = field_name(exc.field)
        if with_field and name:
            return word(FIELD_PROBLEM).format(field=name, problem=text)
        return text
    if isinstance(exc, DomainError):
        return word(GENERIC_PROBLEM)
    return word(GENERIC_PROBLEM)
