"""The dashboard and duty view, driven as DoFA's clerk would, on the scripted province of
tests/dashboard_scenario.py (hand-worked values there)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox

from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import active_plan_info
from app.services.core.status_colours import DASHBOARD_COLOURS, RATE_COLOURS
from app.services.core.vocabulary import DashboardStatus
from app.services.dashboard.dashboard import Cell, Totals
from app.services.exchange import ledger, received_views
from app.ui.dashboard.agency_report_dialog import PAPER_PAGE, REPORT_PAGE
from app.ui.dashboard.dashboard import DashboardView
from app.ui.dashboard.dashboard_model import BATCH, AgencyRow, MatrixModel
from app.ui.dashboard.duty_view import DutyView
from app.ui.exchange.ledger_view import LedgerView
from app.ui.exchange.received_view import ReceivedModel, ReceivedReportsView
from app.ui.kit import i18n, tasks
from tests.dashboard_scenario import H1, TODAY, YEAR, fresh_dofa, scenario
from tests.windows import main_window

ITEMS = [f"III.{n}" for n in range(1, 20)] + ["IV.1", "IV.2"]


@pytest.fixture(autouse=True)
def _english(qapp):
    tasks.set_synchronous(True)
    i18n.install("en")
    yield
    tasks.set_synchronous(False)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return scenario(tmp_path_factory.getbasetemp() / "dashboard-scenario")


@pytest.fixture
def station(made, tmp_path):
    return fresh_dofa(made, tmp_path / "dofa")


@pytest.fixture
def view(qtbot, station):
    """The dashboard on 01/07/2026, with 2026-H1 chosen (the columns end there)."""
    widget = DashboardView(station, active_plan_info(), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    widget.period_combo.setCurrentIndex(widget.period_combo.findData(H1))
    return widget


def _index(view: DashboardView, code: str, period_id: str):
    view.model.fetch_all()
    row = next(i for i, r in enumerate(view.model.matching) if r.code == code)
    column = 1 + [p.id for p in view.model.periods].index(period_id)
    return view.model.index(row, column)


def _text(view, code, period_id, role=Qt.ItemDataRole.DisplayRole):
    return view.model.data(_index(view, code, period_id), role)


def _activate(qtbot, view, code, period_id):
    """Choose the cell and press Enter, as a keyboard user does."""
    index = _index(view, code, period_id)
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    return view.report_dialog


def test_the_default_columns_end_at_the_current_period(qtbot, station):
    widget = DashboardView(station, active_plan_info(), today=TODAY)
    qtbot.addWidget(widget)
    assert [p.id for p in widget.model.periods] == ["2025-H1", "2025-Y", H1, YEAR]
    assert widget.period_combo.currentData() == YEAR


def test_the_matrix_shows_statuses_channels_revisions_and_totals(view):
    assert [p.id for p in view.model.periods] == ["2024-Y", "2025-H1", "2025-Y", H1]
    assert view.model.rowCount() == 41
    assert _text(view, "SYT", H1) == "On time"
    assert _text(view, "SCT", H1) == "Late"
    assert _text(view, "SGDDT", H1) == "Returned · rev. 2"
    assert _text(view, "SKHDT", H1) == "Late · rev. 2"
    assert _text(view, "SXD", H1) == "Conflict"
    assert _text(view, "SNNPTNT", H1) == "On time · paper"
    assert _text(view, "STP", H1) == "Late · paper"
    assert _text(view, "SNV", H1) == "Missing"
    tooltip = _text(view, "SYT", H1, Qt.ItemDataRole.ToolTipRole)
    assert "Revision 1, bundle" in tooltip and "Signed 10/06/2026" in tooltip
    assert "Due 19/06/2026" in tooltip
    paper = _text(view, "STP", H1, Qt.ItemDataRole.ToolTipRole)
    assert "Paper copy received 30/06/2026, signed 30/06/2026" in paper
    header = view.model.headerData(4, Qt.Orientation.Horizontal)
    assert header == "2026-H1\ndue 19/06/2026\n9/41 received (22.0%)\n4 on time"
    assert "9/41 received (22.0%) · 4 on time" in view.summary.text()
    assert _text(view, "SYT", H1, Qt.ItemDataRole.BackgroundRole).name() == "#d1e7dd"


def test_filters_by_kind_and_status(qtbot, view):
    view.set_filters(kind="district")
    shown = view.shown_rows()
    assert len(shown) == 14
    assert {cells[-1] for _code, cells in shown} == {"missing"}
    header = view.model.headerData(4, Qt.Orientation.Horizontal)
    assert header.endswith("0/14 received (0.0%)\n0 on time")

    view.set_filters(status="late")
    assert [code for code, _cells in view.shown_rows()] == ["SKHDT", "SCT", "STP"]  # register order
    # The status filter never changes the totals.
    assert "9/41 received" in view.summary.text()

    view.set_filters(kind="department", status="on_time")
    assert [code for code, _cells in view.shown_rows()] == ["SNGV", "STC", "SNNPTNT", "SYT"]
    assert "9/18 received (50.0%) · 4 on time" in view.summary.text()

    # Through the combo boxes, as a person does it.
    view.status_combo.setCurrentIndex(view.status_combo.findData("conflict"))
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(""))
    assert [code for code, _cells in view.shown_rows()] == ["SXD"]
    assert view.model.rowCount() == 1


def test_a_cell_opens_the_report_with_its_signature_check(qtbot, view):
    dialog = _activate(qtbot, view, "SYT", H1)
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentIndex() == REPORT_PAGE
    assert "Department of Health" in dialog.pane.title.text()
    assert "Signature valid" in dialog.pane.signature.text()
    assert "not issued" in dialog.pane.sign_off.text()
    assert "On time" in dialog.verdict.text()
    assert "III.13.1" in dialog.pane.body.toPlainText()


def test_a_double_click_opens_every_revision(qtbot, view):
    index = _index(view, "SKHDT", H1)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = view.report_dialog
    assert dialog is not None
    assert dialog.revision_combo.count() == 2
    assert dialog.shown_report().revision == 2
    dialog.show_revision(1)
    assert dialog.shown_report().revision == 1
    assert "revision 1" in dialog.pane.title.text()
    assert "Signature valid" in dialog.pane.signature.text()


def test_returned_and_paper_cells_say_so(qtbot, view):
    returned = _activate(qtbot, view, "SGDDT", H1)
    assert "Returned for revision on" in returned.verdict.text()
    assert "Bổ sung kết quả nhiệm vụ III.14.1" in returned.verdict.text()
    returned.close()
    paper = _activate(qtbot, view, "SNNPTNT", H1)
    assert paper.pages.currentIndex() == PAPER_PAGE
    assert "on paper or by plain email" in paper.paper.text()
    assert "18/06/2026" in paper.paper.text()


def test_a_missing_cell_opens_nothing_and_says_why(qtbot, view):
    view.report_dialog = None
    assert _activate(qtbot, view, "SNV", H1) is None
    assert "no report for first half of 2026 on record (missing)" in view.message.text()


def test_recording_a_paper_report_needs_a_real_date(qtbot, view):
    view.table.setCurrentIndex(_index(view, "SNV", H1))
    dialog = view.open_paper_dialog()
    assert dialog.agency_combo.currentData() == "SNV"
    assert dialog.period_combo.currentData() == H1
    record = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not record.isEnabled()  # no date yet
    qtbot.keyClicks(dialog.date_edit, "31/06/2026")
    assert not record.isEnabled()  # no such day
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, (date.today() + timedelta(days=3)).strftime("%d/%m/%Y"))
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "future" in dialog.error.text()
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "22/06/2026")
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _text(view, "SNV", H1) == "Late · paper"
    assert "10/41 received" in view.summary.text()
    assert "22/06/2026" in view.message.text()


def test_duty_view_shows_a_duty_across_agencies_and_the_charts(qtbot, station):
    view = DutyView(active_plan_info(), today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.show_duty("III.3.3", H1)
    model = view.side_model
    rows = [[model.full_text(r, c) for c in (0, 1, 2, 3)] for r in range(model.rowCount())]
    assert rows == [
        ["Department of Planning and Investment", "Lead", "Done", "100%"],
        ["Department of Finance", "Coordinating", "Stalled", "40%"],
    ]
    assert "2 of 2 agencies" in view.count_label.text()
    view.show_duty("III.13.1")
    assert model.full_text(0, 7) == "biên bản kiểm tra.pdf"
    view.show_duty("III.15.1")
    assert model.full_text(0, 2) == "Conflict"

    chart = view.section_chart
    assert chart.categories == ITEMS
    line = QFontMetrics(chart.font()).height()
    assert chart.minimumSizeHint().height() >= len(ITEMS) * line  # a line per label, no overlap
    values = chart.series()
    expected = {
        # III.14: SGDDT's revision 2 was returned, and revision 1 is superseded by it
        "Done": {"III.2": 6, "III.3": 2, "III.4": 2, "IV.2": 1},
        "In progress": {"III.1": 1, "III.2": 1, "III.4": 1, "IV.1": 1},
        "Not started": {"III.3": 1, "III.4": 1},
        "Stalled": {"III.3": 1, "III.13": 1, "IV.2": 1},
    }
    for name, counts in expected.items():
        assert values[name] == [counts.get(item, 0) for item in ITEMS], name
    assert sum(values["Not reported"]) == 29
    section_row = view.progress_model.rows[0]
    assert (section_row.label, section_row.done, section_row.not_reported) == ("III", 10, 29)

    rates = view.rate_chart.series()
    assert rates["Reported"][-2:] == [22.0, 4.9]
    assert rates["On time"][-2:] == [9.8, 4.9]  # 4 / 41, 2 / 41
    assert view.rate_chart.categories[-1] == YEAR
    # The lines wear the status table's colours: on time is the dashboard's on-time green.
    assert [line.colour for line in view.rate_chart.data] == list(RATE_COLOURS)
    assert RATE_COLOURS.on_time == DASHBOARD_COLOURS[DashboardStatus.ON_TIME].text

    view.period_combo.setCurrentIndex(view.period_combo.findData(YEAR))
    assert view.section_chart.series()["Stalled"][ITEMS.index("III.3")] == 1


def test_the_progress_table_shows_section_titles_whole_at_1350_px(qtbot, station):
    """The chart beside the table took half the width and cut the name column's section
    title to "NHIỆM VỤ C…"; the capitals' stacked marks must fit in the row too."""
    i18n.install("vi")
    view = DutyView(active_plan_info(), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1350, 800)
    view.show()
    qtbot.waitExposed(view)
    table = view.progress_table
    section = table.model().index(0, 1)
    assert section.data() == "NHIỆM VỤ CỤ THỂ"
    metrics = QFontMetrics(section.data(Qt.ItemDataRole.FontRole))
    assert table.columnWidth(1) >= metrics.horizontalAdvance(section.data()) + 8
    assert (
        table.visualRect(section).height()
        >= metrics.tightBoundingRect("NHIỆM VỤ CỤ THỂ").height() + 2
    )


