"""DoFA's reply to an agency (`reply.json` in a reply bundle, docs/bundle-format.md §10)."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.core.wire.fields import PERIOD_FORM, PERIOD_ID, TEXT, Fields, WireError, load_json
from app.services.core.wire.register import PlanData, RegisterSnapshot

REPLY_FORMAT = 1
CODE = "bad_reply"
MAX_DECISIONS = 10_000


@dataclass(frozen=True)
class Decision:
    """A receipt (`received_at`) or a return for revision (`returned_at`, `comment`)."""

    period: str
    revision: int
    content_sha256: str
    at: str
    comment: str | None = None

    @classmethod
    def receipt(cls, f: Fields) -> Decision:
        made = cls(
            f.pattern("period", PERIOD_ID, PERIOD_FORM),
            f.count("revision", 1),
            f.sha256("content_sha256"),
            f.time("received_at"),
        )
        f.done()
        return made

    @classmethod
    def returned(cls, f: Fields) -> Decision:
        made = cls(
            f.pattern("period", PERIOD_ID, PERIOD_FORM),
            f.count("revision", 1),
            f.sha256("content_sha256"),
            f.time("returned_at"),
            f.text("comment", TEXT, lines=True),
        )
        f.done()
        return made


@dataclass(frozen=True)
class Reply:
    agency: str
    dofa: str
    sequence: int
    created_at: str
    receipts: tuple[Decision, ...]
    returns: tuple[Decision, ...]
    plan: PlanData
    register: RegisterSnapshot

    @classmethod
    def parse(cls, data: bytes) -> Reply:
        """The reply of these exact (signed) bytes, or WireError(code="bad_reply")."""
        f = Fields(load_json(data, CODE, canonical=True), "", CODE)
        if f.count("format", 1) > REPLY_FORMAT:
            raise WireError(
                "the reply was made by a newer Plan Tracker (format {version})",
                code="newer_format",
                version=f.raw("format"),
            )
        f.choice("kind", ("reply",))
        made = cls(
            agency=f.text("agency", 40),
            dofa=f.text("dofa", 40),
            sequence=f.count("sequence", 1),
            created_at=f.time("created_at"),
            receipts=f.objects("receipts", Decision.receipt, MAX_DECISIONS),
            returns=f.objects("returns", Decision.returned, MAX_DECISIONS),
            plan=PlanData.read(f.obj("plan")),
            register=RegisterSnapshot.read(f.obj("register")),
        )
        f.done()
        return made
