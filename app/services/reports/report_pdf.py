"""An agency report as an official document: content (signed or draft) → ReportDocument → PDF."""

from __future__ import annotations

from pathlib import Path

from app.models import PlanSection, Report
from app.services.core import files
from app.services.core import labels as words
from app.services.core.errors import UserError
from app.services.core.text import dmy, unbroken
from app.services.reports import doc_settings, evidence, issuing, signoff
from app.services.reports.report_document import DocumentEntry, DocumentSection, ReportDocument


def period_label(period: dict) -> str:
    return words.period_words(period["id"])


def cited_replacement(previous, revision: int) -> str:
    """What an amendment replaces: the issued document by number and date, else the revision.
    `previous` is the replaced revision's issue (anything with `symbol` and `date`), or None."""
    if previous is None:
        return f"Báo cáo này là lần {revision}, thay thế báo cáo lần {revision - 1}"
    return f"Báo cáo này thay thế Báo cáo số {previous.symbol} ngày {previous.date:%d/%m/%Y}"


def amendment_sentence(cited: str, reason: str) -> str:
    """An amendment's own sentence, as both the agency's and the consolidated report print it
    before their "như sau:"."""
    return f"{cited}; lý do: {reason.strip().rstrip(' .')}."


def replaces(report: Report, revision: int) -> str:
    """An amendment cites the document it replaces by number and date once that was issued."""
    return cited_replacement(issuing.issue_of_revision(report, revision - 1), revision)


def build_document(report: Report) -> ReportDocument:
    signed = report.content_json is not None
    content = signoff.verified_content(report) if signed else signoff.build_content(report)
    settings = doc_settings.load(report.agency)
    doc = content["document"]
    plan, period = content["plan"], content["period"]
    agency_name = content["agency"]["name_vi"]
    label = period_label(period)
    plan_phrase = f"Quyết định số {plan['number_symbol']} ngày {dmy(report.plan.date.isoformat())}"
    opening = (
        f"Thực hiện {plan_phrase} của Chủ tịch UBND tỉnh ban hành "
        f"{report.plan.title_vi[0].lower()}{report.plan.title_vi[1:]}"
    )
    impl = content["implementation_plan"]
    if impl["number"]:
        opening += (
            f"; {agency_name} đã ban hành Kế hoạch số {impl['number']}"
            f"{' ngày ' + dmy(impl['date']) if impl['date'] else ''}"
            f"{' về ' + impl['title'] if impl['title'] else ''} để triển khai thực hiện"
        )
    opening += "."
    if content["amendment_reason"]:  # its own sentence, before the report's "như sau:"
        cited = replaces(report, content["revision"])
        opening += f" {amendment_sentence(cited, content['amendment_reason'])}"
    opening += (
        f" {agency_name} báo cáo kết quả thực hiện {label} (từ ngày {dmy(period['start'])} "
        f"đến ngày {dmy(period['end'])}) như sau:"
    )
    signer = content["signer"]
    issue = issuing.issue_of(report) if signed else None
    number, issued_on = issuing.printed_number(issue, content)
    footer = ""
    if signed:
        footer = (
            f"Nội dung đã ký số: SHA-256 {report.content_sha256}; khóa Ed25519 "
            f"{report.key_fingerprint}; lần {content['revision']}."
        )
    return ReportDocument(
        parent_body=doc["parent_body"],
        agency_name=doc["agency_name"],
        number_symbol=f"Số: {number or '     /BC-' + doc['abbreviation']}",
        place=doc["place"],
        issued_on=issued_on,  # unissued: left blank, as on paper
        title="BÁO CÁO",
        subtitle=(
            f"Kết quả thực hiện Quyết định {unbroken('số ' + plan['number_symbol'])} "
            f"{unbroken('ngày ' + dmy(report.plan.date.isoformat()))} {unbroken(label)}"
        ),
        opening=opening,
        sections=_sections(report, content["entries"]),
        closing=(
            f"Trên đây là báo cáo kết quả thực hiện {label} của {agency_name}, kính gửi UBND "
            "tỉnh (qua Sở Ngoại vụ) để tổng hợp./."
        ),
        signer_capacity=signer["capacity"] if signer else None,
        signer_position=(signer["position"] if signer else settings.head_title).upper(),
        signer_name=signer["name"] if signer else None,
        recipients=tuple("- " + line for line in doc["recipients"]),
        draft=not signed,
        footer_note=footer,
        content_sha256=report.content_sha256 if signed else "",
    )


def _sections(report: Report, entries: list[dict]) -> tuple[DocumentSection, ...]:
    titles = {
        s.ident: f"{s.ident}. {s.title_vi}"
        for s in PlanSection.select().where(PlanSection.plan == report.plan)
    }
    by_section: dict[str, list[DocumentEntry]] = {}  # in the order the entries come
    for entry in entries:
        by_section.setdefault(entry["section"], []).append(
            DocumentEntry(
                ref=entry["ref"],
                duty_text=entry["duty_text"],
                status=words.entry_status(entry["status"]),
                progress=entry["progress"],
                results=entry["results"],
                difficulties=entry["difficulties"],
                proposals=entry["proposals"],
                attachments=tuple(a["name"] for a in entry["attachments"]),
            )
        )
    return tuple(
        DocumentSection(titles.get(ident, ident), tuple(listed))
        for ident, listed in by_section.items()
    )


def write_pdf(profile_folder: Path, report: Report, out: Path) -> None:
    """The report as a PDF; a report signed with a token is that signed file, byte for byte,
    from the evidence store of the workstation whose profile folder is given."""
    if report.pdf_sha256:
        files.write_atomically(out, signed_pdf_bytes(profile_folder, report))
        return
    from app.services.reports.pdf_report import render_report  # reportlab loads only when printing

    render_report(build_document(report), out)


def signed_pdf_bytes(profile_folder: Path, report: Report) -> bytes:
    """The token-signed PDF kept in the evidence store of the profile in `profile_folder` (its
    folder, or the office's database)."""
    try:
        return evidence.read_bytes(profile_folder, report.pdf_sha256)
    except OSError as exc:
        raise UserError(
            "the signed PDF of report {period} is missing from this workstation",
            period=report.period_id,
        ) from exc
