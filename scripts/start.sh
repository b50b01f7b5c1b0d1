#!/usr/bin/env bash
# Start hubdesk: `scripts/start.sh` opens the front desk on the demo store (built on first run);
# `scripts/start.sh kiosk` opens the family kiosk on it. Any other arguments go to the `hubdesk`
# command. The app itself never falls back to the demo store (an installed app on a new PC runs the
# first-run wizard), so this script asks for it explicitly with --demo, unless a store is named
# (--store or $HUBDESK_STORE).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ $# -eq 0 ]; then
  set -- desk
fi
case "$1" in
  desk | kiosk)
    if [ -z "${HUBDESK_STORE:-}" ] && [[ " $* " != *" --store"* ]] && [[ " $* " != *" --demo "* ]]; then
      set -- "$@" --demo
    fi
    ;;
esac
# The desk, the kiosk and the first-run wizard are windows: they need a screen. Without one, Qt
# would fail with a message about xcb plugins and cursors that sends a newcomer the wrong way.
case "$1" in
  desk | kiosk | setup)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      cat >&2 <<MSG
hubdesk needs a screen, and this session has none (DISPLAY and WAYLAND_DISPLAY are not set).
  - On a PC: run this from the desktop (a terminal opened in the desktop session).
  - Over SSH or on a server: use a virtual screen, for example
      xvfb-run -s "-screen 0 1366x768x24" scripts/start.sh $*
    (the kiosk is made for 1280x800: -screen 0 1280x800x24).
MSG
      exit 2
    fi
    ;;
esac
exec .venv/bin/hubdesk "$@"
