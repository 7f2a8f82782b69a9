"""The consolidated report as content (what is signed) and as a ReportDocument (what is drawn).

The content holds the full text: every passage as printed (the agency's words, or DoFA's
rewrite, attributed "(Sở Y tế)"), DoFA's summaries and assessment, the counts and the document
heading. A signed revision is drawn from its signed content, a draft from the live record.
"""

from __future__ import annotations

import json

from app.models import ConsolidatedReport
from app.services.catalogue import catalogue, periods, register
from app.services.consolidation import consolidated, consolidated_issuing
from app.services.core import labels as words
from app.services.core.text import dmy, unbroken
from app.services.core.vocabulary import Channel, DashboardStatus
from app.services.core.wire import normalise
from app.services.reports import doc_settings, issuing
from app.services.reports.report_document import DocumentEntry, DocumentSection, ReportDocument
from app.services.reports.report_pdf import amendment_sentence, cited_replacement, period_label
from app.services.reports.signoff import signer_block

CONTENT_FORMAT = 1
RECIPIENTS = ["UBND tỉnh (b/c);", "Các sở, ban, ngành, UBND các huyện, thành phố;", "Lưu: VT."]
USED = consolidated.USED
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
LABELS = (
    ("results", "Kết quả đạt được"),
    ("difficulties", "Khó khăn, vướng mắc"),
    ("proposals", "Đề xuất, kiến nghị"),
)


def percent(rate: float) -> str:
    """66.7 → "66,7" (Vietnamese decimal comma); 100.0 → "100"."""
    return str(int(rate)) if rate == int(rate) else f"{rate:.1f}".replace(".", ",")


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def attribute(paragraphs: list[str], agency_name: str) -> list[str]:
    """The agency's name in brackets at the end of the passage, before its full stop."""
    if not paragraphs:
        return []
    last = paragraphs[-1].rstrip()
    if f"({agency_name})" not in last:
        last = f"{last.rstrip('.;,:')} ({agency_name})."
    return [*paragraphs[:-1], last]


def passage_paragraphs(passage: dict, rewritten: str | None = None) -> list[str]:
    """One agency's passage on a duty, as printed: "- Tình trạng: …; tiến độ: …%. Kết quả …"."""
    if rewritten and _lines(rewritten):
        lines = _lines(rewritten)
    else:
        state = f"Tình trạng: {words.entry_status(passage['status'])}"
        if passage["progress"] is not None:
            state += f"; tiến độ: {passage['progress']}%"
        lines = [state + "."]
        for field, label in LABELS:
            parts = _lines(passage[field])
            if parts:
                lines.append(f"{label}: {parts[0]}")
                lines += parts[1:]
        if len(lines) > 1:  # the state and the first reported fact read as one sentence
            lines[:2] = [f"{lines[0]} {lines[1]}"]
    lines[0] = f"- {lines[0]}"
    return attribute(lines, passage["agency_name"])


def _passages_of(duty: catalogue.DutyInfo, mine: list[dict], rewritten: dict) -> list[dict]:
    """The duty's passages: lead agencies first, then coordinating ones, then any other."""
    order = {code: n for n, code in enumerate(duty.lead + duty.coordinating)}
    mine = list(mine)
    mine.sort(key=lambda p: (order.get(p["agency"], len(order)), p["agency"]))
    result = []
    for passage in mine:
        key = consolidated.passage_key(duty.ref, passage["agency"])
        own_words = rewritten.get(key)
        result.append(
            {
                **passage,
                "rewritten": own_words,
                "text": passage_paragraphs(passage, own_words),
            }
        )
    return result


