"""Reminder letters (công văn đôn đốc): choose the agencies of a period, save the letter as PDF;
the letter is then recorded as sent to each of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.services.accounts import users
from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import PlanInfo
from app.services.core import audit
from app.services.core import labels as words
from app.services.core.audit import VIETNAM
from app.services.core.vocabulary import DashboardStatus
from app.services.dashboard import reminder_view
from app.services.dashboard.reminder_view import IssuedReminder, ReminderCandidate
from app.services.workstation.profile import Workstation
from app.ui.accounts.accounts_dialog import ApproverPasswordDialog
from app.ui.accounts.login_dialog import ErrorLabel, account_text, fit_height, hint_label
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import fmt, format_date, period_label, ui_language
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.printing import print_pdf
from app.ui.kit.tasks import run_task
from app.ui.kit.texts import name_of
from app.ui.reports.signing_run import approvers


@dataclass(frozen=True)
class RemindersOpening:
    """What the dialog reads as it opens: the periods begun (newest first), the chosen one,
    who may sign, and who owes the chosen period's report."""

    periods: tuple[Period, ...]
    period_id: str
    signers: tuple[users.Account, ...]
    candidates: tuple[ReminderCandidate, ...]


def read_opening(plan: PlanInfo, period_id: str) -> RemindersOpening:
    """Runs off the UI thread. An asked period that has not begun gives the newest begun."""
    today = audit.today()
    begun = tuple(p for p in reversed(reminder_view.reminder_periods(plan)) if p.start <= today)
    if begun and period_id not in {p.id for p in begun}:
        period_id = begun[0].id
    return RemindersOpening(
        begun,
        period_id,
        tuple(approvers(users.accounts())),
        tuple(reminder_view.reminder_candidates(plan, period_id)),
    )


