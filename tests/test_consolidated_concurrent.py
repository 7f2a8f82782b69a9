"""Two officers with the consolidated report open: both edits kept, or the second one told.

Each officer's window holds the report as it read it (a separate copy of the row), as two
PCs on the office's server or two programs on one profile do.
"""

from __future__ import annotations

import json

import pytest

from app.models import ConsolidatedReport, ReportConflict, UserAccount
from app.services.accounts import users
from app.services.catalogue import catalogue
from app.services.consolidation import (
    consolidated,
    consolidated_document,
    consolidated_signoff,
    prefill_changes,
)
from app.services.consolidation.concurrent_edits import EditConflictError
from app.services.core.errors import UserError
from app.services.core.wire import canonical_bytes
from app.services.exchange import bundle_import, ledger, received
from tests.consolidated_world import KEYRING, PERIOD, World, build_world, fresh_dofa
from tests.racing import OtherOfficer
from tests.reporting import PASSWORD

HEAD = ("Lê Văn Bình", "Trưởng phòng")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("consolidated-concurrent"))


@pytest.fixture
def station(built, monkeypatch, tmp_path):
    monkeypatch.setenv(KEYRING, built.keyring)
    return fresh_dofa(built, tmp_path / "dofa")


@pytest.fixture
def windows(station):
    """The same draft open in two officers' windows (two copies read from the database)."""
    # A second account: the log names who wrote what.
    users.add(station, *HEAD, "approver", PASSWORD, approver_password=PASSWORD)
    plan = catalogue.active_plan()
    consolidated.open_draft(station, plan, PERIOD, "tran.thi.binh")
    first = consolidated.latest(plan, PERIOD)
    second = consolidated.latest(plan, PERIOD)
    assert first is not second
    return first, second


def on_record(report: ConsolidatedReport) -> ConsolidatedReport:
    return ConsolidatedReport.get_by_id(report.id)


def test_edits_of_different_parts_are_both_kept(windows, station):
    first, second = windows
    consolidated.save_summary(
        station, first, "III", "Tóm tắt mục III của chị Bình", "tran.thi.binh"
    )
    consolidated.save_summary(station, second, "IV", "Tóm tắt mục IV của anh Bình", "le.van.binh")
    consolidated.save_assessment(station, second, "Đánh giá chung của anh Bình", "le.van.binh")
    consolidated.save_summary(station, first, "", "Tình hình báo cáo", "tran.thi.binh")
    stored = on_record(first)
    assert consolidated.summaries(stored) == {
        "III": "Tóm tắt mục III của chị Bình",
        "IV": "Tóm tắt mục IV của anh Bình",
        "": "Tình hình báo cáo",
    }
    assert stored.assessment_vi == "Đánh giá chung của anh Bình"


def test_the_second_officer_to_change_the_same_part_is_told_who_and_keeps_nothing(windows, station):
    first, second = windows
    consolidated.save_assessment(station, first, "Bản của chị Bình", "tran.thi.binh")
    with pytest.raises(EditConflictError) as refused:
        consolidated.save_assessment(station, second, "Bản của anh Bình", "le.van.binh")
    assert refused.value.theirs == "Bản của chị Bình"
    assert on_record(first).assessment_vi == "Bản của chị Bình"
    assert str(refused.value).startswith(
        "Trần Thị Bình changed the overall assessment after you opened the consolidated report"
    )
    assert refused.value.message("vi").startswith(
        "Trần Thị Bình đã sửa phần đánh giá chung sau khi báo cáo tổng hợp được mở trên máy này"
    )
    # After a reload the second officer writes over what they have now seen.
    reloaded = consolidated.latest(first.plan, PERIOD)
    consolidated.save_assessment(station, reloaded, "Bản của anh Bình, sau khi đọc", "le.van.binh")
    assert on_record(first).assessment_vi == "Bản của anh Bình, sau khi đọc"


def test_a_window_goes_on_saving_its_own_part_after_another_officer_saved_another(windows, station):
    """Autosave every second: the window's later saves of its part are not conflicts."""
    first, second = windows
    for text in ("Mục III", "Mục III, tiếp", "Mục III, xong"):
        consolidated.save_summary(station, first, "III", text, "tran.thi.binh")
        consolidated.save_summary(station, second, "IV", text.replace("III", "IV"), "le.van.binh")
    assert consolidated.summaries(on_record(first)) == {
        "III": "Mục III, xong",
        "IV": "Mục IV, xong",
    }
    # The first window never saw the second's section IV: writing it there is a conflict.
    with pytest.raises(EditConflictError, match="the summary of section IV"):
        consolidated.save_summary(station, first, "IV", "Ghi đè", "tran.thi.binh")


def test_rewritten_passages_of_two_officers_are_both_kept(windows, station):
    first, second = windows
    keys = sorted(consolidated.accepted(first)["passages"])[:2]
    consolidated.save_passage(station, first, keys[0], "Viết lại lần một", "tran.thi.binh")
    consolidated.save_passage(station, second, keys[1], "Viết lại lần hai", "le.van.binh")
    assert consolidated.edits(on_record(first)) == {
        keys[0]: "Viết lại lần một",
        keys[1]: "Viết lại lần hai",
    }
    with pytest.raises(EditConflictError, match="the passage"):
        consolidated.save_passage(station, second, keys[0], None, "le.van.binh")