def test_dofa_window_opens_on_the_dashboard(qtbot, station):
    window = main_window(station)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["D&ashboard", "Duty &view"]
    assert window.tabs.currentWidget() is window.overview.dashboard_tab
    assert not window.overview.duty_view_tab.is_built  # nothing behind an unopened tab
    window.tabs.setCurrentWidget(window.overview.duty_view_tab)
    assert window.overview.duty_view_tab.is_built
    assert window.overview.duty_view.duty_ref() == "III.1.1"


def test_agency_window_has_no_dashboard(qtbot, health):
    window = main_window(health)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "D&ashboard" not in titles and not hasattr(window, "overview")


def test_the_matrix_model_hands_rows_out_in_batches():
    """A province of communes: the view asks for rows as it scrolls; totals cover them all."""
    period = Period(H1, "half_year", date(2025, 12, 15), date(2026, 6, 14), date(2026, 6, 19))
    rows = [
        AgencyRow(f"XA{n:03d}", f"Xã {n}", f"Commune {n}", "commune",
                  [Cell(f"XA{n:03d}", H1, "on_time" if n % 2 else "missing")])
        for n in range(250)
    ]  # fmt: skip
    model = MatrixModel()
    model.load([period], rows)
    assert (model.rowCount(), model.canFetchMore()) == (BATCH, True)
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    model.fetch_all()
    assert (model.rowCount(), model.canFetchMore()) == (250, False)
    assert model.column_totals[0] == Totals(H1, 250, 125, 125)
    model.set_filter("", "missing")
    assert (model.rowCount(), len(model.matching)) == (BATCH, 125)


