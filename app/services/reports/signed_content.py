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
from app.services.keys import keys


def verify(report: Report | ConsolidatedReport) -> tuple[bool, str]:
    """Check a signed revision against its hash and signature; (ok, plain explanation)."""
    if not report.content_json:
        return False, "not signed"
    data = report.content_json.encode("utf-8")
    if hashlib.sha256(data).hexdigest() != report.content_sha256:
        return False, "the content does not match its recorded hash"
    return check_signature(data, report.signature, report.key_fingerprint)


def check_signature(data: bytes, signature: str, fingerprint: str) -> tuple[bool, str]:
    """A base64 Ed25519 signature over data by the recorded key; (ok, plain explanation)."""
    try:
        keys.public_key_of(fingerprint).verify(base64.b64decode(signature), data)
    except InvalidSignature:
        return False, f"the signature does not match the key {fingerprint}"
    except UserError as exc:
        return False, str(exc)
    return True, f"signature valid (key {fingerprint})"


def signed_content(report: Report) -> dict:
    return json.loads(report.content_json)


def verified_content(report: Report | ConsolidatedReport) -> dict:
    """The signed content of a signed revision, after checking its hash and signature.

    For a signed revision this is the only source of what it says: the editable rows beside
    it may have been changed (by hand in the database file, or by a bug) and are never shown,
    printed, sent or consolidated in its place.
    """
    ok, reason = verify(report)
    if not ok:
        raise UserError(
            "the signed content of {period} revision {revision} does not verify ({reason}); "
            "it is not used. Restore the profile from a backup, or ask the agency to send the "
            "report again.",
            period=report.period_id,
            revision=report.revision,
            reason=reason,
        )
    return json.loads(report.content_json)


def implementation_plan(content: dict) -> tuple[str, date | None, str]:
    """The agency's implementing plan as a signed content records it: number, date, title."""
    plan = content["implementation_plan"]
    issued = date.fromisoformat(plan["date"]) if plan["date"] else None
    return plan["number"] or "", issued, plan["title"] or ""
