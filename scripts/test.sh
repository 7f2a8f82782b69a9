#!/usr/bin/env bash
# Install what is needed (first time) and run the whole test suite headless, then the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
.venv/bin/ruff check app tests scripts bench
.venv/bin/ruff format --check app tests scripts bench
