# Sourced by the set-up scripts: wait for another apt (or the automatic updates) that holds the
# package manager's locks, instead of failing at once on the first start of a fresh machine.
#   wait_for_apt_locks [SECONDS]   0 when free (at once or within SECONDS, default 600), else 1
# The lock files can be named in PLANTRACKER_APT_LOCKS (space-separated), for tests.

apt_locks="${PLANTRACKER_APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock}"

_apt_lock_held() {
  # apt and dpkg hold fcntl locks, which only another fcntl lock attempt sees (not flock).
  # shellcheck disable=SC2086
  ${sudo:-} python3 -c '
import fcntl, sys
for path in sys.argv[1:]:
    try:
        handle = open(path, "a")
    except OSError:
        continue
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(0)
sys.exit(1)
' $apt_locks
}

wait_for_apt_locks() {
  local limit="${1:-600}" waited=0
  if ! _apt_lock_held; then
    return 0
  fi
  echo "Another program is installing or updating packages (often the automatic updates of a"
  echo "new machine). Waiting for it to finish, at most $((limit / 60)) minute(s)…"
  while _apt_lock_held; do
    if [ "$waited" -ge "$limit" ]; then
      echo "The package manager is still busy after $waited seconds. Let the other installation" >&2
      echo "finish (or restart the computer), then run this script again." >&2
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  echo "The package manager is free again; going on."
}
