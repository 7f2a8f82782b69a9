"""The plan as a tree (section → item → duty or context paragraph) and its search filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from app.services.catalogue.catalogue import DutyInfo, ItemOutline, SectionOutline
from app.services.core.text import fold_query, search_key
from app.services.core.vocabulary import DutyRole
from app.ui.kit.labels import pick, role_label

# Item data roles
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "section", "item", "duty", "context"
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text the search looks in
MY_ROLE = Qt.ItemDataRole.UserRole + 3  # "lead", "coordinating" or ""
DUTY_ROLE = Qt.ItemDataRole.UserRole + 4  # the DutyInfo, or context paragraph details

COLUMNS = 3  # reference, text, my agency's role


def build_plan_model(
    sections: list[SectionOutline], my_agency: str, agency_names: dict[str, str]
) -> QStandardItemModel:
    """The tree of the plan's outline (catalogue.outline), my agency's role in each duty."""
    model = QStandardItemModel(0, COLUMNS)
    model.setHorizontalHeaderLabels(
        [
            QApplication.translate("DutyBrowser", "Reference"),
            QApplication.translate("DutyBrowser", "Duty"),
            QApplication.translate("DutyBrowser", "My agency"),
        ]
    )
    bold = QFont()
    bold.setBold(True)
    for section in sections:
        section_row = _row(f"{section.ident}.", pick(section.title_vi, section.title_en), "section")
        section_row[0].setFont(bold)
        section_row[1].setFont(bold)
        section_row[0].setData(section.reportable, DUTY_ROLE)
        for item in section.items:
            heading = pick(item.heading_vi, item.heading_en)
            item_row = _row(f"{section.ident}.{item.number}", heading, "item")
            _add_context(item_row, section, item)
            for duty in item.duties:
                _add_duty(item_row, duty, my_agency, agency_names)
            section_row[0].appendRow(item_row)
        model.appendRow(section_row)
    return model


def _row(ref: str, text: str, kind: str) -> list[QStandardItem]:
    cells = [QStandardItem(ref), QStandardItem(text), QStandardItem("")]
    for cell in cells:
        cell.setEditable(False)
        cell.setData(kind, KIND_ROLE)
    cells[1].setToolTip(text)
    return cells


def _add_context(item_row, section: SectionOutline, item: ItemOutline) -> None:
    muted = QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
    for paragraph in item.paragraphs:
        text = pick(paragraph.text_vi, paragraph.text_en)
        cells = _row("", text, "context")
        cells[0].setData(search_key(paragraph.text_vi, paragraph.text_en), SEARCH_ROLE)
        cells[0].setData((section, item, paragraph), DUTY_ROLE)
        for cell in cells:
            cell.setForeground(muted)
        item_row[0].appendRow(cells)


def _add_duty(item_row, duty: DutyInfo, my_agency: str, agency_names: dict[str, str]) -> None:
    role = duty.role_of(my_agency) or ""
    cells = _row(duty.ref, pick(duty.text_vi, duty.text_en), "duty")
    names = " | ".join(agency_names.get(c, c) for c in duty.lead + duty.coordinating)
    searchable = (
        duty.ref,
        duty.text_vi,
        duty.text_en,
        duty.item_heading_vi,
        duty.item_heading_en,
        duty.lead_in_vi,
        names,
    )
    cells[0].setData(search_key(*searchable), SEARCH_ROLE)
    cells[0].setData(role, MY_ROLE)
    cells[0].setData(duty, DUTY_ROLE)
    cells[2].setText(role_label(role))
    if role == DutyRole.LEAD:
        font = cells[2].font()
        font.setBold(True)
        cells[2].setFont(font)
    item_row[0].appendRow(cells)


class DutyFilter(QSortFilterProxyModel):
    """Shows my agency's duties or the whole plan, narrowed by an accent-insensitive search.

    Section and item rows show when one of their rows does (recursive filtering); context
    paragraphs stay visible in either scope, since they explain the duties.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._phrase = ""
        self._mine_only = True

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._phrase = fold_query(text)
        self.endFilterChange()

    def set_mine_only(self, mine_only: bool) -> None:
        self.beginFilterChange()
        self._mine_only = mine_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        kind = index.data(KIND_ROLE)
        if kind in ("section", "item"):
            return False  # shown only through an accepted child
        if kind == "duty" and self._mine_only and not index.data(MY_ROLE):
            return False
        haystack = index.data(SEARCH_ROLE) or ""
        return self._phrase in haystack
