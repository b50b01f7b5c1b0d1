"""Refresh the .ts files from the source: `python resources/translations/update_translations.py`.

Runs Qt's lupdate over the kiosk, the front desk, the reports screen, the first-run wizard and
the shared UI code for every language, keeping the translations already made (new strings arrive
marked unfinished for translators). The .qm files are built at start-up by
hubdesk.ui.i18n.ensure_translations_built(), not committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("en", "pl", "ur", "ro", "ar")
REVIEW_NOTE = (
    "<!-- Machine-drafted translation, to be reviewed by a native speaker before use with "
    "families (see docs/kiosk.md, Translations). -->"
)
SOURCES = (
    "hubdesk/ui/app.py",
    "hubdesk/ui/kiosk",
    "hubdesk/ui/widgets",
    "hubdesk/ui/desk",
    "hubdesk/ui/reports",
    "hubdesk/ui/setup",
)


def lupdate() -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / "lupdate")


def main() -> int:
    files: list[str] = []
    for source in SOURCES:
        path = ROOT / source
        files += [str(p) for p in sorted(path.rglob("*.py"))] if path.is_dir() else [str(path)]
    for lang in LANGUAGES:
        subprocess.run(  # noqa: S603 - Qt's own tool on our own files
            [
                lupdate(),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *files,
                "-ts",
                str(HERE / f"hubdesk_{lang}.ts"),
            ],
            check=True,
        )
        if lang != "en":
            _keep_review_note(HERE / f"hubdesk_{lang}.ts")
    return 0


def _keep_review_note(path: Path) -> None:
    """lupdate rewrites the file without comments: put the review note back under the doctype."""
    text = path.read_text(encoding="utf-8")
    if REVIEW_NOTE not in text:
        text = text.replace("<!DOCTYPE TS>\n", "<!DOCTYPE TS>\n" + REVIEW_NOTE + "\n", 1)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
