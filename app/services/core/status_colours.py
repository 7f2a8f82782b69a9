"""The colour of each status, one table for every output that colours one: DoFA's dashboard
(the matrix and an agency's report dialog), the consolidated Excel workbook, the duty view's
charts, and the exchange screens (the bundle ledger, the received reports and their returns).
A status is the same colour wherever a person meets it ("late" is amber on the screen and in
the workbook); its words are in `app.services.core.labels`.

Colours are "#rrggbb"; `excel(colour)` gives the digits openpyxl takes. The consolidated PDF
and Word document are official documents in black on white (Decree 30/2020/NĐ-CP): they name
each status in words and colour none.
"""

from __future__ import annotations

from typing import NamedTuple

from app.services.core.vocabulary import DashboardStatus, DutyBucket, EntryStatus, ImportStatus


class StatusColour(NamedTuple):
    background: str
    text: str


# Green on time, amber late, red missing, violet returned, orange in conflict, cyan to review;
# greys for what is not yet anyone's fault (not due; before DoFA followed up: pale, never red).
DASHBOARD_COLOURS: dict[DashboardStatus, StatusColour] = {
    DashboardStatus.NOT_DUE: StatusColour("#eeeeee", "#555555"),
    DashboardStatus.NOT_TRACKED: StatusColour("#f5f5f5", "#9e9e9e"),
    DashboardStatus.MISSING: StatusColour("#f8d7da", "#842029"),
    DashboardStatus.ON_TIME: StatusColour("#d1e7dd", "#0f5132"),
    DashboardStatus.LATE: StatusColour("#fff3cd", "#664d03"),
    DashboardStatus.NEEDS_REVIEW: StatusColour("#cff4fc", "#055160"),
    DashboardStatus.RETURNED: StatusColour("#e2d9f3", "#432874"),
    DashboardStatus.CONFLICT: StatusColour("#ffd8a8", "#7a2e00"),
}

# An entry's status in the duty view's charts and text; "ongoing" is counted with "in progress".
ENTRY_COLOURS: dict[EntryStatus, str] = {
    EntryStatus.DONE: "#2e7d32",
    EntryStatus.IN_PROGRESS: "#1565c0",
    EntryStatus.ONGOING: "#1565c0",
    EntryStatus.NOT_STARTED: "#f9a825",
    EntryStatus.STALLED: "#c62828",
}
# A duty's bucket in the duty view: its entry status's colour; grey when no agency has
# reported on it yet.
BUCKET_COLOURS: dict[DutyBucket, str] = {b: ENTRY_COLOURS.get(b, "#9e9e9e") for b in DutyBucket}


class RateColours(NamedTuple):
    """The lines of the duty view's reporting-rate chart, each a share of the agencies due."""

    reported: str  # received, whatever its standing (dashboard.RECEIVED)
    on_time: str


# On time wears the dashboard's on-time green (its text shade: a thin line needs the strong
# one). Reported also counts the late, the returned and those in conflict, so it wears an
# indigo that no status does: it reads as neither on time nor late.
RATE_COLOURS = RateColours(
    reported="#3f51b5", on_time=DASHBOARD_COLOURS[DashboardStatus.ON_TIME].text
)

# What became of a bundle file at import (the bundle ledger, the received reports): a conflict
# is the dashboard's conflict, a rejection red; what was imported is not marked.
IMPORT_COLOURS: dict[ImportStatus, StatusColour] = {
    ImportStatus.REJECTED: StatusColour("#f8d7da", "#842029"),
    ImportStatus.CONFLICT: DASHBOARD_COLOURS[DashboardStatus.CONFLICT],
}


def excel(colour: str) -> str:
    """ "#d1e7dd" → "D1E7DD", as openpyxl's fills and fonts take it."""
    return colour.removeprefix("#").upper()
