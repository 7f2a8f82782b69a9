"""The report editor's form of one entry: status, progress, texts and evidence files.

The list of entries beside it is in entry_list.py, the agency's implementing plan above it in
implementation_plan_box.py."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.core.vocabulary import EntryStatus
from app.services.reports.report_view import EntryRow
from app.services.reports.reports import TEXT_FIELDS
from app.ui.accounts.login_dialog import buddy_label
from app.ui.kit.labels import entry_status_label, pick, role_label

NO_PROGRESS = -1  # the spin box's minimum, shown as its special value text: "not given"


def readable_when_disabled(widget: QWidget) -> None:
    """A signed revision disables its inputs, but they are still to be read: normal text."""
    palette = widget.palette()
    palette.setColor(
        QPalette.ColorGroup.Disabled,
        QPalette.ColorRole.Text,
        palette.color(QPalette.ColorRole.Text),
    )
    widget.setPalette(palette)


def size_text(size: int) -> str:
    """Bytes in the unit a person reads, with the locale's decimal mark: 512 B, 14,2 KB."""
    if size < 1024:
        return f"{size} B"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    return f"{QLocale().toString(value, 'f', 1)} {unit}"


class EntryForm(QWidget):
    """Shows one entry; reports each edit, and keeps what was last saved to tell what changed."""

    edited = Signal(str)  # the field's name
    adding_requested = Signal()  # Add… was pressed
    removal_requested = Signal(object)  # an Attachment
    opening_requested = Signal(object)  # an Attachment

    def __init__(self, agency_code: str, parent=None):
        super().__init__(parent)
        self._agency_code = agency_code
        self._saved: dict[str, object] = {}
        self._loading = False
        self.view: EntryRow | None = None

        self.duty_text = QTextBrowser()
        self.duty_text.setOpenLinks(False)
        self.duty_text.setMaximumHeight(120)
        self.duty_text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.status = QComboBox()
        self.status.addItem(self.tr("Choose…"), None)
        for code in EntryStatus:
            self.status.addItem(entry_status_label(code), code.value)
        self.progress = QSpinBox()
        self.progress.setRange(NO_PROGRESS, 100)
        self.progress.setSuffix(" %")
        self.progress.setSpecialValueText(self.tr("not given"))
        self.progress.setMinimumWidth(110)
        self.results = self._text_box(self.tr("What was done in the period, with figures"))
        self.difficulties = self._text_box(self.tr("What held the work back, if anything"))
        self.proposals = self._text_box(
            self.tr("What the agency asks of the province, if anything")
        )

        self.attachments = QTreeWidget()
        self.attachments.setColumnCount(3)
        self.attachments.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("SHA-256")])
        self.attachments.setRootIsDecorated(False)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attachments.setMaximumHeight(110)
        header = self.attachments.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.open_button = QPushButton(self.tr("&Open"))

        self._build_layout()
        self._connect()
        self.set_editable(False)

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        readable_when_disabled(box)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(64)
        return box

    def _build_layout(self) -> None:
        status_row = QHBoxLayout()
        status_row.addWidget(buddy_label(self.tr("Implementation &status:"), self.status))
        status_row.addWidget(self.status, 1)
        status_row.addSpacing(12)
        status_row.addWidget(buddy_label(self.tr("Pro&gress:"), self.progress))
        status_row.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(buddy_label(self.tr("Evidence &files:"), self.attachments))
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.open_button)

        # Labels above the text boxes: the boxes get the full width, the labels their words.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.duty_text)
        layout.addLayout(status_row)
        for text, box in (
            (self.tr("&Results achieved:"), self.results),
            (self.tr("&Difficulties and obstacles:"), self.difficulties),
            (self.tr("Proposals and re&commendations:"), self.proposals),
        ):
            layout.addSpacing(4)
            layout.addWidget(buddy_label(text, box))
            layout.addWidget(box, 1)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.attachments)

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self.progress.valueChanged.connect(self._on_progress_value_changed)
        for name in TEXT_FIELDS:
            box: QPlainTextEdit = getattr(self, name)
            box.textChanged.connect(lambda name=name: self._on_text_changed(name))
        self.attachments.itemSelectionChanged.connect(self._on_attachments_selection_changed)
        self.attachments.itemActivated.connect(self._on_attachments_item_activated)
        self.add_button.clicked.connect(self.adding_requested)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    # Showing an entry

    def load(self, view: EntryRow | None) -> None:
        """Show view (None clears the form); what it shows counts as saved."""
        self.view = view
        self._loading = True
        try:
            entry = view.entry if view else None
            self.duty_text.setHtml(self._duty_html(view) if view else "")
            index = self.status.findData(entry.status) if entry and entry.status else 0
            self.status.setCurrentIndex(max(index, 0))
            has_progress = entry is not None and entry.progress is not None
            self.progress.setValue(entry.progress if has_progress else NO_PROGRESS)
            for name in TEXT_FIELDS:
                getattr(self, name).setPlainText(getattr(entry, name) if entry else "")
            self.show_attachments(view.attachments if view else [])
        finally:
            self._loading = False
        self._saved = self.values()

    def _duty_html(self, view: EntryRow) -> str:
        duty = view.duty
        role = role_label(duty.role_of(self._agency_code))
        head = f"<b>{escape(duty.ref)}</b>" + (f" · <i>{escape(role)}</i>" if role else "")
        parts = [f"<p>{head}</p>"]
        if duty.lead_in_vi:
            parts.append(f"<p><b>{escape(pick(duty.lead_in_vi, duty.lead_in_en))}</b></p>")
        parts.append(f"<p>{escape(pick(duty.text_vi, duty.text_en))}</p>")
        return "".join(parts)

    def show_attachments(self, attachments: list) -> None:
        self.attachments.clear()
        for attachment in attachments:
            item = QTreeWidgetItem(
                [attachment.name, size_text(attachment.size), attachment.sha256[:12] + "…"]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, attachment)
            item.setToolTip(2, attachment.sha256)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.attachments.addTopLevelItem(item)
        if self.view is not None:
            self.view = replace(self.view, attachments=tuple(attachments))
        self._on_attachments_selection_changed()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for widget in (self.status, self.progress, self.add_button):
            widget.setEnabled(editable and self.view is not None)
        for name in TEXT_FIELDS:
            box: QPlainTextEdit = getattr(self, name)
            box.setReadOnly(not editable)
            box.setEnabled(editable and self.view is not None)
        self._on_attachments_selection_changed()

    # What changed

    def values(self) -> dict[str, object]:
        progress = self.progress.value()
        values: dict[str, object] = {
            "status": self.status.currentData(),
            "progress": None if progress == NO_PROGRESS else progress,
        }
        for name in TEXT_FIELDS:
            values[name] = getattr(self, name).toPlainText()
        return values

    def changes(self) -> dict[str, object]:
        """The fields whose shown value differs from what was last saved."""
        if self.view is None:
            return {}
        return {k: v for k, v in self.values().items() if self._saved.get(k) != v}

    def mark_saved(self, changes: dict[str, object]) -> None:
        self._saved.update(changes)

    # Slots

    def _on_status_current_index_changed(self, _index: int) -> None:
        if not self._loading:
            self.edited.emit("status")

    def _on_progress_value_changed(self, _value: int) -> None:
        if not self._loading:
            self.edited.emit("progress")

    def _on_text_changed(self, name: str) -> None:
        if not self._loading:
            self.edited.emit(name)

    def _on_attachments_selection_changed(self) -> None:
        chosen = bool(self.attachments.selectedItems())
        self.remove_button.setEnabled(chosen and self._editable)
        self.open_button.setEnabled(chosen)

    def _on_attachments_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.opening_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_remove_button_clicked(self) -> None:
        for item in self.attachments.selectedItems():
            self.removal_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_open_button_clicked(self) -> None:
        for item in self.attachments.selectedItems():
            self.opening_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
