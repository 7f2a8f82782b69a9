"""What a person reads for each word of the domain: one table per language.

Screens, PDFs, Excel, the command line and the activity log all take their words from here, so
a status reads the same everywhere ("Trễ hạn" on the dashboard is "Trễ hạn" in the workbook).
Vietnamese is the official language of every document; English serves the interface.
"""

from __future__ import annotations

from enum import StrEnum

from app.services.core.text import english_number, mid_sentence
from app.services.core.vocabulary import (
    AgeIdentity,
    AgencyKind,
    Channel,
    DashboardStatus,
    DocumentKind,
    DutyBucket,
    DutyRole,
    EntryStatus,
    ImportStatus,
    KeyStorage,
    PassageChange,
    PeriodKind,
    PlanUpdate,
    ReportOutcome,
    ReportStatus,
    UserRole,
)

VI: dict[type[StrEnum], dict[str, str]] = {
    AgencyKind: {
        AgencyKind.DEPARTMENT: "Sở, ban, ngành",
        AgencyKind.DISTRICT: "UBND cấp huyện",
        AgencyKind.COMMUNE: "UBND cấp xã",
        AgencyKind.ARMED_FORCE: "Công an, quân sự, biên phòng",
        AgencyKind.MASS_ORGANISATION: "Mặt trận Tổ quốc, tổ chức chính trị - xã hội",
        AgencyKind.OTHER: "Khác",
    },
    DutyRole: {DutyRole.LEAD: "Chủ trì", DutyRole.COORDINATING: "Phối hợp"},
    UserRole: {
        UserRole.DRAFTER: "Người soạn thảo",
        UserRole.APPROVER: "Người phê duyệt",
        UserRole.CLERK: "Văn thư",
    },
    EntryStatus: {
        EntryStatus.NOT_STARTED: "Chưa triển khai",
        EntryStatus.IN_PROGRESS: "Đang triển khai",
        EntryStatus.DONE: "Đã hoàn thành",
        EntryStatus.ONGOING: "Thực hiện thường xuyên",
        EntryStatus.STALLED: "Đình trệ, vướng mắc",
    },
    ReportStatus: {
        ReportStatus.DRAFT: "Dự thảo",
        ReportStatus.SUBMITTED: "Chờ ký duyệt",
        ReportStatus.SIGNED: "Đã ký",
        ReportStatus.SENT: "Đã gửi",
        ReportStatus.RECEIVED: "Đã được tiếp nhận",
        ReportStatus.RETURNED: "Bị trả lại để điều chỉnh",
    },
    DashboardStatus: {
        DashboardStatus.NOT_DUE: "Chưa đến hạn",
        DashboardStatus.NOT_TRACKED: "Không theo dõi",
        DashboardStatus.MISSING: "Chưa nộp",
        DashboardStatus.ON_TIME: "Đúng hạn",
        DashboardStatus.LATE: "Trễ hạn",
        DashboardStatus.NEEDS_REVIEW: "Cần xem lại (thời điểm ký)",
        DashboardStatus.RETURNED: "Trả lại",
        DashboardStatus.CONFLICT: "Xung đột",
    },
    Channel: {
        Channel.BUNDLE: "Tệp điện tử",
        Channel.PAPER: "Văn bản giấy hoặc thư điện tử thường",
        Channel.LOCAL: "Lập trên máy này",
    },
    ImportStatus: {
        ImportStatus.IMPORTED: "Đã nhập",
        ImportStatus.ALREADY_IMPORTED: "Đã nhập trước đó",
        ImportStatus.REJECTED: "Bị từ chối",
        ImportStatus.CONFLICT: "Đã nhập; có xung đột cần quyết định",
    },
    ReportOutcome: {
        ReportOutcome.NEW: "Báo cáo mới",
        ReportOutcome.UPDATED: "Lần báo cáo mới hơn: thay bản đang lưu",
        ReportOutcome.SUPERSEDED: "Lần báo cáo cũ hơn: được lưu lại",
        ReportOutcome.UNCHANGED: "Không đổi",
        ReportOutcome.CONFLICT: "Xung đột: nội dung khác với lần báo cáo đang lưu",
    },
    DocumentKind: {
        DocumentKind.REPORT: "Báo cáo",
        DocumentKind.CONSOLIDATED: "Báo cáo tổng hợp",
        DocumentKind.REMINDER: "Công văn đôn đốc",
    },
    PlanUpdate: {
        PlanUpdate.ADDED: "Kế hoạch mới",
        PlanUpdate.UPDATED: "Kế hoạch được cập nhật",
        PlanUpdate.UNCHANGED: "Kế hoạch không đổi",
    },
    PassageChange: {
        PassageChange.ADDED: "Báo cáo mới",
        PassageChange.CHANGED: "Thay đổi trong lần báo cáo mới",
        PassageChange.REMOVED: "Không còn sử dụng được (bị trả lại hoặc có xung đột)",
    },
    PeriodKind: {PeriodKind.HALF_YEAR: "Báo cáo 6 tháng", PeriodKind.YEAR: "Báo cáo năm"},
    KeyStorage: {
        KeyStorage.KEYRING: "Kho bí mật của máy",
        KeyStorage.FILE: "Tệp có cụm mật khẩu",
        KeyStorage.DATABASE: "Cơ sở dữ liệu của văn phòng, khóa bằng cụm mật khẩu",
    },
    AgeIdentity: {
        AgeIdentity.DECRYPTION: "Khóa giải mã",
        AgeIdentity.ESCROW: "Khóa lưu ký dự phòng",
    },
}

