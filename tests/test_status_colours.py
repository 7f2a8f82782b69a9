"""A status is one colour wherever DoFA meets it: the dashboard's matrix and the consolidated
workbook's, cell for cell, on the scripted province of tests/dashboard_scenario.py."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.catalogue import catalogue
from app.services.catalogue.plan_info import active_plan_info
from app.services.consolidation import consolidated_export
from app.services.core import labels, status_colours
from app.services.core.status_colours import DASHBOARD_COLOURS, ENTRY_COLOURS
from app.services.core.vocabulary import DashboardStatus, EntryStatus
from app.ui.dashboard.dashboard import DashboardView
from app.ui.kit import i18n, tasks
from tests.dashboard_scenario import H1, TODAY, fresh_dofa, scenario

HEX = re.compile(r"^#[0-9a-f]{6}$")


def test_every_status_has_a_colour_of_its_own():
    assert set(DASHBOARD_COLOURS) == set(DashboardStatus)
    assert set(ENTRY_COLOURS) == set(EntryStatus)
    backgrounds = [colour.background for colour in DASHBOARD_COLOURS.values()]
    assert len(set(backgrounds)) == len(backgrounds), "two statuses look the same"
    for colour in (*backgrounds, *(c.text for c in DASHBOARD_COLOURS.values())):
        assert HEX.match(colour), colour
    assert status_colours.excel("#d1e7dd") == "D1E7DD"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return scenario(tmp_path_factory.getbasetemp() / "dashboard-scenario")


@pytest.fixture
def station(made, tmp_path, qapp):
    tasks.set_synchronous(True)
    i18n.install("vi")
    yield fresh_dofa(made, tmp_path / "dofa")
    tasks.set_synchronous(False)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _argb(colour: str) -> str:
    return "00" + status_colours.excel(colour)


def test_the_workbook_colours_each_status_as_the_dashboard_does(qtbot, station, tmp_path):
    view = DashboardView(station, active_plan_info(), today=TODAY)
    qtbot.addWidget(view)
    view.period_combo.setCurrentIndex(view.period_combo.findData(H1))
    model = view.model
    model.fetch_all()
    on_screen = {}
    for row, agency in enumerate(model.matching):
        for column, period in enumerate(model.periods, start=1):
            index = model.index(row, column)
            on_screen[(agency.code, period.id)] = (
                model.data(index, Qt.ItemDataRole.UserRole + 1),
                model.data(index, Qt.ItemDataRole.BackgroundRole).name(),
                model.data(index, Qt.ItemDataRole.ForegroundRole).name(),
            )

    out = tmp_path / "tong-hop.xlsx"
    consolidated_export.write_xlsx(catalogue.active_plan(), H1, out, TODAY)
    sheet = load_workbook(out)["Tổng hợp"]
    header = next(r for r in sheet.iter_rows() if r[0].value == "Mã")
    # The workbook shows the period and the two years before it; compare the periods both show.
    column_of = {cell.value: number for number, cell in enumerate(header)}
    shared = {
        period.id: column_of[title]
        for period in model.periods
        if (title := _capital(labels.period_words(period.id))) in column_of
    }
    assert H1 in shared and len(shared) >= 2

    compared, seen = 0, set()
    for row in sheet.iter_rows(min_row=header[0].row + 1):
        code = row[0].value
        if (code, H1) not in on_screen:
            continue  # the totals below the matrix
        for period_id, number in shared.items():
            cell = row[number]
            status, background, text = on_screen[(code, period_id)]
            assert cell.value == labels.label_of(DashboardStatus, status), (code, period_id)
            assert cell.fill.fgColor.rgb == _argb(background), (code, period_id, status)
            assert cell.font.color.rgb == _argb(text), (code, period_id, status)
            assert (background, text) == DASHBOARD_COLOURS[status]
            compared += 1
            seen.add(status)
    assert compared == len(model.matching) * len(shared)
    # The scenario holds most statuses, so the comparison covers them, not one colour.
    assert {"on_time", "late", "missing", "returned", "conflict"} <= seen  # format: statuses
