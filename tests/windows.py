"""The main window as the start-up builds it: from the frame (plan and agency) read first.

The app reads the frame on the pool while it signs in (app/ui/app.py); a test reads it here,
before the window, on its own thread.
"""

from __future__ import annotations

from app.services.workstation.profile import Workstation
from app.ui.main_window import MainWindow
from app.ui.window_frame import read_frame


def main_window(station: Workstation, account=None) -> MainWindow:
    return MainWindow(station, account, frame=read_frame(station))
