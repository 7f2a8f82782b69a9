"""Importing agencies' bundles on the consolidating workstation: verify, preview, merge.

Every check runs before anything is written. A refused bundle leaves only an audit entry;
an accepted one is applied in one transaction (evidence files, named by their hash, are
copied first, so a crash leaves at worst an unused file and never a half-applied bundle; where
evidence lives in the database it is written in that same transaction).

Several officers may import at once (on the office's server, from different PCs): whether a
bundle is already imported, what each report's outcome is, and the write itself happen in one
transaction, and transactions run one at a time (see models/connection.py), so two imports of
the same or different bundles end as if one had run after the other.
Whatever goes wrong with one file ends as that file's named refusal: the next file is still
judged, and the caller gets one result per file given, in order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from itertools import chain
from pathlib import Path

import peewee

from app.models import BundleReceived
from app.models.session import DatabaseSession
from app.services.core import audit, writer_lock
from app.services.core.stored_messages import refusal_detail
from app.services.core.vocabulary import AuditAction, ImportStatus, ReportOutcome
from app.services.exchange import read_ahead
from app.services.exchange.bundle_format import (
    as_refusal,
)
from app.services.exchange.bundle_verify import KeptBundles, Verified, verify
from app.services.exchange.import_result import ImportResult
from app.services.exchange.issue_wire import refuse_another
from app.services.exchange.received import Outcome, outcomes_of, store
from app.services.keys import key_lifecycle, keys
from app.services.reports import evidence
from app.services.workstation import changes, leftovers
from app.services.workstation.profile import Workstation

Progress = Callable[[int, int, str], None]  # (done, total, file name)


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
        with _one_importer(station), checkpoints_after(station.session):
            try:
                return _import_all(station, paths, (identities, kept), progress, preview=False)
            finally:
                leftovers.remove_leftovers(station.session, station.folder)
    # A dry run applies everything in a transaction it then rolls back, so each file is
    # judged after the ones before it exactly as the real run will judge it.
    with station.session.atomic() as transaction:
        results = _import_all(station, paths, (identities, kept), progress, preview=True)
        transaction.rollback()
    return results


def _one_importer(station: Workstation):
    """The profile's writer lock around a whole import, on SQLite: evidence files are copied
    into the folder before each bundle's transaction. On the office's server evidence goes in
    with the bundle's own transaction and the server runs those one at a time (each decides
    "already imported" and the outcomes inside it), so officers' imports need no lock around
    the whole run: one officer's bundle is decrypted and checked while another's is written,
    and the result is as if they had run one after the other."""
    return (
        nullcontext()
        if station.session.is_postgresql
        else writer_lock.exclusive(station.session, station.folder)
    )


@contextmanager
def checkpoints_after(session: DatabaseSession) -> Iterator[None]:
    """Copy the write-ahead log into the database once, after all the files.

    Each bundle is its own transaction; SQLite would copy its pages back (and sync the disk
    twice) after nearly every one. Atomicity and what survives a crash do not change: a
    committed bundle is in the log either way. (A PostgreSQL server manages its own log.)
    """
    if session.is_postgresql:
        yield
        return
    session.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        # Never in the way of the import's own outcome (a full disk reports itself there).
        with suppress(peewee.DatabaseError):
            session.execute_sql("PRAGMA wal_autocheckpoint = 1000")  # SQLite's default
            session.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def _import_all(station, paths, reading, progress, preview: bool) -> list[ImportResult]:
    identities, kept = reading
    # What a worker process reads ahead lands here; a caller's `kept` (a preview's, for the
    # import after it) keeps it, else each file's goes once that file is done.
    reads = kept if kept is not None else {}
    results = []
    with read_ahead.reading_ahead(paths, identities, station.folder, reads) as reader:
        for done, path in enumerate(paths):
            if progress:
                progress(done, len(paths), path.name)
            reader.ready(path)
            results.append(import_one(station, path, identities, preview, reads))
            if kept is None:
                reads.pop(path, None)
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
    transaction and copies no evidence. Never raises: a failure is the file's refusal."""
    stored: list[Path] = []
    try:
        verified = verify(path, identities, station.folder, kept)
        return _merge(station, verified, path.name, preview, stored)
    except Exception as exc:  # every failure becomes the file's refusal
        refused = as_refusal(path.name, exc)
    for leftover in stored:  # evidence this file alone brought: nothing stays of a refusal
        leftover.unlink(missing_ok=True)
    if not preview:
        audit.record(
            AuditAction.BUNDLE_REJECTED,
            file=path.name,
            reason=refused.reason,
            **refusal_detail(refused),
        )
    return ImportResult.rejected(path.name, refused)