EN: dict[type[StrEnum], dict[str, str]] = {
    AgencyKind: {
        AgencyKind.DEPARTMENT: "Department, board or sector",
        AgencyKind.DISTRICT: "District-level People's Committee",
        AgencyKind.COMMUNE: "Commune-level People's Committee",
        AgencyKind.ARMED_FORCE: "Police or military command",
        AgencyKind.MASS_ORGANISATION: "Fatherland Front or mass organisation",
        AgencyKind.OTHER: "Other",
    },
    DutyRole: {DutyRole.LEAD: "Lead", DutyRole.COORDINATING: "Coordinating"},
    UserRole: {
        UserRole.DRAFTER: "Drafter",
        UserRole.APPROVER: "Approver",
        UserRole.CLERK: "Records clerk",
    },
    EntryStatus: {
        EntryStatus.NOT_STARTED: "Not started",
        EntryStatus.IN_PROGRESS: "In progress",
        EntryStatus.DONE: "Done",
        EntryStatus.ONGOING: "Ongoing",
        EntryStatus.STALLED: "Stalled",
    },
    ReportStatus: {
        ReportStatus.DRAFT: "Draft",
        ReportStatus.SUBMITTED: "Awaiting sign-off",
        ReportStatus.SIGNED: "Signed",
        ReportStatus.SENT: "Sent",
        ReportStatus.RECEIVED: "Received",
        ReportStatus.RETURNED: "Returned for revision",
    },
    DashboardStatus: {
        DashboardStatus.NOT_DUE: "Not yet due",
        DashboardStatus.NOT_TRACKED: "Not tracked",
        DashboardStatus.MISSING: "Missing",
        DashboardStatus.ON_TIME: "On time",
        DashboardStatus.LATE: "Late",
        DashboardStatus.NEEDS_REVIEW: "Needs review (sign-off time)",
        DashboardStatus.RETURNED: "Returned",
        DashboardStatus.CONFLICT: "Conflict",
    },
    Channel: {
        Channel.BUNDLE: "Bundle file",
        Channel.PAPER: "Paper or plain email",
        Channel.LOCAL: "Written on this workstation",
    },
    ImportStatus: {
        ImportStatus.IMPORTED: "Imported",
        ImportStatus.ALREADY_IMPORTED: "Already imported",
        ImportStatus.REJECTED: "Rejected",
        ImportStatus.CONFLICT: "Imported; a conflict to decide",
    },
    ReportOutcome: {
        ReportOutcome.NEW: "New report",
        ReportOutcome.UPDATED: "Newer revision: replaces the one on record",
        ReportOutcome.SUPERSEDED: "Older revision: kept for the record",
        ReportOutcome.UNCHANGED: "Unchanged",
        ReportOutcome.CONFLICT: "Conflict: a different content for a revision on record",
    },
    DocumentKind: {
        DocumentKind.REPORT: "Report",
        DocumentKind.CONSOLIDATED: "Consolidated report",
        DocumentKind.REMINDER: "Reminder letter",
    },
    PlanUpdate: {
        PlanUpdate.ADDED: "New plan",
        PlanUpdate.UPDATED: "Plan updated",
        PlanUpdate.UNCHANGED: "Plan unchanged",
    },
    PassageChange: {
        PassageChange.ADDED: "Newly reported",
        PassageChange.CHANGED: "Changed in a new revision",
        PassageChange.REMOVED: "No longer usable (returned or in conflict)",
    },
    PeriodKind: {PeriodKind.HALF_YEAR: "Six-month report", PeriodKind.YEAR: "Annual report"},
    KeyStorage: {
        KeyStorage.KEYRING: "This computer's secret store",
        KeyStorage.FILE: "Passphrase-protected file",
        KeyStorage.DATABASE: "Office database, locked with a passphrase",
    },
    AgeIdentity: {
        AgeIdentity.DECRYPTION: "Decryption key",
        AgeIdentity.ESCROW: "Escrow key",
    },
}


