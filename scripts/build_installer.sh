#!/usr/bin/env bash
# Builds the one-folder app dist/plantracker/ with PyInstaller (build_installer.spec) and checks
# that the frozen app works: the CLI, the bundled catalogue, profile set-up, and that the desktop
# app starts on Qt's offscreen platform. Prints PASS/FAIL per check; exits 1 if any failed.
# Linux only (the spec also builds on Windows, but these checks are not written for it).
set -euo pipefail
cd "$(dirname "$0")/.."

# The venv with the app, the test tools and PyInstaller (the `build` extra), and the .qm files.
scripts/setup.sh --test
# PyInstaller copies the shared Python library into the app; Debian ships it in its own package.
if ! .venv/bin/python -c 'import os, sys, sysconfig
lib = os.path.join(sysconfig.get_config_var("LIBDIR"), sysconfig.get_config_var("LDLIBRARY"))
sys.exit(not os.path.exists(lib))'; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  . scripts/apt_wait.sh
  wait_for_apt_locks 600
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "libpython$(.venv/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
fi

started=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean build_installer.spec
echo "Build took $((SECONDS - started)) s"

app=dist/plantracker/plantracker
bundle=dist/plantracker/_internal  # sys._MEIPASS of a PyInstaller 6 one-folder build
tmp=$(mktemp -d)
gui_pid=""
cleanup() {
  if [ -n "$gui_pid" ]; then kill "$gui_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Keep the checks away from the user's real secret store (GNOME Keyring etc.): keyring's "fail"
# backend makes `setup` keep the signing key in a passphrase-locked file in the temporary profile.
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export PLANTRACKER_PASSPHRASE="build-check-passphrase"

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. --version prints the version of the source tree.
expected="plantracker $(.venv/bin/python -c 'from app import __version__; print(__version__)')"
if out=$("$app" --version 2>&1) && [ "$out" = "$expected" ]; then
  pass "--version printed '$out'"
else
  fail "--version printed '$out', expected '$expected'"
fi

# 2. The bundled register is found (resources/ via sys._MEIPASS): 41 agencies as JSON.
if "$app" agencies --json >"$tmp/agencies.json" 2>"$tmp/agencies.err" \
  && count=$(.venv/bin/python -c 'import json, sys; print(len(json.load(sys.stdin.buffer)))' \
    <"$tmp/agencies.json") \
  && [ "$count" = 41 ]; then
  pass "agencies --json listed $count agencies"
else
  fail "agencies --json (count: ${count:-none}): $(head -c 2000 "$tmp/agencies.err")"
fi

# 3. A profile can be set up (creates the database, runs the migrations, makes the signing key),
# with an approver who signs in unattended below (PLANTRACKER_USER / PLANTRACKER_PASSWORD).
export PLANTRACKER_USER=build.check PLANTRACKER_PASSWORD="build-check-password"
if out=$("$app" --profile "$tmp/profile" setup --agency SYT 2>&1) &&
   added=$("$app" --profile "$tmp/profile" user add --name "Build Check" --position "Giám đốc" \
           --role approver --login build.check 2>&1); then
  pass "setup --agency SYT: ${out%%$'\n'*}; $added"
else
  fail "setup --agency SYT: $out ${added:-}"
fi

# 3b. A consolidating workstation writes its report as PDF, Word and Excel: reportlab,
# python-docx and openpyxl read files of their own next to their modules, which a frozen app
# must carry (python-docx's header and footer templates once went missing).
if "$app" --profile "$tmp/dofa" setup --agency SNGV --dofa >"$tmp/dofa.out" 2>&1 &&
   period=$("$app" --profile "$tmp/dofa" periods --json | .venv/bin/python -c 'import datetime, json, sys
today = datetime.date.today().isoformat()
print([p["id"] for p in json.load(sys.stdin) if p["start"] <= today][-1])'); then
  written=()
  for format in pdf docx xlsx; do
    if "$app" --profile "$tmp/dofa" consolidated "$format" --period "$period" \
         --out "$tmp/consolidated.$format" >"$tmp/export.out" 2>&1 &&
       [ -s "$tmp/consolidated.$format" ]; then
      written+=("$format")
    else
      fail "consolidated $format --period $period: $(head -c 2000 "$tmp/export.out")"
    fi
  done
  [ ${#written[@]} -eq 3 ] && pass "consolidated report of $period written as ${written[*]}"
else
  fail "setup --agency SNGV --dofa: $(head -c 2000 "$tmp/dofa.out")"
fi

# 4. The bundle holds what the app looks for at run time and not the translation sources.
missing=()
for f in translations/plantracker_vi.qm translations/plantracker_en.qm translations/qtbase_vi.qm \
  resources/plans/590-2014.json resources/registers/quang-ngai-2014.json \
  PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqoffscreen.so; do
  [ -e "$bundle/$f" ] || missing+=("$f")
done
ts_files=$(find "$bundle/translations" -name '*.ts' | wc -l)
if [ ${#missing[@]} -eq 0 ] && [ "$ts_files" -eq 0 ]; then
  pass "bundle has the translations (.qm only), resources and the xcb/offscreen plugins"
else
  fail "bundle: missing ${missing[*]:-nothing}; $ts_files .ts file(s) included"
fi

# 5. The desktop app starts and keeps running (on the profile set up in 3, so the main window
# opens rather than the set-up assistant). There is no hook to ask the app whether the window is
# shown, so: wait (up to 20 s) until Qt has loaded the offscreen platform plugin, i.e. the
# QApplication exists, then require the process to be alive 5 s later with no Python traceback.
# An import error, a missing plugin or a crash while building the window ends it early.
QT_QPA_PLATFORM=offscreen "$app" --profile "$tmp/profile" >"$tmp/gui.out" 2>"$tmp/gui.err" &
gui_pid=$!
qt_up=0
for _ in $(seq 40); do
  kill -0 "$gui_pid" 2>/dev/null || break
  if grep -q libqoffscreen "/proc/$gui_pid/maps" 2>/dev/null; then qt_up=1; break; fi
  sleep 0.5
done
[ "$qt_up" = 1 ] && sleep 5
if [ "$qt_up" = 1 ] && kill -0 "$gui_pid" 2>/dev/null && ! grep -q Traceback "$tmp/gui.err"; then
  pass "desktop app running on the offscreen platform after 5 s, no traceback"
else
  status="exited"
  kill -0 "$gui_pid" 2>/dev/null && status="running"
  fail "desktop app: $status, Qt platform loaded: $qt_up"
fi
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
if [ -s "$tmp/gui.err" ]; then
  echo "  desktop app stderr:"
  sed 's/^/    /' "$tmp/gui.err" | head -40
fi

# 6. The frozen app sets up a consolidating office on a throwaway PostgreSQL server and reads
# from it: psycopg2 loads only when a server is opened, so only this shows the freezer carried it.
if out=$(.venv/bin/python scripts/frozen_office_check.py "$app" "$tmp" 2>&1); then
  pass "setup --dofa --database on PostgreSQL: ${out##*$'\n'}"
else
  fail "office on PostgreSQL: $out"
fi

# 7. Extra: on an X server (Xvfb) through the xcb plugin, the main window really appears, with
# the agency in its title (from the profile of 3). Skipped when xvfb-run or xwininfo (x11-utils)
# is missing (scripts/setup.sh --test installs both).
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  # shellcheck disable=SC2016  # $1, $2 are expanded by the inner sh
  title=$(QT_QPA_PLATFORM=xcb xvfb-run -a sh -c '
    "$1" --profile "$2" >/dev/null 2>&1 & pid=$!
    for _ in $(seq 40); do
      xwininfo -root -tree | grep -o "\"[^\"]*Sở Y tế\"" && break
      sleep 0.5
    done
    kill $pid' sh "$app" "$tmp/profile" 2>/dev/null | head -1 || true)
  if [ -n "$title" ]; then
    pass "main window shown on Xvfb (xcb): $title"
  else
    fail "no main window titled '… Sở Y tế' on Xvfb (xcb) within 20 s"
  fi
else
  echo "SKIP: main window on Xvfb (xcb) — needs xvfb-run and xwininfo (apt install xvfb x11-utils)"
fi

echo "Size: $(du -sh dist/plantracker | cut -f1) dist/plantracker"
if [ "$failures" -gt 0 ]; then
  echo "FAIL: $failures check(s) failed"
  exit 1
fi
echo "PASS: all checks"
