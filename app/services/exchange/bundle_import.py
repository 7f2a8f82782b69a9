"""Importing agencies' bundles on the consolidating workstation: verify, preview, merge.

Every check runs before anything is written. A refused bundle leaves only an audit entry;
an accepted one is applied in one transaction (evidence files, named by their hash, are
copied first, so a crash leaves at worst an unused file and never a half-applied bundle).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import peewee
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from app.models import Agency, AgencyKey, BundleReceived, Plan, db
from app.services.catalogue import catalogue
from app.services.core import audit, writer_lock
from app.services.exchange import issue_wire, trust
from app.services.exchange.bundle_format import (
    BundleRejectedError,
    OpenedBundle,
    is_count,
    open_bundle,
    sha256_hex,
    verify_manifest,
)
from app.services.exchange.received import Incoming, Outcome, outcome_of, store
from app.services.keys import key_lifecycle, keys
from app.services.reports import evidence
from app.services.workstation import leftovers
from app.services.workstation.profile import Workstation

Progress = Callable[[int, int, str], None]  # (done, total, file name)


@dataclass
class ImportResult:
    file: str
    status: str  # imported | already_imported | rejected | conflict
    reason: str | None = None  # plain words; for rejections also `reason_code`
    reason_code: str | None = None
    agency: str | None = None
    sequence: int | None = None
    reports: list[Outcome] = field(default_factory=list)
    message_vi: str | None = None

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "status": self.status,
            "reason": self.reason,
            "agency": self.agency,
            "sequence": self.sequence,
            "reports": [r.as_json() for r in self.reports],
        }


@dataclass
class Verified:
    opened: OpenedBundle
    agency: Agency
    incoming: list[Incoming]
    new_key: AgencyKey | None = None  # a rotated key to enrol with this bundle


def _sender_key(manifest: dict, file_name: str) -> tuple[Agency, AgencyKey]:
    agency = Agency.get_or_none(Agency.code == str(manifest.get("agency")))
    record = AgencyKey.get_or_none(AgencyKey.fingerprint == str(manifest.get("signing_key")))
    if agency is not None and record is None:
        record = key_lifecycle.vouched_key(agency, manifest)  # a rotated key, unsaved yet
    enrolled_agency = agency is not None and trust.enrolled_key(agency) is not None
    trusted = (
        record is not None
        and agency is not None
        and record.agency_id == agency.id
        and (record.enrolled_at or record.id is None)
    )
    if not trusted and enrolled_agency and not (record is not None and record.revoked_at):
        raise BundleRejectedError(
            "{file} is signed with a key of {name} that DoFA has not enrolled ({fingerprint})",
            code="unknown_sender",
            file=file_name,
            name=agency.name_vi,
            fingerprint=manifest.get("signing_key"),
        )
    if not trusted and not (record is not None and record.revoked_at):
        raise BundleRejectedError(
            "{file} comes from a sender that is not enrolled ({agency})",
            code="unknown_sender",
            file=file_name,
            agency=manifest.get("agency"),
        )
    if record.revoked_at:
        raise BundleRejectedError(
            "{file} is signed with a key of {name} that was revoked on {date}",
            code="revoked_key",
            file=file_name,
            name=agency.name_vi,
            date=record.revoked_at[:10],
        )
    return agency, record


@dataclass
class Kept:
    """A bundle as a preview decrypted and parsed it, for the import that follows.

    The import uses these bytes only while the file on disk is unchanged, and runs again every
    check that depends on this workstation (keys, revocations, plans, signatures): what it
    saves is the decryption, the zip, the file hashes and the parsing of the reports.
    """

    stamp: tuple[int, int]  # the file's size and modification time when it was read
    opened: OpenedBundle
    parsed: dict[str, dict] = field(default_factory=dict)  # content SHA-256 → content


KeptBundles = dict[Path, Kept]


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def verify(
    path: Path, identities: list, profile_folder: Path, kept: KeptBundles | None = None
) -> Verified:
    """All checks; raises BundleRejectedError naming the first problem found. With `kept`,
    a bundle a preview read is not decrypted and parsed again, and one read now is kept."""
    previous = kept.get(path) if kept is not None else None
    if previous is not None and previous.stamp != _stamp(path):
        previous = None  # the file changed since the preview: read it afresh
    opened = previous.opened if previous else open_bundle(path, identities, profile_folder)
    if kept is not None and previous is None:
        previous = kept[path] = Kept(_stamp(path), opened)
    parsed = previous.parsed if previous else {}
    manifest = opened.manifest
    if manifest.get("kind") != "report-bundle":
        raise BundleRejectedError(
            "{file} is not a report bundle", code="not_a_bundle", file=path.name
        )
    agency, record = _sender_key(manifest, path.name)
    public_key = serialization.load_pem_public_key(record.public_key_pem.encode("ascii"))
    verify_manifest(opened, public_key, agency.name_vi, path.name)
    if not _well_formed(opened):
        raise BundleRejectedError(
            "{file} has an unreadable manifest", code="bad_manifest", file=path.name
        )
    incoming = []
    plans: dict[str, Plan | None] = {}  # a plan row holds the whole plan file: read it once
    try:
        for item in manifest["reports"]:
            incoming.append(
                _incoming(opened, item, (agency, plans, parsed), record, path.name, profile_folder)
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRejectedError(
            "{file} holds a report that cannot be read", code="bad_report", file=path.name
        ) from exc
    return Verified(opened, agency, incoming, record if record.id is None else None)


def _well_formed(opened: OpenedBundle) -> bool:
    """Signed is not the same as sound: an agency's faulty software must not crash DoFA."""
    manifest, files = opened.manifest, opened.files
    try:
        datetime.fromisoformat(manifest["created_at"])
        previous = manifest.get("previous_manifest_sha256")
        return (
            is_count(manifest["sequence"])
            and manifest["sequence"] >= 1
            and (previous is None or isinstance(previous, str))
            and isinstance(manifest["reports"], list)
            and all(
                isinstance(r, dict)
                and isinstance(r.get("period"), str)
                and is_count(r.get("revision"))
                and r.get("content") in files
                and r.get("signature") in files
                and (r.get("pdf") is None or r.get("pdf") in files)
                and (r.get("issue") is None or r.get("issue") in files)
                for r in manifest["reports"]
            )
        )
    except (KeyError, TypeError, ValueError):
        return False