def _duty_buckets(statuses: dict[str, str], not_reported: str) -> dict[str, str]:
    """A duty's bucket reads as the entry status it stands for ("Đã hoàn thành" in the duty
    view as in the report); the one bucket that is no status has its own words."""
    return {b: statuses.get(b, not_reported) for b in DutyBucket}


VI[DutyBucket] = _duty_buckets(VI[EntryStatus], "Chưa báo cáo")
EN[DutyBucket] = _duty_buckets(EN[EntryStatus], "Not reported")

TABLES = {"vi": VI, "en": EN}

# How many of a word a summary counts ("3 báo cáo được cập nhật"). An import's outcome reads
# differently counted than named ("Lần báo cáo mới hơn: thay bản đang lưu"), so it has a phrase
# of its own per language, beside its label; any other word is counted as its label after the
# number and the noun of the counted thing ("2 tệp bị từ chối", "2 rejected").
COUNTED_VI: dict[type[StrEnum], dict[str, str]] = {
    ReportOutcome: {
        ReportOutcome.NEW: "{n} báo cáo mới",
        ReportOutcome.UPDATED: "{n} báo cáo được cập nhật",
        ReportOutcome.SUPERSEDED: "{n} lần báo cáo cũ hơn được lưu lại",
        ReportOutcome.UNCHANGED: "{n} báo cáo không đổi",
        ReportOutcome.CONFLICT: "{n} xung đột cần quyết định",
    },
}
COUNTED_EN: dict[type[StrEnum], dict[str, str]] = {
    ReportOutcome: {
        ReportOutcome.NEW: "{n} new report(s)",
        ReportOutcome.UPDATED: "{n} report(s) updated",
        ReportOutcome.SUPERSEDED: "{n} older revision(s) kept for the record",
        ReportOutcome.UNCHANGED: "{n} report(s) unchanged",
        ReportOutcome.CONFLICT: "{n} conflict(s) to decide",
    },
}
COUNTED = {"vi": COUNTED_VI, "en": COUNTED_EN}
# The noun a count of each other vocabulary names, before the word's label.
COUNTED_NOUNS = {"vi": {ImportStatus: "tệp"}, "en": {}}
# An entry that has no status yet.
NO_STATUS = {"vi": "Chưa đánh giá", "en": "No status yet"}


def label(word: StrEnum, language: str = "vi") -> str:
    """The word as a person reads it in `language` ("vi" or "en"; Vietnamese otherwise)."""
    table = TABLES.get(language, VI)
    return table[type(word)][word]


def counted(word: StrEnum, n: int, language: str = "vi") -> str:
    """ "3 báo cáo được cập nhật", "1 tệp bị từ chối" / "1 report updated", "1 rejected": n of
    a word, in a summary (English nouns agree with n; Vietnamese ones have no plural)."""
    language = language if language in TABLES else "vi"
    phrases = COUNTED[language].get(type(word))
    if phrases is not None:
        phrase = phrases[word]
        return (english_number(phrase, n) if language == "en" else phrase).format(n=n)
    noun = COUNTED_NOUNS[language].get(type(word))
    return " ".join([str(n), *([noun] if noun else []), mid_sentence(label(word, language))])


def period_words(period_id: str) -> str:
    """ "2026-H1" → "6 tháng đầu năm 2026", "2026-Y" → "năm 2026": a period as documents name it."""
    year, part = period_id.split("-")
    return f"6 tháng đầu năm {year}" if part == "H1" else f"năm {year}"


def entry_status(status: str | None, language: str = "vi") -> str:
    """An entry's status, or that it has none yet."""
    return label_of(EntryStatus, status, language) if status else NO_STATUS.get(language, "")


def label_of(vocabulary: type[StrEnum], value: str | None, language: str = "vi") -> str:
    """A stored value's label; "" for none, and the value itself when it is not a word of the
    vocabulary (an older record), so nothing shown is ever blank by surprise."""
    if value is None or value == "":
        return ""
    try:
        return label(vocabulary(value), language)
    except ValueError:
        return str(value)
