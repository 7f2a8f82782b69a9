"""The set-up assistant's server page: the consolidating office on its PostgreSQL server, and
another officer's computer joining it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.core.vocabulary import KeyStorage
from app.services.keys import keys
from app.services.workstation import office_server, profile
from app.ui.kit import i18n
from app.ui.setup.setup_server import JoinDialog
from app.ui.setup.setup_wizard import SetupWizard
from tests import workstations

PASSPHRASE = "office-passphrase-2026"


def _to_server_page(qtbot, folder):
    wizard = SetupWizard(folder, profile.setup_choices(), secure_store=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.agency_page.filter, "ngoai vu")
    wizard.next()
    assert wizard.role_page.consolidating.isChecked()
    wizard.next()
    assert wizard.currentPage() is wizard.server_page
    return wizard


def test_the_office_is_created_on_its_server_from_the_assistant(qtbot, pg_server, tmp_path):
    i18n.install("vi")
    wizard = _to_server_page(qtbot, tmp_path / "pc1")
    page = wizard.server_page
    assert page.isComplete() and not page.fields.isEnabled()  # this computer, by default
    page.server.setChecked(True)
    assert not page.isComplete()
    page.fields.url.setText(pg_server.new_database())
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.repeat.setText(PASSPHRASE + "x")
    assert not page.isComplete() and page.hint.text()
    page.fields.repeat.setText(PASSPHRASE)
    assert page.isComplete() and wizard.nextId() == -1  # no key file page after it
    wizard.resize(760, 560)
    wizard.grab().save(str(tmp_path / "server-page.png"))
    wizard.accept()  # made in a task
    qtbot.waitUntil(lambda: wizard.workstation is not None, timeout=30000)
    assert wizard.workstation.consolidating
    assert office_server.is_office_profile(tmp_path / "pc1")
    assert wizard.escrow_identity().startswith("AGE-SECRET-KEY-")
    assert keys.storage() == KeyStorage.DATABASE


def test_an_agency_never_sees_the_server_page(qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "syt", profile.setup_choices(), secure_store=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.agency_page.filter, "y te")
    wizard.next()
    assert not wizard.role_page.consolidating.isChecked()
    assert wizard.nextId() == -1


def test_another_officer_joins_and_a_wrong_passphrase_is_said(
    qtbot, pg_server, tmp_path, monkeypatch
):
    url = pg_server.new_database()
    workstations.create(tmp_path / "pc1", "SNGV", True, PASSPHRASE, database_url=url).close()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    dialog = JoinDialog(tmp_path / "pc2")
    qtbot.addWidget(dialog)
    dialog.fields.url.setText(url)
    dialog.fields.passphrase.setText("not the passphrase")
    dialog.accept()  # joined in a task
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert dialog.workstation is None and said == ["Sai cụm mật khẩu khóa của Sở Ngoại vụ"]
    assert not (tmp_path / "pc2").exists()
    dialog.fields.passphrase.setText(PASSPHRASE)
    dialog.grab().save(str(tmp_path / "join.png"))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.workstation is not None, timeout=30000)
    assert dialog.workstation.agency_code == "SNGV"
    assert office_server.read_url(tmp_path / "pc2") == url


def test_the_app_offers_to_try_again_while_the_server_is_away(qtbot, monkeypatch):
    from app.services.core import storage_errors
    from app.ui import app as desktop

    asked = []
    answers = iter([QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Cancel])

    def warning(_parent, _title, text, *_buttons):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    attempts = []

    def sign_in():
        attempts.append(1)
        if len(attempts) < 2:
            raise storage_errors.server_refusal("postgresql://u@office-server/db", OSError("gone"))
        return True

    assert desktop._with_retry(sign_in) is True
    assert len(attempts) == 2 and "office-server/db" in asked[0]
    never = storage_errors.server_refusal("postgresql://u@office-server/db", OSError("gone"))

    def always_away():
        raise never

    with pytest.raises(storage_errors.ServerUnreachableError):
        desktop._with_retry(always_away)  # Cancel: the refusal stands


def test_an_officer_is_asked_for_dofas_passphrase_once_a_session(
    qtbot, pg_server, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QWidget

    from app.ui.kit.passphrase import ask_passphrase

    url = pg_server.new_database()
    station = workstations.create(tmp_path / "pc1", "SNGV", True, PASSPHRASE, database_url=url)
    workstations.use(station)  # a new session: DoFA's keys are locked
    asked = []

    def get_text(_parent, _title, label, _echo):
        asked.append(label)
        return PASSPHRASE, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    parent = QWidget()
    qtbot.addWidget(parent)
    i18n.install("vi")
    given = []
    ask_passphrase(parent, given.append)  # whether to ask is read in a task
    qtbot.waitUntil(lambda: bool(given), timeout=20000)
    assert given == [PASSPHRASE]
    assert "cơ sở dữ liệu của văn phòng" in asked[0]  # not the key file's words
    keys.load_age_identity(station.folder, keys.DECRYPTION, PASSPHRASE)
    ask_passphrase(parent, given.append)
    qtbot.waitUntil(lambda: len(given) == 2, timeout=20000)
    assert given[1] is None and len(asked) == 1  # opened: not again
