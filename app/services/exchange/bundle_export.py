"""Exporting an agency's signed report revisions to DoFA as one .ptbundle file."""

from __future__ import annotations

import base64
import json
import os
from datetime import datetime
from pathlib import Path

from app.models import BundleSent, IssuedDocument, Report
from app.models.session import DatabaseSession
from app.services.core import audit, storage_errors, writer_lock
from app.services.core.errors import UserError
from app.services.core.files import ensure_replaceable, sync_folder
from app.services.core.vocabulary import AuditAction, DocumentKind, ReportStatus
from app.services.exchange import issue_wire, trust
from app.services.exchange.bundle_format import SUFFIX, Progress, seal
from app.services.keys import key_lifecycle, keys
from app.services.reports import evidence, signoff
from app.services.workstation import leftovers
from app.services.workstation.profile import Workstation

UNACKNOWLEDGED = (ReportStatus.SIGNED, ReportStatus.SENT)


def pending(station: Workstation) -> list[Report]:
    """What the next bundle carries, oldest first: signed revisions DoFA has not acknowledged
    yet, and acknowledged ones whose issue statement no bundle has carried (the clerk often
    numbers a report after it was sent; the statement travels with its revision)."""
    waiting = list(
        Report.select().where(
            (Report.agency == station.agency.id) & Report.status.in_(UNACKNOWLEDGED)
        )
    )
    waiting += statement_not_sent(station)
    return sorted(waiting, key=lambda r: (r.period_id, r.revision))


def statement_not_sent(station: Workstation) -> list[Report]:
    """Acknowledged revisions issued after the bundle that carried them was exported."""
    carried: set[tuple] = set()
    listed_at: dict[tuple, str] = {}  # (period, revision): the latest bundle listing it
    for sent in BundleSent.select(BundleSent.reports, BundleSent.created_at):
        for item in json.loads(sent.reports):
            if "issue" in item:
                carried.add((item["period"], item["revision"], item["issue"]))
            key = (item["period"], item["revision"])
            listed_at[key] = max(listed_at.get(key, ""), sent.created_at)
    issued = (
        Report.select(
            Report,
            IssuedDocument.symbol.alias("issued_symbol"),
            IssuedDocument.recorded_at.alias("issued_recorded_at"),
        )
        .join(
            IssuedDocument,
            on=(
                (IssuedDocument.agency == Report.agency)
                & (IssuedDocument.kind == DocumentKind.REPORT)
                & (IssuedDocument.plan == Report.plan)
                & (IssuedDocument.period_id == Report.period_id)
                & (IssuedDocument.revision == Report.revision)
            ),
        )
        .where(
            (Report.agency == station.agency.id)
            & Report.content_json.is_null(False)
            & Report.status.not_in(UNACKNOWLEDGED)
        )
        .objects()
    )
    return [
        r
        for r in issued
        if (r.period_id, r.revision, r.issued_symbol) not in carried
        # Bundles recorded before the carried symbols were kept: one made after the statement
        # was recorded carried it, as every bundle carries its revisions' statements (times
        # are to the second: within the same second it may not have, so it goes again).
        and listed_at.get((r.period_id, r.revision), "") <= r.issued_recorded_at
    ]


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
    """Write the bundle (a folder gets a file named by agency, date and sequence).

    Crash-safe in this order: the bundle is sealed in memory; its encrypted bytes go to a
    temporary file beside the target (recorded, so the next start removes it if this process
    dies); the sequence number is recorded (committed) before that file gets its final name.
    A crash at any point leaves either no trace of the export or a recorded number, never a
    second file with a number already used.
    """
    dofa = trust.require_dofa()
    # Two exports never take the same number.
    with writer_lock.exclusive(station.session, station.folder):
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
        ensure_replaceable(out)
        files, listed, symbols = _contents(station, revisions)
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
        sealed, _, manifest_sha = seal(
            manifest_fields,
            files,
            signing_key,
            [dofa["dofa_recipient"], dofa["escrow_recipient"]],
            progress,
        )
        try:
            sent = _write_and_record(
                station.session, out, sealed, manifest_sha, manifest_fields, revisions, symbols
            )
        except OSError as exc:
            raise storage_errors.explain_disk(exc, out.parent) or UserError(
                "could not write {file}: {reason}", file=out, reason=exc.strerror
            ) from exc
    return sent, out


