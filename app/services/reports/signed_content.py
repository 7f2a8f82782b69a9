"""A signed revision's content, checked: its SHA-256 and its Ed25519 signature by the key
recorded with it. For a signed revision this content is the only source of what it says."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date

from cryptography.exceptions import InvalidSignature

from app.models import ConsolidatedReport, Report
from app.services.core.errors import UserError
from app.services.core.text import mid_sentence
from app.services.keys import keys


def verdict(report: Report | ConsolidatedReport) -> tuple[bool, UserError]:
    """Check a signed revision against its hash and signature: (ok, the verdict in words, in
    either language through `message(lang)`; shown, never raised)."""
    if not report.content_json:
        return False, UserError("not signed")
    data = report.content_json.encode("utf-8")
    if hashlib.sha256(data).hexdigest() != report.content_sha256:
        return False, UserError("the content does not match its recorded hash")
    return signature_verdict(data, report.signature, report.key_fingerprint)


def signature_verdict(data: bytes, signature: str, fingerprint: str) -> tuple[bool, UserError]:
    """A base64 Ed25519 signature over data by the recorded key: (ok, the verdict in words)."""
    try:
        keys.public_key_of(fingerprint).verify(base64.b64decode(signature), data)
    except InvalidSignature:
        return False, UserError(
            "the signature does not match the key {fingerprint}", fingerprint=fingerprint
        )
    except UserError as exc:
        return False, exc
    return True, UserError("signature valid (key {fingerprint})", fingerprint=fingerprint)


def verify(report: Report | ConsolidatedReport) -> tuple[bool, str]:
    """`verdict`, its words in English (for logs, tests and other checks)."""
    ok, words = verdict(report)
    return ok, str(words)


def check_signature(data: bytes, signature: str, fingerprint: str) -> tuple[bool, str]:
    """`signature_verdict`, its words in English."""
    ok, words = signature_verdict(data, signature, fingerprint)
    return ok, str(words)


def signed_content(report: Report) -> dict:
    return json.loads(report.content_json)


def verified_content(report: Report | ConsolidatedReport) -> dict:
    """The signed content of a signed revision, after checking its hash and signature.

    For a signed revision this is the only source of what it says: the editable rows beside
    it may have been changed (by hand in the database file, or by a bug) and are never shown,
    printed, sent or consolidated in its place.
    """
    ok, reason = verdict(report)
    if not ok:
        raise UserError(
            "the signed content of {period} revision {revision} does not verify ({reason}); "
            "it is not used. Restore the profile from a backup, or ask the agency to send the "
            "report again.",
            period=report.period_id,
            revision=report.revision,
            reason=str(reason),
            reason_vi=mid_sentence(reason.message("vi")),
        )
    return json.loads(report.content_json)


def implementation_plan(content: dict) -> tuple[str, date | None, str]:
    """The agency's implementing plan as a signed content records it: number, date, title."""
    plan = content["implementation_plan"]
    issued = date.fromisoformat(plan["date"]) if plan["date"] else None
    return plan["number"] or "", issued, plan["title"] or ""
