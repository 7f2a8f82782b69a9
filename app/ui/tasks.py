"""The one way the interface runs slow work off the UI thread.

    run_task(work, on_done, on_progress, parent)

`work(progress)` runs on a pool thread; it may call `progress(*values)` as often as it likes.
Every call reaches `on_progress(*values)` on the UI thread, and the end reaches
`on_done(result, error)` there too: `error` is the exception the work raised (result None),
else None. Work never touches widgets; callbacks may.

Tests switch to inline running with `set_synchronous(True)` (or pass `synchronous=True`): the
work then runs at once on the calling thread and the callbacks are called directly.

The database: peewee's SqliteDatabase keeps one connection per thread, so the work opens its
own connection to the bound profile on first use; WAL lets the UI thread read meanwhile, and a
transaction the work commits is visible to the UI thread's next query (its connection holds no
open transaction between events). The pool thread's connection is closed when the work ends, so
no file handle outlives the task. Do not switch profiles while a task runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.models import db

Done = Callable[[Any, BaseException | None], None]
ProgressCallback = Callable[..., None]
Work = Callable[[ProgressCallback], Any]

_synchronous = False
_running: set[Task] = set()  # keeps each task (and its signals) alive until it has reported


def set_synchronous(value: bool) -> None:
    """Run every later task inline (tests), or on the pool again."""
    global _synchronous
    _synchronous = value


def is_synchronous() -> bool:
    return _synchronous


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


class Task(QObject):
    """One run of `work`; lives on the UI thread, so its slots run there."""

    progressed = Signal(object)  # the tuple of values given to progress()
    finished = Signal(object, object)  # result, error

    def __init__(self, work: Work, on_done: Done, on_progress: ProgressCallback | None, parent):
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._on_progress = on_progress
        self.progressed.connect(self._on_self_progressed)
        self.finished.connect(self._on_self_finished)

    def run_inline(self) -> None:
        result, error = None, None
        try:
            result = self._work(self._report_inline)
        except Exception as exc:  # delivered to on_done, like the threaded path
            error = exc
        self._deliver(result, error)

    def _report_inline(self, *values: object) -> None:
        if self._on_progress is not None:
            self._on_progress(*values)

    def run_in_worker(self) -> None:
        """Called on the pool thread: never touches widgets, only emits."""
        result, error = None, None
        try:
            result = self._work(self._report_from_worker)
        except Exception as exc:
            error = exc
        finally:
            if db.obj is not None:
                db.close()  # this thread's connection only
        self.finished.emit(result, error)

    def _report_from_worker(self, *values: object) -> None:
        self.progressed.emit(values)

    @Slot(object)
    def _on_self_progressed(self, values: tuple) -> None:
        if self._on_progress is not None:
            self._on_progress(*values)

    @Slot(object, object)
    def _on_self_finished(self, result: object, error: object) -> None:
        self._deliver(result, error)

    @Slot()
    def _forget(self) -> None:
        """The widget that asked has gone: nobody is left to tell."""
        self._on_done = lambda _result, _error: None
        self._on_progress = None

    def _deliver(self, result: object, error: object) -> None:
        _running.discard(self)
        try:
            self._on_done(result, error)
        finally:
            self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_in_worker()


def run_task(
    work: Work,
    on_done: Done,
    on_progress: ProgressCallback | None = None,
    parent: QObject | None = None,
    synchronous: bool | None = None,
) -> Task:
    """Run work(progress) off the UI thread; on_done(result, error) follows on the UI thread."""
    task = Task(work, on_done, on_progress, None)
    _running.add(task)
    if parent is not None:
        # A closed dialog must not be called back: drop the callbacks when it goes.
        parent.destroyed.connect(task._forget)
    if _synchronous if synchronous is None else synchronous:
        task.run_inline()
    else:
        pool().start(_Runnable(task))
    return task
