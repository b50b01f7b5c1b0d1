"""Bidirectional text: a name or a time set into translated words is isolated (Unicode FSI ...
PDI), so "Amina" inside an Arabic sentence keeps its own direction and does not drag the
sentence's brackets and numbers around ("Amina (2 (افراد")."""

from __future__ import annotations

FSI = "\u2068"  # FIRST STRONG ISOLATE: the run takes the direction of its first letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE: for codes and times, always left to right


def isolate(text: str) -> str:
    """`text` as an isolated run in whatever sentence it is set into."""
    return f"{FSI}{text}{PDI}" if text else text


def isolate_ltr(text: str) -> str:
    """`text` (a pass code, a time, a number) isolated and always left to right."""
    return f"{LRI}{text}{PDI}" if text else text


RLM = "\u200f"  # RIGHT-TO-LEFT MARK
LRM = "\u200e"  # LEFT-TO-RIGHT MARK


def in_reading_direction(text: str, right_to_left: bool) -> str:
    """`text` (a list of isolated names, say, with nothing strong of its own outside them) laid
    out in the screen's reading direction: Qt would otherwise take left to right, and in Arabic
    "Amira, Omar" would read from the wrong end."""
    return (RLM if right_to_left else LRM) + text


def strip_isolates(text: str) -> str:
    """`text` without the isolate marks (for comparing what a person reads)."""
    return text.translate({ord(c): None for c in (FSI, PDI, LRI, RLM, LRM)})