def test_the_received_view_shows_a_report_in_conflict_as_such(qtbot, station):
    model = ReceivedModel()
    model.set_reports(received_views.received_revisions())
    statuses = {
        (r.agency.code, r.period_id, r.revision): model.text(row, 3)
        for row, r in enumerate(model.reports)
    }
    assert statuses[("SXD", H1, 1)] == "In conflict: decide in the Conflicts tab"
    assert statuses[("SYT", H1, 1)] == "Received"


def test_a_paper_copy_signed_by_the_due_date_counts_on_time(qtbot, view):
    view.table.setCurrentIndex(_index(view, "SNV", H1))
    dialog = view.open_paper_dialog()
    record = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.date_edit, "22/06/2026")
    qtbot.keyClicks(dialog.signed_edit, "31/06/2026")
    assert not record.isEnabled()  # no such day
    dialog.signed_edit.clear()
    qtbot.keyClicks(dialog.signed_edit, "23/06/2026")
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "signed after" in dialog.error.text()
    dialog.signed_edit.clear()
    qtbot.keyClicks(dialog.signed_edit, "18/06/2026")
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _text(view, "SNV", H1) == "On time · paper"
    tooltip = _text(view, "SNV", H1, Qt.ItemDataRole.ToolTipRole)
    assert "Paper copy received 22/06/2026, signed 18/06/2026" in tooltip


