#!/usr/bin/env bash
# Start hubdesk: `scripts/start.sh` opens the front desk on the demo store (built on first run);
# `scripts/start.sh kiosk` opens the family kiosk. Any other arguments go to the `hubdesk` command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ $# -eq 0 ]; then
  set -- desk
fi
exec .venv/bin/hubdesk "$@"
