"""The stateful property test of the whole workflow (tests/workflow_machine.py), CI-sized.

15 examples of up to 40 steps each (one measured run: 630 steps, 35 import batches, 103
revisions signed): 20-28 s of CPU, 50-90 s of wall time on the shared 2-core machine here.
bench/workflow_fuzz.py runs as many as asked and prints figures (200 examples of up to 50
steps: 8,575 steps, 1,595 import batches, 373 s of CPU, no failure).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.workflow_machine import Workflow, build_pristine

EXAMPLES = 15
STEPS = 40


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return build_pristine(tmp_path_factory.mktemp("workflow"))


def test_any_sequence_of_the_workflow_keeps_every_invariant(pristine, monkeypatch):
    monkeypatch.setattr(Workflow, "pristine", pristine, raising=False)
    run_state_machine_as_test(
        Workflow,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
