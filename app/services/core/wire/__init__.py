"""The wire format: every kind of file that travels between workstations, as frozen typed
objects read strictly from the bytes received (docs/signed-content.md, docs/bundle-format.md).

Bytes from another machine become one of these right after their signature is checked, or a
`WireError` naming the kind (`bad_report`, `bad_manifest`, `bad_reply`, `bad_kit`,
`bad_enrolment`, `newer_format`); nothing else reads foreign JSON.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.core.wire.canonical import canonical_bytes, normalise
    from app.services.core.wire.entries import AttachmentRef, Entry, EntryColumns
    from app.services.core.wire.fields import WireError, is_safe_file_name
    from app.services.core.wire.issue import IssueStatement
    from app.services.core.wire.manifest import FileListing, KeyRotation, Manifest, ReportItem
    from app.services.core.wire.register import PlanData, RegisterAgency, RegisterSnapshot
    from app.services.core.wire.reply import Decision, Reply
    from app.services.core.wire.report import ReportContent
    from app.services.core.wire.setup_kit import Enrolment, SetupKit, SignedFile, read_signed_file

# Each name's module, loaded when the name is first used: the app's start reads the agency
# register only, and loading every kind of file's reader cost it a tenth of its imports.
_MODULES = {
    "canonical": ("canonical_bytes", "normalise"),
    "entries": ("AttachmentRef", "Entry", "EntryColumns"),
    "fields": ("WireError", "is_safe_file_name"),
    "issue": ("IssueStatement",),
    "manifest": ("FileListing", "KeyRotation", "Manifest", "ReportItem"),
    "register": ("PlanData", "RegisterAgency", "RegisterSnapshot"),
    "reply": ("Decision", "Reply"),
    "report": ("ReportContent",),
    "setup_kit": ("Enrolment", "SetupKit", "SignedFile", "read_signed_file"),
}
_MODULE_OF = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> object:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AttachmentRef",
    "Decision",
    "Enrolment",
    "Entry",
    "EntryColumns",
    "FileListing",
    "IssueStatement",
    "KeyRotation",
    "Manifest",
    "PlanData",
    "RegisterAgency",
    "RegisterSnapshot",
    "Reply",
    "ReportContent",
    "ReportItem",
    "SetupKit",
    "SignedFile",
    "WireError",
    "canonical_bytes",
    "is_safe_file_name",
    "normalise",
    "read_signed_file",
]
