"""The sign-off dialog's token part: sign the PDF with the approver's USB token too.

Shown only where the workstation has a token driver set (`token set --module PATH`). The
certificates on the token are listed with subject, issuer and validity; the PIN is typed here
for this one signature and never kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
)

from app.services.core.errors import UserError
from app.services.esign import token_device
from app.services.esign.token_device import TokenRequest
from app.ui.accounts.login_dialog import ErrorLabel, error_text, password_field
from app.ui.kit.labels import fmt


class TokenBox(QGroupBox):
    """A checkable group: certificate, PIN, and what is wrong with the token if anything."""

    def __init__(self, title: str | None = None, parent=None):
        super().__init__(parent)
        self.setTitle(title or self.tr("Also sign the PDF with my USB token (digital signature)"))
        self.setCheckable(True)
        self.setChecked(True)
        self.certificate = QComboBox()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.pin = password_field()
        self.problem = ErrorLabel()
        self.refresh_button = QPushButton(self.tr("&Read the token again"))
        form = QFormLayout(self)
        form.addRow(self.tr("Certificate"), self.certificate)
        form.addRow("", self.details)
        form.addRow(self.tr("Token PIN"), self.pin)
        form.addRow(self.problem)
        form.addRow("", self.refresh_button)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.certificate.currentIndexChanged.connect(self._on_certificate_current_index_changed)
        self._certificates: list[token_device.TokenCertificate] = []
        self.read_token()

    def read_token(self) -> None:
        self.certificate.clear()
        self.problem.hide()
        try:
            tokens = token_device.list_certificates()
        except UserError as exc:
            tokens = []
            self.problem.show_error(error_text(exc))
        self._certificates = [c for _, _, certs in tokens for c in certs]
        for cert in self._certificates:
            self.certificate.addItem(f"{cert.common_name} ({cert.token_label})", cert.id)
        if not self._certificates and self.problem.isHidden():
            self.problem.show_error(self.tr("No token with a certificate is plugged in."))
        self._on_certificate_current_index_changed(self.certificate.currentIndex())

    def _on_refresh_button_clicked(self) -> None:
        self.read_token()

    def _on_certificate_current_index_changed(self, index: int) -> None:
        if not 0 <= index < len(self._certificates):
            self.details.clear()
            return
        cert = self._certificates[index]
        text = fmt(
            self.tr("Subject: %1\nIssued by: %2\nValid until: %3"),
            cert.subject,
            cert.issuer,
            cert.not_after.strftime("%d/%m/%Y"),
        )
        if cert.expired():
            text += "\n" + self.tr("This certificate has expired.")
        self.details.setText(text)

    def request(self) -> TokenRequest | None:
        """What to sign with, or None when the box is unticked."""
        if not self.isChecked():
            return None
        pin = self.pin.text()
        return TokenRequest(self.certificate.currentData(), lambda: pin)


def token_box_if_configured(title: str | None = None) -> TokenBox | None:
    return TokenBox(title) if token_device.settings().configured else None
