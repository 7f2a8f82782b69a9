"""DoFA's key dialogs: revoke an agency's key; the escrow key shown once, printable."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.services.core.audit import VIETNAM
from app.services.exchange import trust_list
from app.services.exchange.trust_list import TrustedAgency
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text, fit_height, hint_label
from app.ui.keys.key_dialogs import warning_label
from app.ui.kit import tasks
from app.ui.kit.labels import fmt
from app.ui.kit.saving import save_in_task
from app.ui.kit.summary import fingerprint_label, set_summary, summary_label
from app.ui.kit.texts import choice_of, name_of

BACKUP_SUFFIX = ".ptkeys"


class RevokeKeyDialog(QDialog):
    """Stop trusting an agency's key: later bundles signed with it are rejected."""

    revoked = Signal(list)  # the fingerprints of the revoked keys

    def __init__(self, station: Workstation, actor: str | None = None, parent=None):
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.setWindowTitle(self.tr("Revoke an agency's key"))
        intro = QLabel(
            self.tr(
                "Revoke a key when an agency's computer or key may be in the wrong hands. "
                "Bundles signed with it from now on are rejected; reports received earlier stay "
                "as they are. To trust the agency again, give it a new setup kit and enrol its "
                "new key."
            )
        )
        intro.setWordWrap(True)
        self.agency_combo = QComboBox()
        self.agency_combo.setMaxVisibleItems(20)
        self.fingerprint = fingerprint_label()
        self.confirm = QCheckBox()
        self.revoke_button = QPushButton(self.tr("Re&voke the key"))
        self.error = ErrorLabel()
        self.result = summary_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("&Agency:"), self.agency_combo)
        revoke_row = QHBoxLayout()
        revoke_row.addStretch(1)
        revoke_row.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Key DoFA trusts now") + "</b>"))
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirm)
        layout.addLayout(revoke_row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.agency_combo.currentIndexChanged.connect(self._on_agency_combo_changed)
        self.confirm.toggled.connect(self._update_button)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        buttons.rejected.connect(self.reject)
        self.enrolled: dict[str, TrustedAgency] = {}  # by code, once the trust list is read
        self._fill_agencies()
        fit_height(self, 620)

    def _fill_agencies(self) -> None:
        """Read the trust list off the UI thread; the combo says it is loading meanwhile."""
        self.agency_combo.blockSignals(True)
        self.agency_combo.clear()
        self.agency_combo.setPlaceholderText(self.tr("Loading the agencies…"))
        self.agency_combo.blockSignals(False)
        self.enrolled = {}
        self._on_agency_combo_changed()
        own = self.station.agency_code
        tasks.run_task(
            lambda _progress: trust_list.trust_list(own, include_retired=True),
            self._on_list_read,
            None,
            self,
        )

    def _on_list_read(self, agencies: list[TrustedAgency] | None, error) -> None:
        self.agency_combo.setPlaceholderText("")
        if error is not None:
            self.error.show_error(error_text(error))
            return
        self.enrolled = {a.code: a for a in agencies if a.enrolled}
        self.agency_combo.blockSignals(True)
        for agency in self.enrolled.values():
            self.agency_combo.addItem(choice_of(agency, agency.code), agency.code)
        self.agency_combo.blockSignals(False)
        self._on_agency_combo_changed()
        fit_height(self)  # the confirmation line shows once a key is chosen

    def chosen_key(self) -> TrustedAgency | None:
        """The chosen agency with the key DoFA trusts now."""
        return self.enrolled.get(self.agency_combo.currentData() or "")

    def _on_agency_combo_changed(self, *_args) -> None:
        key = self.chosen_key()
        self.confirm.setChecked(False)
        self.fingerprint.setText(key.fingerprint if key else "—")
        self.confirm.setVisible(key is not None)
        if key is not None:
            self.confirm.setText(
                fmt(
                    self.tr("I have checked with %1: key %2 must no longer be trusted"),
                    name_of(key),
                    key.fingerprint,
                )
            )
        self._update_button()

    def _update_button(self, *_args) -> None:
        self.revoke_button.setEnabled(self.chosen_key() is not None and self.confirm.isChecked())

    def _on_revoke_button_clicked(self) -> None:
        self.revoke()

    def revoke(self) -> None:
        """Revoke in a task (the keys and the log), the choice and the button held."""
        key = self.chosen_key()
        if key is None or not self.confirm.isChecked():
            return
        self.error.clear_error()
        actor, station = self.actor, self.station
        save_in_task(
            self,
            lambda: trust_list.revoke(station, key.code, actor),
            lambda revoked: self._on_revoked(key, revoked),
            lambda error: self.error.show_error(error_text(error)),
            (self.revoke_button, self.agency_combo, self.confirm),
        )

    def _on_revoked(self, key, revoked: list[str]) -> None:
        set_summary(
            self.result,
            fmt(
                self.tr(
                    "Key %1 of %2 is revoked. Bundles signed with it from now on are rejected; "
                    "reports received earlier stay as they are."
                ),
                ", ".join(revoked),
                name_of(key),
            ),
        )
        self._fill_agencies()
        fit_height(self)
        self.revoked.emit(revoked)


# --- the escrow key (DoFA set-up) ------------------------------------------------------------


class EscrowDialog(QDialog):
    """DoFA's escrow identity, shown once at set-up, to print or write down for the safe."""

    def __init__(self, identity_text: str, parent=None):
        super().__init__(parent)
        self.identity_text = identity_text.strip()
        self.printed = False
        self.setWindowTitle(self.tr("DoFA's escrow key — shown once"))
        title = QLabel("<b>" + escape(self.tr("Keep this escrow key in the office safe")) + "</b>")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        explanation = QLabel(self.explanation())
        explanation.setWordWrap(True)
        self.identity = QLabel(self.identity_text)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.25)
        mono.setWeight(QFont.Weight.Bold)
        self.identity.setFont(mono)  # one line: a key must not break where a dash is
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setFrameShape(QFrame.Shape.StyledPanel)
        self.identity.setMargin(10)
        self.identity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        warning = warning_label(self.warning())
        self.print_button = QPushButton(self.tr("&Print…"))
        self.stored_button = QPushButton(self.tr("I have &stored it safely"))
        self.stored_button.setDefault(True)
        self.status = hint_label("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.stored_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.identity)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.stored_button.clicked.connect(self.accept)
        fit_height(self, max(720, self.identity.sizeHint().width() + 40))

    def explanation(self) -> str:
        return self.tr(
            "Every bundle the agencies send to DoFA is also encrypted to this escrow key. If "
            "this workstation and its key backups are ever lost, this key alone opens every "
            "bundle with the stock age tool (age -d -i), so the province's reports are not lost."
        )

    def warning(self) -> str:
        return self.tr(
            "Anyone who holds this key can read every report sent to DoFA. It is shown only "
            "this once and is not in any log: print it or write it down now, check it "
            "letter by letter, and keep it under lock."
        )

    def document(self) -> QTextDocument:
        """The page that is printed: what the key is, the key, and the date."""
        mono = "font-family: 'DejaVu Sans Mono', 'Courier New', monospace;"
        printed = fmt(self.tr("Printed on %1."), datetime.now(VIETNAM).strftime("%d/%m/%Y"))
        html = (
            f"<h2>{escape(self.tr('Plan Tracker — DoFA escrow key'))}</h2>"
            f"<p>{escape(self.explanation())}</p>"
            f'<pre style="{mono} font-size: 10pt; font-weight: bold;">'
            f"{escape(self.identity_text)}</pre>"
            f"<p>{escape(self.warning())}</p>"
            f"<p>{escape(printed)}</p>"
        )
        document = QTextDocument()
        document.setHtml(html)
        return document

    def _on_print_button_clicked(self) -> None:
        self.print_identity()

    def print_identity(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("DoFA escrow key"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.document().print_(printer)
        self.printed = True
        self.status.setText(self.tr("Sent to the printer."))
        return True
