#!/usr/bin/env bash
# The one test command: set up, then lint, type-check, check the import layers and run the tests.
# Extra arguments go to pytest (e.g. `scripts/test.sh tests/unit -x`), after `-n auto`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff"
ruff check .
ruff format --check .
echo "== mypy (strict below hubdesk/ui)"
mypy
echo "== import contracts"
lint-imports
echo "== pytest"
# One worker per core (pytest-xdist); each has its own stores, temporary folders, loopback ports
# and PostgreSQL schemas. HUBDESK_TEST_WORKERS=0 runs in one process (e.g. to use a debugger).
python -m pytest -n "${HUBDESK_TEST_WORKERS:-auto}" "$@"
