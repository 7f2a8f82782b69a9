"""The activity log reads as sentences in the interface language, not as raw keys."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from app.ui.accounts.audit_sentences import KEY_LABELS, detail_sentence
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
        "Gói số 3 của SYT (b.ptbundle): đã nhập; có xung đột cần quyết định."
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
            "Bundle No. 3 from SYT (b.ptbundle): imported; a conflict to decide."
        )
    finally:
        i18n.install("vi")


REFUSED = json.dumps(
    {"file": "syt.ptkit", "message": "syt.ptkit is not a Plan Tracker bundle", "reason": "x"}
)


def test_a_refused_bundle_reads_in_the_interface_language(vietnamese):
    """The refusal is kept in English as raised; it showed so in the Vietnamese log."""
    assert detail_sentence("bundle.rejected", REFUSED) == (
        "Từ chối gói syt.ptkit: syt.ptkit không phải là gói dữ liệu của phần mềm"
        " Theo dõi thực hiện Kế hoạch."
    )
    i18n.install("en")
    assert detail_sentence("bundle.rejected", REFUSED) == (
        "Bundle syt.ptkit rejected: syt.ptkit is not a Plan Tracker bundle."
    )


def test_a_refusal_no_template_makes_stays_as_kept(vietnamese):
    odd = json.dumps({"file": "a.ptbundle", "message": "disk on fire"})
    assert detail_sentence("bundle.rejected", odd) == "Từ chối gói a.ptbundle: disk on fire."


def _record_calls() -> list[tuple[str, ast.Call]]:
    """(where, call) for every `audit.record(action, …)` in app/."""
    calls = []
    for path in Path("app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            if not (isinstance(func, ast.Attribute) and func.attr == "record"):
                continue
            if getattr(func.value, "id", None) == "audit" and node.args:
                calls.append((f"{path}:{node.lineno}", node))
    return calls


def _recorded_keys() -> dict[str, set[str]]:
    """Each detail name the services give `audit.record`, with the actions that use it."""
    keys: dict[str, set[str]] = {}
    for _where, call in _record_calls():
        action = ast.unparse(call.args[0])
        for keyword in call.keywords:
            if keyword.arg and keyword.arg != "actor":
                keys.setdefault(keyword.arg, set()).add(action)
    return keys


def test_every_recorded_detail_has_a_name_in_words():
    """A detail without a label showed as its raw key ("kit_id: …", "backup_created_at: …")."""
    keys = _recorded_keys()
    assert "file" in keys and "kit_id" in keys  # the scan finds the services' calls
    unnamed = {key: sorted(actions) for key, actions in keys.items() if key not in KEY_LABELS}
    assert unnamed == {}


def test_a_refusal_kept_with_its_template_reads_in_the_interface_language(vietnamese):
    refused = json.dumps(
        {
            "file": "a.ptbundle",
            "message": "a.ptbundle could not be imported: disk full",
            "message_template": "{file} could not be imported: {detail}",
            "message_values": {"file": "a.ptbundle", "detail": "disk full", "detail_vi": "đầy đĩa"},
            "reason": "not_imported",
        }
    )
    assert detail_sentence("bundle.rejected", refused) == (
        "Từ chối gói a.ptbundle: Không nhập được a.ptbundle: đầy đĩa."
    )
    i18n.install("en")
    assert detail_sentence("bundle.rejected", refused) == (
        "Bundle a.ptbundle rejected: a.ptbundle could not be imported: disk full."
    )
    # Without a sentence, the pairs show: the template and its values are not among them.
    assert "message_" not in detail_sentence("bundle.unknown_action", refused)


def test_every_action_the_log_records_has_a_name_in_words():
    """An action without a label showed as its code ("agency.delete", "user.login_delayed")."""
    from app.services.core.vocabulary import AuditAction
    from app.ui.accounts.audit_view import ACTION_LABELS

    assert set(ACTION_LABELS) == set(AuditAction)


def test_every_recorded_action_is_named_by_its_member():
    """`audit.record(AuditAction.REPORT_SIGN, …)`: a string spelled at the call (or pieced
    together in an f-string) is not checked against the labels until someone reads the log."""
    calls = _record_calls()
    assert len(calls) > 50, "the scan found too few calls; is it broken?"
    spelled = [w for w, call in calls if isinstance(call.args[0], ast.Constant | ast.JoinedStr)]
    assert spelled == []


def test_an_account_s_role_reads_as_the_domain_s_label(vietnamese):
    added = json.dumps({"login": "van.thu", "role": "clerk"})
    assert detail_sentence("user.add", added) == "Thêm tài khoản van.thu (văn thư)."
    i18n.install("en")
    assert detail_sentence("user.add", added) == "Account van.thu added (records clerk)."


def test_where_keys_are_kept_reads_as_the_domain_s_label(vietnamese):
    """A new key's storage, in the words of the label table (the office database too)."""
    made = [
        json.dumps({"agency": "SNGV", "fingerprint": "ABCD", "storage": storage})
        for storage in ("keyring", "file", "database")
    ]
    assert [detail_sentence("key.create", m) for m in made] == [
        "cơ quan: SNGV; khóa: ABCD; lưu ở: kho bí mật của máy",
        "cơ quan: SNGV; khóa: ABCD; lưu ở: tệp có cụm mật khẩu",
        "cơ quan: SNGV; khóa: ABCD; lưu ở: cơ sở dữ liệu của văn phòng, khóa bằng cụm mật khẩu",
    ]
    i18n.install("en")
    assert detail_sentence("key.create", made[0]).endswith("kept in: this computer's secret store")