def build_content(
    report: ConsolidatedReport,
    signer=None,
    signed_at: str | None = None,
    number: str | None = None,
) -> dict:
    """The consolidated report as a document: what is signed, and what a draft shows."""
    plan = report.plan
    period = periods.get(plan, report.period_id)
    agency = register.own_agency()
    settings = doc_settings.load(agency)
    base = consolidated.accepted(report)
    texts = consolidated.summaries(report)
    rewritten = consolidated.edits(report)
    # Grouped once: looking each duty's passages up in all of them was 300 × 45,000 compares.
    by_ref: dict[str, list[dict]] = {}
    for passage in base.get("passages", {}).values():
        by_ref.setdefault(passage["ref"], []).append(passage)
    sections = []
    for section in catalogue.outline(plan):
        if not section.reportable:
            continue
        duties, unreported = [], []
        for item in section.items:
            for duty in item.duties:
                found = _passages_of(duty, by_ref.get(duty.ref, []), rewritten)
                if found:
                    duties.append({"ref": duty.ref, "text": duty.text_vi, "passages": found})
                else:
                    unreported.append(duty.ref)
        sections.append(
            {
                "ident": section.ident,
                "title": section.title_vi,
                "summary": texts.get(section.ident, ""),
                "duties": duties,
                "unreported": unreported,
            }
        )
    return normalise(
        {
            "format": CONTENT_FORMAT,
            "kind": "consolidated_report",
            "agency": {"code": agency.code, "name_vi": agency.name_vi},
            "plan": {
                "code": plan.code,
                "number_symbol": plan.number_symbol,
                "version": plan.version,
                "date": plan.date.isoformat(),
                "title_vi": plan.title_vi,
            },
            "period": period.as_json(),
            "revision": report.revision,
            "amendment_reason": report.amend_reason,
            "counts": base.get("counts", {}),
            "reporting": base.get("reporting", []),
            "summary": texts.get("", ""),
            "sections": sections,
            "assessment": report.assessment_vi,
            "document": {
                "number": number,
                "parent_body": settings.parent_body,
                "agency_name": settings.agency_name,
                "abbreviation": settings.abbreviation,
                "place": settings.place,
                "recipients": RECIPIENTS,
            },
            "signer": signer_block(signer, settings.head_title),
            "signed_at": signed_at,
        }
    )


def content_of(report: ConsolidatedReport) -> dict:
    """The signed content of a signed revision, else the draft's content as it stands."""
    if report.content_json:
        return json.loads(report.content_json)
    return build_content(report)


def _names(reporting: list[dict], status: str, channel: str | None = None) -> list[str]:
    return [
        r["name"]
        for r in reporting
        if r["status"] == status and (channel is None or r["channel"] == channel)
    ]


def reporting_paragraphs(content: dict) -> list[str]:
    """The counts of the dashboard, in words, and who is in which state."""
    counts, reporting = content["counts"], content["reporting"]
    if not counts:
        return []
    me = content["agency"]["name_vi"]
    # format: keys of the status counts
    lines = [
        f"Tổng số cơ quan, đơn vị phải báo cáo: {counts['expected']}. {me} đã nhận được báo "
        f"cáo của {counts['received']} cơ quan, đơn vị (đạt {percent(counts['rate'])}%), "
        f"trong đó {counts['on_time']} báo cáo đúng hạn, {counts['late']} báo cáo chậm so với "
        "thời hạn."
    ]
    groups = (
        ("Chưa gửi báo cáo", _names(reporting, DashboardStatus.MISSING)),
        ("Chưa đến hạn gửi báo cáo", _names(reporting, DashboardStatus.NOT_DUE)),
        ("Gửi báo cáo chậm", _names(reporting, DashboardStatus.LATE)),
        (
            "Báo cáo đã trả lại để hoàn chỉnh, chưa gửi lại",
            _names(reporting, DashboardStatus.RETURNED),
        ),
        (
            "Báo cáo có hai nội dung khác nhau đang chờ xác định, chưa đưa vào tổng hợp",
            _names(reporting, DashboardStatus.CONFLICT),
        ),
        (
            "Báo cáo bằng văn bản giấy, không có nội dung chi tiết trong phần mềm",
            [r["name"] for r in reporting if r["channel"] == Channel.PAPER and r["status"] in USED],
        ),
    )
    for label, names in groups:
        if names:
            lines.append(f"- {label} ({len(names)}): {', '.join(names)}.")
    return lines