def _merge(
    station: Workstation, verified: Verified, file_name: str, preview: bool, stored: list[Path]
) -> ImportResult:
    if preview:  # inside the dry run's own transaction, which it rolls back
        return _decide_and_apply(station, verified, file_name, preview, stored)
    with station.session.atomic():  # what is on record is read after any other import's commit
        return _decide_and_apply(station, verified, file_name, preview, stored)


def _decide_and_apply(
    station: Workstation, verified: Verified, file_name: str, preview: bool, stored: list[Path]
) -> ImportResult:
    sender = {"agency": verified.agency.code, "sequence": verified.manifest.sequence}
    if BundleReceived.get_or_none(
        BundleReceived.manifest_sha256 == verified.opened.manifest_sha256
    ):
        unchanged = [
            Outcome(i.period_id, i.revision, ReportOutcome.UNCHANGED) for i in verified.incoming
        ]
        return ImportResult(
            file_name,
            ImportStatus.ALREADY_IMPORTED,
            "already imported",
            reports=unchanged,
            **sender,
        )
    outcomes = outcomes_of(verified.incoming)
    for incoming, outcome in zip(verified.incoming, outcomes, strict=True):
        if incoming.issue is not None and outcome.outcome != ReportOutcome.CONFLICT:
            refuse_another(incoming.agency, incoming.plan, incoming.issue, file_name)
    if any(o.outcome == ReportOutcome.CONFLICT for o in outcomes):
        status = ImportStatus.CONFLICT
        reason = "a revision arrived with a different content than the one on record"
    else:
        status, reason = ImportStatus.IMPORTED, None
    result = ImportResult(file_name, status, reason, reports=outcomes, **sender)
    _apply(station, verified, result, stored, copy_evidence=not preview)
    return result


def _apply(
    station: Workstation,
    verified: Verified,
    result: ImportResult,
    stored: list[Path],
    copy_evidence: bool = True,
) -> None:
    if not copy_evidence:
        write_bundle(station, verified, result)
        return
    files = verified.opened.files  # by name: only evidence is read out of the archive
    evidence_files = chain(
        (files[name] for name in files if name.startswith("evidence/")),
        (incoming.pdf for incoming in verified.incoming if incoming.pdf is not None),
    )
    # The files reach the disk while the rows are written; they are in place before the
    # bundle's transaction commits.
    with evidence.storing_received(station.folder, evidence_files, stored):
        write_bundle(station, verified, result)


def write_bundle(station: Workstation, verified: Verified, result: ImportResult) -> None:
    """The database stage of an import: the bundle's revisions and its ledger row, in one
    transaction (bench/import_bench.py times this stage on its own)."""
    received_at = audit.now_iso()
    manifest = verified.manifest
    with station.session.atomic():
        if verified.new_key is not None:
            key_lifecycle.enrol_vouched(verified.new_key)
        for incoming, outcome in zip(verified.incoming, result.reports, strict=True):
            store(incoming, outcome, received_at)
        BundleReceived.create(
            agency=verified.agency,
            sequence=manifest.sequence,
            manifest_sha256=verified.opened.manifest_sha256,
            previous_manifest_sha256=manifest.previous_manifest_sha256,
            created_at=manifest.created_at,
            received_at=received_at,
            file_name=result.file,
            signing_key=manifest.signing_key,
            verdict=result.status,
            # A new report's change list is the report itself: kept only where it says more.
            summary=json.dumps(
                [o.as_json(with_changes=o.outcome != ReportOutcome.NEW) for o in result.reports],
                ensure_ascii=False,
            ),
        )
        changes.bump(changes.IMPORTS)  # other officers' screens reload
        audit.record(
            AuditAction.BUNDLE_IMPORT,
            agency=verified.agency.code,
            file=result.file,
            sequence=manifest.sequence,
            verdict=result.status,
        )
