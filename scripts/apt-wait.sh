# Sourced by setup.sh: wait_for_apt waits while another apt or dpkg holds the package lock (a
# fresh machine's automatic updates, a software centre), saying so, rather than let apt-get fail.
# Bounded by APT_WAIT_SECONDS (default 600); checks every APT_WAIT_STEP seconds (default 5).

wait_for_apt() {
  local limit="${APT_WAIT_SECONDS:-600}" step="${APT_WAIT_STEP:-5}" waited=0 said=-1
  while pgrep -x apt-get >/dev/null 2>&1 || pgrep -x apt >/dev/null 2>&1 \
      || pgrep -x dpkg >/dev/null 2>&1 || pgrep -f unattended-upgrade >/dev/null 2>&1; do
    if awk -v w="$waited" -v l="$limit" 'BEGIN { exit !(w >= l) }'; then
      echo "setup: another package manager is still running after ${limit} s; trying anyway" >&2
      return 0
    fi
    local whole="${waited%.*}"
    if ((whole / 30 != said)); then
      said=$((whole / 30))
      echo "setup: waiting for another apt/dpkg to finish (${whole} s so far, up to ${limit} s)..."
    fi
    sleep "$step"
    waited=$(awk -v w="$waited" -v s="$step" 'BEGIN { print w + s }')
  done
}
