"""A table view over a Python model with many rows must not abort the interpreter.

PySide6 6.12.0 on Python 3.11 aborts ("deallocating None") when data() returns None for the
roles a model does not serve, which every view asks for while painting. pyproject.toml pins
PySide6 per Python version; this test paints and scrolls a large table to prove it holds.
"""

from __future__ import annotations

import sys
from dataclasses import replace

import PySide6
from PySide6.QtWidgets import QTableView

from app.services.catalogue import register
from app.ui.catalogue.agency_model import AgencyTableModel


def test_pinned_pyside6_is_safe_for_this_python():
    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert version < (6, 12), PySide6.__version__


def test_large_table_paints_and_scrolls(qtbot, dofa):
    model = AgencyTableModel()
    base = register.entries()
    rows = [replace(base[i % len(base)], code=f"A{i:05d}") for i in range(20_000)]
    model.set_rows(rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    for _ in range(3):  # paint repeatedly: the abort came after many None returns
        for position in (0, 5_000, 10_000, 19_999):
            view.scrollTo(model.index(position, 0))
            image = view.grab()
            assert not image.isNull()
    view.resizeColumnsToContents()
    assert model.index(19_999, 0).data() == "A19999"
    assert model.index(0, 0).data(PySide6.QtCore.Qt.ItemDataRole.DecorationRole) is None