class RemindersDialog(QDialog):
    """The agencies that owe a period's report, checked: late and missing ones by default."""

    def __init__(
        self, station: Workstation, plan: PlanInfo, period_id: str, actor: str | None, parent=None
    ):
        super().__init__(parent)
        self.station, self.plan, self.actor = station, plan, actor
        self.sent: tuple[str, ...] = ()  # codes of the agencies the issued letter went to
        self.reads = LatestRead(self)  # who owes the report, read in a task
        self.setWindowTitle(self.tr("Reminder letters"))
        self.period_combo = QComboBox()  # the periods, who may sign: filled once read
        self.signer = QComboBox()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Agency"), self.tr("Status"), self.tr("Last reminded")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.all_button = QPushButton(self.tr("Check &all"))
        self.none_button = QPushButton(self.tr("Check &none"))
        self.count_label = QLabel()
        self.result = hint_label("")
        self.result.setStyleSheet("color: #1b5e20;")
        self.result.hide()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(
            self.tr("Save &draft PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.issue_button = self.buttons.addButton(
            self.tr("&Issue…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("P&rint the draft…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Reporting &period:"), self.period_combo)
        form.addRow(self.tr("Si&gned by:"), self.signer)
        checks = QHBoxLayout()
        checks.addWidget(self.all_button)
        checks.addWidget(self.none_button)
        checks.addStretch(1)
        checks.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The letter (công văn đôn đốc) cites the plan and the due date and is "
                    "addressed to the checked agencies. Late and missing ones are checked first. "
                    "A draft records nothing; issuing takes the signer's password, gives the "
                    "letter its number from the register and records it as sent."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(checks)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.print_button.clicked.connect(self.print_draft)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_draft)
        self.resize(720, 560)
        self._set_loading()
        self.reads.run(
            lambda _progress: read_opening(plan, period_id),
            self._on_opening_read,
            self._on_candidates_failed,
        )

    def _on_opening_read(self, opening: RemindersOpening) -> None:
        self.period_combo.blockSignals(True)
        for period in opening.periods:
            self.period_combo.addItem(
                fmt(self.tr("%1 (due %2)"), period_label(period.id), format_date(period.due)),
                period.id,
            )
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(opening.period_id)))
        self.period_combo.blockSignals(False)
        for account in opening.signers:
            self.signer.addItem(account_text(account), account.login)
        self.signer.addItem(self.tr("(no name: signed by hand)"), None)
        self._fill(opening.candidates)
        self.list.setFocus()

    @property
    def period_id(self) -> str:
        return self.period_combo.currentData()

    def reload(self) -> None:
        """Read who owes the period's report in a task: it reads every agency's standing."""
        plan, period_id = self.plan, self.period_id
        self._set_loading()
        self.reads.run(
            lambda _progress: reminder_view.reminder_candidates(plan, period_id),
            self._fill,
            self._on_candidates_failed,
        )

    def _set_loading(self) -> None:
        self.list.clear()
        self.count_label.setText(self.tr("Loading…"))
        for button in (self.save_button, self.issue_button, self.print_button):
            button.setEnabled(False)

    def _on_candidates_failed(self, error: BaseException) -> None:
        self.count_label.clear()
        self.error.show_error(user_message(error))

    def _fill(self, candidates: tuple[ReminderCandidate, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for candidate in candidates:
            when = ""
            if candidate.last_sent_at is not None:
                sent = format_date(datetime.fromisoformat(candidate.last_sent_at))
                when = fmt(self.tr("%1 (No. %2)"), sent, candidate.last_number)
            status = words.label_of(DashboardStatus, candidate.status, ui_language())
            item = QTreeWidgetItem([name_of(candidate), status, when])
            item.setData(0, Qt.ItemDataRole.UserRole, candidate.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if candidate.by_default else Qt.CheckState.Unchecked
            item.setCheckState(0, checked)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        self._show_count()

    def checked_codes(self) -> list[str]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _show_count(self) -> None:
        count = len(self.checked_codes())
        total = self.list.topLevelItemCount()
        if total == 0:
            self.count_label.setText(self.tr("No agency owes this period's report."))
        else:
            self.count_label.setText(self.tr("The letter goes to %n agency(ies).", "", count))
        self.save_button.setEnabled(count > 0)
        self.issue_button.setEnabled(count > 0)
        self.print_button.setEnabled(count > 0)

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for i in range(self.list.topLevelItemCount()):
            self.list.topLevelItem(i).setCheckState(0, state)
        self.list.blockSignals(False)
        self._show_count()

    def _on_list_item_changed(self, _item, _column) -> None:
        self._show_count()

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self.result.hide()
        self.error.clear_error()
        self.reload()

    def _chosen_file(self, kind: str) -> Path | None:
        name = f"CV-don-doc-{self.period_id}-{datetime.now(VIETNAM):%Y%m%d}{kind}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the reminder letter"),
            str(documents_folder() / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        out = Path(chosen)
        return out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")

    def _on_save_button_clicked(self) -> None:
        out = self._chosen_file("-du-thao")
        if out is None:
            return
        codes, plan, period_id = self.checked_codes(), self.plan, self.period_id
        login = self.signer.currentData()

        def work(_progress):
            reminder_view.draft_reminder(plan, period_id, out, codes, login)

        self.save_button.setEnabled(False)
        run_task(work, lambda result, error: self._on_drafted(out, error), parent=self)

    def print_draft(self) -> None:
        """Print the draft letter (nothing recorded) as its PDF."""
        codes, plan, period_id = self.checked_codes(), self.plan, self.period_id
        if not codes:
            return
        login = self.signer.currentData()
        print_pdf(
            self,
            self.tr("Reminder letter (draft)"),
            lambda out: reminder_view.draft_reminder(plan, period_id, out, codes, login),
            lambda error: self.error.show_error(user_message(error)),
        )

    def _on_issue_button_clicked(self) -> None:
        out = self._chosen_file("")
        if out is None:
            return
        # Asked only where the keys are locked with a passphrase.
        ask_passphrase(self, lambda passphrase: self._issue_with(out, passphrase))

    def _issue_with(self, out: Path, passphrase: str | None) -> None:
        codes, plan, period_id = self.checked_codes(), self.plan, self.period_id
        login = self.signer.currentData() or ""
        issued = []

        def issue(password: str):
            issued.append(
                reminder_view.issue_reminder(
                    plan, period_id, out, login, password, self.station, codes, passphrase
                )
            )

        dialog = ApproverPasswordDialog(
            self.tr("Issue the reminder letter"),
            self.tr(
                "The signer's password signs the letter; it then gets its number and date "
                "from the register and is recorded as sent."
            ),
            issue,
            self,
        )
        if dialog.exec() and issued:
            self._on_written(out, issued[0], None)

    def _on_drafted(self, out: Path, error: BaseException | None) -> None:
        self.save_button.setEnabled(True)
        if error is not None:
            self.result.hide()
            message = user_message(error)
            self.error.show_error(message)
            return
        self.error.clear_error()
        self.result.setText(fmt(self.tr("Draft saved: %1 (nothing recorded)."), out))
        self.result.show()
        fit_height(self)

    def _on_written(self, out: Path, issued: IssuedReminder, error: BaseException | None) -> None:
        if error is not None:
            self.result.hide()
            message = user_message(error)
            self.error.show_error(message)
            return
        self.sent = issued.agencies
        self.error.clear_error()
        count = len(issued.agencies)
        self.result.setText(
            fmt(
                self.tr("Issued as No. %2 and recorded as sent to %n agency(ies): %1.", "", count),
                out,
                issued.symbol,
            )
        )
        self.result.show()
        fit_height(self)
        self.reload()
