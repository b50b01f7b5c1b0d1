"""Building the .qm files is all or nothing per file: a build that fails part way leaves the last
good .qm in place and no stray file, so another process (a second test worker, a second window)
never loads half a translation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hubdesk.ui import i18n

FAKE_LRELEASE = """\
import sys
qm = sys.argv[sys.argv.index("-qm") + 1]
with open(qm, "w") as out:
    out.write("{content}")
sys.exit({code})
"""


def _fake_lrelease(folder: Path, content: str, code: int) -> str:
    script = folder / f"lrelease-{code}.py"
    script.write_text(FAKE_LRELEASE.format(content=content, code=code))
    tool = folder / f"lrelease-{code}"
    tool.write_text(f'#!/bin/sh\nexec {sys.executable} {script} "$@"\n')
    tool.chmod(0o700)
    return str(tool)


@pytest.mark.skipif(os.name == "nt", reason="the fake lrelease is a shell script")
def test_a_failed_build_keeps_the_last_good_file_and_leaves_nothing_behind(tmp_path, monkeypatch):
    src = tmp_path / "translations"
    src.mkdir()
    ts = src / "hubdesk_pl.ts"
    ts.write_text("<TS/>")
    qm = src / "hubdesk_pl.qm"
    qm.write_text("good")
    os.utime(qm, (1, 1))  # older than the .ts: to be rebuilt
    monkeypatch.setattr(i18n, "resource_path", lambda name: tmp_path / name)
    monkeypatch.setattr(i18n, "_built_dir", None)

    monkeypatch.setattr(i18n, "_lrelease", lambda: _fake_lrelease(tmp_path, "half", 1))
    with pytest.raises(subprocess.CalledProcessError):
        i18n.ensure_translations_built()
    assert qm.read_text() == "good"
    assert sorted(p.name for p in src.iterdir()) == ["hubdesk_pl.qm", "hubdesk_pl.ts"]

    monkeypatch.setattr(i18n, "_lrelease", lambda: _fake_lrelease(tmp_path, "new", 0))
    assert i18n.ensure_translations_built() == src
    assert qm.read_text() == "new"
    assert sorted(p.name for p in src.iterdir()) == ["hubdesk_pl.qm", "hubdesk_pl.ts"]
