"""First start: choose the agency this workstation serves and whether it consolidates (and
then whether the office keeps its data on a database server); or set the workstation up from
DoFA's kit, restore it from a backup, or join the office's database server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.services.core.text import matches
from app.services.keys import keys, secrets
from app.services.workstation import profile
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, kind_label, pick
from app.ui.kit.saving import is_saving, save_in_task
from app.ui.kit.tasks import run_task
from app.ui.setup.setup_server import JoinDialog, ServerPage, keep_password
from app.ui.setup.setup_sources import KIT, RESTORE, SourceDialog


class SetupWizard(QWizard):
    """Creates the profile on Finish; `workstation` holds the result."""

    def __init__(
        self, folder: Path, agencies: list[dict], secure_store: bool | None = None, parent=None
    ):
        super().__init__(parent)
        self.folder = folder
        self.workstation = None
        self.setWindowTitle(self.tr("Plan Tracker — set up this workstation"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.secure_store = secure_store
        self.made_elsewhere = False  # from a kit or a backup: nothing for Finish to create
        self._escrow: str | None = None
        self.agency_page = AgencyPage(agencies)
        self.agency_page.kit_button.clicked.connect(lambda: self._from_source(KIT))
        self.agency_page.restore_button.clicked.connect(lambda: self._from_source(RESTORE))
        self.agency_page.join_button.clicked.connect(self._join_office)
        self.role_page = RolePage()
        self.server_page = ServerPage()
        self.addPage(self.agency_page)
        self.addPage(self.role_page)
        self.server_page_id = self.addPage(self.server_page)
        # Without an OS secret store the keys go to a passphrase-protected file: say so, and
        # ask for the passphrase here rather than failing at Finish. Whether there is one is
        # asked of the OS (keyring's probe) in a task; until it answers the assistant cannot go
        # on, nor open a kit or a backup, whose dialogs depend on it too.
        self.key_page = None
        if secure_store is None:
            for button in (self.agency_page.kit_button, self.agency_page.restore_button):
                button.setEnabled(False)
            run_task(lambda _progress: secrets.available(), self._on_store_probed, parent=self)
        else:
            self._store_known(secure_store)
        self.resize(720, 560)

    def _on_store_probed(self, available: bool | None, error: BaseException | None) -> None:
        # A probe that failed: no store to rely on, so the keys go to a passphrase-locked file.
        self._store_known(bool(available) and error is None)

    def _store_known(self, available: bool) -> None:
        self.secure_store = available
        if not available:
            self.key_page = KeyFilePage()
            self.addPage(self.key_page)
        for button in (self.agency_page.kit_button, self.agency_page.restore_button):
            button.setEnabled(True)
        self.agency_page.store_known = True
        self.agency_page.completeChanged.emit()

    def _on_server(self) -> bool:
        return self.role_page.consolidating.isChecked() and self.server_page.on_server()

    def nextId(self) -> int:  # noqa: N802
        # The server page is for the consolidating office; on the server DoFA's keys are
        # sealed with the passphrase typed there, so no key file page follows.
        following = super().nextId()
        if self.currentPage() is self.role_page and not self.role_page.consolidating.isChecked():
            return self._page_after(self.server_page_id)
        if self.currentPage() is self.server_page and self._on_server():
            return -1
        return following

    def _page_after(self, page_id: int) -> int:
        later = [i for i in self.pageIds() if i > page_id]
        return later[0] if later else -1

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        if self.page(page_id) is self.role_page:
            self.role_page.set_agency(self.agency_page.chosen())
        super().initializePage(page_id)

    def accept(self) -> None:
        code = self.agency_page.chosen()["code"]
        consolidating = self.role_page.consolidating.isChecked()
        typed = self.server_page.fields.typed() if self._on_server() else None
        folder, passphrase = self.folder, self._passphrase()
        # The keys, the schema, the catalogue and (on the server) its round trips take a
        # moment: in a task, the assistant held meanwhile and repainting.
        save_in_task(
            self,
            lambda: _create(folder, code, consolidating, passphrase, typed),
            self._on_created,
            lambda error: QMessageBox.critical(self, self.windowTitle(), user_message(error)),
            self._held(),
        )

    def _held(self) -> list:
        buttons = [self.button(b) for b in (QWizard.WizardButton.BackButton, *_FORWARD)]
        return [*buttons, self.currentPage()]

    def _on_created(self, created: Created) -> None:
        self.workstation = created.workstation
        self._escrow = created.escrow_identity
        super().accept()

    def reject(self) -> None:
        if not is_saving(self):  # a workstation being made is kept, not left open behind
            super().reject()

    def _passphrase(self) -> str | None:
        if self._on_server():
            return self.server_page.fields.passphrase.text()
        return self.key_page.passphrase.text() if self.key_page else None

    def _join_office(self) -> None:
        if is_saving(self):
            return
        dialog = JoinDialog(self.folder, self)
        if dialog.exec() and dialog.workstation is not None:
            self.workstation = dialog.workstation
            self.made_elsewhere = True  # its escrow key was shown when the office was set up
            self.done(QWizard.DialogCode.Accepted)

    def _from_source(self, mode: str) -> None:
        """A workstation from DoFA's kit or from a backup, instead of the pages that follow."""
        if is_saving(self):
            return
        dialog = SourceDialog(self.folder, mode, bool(self.secure_store), self)
        if dialog.exec() and dialog.workstation is not None:
            self.workstation = dialog.workstation
            self.made_elsewhere = True
            self.done(QWizard.DialogCode.Accepted)

    def escrow_identity(self) -> str | None:
        """The escrow identity of the consolidating workstation just made, to show once
        (read in the task that made it; None from a kit, a backup or the office's server
        joined, whose escrow key was shown when it was first set up)."""
        return self._escrow


