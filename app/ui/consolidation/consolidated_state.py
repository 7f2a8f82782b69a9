"""The consolidated report's state in one line, as the editor heads it.

The line was the editor's own, so its words keep the editor's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.consolidation.consolidated_view import ConsolidatedState
from app.ui.kit.labels import fmt, format_date


def state_text(state: ConsolidatedState | None, loading: bool = False) -> str:
    """ "Revision 2 · draft · reason: …", or who signed, the issue and the signature check."""
    if loading:
        return QCoreApplication.translate("ConsolidatedEditor", "Loading the report…")
    if state is None:
        return QCoreApplication.translate(
            "ConsolidatedEditor",
            "Not started: it is saved as soon as you write or accept something.",
        )
    if state.editable:
        draft = QCoreApplication.translate("ConsolidatedEditor", "Revision %1 · draft")
        text = fmt(draft, state.revision)
        if state.amend_reason:
            reason = QCoreApplication.translate("ConsolidatedEditor", "reason: %1")
            text += " · " + fmt(reason, state.amend_reason)
        return text
    signed = QCoreApplication.translate(
        "ConsolidatedEditor", "Revision %1 · signed by %2 (%3) on %4"
    )
    parts = [fmt(signed, state.revision, state.signer_name, state.signer_position,
                 format_date(state.signed_at))]  # fmt: skip
    if state.issued_symbol:
        issued = QCoreApplication.translate("ConsolidatedEditor", "issued as No. %1 on %2")
        parts.append(fmt(issued, state.issued_symbol, format_date(state.issued_on)))
    else:
        parts.append(QCoreApplication.translate("ConsolidatedEditor", "not issued yet"))
    if state.signature_valid:
        parts.append(QCoreApplication.translate("ConsolidatedEditor", "signature valid"))
    else:
        parts.append(QCoreApplication.translate("ConsolidatedEditor", "signature NOT valid"))
    return " · ".join(parts)
