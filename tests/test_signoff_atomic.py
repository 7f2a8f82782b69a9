"""Sign-off reads and signs the content inside one write transaction: an edit from another
window or process cannot slip in between what is read and what is signed."""

from __future__ import annotations

import sqlite3

import pytest

from app.services.core.errors import UserError
from app.services.reports import reports, signoff
from app.services.workstation import profile
from tests.reporting import PASSWORD, approver, complete_draft


def test_content_is_read_under_the_write_lock(health, monkeypatch):
    signer = approver(health)
    report = complete_draft(health, "2026-H1")
    seen = {}
    original = signoff.build_content

    def build_while_another_writer_tries(*args, **kwargs):
        other = sqlite3.connect(profile.db_path(health.folder), timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # what any writer's transaction begins with
            seen["other writer"] = "got in"
            other.rollback()
        except sqlite3.OperationalError as exc:
            seen["other writer"] = str(exc)
        finally:
            other.close()
        return original(*args, **kwargs)

    monkeypatch.setattr(signoff, "build_content", build_while_another_writer_tries)
    signoff.sign(report, signer.login, PASSWORD, health)
    assert seen["other writer"] == "database is locked"


def test_an_edit_after_the_signature_is_refused_not_lost(health):
    signer = approver(health)
    report = complete_draft(health, "2026-H1")
    stale = reports.latest(health.agency, report.plan, "2026-H1")  # another window's copy
    signoff.sign(report, signer.login, PASSWORD, health)
    with pytest.raises(UserError, match="can no longer be changed"):
        reports.update_entry(health, stale, "III.1.1", None, results="Sửa muộn")
    assert "Sửa muộn" not in report.content_json
