"""The agency's send screen: what the next bundle carries, what can be sent again, sending.

Plain frozen objects, so the screen holds no report row; the bundle itself is written by
bundle_export.export_bundle, which reads the revisions again where it runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.models import Report
from app.services.exchange import bundle_export, trust
from app.services.exchange.bundle_format import Progress
from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class OutgoingRevision:
    """A signed revision of this agency, as the send screen lists it."""

    id: int
    period_id: str
    revision: int
    status: str
    signed_at: str | None

    @property
    def acknowledged(self) -> bool:
        """DoFA has acknowledged it (it goes again only to carry its issue statement)."""
        return self.status not in bundle_export.UNACKNOWLEDGED


def _outgoing(report: Report) -> OutgoingRevision:
    return OutgoingRevision(
        report.id, report.period_id, report.revision, report.status, report.signed_at
    )


def pending_revisions(station: Workstation) -> list[OutgoingRevision]:
    """What the next bundle carries (bundle_export.pending), oldest first."""
    return [_outgoing(r) for r in bundle_export.pending(station)]


def signed_revisions(station: Workstation) -> list[OutgoingRevision]:
    """Every signed revision, newest first: one can be sent again when DoFA asks."""
    return [_outgoing(r) for r in bundle_export.signed_revisions(station)]


@dataclass(frozen=True)
class SendState:
    """What the send screen shows: whether the workstation is linked to DoFA (it adopted a
    kit), what the next bundle carries, and (with nothing pending) what can be sent again."""

    bound: bool
    pending: tuple[OutgoingRevision, ...]
    resendable: tuple[OutgoingRevision, ...]


def send_state(station: Workstation) -> SendState:
    pending = tuple(pending_revisions(station))
    resendable = () if pending else tuple(signed_revisions(station))
    return SendState(trust.trust_setting("kit_id") is not None, pending, resendable)


@dataclass(frozen=True)
class SentBundle:
    sequence: int
    path: Path


def send(
    station: Workstation,
    out: Path,
    passphrase: str | None = None,
    resend_id: int | None = None,
    progress: Progress | None = None,
) -> SentBundle:
    """Write the bundle of the pending revisions, or of the one revision `resend_id`."""
    chosen = None
    if resend_id is not None:
        chosen = [r for r in bundle_export.signed_revisions(station) if r.id == resend_id]
    sent, path = bundle_export.export_bundle(station, out, passphrase, chosen, progress)
    return SentBundle(sent.sequence, path)


@dataclass(frozen=True)
class SentRecord:
    """A bundle written for DoFA, as the sent history lists it."""

    sequence: int
    created_at: str
    file_name: str
    reports: tuple[tuple[str, int], ...]  # (period, revision) of each report it carried


def sent_history() -> list[SentRecord]:
    """Every bundle written for DoFA, newest first."""
    return [
        SentRecord(
            sent.sequence,
            sent.created_at,
            sent.file_name,
            tuple((r["period"], r["revision"]) for r in json.loads(sent.reports)),
        )
        for sent in bundle_export.history()
    ]
