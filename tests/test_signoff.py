"""Sign-off: canonical content, Ed25519 signature, read-only revisions, amendments."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import Report
from app.services.accounts import users
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.wire import canonical_bytes, normalise
from app.services.keys import keys
from app.services.reports import reports, signoff
from app.services.workstation import profile
from tests import workstations
from tests.reporting import PASSWORD, approver, complete_draft


def test_sign_records_signer_hash_and_valid_signature(health):
    approver(health)
    report = complete_draft(health)
    signoff.sign(report, "nguyen.van.an", PASSWORD, health)
    assert report.status == "signed"
    assert report.number is None  # numbers come from the outgoing register, at issue
    content = signoff.signed_content(report)
    assert content["signer"] == {
        "login": "nguyen.van.an",
        "name": "Nguyễn Văn An",
        "position": "Phó Giám đốc",
        "capacity": "KT. GIÁM ĐỐC",
    }
    assert content["document"]["number"] is None
    assert content["signed_at"].endswith("+07:00")
    assert [e["ref"] for e in content["entries"]] == ["III.1.1", "III.13.1", "IV.1.1"]
    data = canonical_bytes(content)
    assert data == report.content_json.encode("utf-8")
    assert hashlib.sha256(data).hexdigest() == report.content_sha256
    assert signoff.verify(report) == (True, f"signature valid (key {report.key_fingerprint})")
    assert audit.entries()[0].action == "report.sign"


def test_wrong_password_signs_nothing(health):
    approver(health)
    report = complete_draft(health)
    with pytest.raises(UserError, match="wrong password"):
        signoff.sign(report, "nguyen.van.an", "not-the-password", health)
    assert Report.get_by_id(report.id).status == "draft"
    assert audit.entries()[0].action == "report.sign_refused"


def test_a_drafter_cannot_sign(health):
    approver(health)
    users.add(
        health, "Trần Thị Bình", "Chuyên viên", "drafter", "binh-12345", approver_password=PASSWORD
    )
    report = complete_draft(health)
    with pytest.raises(UserError, match="not an approver"):
        signoff.sign(report, "tran.thi.binh", "binh-12345", health)


def test_missing_status_blocks_sign_off(health):
    approver(health)
    report = complete_draft(health)
    reports.update_entry(health, report, "III.13.1", None, status=None)
    with pytest.raises(UserError, match="III.13.1"):
        signoff.sign(report, "nguyen.van.an", PASSWORD, health)
    with pytest.raises(UserError, match="III.13.1"):
        reports.submit(health, report)


def test_signed_report_is_read_only_and_amend_makes_revision_2(health, tmp_path):
    approver(health)
    report = complete_draft(health)
    signoff.sign(report, "Nguyễn Văn An", PASSWORD, health)
    with pytest.raises(UserError, match="amend"):
        reports.update_entry(health, report, "III.13.1", None, results="đổi")
    with pytest.raises(UserError, match="reason"):
        signoff.amend(health, report, "  ")
    second = signoff.amend(health, report, "Bổ sung kết quả hội thảo")
    assert (second.revision, second.status, second.amend_reason) == (
        2,
        "draft",
        "Bổ sung kết quả hội thảo",
    )
    reports.update_entry(health, second, "III.13.1", None, results="Đã tổ chức hội thảo quốc tế")
    signoff.sign(second, "nguyen.van.an", PASSWORD, health)
    first = Report.get_by_id(report.id)
    assert signoff.verify(first)[0] and signoff.verify(second)[0]
    assert signoff.signed_content(second)["amendment_reason"] == "Bổ sung kết quả hội thảo"
    with pytest.raises(UserError, match="latest"):
        signoff.amend(health, first, "again")


def test_tampering_is_detected(health):
    approver(health)
    report = complete_draft(health)
    signoff.sign(report, "nguyen.van.an", PASSWORD, health)
    content = json.loads(report.content_json)
    content["entries"][0]["results"] = "Đã hoàn thành vượt mức"
    forged = canonical_bytes(content)
    report.content_json = forged.decode("utf-8")
    assert signoff.verify(report) == (False, "the content does not match its recorded hash")
    report.content_sha256 = hashlib.sha256(forged).hexdigest()
    ok, message = signoff.verify(report)
    assert not ok and "signature does not match" in message


def test_openssl_verifies_the_signature(health, tmp_path):
    """The signature is plain Ed25519 over the canonical bytes: stock tools can check it."""
    approver(health)
    report = complete_draft(health)
    signoff.sign(report, "nguyen.van.an", PASSWORD, health)
    (tmp_path / "content.json").write_bytes(report.content_json.encode("utf-8"))
    (tmp_path / "content.sig").write_bytes(base64.b64decode(report.signature))
    (tmp_path / "key.pem").write_text(keys.current_key(health.agency).public_key_pem)
    result = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "key.pem",
            "-rawin",
            "-in",
            "content.json",
            "-sigfile",
            "content.sig",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Signature Verified Successfully" in result.stdout


def test_private_key_never_in_the_database(health):
    stored = keys.load_signing_key(health.folder)
    from cryptography.hazmat.primitives import serialization

    raw = stored.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    database = (health.folder / profile.DB_NAME).read_bytes()
    wal = health.folder / (profile.DB_NAME + "-wal")
    everything = database + (wal.read_bytes() if wal.exists() else b"")
    assert raw not in everything
    assert base64.b64encode(raw) not in everything


def test_without_a_secret_store_the_key_file_needs_a_passphrase(tmp_path, monkeypatch):
    monkeypatch.setattr(keys.secrets, "available", lambda: False)
    with pytest.raises(keys.PassphraseNeededError, match="passphrase"):
        workstations.create(tmp_path / "bare", "SYT", False)
    assert not (tmp_path / "bare").exists()
    station = workstations.create(tmp_path / "bare", "SYT", False, "mot cum mat khau dai")
    key_file = keys.signing_key_file(station.folder).read_bytes()
    assert key_file.startswith(b"age-encryption.org/v1\n-> scrypt ")
    approver(station)
    report = complete_draft(station)
    with pytest.raises(keys.PassphraseNeededError, match="wrong passphrase"):
        signoff.sign(report, "nguyen.van.an", PASSWORD, station, "sai cum mat khau")
    signoff.sign(report, "nguyen.van.an", PASSWORD, station, "mot cum mat khau dai")
    assert signoff.verify(report)[0]


vietnamese_text = st.text(
    alphabet=st.sampled_from(list("aăâeêioôơuưyđAĂÂĐ ̣̀́̉̃\u0323\u0300\u0301") + list("ạầếổữ")),
    max_size=40,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(results=vietnamese_text, name=vietnamese_text)
def test_content_hash_ignores_composed_or_decomposed_text(results, name):
    content = {"entries": [{"results": results}], "signer": {"name": name}}
    composed = normalise(json.loads(json.dumps(content)))
    decomposed = {
        "entries": [{"results": unicodedata.normalize("NFD", results)}],
        "signer": {"name": unicodedata.normalize("NFD", name)},
    }
    assert canonical_bytes(composed) == canonical_bytes(decomposed)
    assert canonical_bytes(decomposed).decode("utf-8") == unicodedata.normalize(
        "NFC", canonical_bytes(decomposed).decode("utf-8")
    )


def test_hash_is_the_same_when_the_text_is_typed_decomposed(health, tmp_path):
    approver(health)
    nfc_report = complete_draft(health, "2026-H1", results="Hội nhập quốc tế")
    nfd_report = complete_draft(
        health, "2026-Y", results=unicodedata.normalize("NFD", "Hội nhập quốc tế")
    )
    for view_a, view_b in zip(
        reports.entry_views(nfc_report), reports.entry_views(nfd_report), strict=True
    ):
        assert view_a.entry.results == view_b.entry.results


def test_a_signature_verdict_reads_in_either_language_on_screen_and_in_words(health):
    """The verdict on a signed revision is a template with values, not English to re-read:
    the report's state carries it in both languages for the screens."""
    from app.services.catalogue.plan_info import info_of
    from app.services.reports import report_view

    approver(health)
    report = complete_draft(health)
    signoff.sign(report, "nguyen.van.an", PASSWORD, health)
    ok, words = signoff.verdict(report)
    assert ok and words.message("vi") == f"Chữ ký hợp lệ (khóa {report.key_fingerprint})"
    assert str(words) == f"signature valid (key {report.key_fingerprint})"

    content = json.loads(report.content_json)
    content["entries"][0]["results"] = "Đã hoàn thành vượt mức"
    forged = canonical_bytes(content)
    Report.update(
        content_json=forged.decode("utf-8"), content_sha256=hashlib.sha256(forged).hexdigest()
    ).where(Report.id == report.id).execute()
    state = report_view.state(health, info_of(report.plan), health.agency_code, report.period_id)
    assert state.signature_valid is False
    fingerprint = report.key_fingerprint
    assert state.signature_problem == f"the signature does not match the key {fingerprint}"
    assert state.signature_problem_vi == f"Chữ ký không khớp khóa {fingerprint}"


def test_the_editor_says_why_a_signature_is_not_valid_in_vietnamese(health, qapp):
    from PySide6.QtWidgets import QWidget

    from app.services.catalogue.plan_info import info_of
    from app.services.reports import report_view
    from app.ui.kit import i18n
    from app.ui.reports.report_actions import ReportActions

    approver(health)
    report = complete_draft(health)
    signoff.sign(report, "nguyen.van.an", PASSWORD, health)
    Report.update(content_sha256="0" * 64).where(Report.id == report.id).execute()
    state = report_view.state(health, info_of(report.plan), health.agency_code, report.period_id)
    i18n.install("vi")
    parent = QWidget()
    actions = ReportActions(health, info_of(report.plan), "nguyen.van.an", parent)
    line, _banner = actions.describe(state, (state,))
    assert "nội dung không khớp mã băm đã ghi" in line
    assert "recorded hash" not in line
