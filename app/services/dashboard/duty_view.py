"""DoFA's view across agencies: one duty side by side, progress by section, reporting rates.

What counts is each agency's *latest accepted* revision of the period, as defined once in
app/services/exchange/accepted.py: the highest signed revision (a report that came in a
bundle, or DoFA's own), provided it is neither returned for revision nor in an open conflict.
A paper receipt has no entries, so it is not one; the agency's dashboard cell says it came on
paper.

Progress of a duty, when several agencies answer for it (documented in `duty_bucket`):
the entries of its lead agencies decide; only when no lead agency has an accepted entry with
a status do the coordinating agencies' entries decide. Of the deciding entries:
any "stalled" → stalled; all "done" → done; all "not started" → not started; otherwise (in
progress, ongoing, or a mix) → in progress. No deciding entry at all → not reported.

Every aggregate is one SQL statement over the report and report_entry indexes; nothing here
loops over entries in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.models import Attachment, Duty, Plan, PlanItem, PlanSection
from app.models.dialect import execute, sql_literal
from app.services.catalogue import periods
from app.services.core import audit
from app.services.core.vocabulary import DashboardStatus, DutyBucket, DutyRole, EntryStatus
from app.services.core.wire import AttachmentRef
from app.services.dashboard import dashboard
from app.services.exchange import accepted

# How the duty view sorts duties: by the status that decides (the lead agencies'), or none
# (DutyBucket.NOT_REPORTED: no accepted report has a status for the duty yet).
BUCKETS = tuple(DutyBucket)
ROLE_ORDER = {DutyRole.LEAD: 0, DutyRole.COORDINATING: 1}

# The latest accepted revision of each agency for one (plan, period): parameters
# accepted.accepted_params(plan id, [period]).
_LATEST_ACCEPTED = (
    "WITH"
    + accepted.accepted_ctes(1)
    + """,
    latest AS (SELECT report_id, agency_id FROM accepted)
"""
)

# The words the bucket rule decides by (entries' statuses) and decides (buckets). _BUCKETS is
# composed into two statements after the accepted CTEs' parameters, so its words are written
# into the text as literals of the enums' values (fifteen positional parameters kept in step
# with the text by hand would be the likelier mistake); a renamed value still changes the query.
_LEAD = sql_literal(DutyRole.LEAD)
_STALLED = sql_literal(EntryStatus.STALLED)
_DONE = sql_literal(EntryStatus.DONE)
_NOT_STARTED = sql_literal(EntryStatus.NOT_STARTED)
_TO_STALLED = sql_literal(DutyBucket.STALLED)
_TO_DONE = sql_literal(DutyBucket.DONE)
_TO_NOT_STARTED = sql_literal(DutyBucket.NOT_STARTED)
_TO_IN_PROGRESS = sql_literal(DutyBucket.IN_PROGRESS)
_NOT_REPORTED = sql_literal(DutyBucket.NOT_REPORTED)

# One bucket per duty that has a deciding entry (see the module docstring).
_BUCKETS = (
    _LATEST_ACCEPTED
    + f""",
    counted AS (
        SELECT e.duty_id, e.status,
               CASE WHEN da.role = {_LEAD} THEN 0 ELSE 1 END AS tier
        FROM latest l
        JOIN report_entry e ON e.report_id = l.report_id
        LEFT JOIN duty_agency da ON da.duty_id = e.duty_id AND da.agency_id = l.agency_id
        WHERE e.status IS NOT NULL
    ),
    bucket AS (
        -- One pass: the lead agencies' entries (tier 0) decide when there are any. (A count
        -- with FILTER, not SQLite's SUM of a condition, which PostgreSQL does not add up.)
        SELECT duty_id,
               CASE WHEN COUNT(*) FILTER (WHERE tier = 0) > 0 THEN
                    CASE WHEN COUNT(*) FILTER (WHERE tier = 0 AND status = {_STALLED}) > 0
                              THEN {_TO_STALLED}
                         WHEN COUNT(*) FILTER (WHERE tier = 0 AND status = {_DONE})
                              = COUNT(*) FILTER (WHERE tier = 0) THEN {_TO_DONE}
                         WHEN COUNT(*) FILTER (WHERE tier = 0 AND status = {_NOT_STARTED})
                              = COUNT(*) FILTER (WHERE tier = 0) THEN {_TO_NOT_STARTED}
                         ELSE {_TO_IN_PROGRESS} END
               ELSE CASE WHEN COUNT(*) FILTER (WHERE status = {_STALLED}) > 0 THEN {_TO_STALLED}
                         WHEN COUNT(*) FILTER (WHERE status = {_DONE}) = COUNT(*) THEN {_TO_DONE}
                         WHEN COUNT(*) FILTER (WHERE status = {_NOT_STARTED}) = COUNT(*)
                              THEN {_TO_NOT_STARTED}
                         ELSE {_TO_IN_PROGRESS} END
               END AS bucket
        FROM counted GROUP BY duty_id
    )
