"""Trust on an agency workstation: adopt DoFA's setup kit, show fingerprints, enrol."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import trust
from app.services.keys import keys
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text, hint_label
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.saving import save_in_task
from app.ui.kit.summary import fingerprint_label, summary_label
from app.ui.kit.texts import agency_name


@dataclass(frozen=True)
class TrustState:
    """Whether this workstation is linked to DoFA, and the fingerprints to read out."""

    bound: bool
    dofa_name: str = ""
    dofa_fingerprint: str = ""
    own_fingerprint: str = ""


def read_trust_state(agency_code: str) -> TrustState:
    """Runs off the UI thread."""
    if trust.trust_setting("kit_id") is None:
        return TrustState(False)
    return TrustState(
        True,
        agency_name(trust.trust_setting("dofa_agency")),
        trust.trust_setting("dofa_fingerprint") or "",
        keys.current_fingerprint(agency_code),
    )


class TrustDialog(QDialog):
    """Link this agency workstation to DoFA (setup kit) and enrol its key with DoFA. What it
    shows is read in a task (as it opens, after a kit is adopted); adopting a kit and writing
    the enrolment file run in tasks, the buttons held meanwhile."""

    UNBOUND_PAGE, BOUND_PAGE, LOADING_PAGE = 0, 1, 2

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Trust and enrolment"))
        self.adopt_button = QPushButton(self.tr("&Adopt DoFA's setup kit…"))
        unbound = QWidget()
        unbound_layout = QVBoxLayout(unbound)
        intro = QLabel(
            self.tr(
                "This workstation is not linked to DoFA yet. DoFA gives each agency a setup "
                "kit file (.ptkit) that holds DoFA's keys, the plan and the agency register. "
                "Adopt it here; your reports and accounts are kept."
            )
        )
        intro.setWordWrap(True)
        unbound_layout.addWidget(intro)
        self.kit_fingerprint = QLineEdit()
        self.kit_fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        self.kit_fingerprint.setFont(font)
        # Above the field, not beside it: the fingerprint needs the dialog's whole width.
        label = QLabel(self.tr("DoFA's &fingerprint, read out by DoFA:"))
        label.setBuddy(self.kit_fingerprint)
        unbound_layout.addWidget(label)
        unbound_layout.addWidget(self.kit_fingerprint)
        unbound_layout.addWidget(
            hint_label(
                self.tr(
                    "Phone DoFA and ask them to read out the fingerprint of their key; type it "
                    "here. A kit whose key has another fingerprint is refused: it did not come "
                    "from DoFA."
                )
            )
        )
        adopt_row = QHBoxLayout()
        adopt_row.addWidget(self.adopt_button)
        adopt_row.addStretch(1)
        unbound_layout.addLayout(adopt_row)
        unbound_layout.addStretch(1)

        self.dofa_name = QLabel()
        self.dofa_fingerprint = fingerprint_label()
        self.own_fingerprint = fingerprint_label()
        self.export_button = QPushButton(self.tr("&Export enrolment file…"))
        bound = QWidget()
        bound_layout = QVBoxLayout(bound)
        bound_layout.addWidget(self.dofa_name)
        bound_layout.addWidget(self.dofa_fingerprint)
        bound_layout.addWidget(
            hint_label(
                self.tr(
                    "When DoFA calls, check that this is the fingerprint DoFA reads out: it "
                    "proves the kit came from DoFA."
                )
            )
        )
        bound_layout.addSpacing(12)
        own_title = QLabel(
            "<b>"
            + self.tr("This workstation's key fingerprint — read this to DoFA by phone")
            + "</b>"
        )
        own_title.setWordWrap(True)
        bound_layout.addWidget(own_title)
        bound_layout.addWidget(self.own_fingerprint)
        bound_layout.addWidget(
            hint_label(
                self.tr(
                    "Export the enrolment file and send it to DoFA, then phone DoFA and read "
                    "out this fingerprint. DoFA accepts your reports only once it matches."
                )
            )
        )
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        bound_layout.addLayout(export_row)
        bound_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(unbound)
        self.pages.addWidget(bound)
        self.pages.addWidget(hint_label(self.tr("Checking the link with DoFA…")))
        self.pages.setCurrentIndex(self.LOADING_PAGE)
        self.error = ErrorLabel()
        self.result = summary_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(buttons)

        self.adopt_button.clicked.connect(self._on_adopt_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        buttons.rejected.connect(self.reject)
        self.reads = LatestRead(self)
        self._read_state()
        self.resize(620, 480)

    def _read_state(self, then=None) -> None:
        """Read whether the workstation is linked, then show it (and call `then()`)."""
        for button in (self.adopt_button, self.export_button):
            button.setEnabled(False)
        code = self.station.agency_code

        def shown(state: TrustState) -> None:
            self._show_state(state)
            if then is not None:
                then()

        self.reads.run(
            lambda _progress: read_trust_state(code),
            shown,
            lambda error: self.error.show_error(error_text(error)),
        )

    def _show_state(self, state: TrustState) -> None:
        for button in (self.adopt_button, self.export_button):
            button.setEnabled(True)
        self.pages.setCurrentIndex(self.BOUND_PAGE if state.bound else self.UNBOUND_PAGE)
        if state.bound:
            self.dofa_name.setText(
                "<b>" + fmt(self.tr("Key fingerprint of DoFA (%1)"), state.dofa_name) + "</b>"
            )
            self.dofa_fingerprint.setText(state.dofa_fingerprint)
            self.own_fingerprint.setText(state.own_fingerprint)
            self.export_button.setFocus()
        else:
            self.adopt_button.setFocus()

    def _on_adopt_button_clicked(self) -> None:
        self.error.clear_error()
        typed = self.kit_fingerprint.text().strip()
        if not typed:
            self.error.show_error(self.tr("Type the fingerprint DoFA reads out first."))
            self.kit_fingerprint.setFocus()
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("DoFA's setup kit"),
            str(documents_folder()),
            self.tr("Setup kits (*.ptkit)"),
        )
        if not chosen:
            return
        ask_passphrase(self, lambda passphrase: self._adopt_with(Path(chosen), typed, passphrase))

    def _adopt_with(self, kit: Path, typed: str, passphrase: str | None) -> None:
        station = self.station
        save_in_task(
            self,
            lambda: trust.adopt_kit(station, kit, typed, passphrase),
            lambda _result: self._read_state(then=self._on_adopted),
            self._on_adopt_refused,
            (self.adopt_button, self.kit_fingerprint),
        )

    def _on_adopt_refused(self, error: BaseException) -> None:
        self.error.show_error(error_text(error))
        self.kit_fingerprint.selectAll()
        self.kit_fingerprint.setFocus()

    def _on_adopted(self) -> None:
        self.result.setText(
            self.tr(
                "This workstation is now linked to DoFA, whose fingerprint you confirmed. "
                "Export the enrolment file next."
            )
        )
        self.result.show()

    def _on_export_button_clicked(self) -> None:
        suggested = documents_folder() / f"{self.station.agency_code}{trust.ENROLMENT_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the enrolment file as"),
            str(suggested),
            self.tr("Enrolment files (*.ptenroll)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != trust.ENROLMENT_SUFFIX:
            out = out.with_name(out.name + trust.ENROLMENT_SUFFIX)
        ask_passphrase(self, lambda passphrase: self._export_with(out, passphrase))

    def _export_with(self, out: Path, passphrase: str | None) -> None:
        self.error.clear_error()
        station = self.station
        save_in_task(
            self,
            lambda: trust.export_enrolment(station, out, passphrase),
            lambda _result: self._on_exported(out),
            lambda error: self.error.show_error(error_text(error)),
            (self.export_button,),
        )

    def _on_exported(self, out: Path) -> None:
        self.result.setText(
            fmt(
                self.tr(
                    "Enrolment file saved: %1\nSend it to DoFA, then phone DoFA and read out "
                    "this workstation's fingerprint."
                ),
                str(out),
            )
        )
        self.result.show()
