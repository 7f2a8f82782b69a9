"""Run the whole-workflow state machine (tests/workflow_machine.py) for as long as asked.

    .venv/bin/python bench/workflow_fuzz.py [--examples 300] [--steps 50]

Same machine and invariants as tests/test_workflow_machine.py, with many more examples. Prints
the figures: examples run, rule calls by kind, bundles imported, wall and CPU time, time per
step. Exits 1 (after Hypothesis prints the shortest failing sequence) if an invariant breaks.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from hypothesis.stateful import run_state_machine_as_test  # noqa: E402

from tests.workflow_machine import Workflow, build_pristine  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--steps", type=int, default=50, help="at most, per example")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="workflow-fuzz-") as scratch:
        os.environ["PLANTRACKER_TEST_KEYRING"] = str(Path(scratch) / "unused.json")
        started = time.perf_counter()
        Workflow.pristine = build_pristine(Path(scratch))
        setup = time.perf_counter() - started
        chosen = settings(
            max_examples=args.examples,
            stateful_step_count=args.steps,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
        )
        wall, cpu = time.perf_counter(), time.process_time()
        failed = False
        try:
            run_state_machine_as_test(Workflow, settings=chosen)
        except Exception as exc:  # the report below still says how far it got
            failed = True
            print(f"FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    calls = dict(Workflow.calls)
    examples = calls.pop("examples", 0)
    signed = calls.pop("signed", 0)
    arrived = calls.pop("files_arrived", 0)
    steps = sum(calls.values())
    print(f"examples         {examples}")
    print(f"steps            {steps} ({steps / max(examples, 1):.1f} per example)")
    for name in sorted(calls):
        print(f"  {name:<15}{calls[name]}")
    print(f"revisions signed {signed}")
    print(f"bundles imported {arrived} (first arrivals; repeats are already_imported)")
    print(f"setup_s          {setup:.1f}")
    print(f"wall_s           {wall:.1f}")
    print(f"cpu_s            {cpu:.1f}")
    per_step = 1000 / max(steps, 1)
    print(f"ms_per_step      {wall * per_step:.0f} wall, {cpu * per_step:.0f} cpu")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
