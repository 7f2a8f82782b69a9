"""The report editor: one period's report of my agency, an entry per duty, saved as you type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.services.catalogue.plan_info import PlanInfo
from app.services.core.errors import UserError
from app.services.core.vocabulary import ReportStatus
from app.services.reports import report_view
from app.services.reports.report_view import EntryRow, PeriodReport, ReportState, RevisionContent
from app.services.workstation.profile import Workstation
from app.ui.kit.autosave import AutosaveTimer
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.texts import clock_now
from app.ui.reports.report_actions import ReportActions
from app.ui.reports.report_page import ReportPage
from app.ui.reports.revision_pages import (
    ALARM_STYLE,
    NOTICE_STYLE,
    EditorDates,
    EmptyReportPage,
    PeriodBar,
    loading_page,
    read_dates,
    revision_entries,
)

EMPTY_PAGE, REPORT_PAGE, LOADING_PAGE = 0, 1, 2


class ReportEditor(QWidget):
    """Drafts the agency's report for a period; signed revisions are shown read-only."""

    report_changed = Signal(object)  # ReportState: saved, started, submitted or amended
    sign_off_requested = Signal(object)  # ReportState: the main window opens sign-off

    def __init__(self, station: Workstation, plan: PlanInfo, actor: str | None, parent=None):
        super().__init__(parent)
        self.station = station
        self.plan = plan
        self.agency_code = station.agency_code
        self.actor = actor
        self.actions = ReportActions(station, plan, actor, self)
        self.report: ReportState | None = None  # the revision shown
        self._revisions: tuple[ReportState, ...] = ()
        self._views: list[EntryRow] = []
        self._editable = False
        self.reads = LatestRead(self)
        self._flushing = False
        self._autosave = AutosaveTimer(self.flush, self)

        self.top_bar = PeriodBar()
        self.period_combo = self.top_bar.period_combo
        self.revision_combo = self.top_bar.revision_combo
        self.period_info = self.top_bar.period_info
        self.state_label, self.banner = self.top_bar.state_label, self.top_bar.banner
        self.empty_page = EmptyReportPage()
        self.new_button = self.empty_page.new_button
        self.from_previous_button = self.empty_page.from_previous_button
        page = self.report_page = ReportPage(station.agency_code)
        self.impl_box, self.model, self.entries = page.impl_box, page.model, page.entries
        self.form, self.save_label = page.form, page.save_label
        self.missing_label = page.missing_label
        self.submit_button, self.sign_button = page.submit_button, page.sign_button
        self.amend_button, self.export_button = page.amend_button, page.export_button
        self.print_button = page.print_button
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.report_page)
        self.stack.addWidget(loading_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.state_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._set_tab_order()
        # While a change runs in its task (attach, submit, amend, start) the pages wait.
        self.actions.held = (self.report_page, self.new_button, self.from_previous_button)
        self._connect()

        # The periods, their due dates and the current period's report: one first read.
        self._read(
            lambda _progress: read_dates(station, plan, station.agency_code, None, None),
            lambda dates: self._on_dates_read(dates, first=True),
        )

    # Building

    def _set_tab_order(self) -> None:
        chain = [self.period_combo, self.revision_combo, self.new_button,
                 self.from_previous_button, *self.report_page.tab_chain()]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self.revision_combo.currentIndexChanged.connect(
            self._on_revision_combo_current_index_changed
        )
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.from_previous_button.clicked.connect(self._on_from_previous_button_clicked)
        self.impl_box.edited.connect(self._schedule_save)
        self.entries.selectionModel().currentRowChanged.connect(self._on_entries_current_changed)
        self.form.edited.connect(self._on_form_edited)
        self.form.adding_requested.connect(self._on_form_adding_requested)
        self.form.removal_requested.connect(self._on_form_removal_requested)
        self.form.opening_requested.connect(self.actions.open)
        self.submit_button.clicked.connect(self._on_submit_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.print_button.clicked.connect(self.print_report)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self.flush, context=context)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report, context=context)
        for keys, step in (("Alt+Up", -1), ("Ctrl+PgUp", -1), ("Alt+Down", 1), ("Ctrl+PgDown", 1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.move_entry(s), context=context)

    # Public

    def flush(self) -> bool:
        """Write the pending changes now; False if the service refused them (user was told)."""
        self._autosave.saving()
        if self.report is None or not self._editable or self._flushing:
            return True
        changes = self.form.changes()
        impl_changed = self.impl_box.changed()
        if not changes and not impl_changed:
            return True
        self._flushing = True
        where = (self.plan, self.agency_code, self.report.period_id)
        # On the UI thread on purpose: one entry (or the implementing plan) and its log line
        # take a median 1.1-1.5 ms (bench/ui_thread_writes.py), and what follows needs it saved.
        try:
            if changes:
                view = self.form.view
                entry = report_view.update_entry(
                    self.station, *where, view.duty.ref, self.actor, **changes
                )
                self._replace_view(replace(view, entry=entry))
                self.form.mark_saved(changes)
            if impl_changed:
                impl = self.impl_box.values()
                report_view.set_implementation_plan(self.station, *where, impl, self.actor)
                self.impl_box.mark_saved()
        except UserError as exc:
            self.save_label.setText(self.tr("Not saved"))
            self.actions.warn(user_message(exc))
            return False
        finally:
            self._flushing = False
        self.save_label.setText(fmt(self.tr("Saved at %1"), clock_now()))
        self._show_missing()
        self.report_changed.emit(self.report)
        return True

    def reload(self) -> None:
        """Read the shown period again (after a sign-off elsewhere), keeping the place, and
        the due dates (they may have changed)."""
        revision = self.report.revision if self.report else None
        station, plan, code = self.station, self.plan, self.agency_code
        period_id, ref = self.period_combo.currentData(), self.current_ref()
        self.flush()
        self._read(
            lambda _progress: read_dates(station, plan, code, period_id, revision),
            lambda dates: self._on_dates_read(dates, ref=ref),
        )

    def _on_dates_read(self, dates: EditorDates, first: bool = False, ref=None) -> None:
        if first:
            self.top_bar.fill_periods(dates.periods, dates.period_id)
        self.period_info.setText(self.actions.period_info(dates.current, dates.following))
        self._show_period(dates.period_id, dates.period, ref)

    def current_ref(self) -> str | None:
        return self.model.ref_at(self.entries.currentIndex().row())

    def select_ref(self, ref: str) -> bool:
        row = self.model.row_of(ref)
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            self.entries.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        return row >= 0

    def move_entry(self, step: int) -> None:
        """Alt+Up/Down, Ctrl+PgUp/PgDown: the previous or next duty."""
        row = self.entries.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.select_ref(self.model.ref_at(row))

    # Loading

    def _load_period(self, period_id: str, revision: int | None = None, ref: str | None = None):
        """Show the period's report (that revision, else the latest), read in a task."""
        self.flush()
        station, plan, code = self.station, self.plan, self.agency_code
        self._read(
            lambda _progress: report_view.period_report(station, plan, code, period_id, revision),
            lambda period: self._show_period(period_id, period, ref),
        )

    def _read(self, work, done) -> None:
        """Run work in a task, nothing editable meanwhile (see LatestRead)."""
        reloading = self.stack.currentIndex() == REPORT_PAGE  # the state line says it
        self._set_report(None, loading=reloading)
        if not reloading:  # not "no report yet" before that is known
            self.stack.setCurrentIndex(LOADING_PAGE)
        self.reads.run(work, done, lambda error: self.state_label.setText(user_message(error)))

    @property
    def loading(self) -> bool:
        """The period's report is being read in a task."""
        return self.reads.loading

    def _show_period(self, period_id: str, period: PeriodReport, ref: str | None) -> None:
        self._revisions = period.revisions
        shown = period.shown.revision if period.shown is not None else None
        self.top_bar.fill_revisions(period.revisions, shown)
        if period.shown is None:
            self._show_empty_state(period_id, period.previous_revision)
            return
        self._show_revision(period.shown, period.content, ref)

    def _show_empty_state(self, period_id: str, previous_revision: int | None) -> None:
        self._set_report(None)
        note, possible = self.actions.start_from_previous_note(period_id, previous_revision)
        self.empty_page.show_period(period_id, note, possible)
        self.stack.setCurrentIndex(EMPTY_PAGE)

    def _show_revision(
        self, report: ReportState, content: RevisionContent, ref: str | None = None
    ) -> None:
        self._set_report(report)
        self._views, impl, warning = revision_entries(content)
        self.impl_box.load(*impl)
        self.model.set_views(self._views)
        if warning:  # the signed content does not verify, or rows beside it were changed
            self.banner.setText(warning)
            self.banner.setStyleSheet(ALARM_STYLE)
            self.banner.show()
        self.stack.setCurrentIndex(REPORT_PAGE)
        if not (ref and self.select_ref(ref)) and self._views:
            self.select_ref(self._views[0].duty.ref)
        self._show_missing()

    def _set_report(self, report: ReportState | None, loading: bool = False) -> None:
        """Switch the shown revision: editability, state line, banner and buttons (all off,
        and the state line saying so, while loading)."""
        self.form.load(None)
        self.report = report
        latest = report is not None and report.latest
        self._editable = report is not None and report.editable
        self.save_label.clear()
        draft = latest and report.status == ReportStatus.DRAFT
        self.report_page.allow(report is not None, latest, self._editable, draft)
        state, banner = self.actions.describe(report, self._revisions) if report else ("", "")
        if loading:
            state = self.tr("Loading the report…")
        self.state_label.setText(state)
        self.state_label.setVisible(bool(state))
        self.banner.setText(banner)
        self.banner.setStyleSheet(NOTICE_STYLE)
        self.banner.setVisible(bool(banner))

    def _show_missing(self) -> None:
        if self.report is not None:
            self.report_page.show_missing(self._views)

    def _replace_view(self, view: EntryRow) -> None:
        """A saved entry's new values: in the list, the form and the entries' model."""
        ref = view.duty.ref
        self._views = [view if v.duty.ref == ref else v for v in self._views]
        if self.form.view is not None and self.form.view.duty.ref == ref:
            self.form.view = view
        self.model.update_view(view)

    def _schedule_save(self) -> None:
        self._autosave.changed()
        self.save_label.setText(self.tr("Saving…"))

    # Slots

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self._load_period(self.period_combo.currentData())

    def _on_revision_combo_current_index_changed(self, _index: int) -> None:
        if self.revision_combo.currentData() is not None:
            self._load_period(
                self.period_combo.currentData(), self.revision_combo.currentData(),
                self.current_ref(),
            )  # fmt: skip

    def _on_new_button_clicked(self) -> None:
        self.actions.start(self.period_combo.currentData(), False, self._on_started)

    def _on_from_previous_button_clicked(self) -> None:
        self.actions.start(self.period_combo.currentData(), True, self._on_started)

    def _on_started(self, report: ReportState) -> None:
        self._load_period(report.period_id)
        self.report_changed.emit(report)

    def _on_entries_current_changed(self, current, _previous) -> None:
        self.flush()
        ref = self.model.ref_at(current.row())
        self.form.load(next((v for v in self._views if v.duty.ref == ref), None))
        self.form.set_editable(self._editable)

    def _on_form_edited(self, field: str) -> None:
        if field == "status":
            self.flush()  # a choice, not typing: save it and update the list at once
        else:
            self._schedule_save()

    def _on_form_adding_requested(self) -> None:
        view = self.form.view
        if view is not None and self.flush():

            def attached(added: list) -> None:
                self._show_attachments(view, [*view.attachments, *added])
                self.report_changed.emit(self.report)

            self.actions.choose_and_attach(self.report, view.duty.ref, attached)

    def _on_form_removal_requested(self, attachment) -> None:
        view = self.form.view
        if view is None:
            return

        def removed() -> None:
            self._show_attachments(view, [a for a in view.attachments if a.id != attachment.id])
            self.report_changed.emit(self.report)

        self.actions.remove(self.report, attachment, removed)

    def _show_attachments(self, view: EntryRow, attachments: list) -> None:
        self._replace_view(replace(view, attachments=tuple(attachments)))
        self.form.show_attachments(attachments)

    def _on_submit_button_clicked(self) -> None:
        if self.flush():
            self.actions.submit(self.report, self._on_submitted)

    def _on_submitted(self, missing: tuple[str, ...]) -> None:
        if missing:
            self.select_ref(missing[0])
            self.form.status.setFocus()
        else:
            self.reload()
            self.report_changed.emit(self.report)

    def _on_sign_button_clicked(self) -> None:
        if self.flush():
            self.sign_off_requested.emit(self.report)

    def _on_amend_button_clicked(self) -> None:
        self.actions.amend(self.report, self._on_amended)

    def _on_amended(self, new: ReportState) -> None:
        self._load_period(new.period_id, new.revision, self.current_ref())
        self.report_changed.emit(new)

    def _on_export_button_clicked(self) -> None:
        if self.flush():
            self.actions.export_pdf(self.report, self.save_label.setText)

    def print_report(self) -> None:
        """Print the shown revision as its PDF (Ctrl+P)."""
        if self.report is not None and self.flush():
            self.actions.print_report(self.report)

    # Events

    def hideEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().closeEvent(event)
