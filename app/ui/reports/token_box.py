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

from app.services.esign import token_device
from app.services.esign.token_device import TokenRequest
from app.ui.accounts.login_dialog import ErrorLabel, error_text, password_field
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead


class TokenBox(QGroupBox):
    """A checkable group: certificate, PIN, and what is wrong with the token if anything. The
    token is read in a task (loading the PKCS#11 library and asking the token take a while);
    `ready` is false until it has answered."""

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
        self.reads = LatestRead(self)
        self.read_token()

    @property
    def ready(self) -> bool:
        return not self.reads.loading

    def read_token(self) -> None:
        self.certificate.clear()
        self.problem.hide()
        self.refresh_button.setEnabled(False)
        self.details.setText(self.tr("Reading the token…"))
        self.reads.run(
            lambda _progress: token_device.list_certificates(),
            self._on_token_read,
            self._on_token_refused,
        )

    def _on_token_refused(self, error: BaseException) -> None:
        self.problem.show_error(error_text(error))
        self._on_token_read([])

    def _on_token_read(self, tokens) -> None:
        self.refresh_button.setEnabled(True)
        self.details.clear()
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
