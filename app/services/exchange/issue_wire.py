"""The issue statement on the wire: how a report's number and date travel to DoFA.

Beside a report revision in the bundle go `reports/<period>-r<n>-issue.json` (the canonical
statement the agency's clerk recorded, see reports.issuing) and `…-issue.sig` (its Ed25519
signature by the agency's key); the manifest's report item names them (`issue`,
`issue_signature`, `issue_signing_key`). DoFA parses the statement strictly right after its
signature check: every field typed, nothing extra, and it must name the very revision it
travels with. It is then kept in DoFA's copy of that agency's register lines.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from app.models import Agency, AgencyKey, IssuedDocument, Plan, Report
from app.services.core import audit
from app.services.exchange.bundle_format import BundleRejectedError
from app.services.outgoing import register
from app.services.reports import issuing

FIELDS = {"format", "kind", "agency", "document", "number", "symbol", "date", "clerk", "issued_at"}
DOCUMENT_FIELDS = {"kind", "plan", "period", "revision", "content_sha256"}
CLERK_FIELDS = {"login", "name", "position"}
SYMBOL = re.compile(r"[1-9][0-9]{0,5}/[^\s/]{1,60}")
LINE = 500
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class IssueStatement:
    """A parsed, signature-checked issue statement of one agency report revision."""

    number: int
    symbol: str
    date: date
    clerk_login: str
    clerk_name: str
    clerk_position: str
    statement_json: str
    signature: bytes
    key_fingerprint: str

    @classmethod
    def parse(cls, data: bytes, agency: str, item: dict) -> IssueStatement:
        """Strict: any bytes give a statement or a ValueError naming what is wrong."""
        try:
            return cls._parse(data, agency, item)
        except (TypeError, KeyError, AttributeError, RecursionError, UnicodeDecodeError) as exc:
            raise ValueError(f"unreadable: {type(exc).__name__}") from exc

    @classmethod
    def _parse(cls, data: bytes, agency: str, item: dict) -> IssueStatement:
        value = json.loads(data.decode("utf-8"))
        if not isinstance(value, dict) or set(value) != FIELDS:
            raise ValueError("fields")
        document, clerk = value["document"], value["clerk"]
        if not isinstance(document, dict) or set(document) != DOCUMENT_FIELDS:
            raise ValueError("document")
        if not isinstance(clerk, dict) or set(clerk) != CLERK_FIELDS:
            raise ValueError("clerk")
        texts = [value["symbol"], value["issued_at"], *clerk.values()]
        if not all(isinstance(t, str) and 0 < len(t) <= LINE for t in texts):
            raise ValueError("text")
        number = value["number"]
        checks = (
            value["format"] == issuing.STATEMENT_FORMAT,
            value["kind"] == "issue",
            value["agency"] == agency,
            document["kind"] == "report",
            document["period"] == item["period"],
            document["revision"] == item["revision"],
            document["content_sha256"] == item["content_sha256"],
            type(number) is int and 1 <= number <= 999_999,
            bool(SYMBOL.fullmatch(value["symbol"])),
            value["symbol"].split("/")[0] == str(number),
            isinstance(value["date"], str) and bool(ISO_DATE.fullmatch(value["date"])),
        )
        if not all(checks):
            raise ValueError("values")
        return cls(
            number,
            value["symbol"],
            date.fromisoformat(value["date"]),
            clerk["login"],
            clerk["name"],
            clerk["position"],
            data.decode("utf-8"),
            b"",
            "",
        )


def paths(report: Report) -> tuple[str, str]:
    stem = f"reports/{report.period_id}-r{report.revision}-issue"
    return f"{stem}.json", f"{stem}.sig"


def attach(report: Report, files: dict, item: dict) -> None:
    """Put the revision's issue statement, if it was issued, into the bundle being made."""
    row = register.issued(
        report.agency, "report", report.plan_id, report.period_id, report.revision
    )
    if row is None:
        return
    statement_path, signature_path = paths(report)
    files[statement_path] = row.statement_json.encode("utf-8")
    files[signature_path] = base64.b64decode(row.signature)
    item |= {
        "issue": statement_path,
        "issue_signature": signature_path,
        "issue_signing_key": row.key_fingerprint,
    }


def read(opened, item: dict, agency: Agency, file_name: str) -> IssueStatement | None:
    """The statement a report item names, checked; refuses the bundle when it is not sound."""
    if item.get("issue") is None:
        return None
    refusal = {"file": file_name, "period": item.get("period"), "code": "bad_issue"}
    try:
        data = opened.files[item["issue"]]
        signature = opened.files[item["issue_signature"]]
        key = AgencyKey.get_or_none(
            (AgencyKey.fingerprint == str(item["issue_signing_key"]))
            & (AgencyKey.agency == agency)
            & AgencyKey.enrolled_at.is_null(False)
        )
        if key is None:
            raise ValueError("key")
        public = serialization.load_pem_public_key(key.public_key_pem.encode("ascii"))
        public.verify(signature, data)
        parsed = IssueStatement.parse(data, agency.code, item)
    except (KeyError, TypeError, ValueError, InvalidSignature, UnicodeDecodeError) as exc:
        raise BundleRejectedError(
            "{file}: the number and date of report {period} are not validly signed", **refusal
        ) from exc
    return IssueStatement(
        **{**parsed.__dict__, "signature": signature, "key_fingerprint": key.fingerprint}
    )


def keep(agency: Agency, plan: Plan, content: dict, statement: IssueStatement) -> None:
    """DoFA's copy of the agency's register line; the same statement twice changes nothing."""
    period, revision = content["period"]["id"], content["revision"]
    existing = register.issued(agency, "report", plan.id, period, revision)
    if existing is not None:
        return  # a revision is issued once; its first statement stands
    clash = IssuedDocument.get_or_none(
        (IssuedDocument.agency == agency)
        & (IssuedDocument.year == statement.date.year)
        & (IssuedDocument.number == statement.number)
    )
    if clash is not None:
        audit.record("report.issue_clash", agency=agency.code, number=statement.symbol)
        return
    signer = content["signer"] or {}
    IssuedDocument.create(
        agency=agency,
        year=statement.date.year,
        number=statement.number,
        symbol=statement.symbol,
        issued_on=statement.date,
        kind="report",
        plan=plan,
        period_id=period,
        revision=revision,
        title=issuing.plan_report_title("Báo cáo kết quả", plan, period),
        signer_name=signer.get("name", ""),
        signer_position=signer.get("position", ""),
        recipients="\n".join(content["document"]["recipients"]),
        copies=len(content["document"]["recipients"]),
        clerk_login=statement.clerk_login,
        clerk_name=statement.clerk_name,
        clerk_position=statement.clerk_position,
        content_sha256=json.loads(statement.statement_json)["document"]["content_sha256"],
        statement_json=statement.statement_json,
        signature=base64.b64encode(statement.signature).decode("ascii"),
        key_fingerprint=statement.key_fingerprint,
        recorded_at=audit.now_iso(),
    )