_FORWARD = (
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


@dataclass(frozen=True)
class Created:
    """What Finish made: the workstation (its session open) and, for a consolidating one,
    the escrow identity to show once."""

    workstation: profile.Workstation
    escrow_identity: str | None


def _create(
    folder: Path,
    code: str,
    consolidating: bool,
    passphrase: str | None,
    server: tuple[str, str] | None,
) -> Created:
    """Runs off the UI thread: the new profile, its database session opened here (the app
    then uses it on the UI thread, with a connection of its own there)."""
    url = keep_password(server) if server is not None else None
    if not consolidating:
        return Created(
            profile.create_profile(folder, code, False, passphrase, database_url=url), None
        )
    # All or nothing: a failed follow-up leaves no profile, so Finish can be pressed again.
    made = profile.create_consolidating_profile(folder, code, passphrase, database_url=url)
    return Created(made.workstation, made.escrow_identity)


class AgencyPage(QWizardPage):
    def __init__(self, agencies: list[dict]):
        super().__init__()
        self.setTitle(self.tr("Which agency does this workstation serve?"))
        self.setSubTitle(
            self.tr("The duties, reports and keys of this workstation belong to that agency.")
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. “ngoai vu”"))
        self.filter.setClearButtonEnabled(True)
        self.store_known = False  # whether the OS has a secret store, once asked (the wizard)
        self.list = QListWidget()
        for agency in agencies:
            name = pick(agency["name_vi"], agency["name_en"])
            item = QListWidgetItem(f"{name}  —  {agency['code']} · {kind_label(agency['kind'])}")
            item.setData(Qt.ItemDataRole.UserRole, agency)
            self.list.addItem(item)
        # The other ways: DoFA's setup kit, or a backup of a workstation that was lost.
        self.kit_button = QPushButton(self.tr("Set up from DoFA's &kit…"))
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.join_button = QPushButton(self.tr("&Join the office's server…"))
        others = QHBoxLayout()
        others.addWidget(QLabel(self.tr("Or:")))
        others.addWidget(self.kit_button)
        others.addWidget(self.restore_button)
        others.addWidget(self.join_button)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addLayout(others)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda *_: self.wizard().next())

    def _on_filter_text_changed(self, text: str) -> None:
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            agency = item.data(Qt.ItemDataRole.UserRole)
            hidden = not matches(text, agency["code"], agency["name_vi"], agency["name_en"])
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_visible is not None:
            self.list.setCurrentItem(first_visible)

    def chosen(self) -> dict | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    def isComplete(self) -> bool:  # noqa: N802
        return self.store_known and self.chosen() is not None


class RolePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Is this the consolidating workstation?"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.consolidating = QCheckBox(
            self.tr(
                "This workstation consolidates the reports of every agency (Department of "
                "Foreign Affairs in Decision 590)"
            )
        )
        explanation = QLabel(
            self.tr(
                "Leave this unticked on an agency's workstation: it drafts and signs the "
                "agency's own reports and sends them as bundle files."
            )
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.consolidating)
        layout.addWidget(explanation)
        layout.addStretch(1)

    def set_agency(self, agency: dict) -> None:
        name = pick(agency["name_vi"], agency["name_en"])
        self.summary.setText(fmt(self.tr("Agency: %1 (%2)"), name, agency["code"]))
        # The plan names the consolidating agency; pre-tick it for that one.
        self.consolidating.setChecked(agency.get("consolidating", False))


class KeyFilePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Protect this workstation's keys"))
        note = QLabel(
            self.tr(
                "This computer has no secure key store (such as GNOME Keyring or Windows "
                "Credential Manager). The agency's signing key will therefore be kept in a file "
                "in the profile folder, encrypted with a passphrase. You will type it when "
                "signing reports off. Nobody can recover a lost passphrase: write it down and "
                "keep it with the office's other keys."
            )
        )
        note.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        for edit in (self.passphrase, self.repeat):
            edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def _on_text_changed(self, *_args) -> None:
        text = self.passphrase.text()
        if len(text) < keys.MIN_PASSPHRASE_LENGTH:
            self.hint.setText(fmt(self.tr("At least %1 characters."), keys.MIN_PASSPHRASE_LENGTH))
        elif text != self.repeat.text():
            self.hint.setText(self.tr("The two passphrases differ."))
        else:
            self.hint.setText(self.tr("The passphrase is ready."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        text = self.passphrase.text()
        return len(text) >= keys.MIN_PASSPHRASE_LENGTH and text == self.repeat.text()