def _report_key(item: dict, agency: Agency, bundle_key: AgencyKey, file_name: str):
    """The key a report was signed with: the bundle's, or an earlier key of the same agency
    (a report signed before a rotation travels on in later bundles). Returns (record, public)."""
    fingerprint = item.get("signing_key", bundle_key.fingerprint)
    record = (
        bundle_key
        if fingerprint == bundle_key.fingerprint
        else AgencyKey.get_or_none(
            (AgencyKey.fingerprint == str(fingerprint))
            & (AgencyKey.agency == agency)
            & AgencyKey.enrolled_at.is_null(False)
        )
    )
    if record is None:
        raise BundleRejectedError(
            "{file}: the signature of report {period} does not match {sender}'s key",
            code="bad_signature",
            file=file_name,
            period=item.get("period"),
            sender=agency.name_vi,
        )
    return record, serialization.load_pem_public_key(record.public_key_pem.encode("ascii"))


def _incoming(opened, item, sender, record, file_name, profile_folder) -> Incoming:
    agency, plans, parsed = sender
    data = opened.files[item["content"]]
    signature = opened.files[item["signature"]]
    record, public_key = _report_key(item, agency, record, file_name)
    try:
        public_key.verify(signature, data)
    except InvalidSignature as exc:
        raise BundleRejectedError(
            "{file}: the signature of report {period} does not match {sender}'s key",
            code="bad_signature",
            file=file_name,
            period=item.get("period"),
            sender=agency.name_vi,
        ) from exc
    text = data.decode("utf-8")
    digest = sha256_hex(data)
    if digest not in parsed:
        parsed[digest] = json.loads(text)
    content = parsed[digest]
    if record.revoked_at and datetime.fromisoformat(content["signed_at"]) > (
        datetime.fromisoformat(record.revoked_at)
    ):
        raise BundleRejectedError(
            "{file} is signed with a key of {name} that was revoked on {date}",
            code="revoked_key",
            file=file_name,
            name=agency.name_vi,
            date=record.revoked_at[:10],
        )
    plan_code = content["plan"]["code"]
    if plan_code not in plans:
        plans[plan_code] = Plan.get_or_none(Plan.code == plan_code)
    plan = plans[plan_code]
    refs = catalogue.duty_ids(plan) if plan else {}
    wrong = (
        content["agency"]["code"] != agency.code
        or plan is None
        or content["period"]["id"] != item["period"]
        or content["revision"] != item["revision"]
        or any(e["ref"] not in refs for e in content["entries"])
    )
    if wrong:
        raise BundleRejectedError(
            "{file}: report {period} does not fit this workstation's plan and register",
            code="bad_report",
            file=file_name,
            period=item.get("period"),
        )
    for entry in content["entries"]:
        for attachment in entry["attachments"]:
            name = f"evidence/{attachment['sha256']}"
            stored = evidence.stored_path(profile_folder, attachment["sha256"])
            if name not in opened.files and not stored.exists():
                raise BundleRejectedError(
                    "{file} lacks the evidence file {name}",
                    code="file_missing",
                    file=file_name,
                    name=attachment["name"],
                )
    pdf = _token_signed_pdf(opened, item, file_name)
    issue = issue_wire.read(opened, item, agency, file_name)
    return Incoming(agency, plan, content, text, digest, signature, record.fingerprint, pdf, issue)