def test_a_new_age_key_is_named_as_the_label_table_names_it(vietnamese):
    """key.create_identity keeps `name` as the plain word ("escrow"); the log reads it."""
    made = json.dumps({"name": "escrow", "recipient": "age1xyz"})
    assert detail_sentence("key.create_identity", made) == (
        "Đã tạo khóa lưu ký dự phòng mới (khóa công khai age1xyz)."
    )
    i18n.install("en")
    assert detail_sentence("key.create_identity", made) == (
        "New escrow key made (public key age1xyz)."
    )
    # Elsewhere a `name` is a file's or an agency's, shown as it is.
    detached = json.dumps({"name": "escrow", "period": "2026-Y"})
    assert detail_sentence("report.detach", detached) == "File “escrow” removed (year 2026)."


def test_decisions_on_the_pre_fill_s_changes_read_in_words(vietnamese):
    from app.services.core.vocabulary import AuditAction
    from app.ui.accounts.audit_view import action_label

    assert action_label(AuditAction.CONSOLIDATED_KEEP) == (
        "Giữ nguyên nội dung, không nhận thay đổi của phần tổng hợp tự động"
    )
    kept = json.dumps({"period": "2026-H1", "part": "III.1.1|SYT, counts"})
    assert detail_sentence(AuditAction.CONSOLIDATED_KEEP, kept) == (
        "Báo cáo tổng hợp 6 tháng đầu năm 2026: giữ nguyên nội dung, không nhận thay đổi của "
        "phần tổng hợp tự động (phần của SYT về nhiệm vụ III.1.1, số liệu tình hình báo cáo)."
    )
    i18n.install("en")
    assert detail_sentence(AuditAction.CONSOLIDATED_ACCEPT, kept) == (
        "Consolidated report for first half of 2026: the pre-fill's changes taken in "
        "(SYT on duty III.1.1, reporting figures)."
    )


@pytest.mark.parametrize(("reports", "english"), [(1, "1 report"), (3, "3 reports")])
def test_an_english_sentence_agrees_with_its_count(qapp, reports, english):
    detail = json.dumps({"sequence": 4, "file": "SYT-0004.ptbundle", "reports": reports})
    i18n.install("en")
    try:
        assert detail_sentence("bundle.export", detail) == (
            f"Bundle No. 4 written to SYT-0004.ptbundle ({english})."
        )
    finally:
        i18n.install("vi")
    assert detail_sentence("bundle.export", detail) == (
        f"Ghi gói số 4 vào SYT-0004.ptbundle ({reports} báo cáo)."
    )
