"""Languages: Qt Linguist translations, built from the committed .ts files, and a pseudo-locale.

Sources are `resources/translations/hubdesk_<lang>.ts` (English is the source language). The
binary `.qm` files are not committed: `ensure_translations_built()` runs `lrelease` at start-up
(and in tests) when a `.qm` is missing or older than its `.ts`. A PyInstaller bundle ships them
built. Qt's own strings (`qtbase_<lang>.qm`) are loaded too when Qt has them.

The pseudo-locale `xx-pseudo` stretches every string by about 40%, swaps letters for accented
look-alikes and mirrors the layout (right to left), so a test can walk every screen and find
text that is clipped or widgets that overlap before a real translator does.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from hubdesk.ui.resources import resource_path

log = logging.getLogger(__name__)

PSEUDO = "xx-pseudo"
SOURCE_LANGUAGE = "en"
PSEUDO_STRETCH = 0.4


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # the language's name in its own script, as the picker shows it
    english_name: str
    rtl: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("pl", "Polski", "Polish"),
    Language("ur", "اردو", "Urdu", rtl=True),
    Language("ro", "Română", "Romanian"),
    Language("ar", "العربية", "Arabic", rtl=True),
)
_BY_CODE = {lang.code: lang for lang in LANGUAGES}


def language(code: str) -> Language:
    if code == PSEUDO:
        return Language(PSEUDO, "Ƥšéûđô", "Pseudo", rtl=True)
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown language {code!r}") from None


# --- building .qm -------------------------------------------------------------------------------


def _lrelease() -> str | None:
    """The lrelease binary shipped with PySide6 (or pyside6-lrelease on PATH)."""
    try:
        import PySide6

        candidate = Path(PySide6.__file__).parent / (
            "lrelease.exe" if os.name == "nt" else "lrelease"
        )
        if candidate.exists():
            return str(candidate)
    except ImportError:  # pragma: no cover
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


_built_dir: Path | None = None


def ensure_translations_built() -> Path:
    """Make sure every `.ts` has an up-to-date `.qm`; return the folder holding the `.qm` files.

    Builds next to the `.ts` files when that folder is writable, otherwise in a temporary folder.
    Already-built files (a bundle) are used as they are.
    """
    global _built_dir
    src = resource_path("translations")
    sources = sorted(src.glob("hubdesk_*.ts"))
    out = src if os.access(src, os.W_OK) else Path(tempfile.gettempdir()) / "hubdesk-qm"
    if _built_dir is not None and _built_dir == out:
        stale = [ts for ts in sources if _is_stale(ts, out)]
        if not stale:
            return out
    out.mkdir(parents=True, exist_ok=True)
    stale = [ts for ts in sources if _is_stale(ts, out)]
    if stale:
        tool = _lrelease()
        if tool is None:
            if any(not (src / (ts.stem + ".qm")).exists() for ts in sources):
                log.warning("lrelease not found: translations are not available")
            _built_dir = src
            return src
        for ts in stale:
            # written beside and renamed, so another process building at the same moment (two
            # test workers, two windows starting) never loads a half-written file
            qm = out / (ts.stem + ".qm")
            part = out / f"{ts.stem}.qm.{os.getpid()}.part"
            try:
                subprocess.run(  # noqa: S603 - our own tool on our own files
                    [tool, "-silent", str(ts), "-qm", str(part)],
                    check=True,
                    capture_output=True,
                )
                os.replace(part, qm)
            finally:
                part.unlink(missing_ok=True)
    _built_dir = out
    return out


def _is_stale(ts: Path, out: Path) -> bool:
    qm = out / (ts.stem + ".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


# --- the pseudo-locale --------------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "AaCcDdEeGgIiLlNnOoRrSsTtUuYyZz",
    "ÅåÇçĐđÉéĞğÍíĻļÑñÖöŘřŠšŤťÜüÝýŽž",
)


def pseudo_translate(text: str, stretch: float = PSEUDO_STRETCH) -> str:
    """`text` with accented letters and each word lengthened by `stretch` (default 40%).

    Leaves `{placeholders}`, `<tags>` and `&` mnemonics alone so formatting still works.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "{<":
            close = "}" if ch == "{" else ">"
            end = text.find(close, i)
            if end == -1:
                out.append(text[i:])
                break
            out.append(text[i : end + 1])
            i = end + 1
            continue
        if ch.isalpha():
            j = i
            while j < len(text) and text[j].isalpha():
                j += 1
            word = text[i:j]
            pad = math.ceil(len(word) * stretch)
            out.append(word.translate(_ACCENTED) + ("~" * pad))
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# Fonts drawn from whole for the Arabic script (Arabic and Urdu): a general font with only
# some Arabic letters (DejaVu Sans has Arabic but not Urdu's ٹ ڈ ں ے) mixes two fonts inside one
# word, and Qt then wraps bold text too late and cuts its end off. First found wins.
ARABIC_SCRIPT_FONTS = ("Segoe UI", "Noto Naskh Arabic", "Noto Sans Arabic", "Tahoma", "Arial")
_ARABIC_SCRIPT = frozenset({"ar", "ur"})


