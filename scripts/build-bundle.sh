#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle in dist/hubdesk/ (the `hubdesk` executable and its
# libraries), with LICENSE.txt and THIRD-PARTY-LICENSES.txt (every shipped component's licence
# and its full text, from pip-licenses: installer/third_party_licenses.py, docs/licensing.md).
# Installs PyInstaller and pip-licenses into .venv if they are missing (the `build` extra).
# On Linux, `bash installer/build-linux.sh` goes on to make the .deb from this folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! .venv/bin/python -c "import PyInstaller, piplicenses" 2>/dev/null; then
  echo "build-bundle: installing PyInstaller and pip-licenses into .venv"
  .venv/bin/python -m pip install -q -e ".[central,build]"
fi
export QT_QPA_PLATFORM=offscreen
started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/hubdesk.spec
.venv/bin/python installer/third_party_licenses.py --out dist/hubdesk
elapsed=$(( $(date +%s) - started ))
size=$(du -sh dist/hubdesk | cut -f1)
echo "build-bundle: dist/hubdesk built in ${elapsed} s (${size})"
