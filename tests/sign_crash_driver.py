"""Sign off a report and SIGKILL this process at a chosen point.

    python -m tests.sign_crash_driver PROFILE_FOLDER PERIOD POINT

POINT is one of POINTS (or "none"). The real sign-off runs; only the calls around the chosen
point are wrapped to kill the process there (see tests/import_crash_driver.py for how).
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.models import db
from app.services.catalogue import catalogue
from app.services.reports import document_signoff, reports, signoff
from tests import workstations
from tests.import_crash_driver import wrap
from tests.reporting import PASSWORD

POINTS = (
    "after_password",  # the approver checked, nothing written
    "after_content_built",  # inside the write transaction, the content read
    "after_stamp",  # the signature computed onto the row, not saved
    "before_commit",  # the row saved, the transaction not committed
    "after_commit",
    "after_return",
)


def arm(chosen: str) -> None:
    wrap(document_signoff.users, "require_approver", "after_password", chosen, when="after")
    wrap(signoff, "build_content", "after_content_built", chosen, when="after")
    wrap(document_signoff, "stamp", "after_stamp", chosen, when="after")
    wrap(db.obj, "commit", "before_commit", chosen)
    wrap(db.obj, "commit", "after_commit", chosen, when="after")
    wrap(signoff, "sign", "after_return", chosen, when="after")


def main(argv: list[str]) -> int:
    folder, period, chosen = Path(argv[0]), argv[1], argv[2]
    station = workstations.use(folder)
    report = reports.latest(station.agency, catalogue.active_plan(), period)
    arm(chosen)
    signoff.sign(report, "nguyen.van.an", PASSWORD, station)
    print(report.content_sha256)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
