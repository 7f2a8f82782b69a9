"""Helpers that put a report into a known state, for tests."""

from __future__ import annotations

from app.services.accounts import users
from app.services.catalogue import catalogue
from app.services.reports import reports

PASSWORD = "mat-khau-an-toan"


def approver(station, name: str = "Nguyễn Văn An", position: str = "Phó Giám đốc"):
    return users.add(station, name, position, "approver", PASSWORD)


def complete_draft(station, period_id: str = "2026-Y", results: str = "Đã triển khai"):
    """A draft in which every duty has a status and some results."""
    report = reports.open_draft(station, station.agency, catalogue.active_plan(), period_id)
    for view in reports.entry_views(report):
        reports.update_entry(
            station,
            report,
            view.duty.ref,
            None,
            status="in_progress",
            progress=50,
            results=f"{results} {view.duty.ref}",
        )
    return report


def sign_dialog(report, station, parent=None):
    """The sign-off dialog for a report row, given what the editor gives it: its state."""
    from app.services.catalogue.plan_info import active_plan_info
    from app.services.reports import report_view
    from app.ui.reports.sign_dialog import SignDialog

    plan = active_plan_info()
    state = report_view.state(station, plan, report.agency.code, report.period_id, report.revision)
    return SignDialog(plan, state, station, parent)
