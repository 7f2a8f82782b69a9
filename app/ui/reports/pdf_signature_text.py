"""One line on a report's token-signed PDF as checked by the services: signer, issuer, verdict.

Used where a signed report is shown (the agency's editor, DoFA's received reports); empty for
a report signed off without a token.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.accounts.login_dialog import error_text
from app.ui.kit.labels import fmt, format_date
from app.ui.kit.texts import in_vietnam_time

if TYPE_CHECKING:  # the type only: the check itself (PDF, certificates) runs in the services
    from app.services.reports.token_signoff import PdfSignatureCheck

# A signature check's verdict on every screen that shows one: valid, valid with a doubt, not valid.
GOOD, DOUBT, BAD = "#1b5e20", "#b35c00", "#b00020"


def checked_signature_html(check: PdfSignatureCheck | None) -> str:
    """Rich text for a PDF signature checked by the services, or "" when there is none."""
    if check is None:
        return ""
    if check.problem is not None:
        text = fmt(
            QCoreApplication.translate("PdfSignature", "The signed PDF cannot be checked: %1"),
            _message(check.problem),
        )
        return f"<span style='color:{BAD}'><b>✘ {escape(text)}</b></span>"
    signature = check.signature
    if signature is None or not signature.valid:
        text = QCoreApplication.translate(
            "PdfSignature", "The token signature on the PDF is NOT valid"
        )
        return f"<span style='color:{BAD}'><b>✘ {escape(text)}</b></span>"
    when = (
        in_vietnam_time(datetime.fromisoformat(signature.signed_at))
        if signature.signed_at
        else None
    )
    text = fmt(
        QCoreApplication.translate(
            "PdfSignature", "PDF signed with the token of %1 (certificate issued by %2) at %3 on %4"
        ),
        signature.signer,
        signature.issuer,
        when.strftime("%H:%M") if when else "?",
        format_date(when) if when else "?",
    )
    if signature.trusted:
        verdict = QCoreApplication.translate("PdfSignature", "valid, trusted certificate")
        return f"<span style='color:{GOOD}'><b>✔ {escape(text)}: {escape(verdict)}</b></span>"
    verdict = QCoreApplication.translate(
        "PdfSignature",
        "valid, but the certificate does not chain to a trusted root, or was revoked",
    )
    return f"<span style='color:{DOUBT}'><b>⚠ {escape(text)}: {escape(verdict)}</b></span>"


def _message(exc: Exception) -> str:
    return error_text(exc)
