"""The sign-off dialog offers the approver's token where the workstation has a driver set:
certificate shown with subject, issuer and validity, PIN typed once, refusals in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.models import Report
from app.services.consolidation import issue_queue
from app.services.esign import token_device
from app.ui.kit import i18n, saving
from tests import reporting
from tests import token_support as ts


def _settled(qtbot, dialog):
    """Wait for the dialog's read as it opens, or for its signing, both run on the pool."""
    qtbot.waitUntil(
        lambda: (
            not dialog.reads.loading
            and not saving.is_saving(dialog)
            and (getattr(dialog, "token", None) is None or dialog.token.ready)
        ),
        timeout=20000,
    )
    return dialog


def _dialog(qtbot, station):
    reporting.approver(station)
    report = reporting.complete_draft(station)
    dialog = reporting.sign_dialog(report, station)
    qtbot.addWidget(dialog)
    dialog.show()
    return _settled(qtbot, dialog)


def test_no_token_box_without_a_driver(qtbot, health):
    assert _dialog(qtbot, health).token is None


def test_token_signoff_from_the_dialog(qtbot, health, signing_token, tmp_path):
    i18n.install("vi")
    token_device.configure(signing_token.module)
    dialog = _dialog(qtbot, health)
    box = dialog.token
    assert box is not None and box.isChecked()
    labels = [box.certificate.itemText(i) for i in range(box.certificate.count())]
    assert f"Nguyễn Văn An ({ts.TOKEN_LABEL})" in labels
    box.certificate.setCurrentIndex(box.certificate.findData(signing_token.cert_id))
    assert "CN=Nguyễn Văn An" in box.details.text() and "Sub CA" in box.details.text()
    dialog.resize(dialog.sizeHint())
    dialog.grab().save(str(tmp_path / "sign-token.png"))

    qtbot.keyClicks(dialog.password, reporting.PASSWORD)
    qtbot.keyClicks(box.pin, "000000")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Sai mã PIN của token")
    assert box.pin.text() == "" and dialog.password.text() == reporting.PASSWORD
    assert Report.get().status == "draft"

    qtbot.keyClicks(box.pin, ts.USER_PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    signed = Report.get()
    assert signed.status == "signed" and signed.pdf_sha256


def test_unticked_token_signs_as_before(qtbot, health, signing_token):
    token_device.configure(signing_token.module)
    dialog = _dialog(qtbot, health)
    dialog.token.setChecked(False)
    dialog.password.setText(reporting.PASSWORD)
    dialog.accept()
    _settled(qtbot, dialog)
    signed = Report.get()
    assert signed.status == "signed" and signed.pdf_sha256 is None


def test_digital_signature_dialog_sets_the_driver_and_trusts_certificates(
    qtbot, health, signing_token, test_ca, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from app.services.esign import trust_store
    from app.ui.reports.esign_dialog import DigitalSignatureDialog

    i18n.install("vi")
    dialog = DigitalSignatureDialog(health)
    qtbot.addWidget(dialog)
    dialog.show()
    _settled(qtbot, dialog)
    assert "Chưa chọn" in dialog.driver_state.text() or dialog.driver_state.text()
    # A wrong path: said in words, nothing kept.
    dialog.module.setCurrentText(str(tmp_path / "nowhere.dll"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog)
    assert "Không có trình điều khiển token" in dialog.error.text()
    assert not token_device.settings().configured

    dialog.module.setCurrentText(signing_token.module)
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("pss"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog)
    assert token_device.settings().module == signing_token.module
    assert token_device.settings().scheme == "pss"
    assert "2" in dialog.driver_state.text()  # two tokens in the test SoftHSM

    (tmp_path / "ca.pem").write_bytes(test_ca.pem("root") + test_ca.pem("intermediate"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "ca.pem"), "")
    )
    qtbot.mouseClick(dialog.add_root_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog)
    assert dialog.trusted.count() == 2 and len(trust_store.trusted()) == 2
    (tmp_path / "ca.crl").write_bytes(test_ca.crl([]))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "ca.crl"), "")
    )
    qtbot.mouseClick(dialog.add_crl_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog)
    assert "Sub CA" in dialog.notice.text()
    dialog.grab().save(str(tmp_path / "esign-dialog.png"))


def test_issue_dialog_offers_the_agency_token_for_a_token_signed_report(
    qtbot, health, signing_token, tmp_path
):
    from app.services.esign import pades
    from app.services.esign.token_device import TokenRequest
    from app.services.reports import report_pdf, signoff
    from app.ui.outgoing.issue_dialog import IssueDialog

    i18n.install("vi")
    token_device.configure(signing_token.module)
    reporting.approver(health)
    report = reporting.complete_draft(health)
    request = TokenRequest(signing_token.cert_id, lambda: ts.USER_PIN)
    signoff.sign(report, "Nguyễn Văn An", reporting.PASSWORD, health, None, request)
    approver_only = report.pdf_sha256
    dialog = IssueDialog(issue_queue.report_awaiting(report.id), health, health.agency_code)
    qtbot.addWidget(dialog)
    dialog.show()
    _settled(qtbot, dialog)
    assert dialog.token is not None and "cơ quan" in dialog.token.title()
    dialog.token.certificate.setCurrentIndex(
        dialog.token.certificate.findData(signing_token.cert_id)
    )
    dialog.password.setText(reporting.PASSWORD)
    dialog.token.pin.setText("000000")
    dialog.accept()
    _settled(qtbot, dialog)
    assert dialog.error.text().startswith("Sai mã PIN") and dialog.token.pin.text() == ""
    assert Report.get_by_id(report.id).pdf_sha256 == approver_only
    dialog.grab().save(str(tmp_path / "issue-token.png"))

    dialog.token.pin.setText(ts.USER_PIN)
    dialog.accept()
    _settled(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    issued = Report.get_by_id(report.id)
    assert issued.pdf_sha256 != approver_only
    fields = {
        s.field: s.valid
        for s in pades.signatures(report_pdf.signed_pdf_bytes(health.folder, issued))
    }
    assert fields == {pades.APPROVER_FIELD: True, pades.AGENCY_FIELD: True}


def test_issue_dialog_has_no_token_box_for_a_report_signed_without_one(
    qtbot, health, signing_token
):
    from app.services.reports import signoff
    from app.ui.outgoing.issue_dialog import IssueDialog

    token_device.configure(signing_token.module)
    reporting.approver(health)
    report = reporting.complete_draft(health)
    signoff.sign(report, "Nguyễn Văn An", reporting.PASSWORD, health)
    dialog = IssueDialog(issue_queue.report_awaiting(report.id), health, health.agency_code)
    qtbot.addWidget(dialog)
    _settled(qtbot, dialog)
    assert dialog.token is None
