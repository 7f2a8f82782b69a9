"""The duty browser: my agency's duties or the whole plan, searchable, with a detail pane."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue.catalogue import DutyInfo
from app.services.catalogue.plan_info import PlanInfo
from app.ui.catalogue.duty_model import DUTY_ROLE, KIND_ROLE, DutyFilter, build_plan_model
from app.ui.catalogue.plan_outline import PlanOutline, read_outline
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, is_english, pick, role_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.row_height import keep_capital_marks


class DutyBrowser(QWidget):
    """Lists duties grouped by section; the detail pane shows the selected one in full. The
    plan's outline is read in a task as the browser is built ("Loading…" meanwhile)."""

    def __init__(self, plan: PlanInfo, my_agency: str, parent=None):
        super().__init__(parent)
        self._my_agency = my_agency
        self._names: dict[str, str] = {}
        self._asked_ref: str | None = None  # by select_ref before the outline was read
        self.source_model = build_plan_model([], my_agency, {})
        self.proxy = DutyFilter(self)
        self.proxy.setSourceModel(self.source_model)

        self.scope = QComboBox()
        self.scope.addItem(fmt(self.tr("Duties of my agency (%1)"), my_agency), True)
        self.scope.addItem(self.tr("The whole plan"), False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search duties (accents optional, Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        keep_capital_marks(self.tree)  # section headings are bold capitals
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)

        filters = QHBoxLayout()
        filters.addWidget(self.scope)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tree)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._connect()
        self.count_label.setText(self.tr("Loading…"))
        self.reads = LatestRead(self)
        self.reads.run(lambda _progress: read_outline(plan), self._on_outline_read, self._failed)

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def _on_outline_read(self, outline: PlanOutline) -> None:
        self._names = {code: pick(*names) for code, names in outline.names.items()}
        model = build_plan_model(list(outline.sections), self._my_agency, self._names)
        self.proxy.setSourceModel(model)
        self.source_model = model  # the empty one it replaces goes only now
        self._refresh()
        asked, self._asked_ref = self._asked_ref, None
        if asked is not None:
            self.select_ref(asked)

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText(user_message(error))

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.scope.currentIndexChanged.connect(self._on_scope_current_index_changed)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.search.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # Escape in the search box clears it (a shortcut would need the window to be active).
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._refresh()

    def _on_scope_current_index_changed(self, _index: int) -> None:
        self.proxy.set_mine_only(bool(self.scope.currentData()))
        self._refresh()

    def _on_tree_selection_changed(self, selected: QItemSelection, _deselected) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show_detail(self.proxy.mapToSource(indexes[0]).siblingAtColumn(0))

    def _refresh(self) -> None:
        self.tree.expandAll()
        if not self.search.text().strip():
            # Sections I–II are context: folded away until asked for or searched.
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if not index.data(DUTY_ROLE):
                    self.tree.collapse(index)
        shown = self.visible_duty_refs()
        self.count_label.setText(self.tr("%n duty(ies)", "", len(shown)))
        if not shown and self.search.text():
            self.detail.setHtml(
                "<p>" + escape(fmt(self.tr("No duty matches “%1”."), self.search.text())) + "</p>"
            )

    def visible_duty_refs(self) -> list[str]:
        """The references of the duties the tree shows now, in order (for tests and counts)."""
        refs: list[str] = []

        def walk(parent):
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(KIND_ROLE) == "duty":
                    refs.append(index.data())
                walk(index)

        walk(self.tree.rootIndex())
        return refs

    def select_ref(self, ref: str) -> bool:
        """Select the duty `ref`; asked while the outline is read, it is selected then."""
        if self.loading:
            self._asked_ref = ref
            return True
        matches = self.proxy.match(
            self.proxy.index(0, 0),
            Qt.ItemDataRole.DisplayRole,
            ref,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if matches:
            self.tree.setCurrentIndex(matches[0])
        return bool(matches)

    def _show_detail(self, index) -> None:
        kind = index.data(KIND_ROLE)
        payload = index.data(DUTY_ROLE)
        if kind == "duty":
            self.detail.setHtml(self._duty_html(payload))
        elif kind == "context":
            section, item, paragraph = payload
            where = self.tr("Section %1, item %2 (context, not reported on)")
            where = fmt(where, section.ident, item.number)
            text = escape(pick(paragraph.text_vi, paragraph.text_en))
            self.detail.setHtml(f"<p><i>{escape(where)}</i></p><p>{text}</p>")
        else:
            self.detail.setHtml(f"<h3>{escape(index.siblingAtColumn(1).data() or '')}</h3>")

    def _duty_html(self, duty: DutyInfo) -> str:
        where = self.tr("Section %1 %2 › item %3 %4 › paragraph %5")
        where = fmt(
            where,
            duty.section,
            pick(duty.section_title_vi, duty.section_title_en),
            duty.item_number,
            pick(duty.item_heading_vi, duty.item_heading_en),
            duty.position + 1,
        )
        role = duty.role_of(self._my_agency)
        parts = [f"<h2>{escape(duty.ref)}</h2>", f"<p><i>{escape(where)}</i></p>"]
        if duty.lead_in_vi:
            parts.append(f"<p><b>{escape(pick(duty.lead_in_vi, duty.lead_in_en))}</b></p>")
        parts.append(f"<p style='font-size:large'>{escape(pick(duty.text_vi, duty.text_en))}</p>")
        other = duty.text_vi if is_english() else duty.text_en
        parts.append(f"<p style='color:gray'>{escape(other)}</p>")
        parts.append(self._agencies_html(self.tr("Lead agencies"), duty.lead))
        parts.append(self._agencies_html(self.tr("Coordinating agencies"), duty.coordinating))
        if role:
            mine = escape(self.tr("My agency:"))
            parts.append(f"<p><b>{mine}</b> {escape(role_label(role))}</p>")
        return "".join(parts)

    def _agencies_html(self, title: str, codes: list[str]) -> str:
        if not codes:
            body = escape(self.tr("none named"))
        else:
            body = ", ".join(escape(self._names.get(c, c)) for c in codes)
        return f"<p><b>{escape(title)}</b> ({len(codes)}): {body}</p>"
