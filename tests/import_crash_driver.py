"""Import one bundle on a DoFA workstation and SIGKILL this process at a chosen point.

    python -m tests.import_crash_driver PROFILE_FOLDER BUNDLE POINT

POINT is one of POINTS (or "none": import normally and print the result). The real import code
runs; only the functions around the chosen point are wrapped, so that the process kills itself
there with SIGKILL: no exception handler, `finally` or atexit hook runs, as on a power cut of
the process (the operating system still has every write the process made).
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from app.models import BundleReceived, db
from app.services.exchange import bundle_format, bundle_import
from app.services.reports import evidence
from tests import workstations

# Where the import can be killed, in the order the import passes them.
POINTS = (
    "before_decrypt",
    "after_verify",
    "before_evidence_1",  # nothing of the evidence written yet
    "after_first_report",  # inside the transaction; the evidence files are being synced
    "after_second_report",
    "after_bundle_received",
    "during_evidence_1",  # both evidence files synced under temporary names, none renamed
    "after_evidence_1",
    "before_evidence_2",
    "after_evidence_2",
    "before_commit",
    "after_commit",
    "after_return",
)


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def wrap(owner: object, name: str, point: str, chosen: str, nth: int = 1, when="before") -> None:
    """Replace owner.name by a wrapper that dies before or after its nth call."""
    original: Callable = getattr(owner, name)
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        hit = point == chosen and calls == nth
        if hit and when == "before":
            die()
        result = original(*args, **kwargs)
        if hit:
            die()
        return result

    setattr(owner, name, wrapper)


def arm(chosen: str) -> None:
    wrap(bundle_format, "decrypt", "before_decrypt", chosen)
    wrap(bundle_import, "verify", "after_verify", chosen, when="after")
    # A bundle's evidence files are written and synced while its rows are written, then
    # renamed one by one before the transaction commits.
    wrap(evidence, "storing_received", "before_evidence_1", chosen)
    wrap(evidence, "_place", "after_evidence_1", chosen, 1, when="after")
    wrap(evidence, "_place", "before_evidence_2", chosen, 2)
    wrap(evidence, "_place", "after_evidence_2", chosen, 2, when="after")
    # bundle_import imported received.store by name, so the name there is the one to wrap.
    wrap(bundle_import, "store", "after_first_report", chosen, 1, when="after")
    wrap(bundle_import, "store", "after_second_report", chosen, 2, when="after")
    wrap(BundleReceived, "create", "after_bundle_received", chosen, when="after")
    # The import's transaction is the only one committed after this point (peewee's
    # _transaction calls Database.commit, which runs COMMIT).
    wrap(db.obj, "commit", "before_commit", chosen)
    wrap(db.obj, "commit", "after_commit", chosen, when="after")
    wrap(bundle_import, "import_one", "after_return", chosen, when="after")
    if chosen == "during_evidence_1":
        replace = os.replace

        def replace_or_die(source, target, *args, **kwargs):
            if Path(source).name.startswith(".incoming-"):
                die()
            return replace(source, target, *args, **kwargs)

        os.replace = replace_or_die


def main(argv: list[str]) -> int:
    folder, bundle, chosen = Path(argv[0]), Path(argv[1]), argv[2]
    if chosen not in (*POINTS, "none"):
        print(f"unknown point {chosen}", file=sys.stderr)
        return 2
    station = workstations.use(folder)
    arm(chosen)
    (result,) = bundle_import.import_bundles(station, [bundle])
    print(json.dumps(result.as_json(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
