"""The latest accepted revision of a report: one definition, one query, used everywhere.

For an agency, plan and period, the revision on record is the highest signed revision DoFA
holds (received in a bundle, or DoFA's own signed here); older ones are superseded by it. The
revision on record is *accepted* unless DoFA returned it for revision or it waits in an open
conflict; then nothing of that report is accepted until a newer revision arrives (an older
revision does not come back: the agency itself replaced it). The received view, the
dashboard, the duty view and the consolidated pre-fill all read this module.

Paper receipts are not revisions (app/services/dashboard/paper.py); drafts and amendments not
yet signed have no sign-off time and never count.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import Agency, Plan, Report
from app.models.dialect import execute
from app.services.core.vocabulary import DocumentKind, ReportStatus

# The CTEs `on_record` (one row per agency and period: the revision on record, whether it is
# in an open conflict) and `accepted` (those that count). Their parameters, in order, are
# accepted_params(): the words of the vocabularies are bound, never spelled in the text, so a
# renamed value changes the query too. Compose with `WITH` + accepted_ctes(n) + further CTEs,
# and pass accepted_params(…) before the further CTEs' own parameters.
_CTES = """
    on_record AS (
        SELECT r.id AS report_id, r.agency_id, r.period_id, r.revision, r.status,
               r.channel, r.signed_at, r.received_at,
               (SELECT MAX(p.signed_at) FROM report p
                 WHERE p.plan_id = r.plan_id AND p.agency_id = r.agency_id
                   AND p.period_id = r.period_id AND p.revision < r.revision
                   AND p.signed_at IS NOT NULL) AS earlier_signed_at,
               (SELECT MIN(i.issued_on) FROM issued_document i
                 WHERE i.kind = ? AND i.plan_id = r.plan_id AND i.agency_id = r.agency_id
                   AND i.period_id = r.period_id AND i.revision = r.revision) AS issued_on,
               EXISTS (
                   SELECT 1 FROM report_conflict c
                   WHERE c.agency_id = r.agency_id AND c.plan_id = r.plan_id
                     AND c.period_id = r.period_id AND c.revision = r.revision
                     AND c.resolved_at IS NULL) AS in_conflict
        FROM report r
        WHERE r.plan_id = ? AND r.period_id IN ({periods}) AND r.signed_at IS NOT NULL
          AND r.revision = (
              SELECT MAX(b.revision) FROM report b
              WHERE b.agency_id = r.agency_id AND b.plan_id = r.plan_id
                AND b.period_id = r.period_id AND b.signed_at IS NOT NULL)
    ),
    accepted AS (
        SELECT * FROM on_record WHERE status != ? AND NOT in_conflict
    )
"""


def accepted_ctes(period_count: int) -> str:
    """The `on_record, accepted` CTE text for that many period placeholders."""
    if period_count < 1:
        raise ValueError("at least one period")
    return _CTES.replace("{periods}", ", ".join("?" * period_count))


def accepted_params(plan_id: int, period_ids: list[str]) -> tuple:
    """The parameters of accepted_ctes(len(period_ids)), in the order the text binds them."""
    return (DocumentKind.REPORT, plan_id, *period_ids, ReportStatus.RETURNED)


@dataclass(frozen=True)
class OnRecord:
    """The facts of the revision on record for one agency and period."""

    report_id: int
    agency_id: int
    period_id: str
    revision: int
    status: str
    channel: str  # bundle | local
    signed_at: str
    received_at: str | None
    earlier_signed_at: str | None  # the latest sign-off of the revisions before it
    issued_on: str | None  # the date of its number in the outgoing register, if issued
    in_conflict: bool

    @property
    def accepted(self) -> bool:
        return self.status != ReportStatus.RETURNED and not self.in_conflict


def on_record(plan: Plan, period_ids: list[str]) -> dict[tuple[int, str], OnRecord]:
    """(agency id, period) → the revision on record, for every agency, in one query."""
    if not period_ids:
        return {}
    query = (
        "WITH"
        + accepted_ctes(len(period_ids))
        + """SELECT report_id, agency_id, period_id, revision, status, channel, signed_at,
                    received_at, earlier_signed_at, issued_on, in_conflict FROM on_record"""
    )
    rows = execute(query, accepted_params(plan.id, period_ids)).fetchall()
    return {(row[1], row[2]): OnRecord(*row[:10], bool(row[10])) for row in rows}


def on_record_ids(reports: list[Report]) -> set[int]:
    """The ids of those reports that are the revision on record of their agency and period."""
    wanted: dict[int, set[str]] = {}
    for report in reports:
        wanted.setdefault(report.plan_id, set()).add(report.period_id)
    found: set[int] = set()
    for plan_id, period_ids in wanted.items():
        found |= {r.report_id for r in on_record(Plan(id=plan_id), sorted(period_ids)).values()}
    return found & {r.id for r in reports}


def accepted_report_ids(plan: Plan, period_id: str) -> dict[int, int]:
    """agency id → the id of its latest accepted revision of the period."""
    query = "WITH" + accepted_ctes(1) + "SELECT agency_id, report_id FROM accepted"
    return dict(execute(query, accepted_params(plan.id, [period_id])).fetchall())


def latest_accepted(agency: Agency, plan: Plan, period_id: str) -> Report | None:
    """The agency's latest accepted revision of the period, if any."""
    found = on_record(plan, [period_id]).get((agency.id, period_id))
    return Report.get_by_id(found.report_id) if found and found.accepted else None
