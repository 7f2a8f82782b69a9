"""Reminder letters (công văn đôn đốc) to the agencies that are late or missing for a period.

Section IV.2 of Decision 590 has DoFA monitor and urge the agencies. The letter is a công văn in
the Decree 30 layout: no title, its excerpt ("V/v đôn đốc báo cáo …") under the number, the
agencies under "Kính gửi:", the plan and the due date cited. A letter to many agencies names
them under "Nơi nhận" (grouped by kind) and says "Kính gửi: Các cơ quan, đơn vị có tên tại Nơi
nhận", as Decree 30 allows, instead of a page of names. Writing and issuing the letter is in
reminder_letters.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.models import Agency, Plan, Reminder, UserAccount
from app.services.catalogue import periods, register
from app.services.core.audit import VIETNAM
from app.services.core.errors import UserError
from app.services.core.text import dmy, unbroken
from app.services.core.vocabulary import AgencyKind, DashboardStatus, UserRole
from app.services.dashboard import dashboard
from app.services.reports import doc_settings
from app.services.reports.report_document import ReportDocument
from app.services.reports.report_pdf import period_label
from app.services.reports.signoff import signing_capacity

REMINDABLE = (
    DashboardStatus.MISSING,
    DashboardStatus.LATE,
    DashboardStatus.RETURNED,
    DashboardStatus.NOT_DUE,
)  # who may get a letter
BY_DEFAULT = (DashboardStatus.MISSING, DashboardStatus.LATE)  # who gets one unless others are named
NOT_SENT = (DashboardStatus.MISSING, DashboardStatus.NOT_DUE)
RECIPIENTS = ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT."]


@dataclass
class Candidate:
    agency: Agency
    status: str  # a dashboard status among REMINDABLE
    last_sent: Reminder | None

    @property
    def by_default(self) -> bool:
        return self.status in BY_DEFAULT


def last_sent(plan: Plan, period_id: str) -> dict[str, Reminder]:
    """Agency code → the latest reminder about this period."""
    rows = (
        Reminder.select(Reminder, Agency)
        .join(Agency)
        .where((Reminder.plan == plan) & (Reminder.period_id == period_id))
        .order_by(Reminder.id)
    )
    return {row.agency.code: row for row in rows}


def candidates(plan: Plan, period_id: str, today: date | None = None) -> list[Candidate]:
    """Every expected agency that has not reported on time for the period, in register order."""
    period = periods.get(plan, period_id)
    agencies = {a.code: a for a in dashboard.expected_agencies(plan)}
    sent = last_sent(plan, period_id)
    me = register.own_agency().code  # DoFA writes no letter to itself
    return [
        Candidate(agencies[row[0].agency], row[0].status, sent.get(row[0].agency))
        for row in dashboard.matrix(plan, [period], today)
        if row[0].status in REMINDABLE and row[0].agency != me
    ]


def choose(
    plan: Plan, period_id: str, codes: list[str] | None = None, today: date | None = None
) -> list[Candidate]:
    """The named agencies (checked), else the late and missing ones; refuses when none."""
    if not periods.is_tracked(plan, period_id):
        raise UserError(
            "{period} is before the first period DoFA follows up ({first}): no reminders",
            period=period_id,
            first=periods.tracked_from(plan),
        )
    found = candidates(plan, period_id, today)
    if not codes:
        chosen = [c for c in found if c.by_default]
        if not chosen:
            raise UserError(
                "nothing to remind for {period}: no agency is late or missing", period=period_id
            )
        return chosen
    by_code = {c.agency.code: c for c in found}
    expected = {a.code for a in dashboard.expected_agencies(plan)}
    chosen = []
    for code in codes:
        agency = register.get(code)
        if agency.code == register.own_agency().code:
            raise UserError(
                "{name} is this workstation's own agency: it writes no reminder to itself",
                name=agency.name_vi,
            )
        if agency.code not in expected:
            raise UserError(
                "{name} has no duty in the plan, so it is not asked to report",
                name=agency.name_vi,
            )
        if agency.code not in by_code:
            raise UserError(
                "{name} has already reported for {period}; there is nothing to remind it of",
                name=agency.name_vi,
                period=period_id,
            )
        if by_code[agency.code] not in chosen:
            chosen.append(by_code[agency.code])
    return chosen


SHORT_LIST = 5  # longer lists are not repeated in the body: the addressees name them


def _names(targets: list[Candidate], statuses: tuple[str, ...]) -> list[str]:
    return [t.agency.name_vi for t in targets if t.status in statuses]


def _all_of(targets: list[Candidate]) -> str:
    """The addressees together: named above under "Kính gửi", or below under "Nơi nhận"."""
    if len(targets) > ADDRESSEES_IN_FULL:
        return "các cơ quan, đơn vị có tên tại Nơi nhận"
    return "các cơ quan, đơn vị nêu trên"


def _refer(names: list[str], targets: list[Candidate], group: str) -> str:
    """The addressees, these named ones, or a group of the addressees by what they did."""
    if len(names) == len(targets):
        return "Quý cơ quan" if len(targets) == 1 else _all_of(targets)
    return ", ".join(names) if len(names) <= SHORT_LIST else group


ADDRESSEES_IN_FULL = 6  # more go to "Nơi nhận", grouped by kind
KIND_GROUPS = (  # how Nơi nhận groups a long list, in this order
    (AgencyKind.DEPARTMENT, "Các sở, ban, ngành"),
    (AgencyKind.ARMED_FORCE, "Bộ Chỉ huy quân sự, Công an tỉnh"),
    (AgencyKind.DISTRICT, "UBND các huyện, thị xã, thành phố"),
    (AgencyKind.COMMUNE, "UBND các xã, phường, thị trấn"),
    (AgencyKind.MASS_ORGANISATION, "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội"),
    (AgencyKind.OTHER, "Các cơ quan, đơn vị khác"),
)


def _addressees(targets: list[Candidate]) -> list[str]:
    names = [t.agency.name_vi for t in targets]
    if len(names) == 1:
        return names
    if len(names) > ADDRESSEES_IN_FULL:
        return ["Các cơ quan, đơn vị có tên tại Nơi nhận"]
    return [f"- {name};" for name in names[:-1]] + [f"- {names[-1]}."]


def _recipients(targets: list[Candidate]) -> list[str]:
    """ "Nơi nhận": "Như trên" for a short list; a long one by kind, names run on."""
    if len(targets) <= ADDRESSEES_IN_FULL:
        return RECIPIENTS
    lines = []
    for kind, group in KIND_GROUPS:
        names = [t.agency.name_vi for t in targets if t.agency.kind == kind]
        if names:
            lines.append(f"- {group}: {', '.join(names)};")
    return lines + RECIPIENTS[1:]


def _body(plan: Plan, period: periods.Period, targets: list[Candidate], today: date) -> str:
    me = register.own_agency().name_vi
    label = period_label(period.as_json())
    title = plan.title_vi
    lines = [
        f"Thực hiện Quyết định số {plan.number_symbol} ngày {dmy(plan.date)} của Chủ tịch UBND "
        f"tỉnh ban hành {title[:1].lower()}{title[1:]}, định kỳ 06 tháng, năm các cơ quan, đơn "
        f"vị báo cáo UBND tỉnh (thông qua {me}) về tình hình, kết quả thực hiện Kế hoạch.",
    ]
    facts = (
        f"Thời hạn gửi báo cáo kết quả thực hiện {label} (số liệu từ ngày {dmy(period.start)} "
        f"đến ngày {dmy(period.end)}) là ngày {dmy(period.due)}."
    )
    not_sent, returned = _names(targets, NOT_SENT), _names(targets, (DashboardStatus.RETURNED,))
    late = _names(targets, (DashboardStatus.LATE,))
    if not_sent:
        others = [t.agency.name_vi for t in targets if t.status not in NOT_SENT]
        whose = _refer(not_sent, targets, "")
        if not whose:  # many: the addressees but the few others
            whose = f"{_all_of(targets)}, trừ {', '.join(others)}"
        facts += f" Đến ngày {dmy(today)}, {me} chưa nhận được báo cáo của {whose}."
    if returned:
        facts += (
            f" Báo cáo của {', '.join(returned)} đã được trả lại để hoàn chỉnh nhưng đến nay "
            "chưa được gửi lại."
        )
    if late:
        facts += f" {', '.join(late)} đã gửi báo cáo nhưng chậm so với thời hạn quy định."
    lines.append(facts)
    owing = not_sent + returned
    if owing:
        who = _refer(owing, targets, "các cơ quan, đơn vị chưa gửi báo cáo")
        lines.append(
            f"Để kịp thời tổng hợp, báo cáo UBND tỉnh, {me} đề nghị {who} khẩn trương hoàn "
            f"thành và gửi báo cáo về {me} (tệp báo cáo của phần mềm Theo dõi thực hiện Kế "
            "hoạch, hoặc văn bản giấy)."
        )
    if late:
        who = _refer(late, targets, "các cơ quan, đơn vị gửi báo cáo chậm")
        lines.append(
            f"Đề nghị {who} lưu ý gửi báo cáo đúng thời hạn trong các kỳ báo cáo tiếp theo."
        )
    return "\n".join(lines)


def default_signer() -> UserAccount | None:
    """The first active approver (the head of agency is normally the first account)."""
    return (
        UserAccount.select()
        .where((UserAccount.role == UserRole.APPROVER) & UserAccount.active.is_true())
        .order_by(UserAccount.id)
        .first()
    )


def build_letter(
    plan: Plan,
    period_id: str,
    targets: list[Candidate],
    symbol: str | None,
    issued_on: date | None,
    signer: UserAccount | None = None,
) -> ReportDocument:
    """The letter; without a symbol it is a draft: number and date blank, DỰ THẢO."""
    period = periods.get(plan, period_id)
    settings = doc_settings.load(register.own_agency())
    return ReportDocument(
        parent_body=settings.parent_body,
        agency_name=settings.agency_name,
        number_symbol=f"Số: {symbol or '     /' + letter_symbol_tail(settings)}",
        place=settings.place,
        issued_on=issued_on if symbol else None,
        title="",
        subtitle="",
        excerpt=excerpt(plan, period),
        addressees=tuple(_addressees(targets)),
        opening=_body(plan, period, targets, issued_on or datetime.now(VIETNAM).date()),
        sections=(),
        closing="Rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan, đơn vị./.",
        signer_capacity=signing_capacity(signer.position, settings.head_title) if signer else None,
        signer_position=(signer.position if signer else settings.head_title).upper(),
        signer_name=signer.full_name if signer and symbol else None,
        recipients=tuple(_recipients(targets)),
        draft=symbol is None,
    )


def letter_symbol_tail(settings: doc_settings.DocSettings) -> str:
    """A công văn's symbol: the agency, then the drafting unit ("SNGV-VP"), Decree 30 App. I."""
    unit = settings.drafting_unit.strip()
    return f"{settings.abbreviation}-{unit}" if unit else settings.abbreviation


def excerpt(plan: Plan, period: periods.Period) -> str:
    return (
        f"V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch "
        f"{unbroken(period_label(period.as_json()))} "
        f"(Quyết định {unbroken('số ' + plan.number_symbol)})"
    )