"""
)


@dataclass(frozen=True)
class SideEntry:
    """One responsible agency's latest accepted entry on a duty (or why there is none)."""

    agency: str
    name_vi: str
    name_en: str
    role: str  # lead | coordinating
    cell_status: str  # the agency's dashboard status for the period
    channel: str | None = None
    revision: int | None = None
    signed_at: str | None = None
    status: str | None = None  # the entry's status; None: no accepted entry
    progress: int | None = None
    results: str = ""
    difficulties: str = ""
    proposals: str = ""
    attachments: tuple[AttachmentRef, ...] = ()

    @property
    def reported(self) -> bool:
        return self.revision is not None


@dataclass(frozen=True)
class SectionProgress:
    """Duties of a plan section (item None) or of one numbered item, by bucket."""

    section: str
    item: str | None
    title_vi: str
    title_en: str
    duties: int
    done: int
    in_progress: int
    not_started: int
    stalled: int
    not_reported: int

    @property
    def label(self) -> str:
        """ "III" for a section, "III.2" for an item."""
        return self.section if self.item is None else f"{self.section}.{self.item}"

    def count(self, bucket: str) -> int:
        return getattr(self, bucket)


def side_by_side(
    plan: Plan, duty_ref: str, period_id: str, today: date | None = None
) -> list[SideEntry]:
    """Every agency that answers for the duty (lead first), with its latest accepted entry.

    Retired agencies appear only when they have an entry for the period."""
    duty = Duty.get((Duty.plan == plan) & (Duty.ref == duty_ref))  # refs come from the plan
    period = periods.get(plan, period_id)
    query = (
        _LATEST_ACCEPTED
        + """
        SELECT a.id, a.code, a.name_vi, a.name_en, da.role, a.active,
               r.revision, r.signed_at, r.channel,
               e.id, e.status, e.progress, e.results, e.difficulties, e.proposals
        FROM duty_agency da
        JOIN agency a ON a.id = da.agency_id
        LEFT JOIN latest l ON l.agency_id = da.agency_id
        LEFT JOIN report r ON r.id = l.report_id
        LEFT JOIN report_entry e ON e.report_id = l.report_id AND e.duty_id = da.duty_id
        WHERE da.duty_id = ?
        ORDER BY CASE da.role WHEN ? THEN 0 ELSE 1 END, a.id
    """
    )
    params = (*accepted.accepted_params(plan.id, [period_id]), duty.id, DutyRole.LEAD)
    rows = execute(query, params).fetchall()
    rows = [row for row in rows if row[5] or row[9] is not None]
    cells = _cells(plan, period, today)
    attachments = _attachments([row[9] for row in rows if row[9] is not None])
    result = []
    for row in rows:
        code, name_vi, name_en, role, _active, revision, signed_at, channel, entry_id = row[1:10]
        side = SideEntry(code, name_vi, name_en, role, cells.get(code, DashboardStatus.MISSING))
        if entry_id is not None:
            status, progress, results, difficulties, proposals = row[10:15]
            side = replace(
                side, channel=channel, revision=revision, signed_at=signed_at, status=status,
                progress=progress, results=results, difficulties=difficulties,
                proposals=proposals, attachments=tuple(attachments.get(entry_id, [])),
            )  # fmt: skip
        result.append(side)
    return result


def _cells(plan: Plan, period: periods.Period, today: date | None) -> dict[str, str]:
    """The dashboard status of each expected agency for the period (one matrix query)."""
    return {row[0].agency: row[0].status for row in dashboard.matrix(plan, [period], today)}


def _attachments(entry_ids: list[int]) -> dict[int, list[AttachmentRef]]:
    """Evidence files of the entries (a duty has one entry per agency: a few hundred at most)."""
    found: dict[int, list[AttachmentRef]] = {}
    if not entry_ids:
        return found
    rows = (
        Attachment.select(Attachment.entry, Attachment.name, Attachment.sha256, Attachment.size)
        .where(Attachment.entry.in_(entry_ids))
        .order_by(Attachment.id)
        .tuples()
    )
    for entry_id, name, sha256, size in rows:
        found.setdefault(entry_id, []).append(AttachmentRef(name, sha256, size))
    return found


