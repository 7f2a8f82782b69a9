"""The sign-off dialog offers the approver's token where the workstation has a driver set:
certificate shown with subject, issuer and validity, PIN typed once, refusals in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.models import Report
from app.services.esign import token_device
from app.ui.kit import i18n
from app.ui.reports.sign_dialog import SignDialog
from tests import reporting
from tests import token_support as ts


def _dialog(qtbot, station):
    reporting.approver()
    report = reporting.complete_draft(station)
    dialog = SignDialog(report, station.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


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
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Sai mã PIN của token")
    assert box.pin.text() == "" and dialog.password.text() == reporting.PASSWORD
    assert Report.get().status == "draft"

    qtbot.keyClicks(box.pin, ts.USER_PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    signed = Report.get()
    assert signed.status == "signed" and signed.pdf_sha256


def test_unticked_token_signs_as_before(qtbot, health, signing_token):
    token_device.configure(signing_token.module)
    dialog = _dialog(qtbot, health)
    dialog.token.setChecked(False)
    dialog.password.setText(reporting.PASSWORD)
    dialog.accept()
    signed = Report.get()
    assert signed.status == "signed" and signed.pdf_sha256 is None
