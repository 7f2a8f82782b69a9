"""The report editor: one period's report of my agency, an entry per duty, saved as you type."""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.models import Plan, Report
from app.services import periods, reports, signoff
from app.services.errors import UserError
from app.services.profile import Workstation
from app.ui.entry_form import EntryForm
from app.ui.labels import entry_status_label, fmt, format_date, period_label, pick
from app.ui.labels import report_status_label
from app.ui.report_actions import ReportActions
from app.ui.report_editor_parts import EmptyState, ReportHeader

# Autosave: a save follows the last change after AUTOSAVE_DELAY_MS of quiet, and never later
# than AUTOSAVE_MAX_WAIT_MS after the first unsaved change, so steady typing is saved too.
AUTOSAVE_DELAY_MS = 1000
AUTOSAVE_MAX_WAIT_MS = 1500
REF_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_COLOUR = QColor("#b00020")