def duty_buckets(plan: Plan, period_id: str) -> dict[str, DutyBucket]:
    """ref → done | in_progress | not_started | stalled for the duties with a deciding entry
    (one query)."""
    query = _BUCKETS + "SELECT d.ref, b.bucket FROM bucket b JOIN duty d ON d.id = b.duty_id"
    rows = execute(query, accepted.accepted_params(plan.id, [period_id])).fetchall()
    return {ref: DutyBucket(bucket) for ref, bucket in rows}


def progress_by_section(plan: Plan, period_id: str, level: str = "item") -> list[SectionProgress]:
    """Per plan section ("section": III, IV) or per numbered item ("item": III.1, III.2 …),
    in plan order: how many duties are done, in progress, stalled, not reported."""
    if level not in ("item", "section"):
        raise ValueError(level)
    periods.bounds(period_id)
    if level == "item":
        keys = "s.ident, i.number, COALESCE(i.heading_vi, ''), COALESCE(i.heading_en, '')"
        group = "s.id, i.id ORDER BY s.position, i.position"
    else:
        keys = "s.ident, NULL, s.title_vi, s.title_en"
        group = "s.id ORDER BY s.position"
    # SectionProgress counts the buckets in BUCKETS' order; a duty with no bucket row is not
    # reported.
    bucket = f"COALESCE(b.bucket, {_NOT_REPORTED})"
    counts = ", ".join(f"COUNT(*) FILTER (WHERE {bucket} = ?)" for _ in BUCKETS)
    query = (
        _BUCKETS
        + f"""
        SELECT {keys}, COUNT(d.id), {counts}
        FROM duty d
        JOIN plan_item i ON i.id = d.item_id
        JOIN plan_section s ON s.id = i.section_id
        LEFT JOIN bucket b ON b.duty_id = d.id
        WHERE d.plan_id = ?
        GROUP BY {group}
    """
    )
    params = (*accepted.accepted_params(plan.id, [period_id]), *BUCKETS, plan.id)
    rows = execute(query, params).fetchall()
    return [
        SectionProgress(row[0], row[1], row[2], row[3], *(int(v or 0) for v in row[4:]))
        for row in rows
    ]


def rate_periods(plan: Plan, today: date | None = None) -> list[periods.Period]:
    """The periods that have a reporting rate: from the plan's first to the current one (the
    one whose report is due next)."""
    today = today or audit.today()
    every = periods.all_periods(plan, today)
    current = next(p for p in every if p.due >= today)
    return [p for p in every if p.due <= current.due]


def reporting_rates(
    plan: Plan,
    today: date | None = None,
    kinds: set[str] | None = None,
    chosen: list[periods.Period] | None = None,
) -> list[dashboard.Totals]:
    """Totals (expected, received, on time, rate %) per period, oldest first (by default the
    rate_periods)."""
    chosen = chosen if chosen is not None else rate_periods(plan, today)
    rows = dashboard.matrix(plan, chosen, today, kinds)
    if not rows:
        return [dashboard.Totals(p.id, 0, 0, 0) for p in chosen]
    return [dashboard.totals(list(column)) for column in zip(*rows, strict=True)]


@dataclass(frozen=True)
class DutyHeading:
    """A duty as a picker lists it: no agencies (a plan may bind hundreds to each duty)."""

    ref: str
    section: str
    item: str
    text_vi: str
    text_en: str


def duty_headings(plan: Plan) -> list[DutyHeading]:
    """The plan's duties in plan order, in one query."""
    rows = (
        Duty.select(Duty.ref, PlanSection.ident, PlanItem.number, Duty.text_vi, Duty.text_en)
        .join(PlanItem)
        .join(PlanSection)
        .where(Duty.plan == plan)
        .order_by(PlanSection.position, PlanItem.position, Duty.position)
        .tuples()
    )
    return [DutyHeading(*row) for row in rows]


def section_titles(plan: Plan) -> dict[str, tuple[str, str]]:
    """Section ident → (Vietnamese title, English title)."""
    rows = (
        PlanSection.select(PlanSection.ident, PlanSection.title_vi, PlanSection.title_en)
        .where(PlanSection.plan == plan)
        .tuples()
    )
    return {ident: (vi, en) for ident, vi, en in rows}