def _contents(
    station: Workstation, revisions: list[Report]
) -> tuple[dict, list[dict], dict[tuple, dict]]:
    """The files inside the bundle (signed texts, signatures, evidence), their listing and the
    symbols of the issue statements carried, by (period, revision)."""
    files: dict[str, bytes | Path] = {}
    listed = []
    symbols: dict[tuple, dict] = {}
    for report in revisions:
        content_path, signature_path = report_paths(report)
        content = signoff.verified_content(report)  # the signed bytes, checked, are what goes
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
            try:
                files[item["pdf"]] = evidence.for_bundle(station.folder, report.pdf_sha256)
            except FileNotFoundError:
                raise UserError(
                    "the signed PDF of report {period} is missing from this workstation",
                    period=report.period_id,
                ) from None
        issued = issue_wire.attach(report, files, item)  # its number and date, once issued
        if issued is not None:
            symbols[(report.period_id, report.revision)] = {"issue": issued.symbol}
        listed.append(item)
        for entry in content["entries"]:
            for attachment in entry["attachments"]:
                try:
                    stored = evidence.for_bundle(station.folder, attachment["sha256"])
                except FileNotFoundError:
                    raise UserError(
                        "the evidence file {name} is missing from this workstation",
                        name=attachment["name"],
                    ) from None
                files[f"evidence/{attachment['sha256']}"] = stored
    return files, listed, symbols


def _write_and_record(
    session: DatabaseSession,
    out: Path,
    sealed: bytes,
    manifest_sha: str,
    manifest_fields: dict,
    revisions: list[Report],
    symbols: dict[tuple, dict],
) -> BundleSent:
    partial = partial_path(out)
    leftovers.remember_output(session, partial)
    try:
        partial.unlink(missing_ok=True)
        with open(partial, "xb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        sent, marked = _record(
            session, out.name, len(sealed), manifest_sha, manifest_fields, revisions, symbols
        )
        try:
            ensure_replaceable(out)
            os.replace(partial, out)
            sync_folder(out.parent)
        except OSError:
            _forget(session, sent, marked)  # no file carries the number: it may be used again
            raise
    finally:
        partial.unlink(missing_ok=True)
        leftovers.forget_output(session, partial)
    return sent


def partial_path(out: Path) -> Path:
    """Where the encrypted bytes wait for their final name (ciphertext only)."""
    return out.with_name(f".{out.name}.part")


def _record(
    session: DatabaseSession,
    file_name: str,
    size: int,
    manifest_sha: str,
    manifest_fields: dict,
    revisions: list[Report],
    symbols: dict[tuple, dict],
) -> tuple[BundleSent, list[Report]]:
    """Commit the bundle's number and mark its signed revisions sent; returns those marked."""
    listed = manifest_fields["reports"]
    kept = [{"period": r["period"], "revision": r["revision"]} for r in listed]
    marked = [r for r in revisions if r.status == ReportStatus.SIGNED]
    with session.atomic():
        sent = BundleSent.create(
            sequence=manifest_fields["sequence"],
            manifest_sha256=manifest_sha,
            previous_manifest_sha256=manifest_fields["previous_manifest_sha256"],
            created_at=manifest_fields["created_at"],
            file_name=file_name,
            size=size,
            # With the symbol of the issue statement each carried: one issued after its
            # revision was acknowledged waits for a bundle until one has carried it.
            reports=json.dumps(
                [{**r, **symbols.get((r["period"], r["revision"]), {})} for r in kept]
            ),
        )
        for report in marked:
            Report.update(status=ReportStatus.SENT).where(Report.id == report.id).execute()
            report.status = ReportStatus.SENT
        audit.record(
            AuditAction.BUNDLE_EXPORT,
            sequence=sent.sequence,
            file=file_name,
            reports=[f"{r['period']}/{r['revision']}" for r in listed],
        )
    return sent, marked


def _forget(session: DatabaseSession, sent: BundleSent, marked: list[Report]) -> None:
    """Undo a recorded export whose file could not be given its name."""
    with session.atomic():
        sent.delete_instance()
        for report in marked:
            Report.update(status=ReportStatus.SIGNED).where(Report.id == report.id).execute()
            report.status = ReportStatus.SIGNED
        audit.record(AuditAction.BUNDLE_EXPORT_FAILED, sequence=sent.sequence, file=sent.file_name)


def signed_revisions(station: Workstation) -> list[Report]:
    """Every signed revision of this agency, newest first (to send one again)."""
    return list(
        Report.select()
        .where((Report.agency == station.agency.id) & Report.content_json.is_null(False))
        .order_by(Report.period_id.desc(), Report.revision.desc())
    )
