"""What an official report document contains, independent of how it is stored or drawn.

The report service fills a ReportDocument from the database; pdf_report draws it in the layout
of Decree 30/2020/NĐ-CP. Every text here is final Vietnamese text in NFC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DocumentEntry:
    """One duty's entry: what was done on it in the period."""

    ref: str  # "III.2.3"
    duty_text: str  # the duty's text as issued
    status: str  # a label, e.g. "Đang thực hiện"
    progress: int | None  # percent
    results: str
    difficulties: str
    proposals: str
    attachments: tuple[str, ...] = ()  # file names
    # A consolidated report: what each agency reported on the duty, attributed, as paragraphs.
    passages: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentSection:
    """A plan section ("III. NHIỆM VỤ CỤ THỂ") with the entries that fall under it."""

    heading: str
    entries: tuple[DocumentEntry, ...]
    summary: str = ""  # paragraphs before the entries (the consolidating agency's own words)


@dataclass(frozen=True)
class ReportDocument:
    parent_body: str  # "UBND TỈNH QUẢNG NGÃI"
    agency_name: str  # "SỞ Y TẾ"
    number_symbol: str  # "Số: 12/BC-SYT"; before sign-off "Số:      /BC-SYT"
    place: str  # "Quảng Ngãi"
    issued_on: date | None  # None before sign-off: the date line is left to fill in
    title: str  # "BÁO CÁO"
    subtitle: str  # "Kết quả thực hiện Kế hoạch số 590/QĐ-UBND … 6 tháng đầu năm 2026"
    opening: str  # the paragraph before the sections
    sections: tuple[DocumentSection, ...]
    closing: str  # the paragraph after the sections
    signer_capacity: str | None  # "KT. GIÁM ĐỐC" when a deputy signs, else None
    signer_position: str  # "PHÓ GIÁM ĐỐC" / "GIÁM ĐỐC"
    signer_name: str | None  # None before sign-off
    recipients: tuple[str, ...]  # "Nơi nhận" lines, e.g. "- UBND tỉnh (b/c);"
    draft: bool = False  # every page marked DỰ THẢO
    footer_note: str = ""  # e.g. the content hash and signature reference
    content_sha256: str = ""  # of the signed content the document shows (in the PDF's keywords)
    # A letter (công văn) has no title: its excerpt ("V/v …") stands under the number, and the
    # addressees ("Kính gửi:") follow the heading.
    excerpt: str = ""
    addressees: tuple[str, ...] = ()
