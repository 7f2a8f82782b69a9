#!/usr/bin/env bash
# Installs everything Plan Tracker needs on Debian 12 or Ubuntu (24.04 and later): the system
# libraries Qt needs, a font with Vietnamese letters, a virtual environment with the app, and the
# compiled translations. Safe to run again; it only installs what is missing.
#   scripts/setup.sh          the app
#   scripts/setup.sh --test   the app and the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# An older python3 (Ubuntu 22.04 has 3.10) would only fail deep in pip's log, after the
# system packages were installed; say so at once.
if command -v python3 > /dev/null &&
  ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2> /dev/null; then
  echo "Plan Tracker needs Python 3.11 or later; this system's python3 is" \
    "$(python3 -V 2>&1). Debian 12 and Ubuntu 24.04 (or later) have it." >&2
  exit 1
fi

packages=(
  python3-venv python3-pip
  libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  fonts-dejavu-core fonts-liberation2
)
if [ "$with_tests" = 1 ]; then
  packages+=(poppler-utils age xvfb binutils unzip openssl softhsm2 opensc faketime
    x11-utils  # xwininfo: build_installer.sh finds the frozen app's window on Xvfb
    libreoffice-calc-nogui  # Calc checks that the Excel exports print on A4
    postgresql)  # a throwaway server for the consolidating office's tests (tests/pg_cluster.py)
fi

# A name counts as installed when an installed package has it or provides it: Ubuntu 24.04's
# libglib2.0-0t64 provides libglib2.0-0, which dpkg-query alone reports missing, so every start
# would have asked apt (and sudo, and the network) again.
# shellcheck disable=SC2016  # dpkg-query's ${...} fields, not the shell's
installed=" $(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null |
  awk -F'|' '$1 ~ /^.i/ {  # installed: "ii", or "hi" when held
    print $2; n = split($3, provided, ", ")
    for (i = 1; i <= n; i++) { split(provided[i], name, " "); print name[1] }
  }' | tr '\n' ' ') "
missing=()
for p in "${packages[@]}"; do
  [[ "$installed" == *" $p "* ]] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo > /dev/null; then
      # A minimal Debian has no sudo; running the whole script as root would leave a .venv
      # this user cannot update, so only the packages are asked of root.
      echo "These system packages are missing: ${missing[*]}" >&2
      echo "Installing them needs root, and sudo is not installed. As root, run:" >&2
      echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
      echo "then run $0 again as yourself." >&2
      exit 1
    fi
    sudo="sudo"
  fi
  echo "Installing system packages: ${missing[*]}"
  . scripts/apt_wait.sh
  wait_for_apt_locks 600
  # The lock timeout covers another apt that starts between the check and these calls.
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# Exact versions with hashes from the lock files (scripts/lock.sh writes them from
# pyproject.toml); reinstall only when the lock changed, so later starts need no network.
lock=requirements.lock
[ "$with_tests" = 1 ] && lock=requirements-test.lock
stamp=".venv/.installed-$(cat pyproject.toml "$lock" | sha256sum | cut -c1-16)-$lock"
if [ ! -f "$stamp" ]; then
  echo "Installing Python packages into .venv (log: .venv/install.log)"
  # The build backend prints advice meant for packagers; keep it in the log unless it fails.
  # pip first, at its locked version and hash (Debian's own pip may be too old for the wheels).
  if ! { .venv/bin/python -m pip install --disable-pip-version-check --require-hashes \
           --no-deps -r <(sed -n '/^pip==/,/# via/p' "$lock") &&
         .venv/bin/python -m pip install --disable-pip-version-check --require-hashes \
           -r "$lock" &&
         .venv/bin/python -m pip install --disable-pip-version-check --no-deps \
           --no-build-isolation -e .; } > .venv/install.log 2>&1; then
    tail -n 40 .venv/install.log
    echo "Installing the Python packages failed; the whole log is in .venv/install.log" >&2
    exit 1
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
  # A test install also serves the app.
  [ "$with_tests" = 1 ] && touch ".venv/.installed-$(cat pyproject.toml requirements.lock |
    sha256sum | cut -c1-16)-requirements.lock"
fi
.venv/bin/pyside6-lrelease -silent translations/*.ts
