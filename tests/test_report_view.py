"""The agency report as screens get it: frozen states and rows, actions named by period."""

from __future__ import annotations

import dataclasses

import pytest

from app.services.catalogue import catalogue
from app.services.catalogue.plan_info import active_plan_info
from app.services.core.errors import UserError
from app.services.reports import report_view, reports
from tests.reporting import PASSWORD, approver, complete_draft

PERIOD = "2026-Y"


def test_a_draft_and_its_signed_revision_come_as_frozen_objects(health, tmp_path):
    plan = active_plan_info()
    assert report_view.revisions(health, plan, "SYT", PERIOD) == ()
    complete_draft(health, PERIOD)
    [draft] = report_view.revisions(health, plan, "SYT", PERIOD)
    assert (draft.revision, draft.status, draft.editable, draft.signed) == (1, "draft", True, False)
    assert draft.agency.code == "SYT" and draft.agency.name_vi == "Sở Y tế"
    with pytest.raises(dataclasses.FrozenInstanceError):
        draft.status = "signed"
    rows = report_view.content(plan, "SYT", PERIOD, 1)
    assert rows.signed is None and {r.entry.status for r in rows.entries} == {"in_progress"}

    approver(health)
    signed = report_view.sign(plan, "SYT", PERIOD, "nguyen.van.an", PASSWORD, health)
    assert (signed.status, signed.signed, signed.signature_valid) == ("signed", True, True)
    assert not signed.editable and signed.signer_name == "Nguyễn Văn An"
    content = report_view.content(plan, "SYT", PERIOD, 1)
    assert content.signed is not None and content.signed.refusal is None
    assert [r.duty.ref for r in content.entries] == [r.duty.ref for r in rows.entries]


def test_evidence_is_removed_only_from_its_own_report(health, tmp_path):
    plan = active_plan_info()
    complete_draft(health, PERIOD)
    evidence = tmp_path / "biên bản.pdf"
    evidence.write_bytes(b"%PDF-1.4 minh chung")
    added = report_view.attach(health, plan, "SYT", PERIOD, "III.1.1", evidence, None)
    assert (added.name, added.size) == ("biên bản.pdf", evidence.stat().st_size)
    with pytest.raises(UserError, match="no longer attached"):
        report_view.remove_attachment(health, plan, "SYT", PERIOD, added.id + 1, None)
    report_view.remove_attachment(health, plan, "SYT", PERIOD, added.id, None)
    report = reports.latest(health.agency, catalogue.active_plan(), PERIOD)
    assert all(not view.attachments for view in reports.entry_views(report))
