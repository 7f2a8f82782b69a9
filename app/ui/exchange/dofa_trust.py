"""DoFA's side of trust: a setup kit for an agency, and enrolling the key an agency reads out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.services.exchange import trust, trust_list
from app.services.exchange.trust_list import Enrolled, TrustedAgency
from app.services.keys import keys
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text, hint_label
from app.ui.kit import tasks
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import fmt
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.saving import save_in_task
from app.ui.kit.summary import fingerprint_label, set_summary, summary_label
from app.ui.kit.texts import choice_of, name_of


class KitDialog(QDialog):
    """Choose an agency from the register and save its signed setup kit (.ptkit)."""

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.written: Path | None = None
        self.names: dict[str, str] = {}  # code → shown name, once the list is read
        self.setWindowTitle(self.tr("Setup kit for an agency"))
        self.agency_combo = QComboBox()
        self.agency_combo.setMaxVisibleItems(20)
        self.agency_combo.setPlaceholderText(self.tr("Loading the agencies…"))
        self.agency_combo.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Save kit…"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.fingerprint = fingerprint_label("")
        self.error = ErrorLabel()
        self.result = summary_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        intro = QLabel(
            self.tr(
                "A setup kit links an agency's workstation to DoFA: it holds DoFA's public "
                "keys, the plan and the agency register, signed by DoFA. It holds nothing "
                "secret."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Agency:"), self.agency_combo)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addSpacing(8)
        layout.addWidget(QLabel("<b>" + self.tr("DoFA's key fingerprint") + "</b>"))
        layout.addWidget(self.fingerprint)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The agency sees this fingerprint once it adopts the kit. Read it out "
                    "when you phone them, so that they know the kit came from you."
                )
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.rejected.connect(self.reject)
        self.resize(600, 420)
        self.agency_combo.setFocus()
        own = station.agency_code
        tasks.run_task(
            lambda _progress: (trust_list.trust_list(own), keys.current_fingerprint(own)),
            self._on_list_read,
            None,
            self,
        )

    def _on_list_read(self, result: tuple[list[TrustedAgency], str] | None, error) -> None:
        if error is not None:
            self.agency_combo.setPlaceholderText("")
            self.error.show_error(error_text(error))
            return
        agencies, fingerprint = result
        self.fingerprint.setText(fingerprint)
        for agency in agencies:
            self.names[agency.code] = name_of(agency)
            text = choice_of(agency, agency.code)
            if agency.enrolled:
                text = fmt(self.tr("%1 (enrolled)"), text)
            self.agency_combo.addItem(text, agency.code)
        self.agency_combo.setEnabled(True)
        self.save_button.setEnabled(self.agency_combo.count() > 0)

    def _on_save_button_clicked(self) -> None:
        code = self.agency_combo.currentData()
        if not code:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the setup kit as"),
            str(documents_folder() / f"{code}{trust.KIT_SUFFIX}"),
            self.tr("Setup kits (*.ptkit)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != trust.KIT_SUFFIX:
            out = out.with_name(out.name + trust.KIT_SUFFIX)
        self.export_to(code, out)

    def export_to(self, code: str, out: Path) -> None:
        """Write the kit in a task (signing, the plan and register, the file), the button held."""
        ask_passphrase(self, lambda passphrase: self._export_with(code, out, passphrase))

    def _export_with(self, code: str, out: Path, passphrase: str | None) -> None:
        self.error.clear_error()
        station = self.station
        save_in_task(
            self,
            lambda: trust.export_kit(station, code, out, passphrase),
            lambda _result: self._on_exported(code, out),
            lambda error: self.error.show_error(error_text(error)),
            (self.save_button, self.agency_combo),
        )

    def _on_exported(self, code: str, out: Path) -> None:
        self.written = out
        set_summary(
            self.result,
            fmt(
                self.tr("Setup kit for %1 saved: %2\nGive it to the agency (USB stick or e-mail)."),
                self.names.get(code, code),
                str(out),
            ),
        )


class EnrolDialog(QDialog):
    """Trust an agency's key: its enrolment file plus the fingerprint it reads out by phone."""

    enrolled = Signal(object)  # the Enrolled agency

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.record: Enrolled | None = None
        self.setWindowTitle(self.tr("Enrol an agency"))
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("the agency's .ptenroll file"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAutoDefault(False)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        self.fingerprint.setFont(font)
        self.replace = QCheckBox(
            self.tr("DoFA &approves replacing the agency's key (a lost or replaced computer)")
        )
        self.enrol_button = QPushButton(self.tr("&Enrol"))
        self.enrol_button.setDefault(True)
        self.error = ErrorLabel()
        self.result = summary_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        intro = QLabel(
            self.tr(
                "Phone the agency and ask them to read out the fingerprint their screen shows "
                "under Exchange → Trust and enrolment. Type it here: the agency is enrolled "
                "only if it matches the enrolment file."
            )
        )
        intro.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("Enrolment &file:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Fin&gerprint read out:"), self.fingerprint)
        self.replace_hint = hint_label(
            self.tr(
                "Tick this only when the agency has lost its computer and set up a new one from "
                "a new setup kit. The key DoFA trusts now is revoked: bundles signed with it are "
                "rejected from then on; reports received earlier stay as they are."
            )
        )
        self.replace_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        replace_box = QVBoxLayout()
        replace_box.setSpacing(2)
        replace_box.addWidget(self.replace)
        replace_box.addWidget(self.replace_hint)
        form.addRow("", replace_box)
        enrol_row = QHBoxLayout()
        enrol_row.addStretch(1)
        enrol_row.addWidget(self.enrol_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(enrol_row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        buttons.rejected.connect(self.reject)
        self.resize(620, 400)
        self.file.setFocus()

    def _on_choose_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The agency's enrolment file"),
            self.file.text() or str(documents_folder()),
            self.tr("Enrolment files (*.ptenroll)"),
        )
        if chosen:
            self.file.setText(chosen)
            self.fingerprint.setFocus()

    def _on_enrol_button_clicked(self) -> None:
        self.enrol()

    def enrol(self) -> None:
        """Check the file and the fingerprint, then enrol in a task (the file read and checked,
        the key and the log written), the form held meanwhile."""
        self.error.clear_error()
        self.result.hide()
        path = self.file.text().strip()
        typed = self.fingerprint.text().strip()
        if not path:
            self.error.show_error(self.tr("Choose the agency's enrolment file first."))
            self.file.setFocus()
            return
        if not typed:
            self.error.show_error(self.tr("Type the fingerprint the agency reads out."))
            self.fingerprint.setFocus()
            return
        replace, station = self.replace.isChecked(), self.station
        save_in_task(
            self,
            lambda: trust_list.enrol(station, Path(path), typed, replace),
            self._on_enrolled,
            self._on_enrol_refused,
            (self.enrol_button, self.file, self.fingerprint, self.choose_button),
        )

    def _on_enrol_refused(self, error: BaseException) -> None:
        self.error.show_error(error_text(error))
        self.fingerprint.selectAll()
        self.fingerprint.setFocus()

    def _on_enrolled(self, record: Enrolled) -> None:
        self.record = record
        set_summary(
            self.result,
            fmt(
                self.tr("%1 is enrolled with key %2. Its bundles can now be imported."),
                name_of(record),
                record.fingerprint,
            ),
        )
        self.enrolled.emit(record)
