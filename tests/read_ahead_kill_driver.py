"""Import bundles with the worker process reading ahead, and SIGKILL this process once the
nth bundle's rows are written (before that bundle's transaction commits).

    python -m tests.read_ahead_kill_driver PROFILE_FOLDER N BUNDLE...

Prints the worker's process id just before dying; with N = 0 imports everything and prints
the results as JSON.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
from pathlib import Path

from app.services.exchange import bundle_import, read_ahead
from app.services.workstation import profile


def main(argv: list[str]) -> int:
    folder, nth, bundles = Path(argv[0]), int(argv[1]), [Path(a) for a in argv[2:]]
    station = profile.open_profile(folder)
    read_ahead.MIN_FILES, read_ahead.MIN_BYTES = 1, 0
    read_ahead.a_core_is_free = lambda: True
    read_ahead.ReadAhead._taken_here = lambda self, position, future: False  # the worker reads
    written = 0
    write_bundle = bundle_import.write_bundle

    def write_then_die(station, verified, result) -> None:
        nonlocal written
        write_bundle(station, verified, result)
        written += 1
        if written == nth:
            print(*(child.pid for child in multiprocessing.active_children()), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    bundle_import.write_bundle = write_then_die
    results = bundle_import.import_bundles(station, bundles)
    print(json.dumps([r.as_json() for r in results], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
