"""The outgoing register (sổ đăng ký văn bản đi): what was issued, what awaits its number."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.services.consolidation import issue_queue
from app.services.core.errors import UserError
from app.services.outgoing import register
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, hint_label
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import capitalised, document_kind_label, fmt, format_date, period_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.printing import print_pdf
from app.ui.kit.tasks import run_task
from app.ui.outgoing.issue_dialog import IssueDialog

KIND_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RegisterPage:
    """What the dialog shows, read in one task: the queue, the years, one year's lines."""

    awaiting: tuple[issue_queue.AwaitingIssue, ...]
    years: tuple[int, ...]  # newest first, the current year included
    year: int
    lines: tuple[register.RegisterLine, ...]


def read_page(station: Workstation, year: int | None) -> RegisterPage:
    """The register page of `year` (None: the current year). Runs off the UI thread."""
    current = register.today().year
    years = tuple(sorted(set(register.years(station.agency_code)) | {current}, reverse=True))
    year = year if year in years else current
    return RegisterPage(
        tuple(issue_queue.awaiting(station)),
        years,
        year,
        tuple(register.lines(station.agency_code, year)),
    )


class OutgoingRegisterDialog(QDialog):
    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Outgoing register"))
        self.year = QComboBox()
        self.waiting = QTreeWidget()
        self.waiting.setRootIsDecorated(False)
        self.waiting.setHeaderLabels([self.tr("Signed, awaiting a number"), self.tr("Signed by")])
        self.waiting.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.issue_button = QPushButton(self.tr("&Issue number…"))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("No."), self.tr("Symbol"), self.tr("Date"), self.tr("Excerpt"),
             self.tr("Signed by"), self.tr("Number issued by")]
        )  # fmt: skip
        self.table.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.error = ErrorLabel()
        self.result = hint_label("")
        self.result.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Year:")))
        top.itemAt(0).widget().setBuddy(self.year)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.count)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.issue_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The records clerk gives each signed document its number and date "
                    "(Decree 30/2020: numbers run from 1 on 1 January). Until then its PDF "
                    "leaves the number and date blank."
                )
            )
        )
        layout.addLayout(waiting_row, 1)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(self._on_year_current_index_changed)
        self.waiting.itemSelectionChanged.connect(self._on_waiting_item_selection_changed)
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.print_button.clicked.connect(self.print_register)
        # The queue, the years and the chosen year's lines, read together (another year chosen
        # reads them all again: the queue is short); the latest read wins.
        self.reads = LatestRead(self)
        self.resize(980, 620)
        self.waiting.setFocus()
        self.reload()

    def reload(self) -> None:
        """Read the queue and the chosen year's register off the UI thread; until they come
        the count says so and nothing can be issued, exported or printed."""
        self._set_loading()
        year = self.year.currentData()
        self.reads.run(
            lambda _progress: read_page(self.station, year), self._on_page_read, self._on_failed
        )

    def _set_loading(self) -> None:
        self.count.setText(self.tr("Loading the outgoing register…"))
        for button in (self.issue_button, self.export_button, self.print_button):
            button.setEnabled(False)

    def _on_failed(self, error: BaseException) -> None:
        self.count.setText(
            fmt(self.tr("The outgoing register could not be read: %1"), user_message(error))
        )

    def _on_page_read(self, page: RegisterPage) -> None:
        self.waiting.clear()
        for target in page.awaiting:
            text = fmt(
                self.tr("%1 %2, revision %3"),
                document_kind_label(target.kind),
                period_label(target.period_id),
                target.revision,
            )
            item = QTreeWidgetItem([capitalised(text), target.signer_name])
            item.setData(0, KIND_ROLE, target)
            self.waiting.addTopLevelItem(item)
        if self.waiting.topLevelItemCount():
            self.waiting.setCurrentItem(self.waiting.topLevelItem(0))
        self.issue_button.setEnabled(self.waiting.currentItem() is not None)
        self.year.blockSignals(True)
        self.year.clear()
        for year in page.years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(page.year)))
        self.year.blockSignals(False)
        self._fill(page.lines)

    def _fill(self, rows: tuple[register.RegisterLine, ...]) -> None:
        self.table.clear()
        for row in rows:
            self.table.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        str(row.number),
                        row.symbol,
                        format_date(row.issued_on),
                        row.title,
                        row.signer_name,
                        row.clerk_name,
                    ]
                )  # fmt: skip
            )
        for column in (0, 1, 2, 4, 5):
            self.table.resizeColumnToContents(column)
        self.count.setText(self.tr("%n document(s)", "", len(rows)))
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _on_year_current_index_changed(self, _index: int) -> None:
        self.reload()

    def _on_waiting_item_selection_changed(self) -> None:
        self.issue_button.setEnabled(self.waiting.currentItem() is not None)

    def _on_issue_button_clicked(self) -> None:
        item = self.waiting.currentItem()
        if item is None:
            return
        dialog = IssueDialog(item.data(0, KIND_ROLE), self.station, self.station.agency_code, self)
        if dialog.exec():
            self.error.clear_error()
            self.result.setText(
                fmt(
                    self.tr("Number %1 issued, dated %2."),
                    dialog.issued.symbol,
                    format_date(dialog.issued.date),
                )
            )
            self.result.show()
            self.reload()

    def print_register(self) -> None:
        """Print the year's register in the Decree 30 form."""
        from app.services.outgoing import register_pdf  # reportlab loads only when printing

        station, year = self.station, self.year.currentData()
        title = fmt(self.tr("Outgoing register %1"), year)
        print_pdf(
            self,
            title,
            lambda out: register_pdf.write_pdf(station.agency, year, out),
            lambda error: self.error.show_error(user_message(error)),
        )

    def _on_export_button_clicked(self) -> None:
        year = self.year.currentData()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the outgoing register"),
            str(documents_folder() / f"so-van-ban-di-{year}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        out = out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx")
        station = self.station

        def work(_progress):
            from app.services.outgoing import register_xlsx  # openpyxl loads for Excel only

            try:
                return register_xlsx.write_workbook(station.agency, year, out)
            except OSError as exc:
                raise UserError(
                    "could not write {path}: {error}", path=out, error=exc.strerror
                ) from exc

        run_task(work, lambda _result, error: self._on_exported(out, error), parent=self)

    def _on_exported(self, out: Path, error: BaseException | None) -> None:
        if error is not None:
            message = user_message(error)
            self.error.show_error(message)
            return
        self.error.clear_error()
        self.result.setText(fmt(self.tr("Saved: %1"), out))
        self.result.show()
