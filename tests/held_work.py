"""Holding a save on its worker: the test checks the window while the work is under way.

A service is replaced by a version that waits on its worker until the test lets it go, so what
the test checks does not depend on how fast the machine is.
"""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog


def held_save(qtbot, monkeypatch, service, name, start, held, also=lambda: True):
    """Replace service.name by a version held on its worker; start() the save, check that it
    runs off the UI thread with the `held` widgets disabled (and `also()`), start() again (a
    second click or Enter that got through), then let it go. The calls made, by thread."""
    real, calls, release = getattr(service, name), [], threading.Event()

    def held_call(*args, **kwargs):
        calls.append(threading.get_ident())
        assert release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, name, held_call)
    try:
        start()
        qtbot.waitUntil(lambda: bool(calls))
        assert threading.get_ident() not in calls
        assert not any(widget.isEnabled() for widget in held)
        assert also()
        start()
    finally:
        release.set()
    return calls


def accepted(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
