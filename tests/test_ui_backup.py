"""Backups from the desktop app: by hand, automatically, and the status-bar line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.models.session import close_open_session
from app.services.workstation import auto_backup, backup
from app.ui.kit import i18n, tasks
from app.ui.kit.folders import documents_folder
from app.ui.main_window import MainWindow
from app.ui.workstation.backup_dialogs import AutoBackupDialog, BackupDialog
from tests.held_work import held_save
from tests.windows import main_window

PASSPHRASE = "sao-luu-may-2026"


@pytest.fixture(autouse=True)
def _english(qapp):
    tasks.set_synchronous(True)
    i18n.install("en")
    yield
    tasks.set_synchronous(False)
    i18n.install("vi")


def _window(qtbot, station) -> MainWindow:
    window = main_window(station)
    qtbot.addWidget(window)
    window.show()
    return window


def test_backing_up_by_hand_and_the_status_line(qtbot, health, tmp_path, monkeypatch):
    window = _window(qtbot, health)
    status = window.backups.status
    qtbot.waitUntil(lambda: status.text() == "⚠ Never backed up")  # read once painted
    assert "b00020" in status.styleSheet()
    errors = []

    def fill(dialog: BackupDialog, repeat: str):
        dialog.file.setText(str(tmp_path / "tay.ptbackup"))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(repeat)
        dialog.accept()
        errors.append(dialog.error.text())
        return dialog.result()

    monkeypatch.setattr(BackupDialog, "exec", lambda d: fill(d, "khac-han-roi-1"))
    window.backups._on_backup_triggered()
    assert errors[-1] == "The two passphrases differ." and not (tmp_path / "tay.ptbackup").exists()
    monkeypatch.setattr(BackupDialog, "exec", lambda d: fill(d, PASSPHRASE))
    window.backups._on_backup_triggered()
    assert errors[-1] == ""
    assert re.fullmatch(r"Last backup: \d\d/\d\d/\d{4} \d\d:\d\d", status.text())
    assert status.styleSheet() == ""
    window.close()
    close_open_session()  # restoring opens the restored workstation
    assert backup.restore_backup(tmp_path / "back", tmp_path / "tay.ptbackup", PASSPHRASE)


def test_automatic_backups_at_the_first_start_of_a_day_and_on_exit(
    qtbot, health, tmp_path, monkeypatch
):
    usb = tmp_path / "usb"
    usb.mkdir()
    window = _window(qtbot, health)

    def configure(dialog: AutoBackupDialog):
        dialog.enabled.setChecked(True)
        dialog.folder.setText(str(usb))
        dialog.days.setValue(14)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AutoBackupDialog, "exec", configure)
    window.backups._on_auto_triggered()
    assert auto_backup.settings() == auto_backup.AutoBackupSettings(usb, 14)
    window.backups.start_of_day()  # the first start today: a backup
    made = sorted(usb.iterdir())
    assert len(made) == 1 and made[0].name.startswith("SYT-")
    window.backups.start_of_day()  # the second start today: none
    assert len(list(usb.iterdir())) == 1
    assert window.backups.status.text().startswith("Last backup: ")
    monkeypatch.setattr(auto_backup, "run", lambda station: made.append("on exit"))
    window.close()
    assert made[-1] == "on exit"
    qtbot.waitUntil(lambda: not window.isVisible())  # closed once the backup is written


def test_the_exit_backup_is_written_in_a_task_with_the_window_held(
    qtbot, health, tmp_path, monkeypatch
):
    (tmp_path / "usb").mkdir()
    auto_backup.configure(tmp_path / "usb", 14, PASSPHRASE)
    tasks.set_synchronous(False)
    window = _window(qtbot, health)
    qtbot.waitUntil(lambda: window.backups.automatic, timeout=20000)  # read once painted
    calls = held_save(
        qtbot,
        monkeypatch,
        auto_backup,
        "run",
        window.close,  # a second close while it runs starts nothing
        (window,),
        lambda: (
            window.isVisible()
            and window.statusBar().currentMessage() == "Backing up before closing…"
        ),
    )
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert len(calls) == 1 and len(list((tmp_path / "usb").iterdir())) == 1


def test_a_language_change_closes_the_window_without_a_backup(qtbot, health, tmp_path, monkeypatch):
    from app.ui.app import DesktopApp

    (tmp_path / "usb").mkdir()
    auto_backup.configure(tmp_path / "usb", 14, PASSPHRASE)
    monkeypatch.setattr(auto_backup, "due_today", lambda: False)  # not the day's first start
    desktop = DesktopApp(health.folder, "vi")
    desktop.station = health
    first = desktop.show_main_window()
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.backups.automatic, timeout=20000)
    first.language_chosen.emit("en")  # the window is rebuilt: not an exit
    qtbot.addWidget(desktop.window)
    assert desktop.window is not first and not first.isVisible()
    assert not list((tmp_path / "usb").iterdir())


def test_a_workstation_on_the_office_server_names_it_instead_of_its_backups(qtbot, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from app.services.workstation import office_server
    from app.services.workstation.profile import Workstation
    from app.ui.workstation.backup_menu import BackupMenu

    office_server.write_url(tmp_path, "postgresql://plantracker@may-chu.sngv/plantracker")
    i18n.install("vi")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.station = Workstation(tmp_path, "SNGV", True, session=None)  # nothing is read
    file_menu = window.menuBar().addMenu("Tệp")
    file_menu.addAction("Thoát")
    menu = BackupMenu(window, file_menu)
    # Nothing of the office's data is in this PC's folder: no backup actions, no warning.
    assert [a.text() for a in file_menu.actions()] == ["Thoát"]
    assert menu.status.text() == "Dữ liệu trên máy chủ của văn phòng: may-chu.sngv/plantracker"
    assert "pg_dump" in menu.status.toolTip()


def test_a_backup_is_offered_in_the_documents_folder(qtbot, health):
    dialog = BackupDialog(health)
    qtbot.addWidget(dialog)
    offered = Path(dialog.file.text())
    assert offered.parent == documents_folder() != Path.home()
    assert offered.name.startswith(f"{health.agency_code}-") and offered.suffix == ".ptbackup"


def test_no_screen_offers_the_home_folder_for_a_file():
    """Every file a screen saves or opens is first offered in the Documents folder
    (app.ui.kit.folders), which falls back to the home folder itself where there is none."""
    ui = Path(__file__).resolve().parents[1] / "app" / "ui"
    offenders = [
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if path.name != "folders.py" and "Path.home()" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
