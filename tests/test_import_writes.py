"""What the import's bulk write leaves in the database: every entry and evidence row of the
signed content, on the right duty, and change lists kept only where they say more than the
report itself."""

from __future__ import annotations

import json

from app.models import Attachment, BundleReceived, Report, ReportEntry
from app.services.exchange import bundle_import
from tests.exchange_support import amend_and_sign, enrol_agency, export, make_dofa, sign_period, use

EVIDENCE = {"bien-ban-hoi-nghi.pdf": b"%PDF-1.4 bien ban", "anh-hoi-thao.jpg": b"\xff\xd8 anh"}


def _import(dofa, path):
    station = use(dofa)
    return bundle_import.import_bundles(station, [path])


def _stored_entries(report: Report) -> dict[str, tuple]:
    rows = ReportEntry.select(ReportEntry, ReportEntry.duty).where(ReportEntry.report == report)
    return {
        row.duty.ref: (row.status, row.progress, row.results, row.difficulties, row.proposals)
        for row in rows
    }


def _stored_attachments(report: Report) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for attachment in (
        Attachment.select(Attachment, ReportEntry)
        .join(ReportEntry)
        .where(ReportEntry.report == report)
        .order_by(Attachment.name)
    ):
        found.setdefault(attachment.entry.duty.ref, []).append(
            (attachment.name, attachment.sha256, attachment.size)
        )
    return found


def test_imported_rows_are_the_signed_content_and_new_reports_keep_no_change_list(tmp_path):
    dofa = make_dofa(tmp_path / "dofa")
    health = enrol_agency(tmp_path / "dofa", tmp_path / "syt", "SYT")
    sign_period(health, "2026-H1", "Đã tổ chức 3 hội nghị", EVIDENCE)
    first = export(health, tmp_path / "b1.ptbundle")

    [result] = _import(dofa, first)

    assert result.status == "imported"
    [outcome] = result.reports
    assert outcome.outcome == "new"
    report = Report.get(Report.period_id == "2026-H1")
    content = json.loads(report.content_json)
    expected = {
        e["ref"]: (e["status"], e["progress"], e["results"], e["difficulties"], e["proposals"])
        for e in content["entries"]
    }
    assert len(expected) > 1
    assert _stored_entries(report) == expected
    assert _stored_attachments(report) == {
        e["ref"]: sorted((a["name"], a["sha256"], a["size"]) for a in e["attachments"])
        for e in content["entries"]
        if e["attachments"]
    }
    assert len(_stored_attachments(report)[content["entries"][0]["ref"]]) == 2
    # The preview and the CLI still list every field of a new report...
    assert {(c.ref, c.field) for c in outcome.changes} >= {
        (content["entries"][0]["ref"], "results")
    }
    # ...but the ledger does not store that copy of the report.
    ledger = json.loads(BundleReceived.get().summary)
    assert ledger == [{"period": "2026-H1", "revision": 1, "outcome": "new", "changes": []}]

    amend_and_sign(health, "2026-H1", "Bổ sung số liệu", "Đã tổ chức 5 hội nghị")
    second = export(health, tmp_path / "b2.ptbundle", [("2026-H1", 2)])
    [result] = _import(dofa, second)

    [outcome] = result.reports
    assert (outcome.outcome, outcome.revision) == ("updated", 2)
    stored = json.loads(BundleReceived.get(BundleReceived.sequence == 2).summary)[0]["changes"]
    assert stored == [c.as_json() for c in outcome.changes]
    assert any(
        c["field"] == "results" and c["new"].startswith("Đã tổ chức 5 hội nghị") for c in stored
    )
    revision_two = Report.get(Report.revision == 2)
    assert set(_stored_entries(revision_two).values()) != set(expected.values())
    assert _stored_entries(report) == expected  # revision 1 stays as it was signed
