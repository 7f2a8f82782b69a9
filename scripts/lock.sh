#!/usr/bin/env bash
# Writes the lock files from pyproject.toml: every package, its exact version and its hashes, for
# every Python and platform the app supports. scripts/setup.sh installs from them, so every
# machine (and CI) runs the same versions. Run after changing a dependency in pyproject.toml and
# commit the lock files with it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install --disable-pip-version-check -q uv
compile=(.venv/bin/uv pip compile --quiet --universal --generate-hashes --python-version 3.11
         --no-header --annotation-style line)
# The build backend is locked too: the app is installed without build isolation; and
# pip too, so the installer that checks the hashes is itself a locked version.
printf "setuptools>=77\npip>=25,<27\n" > .venv/build-requirements.in
"${compile[@]}" pyproject.toml .venv/build-requirements.in -o requirements.lock
"${compile[@]}" pyproject.toml .venv/build-requirements.in --extra test --extra build \
  -o requirements-test.lock
echo "wrote requirements.lock and requirements-test.lock"
