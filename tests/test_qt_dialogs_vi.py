"""Qt's own dialogs and menus speak Vietnamese in the Vietnamese interface.

Each standard dialog the app uses is opened twice, in English and in Vietnamese, and every
text it shows (title, labels, buttons, group titles, tabs, list choices, column headers, menu
entries) is collected. A text that reads the same in both languages is English left over,
unless it holds no words (numbers, paths, "1 (1x1)") or is the same in Vietnamese (PDF, mm).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.ui.kit import i18n

# The same in both languages: units, formats and names.
SAME_IN_VIETNAMESE = {"PDF", "mm", "pt", "in", "A4", "CC", "DD", "Alt+Left", "Alt+Right", "Alt+Up"}


def _texts_of(widget: QWidget) -> set[str]:
    texts = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.add(child.text())
        elif isinstance(child, QGroupBox):
            texts.add(child.title())
        elif isinstance(child, QLineEdit):
            texts.add(child.placeholderText())
        if isinstance(child, QComboBox):
            texts.update(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QTabWidget):
            texts.update(child.tabText(i) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            texts.update(
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount())
            )
    return texts


def _menu_texts(menu: QMenu) -> set[str]:
    return {a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()}


def _wordy(text: str) -> bool:
    """Text a reader reads as words (not a number, a path or a file pattern)."""
    plain = text.replace("&", "").strip()
    if not plain or plain in SAME_IN_VIETNAMESE or plain.startswith(("/", "*")):
        return False
    return re.search(r"[A-Za-z]{2,}", plain) is not None


def _file_dialog(folder, mode: str) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    elif mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    return dialog


def _message_box() -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, "", "")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
    )
    box.setDetailedText("…")
    return box


def _input_dialog() -> QInputDialog:
    dialog = QInputDialog()
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    return dialog


def _print_dialog() -> QPrintDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    dialog.printer_kept = printer  # the dialog holds it by pointer: it must outlive the dialog
    return dialog


def _wizard() -> QWizard:
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    return wizard


DIALOGS = {
    "file open": lambda tmp: _file_dialog(tmp, "open"),
    "file save": lambda tmp: _file_dialog(tmp, "save"),
    "folder": lambda tmp: _file_dialog(tmp, "folder"),
    "message box": lambda tmp: _message_box(),
    "text input": lambda tmp: _input_dialog(),
    "print": lambda tmp: _print_dialog(),
    "wizard": lambda tmp: _wizard(),
}


def _shown_texts(qtbot, language: str, make, tmp_path) -> set[str]:
    i18n.install(language)
    dialog: QDialog = make(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    for button in dialog.findChildren(QAbstractButton):  # "Options >>": show every option
        if button.text().replace("&", "").startswith(("Options", "Tùy chọn")):
            button.click()
    texts = _texts_of(dialog)
    for tabs in dialog.findChildren(QTabWidget):  # what the other tabs show, too
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            texts |= _texts_of(dialog)
    dialog.close()
    return texts


@pytest.fixture(autouse=True)
def _back_to_vietnamese(qapp):
    yield
    i18n.install("vi")


@pytest.mark.parametrize("name", DIALOGS)
def test_a_standard_dialog_shows_no_english_in_the_vietnamese_interface(qtbot, tmp_path, name):
    english = _shown_texts(qtbot, "en", DIALOGS[name], tmp_path)
    vietnamese = _shown_texts(qtbot, "vi", DIALOGS[name], tmp_path)
    assert any(_wordy(t) for t in english)  # the dialog was really read
    left_in_english = sorted(t for t in english & vietnamese if _wordy(t))
    assert left_in_english == []


@pytest.mark.parametrize("editor", [QLineEdit, QPlainTextEdit, QTextEdit])
def test_the_context_menu_of_a_text_field_is_vietnamese(qtbot, editor):
    menus = {}
    for language in ("en", "vi"):
        i18n.install(language)
        field = editor()
        qtbot.addWidget(field)
        menus[language] = _menu_texts(field.createStandardContextMenu())
    assert "&Paste" in menus["en"]
    assert "&Dán" in menus["vi"]
    assert sorted(t for t in menus["en"] & menus["vi"] if _wordy(t)) == []
