#!/usr/bin/env bash
# Install what is needed (first time) and start Plan Tracker. Arguments go to `plantracker`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/plantracker "$@"
