"""Every one of the 720 arrival orders of the merge-rules test, not the suite's sample.

    .venv/bin/python bench/merge_orders.py

Prints how many orders ended in the same state and how long it took; exits non-zero when one
did not (the failing order is named).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    env = {**os.environ, "PLANTRACKER_MERGE_ORDERS": "all", "QT_QPA_PLATFORM": "offscreen"}
    test = "tests/test_merge_rules.py::test_every_arrival_order_ends_in_the_same_state"
    command = [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", test]
    sys.exit(subprocess.run(command, cwd=REPO, env=env).returncode)
