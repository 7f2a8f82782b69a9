"""The activity log reads as sentences in the interface language, not as raw keys."""

from __future__ import annotations

import json

import pytest

from app.ui.accounts.audit_sentences import detail_sentence
from app.ui.kit import i18n

IMPORT = json.dumps(
    {
        "agency": "SYT",
        "file": "b.ptbundle",
        "period": "2026-Y",
        "sequence": 3,
        "verdict": "conflict",
    }
)


@pytest.fixture
def vietnamese(qapp):
    i18n.install("vi")
    yield
    i18n.install("vi")


def test_common_actions_read_as_vietnamese_sentences(vietnamese):
    assert detail_sentence("bundle.import", IMPORT) == (
        "Gói số 3 của SYT (b.ptbundle): xung đột, để riêng chờ quyết định."
    )
    edit = json.dumps({"period": "2026-H1", "ref": "III.1.1", "fields": ["status", "progress"]})
    assert detail_sentence("report.edit", edit) == (
        "Nhiệm vụ III.1.1 của báo cáo 6 tháng đầu năm 2026: tình trạng, tiến độ."
    )


def test_other_actions_show_named_values_in_words(vietnamese):
    setup = json.dumps({"agency": "SYT", "consolidating": False})
    assert detail_sentence("profile.setup", setup) == "cơ quan: SYT; máy tổng hợp: không"


def test_dates_read_day_first_and_consolidated_parts_in_words(vietnamese):
    issued = json.dumps({"period": "2026-Y", "number": "1/BC-SNGV", "date": "2026-12-05"})
    assert detail_sentence("consolidated.issue", issued) == (
        "kỳ: năm 2026; số: 1/BC-SNGV; ngày: 05/12/2026"
    )
    paper = json.dumps({"agency": "SKHDT", "period": "2026-H1", "date": "2026-06-25"})
    assert detail_sentence("report.paper", paper).endswith("ngày 25/06/2026.")
    edits = [json.dumps({"period": "2026-Y", "part": p}) for p in ("assessment", "summary III")]
    assert [detail_sentence("consolidated.edit", e) for e in edits] == [
        "kỳ: năm 2026; phần: đánh giá chung",
        "kỳ: năm 2026; phần: tóm tắt mục III",
    ]


def test_english_on_request(qapp):
    i18n.install("en")
    try:
        assert detail_sentence("bundle.import", IMPORT) == (
            "Bundle No. 3 from SYT (b.ptbundle): conflict, kept aside to decide."
        )
    finally:
        i18n.install("vi")
