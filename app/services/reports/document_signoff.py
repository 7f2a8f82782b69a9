"""Signing a document off and amending it: one path for every kind (an agency's report, DoFA's
consolidated report). What differs comes in a `Kind`: how the content is built, what must hold
of the row before it is signed, and which actions the activity log records.

Signing: the approver's password is checked first, outside any write transaction (scrypt is
slow, and a refusal's log line and throttle count must stay). Then, under the profile's writer
lock and inside one write transaction, the row is read again as on record, checked, its content
built from it, and the content signed and stored on that row. An edit committed by another
window, program or PC either lands before the transaction (and is signed, or refused by the
kind's check) or waits for it and is then refused because the document is signed; it is never
lost under a signature that does not show it.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import peewee

from app.services.accounts import users
from app.services.core import audit, writer_lock
from app.services.core.audit import VIETNAM
from app.services.core.errors import UserError
from app.services.core.text import nfc
from app.services.core.vocabulary import AuditAction, ReportStatus
from app.services.core.wire import canonical_bytes
from app.services.keys import keys
from app.services.reports.reports import EDITABLE

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.models import Agency, UserAccount
    from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class Kind:
    """What differs between kinds of document at sign-off and amendment."""

    sign_refused: AuditAction  # a wrong password or a signer who is no approver
    signed: AuditAction
    amended: AuditAction
    owner: Callable[[peewee.Model], Agency]  # whose key signs
    # Raises UserError when the row may not be signed. Runs on the caller's row before the
    # password is asked, and again on the row as on record inside the transaction.
    check: Callable[[peewee.Model], None]
    # The content to sign, built from the row as on record: (row, signer, signed_at) → dict.
    content: Callable[[peewee.Model, UserAccount, str], dict]
    # Checks the canonical bytes (may raise UserError); None: nothing more to check.
    accept: Callable[[bytes], None] | None = None
    # After the row is stamped, before it is saved (the token's PDF signature, the time of the
    # change); returns what the activity log adds to the sign-off line. A refusal there leaves
    # the row as it was: the transaction rolls back.
    finish: Callable[[peewee.Model], dict] | None = None


def stamp(record, data: bytes, private_key, fingerprint: str, signer, signed_at: str) -> None:
    """Write a sign-off onto a row (reports and consolidated reports have the same columns):
    the canonical content, its SHA-256, the Ed25519 signature, the signer; the caller saves."""
    record.signed_at = signed_at
    record.signer_login = signer.login
    record.signer_name = signer.full_name
    record.signer_position = signer.position
    record.content_json = data.decode("utf-8")
    record.content_sha256 = hashlib.sha256(data).hexdigest()
    record.signature = base64.b64encode(private_key.sign(data)).decode("ascii")
    record.key_fingerprint = fingerprint
    record.status = ReportStatus.SIGNED


def sign(
    kind: Kind,
    record: peewee.Model,
    login_or_name: str,
    password: str,
    station: Workstation,
    passphrase: str | None = None,
) -> peewee.Model:
    """An approver signs `record` off; it becomes read-only. `record` is updated in place to
    the row as signed (callers keep their reference)."""
    kind.check(record)
    try:
        signer = users.require_approver(station, password, login_or_name)
    except UserError:
        audit.record(kind.sign_refused, login_or_name, period=record.period_id)
        raise
    private_key = keys.load_signing_key(station.folder, passphrase)
    fingerprint = keys.current_key(kind.owner(record)).fingerprint
    with writer_lock.exclusive(station.session, station.folder), station.session.atomic():
        stored = type(record).get_by_id(record.id)
        kind.check(stored)
        signed_at = datetime.now(VIETNAM).replace(microsecond=0).isoformat()
        # The number and date come later, from the outgoing register (reports.issuing).
        data = canonical_bytes(kind.content(stored, signer, signed_at))
        if kind.accept is not None:
            kind.accept(data)
        stamp(stored, data, private_key, fingerprint, signer, signed_at)
        logged = kind.finish(stored) if kind.finish is not None else {}
        stored.save()
        audit.record(
            kind.signed,
            signer.login,
            period=stored.period_id,
            revision=stored.revision,
            sha256=stored.content_sha256,
            **logged,
        )
    record.__data__.update(stored.__data__)
    record._dirty.clear()
    return record


def amend(
    kind: Kind,
    station: Workstation,
    record: peewee.Model,
    reason: str,
    actor: str | None,
    latest: Callable[[], peewee.Model | None],
    new_revision: Callable[[peewee.Model, str, str], peewee.Model],
) -> peewee.Model:
    """A signed document changes only as a new revision (a draft) with a stated reason.
    `latest()` is the newest revision on record; `new_revision(signed, reason, now)` writes
    the draft from the signed revision (inside the transaction)."""
    if not reason or not reason.strip():
        raise UserError("an amendment needs a reason")
    if record.status in EDITABLE:
        raise UserError(
            "revision {revision} is still a draft; edit it directly", revision=record.revision
        )
    with station.session.atomic():
        # Checked in the transaction: two officers amending at once make one new revision,
        # the second finds a newer one.
        newest = latest()
        if newest is None or newest.id != record.id:
            raise UserError("only the latest revision can be amended")
        new = new_revision(record, nfc(reason.strip()), audit.now_iso())
        audit.record(
            kind.amended,
            actor,
            period=record.period_id,
            revision=new.revision,
            reason=new.amend_reason,
        )
    return new