def _token_signed_pdf(opened: OpenedBundle, item: dict, file_name: str) -> bytes | None:
    """The report's token-signed PDF, checked like any signature: a PDF that is not this
    report's, or whose signature fails, refuses the bundle."""
    if item.get("pdf") is None:
        return None
    from app.services.reports import token_signoff  # PDF libraries load only when needed

    pdf = opened.files[item["pdf"]]
    problem = token_signoff.received_pdf_problem(pdf, sha256_hex(opened.files[item["content"]]))
    refusal = {"file": file_name, "period": item["period"], "code": "bad_pdf_signature"}
    if problem == "other_content":
        raise BundleRejectedError(
            "{file}: the PDF of report {period} was not made from its signed content", **refusal
        )
    if problem == "unsigned":
        raise BundleRejectedError(
            "{file}: the PDF of report {period} carries no signature of the approver", **refusal
        )
    if problem is not None:
        raise BundleRejectedError(
            "{file}: the token signature on the PDF of report {period} is not valid (the PDF "
            "was changed after signing, or the signature is damaged)",
            **refusal,
        )
    return pdf


def import_bundles(
    station: Workstation,
    paths: list[Path],
    dry_run: bool = False,
    passphrase: str | None = None,
    progress: Progress | None = None,
    kept: KeptBundles | None = None,
) -> list[ImportResult]:
    """Import the files (or, dry_run, judge them and change nothing). Give the same `kept`
    to a preview and the import after it, and the import reads the files only once."""
    identities = [keys.load_age_identity(station.folder, keys.DECRYPTION, passphrase)]
    if not dry_run:
        # One import at a time per profile: a second one waits, then finds the first one's
        # bundles already imported. Half-copied evidence of a refused or failed file goes.
        with writer_lock.exclusive(station.folder), checkpoints_after():
            try:
                return _import_all(station, paths, (identities, kept), progress, preview=False)
            finally:
                leftovers.remove_leftovers(station.folder)
    # A dry run applies everything in a transaction it then rolls back, so each file is
    # judged after the ones before it exactly as the real run will judge it.
    with db.atomic() as transaction:
        results = _import_all(station, paths, (identities, kept), progress, preview=True)
        transaction.rollback()
    return results


@contextmanager
def checkpoints_after() -> Iterator[None]:
    """Copy the write-ahead log into the database once, after all the files.

    Each bundle is its own transaction; SQLite would copy its pages back (and sync the disk
    twice) after nearly every one. Atomicity and what survives a crash do not change: a
    committed bundle is in the log either way.
    """
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        # Never in the way of the import's own outcome (a full disk reports itself there).
        with suppress(peewee.DatabaseError):
            db.execute_sql("PRAGMA wal_autocheckpoint = 1000")  # SQLite's default
            db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def _import_all(station, paths, reading, progress, preview: bool) -> list[ImportResult]:
    identities, kept = reading
    results = []
    for done, path in enumerate(paths):
        if progress:
            progress(done, len(paths), path.name)
        results.append(import_one(station, path, identities, preview, kept))
    if progress:
        progress(len(paths), len(paths), "")
    return results


