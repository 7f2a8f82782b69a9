"""Export a bundle from an agency workstation and SIGKILL this process at a chosen point.

    python -m tests.export_crash_driver PROFILE_FOLDER OUT_FOLDER POINT

POINT is one of POINTS (or "none": export normally and print the file's path). The real export
runs; only the calls around the chosen point are wrapped to kill the process there (see
tests/import_crash_driver.py for how).
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.services.exchange import bundle_export
from app.services.workstation import leftovers
from tests import workstations
from tests.import_crash_driver import wrap

POINTS = (
    "after_seal",  # the encrypted bytes in memory, nothing written
    "after_remember",  # the temporary file's name recorded, the file not yet written
    "before_record",  # the encrypted bytes in the temporary file, synced
    "after_record",  # the number committed, the file not yet under its name
    "after_rename",  # the file under its name, its temporary name not yet forgotten
    "after_return",
)


def arm(chosen: str) -> None:
    wrap(bundle_export, "seal", "after_seal", chosen, when="after")
    wrap(leftovers, "remember_output", "after_remember", chosen, when="after")
    wrap(bundle_export, "_record", "before_record", chosen)
    wrap(bundle_export, "_record", "after_record", chosen, when="after")
    wrap(leftovers, "forget_output", "after_rename", chosen)
    wrap(bundle_export, "export_bundle", "after_return", chosen, when="after")


def main(argv: list[str]) -> int:
    folder, out, chosen = Path(argv[0]), Path(argv[1]), argv[2]
    if chosen not in (*POINTS, "none"):
        print(f"unknown point {chosen}", file=sys.stderr)
        return 2
    station = workstations.use(folder)
    arm(chosen)
    _, path = bundle_export.export_bundle(station, out)
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