def test_a_decision_on_changes_after_another_officer_decided_is_refused(built, station, windows):
    first, second = windows
    assert [r.status for r in bundle_import.import_bundles(station, [built.later])] == ["imported"]
    assert prefill_changes.accept_changes(station, first, None, "tran.thi.binh") > 0
    with pytest.raises(UserError, match="another officer changed the consolidated report"):
        prefill_changes.keep_changes(station, second, None, "le.van.binh")


def test_two_approvers_signing_at_once_sign_once(windows, station):
    first, second = windows
    consolidated.save_assessment(station, first, "Đánh giá chung", "tran.thi.binh")
    second_copy = consolidated.latest(first.plan, PERIOD)
    signed = consolidated_signoff.sign(first, "Trần Thị Bình", PASSWORD, station)
    assert signed.status == "signed"
    with pytest.raises(UserError, match="is signed and can no longer be changed"):
        consolidated_signoff.sign(second_copy, "Lê Văn Bình", PASSWORD, station)
    assert on_record(first).signer_name == "Trần Thị Bình"


def test_signing_text_another_officer_changed_meanwhile_is_refused(windows, station):
    first, second = windows
    consolidated.save_assessment(station, first, "Đánh giá chung", "tran.thi.binh")
    reader = consolidated.latest(first.plan, PERIOD)  # the approver reads it
    consolidated.save_summary(station, second, "III", "Thêm một câu", "le.van.binh")
    with pytest.raises(UserError, match="it was not signed"):
        consolidated_signoff.sign(reader, "Trần Thị Bình", PASSWORD, station)
    assert on_record(first).status == "draft"


def test_an_officers_save_racing_the_sign_off_waits_and_is_refused_not_lost(
    windows, station, monkeypatch
):
    """Another officer saves (on a connection of their own) while the approver's sign-off
    builds the content: the save waits for the sign-off's transaction and is then refused, and
    what was signed is what was on record when it committed."""
    first, second = windows
    consolidated.save_assessment(station, first, "Đánh giá chung", "tran.thi.binh")
    approvers_copy = consolidated.latest(first.plan, PERIOD)
    officer = OtherOfficer(
        station,
        lambda: consolidated.save_summary(
            station, second, "III", "Viết trong lúc ký", "le.van.binh"
        ),
    )
    original = consolidated_document.build_content

    def build_while_the_officer_saves(report, *args, **kwargs):
        if args and not officer.started:  # the sign-off's build (a draft's has no signer)
            officer.start_and_wait()
        return original(report, *args, **kwargs)

    monkeypatch.setattr(consolidated_document, "build_content", build_while_the_officer_saves)
    signed = consolidated_signoff.sign(approvers_copy, "Trần Thị Bình", PASSWORD, station)
    assert "is signed and can no longer be changed" in officer.finish()
    assert officer.done_while_waited_for is False  # it waited for the sign-off
    assert signed.status == "signed"
    stored = on_record(first)
    assert consolidated.summaries(stored).get("III", "") == ""
    signer = UserAccount.get(UserAccount.login == stored.signer_login)
    rebuilt = canonical_bytes(original(stored, signer, stored.signed_at))
    assert stored.content_json.encode("utf-8") == rebuilt


def test_a_change_kept_away_while_the_approver_signs_stays_kept(built, windows, station):
    """A save of what the signed content does not hold (a change of the pre-fill kept away)
    between the approver's reading and the sign-off is kept: the signature is stored on the
    row as on record, not over it from the approver's older copy."""
    first, second = windows
    assert [r.status for r in bundle_import.import_bundles(station, [built.later])] == ["imported"]
    consolidated.save_assessment(station, first, "Đánh giá chung", "tran.thi.binh")
    approvers_copy = consolidated.latest(first.plan, PERIOD)
    kept = prefill_changes.keep_changes(station, consolidated.latest(first.plan, PERIOD))
    assert kept > 0
    decided = on_record(first)
    consolidated_signoff.sign(approvers_copy, "Trần Thị Bình", PASSWORD, station)
    stored = on_record(first)
    assert stored.status == "signed"
    assert json.loads(stored.dismissed) == json.loads(decided.dismissed) != {}
    assert stored.version == decided.version
    assert approvers_copy.dismissed == decided.dismissed  # the caller's copy is the row signed


def test_two_officers_amending_at_once_make_one_new_revision(windows, station):
    first, _ = windows
    consolidated.save_assessment(station, first, "Đánh giá chung", "tran.thi.binh")
    signed = consolidated_signoff.sign(first, "Trần Thị Bình", PASSWORD, station)
    other = ConsolidatedReport.get_by_id(signed.id)
    consolidated_signoff.amend(station, signed, "Bổ sung", "tran.thi.binh")
    with pytest.raises(UserError, match="only the latest revision can be amended"):
        consolidated_signoff.amend(station, other, "Bổ sung nữa", "le.van.binh")
    assert [r.revision for r in consolidated.revisions(first.plan, PERIOD)] == [1, 2]


def test_a_conflict_another_officer_decided_meanwhile_is_not_decided_again(station):
    conflict = received.open_conflicts()[0]
    seen_by_the_other = ReportConflict.get_by_id(conflict.id)
    ledger.resolve_conflict(station, conflict, conflict.content_sha256, "tran.thi.binh")
    with pytest.raises(UserError, match="already decided this conflict on"):
        ledger.resolve_conflict(
            station, seen_by_the_other, seen_by_the_other.content_sha256, "le.van.binh"
        )
    assert ReportConflict.get_by_id(conflict.id).resolved_by == "tran.thi.binh"
