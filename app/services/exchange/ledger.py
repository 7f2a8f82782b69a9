"""What DoFA received: the bundle ledger, gaps in sequences, plain-words summaries, conflicts."""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from app.models import (
    Agency,
    AuditEntry,
    BundleReceived,
    Report,
    ReportConflict,
    ReportEntry,
)
from app.services.catalogue import register
from app.services.core import audit, labels
from app.services.core.errors import UserError
from app.services.core.read_only import read_only
from app.services.core.stored_messages import refusal_in
from app.services.core.vocabulary import AuditAction, ImportStatus, ReportStatus
from app.services.exchange.import_result import ImportResult, missing_sequences
from app.services.exchange.received import Incoming, stored_content, write_report
from app.services.workstation import changes
from app.services.workstation.profile import Workstation

# The file statuses a summary counts after the outcomes (imported files count by their reports).
COUNTED_STATUSES = (ImportStatus.ALREADY_IMPORTED, ImportStatus.REJECTED)


def summarise(results: list[ImportResult], lang: str = "vi") -> str:
    """ "3 reports updated, 1 already imported, 1 rejected: the signature does not match …"."""
    outcomes = Counter(
        o.outcome
        for r in results
        if r.status in (ImportStatus.IMPORTED, ImportStatus.CONFLICT)
        for o in r.reports
    )
    statuses = Counter(r.status for r in results)
    parts = [labels.counted(k, n, lang) for k, n in outcomes.items() if n]
    parts += [labels.counted(k, statuses[k], lang) for k in COUNTED_STATUSES if statuses[k]]
    text = ", ".join(parts) or ("không có gì thay đổi" if lang == "vi" else "nothing changed")
    reasons = [
        (r.message_vi if lang == "vi" else r.reason)
        for r in results
        if r.status == ImportStatus.REJECTED
    ]
    if reasons:
        text += ": " + "; ".join(reasons)
    return text


@dataclass(frozen=True)
class LedgerRow:
    agency: str
    sequence: int | None
    file: str
    at: str
    verdict: str  # imported | conflict | rejected
    reason: str  # a refusal's English text
    returned: tuple[str, ...] = ()  # "2026-Y/1": since returned by DoFA
    # The log's detail of a refusal, read-only (core/read_only.py); empty for any other file.
    refusal: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def reason_in(self, lang: str) -> str:
        """Why the file was refused, in "vi" or "en"; "" for a file that was not."""
        return refusal_in(self.refusal, lang) if self.refusal else self.reason


def ledger() -> list[LedgerRow]:
    """Every bundle received, newest first; rejections come from the audit log."""
    returned = {
        (agency_id, period, revision)
        for agency_id, period, revision in Report.select(
            Report.agency, Report.period_id, Report.revision
        )
        .where(Report.status == ReportStatus.RETURNED)
        .tuples()
    }
    rows = []
    for b in BundleReceived.select(BundleReceived, Agency).join(Agency):
        carried = json.loads(b.summary) if b.summary.startswith("[") else []
        sent_back = tuple(
            f"{o['period']}/{o['revision']}"
            for o in carried
            if (b.agency_id, o["period"], o["revision"]) in returned
        )
        rows.append(
            LedgerRow(
                b.agency.code, b.sequence, b.file_name, b.received_at, b.verdict, "", sent_back
            )
        )
    for entry in AuditEntry.select().where(AuditEntry.action == AuditAction.BUNDLE_REJECTED):
        detail = json.loads(entry.detail)
        file, reason = detail.get("file", ""), detail.get("message", "")  # format: JSON keys
        rows.append(
            LedgerRow(
                "", None, file, entry.at, ImportStatus.REJECTED, reason, refusal=read_only(detail)
            )
        )
    return sorted(rows, key=lambda r: r.at, reverse=True)


def gaps() -> dict[str, list[int]]:
    """Per agency code, the bundle numbers that never arrived."""
    result = {}
    for agency in Agency.select().join(BundleReceived).distinct():
        missing = missing_sequences(agency)
        if missing:
            result[agency.code] = missing
    return result


@dataclass(frozen=True)
class LedgerPage:
    """What the ledger screen shows, read in one go: the rows, the bundles that never arrived
    (per agency code) and the (Vietnamese, English) names of the agencies they name, read-only."""

    rows: tuple[LedgerRow, ...]
    gaps: Mapping[str, tuple[int, ...]]
    names: Mapping[str, tuple[str, str]]


def ledger_page() -> LedgerPage:
    rows, missing = ledger(), gaps()
    codes = {r.agency for r in rows if r.agency} | set(missing)
    return LedgerPage(
        tuple(rows),
        MappingProxyType({code: tuple(numbers) for code, numbers in missing.items()}),
        MappingProxyType(register.names(codes)),
    )


def resolve_conflict(
    station: Workstation, conflict: ReportConflict, keep_sha256: str, actor: str | None
) -> None:
    """A person keeps one of two signed contents of a revision; the other stays on record."""
    report = Report.get(
        (Report.agency == conflict.agency)
        & (Report.plan == conflict.plan)
        & (Report.period_id == conflict.period_id)
        & (Report.revision == conflict.revision)
    )
    if keep_sha256 not in (report.content_sha256, conflict.content_sha256):
        raise UserError("choose one of the two versions of the report")
    with station.session.atomic():
        decided = ReportConflict.get_by_id(conflict.id)
        if decided.resolved_at is not None:  # another officer decided meanwhile
            raise UserError(
                "{name} already decided this conflict on {date}; reload the list",
                name=decided.resolved_by,
                date=datetime.fromisoformat(decided.resolved_at).strftime("%d/%m/%Y"),
            )
        changes.bump(changes.RECEIPTS)
        if keep_sha256 == conflict.content_sha256:
            parked = (
                report.content_json,
                report.content_sha256,
                report.signature,
                report.key_fingerprint,
            )
            incoming = Incoming(
                conflict.agency,
                conflict.plan,
                stored_content(conflict.content_json),
                conflict.content_json,
                conflict.content_sha256,
                base64.b64decode(conflict.signature),
                conflict.key_fingerprint,
            )
            ReportEntry.delete().where(ReportEntry.report == report).execute()
            write_report(report, incoming, report.received_at)
            (
                conflict.content_json,
                conflict.content_sha256,
                conflict.signature,
                conflict.key_fingerprint,
            ) = parked
        conflict.resolved_at = audit.now_iso()
        conflict.resolved_by = actor or audit.default_actor()
        conflict.kept_sha256 = keep_sha256
        conflict.save()
        audit.record(
            AuditAction.REPORT_CONFLICT_RESOLVED,
            actor,
            agency=conflict.agency.code,
            period=conflict.period_id,
            revision=conflict.revision,
            kept=keep_sha256,
        )
