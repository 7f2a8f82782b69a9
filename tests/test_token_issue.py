"""Issuing a revision signed off with a token, the agency's token signing its PDF over the
number and date: the clerk's password is checked before the issue's transaction, and the PDF is
stored in the profile under the writer lock. A real SoftHSM2 token."""

from __future__ import annotations

import fcntl
import json
import os

import pytest

from app.models import AuditEntry, IssuedDocument, Report, Setting
from app.services.core import writer_lock
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction
from app.services.esign.token_device import TokenRequest
from app.services.outgoing import register
from app.services.reports import issuing, token_signoff
from tests import reporting
from tests import token_support as ts
from tests.test_token_signoff import _signed_with_token


def test_a_wrong_password_at_a_token_issue_is_logged_and_issues_nothing(
    health, signing_token, monkeypatch
):
    """The password is checked (scrypt, slow) before the issue's write transaction: the
    refusal and its count of failed attempts stay recorded, and nothing else is written."""
    report = _signed_with_token(health, signing_token)
    checked_in_a_transaction = []
    original = register.require_issuer

    def require_issuer(station, login_or_name, password):
        checked_in_a_transaction.append(station.session.database.in_transaction())
        return original(station, login_or_name, password)

    monkeypatch.setattr(register, "require_issuer", require_issuer)
    before = Report.get_by_id(report.id).__data__
    request = TokenRequest(signing_token.cert_id, lambda: ts.USER_PIN)
    with pytest.raises(UserError, match="wrong password"):
        issuing.issue_report(report, "Nguyễn Văn An", "sai-mat-khau", health, token=request)
    assert checked_in_a_transaction == [False]
    refusals = AuditEntry.select().where(AuditEntry.action == AuditAction.REPORT_ISSUE_REFUSED)
    assert [json.loads(e.detail)["period"] for e in refusals] == ["2026-Y"]
    assert "login_failures:nguyen.van.an" in {s.key for s in Setting.select()}
    assert not IssuedDocument.select().exists()
    assert Report.get_by_id(report.id).__data__ == before


def test_a_token_issue_stores_its_pdf_under_the_writer_lock(health, signing_token, monkeypatch):
    """The PDF signed over the number goes into the profile as any file written there does:
    under the profile's writer lock, so another program's clean-up cannot take it half-written."""
    report = _signed_with_token(health, signing_token)
    locked_out = []
    original = token_signoff.keep

    def keep(profile_folder, signed, pdf):
        other = os.open(profile_folder / writer_lock.LOCK_NAME, os.O_RDWR)
        try:  # another program trying the lock (flock: one open file each)
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
            locked_out.append(False)
        except BlockingIOError:
            locked_out.append(True)
        finally:
            os.close(other)
        return original(profile_folder, signed, pdf)

    monkeypatch.setattr(token_signoff, "keep", keep)
    request = TokenRequest(signing_token.cert_id, lambda: ts.USER_PIN)
    issuing.issue_report(report, "Nguyễn Văn An", reporting.PASSWORD, health, token=request)
    assert locked_out == [True]
