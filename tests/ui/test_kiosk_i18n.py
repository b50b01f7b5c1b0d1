"""Languages: each one loads and is complete, right-to-left ones mirror the layout, the pseudo
locale stretches and mirrors, and resources are found."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from hubdesk.ui.i18n import (
    LANGUAGES,
    PSEUDO,
    LanguageManager,
    ensure_translations_built,
    pseudo_translate,
)
from hubdesk.ui.resources import resource_path

CODES = [lang.code for lang in LANGUAGES]


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    yield manager
    manager.set_language("en")


@pytest.mark.parametrize("code", CODES)
def test_each_language_loads(code, languages, qapp):
    assert languages.set_language(code)
    welcome = QCoreApplication.translate("WelcomePage", "Welcome")
    if code == "en":
        assert welcome == "Welcome"
    else:
        assert welcome != "Welcome"
    rtl = code in ("ur", "ar")
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == expected


def test_plural_forms(languages):
    languages.set_language("en")
    one = QCoreApplication.translate("DonePage", "%n people signed in. Enjoy your visit!", "", 1)
    two = QCoreApplication.translate("DonePage", "%n people signed in. Enjoy your visit!", "", 2)
    assert one.startswith("1 person ")
    assert two.startswith("2 people ")
    languages.set_language("pl")
    five = QCoreApplication.translate("DonePage", "%n people signed in. Enjoy your visit!", "", 5)
    assert "5 osób" in five


def test_qt_own_strings_load_where_qt_has_them(languages, qapp):
    languages.set_language("pl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"


@pytest.mark.parametrize("code", CODES)
def test_ts_files_are_complete_and_keep_placeholders(code):
    tree = ET.parse(resource_path("translations", f"hubdesk_{code}.ts"))
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 150
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") is None, source  # none unfinished or obsolete
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
        for text in texts:
            assert text, source
            wanted = set(re.findall(r"\{[a-z_]+\}", source))
            assert set(re.findall(r"\{[a-z_]+\}", text)) == wanted, (code, source, text)


def test_translations_build(tmp_path):
    folder = ensure_translations_built()
    for code in CODES:
        assert (folder / f"hubdesk_{code}.qm").stat().st_size > 1000


def test_pseudo_locale_stretches_and_keeps_placeholders():
    text = pseudo_translate("Hello {name}, you have <b>mail</b>")
    assert "{name}" in text
    assert "<b>" in text
    assert len(text) >= len("Hello {name}, you have <b>mail</b>") * 1.2
    assert "Hello" not in text


def test_pseudo_locale_mirrors(languages, qapp):
    languages.set_language(PSEUDO)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("WelcomePage", "Welcome") != "Welcome"


def test_language_picker_shows_each_language_in_its_own_script(make_kiosk, qtbot):
    window = make_kiosk()
    names = {code: b.label_text() for code, b in window.welcome.language_buttons.items()}
    assert names == {"en": "English", "pl": "Polski", "ur": "اردو", "ro": "Română", "ar": "العربية"}
    window.ctx.languages.set_language("ar")
    # still in their own scripts after switching
    assert window.welcome.language_buttons["pl"].label_text() == "Polski"


def test_resources_are_found():
    assert resource_path("themes", "base.qss").exists()
    assert resource_path("icons", "sign-in.svg").exists()


def test_resources_from_a_pyinstaller_bundle(monkeypatch, tmp_path):
    import sys

    from hubdesk.ui.resources import resource_root

    monkeypatch.delenv("HUBDESK_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path / "resources"
    monkeypatch.setenv("HUBDESK_RESOURCES", str(tmp_path / "elsewhere"))
    assert resource_root() == tmp_path / "elsewhere"


def test_ts_files_hold_every_string_in_the_code(tmp_path):
    """lupdate over the code finds no string the committed .ts files lack (nothing was added
    without going through translation)."""
    import subprocess
    import sys

    from hubdesk.ui.i18n import _lrelease

    lupdate = str(__import__("pathlib").Path(_lrelease()).with_name("lupdate"))
    root = resource_path().parent
    sys.path.insert(0, str(root / "resources" / "translations"))
    try:
        from update_translations import SOURCES
    finally:
        sys.path.pop(0)
    files = []
    for source in SOURCES:
        path = root / source
        files += [str(p) for p in sorted(path.rglob("*.py"))] if path.is_dir() else [str(path)]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *files, "-ts", str(fresh)], check=True)

    def strings(path):
        return {
            (ctx.findtext("name"), m.findtext("source"))
            for ctx in ET.parse(path).getroot().iter("context")
            for m in ctx.iter("message")
        }

    committed = strings(resource_path("translations", "hubdesk_en.ts"))
    assert strings(fresh) <= committed, "run resources/translations/update_translations.py"


def test_no_screen_shows_untranslated_words(make_kiosk, fast_settings, registered_family, qtbot):
    """In the pseudo-locale every translated word carries '~' padding: any visible text with
    letters and no '~' skipped translation, unless it is data (names, the hub, codes)."""
    import dataclasses

    from kiosk_checks import every_screen
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from hubdesk.ui.i18n import LANGUAGES

    _, issued = registered_family
    settings = dataclasses.replace(fast_settings, default_language=PSEUDO)
    window = make_kiosk(settings=settings, lang=PSEUDO)
    data = {"Riverside Family Hub", "Amira", "Omar", "Zara", "Yusuf", "Maria", "Ana", "Luca"}
    data |= {lang.native_name for lang in LANGUAGES}
    data |= {"Qwe", "Qwer", "Qwert", "NE1 4XF"}  # names and a postcode typed on the way
    data |= {QLocale("en_GB").standaloneMonthName(m) for m in range(1, 13)}  # Qt's own words
    untranslated: dict[str, set[str]] = {}
    from hubdesk.ui.widgets.bidi import strip_isolates
    from hubdesk.ui.widgets.keys import KeyButton
    from hubdesk.ui.widgets.keys.layouts import LAYOUTS

    for screen in every_screen(qtbot, window, issued.qr_payload):
        for label in window.findChildren(QLabel):
            text = strip_isolates(label.text())
            if not label.isVisible() or not any(c.isalpha() for c in text) or "~" in text:
                continue
            if text in data or re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]", text):
                continue
            key = label.parentWidget()
            if isinstance(key, KeyButton) and key.typed is not None:
                continue  # a letter on a key is data: what it types
            if text in {layout.label for layout in LAYOUTS.values()} | {"abc"}:
                continue  # a script's own name on the key that switches to it

            untranslated.setdefault(screen, set()).add(text)
    assert not untranslated, untranslated
