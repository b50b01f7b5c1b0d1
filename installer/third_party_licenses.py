"""Write THIRD-PARTY-LICENSES.txt for the one-folder bundle: what it ships, and under which terms.

    python installer/third_party_licenses.py --out dist/hubdesk

Run by scripts/build-bundle.sh after PyInstaller (and by the Windows workflow). The Python
packages are the ones the bundle is built from: hubdesk's own requirements, with the `central`
extra when it is installed (the spec bundles the central service then), followed to the end of
their own requirements. pip-licenses reads each package's licence and its full licence text from
the installed metadata. Packages whose wheels carry no text (PySide6 and shiboken6 name
LGPL-3.0 but ship no file) get the text from installer/licenses/, and the parts of the bundle that
are not Python packages (the Python runtime, Qt, SQLCipher, FFmpeg, OpenSSL, PyInstaller's
bootloader) are listed after them with their terms. hubdesk's own LICENSE is copied beside it.

It fails, rather than write a short list, when pip-licenses is missing or a shipped package has
no licence text from either source. docs/licensing.md says what each licence asks of us.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import sysconfig
from datetime import UTC, datetime
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "installer" / "licenses"
OUT_NAME = "THIRD-PARTY-LICENSES.txt"
RULE = "=" * 100

# Wheels that name their licence but carry no text: the text is taken from installer/licenses/.
# Qt for Python is offered under LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only; we take the LGPL,
# whose text is read together with the GPL-3.0 it adds permissions to.
SUPPLIED = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "pyside6-addons": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
}

# What the bundle holds besides Python packages (docs/licensing.md).
NOT_PACKAGES = [
    (
        "Qt 6 libraries and plugins (inside PySide6)",
        "LGPL-3.0-only",
        "LGPL-3.0-only (texts above, with PySide6). The modules offered only under GPL-3.0 or a "
        "commercial licence (Qt Charts, Qt Virtual Keyboard) are not in this copy: see "
        "docs/licensing.md. Source: https://download.qt.io/official_releases/QtForPython/ "
        "and https://code.qt.io/, or ask the supplier of this copy (the offer below).",
        ("LGPL-3.0.txt", "GPL-3.0.txt"),
    ),
    (
        "FFmpeg libraries (libavcodec, libavformat, libavutil, libswresample, libswscale; "
        "Qt Multimedia's back end, inside PySide6)",
        "LGPL-2.1-or-later",
        "LGPL-2.1-or-later. Source: https://ffmpeg.org/download.html, or the offer below.",
        ("LGPL-2.1.txt",),
    ),
    (
        "SQLCipher (inside sqlcipher3-binary), built on SQLite (public domain)",
        "BSD-3-Clause (SQLCipher), public domain (SQLite)",
        "BSD-3-Clause-style, Zetetic LLC.",
        ("SQLCipher.txt",),
    ),
    (
        "OpenSSL (libcrypto/libssl inside cryptography, sqlcipher3-binary and psycopg-binary)",
        "Apache-2.0",
        "Apache-2.0 (OpenSSL 3); its text is given above with the packages that carry it "
        "(for example zxing-cpp, requests).",
        (),
    ),
    (
        "libpq, Kerberos, OpenLDAP and Cyrus SASL libraries (inside psycopg-binary, central only)",
        "PostgreSQL, MIT, OLDAP-2.8, BSD-style",
        "PostgreSQL Licence (libpq), MIT (Kerberos), OpenLDAP Public Licence 2.8, BSD-style "
        "(Cyrus SASL): see https://www.psycopg.org/psycopg3/docs/basic/install.html.",
        (),
    ),
    (
        "PyInstaller bootloader (the hubdesk executable's launcher)",
        "GPL-2.0-or-later WITH Bootloader-exception",
        "GPL-2.0-or-later with the PyInstaller bootloader exception, which lets the bootloader "
        "be distributed with programs under any licence: https://pyinstaller.org/en/stable/license.html",
        (),
    ),
]

SOURCE_OFFER = """\
Source code of the LGPL and GPL components
-------------------------------------------
The Qt libraries, Qt for Python (PySide6, shiboken6), FFmpeg and psycopg are used as separate
shared libraries in this one-folder bundle: replace any of them with a compatible build of your
own by replacing its files under the `_internal` folder beside the executable. Their complete
corresponding source code, for the versions listed above, is available from the projects' own
sites given above. The organisation that gave you this copy of hubdesk will also provide it on
request, at no more than the cost of providing it, for at least three years from the date it
distributed this copy. hubdesk's own source is published under the MIT licence (LICENSE).
"""


def dist_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def shipped_distributions(with_central: bool) -> list[str]:
    """hubdesk's requirements (and the central extra's) followed to the end, as installed."""
    extras = {"central"} if with_central else set()
    seen: dict[str, str] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, frozenset[str]]] = [("hubdesk", frozenset(extras))]
    while todo:
        name, wanted = todo.pop()
        if (dist_name(name), wanted) in done:
            continue
        done.add((dist_name(name), wanted))
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # an optional requirement of a dependency that is not installed
        seen[dist_name(dist.metadata["Name"])] = dist.metadata["Name"]
        for line in dist.requires or []:
            req = Requirement(line)
            envs = [{"extra": e} for e in wanted] or [{"extra": ""}]
            if req.marker is None or any(req.marker.evaluate(env) for env in envs):
                todo.append((req.name, frozenset(req.extras)))
    seen.pop("hubdesk", None)
    return sorted(seen.values(), key=str.lower)


def pip_licenses(packages: list[str]) -> list[dict[str, str]]:
    if importlib.util.find_spec("piplicenses") is None:
        sys.exit("third-party-licenses: pip-licenses is not installed (pip install -e '.[build]')")
    out = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [
            sys.executable,
            "-m",
            "piplicenses",
            "--from=mixed",
            "--format=json",
            "--with-urls",
            "--with-license-file",
            "--with-notice-file",
            "--no-license-path",
            "--packages",
            *packages,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows: list[dict[str, str]] = json.loads(out)
    return rows


def text_of(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8").strip()


def python_licence() -> str:
    """The Python runtime's own LICENSE, wherever this build's Python keeps it."""
    base = Path(sys.base_prefix)
    for candidate in (
        base / "LICENSE.txt",  # python.org on Windows
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",  # Linux, macOS
        base
        / "share"
        / "doc"
        / f"python{sys.version_info.major}.{sys.version_info.minor}"
        / "copyright",  # Debian's python3
    ):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace").strip()
    sys.exit(f"third-party-licenses: no LICENSE.txt for the Python runtime under {base}")


def build(with_central: bool) -> str:
    packages = shipped_distributions(with_central)
    rows = pip_licenses(packages)
    found = {dist_name(r["Name"]) for r in rows}
    missing = sorted(set(map(dist_name, packages)) - found)
    if missing:
        sys.exit(f"third-party-licenses: pip-licenses did not list {', '.join(missing)}")

    version = md.version("hubdesk")
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    head = [
        f"hubdesk {version}: third-party licences",
        "",
        "hubdesk itself is under the MIT licence (LICENSE, beside this file). This bundle also",
        "ships the software below, each under its own licence, whose full text follows it.",
        f"Generated {stamp} by installer/third_party_licenses.py with pip-licenses "
        f"{md.version('pip-licenses')}, Python {sys.version.split()[0]} on {sys.platform}"
        f"{', central service included' if with_central else ''}.",
        "",
        "Python packages",
        "---------------",
    ]
    width = max(len(r["Name"]) for r in rows) + 2
    vwidth = max(len(r["Version"]) for r in rows) + 2
    head += [f"{r['Name']:<{width}}{r['Version']:<{vwidth}}{r['License']}" for r in rows]
    head += ["", "Other parts of the bundle", "-------------------------"]
    head += [f"Python runtime {sys.version.split()[0]}: PSF-2.0"]
    head += [f"{name}: {short}" for name, short, _, _ in NOT_PACKAGES]
    body: list[str] = []
    for r in rows:
        key = dist_name(r["Name"])
        texts = [r.get("LicenseText", "").strip(), r.get("NoticeText", "").strip()]
        texts = [t for t in texts if t and t != "UNKNOWN"]
        if key in SUPPLIED:
            texts += [text_of(n) for n in SUPPLIED[key]]
        if not texts:
            sys.exit(f"third-party-licenses: no licence text for {r['Name']} {r['Version']}")
        body += [
            "",
            RULE,
            f"{r['Name']} {r['Version']}",
            f"Licence: {r['License']}",
            f"Home: {r.get('URL', 'UNKNOWN')}",
            RULE,
            "",
            *texts,
        ]
    for name, _, terms, files in NOT_PACKAGES:
        body += ["", RULE, name, f"Licence: {terms}", RULE]
        body += [t for f in files for t in ("", text_of(f))]
    body += [
        "",
        RULE,
        f"Python runtime {sys.version.split()[0]}",
        "Licence: PSF-2.0",
        RULE,
        "",
        python_licence(),
        "",
        RULE,
        "",
        SOURCE_OFFER,
    ]
    return "\n".join(head + body) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "dist" / "hubdesk",
        help="the bundle's folder (default: dist/hubdesk)",
    )
    args = parser.parse_args()
    with_central = all(importlib.util.find_spec(m) for m in ("fastapi", "uvicorn"))
    text = build(with_central)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / OUT_NAME).write_text(text, encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", args.out / "LICENSE.txt")
    print(
        f"third-party-licenses: {args.out / OUT_NAME} ({len(text) // 1024} KiB), "
        f"{args.out / 'LICENSE.txt'}"
    )


if __name__ == "__main__":
    main()
