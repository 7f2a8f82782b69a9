"""DoFA's exchange screens read their lists on a worker thread, saying they are loading.

Each reader is held on the worker until the test has seen the screen's loading state, so the
check does not depend on how fast the machine is.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool

from app.models import Report
from app.services.exchange import bundle_import, ledger, outbox, received_views, trust_list
from app.ui.exchange.exchange_agency import SendReportsDialog
from app.ui.exchange.exchange_dofa import ConflictInbox, KitDialog, LedgerView
from app.ui.exchange.received_detail import ReceivedReportPane
from app.ui.exchange.received_view import ReceivedReportsView
from app.ui.exchange.reply_dialogs import ReplyDialog
from app.ui.kit import i18n, tasks
from tests import workstations
from tests.test_ui_exchange import _conflicting_bundles, pair, signed  # noqa: F401


@pytest.fixture(autouse=True)
def _english():
    i18n.install("en")
    yield
    tasks.pool().waitForDone(20000)  # no read of this test's profile outlives it
    tasks.set_synchronous(False)


def _received_view(_pair):
    return ReceivedReportsView(_pair.dofa)


def _pane(_pair):
    pane = ReceivedReportPane(_pair.dofa)
    pane.show_report(Report.get(Report.channel == "bundle").id)
    return pane


def _send_dialog(world):
    workstations.use(world.health)  # the agency's screen, on its workstation
    return SendReportsDialog(world.health)


SCREENS = {
    # name: (service module, reader, build, loading shown, loaded)
    "received list": (
        received_views,
        "received_revisions",
        _received_view,
        lambda view: view.count_label.text() == "Loading the received reports…",
        lambda view: view.model.rowCount() == 1,
    ),
    "received report": (
        received_views,
        "received_report",
        _pane,
        lambda pane: pane.title.text() == "Loading the report…",
        lambda pane: pane.title.text() == "Department of Health — Year 2026, revision 1",
    ),
    "bundle ledger": (
        ledger,
        "ledger_page",
        lambda _pair: LedgerView(),
        lambda view: view.count_label.text() == "Loading the bundle ledger…",
        lambda view: view.model.rowCount() == 2 and view.agency_combo.findData("SYT") > 0,
    ),
    "conflicts": (
        received_views,
        "open_conflicts",
        lambda linked: ConflictInbox(linked.dofa, "so.ngoai.vu"),
        lambda inbox: inbox.title.text() == "Loading the conflicts…",
        lambda inbox: inbox.list.count() == 1,
    ),
    "setup kit": (
        trust_list,
        "trust_list",
        lambda world: KitDialog(world.dofa),
        lambda kit: not kit.agency_combo.isEnabled() and kit.agency_combo.count() == 0,
        lambda kit: kit.agency_combo.findData("SYT") >= 0 and kit.save_button.isEnabled(),
    ),
    "send": (
        outbox,
        "send_state",
        _send_dialog,
        lambda dialog: dialog.intro.text() == "Loading the signed revisions…",
        lambda dialog: dialog.revisions.count() == 1 and dialog.folder_button.isEnabled(),
    ),
    "reply": (
        trust_list,
        "trust_list",
        lambda world: ReplyDialog(world.dofa),
        lambda reply: reply.contents.text() == "Loading the agencies…",
        lambda reply: reply.agency_combo.currentData() == "SYT",
    ),
}


@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_reads_off_the_ui_thread_and_says_it_is_loading(
    qtbot,
    pair,  # noqa: F811 (the fixture imported above)
    signed,  # noqa: F811
    tmp_path,
    monkeypatch,
    screen,
):
    paths = _conflicting_bundles(pair, signed, tmp_path / "in")
    assert [r.status for r in bundle_import.import_bundles(pair.dofa, paths)] == [
        "imported",
        "conflict",
    ]
    service, name, build, loading, loaded = SCREENS[screen]
    read = getattr(service, name)
    readers, release = [], threading.Event()

    def held_reader(*args):
        readers.append(threading.get_ident())
        assert release.wait(20)
        return read(*args)

    monkeypatch.setattr(service, name, held_reader)
    tasks.set_synchronous(False)
    widget = build(pair)
    qtbot.addWidget(widget)
    widget.show()
    try:
        qtbot.waitUntil(lambda: bool(readers))
        assert threading.get_ident() not in readers  # never on the UI thread
        assert loading(widget)
    finally:
        release.set()
    qtbot.waitUntil(lambda: loaded(widget), timeout=20000)


def test_a_late_answer_of_an_earlier_reload_is_dropped(
    qtbot,
    pair,  # noqa: F811
    signed,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    paths = _conflicting_bundles(pair, signed, tmp_path / "in")
    bundle_import.import_bundles(pair.dofa, paths)
    read, calls, release_first = received_views.received_revisions, [], threading.Event()

    def reader():
        calls.append(len(calls))
        if len(calls) == 1:  # the first read answers last, with what was on record before
            assert release_first.wait(20)
            return []
        return read()

    monkeypatch.setattr(received_views, "received_revisions", reader)
    # Both reads under way at once, on a pool of this test's own: the application's pool keeps
    # its threads for good, and other tests count on it having one.
    own_pool = QThreadPool()
    own_pool.setMaxThreadCount(2)
    monkeypatch.setattr(tasks, "pool", lambda: own_pool)
    tasks.set_synchronous(False)
    try:
        view = ReceivedReportsView(pair.dofa)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: len(calls) == 1)
        view.reload()
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20000)
    finally:
        release_first.set()
    qtbot.waitUntil(lambda: not view.reads.loading, timeout=20000)
    assert view.model.rowCount() == 1  # the earlier, emptier answer came late and was dropped
    own_pool.waitForDone(20000)
