"""Digital signatures on this workstation: the token driver (PKCS#11 library) the approver's
USB token uses, and the certification authorities' certificates and CRLs trusted to check
token signatures. The same as `token set` and `trust add-root|add-crl` on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text
from app.ui.kit.labels import fmt, format_date
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.saving import save_in_task


@dataclass(frozen=True)
class DriverState:
    """The driver set and what it finds: (tokens, certificates), or why it finds nothing."""

    module: str | None
    counts: tuple[int, int] | None = None
    refusal: UserError | None = None


def read_driver_state(module: str | None) -> DriverState:
    """Runs off the UI thread: loading a PKCS#11 library and asking the tokens takes a while."""
    if not module:
        return DriverState(None)
    try:
        tokens = token_device.list_certificates(module)
    except UserError as exc:
        return DriverState(module, refusal=exc)
    return DriverState(module, (len(tokens), sum(len(certs) for _, _, certs in tokens)))


@dataclass(frozen=True)
class EsignState:
    settings: token_device.TokenSettings
    driver: DriverState
    authorities: tuple


def read_esign_state() -> EsignState:
    """Runs off the UI thread."""
    settings = token_device.settings()
    return EsignState(
        settings, read_driver_state(settings.module), tuple(trust_store.authorities())
    )


class DigitalSignatureDialog(QDialog):
    """The driver, the token it finds and the trusted certificates are read in a task as it
    opens; setting the driver and adding a certificate or a CRL run in tasks too."""

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station  # trusting a certificate writes in its session
        self.setWindowTitle(self.tr("Digital signatures (USB token)"))

        driver_box = QGroupBox(self.tr("Token driver (PKCS#11 library) on this computer"))
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.addItems(token_device.SUGGESTED_MODULES)
        self.module.setCurrentText("")  # the one set, once read
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("RSA PKCS#1 v1.5, SHA-256"), "pkcs1v15")
        self.scheme.addItem(self.tr("RSA-PSS, SHA-256"), "pss")
        self.save_button = QPushButton(self.tr("&Use this driver"))
        self.driver_state = QLabel(self.tr("Loading the token settings…"))
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
        self.resize(640, 520)
        self._held = (
            self.module, self.browse_button, self.scheme, self.save_button,
            self.add_root_button, self.add_crl_button,
        )  # fmt: skip
        for widget in self._held:
            widget.setEnabled(False)
        self.reads = LatestRead(self)
        self.reads.run(lambda _progress: read_esign_state(), self._on_read, self._show_refusal)

    def _show_refusal(self, error: BaseException) -> None:
        self.error.show_error(error_text(error))

    def _on_read(self, state: EsignState) -> None:
        for widget in self._held:
            widget.setEnabled(True)
        self.module.setCurrentText(state.settings.module or "")
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(state.settings.scheme)))
        self._show_driver_state(state.driver)
        self._show_trusted(state.authorities)
        self.module.setFocus()

    def _show_driver_state(self, state: DriverState) -> None:
        if state.module is None:
            self.driver_state.setText(
                self.tr("No driver set: reports are signed off without the token.")
            )
        elif state.refusal is not None:
            self.driver_state.setText(error_text(state.refusal))
        else:
            tokens, certificates = state.counts
            self.driver_state.setText(
                fmt(
                    self.tr("Driver in use; %1 plugged in, %2."),
                    self.tr("%n token(s)", "", tokens),
                    self.tr("%n certificate(s)", "", certificates),
                )
            )

    def _show_trusted(self, authorities: tuple) -> None:
        self.trusted.clear()
        for record in authorities:
            kind = self.tr("root") if record.self_signed else self.tr("intermediate")
            self.trusted.addItem(
                fmt(
                    self.tr("%1 (%2, valid until %3)"),
                    record.subject,
                    kind,
                    format_date(datetime.fromisoformat(record.not_after)),
                )
            )

    def _run(self, work, done) -> None:
        """work() in a task (a library loaded, a file read, the settings written), the
        dialog's buttons held; then done(its result) or the refusal shown."""
        self.error.hide()
        self.notice.clear()
        save_in_task(self, work, done, self._show_refusal, self._held)

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
        module, scheme = self.module.currentText().strip(), self.scheme.currentData()

        def save() -> DriverState:
            token_device.configure(module, scheme)
            return read_driver_state(module)

        self._run(save, self._show_driver_state)

    def _on_add_root_button_clicked(self) -> None:
        path = self._pick(self.tr("Certificates (*.cer *.crt *.pem *.der);;All files (*)"))
        if path is not None:
            station = self.station
            self._run(
                lambda: (
                    trust_store.add_certificates(station, path),
                    tuple(trust_store.authorities()),
                ),
                self._added,
            )

    def _added(self, outcome) -> None:
        added, authorities = outcome
        self._show_trusted(authorities)
        self.notice.setText(self.tr("%n certificate(s) added.", "", sum(1 for a in added if a.new)))

    def _on_add_crl_button_clicked(self) -> None:
        path = self._pick(self.tr("Revocation lists (*.crl *.pem *.der);;All files (*)"))
        if path is not None:
            station = self.station
            self._run(lambda: trust_store.keep_crl(station, path), self._crl_added)

    def _crl_added(self, issuer: str) -> None:
        self.notice.setText(fmt(self.tr("Revocation list of %1 kept."), issuer))

    def _pick(self, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), "", filter_text)
        return Path(chosen) if chosen else None
