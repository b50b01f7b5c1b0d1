#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle in dist/hubdesk/ (the `hubdesk` executable and its
# libraries). Installs PyInstaller into .venv if it is missing (the `build` extra).
# On Linux, `bash installer/build-linux.sh` goes on to make the .deb from this folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "build-bundle: installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q -e ".[central,build]"
fi
export QT_QPA_PLATFORM=offscreen
started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/hubdesk.spec
elapsed=$(( $(date +%s) - started ))
size=$(du -sh dist/hubdesk | cut -f1)
echo "build-bundle: dist/hubdesk built in ${elapsed} s (${size})"
