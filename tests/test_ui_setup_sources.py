"""The set-up assistant also sets a workstation up from DoFA's kit or restores a backup."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.models.session import close_open_session
from app.services.exchange import trust
from app.services.keys import keys
from app.services.workstation import backup, profile
from app.ui.kit import i18n
from app.ui.kit.saving import is_saving
from app.ui.setup.setup_sources import SourceDialog
from app.ui.setup.setup_wizard import SetupWizard
from tests import workstations

PASSPHRASE = "sao-luu-may-2026"


@pytest.fixture(autouse=True)
def _english(qapp):
    i18n.install("en")
    yield
    i18n.install("vi")


def _wizard(qtbot, folder):
    wizard = SetupWizard(folder, profile.setup_choices(), True)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill(qtbot, monkeypatch, path, passphrase, errors, fingerprint=""):
    def exec_(dialog: SourceDialog) -> int:
        dialog.file.setText(str(path))
        dialog.passphrase.setText(passphrase)
        dialog.fingerprint.setText(fingerprint)
        dialog.accept()  # the work runs in a task: wait for its answer, as exec() would
        qtbot.waitUntil(lambda: not is_saving(dialog), timeout=30000)
        errors.append(dialog.error.text())
        return dialog.result()

    monkeypatch.setattr(SourceDialog, "exec", exec_)


def test_restoring_a_backup_from_the_assistant(qtbot, health, tmp_path, monkeypatch):
    made = tmp_path / "syt.ptbackup"
    backup.create_backup(health, made, PASSPHRASE)
    close_open_session()
    folder = tmp_path / "new-machine"
    wizard = _wizard(qtbot, folder)
    errors = []
    _fill(qtbot, monkeypatch, made, "sai-cum-mat-khau", errors)
    wizard.agency_page.restore_button.click()
    assert "passphrase is wrong" in errors[-1] and not folder.exists()
    assert wizard.isVisible()  # still choosing
    _fill(qtbot, monkeypatch, made, PASSPHRASE, errors)
    wizard.agency_page.restore_button.click()
    assert errors[-1] == ""
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.workstation.agency_code == "SYT" and wizard.escrow_identity() is None
    assert workstations.use(folder).agency_code == "SYT"


def test_setting_up_from_dofa_s_kit_from_the_assistant(qtbot, dofa, tmp_path, monkeypatch):
    kit = tmp_path / "syt.ptkit"
    trust.export_kit(dofa, "SYT", kit)
    dofa_fingerprint = keys.current_key(dofa.agency).fingerprint
    close_open_session()
    wizard = _wizard(qtbot, tmp_path / "syt-new")
    errors = []
    _fill(qtbot, monkeypatch, kit, "", errors, fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE")
    wizard.agency_page.kit_button.click()
    assert "fingerprint" in errors[-1] and not (tmp_path / "syt-new").exists()
    _fill(qtbot, monkeypatch, kit, "", errors, fingerprint=dofa_fingerprint)
    wizard.agency_page.kit_button.click()
    assert errors[-1] == ""
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.workstation.agency_code == "SYT"
    bound = trust.require_dofa()
    assert (bound["dofa_agency"], bound["dofa_fingerprint"]) == ("SNGV", dofa_fingerprint)
