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


def strip_isolates(text: str) -> str:
    """`text` without the isolate marks (for comparing what a person reads)."""
    return text.translate({ord(FSI): None, ord(PDI): None, ord(LRI): None})
