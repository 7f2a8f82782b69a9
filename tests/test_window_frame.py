"""The main window's frame (the plan, the agency) is read on the pool while the start signs in,
and the window is built from it: its title and status line need no query on the UI thread."""

from __future__ import annotations

import threading

import pytest

from app.services.core.errors import UserError
from app.ui import window_frame
from app.ui.app import DesktopApp
from app.ui.catalogue import duty_browser
from app.ui.kit import i18n, tasks
from tests.reporting import PASSWORD, approver
from tests.windows import main_window


@pytest.fixture
def frames_read_on(monkeypatch) -> list[str]:
    """The names of the threads the frame was read on."""
    threads: list[str] = []
    read = window_frame.read_frame

    def recording(station):
        threads.append(threading.current_thread().name)
        return read(station)

    monkeypatch.setattr(window_frame, "read_frame", recording)
    return threads


def test_the_start_reads_the_frame_on_the_pool_and_builds_the_window_from_it(
    qtbot, health, monkeypatch, frames_read_on
):
    approver(health)
    monkeypatch.setenv("PLANTRACKER_USER", "nguyen.van.an")
    monkeypatch.setenv("PLANTRACKER_PASSWORD", PASSWORD)
    health.close()  # the app opens its profile itself
    i18n.install("vi")
    desktop = DesktopApp(health.folder, "vi")
    assert desktop.sign_in()
    window = desktop.show_main_window()  # not qtbot's to close: the language change deletes it
    assert len(frames_read_on) == 1 and frames_read_on[0] != threading.current_thread().name
    assert window.windowTitle() == "Theo dõi thực hiện Kế hoạch — Sở Y tế"
    assert "Kế hoạch 590/QĐ-UBND" in window.status_label.text()
    # A language change builds the window again from the same frame, read no more.
    english = next(
        a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
        if a.text() == "English"
    )  # fmt: skip
    english.trigger()
    qtbot.addWidget(desktop.window)
    assert desktop.window is not window and len(frames_read_on) == 1
    assert "Department of Health" in desktop.window.windowTitle()
    i18n.install("vi")


def test_work_run_ahead_runs_on_the_pool_and_its_error_comes_back(health):
    ahead = tasks.run_ahead(lambda: threading.current_thread().name)
    assert ahead.result() != threading.current_thread().name

    def refused():
        raise UserError("no active plan")

    with pytest.raises(UserError, match="no active plan"):
        tasks.run_ahead(refused).result()


def test_the_duty_browser_reads_the_plan_in_a_task(qtbot, health):
    i18n.install("vi")
    window = main_window(health)
    qtbot.addWidget(window)
    window.show()
    browser = window.browser
    assert browser.loading and browser.count_label.text() == "Đang tải…"
    assert browser.source_model.rowCount() == 0
    assert browser.select_ref("III.13.1")  # asked before the plan came: chosen when it comes
    qtbot.waitUntil(lambda: not browser.loading)
    assert browser.count_label.text() == "3 nhiệm vụ"
    assert browser.tree.currentIndex().data() == "III.13.1"
    assert "Sở Y tế" in browser.detail.toPlainText()


def test_the_chores_after_the_first_paint_wait_for_the_first_screen_s_read(
    qtbot, health, monkeypatch
):
    """The first screen's read has the processor first: removing what interrupted work left
    (it loads the key store) and the backup check start once the duties are in."""
    approver(health)
    monkeypatch.setenv("PLANTRACKER_USER", "nguyen.van.an")
    monkeypatch.setenv("PLANTRACKER_PASSWORD", PASSWORD)
    leftover = health.folder / "settings.ini.part"  # an atomic replacement cut short
    leftover.write_text("half")
    health.close()
    release, real = threading.Event(), duty_browser.read_outline

    def held(plan):
        assert release.wait(20)
        return real(plan)

    monkeypatch.setattr(duty_browser, "read_outline", held)
    desktop = DesktopApp(health.folder, "vi")
    try:
        assert desktop.sign_in()
        window = desktop.show_main_window()
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.browser_tab.is_built)
        qtbot.wait(300)
        assert window.browser.loading and leftover.exists()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.browser.loading)
    qtbot.waitUntil(lambda: not leftover.exists())
