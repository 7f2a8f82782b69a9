"""An issue statement (docs/bundle-format.md, section 5): which revision the records clerk
issued, with what number and date. It travels beside the report it names and is signed with
the agency's key; `IssueStatement.parse(data)` reads it strictly after that signature check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.services.core.wire.fields import (
    PERIOD_FORM,
    PERIOD_ID,
    Fields,
    WireError,
    load_json,
)

STATEMENT_FORMAT = 1
CODE = "bad_issue"
DOCUMENT_KINDS = ("report", "consolidated")
SYMBOL = re.compile(r"[1-9][0-9]{0,5}/[^\s/]{1,60}")
SYMBOL_FORM = ("a number and symbol like 45/BC-SYT", "số và ký hiệu dạng 45/BC-SYT")


@dataclass(frozen=True)
class IssueStatement:
    agency: str
    document_kind: str
    plan: str
    period: str
    revision: int
    content_sha256: str
    number: int
    symbol: str
    date: date
    clerk_login: str
    clerk_name: str
    clerk_position: str
    issued_at: str

    @classmethod
    def parse(cls, data: bytes) -> IssueStatement:
        """The statement in these exact bytes, or WireError(code="bad_issue")."""
        f = Fields(load_json(data, CODE, canonical=True), "", CODE)
        if f.count("format", 1) > STATEMENT_FORMAT:
            raise WireError(
                "the number and date were recorded by a newer Plan Tracker (format {version})",
                code="newer_format",
                version=f.raw("format"),
            )
        f.choice("kind", ("issue",))
        document, clerk = f.obj("document"), f.obj("clerk")
        made = cls(
            agency=f.text("agency", 40),
            document_kind=document.choice("kind", DOCUMENT_KINDS),
            plan=document.text("plan", 40),
            period=document.pattern("period", PERIOD_ID, PERIOD_FORM),
            revision=document.count("revision", 1),
            content_sha256=document.sha256("content_sha256"),
            number=f.count("number", 1, 999_999),
            symbol=f.pattern("symbol", SYMBOL, SYMBOL_FORM),
            date=f.day("date"),
            clerk_login=clerk.text("login", 100),
            clerk_name=clerk.text("name"),
            clerk_position=clerk.text("position"),
            issued_at=f.time("issued_at"),
        )
        document.done()
        clerk.done()
        f.done()
        if made.symbol.split("/")[0] != str(made.number):
            raise WireError("symbol does not start with the number", code=CODE)
        return made
