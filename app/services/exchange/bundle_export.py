"""Exporting an agency's signed report revisions to DoFA as one .ptbundle file."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from pathlib import Path

from app.models import BundleSent, Report, db
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.exchange import issue_wire, trust
from app.services.exchange.bundle_format import SUFFIX, Progress, pack
from app.services.keys import key_lifecycle, keys
from app.services.reports import evidence
from app.services.workstation.profile import Workstation

UNACKNOWLEDGED = ("signed", "sent")


def pending(station: Workstation) -> list[Report]:
    """Signed revisions DoFA has not acknowledged yet, oldest first."""
    return list(
        Report.select()
        .where((Report.agency == station.agency) & Report.status.in_(UNACKNOWLEDGED))
        .order_by(Report.period_id, Report.revision)
    )


def history() -> list[BundleSent]:
    return list(BundleSent.select().order_by(BundleSent.sequence.desc()))


def report_paths(report: Report) -> tuple[str, str]:
    stem = f"reports/{report.period_id}-r{report.revision}"
    return f"{stem}.json", f"{stem}.sig"


def export_bundle(
    station: Workstation,
    out: Path,
    passphrase: str | None = None,
    chosen: list[Report] | None = None,
    progress: Progress | None = None,
) -> tuple[BundleSent, Path]:
    """Write the bundle (a folder gets a file named by agency, date and sequence)."""
    dofa = trust.require_dofa()
    revisions = chosen if chosen is not None else pending(station)
    if not revisions:
        raise UserError("nothing to export: every signed report has been acknowledged by DoFA")
    unsigned = [r for r in revisions if not r.content_json]
    if unsigned:
        raise UserError(
            "{period} revision {revision} is not signed; sign it off first",
            period=unsigned[0].period_id,
            revision=unsigned[0].revision,
        )
    last = BundleSent.select().order_by(BundleSent.sequence.desc()).first()
    sequence = last.sequence + 1 if last else 1
    if out.is_dir():
        today = datetime.now(audit.VIETNAM).date()  # the date on the signatures and PDFs
        out = out / f"{station.agency_code}-{today:%Y%m%d}-{sequence:04d}{SUFFIX}"
    files: dict[str, bytes | Path] = {}
    listed = []
    for report in revisions:
        content_path, signature_path = report_paths(report)
        files[content_path] = report.content_json.encode("utf-8")
        files[signature_path] = base64.b64decode(report.signature)
        item = {
            "period": report.period_id,
            "revision": report.revision,
            "content": content_path,
            "signature": signature_path,
            "content_sha256": report.content_sha256,
            "signing_key": report.key_fingerprint,
        }
        if report.pdf_sha256:  # the PDF the approver signed with their token travels as is
            item["pdf"] = content_path.removesuffix(".json") + ".pdf"
            files[item["pdf"]] = evidence.stored_path(station.folder, report.pdf_sha256)
            if not files[item["pdf"]].exists():
                raise UserError(
                    "the signed PDF of report {period} is missing from this workstation",
                    period=report.period_id,
                )
        issue_wire.attach(report, files, item)  # its number and date, once the clerk issued it
        listed.append(item)
        for entry in json.loads(report.content_json)["entries"]:
            for attachment in entry["attachments"]:
                stored = evidence.stored_path(station.folder, attachment["sha256"])
                if not stored.exists():
                    raise UserError(
                        "the evidence file {name} is missing from this workstation",
                        name=attachment["name"],
                    )
                files[f"evidence/{attachment['sha256']}"] = stored
    key = keys.current_key(station.agency)
    manifest_fields = {
        "kind": "report-bundle",
        "agency": station.agency_code,
        "sequence": sequence,
        "previous_manifest_sha256": last.manifest_sha256 if last else None,
        "created_at": audit.now_iso(),
        "signing_key": key.fingerprint,
        "reports": listed,
    }
    statement = key_lifecycle.rotation_statement()
    if statement is not None:  # DoFA learns the new key from the old key's word
        manifest_fields["key_rotation"] = statement
    signing_key = keys.load_signing_key(station.folder, passphrase)
    try:
        _, manifest_sha = pack(
            out,
            manifest_fields,
            files,
            signing_key,
            [dofa["dofa_recipient"], dofa["escrow_recipient"]],
            progress,
        )
    except OSError as exc:
        raise UserError("could not write {file}: {reason}", file=out, reason=exc.strerror) from exc
    with db.atomic():
        sent = BundleSent.create(
            sequence=sequence,
            manifest_sha256=manifest_sha,
            previous_manifest_sha256=manifest_fields["previous_manifest_sha256"],
            created_at=manifest_fields["created_at"],
            file_name=out.name,
            size=out.stat().st_size,
            reports=json.dumps(
                [{"period": r["period"], "revision": r["revision"]} for r in listed]
            ),
        )
        for report in revisions:
            if report.status == "signed":
                report.status = "sent"
                report.save()
        audit.record(
            "bundle.export",
            sequence=sequence,
            file=out.name,
            reports=[f"{r['period']}/{r['revision']}" for r in listed],
        )
    return sent, out


def signed_revisions(station: Workstation) -> list[Report]:
    """Every signed revision of this agency, newest first (to send one again)."""
    return list(
        Report.select()
        .where((Report.agency == station.agency) & Report.content_json.is_null(False))
        .order_by(Report.period_id.desc(), Report.revision.desc())
    )