def _opening(content: dict, replaces: str = "") -> str:
    plan, period = content["plan"], content["period"]
    me = content["agency"]["name_vi"]
    title = plan["title_vi"]
    decision = (
        f"Thực hiện Quyết định số {plan['number_symbol']} ngày {dmy(plan['date'])} của Chủ "
        f"tịch UBND tỉnh ban hành {title[:1].lower()}{title[1:]}"
    )
    basis = (
        f"trên cơ sở báo cáo của các cơ quan, đơn vị, {me} tổng hợp, báo cáo kết quả thực hiện "
        f"{period_label(period)} (từ ngày {dmy(period['start'])} đến ngày "
        f"{dmy(period['end'])}) như sau:"
    )
    if not content["amendment_reason"]:
        return f"{decision}; {basis}"
    # As in the agency's report: the amendment is a sentence of its own before "như sau:".
    amendment = amendment_sentence(replaces, content["amendment_reason"])
    return f"{decision}. {amendment} {basis[:1].upper()}{basis[1:]}"


def document_sections(content: dict) -> tuple[DocumentSection, ...]:
    """I. the reporting situation; one section per reportable plan section; the assessment."""
    first = "\n".join([*reporting_paragraphs(content), content["summary"]])
    result = [DocumentSection("I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", (), first)]
    for section in content["sections"]:
        number = ROMAN[len(result)]
        heading = f"{number}. {section['title'].upper()} (MỤC {section['ident']} CỦA KẾ HOẠCH)"
        summary = [section["summary"]]
        if section["unreported"]:
            summary.append(
                "Chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện các nhiệm vụ: "
                f"{', '.join(section['unreported'])}."
            )
        entries = tuple(
            DocumentEntry(
                ref=duty["ref"],
                duty_text=duty["text"],
                status="",
                progress=None,
                results="",
                difficulties="",
                proposals="",
                passages=tuple(line for p in duty["passages"] for line in p["text"]),
            )
            for duty in section["duties"]
        )
        result.append(DocumentSection(heading, entries, "\n".join(summary)))
    if content["assessment"] or content["signer"]:
        heading = f"{ROMAN[len(result)]}. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ"
        result.append(DocumentSection(heading, (), content["assessment"]))
    return tuple(result)


def build_document(report: ConsolidatedReport) -> ReportDocument:
    content = content_of(report)
    signed = report.content_json is not None
    doc, plan, period = content["document"], content["plan"], content["period"]
    signer = content["signer"]
    head_title = doc_settings.load(register.own_agency()).head_title
    footer = ""
    if signed:
        footer = (
            f"Nội dung đã ký số: SHA-256 {report.content_sha256}; khóa Ed25519 "
            f"{report.key_fingerprint}; lần {content['revision']}."
        )
    label = period_label(period)
    issue = consolidated_issuing.issue_of(report) if signed else None
    number, issued_on = issuing.printed_number(issue, content)
    revision = content["revision"]
    previous = consolidated_issuing.issue_of(report, revision - 1) if revision > 1 else None
    replaces = cited_replacement(previous, revision)
    return ReportDocument(
        parent_body=doc["parent_body"],
        agency_name=doc["agency_name"],
        number_symbol=f"Số: {number or '     /BC-' + doc['abbreviation']}",
        place=doc["place"],
        issued_on=issued_on,  # unissued: left blank, as on paper
        title="BÁO CÁO",
        subtitle=(
            f"Tổng hợp kết quả {unbroken(label)} thực hiện Quyết định "
            f"{unbroken('số ' + plan['number_symbol'])} {unbroken('ngày ' + dmy(plan['date']))} "
            "của Chủ tịch UBND tỉnh"
        ),
        opening=_opening(content, replaces),
        sections=document_sections(content),
        closing=(
            f"Trên đây là báo cáo tổng hợp kết quả thực hiện Kế hoạch {label}, "
            f"{content['agency']['name_vi']} kính báo cáo UBND tỉnh xem xét, chỉ đạo./."
        ),
        signer_capacity=signer["capacity"] if signer else None,
        signer_position=(signer["position"] if signer else head_title).upper(),
        signer_name=signer["name"] if signer else None,
        recipients=tuple("- " + line for line in doc["recipients"]),
        draft=not signed,
        footer_note=footer,
    )
