"""DoFA's window shows another officer's import without anyone pressing a key."""

from __future__ import annotations

import shutil

import pytest

from app.services.workstation import changes
from app.ui.kit import i18n, tasks
from tests.exchange_support import run_module, shared_keyring, two_report_world, use
from tests.windows import main_window


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("office-watch")
    with shared_keyring(root / "keyring.json"):
        return two_report_world(root)


@pytest.fixture
def station(world, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANTRACKER_TEST_KEYRING", world.keyring)
    shutil.copytree(world.dofa, tmp_path / "dofa")
    tasks.set_synchronous(True)
    yield use(tmp_path / "dofa")
    tasks.set_synchronous(False)


def _health(window) -> list[str]:
    return next(cells for code, cells in window.overview.dashboard.shown_rows() if code == "SYT")


def test_the_dashboard_reloads_when_another_officer_imports(qtbot, world, station):
    i18n.install("en")
    window = main_window(station)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.currentWidget() is window.overview.dashboard_tab
    qtbot.waitUntil(lambda: window.office_watch.known == 0)  # read once the window painted
    before = _health(window)
    assert before[-1] != "on_time"

    # Another officer, another program: the import commits there.
    imported = run_module(
        "app", "--profile", str(station.folder), "bundle", "import", str(world.bundle),
        keyring=world.keyring,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr.decode()
    assert _health(window) == before  # nothing has told this window yet

    with qtbot.waitSignal(window.office_watch.office_changed, timeout=1000):
        window.office_watch.poll()
    assert window.office_watch.known == changes.generation() == 1
    assert _health(window)[-1] == "on_time"
    assert "another officer" in window.statusBar().currentMessage()


def test_nothing_reloads_when_nothing_changed(qtbot, station):
    window = main_window(station)
    qtbot.addWidget(window)
    with qtbot.assertNotEmitted(window.office_watch.office_changed):
        window.office_watch.poll()
        window.office_watch.poll()
    assert window.office_watch.known == 0


def test_the_conflict_inbox_reloads_though_another_tab_is_in_front(qtbot, world, station):
    """Its tab's title counts the open conflicts: it follows imports made elsewhere."""
    window = main_window(station)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.office_watch.known == 0)  # read once the window painted
    assert window.tabs.currentWidget() is not window.exchange.conflicts_tab
    calls = []
    original = window.exchange.conflicts.reload
    window.exchange.conflicts.reload = lambda: (calls.append(1), original())
    imported = run_module(
        "app", "--profile", str(station.folder), "bundle", "import", str(world.bundle),
        keyring=world.keyring,
    )  # fmt: skip
    assert imported.returncode == 0
    with qtbot.waitSignal(window.office_watch.office_changed, timeout=1000):
        window.office_watch.poll()
    assert calls == [1]
