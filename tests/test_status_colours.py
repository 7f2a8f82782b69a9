"""A status is one colour wherever DoFA meets it: the dashboard's matrix and the consolidated
workbook's, cell for cell, on the scripted province of tests/dashboard_scenario.py; and no
screen spells a status's colour (or a chart line's) itself instead of taking it from
app/services/core/status_colours.py."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.catalogue import catalogue
from app.services.catalogue.plan_info import active_plan_info
from app.services.consolidation import consolidated_export
from app.services.core import labels, status_colours
from app.services.core.status_colours import (
    BUCKET_COLOURS,
    DASHBOARD_COLOURS,
    ENTRY_COLOURS,
    IMPORT_COLOURS,
    RATE_COLOURS,
)
from app.services.core.vocabulary import DashboardStatus, EntryStatus
from app.ui.dashboard.dashboard import DashboardView
from app.ui.kit import i18n, tasks
from tests.dashboard_scenario import H1, TODAY, fresh_dofa, scenario

HEX = re.compile(r"^#[0-9a-f]{6}$")
HEX_IN_TEXT = re.compile(r"#[0-9a-fA-F]{6}\b")
UI = Path(__file__).resolve().parent.parent / "app" / "ui"
CHART_LINES = {"Series"}  # app/ui/dashboard/charts.py: a chart's line or bar, in a colour


def _status_colours() -> set[str]:
    """Every colour the one table gives a status (or a chart line)."""
    pairs = [*DASHBOARD_COLOURS.values(), *IMPORT_COLOURS.values()]
    singles = [*ENTRY_COLOURS.values(), *BUCKET_COLOURS.values(), *RATE_COLOURS]
    return {c.lower() for c in [*singles, *(p.background for p in pairs), *(p.text for p in pairs)]}


def spelled_colours(source: str, shown: str) -> list[str]:
    """Where the module writes out a status's colour, or gives a chart line a literal colour."""
    found = []
    statuses = _status_colours()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for colour in HEX_IN_TEXT.findall(node.value):
                if colour.lower() in statuses:
                    found.append(
                        (node.lineno, f"{shown}:{node.lineno} {colour}: a status's colour")
                    )
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", None)) in CHART_LINES
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
        ):
            colour = node.args[1].value
            found.append((node.lineno, f"{shown}:{node.lineno} {colour}: a chart line's colour"))
    return [text for _line, text in sorted(found)]


def test_no_screen_spells_a_status_colour():
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 50, "the scan found too few screens; is it broken?"
    found = []
    for path in modules:
        found += spelled_colours(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))
    assert found == [], "take it from app/services/core/status_colours.py:\n" + "\n".join(found)


def test_the_scan_finds_a_spelled_status_colour():
    sample = (
        "ON_TIME = QColor('#D1E7DD')\n"
        "STYLE = 'color: #842029; background: #ffffff'\n"
        "line = Series(tr('Reported'), '#123456', values)\n"
        "fine = Series(tr('On time'), RATE_COLOURS.on_time, values)\n"
        "ERROR = 'color: #b00020'\n"
    )
    assert spelled_colours(sample, "sample.py") == [
        "sample.py:1 #D1E7DD: a status's colour",
        "sample.py:2 #842029: a status's colour",
        "sample.py:3 #123456: a chart line's colour",
    ]


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