def import_one(
    station: Workstation,
    path: Path,
    identities: list,
    preview: bool,
    kept: KeptBundles | None = None,
) -> ImportResult:
    """Verify and apply one file; a preview writes only to the caller's (rolled back)
    transaction and copies no evidence."""
    try:
        verified = verify(path, identities, station.folder, kept)
    except BundleRejectedError as exc:
        if not preview:
            audit.record("bundle.rejected", file=path.name, reason=exc.reason, message=str(exc))
        return ImportResult(
            path.name, "rejected", str(exc), exc.reason, message_vi=exc.message("vi")
        )
    manifest = verified.opened.manifest
    result = ImportResult(
        path.name, "imported", agency=verified.agency.code, sequence=manifest["sequence"]
    )
    if BundleReceived.get_or_none(
        BundleReceived.manifest_sha256 == verified.opened.manifest_sha256
    ):
        result.status, result.reason = "already_imported", "already imported"
        result.reports = [Outcome(i.period_id, i.revision, "unchanged") for i in verified.incoming]
        return result
    result.reports = [outcome_of(i) for i in verified.incoming]
    if any(o.outcome == "conflict" for o in result.reports):
        result.status = "conflict"
        result.reason = "a revision arrived with a different content than the one on record"
    _apply(station, verified, result, copy_evidence=not preview)
    return result


def _apply(
    station: Workstation, verified: Verified, result: ImportResult, copy_evidence: bool = True
) -> None:
    for name, data in verified.opened.files.items():
        if copy_evidence and name.startswith("evidence/"):
            evidence.store_bytes(station.folder, data)
    for incoming in verified.incoming:
        if copy_evidence and incoming.pdf is not None:
            evidence.store_bytes(station.folder, incoming.pdf)
    write_bundle(verified, result)


def write_bundle(verified: Verified, result: ImportResult) -> None:
    """The database stage of an import: the bundle's revisions and its ledger row, in one
    transaction (bench/import_bench.py times this stage on its own)."""
    received_at = audit.now_iso()
    manifest = verified.opened.manifest
    with db.atomic():
        if verified.new_key is not None:
            key_lifecycle.enrol_vouched(verified.new_key)
        for incoming, outcome in zip(verified.incoming, result.reports, strict=True):
            store(incoming, outcome, received_at)
        BundleReceived.create(
            agency=verified.agency,
            sequence=manifest["sequence"],
            manifest_sha256=verified.opened.manifest_sha256,
            previous_manifest_sha256=manifest.get("previous_manifest_sha256"),
            created_at=manifest["created_at"],
            received_at=received_at,
            file_name=result.file,
            signing_key=manifest["signing_key"],
            verdict=result.status,
            # A new report's change list is the report itself: kept only where it says more.
            summary=json.dumps(
                [o.as_json(with_changes=o.outcome != "new") for o in result.reports],
                ensure_ascii=False,
            ),
        )
        audit.record(
            "bundle.import",
            agency=verified.agency.code,
            file=result.file,
            sequence=manifest["sequence"],
            verdict=result.status,
        )


def missing_sequences(agency: Agency) -> list[int]:
    """Sequence numbers below the highest received that never arrived.

    A workstation enrolled again (lost machine, new key) starts at 1, so numbers are counted
    per line of keys: a rotated key carries on from the key that vouched for it.
    """
    vouched = dict(
        AgencyKey.select(AgencyKey.fingerprint, AgencyKey.vouched_by)
        .where(AgencyKey.agency == agency)
        .tuples()
    )

    def root(fingerprint: str | None) -> str | None:
        seen = set()
        while vouched.get(fingerprint) and fingerprint not in seen:
            seen.add(fingerprint)
            fingerprint = vouched[fingerprint]
        return fingerprint

    by_line: dict[str | None, set[int]] = {}
    for sequence, key in (
        BundleReceived.select(BundleReceived.sequence, BundleReceived.signing_key)
        .where(BundleReceived.agency == agency)
        .tuples()
    ):
        by_line.setdefault(root(key), set()).add(sequence)
    return sorted({n for seen in by_line.values() for n in range(1, max(seen)) if n not in seen})