def font_for(code: str, base: QFont) -> QFont:
    """`base` with the families for language `code`: for Arabic and Urdu a font that draws the
    whole script first, then the usual ones (for Latin names and numbers)."""
    font = QFont(base)
    families = [f for f in base.families() if f not in ARABIC_SCRIPT_FONTS] or [base.family()]
    if code in _ARABIC_SCRIPT:
        have = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
        first = next((f for f in ARABIC_SCRIPT_FONTS if f in have), None)
        if first is not None:
            families = [first, *families]
    font.setFamilies(families)
    return font


class PseudoTranslator(QTranslator):
    """Translates every string into the pseudo-locale at run time (no .qm needed)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if not source_text:
            return source_text
        text = source_text
        if n >= 0:
            text = text.replace("%n", str(n))
        return pseudo_translate(text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def locale_for(code: str) -> QLocale:
    """The QLocale of a kiosk language (month names, digits), English for the pseudo-locale."""
    return QLocale("en_GB" if code in (PSEUDO, SOURCE_LANGUAGE) else code)


# --- switching language -------------------------------------------------------------------------


class LanguageManager(QObject):
    """Installs the translators for one language at a time and mirrors the layout for RTL."""

    sig_language_changed = Signal(str)
    """Emitted after a language was installed. Argument: the language code."""

    def __init__(
        self,
        app: QCoreApplication,
        default: str = SOURCE_LANGUAGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self.default = default
        self.current = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []
        self._qm_dir: Path | None = None

    def set_language(self, code: str) -> bool:
        """Switch to `code`. Returns True if hubdesk's own translation loaded (always for
        English and the pseudo-locale). Widgets retranslate on QEvent.LanguageChange."""
        lang = language(code)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        loaded = True
        if code == PSEUDO:
            self._install(PseudoTranslator(self))
        else:
            if self._qm_dir is None:
                self._qm_dir = ensure_translations_built()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(self)
            if code != SOURCE_LANGUAGE and qtbase.load(f"qtbase_{code}", qt_dir):
                self._install(qtbase)
            # English too: its file carries the plural forms ("1 person", "2 people")
            own = QTranslator(self)
            loaded = own.load(f"hubdesk_{code}", str(self._qm_dir))
            if loaded:
                self._install(own)
            elif code != SOURCE_LANGUAGE:
                log.warning("translation for %s did not load", code)
            else:
                loaded = True  # the source strings are English already
        QLocale.setDefault(QLocale(code if code != PSEUDO else "en"))
        direction = Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight
        if hasattr(self._app, "setLayoutDirection"):
            self._app.setLayoutDirection(direction)
        if isinstance(self._app, QGuiApplication):
            self._app.setFont(font_for(code, QGuiApplication.font()))
        self.current = code
        self.sig_language_changed.emit(code)
        return loaded

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
