"""Digital signatures on this workstation: the token driver (PKCS#11 library) the approver's
USB token uses, and the certification authorities' certificates and CRLs trusted to check
token signatures. The same as `token set` and `trust add-root|add-crl` on the command line.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from app.services.core.errors import UserError
from app.services.esign import token_device, trust_store
from app.ui.accounts.login_dialog import ErrorLabel, error_text
from app.ui.kit.labels import fmt, format_date


class DigitalSignatureDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Digital signatures (USB token)"))
        current = token_device.settings()

        driver_box = QGroupBox(self.tr("Token driver (PKCS#11 library) on this computer"))
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.addItems(token_device.SUGGESTED_MODULES)
        self.module.setCurrentText(current.module or "")
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("RSA PKCS#1 v1.5, SHA-256"), "pkcs1v15")
        self.scheme.addItem(self.tr("RSA-PSS, SHA-256"), "pss")
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(current.scheme)))
        self.save_button = QPushButton(self.tr("&Use this driver"))
        self.driver_state = QLabel()
        self.driver_state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.module, 1)
        row.addWidget(self.browse_button)
        driver_form = QFormLayout(driver_box)
        driver_form.addRow(self.tr("Library"), row)
        driver_form.addRow(self.tr("Signature"), self.scheme)
        driver_form.addRow("", self.save_button)
        driver_form.addRow(self.driver_state)

        trust_box = QGroupBox(self.tr("Certificates trusted to check token signatures"))
        self.trusted = QListWidget()
        self.add_root_button = QPushButton(self.tr("Add a &certificate (root or intermediate)…"))
        self.add_crl_button = QPushButton(self.tr("Add a &revocation list (CRL)…"))
        trust_layout = QVBoxLayout(trust_box)
        trust_layout.addWidget(self.trusted)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_root_button)
        buttons_row.addWidget(self.add_crl_button)
        trust_layout.addLayout(buttons_row)

        self.error = ErrorLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(driver_box)
        layout.addWidget(trust_box)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.add_root_button.clicked.connect(self._on_add_root_button_clicked)
        self.add_crl_button.clicked.connect(self._on_add_crl_button_clicked)
        self._show_driver_state(current.module)
        self._reload_trusted()
        self.resize(640, 520)

    def _show_driver_state(self, module: str | None) -> None:
        if not module:
            self.driver_state.setText(
                self.tr("No driver set: reports are signed off without the token.")
            )
            return
        try:
            tokens = token_device.list_certificates(module)
        except UserError as exc:
            self.driver_state.setText(error_text(exc))
            return
        count = sum(len(certs) for _, _, certs in tokens)
        self.driver_state.setText(
            fmt(
                self.tr("Driver in use; %1 token(s) plugged in, %2 certificate(s)."),
                len(tokens),
                count,
            )
        )

    def _reload_trusted(self) -> None:
        self.trusted.clear()
        for record in trust_store.authorities():
            kind = self.tr("root") if record.self_signed else self.tr("intermediate")
            self.trusted.addItem(
                fmt(
                    self.tr("%1 (%2, valid until %3)"),
                    record.subject,
                    kind,
                    format_date(datetime.fromisoformat(record.not_after)),
                )
            )

    def _run(self, work) -> None:
        self.error.hide()
        self.notice.clear()
        try:
            work()
        except UserError as exc:
            self.error.show_error(error_text(exc))

    def _on_browse_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The token's PKCS#11 library"),
            str(Path(self.module.currentText()).parent),
            self.tr("Libraries (*.dll *.so *.dylib);;All files (*)"),
        )
        if chosen:
            self.module.setCurrentText(chosen)

    def _on_save_button_clicked(self) -> None:
        def save() -> None:
            module = self.module.currentText().strip()
            token_device.configure(module, self.scheme.currentData())
            self._show_driver_state(module)

        self._run(save)

    def _on_add_root_button_clicked(self) -> None:
        path = self._pick(self.tr("Certificates (*.cer *.crt *.pem *.der);;All files (*)"))
        if path is not None:
            self._run(lambda: self._added(trust_store.add_certificates(path)))

    def _added(self, added) -> None:
        self._reload_trusted()
        self.notice.setText(
            fmt(self.tr("%1 certificate(s) added."), sum(1 for a in added if a.new))
        )

    def _on_add_crl_button_clicked(self) -> None:
        path = self._pick(self.tr("Revocation lists (*.crl *.pem *.der);;All files (*)"))
        if path is not None:
            self._run(lambda: self._crl_added(trust_store.keep_crl(path)))

    def _crl_added(self, issuer: str) -> None:
        self.notice.setText(fmt(self.tr("Revocation list of %1 kept."), issuer))

    def _pick(self, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), "", filter_text)
        return Path(chosen) if chosen else None
