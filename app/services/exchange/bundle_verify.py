"""Verifying one bundle on the consolidating workstation: who sent it, and is it sound.

Every check runs before anything is written, in the order docs/bundle-format.md §7 lists them.
Of a manifest whose signature is not yet checked only the sender's claims (agency, key, key
rotation) are read, to find the key to check it with; the manifest and each report are then
read strictly (app.services.core.wire) right after their signatures are checked over the
bytes as received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from app.models import Agency, AgencyKey, Plan, Report, ReportConflict
from app.services.catalogue import catalogue
from app.services.catalogue.register import message_names
from app.services.core.wire import KeyRotation, Manifest, ReportContent, ReportItem, WireError
from app.services.core.wire.fields import Fields, utf8_text
from app.services.exchange import issue_wire
from app.services.exchange.bundle_format import (
    BundleRejectedError,
    Kept,
    KeptBundles,
    OpenedBundle,
    file_stamp,
    open_bundle,
    refusal,
    sha256_hex,
    verify_manifest,
)
from app.services.exchange.received import Incoming
from app.services.keys import key_lifecycle
from app.services.reports import evidence


@dataclass
class Verified:
    opened: OpenedBundle
    manifest: Manifest
    agency: Agency
    incoming: list[Incoming]
    new_key: AgencyKey | None = None  # a rotated key to enrol with this bundle


def _sender_key(opened: OpenedBundle, file_name: str) -> tuple[Agency, AgencyKey]:
    """The agency and key the manifest claims, if DoFA trusts that pair (nothing is read from
    the manifest but these two names and the rotation statement, which carries its own
    signature by the key it vouches from)."""
    claimed_agency, claimed_key = opened.claimed("agency"), opened.claimed("signing_key")
    agency = (
        Agency.get_or_none(Agency.code == claimed_agency)
        if isinstance(claimed_agency, str)
        else None
    )
    if agency is None:
        raise BundleRejectedError(
            "{file} comes from a sender that is not enrolled ({agency})",
            code="unknown_sender",
            file=file_name,
            agency=str(claimed_agency)[:40],
        )
    record = (
        AgencyKey.get_or_none((AgencyKey.fingerprint == claimed_key) & (AgencyKey.agency == agency))
        if isinstance(claimed_key, str)
        else None
    )
    if record is None and isinstance(claimed_key, str):
        statement = _claimed_rotation(opened)
        if statement is not None:  # a rotated key, unsaved yet
            record = key_lifecycle.vouched_key(agency, claimed_key, statement)
    if record is None or (record.id is not None and not record.enrolled_at):
        raise BundleRejectedError(
            "{file} is signed with a key of {name} that DoFA has not enrolled ({fingerprint})",
            code="unknown_sender",
            file=file_name,
            **message_names(agency),
            fingerprint=str(claimed_key)[:40],
        )
    if record.revoked_at:
        raise BundleRejectedError(
            "{file} is signed with a key of {name} that was revoked on {date}",
            code="revoked_key",
            file=file_name,
            **message_names(agency),
            date=_day(record.revoked_at),
        )
    return agency, record


def _claimed_rotation(opened: OpenedBundle) -> KeyRotation | None:
    statement = opened.claimed("key_rotation")
    if not isinstance(statement, dict):
        return None
    try:
        return KeyRotation.read(Fields(statement, "key_rotation", "bad_manifest"))
    except WireError:
        return None


def verify(
    path: Path, identities: list, profile_folder: Path, kept: KeptBundles | None = None
) -> Verified:
    """All checks; raises BundleRejectedError naming the first problem found. With `kept`,
    a bundle a preview read is not decrypted and parsed again, and one read now is kept."""
    previous = kept.get(path) if kept is not None else None
    if previous is not None and previous.stamp != file_stamp(path):
        previous = None  # the file changed since the preview: read it afresh
    opened = previous.opened if previous else open_bundle(path, identities, profile_folder)
    if kept is not None and previous is None:
        previous = kept[path] = Kept(file_stamp(path), opened)
    if opened.claimed("kind") != "report-bundle":
        raise BundleRejectedError(
            "{file} is not a report bundle", code="not_a_bundle", file=path.name
        )
    agency, record = _sender_key(opened, path.name)
    public_key = serialization.load_pem_public_key(record.public_key_pem.encode("ascii"))
    manifest = verify_manifest(opened, public_key, message_names(agency, "sender"), path.name)
    # A plan row holds the whole plan file: it and its duties' ids are read once a bundle.
    plans: dict[str, tuple[Plan | None, dict[str, int]]] = {}
    # Each file's hash as listed; open_bundle checked every file's bytes against it.
    listed = {entry.path: entry.sha256 for entry in manifest.files}
    read = (previous.parsed, previous.checked, listed) if previous else ({}, {}, listed)
    incoming = [
        _incoming(opened, item, (agency, plans, read), record, path.name, profile_folder)
        for item in manifest.reports
    ]
    return Verified(opened, manifest, agency, incoming, record if record.id is None else None)


def _report_key(item: ReportItem, agency: Agency, bundle_key: AgencyKey, file_name: str):
    """The key a report was signed with: the bundle's, or an earlier key of the same agency
    (a report signed before a rotation travels on in later bundles). Returns (record, public)."""
    record = (
        bundle_key
        if item.signing_key == bundle_key.fingerprint
        else AgencyKey.get_or_none(
            (AgencyKey.fingerprint == item.signing_key)
            & (AgencyKey.agency == agency)
            & AgencyKey.enrolled_at.is_null(False)
        )
    )
    if record is None:
        raise _bad_signature(file_name, item, agency)
    return record, serialization.load_pem_public_key(record.public_key_pem.encode("ascii"))


def _bad_signature(file_name: str, item: ReportItem, agency: Agency) -> BundleRejectedError:
    """A report signed by no key of its sender: unknown to DoFA, or not matching its bytes."""
    return BundleRejectedError(
        "{file}: the signature of report {period} does not match {sender}'s key",
        code="bad_signature",
        file=file_name,
        period=item.period,
        **message_names(agency, "sender"),
    )


def _held_before(agency: Agency, content_sha256: str, revoked_at: str) -> bool:
    """Whether DoFA itself recorded this content before it revoked the key: the revocation's
    time is DoFA's own, and a signer's `signed_at` could be written to look earlier."""
    held = Report.get_or_none(
        (Report.agency == agency)
        & (Report.content_sha256 == content_sha256)
        & (Report.received_at < revoked_at)
    ) or ReportConflict.get_or_none(
        (ReportConflict.agency == agency)
        & (ReportConflict.content_sha256 == content_sha256)
        & (ReportConflict.detected_at < revoked_at)
    )
    return held is not None


def _incoming(opened, item: ReportItem, sender, bundle_key, file_name, profile_folder) -> Incoming:
    agency, plans, (parsed, checked_ahead, listed) = sender
    signature = opened.files[item.signature]
    record, public_key = _report_key(item, agency, bundle_key, file_name)
    checked = checked_ahead.get(item.content)
    if (
        checked is not None
        and checked.signature_file == item.signature
        and checked.public_key_pem == record.public_key_pem
    ):  # checked over these very bytes with this very key, and read, by the worker
        sha256, text = checked.sha256, checked.text
    else:
        data = opened.files[item.content]
        try:
            public_key.verify(signature, data)
        except InvalidSignature as exc:
            raise _bad_signature(file_name, item, agency) from exc
        sha256 = listed.get(item.content) or sha256_hex(data)
        try:  # decoded once: read, checked and stored as this text
            text = utf8_text(data, "bad_report")
            if sha256 not in parsed:  # read right after its signature check, once per content
                parsed[sha256] = ReportContent.parse_text(text, data)
        except WireError as exc:
            raise refusal(file_name, exc, item.period) from exc
    content = parsed[sha256]
    if record.revoked_at and not _held_before(agency, sha256, record.revoked_at):
        raise BundleRejectedError(
            "{file} is signed with a key of {name} that was revoked on {date}",
            code="revoked_key",
            file=file_name,
            **message_names(agency),
            date=_day(record.revoked_at),
        )
    if content.plan_code not in plans:
        plan = Plan.get_or_none(Plan.code == content.plan_code)
        plans[content.plan_code] = plan, catalogue.duty_ids(plan) if plan else {}
    plan, refs = plans[content.plan_code]
    wrong = (
        content.agency_code != agency.code
        or plan is None
        or content.period.id != item.period
        or content.revision != item.revision
        or sha256 != item.content_sha256
        or not refs.keys() >= set(content.entry_columns.ref)
    )
    if wrong:
        raise BundleRejectedError(
            "{file}: report {period} does not fit this workstation's plan and register",
            code="bad_report",
            file=file_name,
            period=item.period,
        )
    for listed in content.entry_columns.attachments:
        for attachment in listed:
            name = f"evidence/{attachment.sha256}"
            if name not in opened.files and not evidence.is_stored(
                profile_folder, attachment.sha256
            ):
                raise BundleRejectedError(
                    "{file} lacks the evidence file {name}",
                    code="file_missing",
                    file=file_name,
                    name=attachment.name,
                )
    pdf = _token_signed_pdf(opened, item, file_name, sha256)
    issue = issue_wire.read(opened, item.as_dict(), agency, file_name)
    return Incoming(
        agency,
        plan,
        content,
        text,
        sha256,
        signature,
        record.fingerprint,
        pdf,
        issue,
        refs,
    )


def _token_signed_pdf(
    opened: OpenedBundle, item: ReportItem, file_name: str, content_sha256: str
) -> bytes | None:
    """The report's token-signed PDF, checked like any signature: a PDF that is not this
    report's, or whose signature fails, refuses the bundle."""
    if item.pdf is None:
        return None
    from app.services.reports import token_signoff  # PDF libraries load only when needed

    pdf = opened.files[item.pdf]
    problem = token_signoff.received_pdf_problem(pdf, content_sha256)
    # format: JSON keys
    refusal = {"file": file_name, "period": item.period, "code": "bad_pdf_signature"}
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


def _day(timestamp: str) -> str:
    """The date of a stored ISO timestamp as people write it (dd/mm/yyyy)."""
    return date.fromisoformat(timestamp[:10]).strftime("%d/%m/%Y")