def test_the_matrix_and_the_duty_view_are_read_off_the_ui_thread(qtbot, station):
    """On the pool, as in the running app: the screens say they are loading, then fill."""
    tasks.set_synchronous(False)
    dashboard = DashboardView(station, active_plan_info(), today=TODAY)
    qtbot.addWidget(dashboard)
    assert dashboard.loading and dashboard.summary.text() == "Loading…"
    assert dashboard.model.rowCount() == 0
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=20000)
    assert dashboard.model.rowCount() == 41 and "received" in dashboard.summary.text()

    duties = DutyView(active_plan_info(), today=TODAY)
    qtbot.addWidget(duties)
    assert duties.loading and duties.count_label.text() == "Loading…"
    # Asked for before its periods are read: the period is chosen when they come, and the
    # answers for the period and for the duty both arrive, neither lost.
    duties.show_duty("III.3.3", H1)
    qtbot.waitUntil(lambda: not duties.loading, timeout=20000)
    assert duties.period_id() == H1
    assert duties.side_model.rowCount() == 2 and "2 of 2 agencies" in duties.count_label.text()
    assert duties.progress_model.rows[0].label == "III"
    assert sum(duties.section_chart.series()["Not reported"]) == 29


# The received reports and the bundle ledger sort by the models' own keys (KeyedSortFilter).


def _sorted_keys(view, column: int, order: Qt.SortOrder) -> list:
    view.table.sortByColumn(column, order)
    model, proxy = view.model, view.proxy
    rows = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    return [model.sort_keys[row][column] for row in rows]


def test_received_reports_sort_by_agency_period_revision_and_times(qtbot, station):
    view = ReceivedReportsView(station)
    qtbot.addWidget(view)
    assert view.model.rowCount() >= 10
    for column in range(6):
        for order, reverse in (
            (Qt.SortOrder.AscendingOrder, False),
            (Qt.SortOrder.DescendingOrder, True),
        ):
            keys = _sorted_keys(view, column, order)
            assert keys == sorted(keys, reverse=reverse), (column, order)
    # The keys are the meaning, not the text: codes, period ids, numbers, ISO times.
    assert _sorted_keys(view, 2, Qt.SortOrder.DescendingOrder)[0] == max(
        r.revision for r in view.model.reports
    )
    codes = _sorted_keys(view, 0, Qt.SortOrder.AscendingOrder)
    assert codes[0] == min(r.agency.code for r in view.model.reports)
    # The chosen revision stays chosen (and shown) through a sort and a reload.
    chosen = view.model.reports[7].id
    assert view.select_report(chosen)
    _sorted_keys(view, 4, Qt.SortOrder.DescendingOrder)
    current = view.proxy.mapToSource(view.table.currentIndex()).row()
    assert view.model.reports[current].id == chosen == view.pane.report.id
    view.reload()
    current = view.proxy.mapToSource(view.table.currentIndex()).row()
    assert view.model.reports[current].id == chosen == view.pane.report.id
    proxy = view.proxy  # the reloaded rows keep the order chosen, not re-sorted here
    shown = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    signed = [view.model.reports[row].signed_at or "" for row in shown]
    assert signed == sorted(signed, reverse=True)


def test_the_ledger_sorts_by_number_and_time(qtbot, station):
    view = LedgerView()
    qtbot.addWidget(view)
    rows = ledger.ledger()
    assert view.model.rowCount() == len(rows) > 1
    times = _sorted_keys(view, 3, Qt.SortOrder.DescendingOrder)
    assert times == sorted((r.at for r in rows), reverse=True)
    numbers = _sorted_keys(view, 1, Qt.SortOrder.AscendingOrder)
    assert numbers == sorted(r.sequence or 0 for r in rows)
